"""The gateway client's websocket framing is jupyter_server's own, byte for byte, and hostile frames are refused.

No gateway runs here: these check `kernels/gateway_client.py` against jupyter_server's
functions (the ones a Kernel Gateway or Enterprise Gateway uses on its side of the socket).
"""

import json
import struct

import pytest
from jupyter_client.session import Session
from jupyter_server.services.kernels.connection.base import (
    deserialize_binary_message,
    deserialize_msg_from_ws_v1,
    serialize_binary_message,
    serialize_msg_to_ws_v1,
)

from kernels.gateway import GatewayConfig, GatewayConfigError
from kernels.gateway_client import pack_legacy, pack_v1, read_legacy, read_v1

SESSION = Session(username="hotseat", key=b"k")


def message(msg_type="comm_open", content=None, parent=None):
    built = SESSION.msg(msg_type, content or {"comm_id": "c", "target_name": "hotseat.run", "data": {"x": [1, 2]}})
    if parent:
        built["parent_header"] = parent
    return built


def test_v1_packing_is_jupyter_servers():
    sent = message()
    buffers = [b"\x00\x01\x02", b"abc" * 100]
    ours = pack_v1("shell", SESSION, sent, buffers)
    theirs = serialize_msg_to_ws_v1([SESSION.pack(sent["header"]), SESSION.pack(sent["parent_header"]),
                                     SESSION.pack(sent["metadata"]), SESSION.pack(sent["content"]), *buffers],
                                    "shell")
    assert ours == theirs
    channel, parts = deserialize_msg_from_ws_v1(ours)
    assert channel == "shell" and parts[4:] == buffers


def test_v1_frames_from_the_gateway_are_read_lazily():
    reply = message("comm_msg", {"comm_id": "c", "data": {"messages": []}}, parent={"msg_id": "run-1"})
    raw = serialize_msg_to_ws_v1(reply, "iopub", SESSION.pack)
    frame = read_v1(raw)
    assert (frame.channel, frame.msg_type, frame.size) == ("iopub", "comm_msg", len(raw))
    parent, content, buffers = frame.decode()
    assert parent == {"msg_id": "run-1"} and content["comm_id"] == "c" and list(buffers) == []
    with_buffers = serialize_msg_to_ws_v1([SESSION.pack(reply[k]) for k in ("header", "parent_header", "metadata",
                                                                            "content")] + [b"\x01" * 8], "iopub")
    assert [bytes(b) for b in read_v1(with_buffers).decode()[2]] == [b"\x01" * 8]


def test_legacy_packing_is_jupyter_servers():
    sent = message()
    text = pack_legacy("shell", sent, [])
    assert isinstance(text, str) and json.loads(text)["channel"] == "shell"
    binary = pack_legacy("shell", sent, [b"\x00" * 16, b"xyz"])
    decoded = deserialize_binary_message(binary)
    assert decoded["channel"] == "shell" and decoded["content"] == sent["content"]
    assert decoded["buffers"] == [b"\x00" * 16, b"xyz"]


def test_legacy_frames_from_the_gateway_are_read():
    reply = message("stream", {"name": "stdout", "text": 'he said "channel": "shell"}'}, parent={"msg_id": "p"})
    text = json.dumps({**reply, "buffers": [], "channel": "iopub"}, default=str)
    frame = read_legacy(text)
    assert (frame.channel, frame.msg_type) == ("iopub", "stream")
    assert frame.decode()[:2] == ({"msg_id": "p"}, reply["content"])
    binary = serialize_binary_message({**json.loads(json.dumps(reply, default=str)), "channel": "iopub",
                                       "buffers": [b"\x07" * 4]})
    frame = read_legacy(binary)
    assert (frame.channel, frame.msg_type) == ("iopub", "stream")
    assert [bytes(b) for b in frame.decode()[2]] == [b"\x07" * 4]


@pytest.mark.parametrize("raw", [
    b"", b"\x00" * 7, (3).to_bytes(8, "little") + b"\x00" * 40,                  # too few parts
    (6).to_bytes(8, "little") + (10**9).to_bytes(8, "little") * 6 + b"x" * 10,      # offsets past the end
    (6).to_bytes(8, "little") + b"".join(i.to_bytes(8, "little") for i in (56, 60, 58, 70, 70, 70)) + b"x" * 20,
])
def test_malformed_v1_frames_are_refused(raw):
    with pytest.raises(ValueError):
        read_v1(raw)


@pytest.mark.parametrize("raw", [b"\x00\x00\x00", struct.pack("!I", 5000) + b"\x00" * 20,
                                 struct.pack("!II", 1, 2) + b"{}"])
def test_malformed_legacy_frames_are_refused(raw):
    with pytest.raises(ValueError):
        read_legacy(raw)


@pytest.mark.parametrize("raw", ["not json", "[1, 2]", '{"parent_header": [], "content": {}}', "[" * 100_000])
def test_malformed_legacy_text_fails_only_when_decoded(raw):
    frame = read_legacy(raw)
    with pytest.raises(ValueError):
        frame.decode()


def test_an_oversized_messages_type_is_peeked_without_decoding_it():
    huge = json.dumps({"header": {"msg_id": "1", "msg_type": "stream"}, "parent_header": {},
                       "content": {"text": "x" * 100_000}, "channel": "iopub"})
    frame = read_legacy(huge)
    assert (frame.msg_type, frame.channel, frame.size) == ("stream", "iopub", len(huge))


@pytest.mark.parametrize("url", ["ftp://gw", "gw:8888", "http://", "http://user:pw@gw", "http://gw/?token=x"])
def test_bad_gateway_urls_are_refused(url):
    with pytest.raises(GatewayConfigError):
        GatewayConfig(url)


def test_a_token_over_plain_http_beyond_loopback_is_warned_about():
    assert GatewayConfig("http://127.0.0.1:8888", token="t").warnings() == []
    assert GatewayConfig("https://gw.example", token="t").warnings() == []
    assert "plain http" in GatewayConfig("http://gw.example:8888", token="t").warnings()[0]
    assert GatewayConfig("http://gw.example:8888/base/").ws_base == "ws://gw.example:8888/base"
    assert "t0ken" not in json.dumps(GatewayConfig("https://gw.example", token="t0ken").describe())
    assert "t0ken" not in repr(GatewayConfig("https://gw.example", token="t0ken"))   # settings may be logged


def test_the_kernel_image_installs_numpy_and_ipykernel_only():
    """kernels/image/Dockerfile: NumPy at a version given at build time (the server's), the sandbox's ipykernel."""
    import re
    from pathlib import Path

    from kernels.environment import IPYKERNEL

    text = (Path(__file__).resolve().parents[2] / "kernels" / "image" / "Dockerfile").read_text()
    kernel_stage = text.split("AS kernel", 1)[1].split("\nFROM ", 1)[0]
    installs = re.findall(r'pip install [^"]*((?:"[^"]+"\s*)+)', kernel_stage)
    assert [re.findall(r'"([^"]+)"', found) for found in installs] == [
        ["numpy==${NUMPY_VERSION}", "ipykernel==${IPYKERNEL_VERSION}"]]
    assert "ARG NUMPY_VERSION\n" in kernel_stage                 # no default: the build must say which
    assert f"ARG IPYKERNEL_VERSION={IPYKERNEL}\n" in kernel_stage
    assert "pip uninstall -y --disable-pip-version-check pip setuptools wheel" in kernel_stage
    assert "USER 10001:10001" in kernel_stage
