"""The events an interview is made of.

An interview is an append-only list of these; the live interview and its replay are
the same reducer (`interviewer.state.reduce`) applied to the same list. An event is a
plain JSON-ready dict with a `type`, the time `at` (seconds since the session started)
and its own fields, so it can be stored, sent and replayed without classes.
"""

from __future__ import annotations

from typing import Any

Event = dict[str, Any]

# type -> the fields it must carry (besides `type` and `at`)
FIELDS: dict[str, tuple[str, ...]] = {
    "session_started": ("role_id", "seed", "interviewer", "persona", "plan"),
    "section_started": ("section", "kind", "minutes"),
    "interviewer_said": ("text", "purpose"),
    "candidate_said": ("text",),
    "answer_graded": ("question_id", "attempt", "grade"),
    "hint_given": ("question_id", "level", "text"),
    "question_skipped": ("question_id",),
    "code_changed": ("exercise", "code"),
    "code_ran": ("run_id", "exercise", "suite", "code"),
    "verdict": ("run_id", "verdict"),
    "time_up": ("section",),
    "interviewer_fallback": ("reason",),
    "session_ended": ("reason",),
    "scorecard": ("scorecard",),
}

# What the interviewer says, by purpose (the transcript shows them differently).
PURPOSES = ("greeting", "question", "followup", "hint", "feedback", "transition", "notice", "reply", "wrap_up")


class EventError(ValueError):
    pass


def make(type_: str, at: float, **fields: Any) -> Event:
    missing = [f for f in FIELDS.get(type_, ()) if f not in fields]
    if type_ not in FIELDS:
        raise EventError(f"unknown event type {type_!r}")
    if missing:
        raise EventError(f"{type_} needs {', '.join(missing)}")
    return {"type": type_, "at": round(float(at), 3), **fields}


def validate(event: Any) -> Event:
    """Check an event read back from storage or received from elsewhere."""
    if not isinstance(event, dict) or event.get("type") not in FIELDS:
        raise EventError(f"not an event: {str(event)[:80]}")
    if not isinstance(event.get("at"), (int, float)):
        raise EventError(f"{event['type']} has no time")
    missing = [f for f in FIELDS[event["type"]] if f not in event]
    if missing:
        raise EventError(f"{event['type']} lacks {', '.join(missing)}")
    return event
