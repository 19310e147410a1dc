"""The events an interview is made of, each declared once, here.

An interview is an append-only list of events; the live interview and its replay are the
same reducer (`interviewer.state.reduce`, ported to `frontend/js/reducer.js`) applied to
the same list. An event is a plain JSON-ready dict with a `type`, a version `v`, the time
`at` (seconds since the session started) and the fields its type declares below, so it
can be stored, sent and replayed without classes.

Everything else that reads events is derived from these declarations or checked against
them by a test:

- the store indexes for search the `text` of every type with a `said_by`, in the same
  transaction as the event (`server/store.py`);
- the Markdown export and the terminal print each event as its `reads` line says;
- `docs/protocol.md`'s event table is `protocol_table()` (a test compares them);
- the Python and JavaScript reducers fold recorded interviews to the same state, and
  every declared type has a handler in both (`tests/interviewer/test_vocabulary.py`);
- the one projection of an event onto its session's row (a scorecard finishes the
  session and records its score) is the type's `session_row`.

A type's shape only ever grows through a new version with an upgrade step
(`UPGRADES`): logs written before the change are upgraded as they are read, so every
reader sees today's shape and old sessions still replay.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Event = dict[str, Any]

# What the interviewer says, by purpose (the transcript shows them differently).
PURPOSES = ("greeting", "question", "followup", "hint", "feedback", "transition", "notice", "reply", "wrap_up",
            "clarification", "nudge", "redirect", "repeat")
ATTEMPTS = ("main", "followup", "clarify", "discussion")
READINGS = ("answer", "short", "dont_know", "clarify", "repeat", "off_topic", "question")
SUITES = ("examples", "hidden")
END_REASONS = ("completed", "ended_by_candidate")

_KINDS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "any": lambda v: True,
}


class EventError(ValueError):
    pass


@dataclass(frozen=True)
class Field:
    name: str
    kind: str                       # a key of _KINDS
    doc: str = ""
    required: bool = True
    nullable: bool = False
    choices: tuple[str, ...] = ()

    def problem(self, value: Any) -> str | None:
        if value is None:
            return None if self.nullable else f"`{self.name}` may not be null"
        if not _KINDS[self.kind](value):
            return f"`{self.name}` must be a{'n' if self.kind[0] in 'aeiou' else ''} {self.kind}"
        if self.choices and value not in self.choices:
            return f"`{self.name}` must be one of {', '.join(self.choices)}"
        return None


@dataclass(frozen=True)
class Line:
    """How an event reads in a transcript: who, a short label, and the words (or code)."""

    who: str                        # "interviewer" | "candidate" | "system"
    label: str
    text: str
    code: bool = False


@dataclass(frozen=True)
class EventType:
    name: str
    doc: str                                       # what it means, for the protocol document
    fields: tuple[Field, ...]
    version: int = 1
    said_by: str | None = None                     # whose words its `text` is: indexed for search
    reads: Callable[[Event], Line | None] = lambda e: None
    session_row: Callable[[Event], dict[str, Any]] | None = None

    def problems(self, event: Event) -> list[str]:
        out = []
        for f in self.fields:
            if f.name not in event:
                if f.required:
                    out.append(f"lacks `{f.name}`")
                continue
            problem = f.problem(event[f.name])
            if problem:
                out.append(problem)
        return out


# ------------------------------------------------------------------ how events read

def verdict_summary(verdict: dict[str, Any]) -> str:
    """A verdict in a few words: "All 26 hidden tests pass.", "3 of 5 examples pass (NameError: x)."

    The one place this sentence is composed (the engine, the export and the terminal all
    say it; the browser's `verdictSummary` in `frontend/js/format.js` is checked against it).
    """
    tests = verdict.get("tests") or []
    passed = sum(1 for t in tests if t.get("passed"))
    what = "hidden tests" if verdict.get("suite") == "hidden" else "examples"
    error = (verdict.get("error") or "").strip().split("\n")[0]
    because = f" ({error})" if error else ""
    if not tests:
        return f"The code could not be run{because}."
    if passed == len(tests):
        return f"All {len(tests)} {what} pass." if len(tests) > 1 else f"The {what[:-1]} passes."
    return f"{passed} of {len(tests)} {what} pass{because}."


def grade_summary(event: Event, wording: dict | None = None) -> str:
    """A grade in one line; with the question's `wording` (`Question.wording()`), ids read as what they say."""
    grade = event["grade"]
    points = (wording or {}).get("key_points") or {}
    claims = (wording or {}).get("misconceptions") or {}

    def said(ids: list[str], names: dict) -> str:
        return "; ".join(names.get(i, i.replace("_", " ")) for i in ids) or "nothing"

    dims = ", ".join(f"{k} {v:.0%}" for k, v in (grade.get("dimensions") or {}).items())
    text = (f"{grade.get('score', 0):.0%} ({dims}). Said: {said(grade.get('covered') or [], points)} "
            f"Not said: {said(grade.get('missed') or [], points)}")
    if grade.get("misconceptions"):
        text += f" Wrong: {said(grade['misconceptions'], claims)}"
    return text


def _pct(value: Any) -> str:
    return f"{value:.0%}" if isinstance(value, (int, float)) else "?"


def _ended_text(reason: str) -> str:
    return "You ended the interview" if reason == "ended_by_candidate" else "The interview is complete"


def _scorecard_row(event: Event) -> dict[str, Any]:
    card = event["scorecard"] if isinstance(event["scorecard"], dict) else {}
    categories = card.get("categories") if isinstance(card.get("categories"), list) else []
    return {"status": "finished", "overall": card.get("overall"), "band": card.get("band"),
            "categories": {c["category"]: c["score"] for c in categories
                           if isinstance(c, dict) and isinstance(c.get("category"), str)
                           and isinstance(c.get("score"), (int, float))}}


# ------------------------------------------------------------------ the vocabulary

_QUESTION = Field("question_id", "string", "the question it belongs to", required=False, nullable=True)

EVENTS: dict[str, EventType] = {t.name: t for t in (
    EventType(
        "session_started", "the plan is fixed; the role and planned questions are frozen here",
        (Field("role_id", "string"), Field("seed", "any", "the question selection's seed"),
         Field("interviewer", "string", "who voices and grades"),
         Field("persona", "object"),
         Field("plan", "array", "sections: `kind`, `minutes`, `questions` (ids)"),
         Field("role", "object", "the role as it was; absent in sessions recorded before snapshots",
               required=False),
         Field("questions", "object", "id -> the planned questions as they were", required=False),
         Field("exercises", "object", "exercise id -> `followups`, as they were"),
         Field("model", "string", "the LLM behind the interviewer, when there is one", required=False)),
        version=2),
    EventType(
        "section_started", "a new section begins",
        (Field("section", "integer", "its index in the plan"), Field("kind", "string"),
         Field("minutes", "number", "its budget")),
        reads=lambda e: Line("system", "section", f"{e['kind'].replace('_', ' ').capitalize()} ({e['minutes']:g} min)")),
    EventType(
        "interviewer_said", "a complete interviewer message (after its streamed tokens)",
        (Field("text", "string"), Field("purpose", "string", choices=PURPOSES), _QUESTION,
         Field("exercise", "string", "the coding exercise a question opens", required=False, nullable=True),
         Field("targets", "array", "key point ids a follow-up aims at", required=False, nullable=True),
         Field("voice", "string", "set when the LLM's words were replaced by the offline wording, and why",
               required=False)),
        said_by="interviewer",
        reads=lambda e: Line("interviewer", e["purpose"], e["text"])),
    EventType(
        "candidate_said", "the candidate's answer (or question), as stored",
        (Field("text", "string"), _QUESTION,
         Field("reading", "string", "what the message is (`interviewer/reading.py`)", required=False,
               choices=READINGS),
         Field("attempt", "string", "what it is graded as; null: not graded (a clarifying question, ...)",
               required=False, nullable=True, choices=ATTEMPTS),
         Field("targets", "array", "key point ids the follow-up it answers aimed at", required=False,
               nullable=True),
         Field("late", "boolean", "sent for a question the interview had already left", required=False)),
        said_by="candidate",
        reads=lambda e: Line("candidate", "answer", e["text"])),
    EventType(
        "answer_graded", "a grade, as soon as it is known",
        (Field("question_id", "string"), Field("attempt", "string", choices=ATTEMPTS),
         Field("grade", "object", "`score`, `dimensions`, `covered`, `missed`, `misconceptions`, `grader`, "
                                  "`evidence`, `notes`, `addressed_grader`"),
         Field("answer_seq", "integer", "the answer it grades", required=False, nullable=True)),
        reads=lambda e: Line("system", f"grade ({e['attempt']}, {e['grade'].get('grader', '?')})",
                             grade_summary(e))),
    EventType(
        "hint_given", "a hint, recorded and discounted in the score",
        (Field("question_id", "string"), Field("level", "integer"), Field("text", "string"),
         Field("penalty", "number", "the share of the question's score it costs", required=False)),
        said_by="interviewer",
        reads=lambda e: Line("interviewer", f"hint {e['level']}", e["text"])),
    EventType(
        "question_skipped", "the candidate skipped the question",
        (Field("question_id", "string"),),
        reads=lambda e: Line("system", "skipped", "Question skipped")),
    EventType(
        "code_changed", "a version of the candidate's code",
        (Field("exercise", "string"), Field("code", "string"))),
    EventType(
        "code_ran", "a Run (examples) or Submit (hidden) began",
        (Field("run_id", "string"), Field("exercise", "string"), Field("suite", "string", choices=SUITES),
         Field("code", "string")),
        reads=lambda e: Line("candidate", "submit" if e["suite"] == "hidden" else "run", e["code"], code=True)),
    EventType(
        "verdict", "a run's result, per test",
        (Field("run_id", "string"),
         Field("verdict", "object", "`passed`, `score`, `tests` [`name`, `passed`, `message`], `error`, "
                                    "`output`, `duration_ms`")),
        reads=lambda e: Line("system", "verdict", verdict_summary(e["verdict"]))),
    EventType(
        "time_up", "a section ran out of time",
        (Field("section", "integer"),),
        reads=lambda e: Line("system", "time up", "Time is up for this section")),
    EventType(   # the interviewer's own notice, which follows it, is what a reader sees: said once
        "interviewer_fallback", "the LLM failed; the offline interviewer continues",
        (Field("reason", "string"),)),
    EventType(
        "session_ended", "the interview is over",
        (Field("reason", "string", choices=END_REASONS),),
        reads=lambda e: Line("system", "ended", _ended_text(e["reason"]))),
    EventType(
        "scorecard", "the verdict on the interview",
        (Field("scorecard", "object", "see `interviewer/scorecard.py`"),),
        session_row=_scorecard_row),
    EventType(
        "regraded", "the finished session re-graded with a newer grader and rubric, kept by its owner",
        (Field("scorecard", "object", "the new scorecard (it replaces the one shown)"),
         Field("grader", "string", "who re-graded"),
         Field("previous", "object", "`overall` and `band` before"),
         Field("answers", "array", "per graded answer: `answer_seq`, `question_id`, `old`, `new` score")),
        reads=lambda e: Line("system", "re-graded", f"Re-graded with the {e['grader']} grader: "
                             f"{_pct(e['previous'].get('overall'))} -> {_pct(e['scorecard'].get('overall'))}"),
        session_row=_scorecard_row),
)}


# ------------------------------------------------------------------ versions

def _session_started_v1(event: Event) -> Event:
    """v2 freezes the coding exercises' follow-ups; a v1 session knew none, so it asks none."""
    return {**event, "exercises": {}}


UPGRADES: dict[tuple[str, int], Callable[[Event], Event]] = {
    ("session_started", 1): _session_started_v1,
}


def upgrade(event: Event) -> Event:
    """The event in today's shape (an event without `v` is version 1)."""
    declared = EVENTS.get(event.get("type")) if isinstance(event, dict) else None
    if declared is None:
        raise EventError(f"not an event: {str(event)[:80]}")
    version = event.get("v", 1)
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= declared.version:
        raise EventError(f"{declared.name} has unknown version {version!r}")
    while version < declared.version:
        event = UPGRADES[(declared.name, version)](event)
        version += 1
    return event if event.get("v") == version else {**event, "v": version}


# ------------------------------------------------------------------ making and checking

def make(type_: str, at: float, **fields: Any) -> Event:
    """A new event, its text made storable (`scrub`): what is broadcast and applied is what is stored."""
    if type_ not in EVENTS:
        raise EventError(f"unknown event type {type_!r}")
    return validate(scrub({"type": type_, "v": EVENTS[type_].version, "at": round(float(at), 3), **fields}))


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(value: Any) -> Any:
    """`value` with every string (dict keys too) encodable as UTF-8: unpaired surrogates become U+FFFD.

    A Python string can hold UTF-16 surrogates that no UTF-8 text can: a JSON frame's
    `"\\ud800"`, an exception message from candidate code. SQLite (and the browser's JSON)
    refuse them, and an event that cannot be stored would be lost, or would kill the task
    storing it. A pair written as two escapes (`"\\ud83d\\ude00"`) is joined into the
    character it spells. Containers come back as new dicts and lists (tuples become lists, as in JSON).
    """
    if isinstance(value, str):
        if _SURROGATE.search(value) is None:
            return value
        return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if isinstance(value, dict):
        return {scrub(k): scrub(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [scrub(v) for v in value]
    return value


def validate(event: Any) -> Event:
    """Check an event in today's shape (read back from storage or received from elsewhere)."""
    if not isinstance(event, dict) or event.get("type") not in EVENTS:
        raise EventError(f"not an event: {str(event)[:80]}")
    declared = EVENTS[event["type"]]
    if event.get("v") != declared.version:
        raise EventError(f"{declared.name} must be version {declared.version}, got {event.get('v')!r}")
    if not _KINDS["number"](event.get("at")):
        raise EventError(f"{declared.name} has no time")
    problems = declared.problems(event)
    if problems:
        raise EventError(f"{declared.name}: {'; '.join(problems)}")
    return event


def reads(event: Event) -> Line | None:
    """How `event` reads in a transcript, or None for events that say nothing (code edits)."""
    return EVENTS[event["type"]].reads(event)


def protocol_table() -> str:
    """The event table of docs/protocol.md, generated from the declarations above."""
    rows = ["| event `type` | v | what it means | fields |", "|---|---|---|---|"]
    for t in EVENTS.values():
        fields = []
        for f in t.fields:
            text = f"`{f.name}`"
            details = [d for d in (f.doc, ", ".join(f.choices)) if d]
            if not f.required:
                details.insert(0, "optional")
            if details:
                text += f" ({'; '.join(details)})"
            fields.append(text)
        meaning = t.doc + (f"; searchable ({t.said_by}'s words)" if t.said_by else "")
        rows.append(f"| `{t.name}` | {t.version} | {meaning} | {', '.join(fields)} |")
    return "\n".join(rows)


def write_protocol_table(path: str) -> None:
    """Replace the table between `<!-- events:begin -->` and `<!-- events:end -->` in `path`."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    head, rest = text.split("<!-- events:begin -->\n", 1)
    tail = rest.split("<!-- events:end -->", 1)[1]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"{head}<!-- events:begin -->\n{protocol_table()}\n<!-- events:end -->{tail}")


if __name__ == "__main__":  # `python -m interviewer.events [--write docs/protocol.md]`
    import sys

    if sys.argv[1:2] == ["--write"]:
        write_protocol_table(sys.argv[2])
    else:
        print(protocol_table())
