"""One event vocabulary: every reader of events agrees with `interviewer/events.py`.

Read top to bottom: the declarations check what is made and stored; every declared type
has a handler in both reducers, a label on the replay timeline and (when it says
something) a line in the transcript; the Python and JavaScript reducers fold real
interviews to the same state; logs recorded before the vocabulary changed still replay
and resume; the protocol document's table is the generated one; and the one sentence
that sums up a verdict is the same in Python and in the browser.

`recorded/*.json` are interviews recorded with commit afe675c (the event shapes before
versions existed): a full MLE interview with hints, a skip, a Run and a Submit; one ended
early; one whose first section ran out of time; one whose LLM provider was down.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re
from pathlib import Path

import pytest

from interviewer import state as state_module
from interviewer.engine import Interview
from interviewer.events import EVENTS, PURPOSES, EventError, make, protocol_table, reads, upgrade, validate, \
    verdict_summary
from interviewer.grading.offline import OfflineGrader
from interviewer.scorecard import build_scorecard
from interviewer.snapshot import SessionRubric
from interviewer.state import reduce
from rubric import load_rubric
from tests.node import run_js

ROOT = Path(__file__).resolve().parents[2]
RECORDED = sorted((Path(__file__).parent / "recorded").glob("*.json"))


def recorded(path: Path) -> list[dict]:
    return json.loads(path.read_text())


def upgraded(path: Path) -> list[dict]:
    return [validate(upgrade(e)) for e in recorded(path)]


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


# ------------------------------------------------------------------ the declarations


def test_make_stamps_the_version_and_checks_the_fields():
    event = make("hint_given", 3.14159, question_id="q", level=1, text="Think about variance.")
    assert event == {"type": "hint_given", "v": 1, "at": 3.142, "question_id": "q", "level": 1,
                     "text": "Think about variance."}
    for bad in (dict(question_id="q", level="one", text="x"), dict(question_id="q", level=1),
                dict(question_id=None, level=1, text="x")):
        with pytest.raises(EventError):
            make("hint_given", 1.0, **bad)
    with pytest.raises(EventError, match="purpose"):
        make("interviewer_said", 1.0, text="hi", purpose="shouting")
    with pytest.raises(EventError, match="unknown event type"):
        make("mind_read", 1.0)


def test_an_event_of_a_version_this_hotseat_does_not_know_is_refused():
    with pytest.raises(EventError, match="unknown version"):
        upgrade({"type": "time_up", "v": 7, "at": 1.0, "section": 0})
    with pytest.raises(EventError, match="must be version"):
        validate({"type": "time_up", "at": 1.0, "section": 0})   # stored events carry their version


@pytest.mark.parametrize("path", RECORDED, ids=lambda p: p.stem)
def test_recorded_logs_upgrade_to_todays_shapes(path):
    for old, new in zip(recorded(path), upgraded(path)):
        assert "v" not in old and new["v"] == EVENTS[old["type"]].version
        assert {k: v for k, v in new.items() if k not in ("v", "exercises")} == old
    started = upgraded(path)[0]
    assert started["type"] == "session_started" and started["exercises"] == {}


# ------------------------------------------------------------------ every reader knows every type


def test_the_python_reducer_handles_exactly_the_declared_types():
    assert set(state_module._HANDLERS) == set(EVENTS)


def test_the_javascript_reducer_handles_exactly_the_declared_types():
    handled = run_js('import { HANDLERS } from "@/reducer.js";\nprint(Object.keys(HANDLERS));')
    assert set(handled) == set(EVENTS)


def test_the_replay_timeline_labels_every_declared_type():
    source = (ROOT / "frontend/js/timeline.js").read_text()
    for function in ("describe", "markerClass"):
        body = source.split(f"export function {function}(event)", 1)[1].split("\n}\n", 1)[0]
        cases = set(re.findall(r'case "(\w+)"', body))
        assert cases <= set(EVENTS), f"{function} names types nobody declares: {cases - set(EVENTS)}"
        if function == "describe":
            assert cases == set(EVENTS), f"describe() has no label for {set(EVENTS) - cases}"


def test_the_transcript_labels_every_purpose():
    source = (ROOT / "frontend/js/ui/transcript.js").read_text()
    labels = source.split("const PURPOSE_LABELS = {", 1)[1].split("};", 1)[0]
    assert set(re.findall(r"(\w+):", labels)) == set(PURPOSES)


@pytest.mark.parametrize("path", RECORDED, ids=lambda p: p.stem)
def test_every_event_that_says_something_reads_as_a_line(path):
    for event in upgraded(path):
        line = reads(event)
        if event["type"] in ("session_started", "code_changed", "scorecard", "interviewer_fallback"):
            assert line is None
            continue
        assert line.who in ("interviewer", "candidate", "system") and line.text.strip(), event["type"]
        if EVENTS[event["type"]].said_by:
            assert (line.who, line.text) == (EVENTS[event["type"]].said_by, event["text"])


def test_the_protocol_document_carries_the_generated_table():
    document = (ROOT / "docs/protocol.md").read_text()
    table = document.split("<!-- events:begin -->\n", 1)[1].split("<!-- events:end -->", 1)[0]
    assert table.strip() == protocol_table().strip(), \
        "docs/protocol.md is out of date: run `python -m interviewer.events --write docs/protocol.md`"


# ------------------------------------------------------------------ two reducers, one state

PYTHON_ONLY = {"snapshot"}                                  # the engine's frozen rubric
JAVASCRIPT_ONLY = {"runOrder", "lastExercise", "codeSeq"}   # what the pages draw


def snake(name: str) -> str:
    return re.sub(r"[A-Z]", lambda m: "_" + m.group(0).lower(), name)


def from_javascript(state: dict) -> dict:
    """The JS state with its field names in Python's spelling (data keys, such as question ids, stay)."""
    def fields(record):
        return None if record is None else {snake(k): v for k, v in record.items()}

    out = {snake(k): v for k, v in state.items() if k not in JAVASCRIPT_ONLY}
    out["current"] = fields(state["current"])
    out["graded"] = [fields(g) for g in state["graded"]]
    out["runs"] = {run_id: fields(run) for run_id, run in state["runs"].items()}
    out["transcript"] = [fields(t) for t in state["transcript"]]
    out["ungraded"] = [fields(a) for a in state["ungraded"]]
    return out


def from_python(state) -> dict:
    out = dataclasses.asdict(state)
    for name in PYTHON_ONLY:
        del out[name]
    return out


def as_javascript_numbers(value):
    """Integers beyond 2**53 as the browser holds them (logs recorded before verdict seeds fit in 53 bits)."""
    if isinstance(value, dict):
        return {k: as_javascript_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_javascript_numbers(v) for v in value]
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2 ** 53:
        return float(value)
    return value


def prefixes(events: list[dict]) -> list[int]:
    """Where to compare: after every section change and follow-up, and at the end."""
    cuts = {len(events)} | {i + 1 for i, e in enumerate(events)
                            if e["type"] in ("section_started", "answer_graded", "verdict", "time_up")}
    return sorted(cuts)


@pytest.mark.parametrize("path", RECORDED, ids=lambda p: p.stem)
def test_python_and_javascript_fold_a_recorded_interview_to_the_same_state(path):
    events = upgraded(path)
    cuts = prefixes(events)
    folded = run_js('import { reduce } from "@/reducer.js";\n'
                    'print(input.cuts.map((k) => reduce(input.events.slice(0, k))));',
                    {"events": events, "cuts": cuts})
    for cut, js_state in zip(cuts, folded):
        python = as_javascript_numbers(from_python(reduce(events[:cut])))
        javascript = as_javascript_numbers(from_javascript(js_state))
        assert javascript == python, f"{path.stem}: the reducers disagree after {cut} events"


def test_the_state_fields_are_the_same_in_both_reducers():
    """A field added to one reducer and not the other fails here, not in a user's replay."""
    empty = run_js('import { emptyState } from "@/reducer.js";\nprint(emptyState());')
    python = {f.name for f in dataclasses.fields(state_module.State)} - PYTHON_ONLY
    assert {snake(k) for k in empty if k not in JAVASCRIPT_ONLY} == python


# ------------------------------------------------------------------ old logs still replay and resume


@pytest.mark.parametrize("path", RECORDED, ids=lambda p: p.stem)
def test_a_recorded_interview_replays_to_the_scorecard_it_ended_with(path, rubric):
    events = upgraded(path)
    ended_at = next(i for i, e in enumerate(events) if e["type"] == "scorecard")
    state = reduce(events[:ended_at])
    assert state.ended and state.snapshot["questions"]
    stored = events[ended_at]["scorecard"]
    rebuilt = build_scorecard(state, SessionRubric(state.snapshot, rubric))
    numbers = ("role_id", "overall", "band", "thresholds", "categories", "dimensions", "notes")
    assert {k: rebuilt[k] for k in numbers} == {k: stored[k] for k in numbers}
    assert [(a["question_id"], a["status"], a["score"]) for a in rebuilt["answers"]] == [
        (a["question_id"], a["status"], a["score"]) for a in stored["answers"]]
    # the feedback is written anew (in the candidate's words since issue 8); the replay keeps showing the
    # stored scorecard until the session is re-graded


def test_a_recorded_interview_cut_mid_question_resumes_where_it_was(rubric):
    events = upgraded(ROOT / "tests/interviewer/recorded/mle_complete.json")
    cut = next(i for i, e in enumerate(events) if i > 20 and e["type"] == "interviewer_said"
               and e["purpose"] == "question") + 1
    appended = []

    async def sink(event):
        appended.append(validate(event))

    async def resume_and_answer():
        interview = Interview(rubric, grader=OfflineGrader(), clock=lambda: events[cut - 1]["at"] + 30,
                              events=events[:cut], sink=sink)
        asked = interview.state.current.question_id
        await interview.answer("I think it mostly depends on how much data there is and on the model itself.")
        await interview.end()
        return asked, interview.state

    asked, state = asyncio.run(resume_and_answer())
    graded = [e for e in appended if e["type"] == "answer_graded"]
    assert graded and graded[0]["question_id"] == asked and graded[0]["answer_seq"] == cut
    assert state.ended == "ended_by_candidate" and state.scorecard
    assert all(e["v"] == EVENTS[e["type"]].version for e in appended)


# ------------------------------------------------------------------ one sentence per verdict

VERDICTS = [
    {"suite": "hidden", "passed": True, "tests": [{"name": "a", "passed": True}, {"name": "b", "passed": True}]},
    {"suite": "examples", "passed": False, "error": "NameError: name 'x' is not defined\n  line 3",
     "tests": [{"name": "a", "passed": True}, {"name": "b", "passed": False}, {"name": "c", "passed": False}]},
    {"suite": "hidden", "passed": False, "error": "the kernel was killed after 10 s", "tests": []},
    {"suite": "examples", "passed": False, "error": None, "tests": [{"name": "a", "passed": False}]},
    {"suite": "hidden", "passed": True, "error": None, "tests": [{"name": "a", "passed": True}]},
]


def test_python_and_the_browser_sum_up_a_verdict_in_the_same_words():
    browser = run_js('import { verdictSummary } from "@/format.js";\nprint(input.map((v) => verdictSummary(v)));',
                     VERDICTS)
    assert browser == [verdict_summary(v) for v in VERDICTS]
    assert browser[0] == "All 2 hidden tests pass."
    assert browser[1] == "1 of 3 examples pass (NameError: name 'x' is not defined)."
