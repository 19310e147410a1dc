"""One event loop per test module for the LLM tests, as in the server: litellm keeps per-loop state
(its HTTP clients and background logging), so a fresh loop per call would leak and warn.

    from tests.llm_loop import one_event_loop, run  # noqa: F401 - the fixture is used by name
"""

from __future__ import annotations

import asyncio

import pytest

from interviewer.llm import warm_up

_loop: asyncio.AbstractEventLoop | None = None


@pytest.fixture(scope="module", autouse=True)
def one_event_loop():
    global _loop
    warm_up().join()   # as the server does at start-up, so no test pays the import in its timeout
    _loop = asyncio.new_event_loop()
    yield
    _loop.run_until_complete(asyncio.sleep(0.05))   # let litellm's background logging finish
    _loop.close()
    _loop = None


def run(coroutine):
    return _loop.run_until_complete(coroutine)
