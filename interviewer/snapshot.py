"""The rubric as a session saw it: its role and its planned questions, frozen at the start.

An admin may edit the rubric while interviews run, or delete a question months later.
A session must not change under a candidate's feet, and its replay and scorecard must
stay what they were; so `session_started` carries the role and the planned questions,
and everything after the start reads them from there. Sessions recorded before
snapshots existed fall back to the live rubric.
"""

from __future__ import annotations

from typing import Any

from rubric.bank import UnknownId
from rubric.schema import Question, Role


def snapshot_fields(role: Role, questions: list[Question]) -> dict[str, Any]:
    """The fields `session_started` carries so the session never needs the live rubric again."""
    return {"role": role.model_dump(mode="json"),
            "questions": {q.id: q.model_dump(mode="json") for q in questions}}


class SessionRubric:
    """`role(id)` and `question(id)` for one session, from its snapshot when it has one."""

    def __init__(self, started: dict[str, Any] | None, live):
        self.live = live
        self._role = Role.model_validate(started["role"]) if started and "role" in started else None
        self._questions = {qid: Question.model_validate(data)
                           for qid, data in ((started or {}).get("questions") or {}).items()}

    def role(self, role_id: str) -> Role:
        if self._role is not None and self._role.id == role_id:
            return self._role
        return self.live.role(role_id)

    def question(self, question_id: str) -> Question:
        if question_id in self._questions:
            return self._questions[question_id]
        try:
            return self.live.question(question_id)
        except UnknownId:
            raise UnknownId("question", question_id, sorted(self._questions)) from None
