"""A loaded rubric: the roles, the question bank, and where each came from.

The loader builds one only after every file and every cross-reference has been checked, so
code holding a `Rubric` never has to re-validate. It keeps the source texts it was built
from, which is what lets a single edited file be validated *together with* the rest of the
set before anything is written or swapped in (see `rubric.store`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rubric.schema import Category, Question, Role
from rubric.yamlsource import Document, Loc


class UnknownId(KeyError):
    """A role or question id that the rubric does not have; str() lists what it has."""

    def __init__(self, kind: str, wanted: str, known: list[str]):
        super().__init__(wanted)
        self.kind, self.wanted, self.known = kind, wanted, known

    def __str__(self) -> str:
        return f"unknown {self.kind} {self.wanted!r}; known: {', '.join(self.known)}"


@dataclass(frozen=True)
class Origin:
    """Where a role or question is written: its document and its path inside it."""

    document: Document
    loc: Loc

    @property
    def file(self) -> str:
        return self.document.file


@dataclass(frozen=True)
class Rubric:
    roles: Mapping[str, Role]
    questions: Mapping[str, Question]  # in file order, then written order
    origins: Mapping[tuple[str, str], Origin] = field(repr=False)
    files: Mapping[str, str] = field(repr=False)  # file name -> text it was built from
    root: Path | None = None

    def role(self, role_id: str) -> Role:
        try:
            return self.roles[role_id]
        except KeyError:
            raise UnknownId("role", role_id, sorted(self.roles)) from None

    def question(self, question_id: str) -> Question:
        try:
            return self.questions[question_id]
        except KeyError:
            raise UnknownId("question", question_id, sorted(self.questions)) from None

    def questions_in(self, category: Category | str) -> list[Question]:
        category = Category(category)
        return [q for q in self.questions.values() if q.category is category]

    def origin(self, kind: str, item_id: str) -> Origin:
        """Where `("role" | "question", id)` is written, for error messages and editors."""
        return self.origins[(kind, item_id)]
