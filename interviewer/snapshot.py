"""The rubric as a session saw it: its role, planned questions and exercises, frozen at the start.

An admin may edit the rubric while interviews run, or delete a question months later; an
exercise's follow-ups may be reworded in a later release. A session must not change under
a candidate's feet, and its replay and scorecard must stay what they were; so
`session_started` carries the role, the planned questions and the coding exercises'
follow-ups, and everything after the start reads them from there. Sessions recorded
before snapshots existed fall back to the live rubric.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from rubric.bank import UnknownId
from rubric.schema import Question, Role

ExerciseFollowups = Callable[[str], list[str]]
"""Exercise id -> the follow-up questions asked after a Submit (the caller knows the exercises)."""


def snapshot_fields(role: Role, questions: list[Question], followups: ExerciseFollowups | None = None
                    ) -> dict[str, Any]:
    """The fields `session_started` carries so the session never needs the live rubric again."""
    exercises = sorted({q.exercise for q in questions if q.exercise})
    return {"role": role.model_dump(mode="json"),
            "questions": {q.id: q.model_dump(mode="json") for q in questions},
            "exercises": {e: {"followups": list(followups(e)) if followups else []} for e in exercises}}


class SessionRubric:
    """`role(id)`, `question(id)` and `exercise_followups(id)` for one session, from its snapshot."""

    def __init__(self, snapshot: dict[str, Any], live):
        self.live = live
        self._role = Role.model_validate(snapshot["role"]) if snapshot.get("role") else None
        self._questions = {qid: Question.model_validate(data)
                           for qid, data in (snapshot.get("questions") or {}).items()}
        self._exercises = snapshot.get("exercises") or {}

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

    def questions(self, question_ids: Iterable[str]) -> dict[str, Question]:
        """The questions among `question_ids` this session can still name (others are skipped)."""
        found = {}
        for question_id in question_ids:
            try:
                found[question_id] = self.question(question_id)
            except KeyError:  # asked in a session recorded before snapshots, since deleted from the rubric
                continue
        return found

    def exercise_followups(self, exercise: str) -> list[str]:
        return list((self._exercises.get(exercise) or {}).get("followups") or [])
