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
