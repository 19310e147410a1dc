"""The server over real websockets and HTTP on loopback, with real kernels and a real SQLite file."""

import json
import time

import httpx
import pytest

from rubric import load_rubric
from tests.interviewer.test_engine import strong_answer
from tests.server.harness import ROOT, Client, ServerProcess, running_server

CORRECT = {
    "softmax": "attention", "causal_mask": "attention", "attention": "attention",
    "multi_head_attention": "attention", "grouped_query_attention": "attention",
}


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("data")) as process:
        yield process


def reference_code(exercise: str) -> str:
    from reference import get

    return (ROOT / "reference" / "solutions" / f"{get(exercise).solution}.py").read_text()


def play_until_done(client: Client, rubric, *, steps: int = 120, submit_wrong_first: bool = True) -> None:
    """Answer, hint, run and submit like a candidate until the scorecard arrives."""
    for _ in range(steps):
        state = client.state()
        if state.ended:
            return
        current = state.current
        if current is None:
            assert client.answered({"type": "answer", "text": "How do you measure success in this team?"})["type"] == "ack"
            continue
        if current.exercise and not any(r.suite == "hidden" and r.verdict for r in state.runs.values()):
            if submit_wrong_first and not state.runs:
                before = client.last_seq()
                client.answered({"type": "run", "exercise": current.exercise, "code": "def nothing(): pass"})
                assert not client.event("verdict", after=before)["verdict"]["passed"]
            before = client.last_seq()
            client.answered({"type": "submit", "exercise": current.exercise, "code": reference_code(current.exercise)})
            assert client.event("verdict", after=before, timeout=90)["verdict"]["suite"] == "hidden"
            continue
        question = rubric.question(current.question_id)
        reply = client.answered({"type": "answer", "text": strong_answer(question, current.target)})
        assert reply["type"] == "ack", reply
    raise AssertionError("the interview did not finish")


def drain(client: Client, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            client.receive(timeout=max(0.05, end - time.monotonic()))
        except TimeoutError:
            return


def test_a_whole_interview_from_start_to_scorecard(server, rubric):
    client = Client(server.ws_url)
    session = client.request({"type": "start", "role": "ml_adjacent_software_engineer",
                              "options": {"seed": 1}})
    assert session["type"] == "session" and session["token"].startswith("t-")
    play_until_done(client, rubric)
    state = client.state()
    assert state.scorecard and state.scorecard["overall"] > 0.5
    verdicts = [r.verdict for r in state.runs.values()]
    assert any(v["passed"] for v in verdicts) and any(not v["passed"] for v in verdicts)
    assert all(v["sandboxed"] for v in verdicts)
    # Every event arrived exactly once and in order, and matches what the server stored.
    assert sorted(client.events) == list(range(len(client.events)))
    replay = httpx.get(f"{server.url}/api/sessions/{session['session_id']}/replay",
                       headers={"authorization": f"Bearer {session['replay_token']}"}).json()
    assert replay["events"] == [client.events[i] for i in sorted(client.events)]
    assert replay["scorecard"] == state.scorecard
    client.close()


def test_a_dropped_connection_resumes_with_the_rest(server, rubric):
    first = Client(server.ws_url)
    session = first.request({"type": "start", "role": "data_scientist", "options": {"seed": 2}})
    first.until(lambda m: m["type"] == "ack")
    question = rubric.question(first.state().current.question_id)
    first.answered({"type": "answer", "text": strong_answer(question)})
    seen = first.last_seq()
    first.close()

    second = Client(server.ws_url)
    reply = second.request({"type": "resume", "session_id": session["session_id"], "token": session["token"],
                            "last_seq": seen - 3})
    assert reply["type"] == "session" and reply["resumed"]
    second.until(lambda m: m["type"] == "ack")
    assert sorted(second.events) == list(range(seen - 2, seen + 1))
    second.events.update({k: v for k, v in first.events.items() if k <= seen - 3})
    play_until_done(second, rubric)
    assert second.state().scorecard


def test_sigkill_and_restart_loses_nothing(tmp_path, rubric):
    server = ServerProcess(tmp_path / "data").start()
    server.wait_kernels()
    client = Client(server.ws_url)
    session = client.request({"type": "start", "role": "machine_learning_engineer", "options": {"seed": 3}})
    client.until(lambda m: m["type"] == "ack")
    for _ in range(4):
        current = client.state().current
        client.answered({"type": "answer", "text": strong_answer(rubric.question(current.question_id), current.target)})
    client.answered({"type": "hint"})
    before = [client.events[i] for i in sorted(client.events)]
    server.kill()
    client.close()

    server.start()
    server.wait_kernels()
    again = Client(server.ws_url)
    assert again.request({"type": "resume", "session_id": session["session_id"], "token": session["token"],
                          "last_seq": -1})["resumed"]
    again.until(lambda m: m["type"] == "ack")
    assert [again.events[i] for i in range(len(before))] == before
    play_until_done(again, rubric)
    assert again.state().scorecard
    again.close()
    server.stop()


def test_a_run_in_flight_when_the_server_dies_still_gets_its_verdict(tmp_path, rubric):
    server = ServerProcess(tmp_path / "data", env={"HOTSEAT_CODE_TIMEOUT": "20"}).start()
    server.wait_kernels()
    client = Client(server.ws_url)
    session = client.request({"type": "start", "role": "ml_adjacent_software_engineer", "options": {"seed": 4}})
    client.until(lambda m: m["type"] == "ack")
    while not client.state().current.exercise:
        client.answered({"type": "skip"})
    exercise = client.state().current.exercise
    slow = reference_code(exercise) + "\nimport time\ntime.sleep(3)\n"
    client.answered({"type": "submit", "exercise": exercise, "code": slow})
    server.kill()
    server.start()  # and resume at once: the re-run waits for the kernels to warm up
    again = Client(server.ws_url)
    again.request({"type": "resume", "session_id": session["session_id"], "token": session["token"], "last_seq": -1})
    assert again.event("verdict", timeout=90)["verdict"]["passed"]
    server.stop()


def test_tokens_isolate_candidates(server):
    alice, bob = Client(server.ws_url), Client(server.ws_url)
    a = alice.request({"type": "start", "role": "data_scientist"})
    b = bob.request({"type": "start", "role": "data_scientist"})
    thief = Client(server.ws_url)
    refused = thief.request({"type": "resume", "session_id": b["session_id"], "token": a["token"]})
    assert refused["type"] == "error" and refused["code"] == "forbidden"
    with pytest.raises(Exception):
        thief.receive(timeout=5)  # closed with 1008
    with_replay = Client(server.ws_url)
    refused = with_replay.request({"type": "resume", "session_id": b["session_id"], "token": b["replay_token"]})
    assert refused["code"] == "forbidden"

    def get(path, token):
        return httpx.get(server.url + path, headers={"authorization": f"Bearer {token}"})

    assert get(f"/api/sessions/{b['session_id']}/replay", a["token"]).status_code == 404
    assert get(f"/api/sessions/{b['session_id']}/replay", a["owner_token"]).status_code == 404
    assert get(f"/api/sessions/{b['session_id']}/replay", b["replay_token"]).status_code == 200
    assert httpx.get(server.url + f"/api/sessions/{b['session_id']}/replay").status_code == 401
    assert httpx.delete(server.url + f"/api/sessions/{b['session_id']}",
                        headers={"authorization": f"Bearer {b['replay_token']}"}).status_code == 403
    mine = get("/api/sessions", a["owner_token"]).json()
    assert [s["id"] for s in mine] == [a["session_id"]]
    for client in (alice, bob):
        client.close()


def test_an_owner_token_groups_sessions_and_search_stays_private(server, rubric):
    first = Client(server.ws_url)
    one = first.request({"type": "start", "role": "data_scientist", "options": {"seed": 5}})
    first.until(lambda m: m["type"] == "ack")
    first.answered({"type": "answer", "text": "Zanzibarian regularization is my favourite made-up word."})
    second = Client(server.ws_url)
    two = second.request({"type": "start", "role": "applied_scientist", "owner_token": one["owner_token"]})
    assert two["owner_token"] == one["owner_token"]
    stranger = Client(server.ws_url).request({"type": "start", "role": "data_scientist"})
    headers = {"authorization": f"Bearer {one['owner_token']}"}
    listed = {s["id"] for s in httpx.get(server.url + "/api/sessions", headers=headers).json()}
    assert listed == {one["session_id"], two["session_id"]}
    hits = httpx.get(server.url + "/api/search", params={"q": "Zanzibarian"}, headers=headers).json()
    assert hits and all(h["session_id"] == one["session_id"] for h in hits)
    other = {"authorization": f"Bearer {stranger['owner_token']}"}
    assert httpx.get(server.url + "/api/search", params={"q": "Zanzibarian"}, headers=other).json() == []
    assert httpx.get(server.url + "/api/search", params={"q": '"NEAR( *'}, headers=headers).status_code == 200


def test_bad_input_gets_clear_errors_and_the_connection_stays_usable(server, rubric):
    client = Client(server.ws_url)
    early = client.request({"type": "answer", "text": "hello"})
    assert early["code"] == "not_in_session"
    session = client.request({"type": "start", "role": "data_scientist", "options": {"seed": 6}})
    client.until(lambda m: m["type"] == "ack")
    stored_before = client.last_seq()

    def error_for(raw: str) -> dict:
        client.send_raw(raw)
        return client.until(lambda m: m["type"] == "error")

    assert error_for("{not json")["code"] == "bad_json"
    assert error_for("[1, 2, 3]")["code"] == "bad_json"
    assert error_for(json.dumps({"type": "teleport"}))["code"] == "unknown_type"
    assert error_for(json.dumps({"type": "answer", "v": 2, "text": "x"}))["code"] == "unsupported_version"
    assert error_for(json.dumps({"type": "answer", "text": 42}))["code"] == "bad_message"
    assert error_for(json.dumps({"type": "answer", "text": "x" * (300 << 10)}))["code"] == "message_too_large"
    assert client.request({"type": "answer", "text": "   "})["code"] == "empty_answer"
    assert client.request({"type": "code", "exercise": "softmax", "code": "#" * (70 << 10)})["code"] == "code_too_large"
    assert client.request({"type": "run", "exercise": "softmax", "code": "x"})["code"] == "no_exercise"
    assert client.request({"type": "start", "role": "data_scientist"})["code"] == "already_in_session"
    assert client.request({"type": "start", "role": "nobody"})["code"] == "already_in_session"
    assert client.request({"type": "ping", "t": 1})["type"] == "pong"
    assert client.last_seq() == stored_before  # nothing refused was written

    for _ in range(120):  # a flood
        client.send({"type": "ping"})
    replies = [client.receive() for _ in range(120)]
    assert any(r.get("code") == "rate_limited" for r in replies)
    time.sleep(2.5)
    assert client.request({"type": "ping"})["type"] == "pong"

    assert client.answered({"type": "end"})["type"] == "ack"
    client.event("scorecard")
    assert client.request({"type": "answer", "text": "one more thing"})["code"] == "finished"
    replay = httpx.get(f"{server.url}/api/sessions/{session['session_id']}/replay",
                       headers={"authorization": f"Bearer {session['token']}"}).json()
    drain(client)
    assert len(replay["events"]) == len(client.events)


def test_unknown_roles_and_unavailable_llm_are_refused(server):
    client = Client(server.ws_url)
    assert client.request({"type": "start", "role": "nobody"})["code"] == "unknown_role"
    assert client.request({"type": "start", "role": "data_scientist",
                           "options": {"interviewer": "llm"}})["code"] == "llm_unavailable"
    assert client.request({"type": "ping"})["type"] == "pong"


def test_foreign_origins_are_refused(server):
    with pytest.raises(Exception):
        Client(server.ws_url, origin="http://evil.example").request({"type": "ping"})
    assert Client(server.ws_url, origin=server.url).request({"type": "ping"})["type"] == "pong"


def test_roles_can_be_read_by_anyone_and_replaced_only_by_the_admin(server):
    roles = httpx.get(server.url + "/api/roles").json()
    assert {r["id"] for r in roles} >= {"data_scientist", "machine_learning_engineer"}
    role = httpx.get(server.url + "/api/roles/data_scientist").json()
    yaml_text = role["yaml"]
    bad = yaml_text.replace("  deep_learning: 5\n", "  deep_learning: 15\n", 1)
    assert httpx.put(server.url + "/api/roles/data_scientist", content=bad).status_code == 401
    admin = {"authorization": f"Bearer {server.admin_token}"}
    refused = httpx.put(server.url + "/api/roles/data_scientist", content=bad, headers=admin)
    assert refused.status_code == 422
    error = refused.json()["errors"][0]
    assert error["file"] == "roles/data_scientist.yaml" and error["line"] > 0 and "weights" in error["field"]
    assert httpx.get(server.url + "/api/roles/data_scientist").json()["yaml"] == yaml_text  # old one in force
    good = yaml_text.replace("name: Sofia", "name: Sofía")
    assert httpx.put(server.url + "/api/roles/data_scientist", content=good, headers=admin).status_code == 200
    assert httpx.get(server.url + "/api/roles/data_scientist").json()["persona"]["name"] == "Sofía"


def test_exports_and_delete(server, rubric):
    client = Client(server.ws_url)
    session = client.request({"type": "start", "role": "data_scientist", "options": {"seed": 8}})
    client.until(lambda m: m["type"] == "ack")
    question = rubric.question(client.state().current.question_id)
    client.answered({"type": "answer", "text": strong_answer(question)})
    client.answered({"type": "end"})
    client.event("scorecard")
    path = f"/api/sessions/{session['session_id']}"
    headers = {"authorization": f"Bearer {session['replay_token']}"}
    exported = httpx.get(server.url + path + "/export.json", headers=headers)
    assert exported.status_code == 200 and json.loads(exported.text)["scorecard"]["band"]
    markdown = httpx.get(server.url + path + "/export.md", headers=headers).text
    assert markdown.startswith("# hotseat interview: Data Scientist") and "## Scorecard" in markdown
    assert question.prompt.split()[0] in markdown
    owner = {"authorization": f"Bearer {session['owner_token']}"}
    assert httpx.delete(server.url + path, headers=owner).status_code == 200
    assert httpx.get(server.url + path + "/replay", headers=headers).status_code == 404


def test_a_finished_session_can_be_regraded_and_only_its_owner_keeps_it(server, rubric):
    client = Client(server.ws_url)
    session = client.request({"type": "start", "role": "data_scientist", "options": {"seed": 12}})
    client.until(lambda m: m["type"] == "ack")
    path = f"{server.url}/api/sessions/{session['session_id']}/regrade"
    replay = {"authorization": f"Bearer {session['replay_token']}"}
    assert httpx.get(path, headers=replay).status_code == 409   # not finished yet
    question = rubric.question(client.state().current.question_id)
    client.answered({"type": "answer", "text": strong_answer(question)})
    client.answered({"type": "end"})
    card = client.event("scorecard")["scorecard"]

    preview = httpx.get(path, headers=replay).json()
    assert preview["old"] == {"overall": card["overall"], "band": card["band"]} and preview["new"]["band"]
    assert [q["question_id"] for q in preview["questions"]] == [a["question_id"] for a in card["answers"]]
    assert httpx.post(path, headers=replay).status_code == 403   # a replay token only reads
    kept = httpx.post(path, headers={"authorization": f"Bearer {session['token']}"}).json()
    assert kept["kept"] and kept["scorecard"]["overall"] == kept["new"]["overall"]
    after = httpx.get(f"{server.url}/api/sessions/{session['session_id']}/replay", headers=replay).json()
    assert after["events"][-1]["type"] == "regraded" and after["scorecard"] == kept["scorecard"]
    assert client.event("regraded")["previous"] == preview["old"]   # the open socket hears it too
    client.close()


def test_health_and_exercise_prompts(server):
    health = httpx.get(server.url + "/api/health").json()
    assert health["status"] == "ok" and health["kernels"]["ready"] and health["llm"] == "offline interviewer"
    assert health["llm_configured"] is False
    prompt = httpx.get(server.url + "/api/exercises/attention").json()
    assert "def attention" in prompt["signature"] and prompt["starter"] and prompt["examples"]
    assert httpx.get(server.url + "/api/exercises/nope").status_code == 404


def test_running_code_never_blocks_the_conversation(server, rubric):
    client = Client(server.ws_url)
    client.request({"type": "start", "role": "ml_adjacent_software_engineer", "options": {"seed": 9}})
    client.until(lambda m: m["type"] == "ack")
    while not client.state().current.exercise:
        client.answered({"type": "skip"})
    exercise = client.state().current.exercise
    slow = reference_code(exercise) + "\nimport time\ntime.sleep(2)\n"
    before = client.last_seq()
    assert client.answered({"type": "submit", "exercise": exercise, "code": slow})["type"] == "ack"
    assert client.request({"type": "ping"})["type"] == "pong"
    assert client.answered({"type": "answer", "text": "It is quadratic in the sequence length."})["type"] == "ack"
    assert not any(e["type"] == "verdict" for s, e in client.events.items() if s > before)
    assert client.event("verdict", after=before, timeout=60)["verdict"]["passed"]


def test_every_section_change_sends_the_timer(server):
    client = Client(server.ws_url)
    client.request({"type": "start", "role": "data_scientist", "options": {"seed": 10}})
    client.until(lambda m: m["type"] == "ack")
    timers = [m for m in client.messages if m["type"] == "timer"]
    assert timers and timers[-1]["section"] == 0 and timers[-1]["remaining"] > 0
    while client.state().section == 0:
        client.answered({"type": "skip"})
    section_one = [m for m in client.messages if m["type"] == "timer" and m["section"] == 1]
    assert section_one and section_one[0]["kind"] == "coding" and section_one[0]["remaining"] > 0


def test_a_replay_carries_the_wording_behind_its_ids(server, rubric):
    client = Client(server.ws_url)
    session = client.request({"type": "start", "role": "data_scientist", "options": {"seed": 11}})
    client.until(lambda m: m["type"] == "ack")
    question_id = client.state().current.question_id
    replay = httpx.get(f"{server.url}/api/sessions/{session['session_id']}/replay",
                       headers={"authorization": f"Bearer {session['token']}"}).json()
    texts = replay["questions"][question_id]
    assert texts["prompt"] == rubric.question(question_id).prompt
    assert texts["key_points"] == {kp.id: kp.point for kp in rubric.question(question_id).key_points}


def test_an_llm_session_resumed_without_the_llm_says_it_continues_offline(tmp_path, llm_server):
    from tests.llm_server import say

    llm_server.script(lambda request: say("Welcome", " aboard."))
    env = {"HOTSEAT_LLM_MODEL": "openai/test", "HOTSEAT_LLM_API_BASE": llm_server.url, "HOTSEAT_LLM_API_KEY": "sk-x"}
    server = ServerProcess(tmp_path / "data", env=env).start()
    assert httpx.get(server.url + "/api/health").json()["llm_configured"] is True
    client = Client(server.ws_url)
    session = client.request({"type": "start", "role": "data_scientist", "options": {"interviewer": "llm"}})
    client.until(lambda m: m["type"] == "ack")
    assert any(m["type"] == "token" and m["text"] == "Welcome aboard." for m in client.messages)
    server.kill()

    server.env = {k: v for k, v in server.env.items() if not k.startswith("HOTSEAT_LLM")}
    server.start()
    again = Client(server.ws_url)
    again.request({"type": "resume", "session_id": session["session_id"], "token": session["token"]})
    assert "no LLM configured" in again.event("interviewer_fallback", timeout=10)["reason"]
    assert "Continuing with the offline interviewer" in again.event("interviewer_said", after=client.last_seq())["text"]
    server.stop()
