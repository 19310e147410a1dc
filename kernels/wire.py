"""Plain-data encoding for values that cross the sandbox boundary, in both directions.

A value becomes a JSON tree plus a list of binary buffers: each array travels as its raw
bytes in a buffer (a Jupyter message frame of its own, never base64 and never pickle),
named in the tree by buffer index, dtype and shape. Everything else is JSON. The module is
standalone on purpose: the template loads its source into the kernel verbatim, so it
imports only NumPy and the standard library.

`decode` is the trust boundary on the way out of the kernel. It accepts only the shapes
`encode` produces, checks that every array's bytes match its dtype and shape, refuses
object dtypes and bounds the nesting depth, so whatever hostile code does inside its
kernel reaches the trusted process as inert numbers, strings and lists.

Arrays decode read-only: their memory is an immutable `bytes` object, so NumPy refuses
every write (and refuses to make them writeable again). Inside the kernel that is what
keeps a submission from changing the caller's inputs in place; the harness cannot
switch it off, because the refusal is NumPy's own.
"""

import json
import math

import numpy as np

MAX_DEPTH = 32
OPAQUE_TEXT = 200
MAX_DTYPE_TEXT = 64


class WireError(ValueError):
    """Data that `encode` could not have produced."""


def encode(value, buffers, depth=0):
    """Turn a value into JSON-ready data, appending array bytes to `buffers`.

    Anything that is not data becomes an opaque marker.
    """
    if depth > MAX_DEPTH:
        return _opaque(value, "nested too deeply")
    if type(value) is str:
        return sendable(value)
    if value is None or type(value) is bool:
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
        return {"__ndarray__": _array(value, buffers)}
    if isinstance(value, np.generic) and type(value).__module__ == "numpy":
        if np.dtype(type(value)).hasobject:
            return _opaque(value)
        return {"__scalar__": _array(np.asarray(value), buffers)}
    if type(value) is tuple:
        return {"__tuple__": [encode(v, buffers, depth + 1) for v in value]}
    if type(value) is list:
        return [encode(v, buffers, depth + 1) for v in value]
    if type(value) is dict and all(type(k) is str for k in value):
        return {"__dict__": [[sendable(k), encode(v, buffers, depth + 1)] for k, v in value.items()]}
    return _opaque(value)


def _array(array, buffers):
    contiguous = np.ascontiguousarray(array) if array.ndim else array.reshape(())
    buffers.append(contiguous.tobytes())
    return [len(buffers) - 1, contiguous.dtype.str, list(contiguous.shape)]


def sendable(text):
    """Text that survives Jupyter's UTF-8 packing. A lone surrogate ("\\ud800") cannot be encoded,
    and would fail the whole batch of results it travels in: it crosses as its escape instead."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _opaque(value, why=""):
    try:
        text = repr(value)
    except BaseException:
        text = "<repr failed>"
    if not isinstance(text, str):
        text = "<repr is not a string>"
    text = sendable(text[:OPAQUE_TEXT]) + (f" ({why})" if why else "")
    try:
        name = type(value).__qualname__
    except BaseException:
        name = "?"
    return {"__opaque__": [str(name)[:OPAQUE_TEXT], text]}


def dumps(value):
    """JSON text and buffers for `value`."""
    buffers = []
    tree = encode(value, buffers)
    return json.dumps(tree, allow_nan=False, separators=(",", ":")), buffers


def decode(data, buffers, opaque=None, depth=0):
    """The inverse of `encode`, strict: anything unexpected raises `WireError`.

    `opaque(type_name, text)` builds the stand-in for values that were not data;
    by default they decode to a `(type_name, text)` tuple.
    """
    if depth > MAX_DEPTH + 1:
        raise WireError("nested too deeply")
    if data is None or type(data) in (bool, str, int, float):
        return data
    if type(data) is list:
        return [decode(v, buffers, opaque, depth + 1) for v in data]
    if type(data) is not dict or len(data) != 1:
        raise WireError(f"unexpected {type(data).__name__} on the wire")
    (tag, body), = data.items()
    if tag == "__ndarray__":
        return _load_array(body, buffers)
    if tag == "__scalar__":
        array = _load_array(body, buffers)
        if array.shape != ():
            raise WireError("a scalar must be 0-d")
        return array[()]
    if tag == "__float__":
        if body not in ("nan", "inf", "-inf"):
            raise WireError(f"bad float {body!r}")
        return float(body)
    if tag == "__tuple__" and type(body) is list:
        return tuple(decode(v, buffers, opaque, depth + 1) for v in body)
    if tag == "__dict__" and type(body) is list:
        out = {}
        for item in body:
            if type(item) is not list or len(item) != 2 or type(item[0]) is not str:
                raise WireError("bad dict item")
            out[item[0]] = decode(item[1], buffers, opaque, depth + 1)
        return out
    if tag == "__opaque__" and type(body) is list and len(body) == 2 and all(type(s) is str for s in body):
        name, text = body[0][:OPAQUE_TEXT], body[1][: OPAQUE_TEXT + 40]
        return opaque(name, text) if opaque else (name, text)
    raise WireError(f"unknown tag {tag!r}")


def _load_array(body, buffers):
    """A read-only array over one buffer, after checking that dtype and shape fit its bytes."""
    if (type(body) is not list or len(body) != 3 or type(body[0]) is not int or type(body[1]) is not str
            or type(body[2]) is not list or not all(type(n) is int and n >= 0 for n in body[2])):
        raise WireError("bad array reference")
    index, dtype_text, shape = body
    if not 0 <= index < len(buffers) or len(dtype_text) > MAX_DTYPE_TEXT or len(shape) > MAX_DEPTH:
        raise WireError("bad array reference")
    try:
        dtype = np.dtype(dtype_text)
    except (TypeError, ValueError, SyntaxError) as exc:
        raise WireError(f"bad dtype {dtype_text[:40]!r}: {exc}") from None
    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None:
        raise WireError("not a plain array")
    raw = buffers[index]
    if type(raw) is not bytes:
        raw = bytes(raw)  # immutable memory: the array below can never be written
    count = 1
    for n in shape:
        count *= n
    if dtype.itemsize == 0 or count * dtype.itemsize != len(raw):
        raise WireError("array bytes do not match its dtype and shape")
    return np.frombuffer(raw, dtype=dtype, count=count).reshape(shape)


def loads(text, buffers=(), opaque=None):
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise WireError(f"bad JSON: {exc}") from None
    return decode(data, list(buffers), opaque)
