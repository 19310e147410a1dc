"""Errors that point at the place to fix: a file, a line, a field.

A rubric is edited by hand, so an error is only useful if it says where to look. Every
problem found while loading (YAML syntax, a schema violation, a broken cross-reference) is
reported as a `RubricError`; a load that finds any raises `InvalidRubric` with all of them,
so one run of `hotseat rubric validate` lists everything instead of the first mistake.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class RubricError(Exception):
    """One problem in one file.

    `line` is 1-based (0 when the problem is the file as a whole, e.g. it cannot be read);
    `field` is a dotted path into the document such as ``questions[3].key_points[0].match``
    (empty when the problem is not about a field, e.g. a YAML syntax error).
    """

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        field = self.field or "(document)"
        return f"{self.file}:{self.line}: {field}: {self.message}"


class InvalidRubric(Exception):
    """Raised when a rubric (or a candidate file for it) does not validate.

    Carries every error found, in file and line order.
    """

    def __init__(self, errors: Iterable[RubricError]):
        self.errors: list[RubricError] = sorted(errors, key=lambda e: (e.file, e.line, e.field))
        super().__init__("\n".join(str(e) for e in self.errors) or "invalid rubric")


class FieldProblem(ValueError):
    """A `ValueError` that also says which part of the validated value is wrong.

    Raised from inside a pydantic validator; `at` is appended to pydantic's location, so a
    check done on a whole list (e.g. "follow-up 2 targets an unknown key point") still points
    at the item's own line rather than at the start of the list.
    """

    def __init__(self, at: tuple[str | int, ...], message: str):
        super().__init__(message)
        self.at = at
