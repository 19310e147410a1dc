"""The interviewer's LLM client against a real model: litellm -> OpenAI SDK -> HTTP ->
server.mjs -> node-llama-cpp -> llama.cpp running SmolLM2-135M-Instruct on the CPU.

Nothing is patched. A 135M model's words are noise, so these tests assert on liveness, on the
shape of what comes back and on the JSON schema, never on what the model says. There are no
timing assertions either: the machine may be busy (the measured figures are in README.md).
"""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from contextlib import aclosing

import pytest

from interviewer.llm import LLMClient, LLMSettings, schema_problems
from tests.model_server import RealModel

TIMEOUT = 60.0
"""Seconds: a liveness bound for a loaded machine, not a performance expectation."""

VERDICT_SCHEMA = {
    "type": "object",
    "properties": {
        "verdict": {"type": "string", "enum": ["correct", "partly correct", "wrong"]},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    },
    "required": ["verdict", "confidence"],
    "additionalProperties": False,
}


def conversation(answer: str = "Dropout randomly zeroes activations during training.") -> list[dict[str, str]]:
    return [
        {"role": "system", "content": "You are a senior ML engineer interviewing a candidate. Be brief."},
        {"role": "assistant", "content": "What does dropout do?"},
        {"role": "user", "content": answer},
    ]


from tests.llm_loop import one_event_loop, run  # noqa: E402,F401 - the fixture is used by name


def client_for(real_model: RealModel) -> LLMClient:
    return LLMClient(LLMSettings(model=real_model.model, api_base=real_model.url, timeout=TIMEOUT))


async def collect(client: LLMClient, messages=None, max_tokens: int = 24) -> list[str]:
    return [chunk async for chunk in client.stream(messages or conversation(), max_tokens=max_tokens)]


def post(real_model: RealModel, body: dict | bytes) -> tuple[int, dict[str, str], bytes]:
    """A raw request, for what the client hides: status, headers, the bytes on the wire."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(f"{real_model.url}/chat/completions", data=data, headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


# --------------------------------------------------------------------------- through LLMClient


def test_a_streamed_reply_arrives_in_several_chunks(real_model):
    chunks = run(collect(client_for(real_model)))
    assert len(chunks) >= 2, chunks
    assert all(isinstance(chunk, str) and chunk for chunk in chunks)
    assert "".join(chunks).strip()


@pytest.mark.parametrize(
    "answer",
    [
        "Dropout randomly zeroes activations during training.",
        "Dropout makes the learning rate smaller.",
        "I don't know.",
    ],
)
def test_complete_json_fits_the_schema(real_model, answer):
    messages = [*conversation(answer), {"role": "user", "content": "Grade my answer as JSON."}]
    value = run(client_for(real_model).complete_json(messages, VERDICT_SCHEMA, "verdict", max_tokens=48))
    assert schema_problems(value, VERDICT_SCHEMA) == []
    assert set(value) == {"verdict", "confidence"}


def test_two_concurrent_requests_both_complete(real_model):
    client = client_for(real_model)

    async def both():
        return await asyncio.gather(
            collect(client, max_tokens=16),
            client.complete_json(conversation("Dropout is for regularisation."), VERDICT_SCHEMA, "verdict", max_tokens=48),
        )

    chunks, value = run(both())
    assert "".join(chunks).strip()
    assert schema_problems(value, VERDICT_SCHEMA) == []


def test_a_reader_that_stops_early_does_not_block_the_next_request(real_model):
    client = client_for(real_model)
    long_story = [{"role": "user", "content": "Write a very long story about a neural network that learns to paint."}]

    async def read_one_chunk_then_leave() -> str:
        async with aclosing(client.stream(long_story, max_tokens=3000)) as stream:
            async for chunk in stream:
                return chunk
        return ""

    assert run(read_one_chunk_then_leave())
    assert "".join(run(collect(client, max_tokens=8))).strip()
    # The server noticed the hang-up and ended that generation early (~3000 tokens would have
    # kept the next request waiting for half a minute); it logs one line per request.
    abandoned = [line for line in real_model.log.read_text().splitlines() if "client left mid-stream" in line]
    assert abandoned, real_model.log_tail()


# --------------------------------------------------------------------------- on the wire


def test_the_stream_is_openai_chunks_ending_in_done(real_model):
    status, headers, raw = post(real_model, {"model": "x", "stream": True, "max_tokens": 6, "messages": conversation()})
    assert status == 200 and headers["content-type"].startswith("text/event-stream")
    events = [line.removeprefix("data: ") for line in raw.decode().splitlines() if line]
    assert all(line.startswith("data: ") for line in raw.decode().splitlines() if line)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(event) for event in events[:-1]]
    assert all(c["object"] == "chat.completion.chunk" and len(c["choices"]) == 1 for c in chunks)
    assert len({c["id"] for c in chunks}) == 1
    assert [c["choices"][0]["finish_reason"] for c in chunks][-1] in ("stop", "length")
    assert all(c["choices"][0]["finish_reason"] is None for c in chunks[:-1])
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks).strip()


def test_a_plain_reply_carries_usage(real_model):
    status, _, raw = post(real_model, {"model": "x", "max_tokens": 6, "messages": conversation()})
    body = json.loads(raw)
    assert status == 200 and body["object"] == "chat.completion"
    assert body["choices"][0]["message"]["role"] == "assistant"
    usage = body["usage"]
    assert 0 < usage["completion_tokens"] <= 6 and usage["prompt_tokens"] > 0
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


def test_a_schema_the_grammar_cannot_express_falls_back_to_json_and_says_so(real_model):
    schema = {"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}}]}
    body = {
        "model": "x",
        "max_tokens": 8,
        "messages": [{"role": "user", "content": "JSON please"}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": schema}},
    }
    status, headers, _ = post(real_model, body)
    assert status == 200
    assert headers["x-hotseat-grammar"] == "json"
    assert "allOf" in headers["x-hotseat-grammar-fallback"]


@pytest.mark.parametrize(
    "body, param",
    [
        (b"{not json", None),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "tool", "content": "x"}]}, "messages[0].role"),
        ({"messages": [{"role": "user", "content": "x"}], "max_tokens": 0}, "max_tokens"),
        ({"messages": [{"role": "user", "content": "x"}], "response_format": {"type": "yaml"}}, "response_format"),
    ],
)
def test_bad_requests_get_openai_shaped_400s(real_model, body, param):
    status, headers, raw = post(real_model, body)
    assert status == 400 and headers["content-type"] == "application/json"
    error = json.loads(raw)["error"]
    assert error["type"] == "invalid_request_error" and error["message"] and error["param"] == param
