"""A whole interview through a real model (SmolLM2-135M over llama.cpp), over the websocket.

The model is tiny and its judgement is noise, so nothing here asserts on what it says or
what it scores. What must hold whatever it says: the interview reaches its scorecard; every
interviewer line is either the model's (checked) words or the offline wording with the
reason recorded; every key point the model's grades count comes with a quote that is in
the candidate's answer; a grade the model could not make falls back and says so; and the
model is named where the candidate looks.

The role is `tests/data/quick_check.yaml` (one breadth question, then the candidate's
question), so the test costs seconds of model time, not minutes.
"""

from __future__ import annotations

import shutil

import pytest

from interviewer.grading.llm import quoted_in
from rubric import copy_rubric
from tests.model_server import real_model  # noqa: F401 - a fixture, used by name
from tests.server.harness import ROOT, Client, ServerProcess

QUICK = ROOT / "tests" / "data" / "quick_check.yaml"


def rubric_with_the_quick_role(folder):
    copy_rubric(folder)
    shutil.copy(QUICK, folder / "roles" / QUICK.name)
    return folder


@pytest.fixture(scope="module")
def served(tmp_path_factory, real_model):  # noqa: F811 - the fixture
    folder = tmp_path_factory.mktemp("real-model")
    env = {"HOTSEAT_LLM_MODEL": real_model.model, "HOTSEAT_LLM_API_BASE": real_model.url,
           "HOTSEAT_RUBRIC": str(rubric_with_the_quick_role(folder / "rubric")),
           "HOTSEAT_LLM_TIMEOUT": "60", "HOTSEAT_LLM_GRADE_TIMEOUT": "120"}
    server = ServerProcess(folder / "data", env=env).start()
    yield server, real_model
    server.stop()


ANSWERS = [
    "L1 adds the absolute values of the weights to the loss and pushes many of them to exactly zero, so it "
    "selects features. L2 adds the squared weights and shrinks all of them smoothly, which helps when many "
    "features matter a little.",
    "I'm not sure about the rest, honestly.",
    "Another point: a penalty trades some bias for less variance, so I would tune its strength on validation data.",
]


def test_a_whole_interview_through_a_real_model(served):
    server, model = served
    client = Client(server.ws_url)
    started = client.answered({"type": "start", "role": "quick_check", "options": {"interviewer": "llm"}},
                              timeout=300)
    assert started["type"] == "ack", started
    assert client.session["model"] and model.model in client.session["model"]
    said: list[str] = []
    for _ in range(8):
        state = client.state()
        if state.ended:
            break
        text = ANSWERS[len(said) % len(ANSWERS)] if state.current else "What does a typical week look like for you?"
        reply = client.answered({"type": "answer", "text": text}, timeout=300)
        assert reply["type"] == "ack", reply
        said.append(text)
    card = client.event("scorecard", timeout=600)["scorecard"]
    assert card["band"] and card["model"] and model.model in card["model"]

    events = [client.events[i] for i in sorted(client.events)]
    lines = [e for e in events if e["type"] == "interviewer_said"]
    assert lines and all(e["text"].strip() for e in lines)
    for line in lines:   # the model's words, or the offline wording and why
        assert "voice" not in line or line["voice"].startswith("offline: ")
    graded = [e for e in events if e["type"] == "answer_graded"]
    assert graded
    answers = {e["text"] for e in events if e["type"] == "candidate_said"}
    # on a slow machine the model may fail often enough that the interview continues offline, and says so
    fell_back = min((seq for seq, e in client.events.items() if e["type"] == "interviewer_fallback"), default=None)
    for seq, event in sorted(client.events.items()):
        if event["type"] != "answer_graded":
            continue
        grade = event["grade"]
        offline_after_notice = fell_back is not None and seq > fell_back and grade["grader"] == "offline"
        assert grade["grader"].startswith(("llm", "offline (fallback: ")) or offline_after_notice, grade["grader"]
        if grade["grader"].startswith("llm"):
            for point in grade["covered"]:   # every point the model counted is quoted from the answer
                assert any(quoted_in(grade["evidence"][point], text) for text in answers), (point, grade)
    assert any(f"Interviewer: {card['model']}" in note for note in card["notes"])
    client.close()
