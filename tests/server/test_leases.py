"""One session, one driver: two real servers on one data folder never interleave a session's events.

Each server holds a lease on the sessions it drives (renewed while they are live in its hub);
the other refuses to drive them, says why, and writes nothing; it may still read them. A
server that dies is taken over at once on the same machine (its process is gone), and one that
stops answering (SIGSTOP) when its lease expires; when it wakes, its writes are refused.
"""

from __future__ import annotations

import os
import signal
import time

import httpx

from tests.server.harness import Client, ServerProcess


def start_session(server: ServerProcess) -> tuple[Client, dict]:
    client = Client(server.ws_url)
    session = client.request({"type": "start", "role": "data_scientist", "options": {"seed": 4}})
    client.until(lambda m: m["type"] == "ack")
    return client, session


def resume(server: ServerProcess, session: dict) -> tuple[Client, dict]:
    client = Client(server.ws_url)
    reply = client.request({"type": "resume", "session_id": session["session_id"], "token": session["token"],
                            "last_seq": -1})
    if reply["type"] == "session":
        client.until(lambda m: m.get("id") == reply["id"] and m["type"] in ("ack", "error"))
    return client, reply


def resume_when_free(server: ServerProcess, session: dict, deadline: float = 60.0) -> Client:
    """Resume as soon as the server agrees to drive the session (polling; no duration is asserted)."""
    end = time.monotonic() + deadline
    while True:
        client, reply = resume(server, session)
        if reply["type"] == "session":
            return client
        assert reply["code"] == "leased" and time.monotonic() < end, reply
        client.close()
        time.sleep(0.2)


def answer(client: Client, text: str) -> dict:
    return client.answered({"type": "answer", "text": text})


def test_a_second_server_refuses_to_drive_a_session_until_the_first_lets_go(tmp_path):
    data = tmp_path / "data"
    env = {"HOTSEAT_LEASE_SECONDS": "3"}
    first = ServerProcess(data, env=env).start()
    second = ServerProcess(data, env=env).start()
    try:
        alice, session = start_session(first)
        assert answer(alice, "Bias is error from wrong assumptions.")["type"] == "ack"

        bob, refused = resume(second, session)
        assert refused["type"] == "error" and refused["code"] == "leased"
        assert "another server" in refused["message"]
        bob.close()
        replay = httpx.get(f"{second.url}/api/sessions/{session['session_id']}/replay",
                           headers={"authorization": f"Bearer {session['token']}"})
        assert replay.status_code == 200                  # reading is never refused
        assert replay.json()["events"] == [alice.events[i] for i in sorted(alice.events)]

        # The first server stops answering (frozen, not dead): once its lease expires the second takes over.
        os.killpg(first.process.pid, signal.SIGSTOP)
        try:
            bob = resume_when_free(second, session)
            assert answer(bob, "Variance is error from sensitivity to the sample.")["type"] == "ack"
        finally:
            os.killpg(first.process.pid, signal.SIGCONT)
        # Woken, the first server may not write to the session any more: its candidate is told why.
        late = answer(alice, "This answer was sent to the server that lost the session.")
        assert late["type"] == "error" and late["code"] == "leased", late

        events = httpx.get(f"{second.url}/api/sessions/{session['session_id']}/replay",
                           headers={"authorization": f"Bearer {session['token']}"}).json()["events"]
        said = [e["text"] for e in events if e["type"] == "candidate_said"]
        assert said == ["Bias is error from wrong assumptions.", "Variance is error from sensitivity to the sample."]
        assert [e for e in events if e["type"] == "session_started"] == [events[0]]   # one interview, one plan
        assert [bob.events[i] for i in sorted(bob.events)] == events[:len(bob.events)]
        bob.close()
        alice.close()
    finally:
        first.stop()
        second.stop()


def test_a_server_that_died_is_taken_over_at_once_on_the_same_machine(tmp_path):
    """Its lease would last ten minutes, but its process is gone, so the lease binds nobody."""
    data = tmp_path / "data"
    env = {"HOTSEAT_LEASE_SECONDS": "600"}
    first = ServerProcess(data, env=env).start()
    second = ServerProcess(data, env=env).start()
    try:
        alice, session = start_session(first)
        bob, refused = resume(second, session)
        assert refused["code"] == "leased"
        bob.close()
        first.kill()
        bob = resume_when_free(second, session, deadline=20)
        assert answer(bob, "Regularization trades variance for bias.")["type"] == "ack"
        bob.close()
    finally:
        first.stop()
        second.stop()


def test_a_finished_session_driven_elsewhere_is_not_regraded_here(tmp_path):
    data = tmp_path / "data"
    first = ServerProcess(data).start()
    second = ServerProcess(data).start()
    try:
        alice, session = start_session(first)
        alice.answered({"type": "end"})
        alice.event("scorecard")
        path = f"/api/sessions/{session['session_id']}/regrade"
        owner = {"authorization": f"Bearer {session['token']}"}
        assert httpx.get(second.url + path, headers=owner).status_code == 200     # a preview only reads
        kept = httpx.post(second.url + path, headers=owner)
        assert kept.status_code == 409 and "another server" in kept.json()["detail"]
        assert httpx.post(first.url + path, headers=owner).status_code == 200
        alice.close()
    finally:
        first.stop()
        second.stop()
