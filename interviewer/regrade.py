"""Re-grading a finished session with today's grader and rubric, old and new side by side.

A grader improves; a candidate's history was graded by the old one. Re-grading replays
the session's own answers (their words, what each was answering) through the offline
grader against the current rubric, rebuilds the scorecard from the same events with the
new grades in place, and shows each answer's old and new score. Nothing is overwritten:
`regrade` only computes; keeping the result appends a `regraded` event, so the replay
still shows every grade as it was given, then the re-grade.

The current rubric is the live one where it still has the role and the question, the
session's frozen snapshot where it does not (a question deleted since is re-graded as
the session knew it).
"""

from __future__ import annotations

from typing import Any

from interviewer.events import Event
from interviewer.grading.offline import OfflineGrader
from interviewer.scorecard import build_scorecard
from interviewer.snapshot import SessionRubric
from interviewer.state import reduce
from rubric.bank import UnknownId


class NotFinished(ValueError):
    """Only a session with a scorecard can be re-graded."""


class CurrentRubric(SessionRubric):
    """The live rubric first, the session's snapshot for what the live one no longer has."""

    def role(self, role_id: str):
        try:
            return self.live.role(role_id)
        except (KeyError, UnknownId):
            return super().role(role_id)

    def question(self, question_id: str):
        try:
            return self.live.question(question_id)
        except (KeyError, UnknownId):
            return super().question(question_id)


def regrade(events: list[Event], live_rubric, grader: OfflineGrader | None = None) -> dict[str, Any]:
    """The session re-graded: {"old", "new", "answers": [old vs new per graded answer], "scorecard", "grader"}."""
    grader = grader or OfflineGrader()
    before = reduce(events)
    if before.scorecard is None:
        raise NotFinished("the interview is not finished, so there is nothing to re-grade yet")
    book = CurrentRubric(before.snapshot, live_rubric)
    weights = {k.value: v for k, v in book.role(before.role_id).grading.dimensions.items()}
    said = {seq: e for seq, e in enumerate(events) if e["type"] == "candidate_said"}

    regraded: list[Event] = []
    answers = []
    for seq, event in enumerate(events):
        if event["type"] in ("scorecard", "regraded"):
            break
        if event["type"] != "answer_graded" or event.get("answer_seq") not in said:
            regraded.append(event)
            continue
        answer = said[event["answer_seq"]]
        question = book.question(event["question_id"])
        scope = answer.get("targets")
        if event["attempt"] == "discussion":
            question, scope = question.discussed(scope) or question, None
        grade = grader.grade_now(question, answer["text"], key_point_ids=scope, weights=weights).as_dict()
        regraded.append({**event, "grade": grade})
        answers.append({"answer_seq": event["answer_seq"], "question_id": event["question_id"],
                        "attempt": event["attempt"], "old": round(event["grade"].get("score", 0.0), 4),
                        "new": round(grade["score"], 4), "old_grader": event["grade"].get("grader", "?"),
                        "moment": seq})
    after = reduce(regraded)
    card = build_scorecard(after, book)
    old = before.scorecard
    return {
        "grader": grader.name,
        "old": {"overall": old.get("overall"), "band": old.get("band")},
        "new": {"overall": card["overall"], "band": card["band"]},
        "questions": _side_by_side(old, card),
        "answers": answers,
        "scorecard": card,
    }


def regraded_fields(result: dict[str, Any]) -> dict[str, Any]:
    """The `regraded` event's fields that keep a re-grade: the new scorecard, and what it replaced."""
    return {"scorecard": result["scorecard"], "grader": result["grader"], "previous": result["old"],
            "answers": [{k: a[k] for k in ("answer_seq", "question_id", "old", "new")} for a in result["answers"]]}


def _side_by_side(old: dict, new: dict) -> list[dict]:
    before = {a["question_id"]: a for a in old.get("answers") or []}
    return [{"question_id": a["question_id"], "prompt": a["prompt"], "status": a["status"],
             "old": (before.get(a["question_id"]) or {}).get("score"), "new": a["score"]}
            for a in new["answers"]]
