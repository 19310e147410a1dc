"""The LLM interviewer in the browser: offered on the start page when the server has a model,
its words stream in from `token` messages, a checked sentence at a time, while the room says
the interviewer is thinking, and are replaced by the complete message.

The model is tests/llm_server.py: a real OpenAI-compatible HTTP server on loopback that
streams slowly, so the streaming bubble can be seen before the message lands.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.llm_server import LLMServer, paced, say
from tests.server.harness import ServerProcess


@pytest.fixture(scope="module")
def llm():
    with LLMServer() as model:
        # two sentences: the room shows the first (checked) while the model is still writing the second
        model.script(lambda request: paced(0.3, say("Good ", "to ", "meet ", "you. ", "Let's ", "take ", "it ",
                                                    "step ", "by ", "step.")))
        yield model


@pytest.fixture(scope="module")
def server(tmp_path_factory, llm):
    process = ServerProcess(tmp_path_factory.mktemp("ui-llm") / "data", env={
        "HOTSEAT_LLM_MODEL": "openai/scripted", "HOTSEAT_LLM_API_BASE": llm.url, "HOTSEAT_LLM_API_KEY": "test",
    }).start()
    yield process
    process.stop()


def test_the_llm_interviewer_streams_its_words(page, shots):
    page.goto("/")
    llm_choice = page.locator("input[name=interviewer][value=llm]")
    expect(llm_choice).to_be_enabled()
    expect(page.locator(".choice").nth(1)).to_contain_text("openai/scripted")
    llm_choice.check()
    page.locator("input[name=role][value=data_scientist]").check()
    page.get_by_role("button", name="Begin interview").click()
    page.wait_for_url(re.compile(r"/interview/s-[\w-]+$"))

    streaming = page.locator(".transcript .msg-streaming")
    expect(streaming).to_be_visible()
    expect(streaming).to_contain_text("Good to meet you.")
    expect(page.locator(".thinking-bar")).to_contain_text("is thinking")
    shots.take(page, "llm-streaming")
    greeting = page.locator(".transcript .msg-greeting")
    expect(greeting).to_contain_text("Good to meet you. Let's take it step by step.", timeout=20_000)
    expect(page.locator(".transcript .msg-question").first).to_be_visible(timeout=30_000)
    expect(streaming).to_have_count(0)
    expect(page.locator(".transcript .msg-greeting")).to_have_count(1)
