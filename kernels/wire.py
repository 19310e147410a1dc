"""Plain-data encoding for values that cross the sandbox boundary, in both directions.

Arrays travel as `.npy` bytes (never pickle), everything else as JSON. The module is
standalone on purpose: its source is sent into the kernel verbatim, so it imports
only NumPy and the standard library.

`decode` is the trust boundary on the way out of the kernel. It accepts only the
shapes `encode` produces, loads arrays with `allow_pickle=False`, refuses object
arrays and bounds the nesting depth, so whatever hostile code does inside its kernel
reaches the trusted process as inert numbers, strings and lists.
"""

import base64
import io
import json
import math

import numpy as np

MAX_DEPTH = 32
OPAQUE_TEXT = 200


class WireError(ValueError):
    """Data that `encode` could not have produced."""


def encode(value, depth=0):
    """Turn a value into JSON-ready data; anything that is not data becomes an opaque marker."""
    if depth > MAX_DEPTH:
        return _opaque(value, "nested too deeply")
    if value is None or type(value) in (bool, str):
        return value
    if type(value) is int:
        return value
    if type(value) is float:
        return value if math.isfinite(value) else {"__float__": repr(value)}
    if isinstance(value, np.ndarray) and type(value) is not np.ndarray:
        value = np.asarray(value).view(np.ndarray)  # subclasses travel as their plain data
    if type(value) is np.ndarray:
        if value.dtype.hasobject:
            return _opaque(value, "object array")
        return {"__ndarray__": _npy(value)}
    if isinstance(value, np.generic) and type(value).__module__ == "numpy":
        if np.dtype(type(value)).hasobject:
            return _opaque(value)
        return {"__scalar__": _npy(np.asarray(value))}
    if type(value) is tuple:
        return {"__tuple__": [encode(v, depth + 1) for v in value]}
    if type(value) is list:
        return [encode(v, depth + 1) for v in value]
    if type(value) is dict and all(type(k) is str for k in value):
        return {"__dict__": [[k, encode(v, depth + 1)] for k, v in value.items()]}
    return _opaque(value)


def _npy(array):
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)  # keeps 0-d arrays 0-d, unlike ascontiguousarray
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _opaque(value, why=""):
    try:
        text = repr(value)
    except BaseException:
        text = "<repr failed>"
    if not isinstance(text, str):
        text = "<repr is not a string>"
    text = text[:OPAQUE_TEXT] + (f" ({why})" if why else "")
    try:
        name = type(value).__qualname__
    except BaseException:
        name = "?"
    return {"__opaque__": [str(name)[:OPAQUE_TEXT], text]}


def dumps(value):
    return json.dumps(encode(value), allow_nan=False, separators=(",", ":"))


def decode(data, opaque=None, depth=0):
    """The inverse of `encode`, strict: anything unexpected raises `WireError`.

    `opaque(type_name, text)` builds the stand-in for values that were not data;
    by default they decode to a `(type_name, text)` tuple.
    """
    if depth > MAX_DEPTH + 1:
        raise WireError("nested too deeply")
    if data is None or type(data) in (bool, str, int, float):
        return data
    if type(data) is list:
        return [decode(v, opaque, depth + 1) for v in data]
    if type(data) is not dict or len(data) != 1:
        raise WireError(f"unexpected {type(data).__name__} on the wire")
    (tag, body), = data.items()
    if tag == "__ndarray__":
        return _load_npy(body)
    if tag == "__scalar__":
        array = _load_npy(body)
        if array.shape != ():
            raise WireError("a scalar must be 0-d")
        return array[()]
    if tag == "__float__":
        if body not in ("nan", "inf", "-inf"):
            raise WireError(f"bad float {body!r}")
        return float(body)
    if tag == "__tuple__" and type(body) is list:
        return tuple(decode(v, opaque, depth + 1) for v in body)
    if tag == "__dict__" and type(body) is list:
        out = {}
        for item in body:
            if type(item) is not list or len(item) != 2 or type(item[0]) is not str:
                raise WireError("bad dict item")
            out[item[0]] = decode(item[1], opaque, depth + 1)
        return out
    if tag == "__opaque__" and type(body) is list and len(body) == 2 and all(type(s) is str for s in body):
        name, text = body[0][:OPAQUE_TEXT], body[1][: OPAQUE_TEXT + 40]
        return opaque(name, text) if opaque else (name, text)
    raise WireError(f"unknown tag {tag!r}")


def _load_npy(body):
    if type(body) is not str:
        raise WireError("array data must be base64 text")
    try:
        raw = base64.b64decode(body.encode("ascii"), validate=True)
        array = np.load(io.BytesIO(raw), allow_pickle=False)
    except Exception as exc:
        raise WireError(f"bad array data: {exc}") from None
    if type(array) is not np.ndarray or array.dtype.hasobject:
        raise WireError("not a plain array")
    return array


def loads(text, opaque=None):
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise WireError(f"bad JSON: {exc}") from None
    return decode(data, opaque)
