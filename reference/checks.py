"""Comparisons that teach.

Every function here returns `None` when the value is right and otherwise one short
message a candidate can act on: what was expected, what came back (shape, dtype, a
few values) and, where the suite knows it, which property broke. Checks run in the
trusted process on values that came back as plain data, so nothing a submission
does inside its kernel can change how they judge.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from reference.exercise import Opaque

RTOL = 1e-6
ATOL = 1e-8
_KIND_NAMES = {"f": "float", "i": "integer", "u": "integer", "b": "bool", "U": "string", "c": "complex"}


def kind_name(dtype: np.dtype) -> str:
    return _KIND_NAMES.get(dtype.kind, str(dtype))


def preview(value: Any, limit: int = 6) -> str:
    """A one-line description of a value: type, shape, dtype and a few entries."""
    if isinstance(value, Opaque):
        return f"an object of type {value.type_name} ({value.text})"
    if isinstance(value, np.ndarray):
        flat = value.ravel()
        head = np.array2string(flat[:limit], precision=6, separator=", ", threshold=limit,
                               max_line_width=10_000)
        more = f" ... ({flat.size} values)" if flat.size > limit else ""
        return f"array shape {value.shape} {value.dtype}: {head}{more}"
    if isinstance(value, np.generic):
        return f"numpy {value.dtype} scalar {number(value)}"
    if isinstance(value, (list, tuple)):
        kind = type(value).__name__
        items = ", ".join(preview(v, 3) if isinstance(v, np.ndarray) else repr(v) for v in value[:limit])
        more = ", ..." if len(value) > limit else ""
        return f"{kind} of {len(value)}: [{items}{more}]"
    text = repr(value)
    return text if len(text) < 120 else text[:117] + "..."


def number(value: Any) -> str:
    """A scalar as a person writes it: 0.25, 3, True, nan."""
    value = value.item() if isinstance(value, np.generic) else value
    if isinstance(value, float) and len(repr(value)) > 12:
        return f"{value:.8g}"
    return repr(value)


def as_array(got: Any, name: str = "output") -> tuple[np.ndarray | None, str | None]:
    """Accept arrays and plain numeric data; refuse objects that only look like data."""
    if isinstance(got, Opaque):
        return None, f"{name}: expected a NumPy array, got {preview(got)}"
    if got is None:
        return None, f"{name}: expected a NumPy array, got None (did you forget to return?)"
    if isinstance(got, (str, bytes, dict)):
        return None, f"{name}: expected a NumPy array, got {type(got).__name__}"
    try:
        arr = np.asarray(got)
    except Exception:  # ragged lists and the like
        return None, f"{name}: expected a NumPy array, got {preview(got)}"
    if arr.dtype.kind not in "fiub":
        return None, f"{name}: expected a numeric array, got {preview(got)}"
    return arr, None


def array_mismatch(got: Any, want: np.ndarray, *, rtol: float = RTOL, atol: float = ATOL,
                   name: str = "output", kind: bool = True) -> str | None:
    """Shape, dtype kind, finiteness, then values (`np.allclose` semantics)."""
    want = np.asarray(want)
    arr, problem = as_array(got, name)
    if problem:
        return problem
    if arr.shape != want.shape:
        return f"{name} shape: expected {want.shape}, got {arr.shape}"
    if kind and _kind_family(arr.dtype) != _kind_family(want.dtype):
        kind_text = kind_name(want.dtype)
        article = "an" if kind_text[0] in "aeiou" else "a"
        return f"{name} dtype: expected {article} {kind_text} array, got {arr.dtype}"
    if arr.dtype.kind == "b" or want.dtype.kind == "b":
        wrong = arr != want
    else:
        a, w = arr.astype(np.float64), want.astype(np.float64)
        bad_nan = np.isnan(a) & ~np.isnan(w)
        if bad_nan.any():
            at = tuple(int(i) for i in np.argwhere(bad_nan)[0])
            return (f"{name} contains NaN at index {at} where {number(w[at])} was expected "
                    f"({int(bad_nan.sum())} NaN values in all); got {preview(arr)}")
        wrong = ~np.isclose(a, w, rtol=rtol, atol=atol, equal_nan=True)
    if not wrong.any():
        return None
    at = tuple(int(i) for i in np.argwhere(wrong)[0])
    where = f"index {at}" if at else "the value"
    return (f"{name} values differ at {int(wrong.sum())} of {wrong.size} positions; "
            f"first at {where}: expected {number(want[at])}, got {number(arr[at])}. "
            f"Expected {preview(want)}; got {preview(arr)}")


def _kind_family(dtype: np.dtype) -> str:
    return {"u": "i"}.get(dtype.kind, dtype.kind)


def as_float(value: Any) -> float | None:
    """The value as one float, or None when it is not a single number."""
    arr, problem = as_array(value)
    if problem or arr.size != 1:
        return None
    return float(arr.reshape(()))


def close(a: float | None, b: float) -> bool:
    """`a` is a number and equals `b` within the suites' default tolerance."""
    return a is not None and bool(np.isclose(a, b, rtol=RTOL, atol=ATOL))


def scalar_mismatch(got: Any, want: float, *, rtol: float = RTOL, atol: float = ATOL,
                    name: str = "output") -> str | None:
    """A single real number: accepts Python and NumPy scalars and 0-d / 1-element arrays."""
    arr, problem = as_array(got, name)
    if problem:
        return problem.replace("a NumPy array", "a number")
    if arr.size != 1:
        return f"{name}: expected a single number, got {preview(got)}"
    value = float(arr.reshape(()))
    if np.isnan(value) and not np.isnan(want):
        return f"{name}: expected {number(want)}, got NaN"
    if not np.isclose(value, want, rtol=rtol, atol=atol, equal_nan=True):
        return f"{name}: expected {number(want)}, got {number(value)}"
    return None


def int_mismatch(got: Any, want: int, name: str = "output") -> str | None:
    """An exact integer: a float that happens to be whole is reported, not accepted."""
    if isinstance(got, bool) or not isinstance(got, (int, np.integer)):
        return f"{name}: expected the int {want}, got {preview(got)}"
    if int(got) != want:
        return f"{name}: expected {want}, got {int(got)}"
    return None


def sequence_of(got: Any, length: int, name: str = "output") -> str | None:
    """A tuple (or list) with `length` items, e.g. `(centroids, labels)`."""
    if not isinstance(got, (tuple, list)):
        return f"{name}: expected a tuple of {length} values, got {preview(got)}"
    if len(got) != length:
        return f"{name}: expected a tuple of {length} values, got {len(got)}"
    return None


def plain(value: Any) -> Any:
    """Tuples become lists, NumPy scalars Python ones: for comparing structures of data."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


def equal_mismatch(got: Any, want: Any, name: str = "output") -> str | None:
    """Exact equality of plain data such as lists of strings or pairs of strings."""
    if isinstance(got, Opaque):
        return f"{name}: expected {preview(want)}, got {preview(got)}"
    g, w = plain(got), plain(want)
    if g == w:
        return None
    if isinstance(g, list) and isinstance(w, list):
        for i, (a, b) in enumerate(zip(g, w)):
            if a != b:  # shown as given, so pairs read as tuples
                return (f"{name}[{i}]: expected {want[i]!r}, got {got[i]!r} "
                        f"(expected {preview(want)}; got {preview(got)})")
        return f"{name}: expected {len(w)} items, got {len(g)} (expected {preview(want)}; got {preview(got)})"
    return f"{name}: expected {preview(want)}, got {preview(got)}"
