"""The LLM interviewer in the browser, with a real model behind it (SmolLM2-135M over llama.cpp).

A short role (tests/data/quick_check.yaml) is played through the room from the start page
to the scorecard. The model's words are noise; what is checked is that the room works with
a real model: it says where answers go, shows when the interviewer is thinking, keeps the
socket open through every turn (no "Reconnecting…"), and the scorecard names the model.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.model_server import real_model  # noqa: F401 - a fixture, used by name
from tests.server.harness import ServerProcess
from tests.server.test_real_model import rubric_with_the_quick_role
from tests.ui.test_app import wait_for_turn

ANSWER = ("L1 adds the absolute values of the weights and drives many of them to exactly zero; L2 adds the "
          "squared weights and shrinks them smoothly.")


@pytest.fixture(scope="module")
def server(tmp_path_factory, real_model):  # noqa: F811 - the fixture
    folder = tmp_path_factory.mktemp("ui-real-model")
    process = ServerProcess(folder / "data", env={
        "HOTSEAT_LLM_MODEL": real_model.model, "HOTSEAT_LLM_API_BASE": real_model.url,
        "HOTSEAT_RUBRIC": str(rubric_with_the_quick_role(folder / "rubric")),
        "HOTSEAT_LLM_TIMEOUT": "60", "HOTSEAT_LLM_GRADE_TIMEOUT": "120"}).start()
    yield process
    process.stop()


def test_a_short_interview_with_a_real_model(page, shots, real_model):  # noqa: F811
    page.goto("/")
    page.locator("input[name=interviewer][value=llm]").check()
    expect(page.locator(".choice").nth(1)).to_contain_text("Your answers are sent to that model")
    page.locator("input[name=role][value=quick_check]").check()
    page.get_by_role("button", name="Begin interview").click()
    page.wait_for_url(re.compile(r"/interview/s-[\w-]+$"))
    expect(page.locator(".model-notice")).to_contain_text(real_model.model)

    for turn in range(6):
        wait_for_turn(page, timeout=300_000)
        if page.locator(".ended-banner").is_visible():
            break
        page.locator("#answer").fill(ANSWER if turn < 3 else "What does the team work on?")
        page.get_by_role("button", name="Send").click()
        expect(page.locator("#answer")).to_have_value("", timeout=120_000)   # stored, so the box is cleared
        expect(page.locator(".conn")).to_have_class(re.compile("conn-open"))  # the socket never dropped
        if turn == 0:
            shots.take(page, "real-model-room")
    else:
        page.get_by_role("button", name="End interview").click()
        page.get_by_role("dialog").get_by_role("button", name="End interview").click()

    expect(page.get_by_role("link", name="Open your scorecard")).to_be_visible(timeout=300_000)
    page.get_by_role("link", name="Open your scorecard").click()
    expect(page.locator(".page-head")).to_contain_text(f"LLM interviewer: {real_model.model}")
    shots.take(page, "real-model-scorecard", full_page=True)
