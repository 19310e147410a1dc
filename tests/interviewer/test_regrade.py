"""Re-grading a finished session with today's grader and rubric, old and new side by side."""

import asyncio

import pytest

from interviewer.regrade import NotFinished, regrade, regraded_fields
from interviewer.scorecard import build_scorecard
from interviewer.snapshot import SessionRubric
from interviewer.state import reduce
from rubric import copy_rubric, load_rubric
from tests.interviewer.test_engine import new_interview, strong_answer

@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


def finished_session(rubric, answers: int = 3) -> list[dict]:
    interview, events = new_interview(rubric)

    async def play():
        await interview.start("data_scientist", seed=5)
        for _ in range(answers):
            question = rubric.question(interview.state.current.question_id)
            await interview.answer(strong_answer(question, interview.state.current.target))
        await interview.end()

    asyncio.run(play())
    return events


def as_an_older_grader_left_it(events: list[dict], rubric, score: float) -> list[dict]:
    """The same session, as if an older grader had given every answer `score` (and its scorecard followed)."""
    old = [{**e, "grade": {**e["grade"], "score": score}} if e["type"] == "answer_graded" else e for e in events]
    end = next(i for i, e in enumerate(old) if e["type"] == "scorecard")
    state = reduce(old[:end])
    old[end] = {**old[end], "scorecard": build_scorecard(state, SessionRubric(state.snapshot, rubric))}
    return old


def test_an_unchanged_grader_gives_the_same_scores(rubric):
    events = finished_session(rubric)
    result = regrade(events, rubric)
    assert result["old"] == result["new"] and result["answers"]
    assert all(a["old"] == a["new"] for a in result["answers"])


def test_old_and_new_are_side_by_side_per_answer_and_per_question(rubric):
    events = as_an_older_grader_left_it(finished_session(rubric), rubric, score=0.05)
    result = regrade(events, rubric)
    assert all(a["old"] == 0.05 and a["new"] > 0.05 for a in result["answers"])
    assert result["new"]["overall"] > result["old"]["overall"]
    answered = [q for q in result["questions"] if q["status"] == "answered"]
    assert answered and all(q["new"] > q["old"] for q in answered)
    assert events[-1]["type"] != "regraded"   # computing a re-grade writes nothing


def test_the_current_rubric_is_used_where_it_still_has_the_question(rubric, tmp_path):
    events = finished_session(rubric, answers=1)
    question_id = reduce(events).asked[0]
    copy = copy_rubric(tmp_path / "rubric")
    path = next(p for p in (copy / "questions").iterdir() if f"id: {question_id}\n" in p.read_text())
    text = path.read_text()
    start = text.index(f"  - id: {question_id}\n")
    prompt_at = text.index("    prompt:", start)
    path.write_text(text[:prompt_at] + text[prompt_at:].replace("    prompt: >-\n", "    prompt: >-\n      (Edited.)", 1))
    result = regrade(events, load_rubric(copy))
    assert next(q for q in result["questions"] if q["question_id"] == question_id)["prompt"].startswith("(Edited.)")


def test_a_kept_regrade_is_an_event_that_replaces_the_scorecard_shown(rubric):
    events = as_an_older_grader_left_it(finished_session(rubric), rubric, score=0.05)
    result = regrade(events, rubric)
    interview, stored = new_interview(rubric, events=events)
    asyncio.run(interview.keep_regrade(regraded_fields(result)))
    assert stored[-1]["type"] == "regraded" and stored[-1]["previous"] == result["old"]
    assert reduce(stored).scorecard == result["scorecard"]
    assert [e["grade"]["score"] for e in stored if e["type"] == "answer_graded"] == [0.05] * len(result["answers"])


def test_only_a_finished_session_can_be_regraded(rubric):
    interview, events = new_interview(rubric)
    asyncio.run(interview.start("data_scientist", seed=5))
    with pytest.raises(NotFinished):
        regrade(events, rubric)
