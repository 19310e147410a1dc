"""The wire format: faithful for data, inert for everything else, strict on the way in."""

import json
import pickle

import numpy as np
import pytest

from kernels import wire
from reference.exercise import Opaque


def round_trip(value):
    text, buffers = wire.dumps(value)
    return wire.loads(text, buffers, opaque=Opaque)


@pytest.mark.parametrize("value", [
    np.float64(1.5), np.int64(-3), np.bool_(True), np.float32(0.25), np.uint8(7),
])
def test_numpy_scalars_stay_numpy_scalars(value):
    back = round_trip(value)
    assert type(back) is type(value) and back == value


@pytest.mark.parametrize("array", [
    np.arange(6.0).reshape(2, 3), np.arange(6).reshape(3, 2).T, np.array(2.5), np.zeros((0, 4)),
    np.array([True, False]), np.array([1, 2], dtype=np.int32), np.array([np.nan, np.inf, -np.inf]),
    np.array(["ab", "c"]),
])
def test_arrays_keep_shape_dtype_and_values(array):
    back = round_trip(array)
    assert type(back) is np.ndarray and back.shape == array.shape and back.dtype == array.dtype
    assert np.array_equal(back, array, equal_nan=array.dtype.kind == "f")


def test_plain_python_data_and_nesting():
    value = {"merges": [("l", "o"), ("lo", "w")], "n": 3, "x": float("nan"), "none": None,
             "pair": (np.ones(2), [1.0, float("-inf")])}
    back = round_trip(value)
    assert back["merges"] == [("l", "o"), ("lo", "w")] and back["n"] == 3 and back["none"] is None
    assert np.isnan(back["x"]) and back["pair"][1][1] == float("-inf")
    assert isinstance(back["pair"], tuple) and np.array_equal(back["pair"][0], np.ones(2))


def test_subclasses_travel_as_plain_arrays():
    class Liar(np.ndarray):
        def __eq__(self, other):
            return True

    back = round_trip(np.zeros(3).view(Liar))
    assert type(back) is np.ndarray and not (back == np.ones(3)).any()


def test_non_data_becomes_an_opaque_description():
    class AlwaysEqual:
        def __eq__(self, other):
            return True

        def __repr__(self):
            raise RuntimeError("hostile repr")

    back = round_trip([AlwaysEqual(), np.array([object()], dtype=object), len])
    assert all(isinstance(item, Opaque) for item in back)
    assert back[0].type_name.endswith("AlwaysEqual") and back[0] != 1


RAW = [np.arange(3.0).tobytes(), pickle.dumps([1, 2]), b""]


@pytest.mark.parametrize("hostile", [
    {"__ndarray__": [0, "|O", [3]]},                      # object arrays would unpickle
    {"__ndarray__": [0, "[('a', 'O')]", [1]]},            # so would a structured one holding objects
    {"__ndarray__": [0, "<f8", [4]]},                     # more elements than bytes
    {"__ndarray__": [1, "<f8", [2]]},                     # bytes that are not a whole number of elements
    {"__ndarray__": [5, "<f8", [0]]},                     # no such buffer
    {"__ndarray__": [0, "(2,)<f8", [1]]},                 # sub-array dtypes
    {"__ndarray__": [2, "V0", [0]]},
    {"__ndarray__": [0, "<f8", [-3]]},
    {"__ndarray__": "not a reference"},
    {"__scalar__": [0, "<f8", [3]]},
    {"__float__": "1e400"},
    {"__unknown__": 1},
    {"__tuple__": [], "extra": 1},
    {"plain": "dict without a tag"},
    {"__dict__": [[1, 2]]},
    {"__opaque__": ["a", 1]},
])
def test_decode_refuses_what_encode_never_makes(hostile):
    with pytest.raises(wire.WireError):
        wire.decode(hostile, RAW)


def test_decoded_arrays_are_read_only_for_good():
    """Inputs reach candidate code like this: NumPy refuses every write, and refuses to allow one."""
    text, buffers = wire.dumps([np.arange(6.0).reshape(2, 3), {"w": np.ones(2)}])
    x, nested = wire.loads(text, buffers)
    for array in (x, nested["w"], x[0], x.T, x.reshape(-1)):
        assert not array.flags.writeable
        with pytest.raises(ValueError):
            array.flags.writeable = True
    with pytest.raises(ValueError, match="read-only"):
        x -= 1
    with pytest.raises(ValueError, match="read-only"):
        np.exp(x, out=x)
    copy = x.copy()
    copy -= 1  # a copy is the candidate's own


def test_arrays_travel_as_raw_buffers_not_text():
    text, buffers = wire.dumps(np.zeros((100, 100)))
    assert len(text) < 100 and len(buffers) == 1 and len(buffers[0]) == 80_000


def test_decode_refuses_deep_nesting_and_bad_json():
    deep = [[]]
    for _ in range(100):
        deep = [deep]
    with pytest.raises(wire.WireError):
        wire.decode(deep, [])
    with pytest.raises(wire.WireError):
        wire.loads("[" * 100_000)
    with pytest.raises(wire.WireError):
        wire.loads("{not json")


def test_encode_never_emits_nan_in_json():
    text, _ = wire.dumps([float("nan"), np.float64("nan")])
    json.loads(text)  # strict JSON parsers accept it
    assert "NaN" not in text
