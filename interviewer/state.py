"""The reducer: an interview's state is a fold over its events.

`reduce(events)` is used for everything: the engine deciding what to do next, a
server resuming a session after a crash, and a replay showing the state at any
moment (`reduce(events[:k])`). Nothing about an interview lives outside its events,
and the state holds everything the engine needs, so the engine keeps no second copy
of the log. The browser folds the same events with `frontend/js/reducer.js`; a parity
test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from interviewer.events import Event, reads


@dataclass
class Current:
    """The question in progress."""

    question_id: str
    asked_seq: int
    exercise: str | None = None
    followups: int = 0
    target: list[str] | None = None      # key points the pending follow-up aims at; None: the question itself
    targets_asked: list[str] = field(default_factory=list)   # every key point a follow-up has aimed at
    hints: int = 0
    nudges: int = 0          # times the interviewer rephrased it for a stuck candidate
    redirects: int = 0       # times it brought an off-topic answer back to it


@dataclass
class GradedAnswer:
    question_id: str
    attempt: str          # "main" | "followup" | "clarify" | "discussion"
    grade: dict[str, Any]
    seq: int              # the event that holds the grade (a moment a replay can jump to)
    answer_seq: int | None


@dataclass
class Answer:
    """An answer recorded and not graded yet (its grade is on the way, or was cut short by a crash)."""

    seq: int
    question_id: str
    attempt: str              # "main" | "followup" | "clarify" | "discussion"
    targets: list[str] | None  # the key points a follow-up aimed at; None: all of the question's
    text: str
    late: bool = False         # sent for a question the interview had already left


@dataclass
class Run:
    run_id: str
    exercise: str
    suite: str
    code: str
    seq: int
    verdict: dict[str, Any] | None = None
    verdict_seq: int | None = None


@dataclass
class State:
    role_id: str = ""
    seed: int | str = 0
    persona: dict[str, Any] = field(default_factory=dict)
    plan: list[dict[str, Any]] = field(default_factory=list)   # [{kind, minutes, questions: [ids]}]
    snapshot: dict[str, Any] = field(default_factory=dict)     # role, questions, exercises as the session began
    section: int = -1
    section_started_at: float = 0.0
    asked: list[str] = field(default_factory=list)             # question ids in the order asked
    current: Current | None = None
    transcript: list[dict[str, Any]] = field(default_factory=list)
    graded: list[GradedAnswer] = field(default_factory=list)
    hints: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    code: dict[str, str] = field(default_factory=dict)         # exercise -> latest code
    runs: dict[str, Run] = field(default_factory=dict)
    fallback: str | None = None
    ended: str | None = None
    scorecard: dict[str, Any] | None = None
    last_answer_seq: int | None = None
    awaiting_reply: int | None = None                           # a candidate message the interviewer has not answered
    ungraded: list[Answer] = field(default_factory=list)
    count: int = 0                                              # events applied
    now: float = 0.0                                            # time of the last event

    @property
    def section_kind(self) -> str | None:
        return self.plan[self.section]["kind"] if 0 <= self.section < len(self.plan) else None

    def section_questions(self, section: int | None = None) -> list[str]:
        index = self.section if section is None else section
        return list(self.plan[index]["questions"]) if 0 <= index < len(self.plan) else []

    def unasked_in_section(self) -> list[str]:
        return [q for q in self.section_questions() if q not in self.asked]

    def section_deadline(self) -> float:
        return self.section_started_at + 60 * self.plan[self.section]["minutes"] if self.section >= 0 else 0.0

    def grades_for(self, question_id: str) -> list[GradedAnswer]:
        return [g for g in self.graded if g.question_id == question_id]


def reduce(events: list[Event]) -> State:
    state = State()
    for event in events:
        apply(state, event)
    return state


def apply(state: State, event: Event) -> State:
    seq = state.count
    state.count += 1
    state.now = max(state.now, float(event["at"]))
    _HANDLERS[event["type"]](state, event, seq)
    return state


def _said(state: State, e: Event, seq: int, **extra: Any) -> None:
    """A transcript line, worded as the event declares (`events.reads`); whatever the interviewer
    or the interview says next answers the candidate's last message."""
    line = reads(e)
    state.transcript.append({"who": line.who, "text": line.text, "at": e["at"], "seq": seq, **extra})
    if line.who != "candidate":
        state.awaiting_reply = None


def _session_started(state: State, e: Event, seq: int) -> None:
    state.role_id, state.seed = e["role_id"], e["seed"]
    state.persona, state.plan = e["persona"], e["plan"]
    state.snapshot = {k: e[k] for k in ("role", "questions", "exercises", "model") if k in e}


def _section_started(state: State, e: Event, seq: int) -> None:
    state.section, state.section_started_at = e["section"], e["at"]
    state.current = None
    state.awaiting_reply = None


def _interviewer_said(state: State, e: Event, seq: int) -> None:
    question_id = e.get("question_id")
    _said(state, e, seq, purpose=e["purpose"], question_id=question_id, exercise=e.get("exercise"))
    if e["purpose"] == "question" and question_id:
        state.current = Current(question_id, seq, exercise=e.get("exercise"))
        if question_id not in state.asked:
            state.asked.append(question_id)
    elif state.current and question_id == state.current.question_id:
        if e["purpose"] in ("followup", "nudge"):   # a nudge may ask a narrower follow-up: asked all the same
            state.current.targets_asked += [t for t in e.get("targets") or []
                                            if t not in state.current.targets_asked]
        if e["purpose"] == "followup":
            state.current.followups += 1
            state.current.target = e.get("targets")
        elif e["purpose"] == "nudge":
            state.current.nudges += 1
        elif e["purpose"] == "redirect":
            state.current.redirects += 1


def _candidate_said(state: State, e: Event, seq: int) -> None:
    question_id = e.get("question_id")
    _said(state, e, seq, question_id=question_id, reading=e.get("reading", "answer"))
    state.last_answer_seq = state.awaiting_reply = seq
    graded = e["attempt"] is not None if "attempt" in e else question_id is not None   # older logs: every answer
    if graded:
        current = state.current if state.current and state.current.question_id == question_id else None
        attempt = e.get("attempt") or ("followup" if current and (current.followups or current.target) else "main")
        targets = e["targets"] if "targets" in e else (current.target if current else None)
        state.ungraded.append(Answer(seq, question_id, attempt, targets, e["text"], bool(e.get("late"))))


def _answer_graded(state: State, e: Event, seq: int) -> None:
    state.graded.append(GradedAnswer(e["question_id"], e["attempt"], e["grade"], seq, e.get("answer_seq")))
    answered = next((a for a in state.ungraded if a.seq == e.get("answer_seq")), None) or \
        next((a for a in state.ungraded if a.question_id == e["question_id"]), None)
    if answered:
        state.ungraded.remove(answered)


def _hint_given(state: State, e: Event, seq: int) -> None:
    _said(state, e, seq, purpose="hint", question_id=e["question_id"], level=e["level"], penalty=e.get("penalty"))
    state.hints[e["question_id"]] = state.hints.get(e["question_id"], 0) + 1
    if state.current and state.current.question_id == e["question_id"]:
        state.current.hints += 1


def _question_skipped(state: State, e: Event, seq: int) -> None:
    _said(state, e, seq, kind="skipped", question_id=e["question_id"])
    state.skipped.append(e["question_id"])
    if state.current and state.current.question_id == e["question_id"]:
        state.current = None


def _code_changed(state: State, e: Event, seq: int) -> None:
    state.code[e["exercise"]] = e["code"]


def _code_ran(state: State, e: Event, seq: int) -> None:
    state.code[e["exercise"]] = e["code"]
    state.runs[e["run_id"]] = Run(e["run_id"], e["exercise"], e["suite"], e["code"], seq)


def _verdict(state: State, e: Event, seq: int) -> None:
    run = state.runs.get(e["run_id"])
    if run:
        run.verdict, run.verdict_seq = e["verdict"], seq


def _time_up(state: State, e: Event, seq: int) -> None:
    _said(state, e, seq, kind="time_up")
    state.current = None


def _fallback(state: State, e: Event, seq: int) -> None:
    state.fallback = e["reason"]


def _session_ended(state: State, e: Event, seq: int) -> None:
    _said(state, e, seq, kind="ended")
    state.ended = e["reason"]
    state.current = None


def _scorecard(state: State, e: Event, seq: int) -> None:
    state.scorecard = e["scorecard"]


_HANDLERS = {
    "session_started": _session_started,
    "section_started": _section_started,
    "interviewer_said": _interviewer_said,
    "candidate_said": _candidate_said,
    "answer_graded": _answer_graded,
    "hint_given": _hint_given,
    "question_skipped": _question_skipped,
    "code_changed": _code_changed,
    "code_ran": _code_ran,
    "verdict": _verdict,
    "time_up": _time_up,
    "interviewer_fallback": _fallback,
    "session_ended": _session_ended,
    "scorecard": _scorecard,
    "regraded": _scorecard,   # a kept re-grade: its scorecard is the one shown from then on
}
