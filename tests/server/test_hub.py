"""The session hub in-process: sessions leave memory when idle and come back from the store."""

import asyncio
import time

from rubric import RubricStore
from server import hub as hub_module
from server.hub import SessionHub
from server.store import Store


class Sink:
    def __init__(self):
        self.messages = []

    async def send(self, message):
        self.messages.append(message)


def test_an_idle_session_leaves_memory_and_comes_back_whole(tmp_path, monkeypatch):
    async def scenario():
        store = Store(tmp_path)
        hub = SessionHub(store, RubricStore(), runner=None)
        live, new = await hub.create("data_scientist", "offline", None)
        connection = Sink()
        await hub.attach(live, connection)
        async with live.lock:
            await live.interview.start("data_scientist", seed=1)
            await live.interview.hint()
        events = store.events(new.session_id)
        hub.detach(live, connection)
        monkeypatch.setattr(hub_module, "IDLE_EVICT", 0.0)
        time.sleep(0.01)
        hub._evict_idle()
        assert new.session_id not in hub.live
        again = hub.get(new.session_id)
        assert again is not live and again.interview.state == live.interview.state
        assert again.interview.state.count == len(events) and again.interview.state.hints == {
            live.interview.state.current.question_id: 1}
        assert any(m["type"] == "event" for m in connection.messages)
        store.close()

    asyncio.run(scenario())


class Runner:
    """Kernels' stand-in: answers every check with the verdict it was given (a real `Verdict`)."""

    def __init__(self, verdict):
        self.verdict = verdict

    async def check(self, exercise, code, suite, session=None):
        return self.verdict


async def _submit(tmp_path, verdict):
    """Start a session, go to its coding exercise, submit; return the stored events once the run is judged."""
    store = Store(tmp_path)
    hub = SessionHub(store, RubricStore(), runner=Runner(verdict))
    live, new = await hub.create("ml_adjacent_software_engineer", "offline", None)
    async with live.lock:
        await live.interview.start("ml_adjacent_software_engineer", seed=1)
    while not live.interview.state.current.exercise:
        await hub.turn(live, live.interview.skip)
    exercise = live.interview.state.current.exercise
    await hub.run_code(live, exercise, "def causal_mask(n):\n    raise ValueError('x')\n", "hidden")
    await asyncio.gather(live.running, return_exceptions=True)
    await hub.close()
    events = store.events(new.session_id)
    store.close()
    return events


def _verdict(**fields):
    from kernels.verdict import Verdict
    from reference.exercise import TestResult

    base = dict(exercise="causal_mask", suite="hidden", duration_ms=3.0, sandboxed=True,
                tests=[TestResult(name="seq_len == 1", passed=False, message="raised ValueError")])
    return Verdict(**{**base, **fields})


def test_a_verdict_holding_a_lone_surrogate_is_stored_not_left_pending(tmp_path):
    events = asyncio.run(_submit(tmp_path, _verdict(error="ValueError: bad \ud800 value")))
    verdicts = [e for e in events if e["type"] == "verdict"]
    assert len(verdicts) == 1 and verdicts[0]["verdict"]["error"] == "ValueError: bad \ufffd value"


def test_a_verdict_the_store_refuses_is_recorded_as_a_failed_verdict(tmp_path):
    """Whatever makes a verdict unstorable, the run is not left pending (re-run and crashing again
    after every restart): a failed verdict saying so takes its place."""
    unstorable = _verdict(output={"not", "json"})
    events = asyncio.run(_submit(tmp_path, unstorable))
    verdicts = [e for e in events if e["type"] == "verdict"]
    assert len(verdicts) == 1
    assert not verdicts[0]["verdict"]["passed"] and "could not be stored" in verdicts[0]["verdict"]["error"]
    runs = {e["run_id"] for e in events if e["type"] == "code_ran"}
    assert runs == {verdicts[0]["run_id"]}
