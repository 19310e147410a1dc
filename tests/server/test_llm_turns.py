"""A slow LLM never holds a connection, another session, or the candidate hostage.

A real server process talks to a scripted OpenAI-compatible server that can be made
slow on demand (the interviewer's voice, or its grades). While a turn waits on the
model: pings are answered, another session's clock keeps its beat and its answers are
answered, a hint, skip or end cuts the turn short, a refresh loses nothing; a grade
still on its way when the candidate skips or ends is recorded; one cut short by a
crash is made after the restart. Durations are not asserted, only order: each check
is "this happened while the slow turn was still going".
"""

from __future__ import annotations

import time

import pytest

from rubric import load_rubric
from tests.interviewer.test_engine import strong_answer
from tests.interviewer.test_llm_interview import model_that_grades_by_the_rubric
from tests.llm_server import slow
from tests.server.harness import Client, ServerProcess

SLOW = 8.0        # seconds the model takes for a slow turn
LONG = 60.0       # a turn nobody should ever wait out


class Model:
    """The scripted model, with knobs: how long the voice and the grades take."""

    def __init__(self):
        self.voice_delay = 0.0
        self.grade_delay = 0.0

    def __call__(self, request):
        reply = model_that_grades_by_the_rubric(request)
        delay = self.grade_delay if request.response_format else self.voice_delay
        return slow(delay, reply) if delay else reply


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


@pytest.fixture
def served(tmp_path, llm_server):
    model = Model()
    llm_server.script(model)
    env = {"HOTSEAT_LLM_MODEL": "openai/scripted", "HOTSEAT_LLM_API_BASE": llm_server.url,
           "HOTSEAT_LLM_API_KEY": "sk-test", "HOTSEAT_LLM_TIMEOUT": str(LONG * 2),
           "HOTSEAT_LLM_GRADE_TIMEOUT": str(LONG * 2)}
    server = ServerProcess(tmp_path / "data", env=env).start()
    yield server, model
    server.stop()


def llm_session(server, role="data_scientist", seed=3) -> Client:
    client = Client(server.ws_url)
    assert client.answered({"type": "start", "role": role, "options": {"interviewer": "llm", "seed": seed}}
                           )["type"] == "ack"
    return client


def answer_now(client: Client, rubric) -> str:
    """Send a strong answer to the current question without waiting; the message id."""
    current = client.state().current
    return client.send({"type": "answer", "text": strong_answer(rubric.question(current.question_id)),
                        "question_id": current.question_id})


def thinking(client: Client) -> None:
    client.until(lambda m: m["type"] == "thinking" and m["speaking"], timeout=30)


def spoke_since(client: Client, seq: int) -> bool:
    """Has the interviewer said anything after event `seq` (among the frames read so far)?"""
    drain(client)
    return any(s > seq and e["type"] == "interviewer_said" for s, e in client.events.items())


def drain(client: Client, seconds: float = 0.1) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            client.receive(timeout=max(0.02, end - time.monotonic()))
        except TimeoutError:
            return


def test_while_the_model_thinks_pings_and_other_sessions_carry_on(served, rubric):
    server, model = served
    other = Client(server.ws_url)
    other.answered({"type": "start", "role": "ml_adjacent_software_engineer", "options": {"seed": 1}})
    client = llm_session(server)

    model.voice_delay = SLOW
    answered_at = client.last_seq()
    answer_id = answer_now(client, rubric)
    thinking(client)
    for i in range(3):   # the socket is read while the turn waits on the model
        ping = client.send({"type": "ping", "t": i})
        client.until(lambda m: m["type"] == "pong" and m["id"] == ping, timeout=SLOW)
    other.until(lambda m: m["type"] == "timer", timeout=SLOW)   # the other session's clock keeps its beat
    question = rubric.question(other.state().current.question_id)
    assert other.answered({"type": "answer", "text": strong_answer(question)})["type"] == "ack"
    assert not spoke_since(client, answered_at + 1), "the slow turn should still be going"

    assert client.reply_to(answer_id, timeout=LONG)["type"] == "ack"
    assert spoke_since(client, answered_at + 1)
    model.voice_delay = 0
    client.close()
    other.close()


@pytest.mark.parametrize("action", ["hint", "skip", "cancel"])
def test_a_hint_a_skip_or_a_cancel_cuts_a_slow_turn_short(served, rubric, action):
    server, model = served
    client = llm_session(server)
    model.voice_delay = LONG
    answered_at = client.last_seq()
    answer_id = answer_now(client, rubric)
    thinking(client)
    model.voice_delay = 0   # the call in flight stays slow; what the action says next is quick
    assert client.answered({"type": action}, timeout=LONG / 2)["type"] == "ack"
    assert client.reply_to(answer_id, timeout=LONG / 2)["type"] == "ack"
    said = [e for s, e in sorted(client.events.items()) if s > answered_at and e["type"] == "interviewer_said"]
    assert said[0]["voice"] == "offline: the candidate did not wait"   # the model's turn, in the offline wording
    kinds = [e["type"] for s, e in sorted(client.events.items()) if s > answered_at]
    if action == "hint":
        assert "hint_given" in kinds
    if action == "skip":
        assert "question_skipped" in kinds
    model.voice_delay = 0
    client.close()


def test_ending_mid_turn_finishes_with_a_scorecard(served, rubric):
    server, model = served
    client = llm_session(server)
    model.voice_delay = LONG
    answer_now(client, rubric)
    thinking(client)
    model.voice_delay = 0
    assert client.answered({"type": "end"}, timeout=LONG / 2)["type"] == "ack"
    assert client.event("scorecard", timeout=LONG / 2)["scorecard"]["band"]
    model.voice_delay = 0
    client.close()


def test_a_refresh_mid_turn_loses_nothing(served, rubric):
    server, model = served
    client = llm_session(server)
    session = client.session
    model.voice_delay = SLOW
    answered_at = client.last_seq()
    answer_now(client, rubric)
    thinking(client)
    seen = client.last_seq()
    client.close()   # the page reloads while the interviewer thinks

    again = Client(server.ws_url)
    again.request({"type": "resume", "session_id": session["session_id"], "token": session["token"],
                   "last_seq": seen})
    said = again.event("interviewer_said", after=answered_at + 1, timeout=LONG)
    assert said["purpose"] in ("followup", "question", "transition")
    assert client.events[answered_at + 1]["type"] == "candidate_said"
    model.voice_delay = 0
    again.close()


def test_grades_still_on_their_way_are_recorded_through_a_skip_and_an_end(served, rubric):
    server, model = served
    client = llm_session(server)
    model.grade_delay = 3.0
    answer_seq = client.last_seq() + 1
    assert client.answered({"type": "answer", "text": strong_answer(rubric.question(
        client.state().current.question_id))})["type"] == "ack"   # the flow did not wait for the grade
    assert client.events[answer_seq]["type"] == "candidate_said"
    assert not any(e["type"] == "answer_graded" for e in client.events.values())
    assert client.answered({"type": "skip"})["type"] == "ack"
    assert client.answered({"type": "end"}, timeout=LONG)["type"] == "ack"
    graded = client.event("answer_graded", timeout=LONG)
    assert graded["answer_seq"] == answer_seq and graded["grade"]["grader"].startswith("llm")
    card = client.event("scorecard", timeout=LONG)["scorecard"]
    assert any(a["graders"] and a["graders"][0].startswith("llm") for a in card["answers"])
    model.grade_delay = 0
    client.close()


def test_a_grade_cut_short_by_a_crash_is_made_after_the_restart(served, rubric):
    server, model = served
    client = llm_session(server)
    session = client.session
    model.grade_delay = LONG
    answer_seq = client.last_seq() + 1
    assert client.answered({"type": "answer", "text": strong_answer(rubric.question(
        client.state().current.question_id))})["type"] == "ack"
    server.kill()
    model.grade_delay = 0
    server.start()
    again = Client(server.ws_url)
    again.request({"type": "resume", "session_id": session["session_id"], "token": session["token"]})
    graded = again.event("answer_graded", timeout=LONG)
    assert graded["answer_seq"] == answer_seq and graded["grade"]["grader"].startswith("llm")
    again.close()
