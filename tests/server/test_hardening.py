"""Hardening of what the server stores and hands out, over a real server, real kernels and a real SQLite file.

What a candidate types is hostile: text that SQLite cannot store (lone surrogates), Markdown
and HTML that a renderer would obey, code that closes its own fence. What the server hands
out must stay in the hands it was given to: a share link can be revoked, an owner can take
all their data away and delete it for good.
"""

from __future__ import annotations

import html
import json
import re

import httpx
import pytest

from rubric import load_rubric
from tests.server.harness import Client, running_server

ROLE = "ml_adjacent_software_engineer"      # its seed-1 plan reaches a coding exercise


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("hardening")) as process:
        yield process


def start(server, role: str = "data_scientist", seed: int = 1, owner: str | None = None) -> tuple[Client, dict]:
    client = Client(server.ws_url)
    message = {"type": "start", "role": role, "options": {"seed": seed}}
    if owner:
        message["owner_token"] = owner
    session = client.request(message)
    assert session["type"] == "session", session
    client.until(lambda m: m["type"] == "ack")
    return client, session


def to_exercise(client: Client) -> str:
    while not client.state().current.exercise:
        assert client.answered({"type": "skip"})["type"] == "ack"
    return client.state().current.exercise


def bearer(token: str) -> dict:
    return {"authorization": f"Bearer {token}"}


# -- the Markdown export ------------------------------------------------------------------------

HOSTILE_ANSWER = """<script>alert("answer")</script> and <img src=x onerror=alert(1)>
[click me](javascript:alert(2)) or <javascript:alert(3)> | a | table |
[ref]: javascript:alert(4)

# Not a heading
---
1. not a list
```
**not bold** `not code`"""

HOSTILE_CODE = '''import numpy as np

BREAKOUT = """
```
</code></pre><script>alert("code")</script>
````
~~~
"""


def causal_mask(n):
    raise ValueError("<img src=y onerror=alert(5)> [x](javascript:alert(6))")
'''


def rendered(markdown: str) -> str:
    """The export as a permissive renderer shows it: raw HTML passed through, any link scheme kept."""
    mistune = pytest.importorskip("mistune")
    renderer = mistune.HTMLRenderer(escape=False, allow_harmful_protocols=True)
    return mistune.create_markdown(renderer=renderer, plugins=["table", "url"])(markdown)


def test_the_markdown_export_shows_hostile_candidate_text_as_text(server):
    client, session = start(server, ROLE, seed=1)
    assert client.answered({"type": "answer", "text": HOSTILE_ANSWER})["type"] == "ack"
    exercise = to_exercise(client)
    before = client.last_seq()
    client.answered({"type": "submit", "exercise": exercise, "code": HOSTILE_CODE})
    client.event("verdict", after=before, timeout=90)
    client.answered({"type": "end"})
    client.event("scorecard")
    client.close()

    markdown = httpx.get(f"{server.url}/api/sessions/{session['session_id']}/export.md",
                         headers=bearer(session["token"])).text
    page = rendered(markdown)
    assert "<script" not in page and "<img" not in page, page
    assert "javascript:" not in "".join(re.findall(r'href="([^"]*)"', page))
    assert page.count("<h1") == 1 and "<h1>Not a heading" not in page and "<ol" not in page
    assert "<strong>not bold</strong>" not in page
    # The candidate's words still read as they were typed.
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert '<script>alert("answer")</script>' in text and "[click me](javascript:alert(2))" in text
    assert "# Not a heading" in text and "1. not a list" in text and "**not bold** `not code`" in text
    # The code comes back whole, inside one code block, whatever fences it holds.
    blocks = [html.unescape(b) for b in re.findall(r"<pre><code[^>]*>(.*?)</code></pre>", page, re.S)]
    assert HOSTILE_CODE.rstrip() in [b.rstrip() for b in blocks]


# -- text SQLite cannot store -------------------------------------------------------------------

# Code whose text holds a lone surrogate, as a JSON escape in the frame: "\\ud800" arrives as U+D800.
SURROGATE_FRAME = ('{"v": 1, "id": "%s", "type": "submit", "exercise": "%s", "code": '
                   '"import numpy as np\\n\\n\\ndef causal_mask(n):\\n    return \\"bad \\ud800 mask\\"\\n"}')


def test_a_submission_holding_a_lone_surrogate_is_stored_run_and_judged(server):
    """The code is stored with U+FFFD in place of the surrogate, and what runs is what was stored:
    the verdict arrives, and nothing is left pending (before: `internal`, the submission lost)."""
    client, session = start(server, ROLE, seed=1)
    exercise = to_exercise(client)
    before = client.last_seq()
    client.send_raw(SURROGATE_FRAME % ("sub1", exercise))
    assert client.reply_to("sub1")["type"] == "ack"
    ran = client.event("code_ran", after=before)
    assert 'return "bad \ufffd mask"' in ran["code"]
    verdict = client.event("verdict", after=before, timeout=90)["verdict"]
    assert not verdict["passed"] and verdict["tests"]
    replay = httpx.get(f"{server.url}/api/sessions/{session['session_id']}/replay",
                       headers=bearer(session["token"])).json()
    assert replay["events"][:len(client.events)] == [client.events[i] for i in sorted(client.events)]
    assert all(run["verdict"] for run in _runs(replay["events"]))    # nothing left pending
    client.close()


def test_an_answer_with_a_lone_surrogate_is_kept(server):
    client, session = start(server)
    client.send_raw('{"v": 1, "id": "s1", "type": "answer", "text": "softmax \\ud83d and \\udc00 too"}')
    assert client.reply_to("s1")["type"] == "ack"
    said = client.event("candidate_said")
    assert said["text"] == "softmax \ufffd and \ufffd too"
    hits = httpx.get(f"{server.url}/api/search", params={"q": "softmax"}, headers=bearer(session["owner_token"])).json()
    assert [h["text"] for h in hits] == ["softmax \ufffd and \ufffd too"]
    client.close()


def _runs(events: list[dict]) -> list[dict]:
    runs = {e["run_id"]: {"verdict": None} for e in events if e["type"] == "code_ran"}
    for e in events:
        if e["type"] == "verdict":
            runs[e["run_id"]]["verdict"] = e["verdict"]
    return list(runs.values())


# -- role uploads ---------------------------------------------------------------------------------


def test_a_billion_laughs_role_upload_is_refused_with_its_line_and_field(server):
    role = httpx.get(server.url + "/api/roles/data_scientist").json()["yaml"]
    levels = ['  lol0: &lol0 "lol"'] + [f"  lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 10) + "]"
                                        for i in range(1, 8)]
    bomb = role + "notes:\n" + "\n".join(levels) + "\n"
    admin = bearer(server.admin_token)
    refused = httpx.put(server.url + "/api/roles/data_scientist", content=bomb, headers=admin, timeout=60)
    assert refused.status_code == 422
    [error] = refused.json()["errors"]
    assert error["file"] == "roles/data_scientist.yaml" and error["field"] == "notes.lol6[0]"
    assert error["line"] == len(role.splitlines()) + 8 and "aliases" in error["message"]
    assert httpx.get(server.url + "/api/roles/data_scientist").json()["yaml"] == role   # the old role stays


# -- share links ----------------------------------------------------------------------------------


def test_a_share_link_is_revoked_by_its_owner_and_stops_working_at_once(server):
    client, session = start(server)
    client.answered({"type": "end"})
    client.event("scorecard")
    path = f"{server.url}/api/sessions/{session['session_id']}"
    old = session["replay_token"]
    assert httpx.get(path + "/replay", headers=bearer(old)).status_code == 200
    assert httpx.post(path + "/share", headers=bearer(old)).status_code == 403     # a link cannot renew itself
    assert httpx.post(path + "/share").status_code == 401

    fresh = httpx.post(path + "/share", headers=bearer(session["token"]))
    assert fresh.status_code == 200
    new = fresh.json()["replay_token"]
    assert new.startswith("r-") and new != old
    assert httpx.get(path + "/replay", headers=bearer(old)).status_code == 404
    assert httpx.get(path + "/export.md", params={"token": old}).status_code == 404
    assert httpx.get(path + "/replay", headers=bearer(new)).status_code == 200
    newer = httpx.post(path + "/share", headers=bearer(session["owner_token"])).json()["replay_token"]
    assert httpx.get(path + "/replay", headers=bearer(new)).status_code == 404
    assert httpx.get(path + "/replay", params={"token": newer}).status_code == 200
    # The session's own tokens are untouched.
    assert httpx.get(path + "/replay", headers=bearer(session["token"])).status_code == 200
    client.close()


def test_only_a_read_only_token_is_accepted_in_a_url(server):
    """A URL ends up in histories, logs and Referer headers: a token that writes (or lists and
    deletes every session of its owner) is refused there, whatever it would open in a header."""
    client, session = start(server)
    path = f"{server.url}/api/sessions/{session['session_id']}"
    for token in (session["token"], session["owner_token"]):
        refused = httpx.get(path + "/export.md", params={"token": token})
        assert refused.status_code == 401 and "Authorization" in refused.json()["detail"]
        assert httpx.get(path + "/export.md", headers=bearer(token)).status_code == 200
    assert httpx.get(server.url + "/api/sessions", params={"token": session["owner_token"]}).status_code == 401
    assert httpx.get(path + "/export.md", params={"token": session["replay_token"]}).status_code == 200
    client.close()


# -- a user's data: export it all, delete it all, back the folder up ----------------------------


def played(server, owner: str | None, words: str) -> dict:
    """A session whose candidate says `words`, ended; its `session` message."""
    client, session = start(server, owner=owner)
    assert client.answered({"type": "answer", "text": words})["type"] == "ack"
    client.answered({"type": "end"})
    client.event("scorecard")
    client.close()
    return session


def test_an_owner_exports_every_session_as_one_json_document(server):
    first = played(server, None, "Bias is systematic error.")
    second = played(server, first["owner_token"], "Variance is sensitivity to the sample.")
    stranger = played(server, None, "Someone else entirely.")
    exported = httpx.get(server.url + "/api/sessions/export.json", headers=bearer(first["owner_token"]))
    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    document = exported.json()
    assert [s["session"]["id"] for s in document["sessions"]] == [second["session_id"], first["session_id"]]
    for entry in document["sessions"]:
        replay = httpx.get(f"{server.url}/api/sessions/{entry['session']['id']}/replay",
                           headers=bearer(first["owner_token"])).json()
        assert entry == replay
    assert stranger["session_id"] not in exported.text
    for token in (first["token"], first["replay_token"]):
        assert httpx.get(server.url + "/api/sessions/export.json", headers=bearer(token)).status_code == 401
    assert httpx.get(server.url + "/api/sessions/export.json").status_code == 401


def test_an_owner_deletes_all_their_data_and_none_of_it_stays_in_the_database_file(server):
    mine = played(server, None, "My secret word is zqxjvvblorp and nobody else says it.")
    also_mine = played(server, mine["owner_token"], "Twice: zqxjvvblorp.")
    theirs = played(server, None, "Another candidate says wkpfhhdrin.")
    owner = bearer(mine["owner_token"])
    assert httpx.get(server.url + "/api/search", params={"q": "zqxjvvblorp"}, headers=owner).json()

    assert httpx.delete(server.url + "/api/sessions", headers=owner).status_code == 400   # says what it would do
    assert httpx.delete(server.url + "/api/sessions", params={"all": "true"},
                        headers=bearer(mine["token"])).status_code == 401           # a session token is not enough
    deleted = httpx.delete(server.url + "/api/sessions", params={"all": "true"}, headers=owner)
    assert deleted.status_code == 200
    assert sorted(deleted.json()["deleted"]) == sorted([mine["session_id"], also_mine["session_id"]])

    assert httpx.get(server.url + "/api/sessions", headers=owner).json() == []
    assert httpx.get(server.url + "/api/search", params={"q": "zqxjvvblorp"}, headers=owner).json() == []
    for session in (mine, also_mine):
        assert httpx.get(f"{server.url}/api/sessions/{session['session_id']}/replay",
                         headers=bearer(session["token"])).status_code == 404
    kept = httpx.get(server.url + "/api/search", params={"q": "wkpfhhdrin"}, headers=bearer(theirs["owner_token"]))
    assert [h["session_id"] for h in kept.json()] == [theirs["session_id"]]
    # Not a row, not a search-index entry, not a stale page: the words are gone from the file itself.
    files = sorted(server.data_dir.glob("hotseat.db*"))
    raw = b"".join(path.read_bytes() for path in files)
    assert b"zqxjvvblorp" not in raw and mine["session_id"].encode() not in raw
    assert b"wkpfhhdrin" in raw


def test_a_backup_taken_while_the_server_runs_is_a_whole_data_folder(server, tmp_path):
    import os
    import stat
    import subprocess
    import sys

    from server.store import Store
    from tests.server.harness import ROOT, ServerProcess

    client, session = start(server)          # live: the server holds its lease, its WAL is not checkpointed
    assert client.answered({"type": "answer", "text": "Backed up mid-interview."})["type"] == "ack"
    dest = tmp_path / "backup"
    done = subprocess.run([sys.executable, "-m", "server.cli", "backup", str(dest), "--data-dir",
                           str(server.data_dir)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "sessions" in done.stdout and str(dest) in done.stdout
    again = subprocess.run([sys.executable, "-m", "server.cli", "backup", str(dest), "--data-dir",
                            str(server.data_dir)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "not empty" in again.stderr       # never overwrites a backup

    assert stat.S_IMODE(dest.stat().st_mode) == 0o700 and stat.S_IMODE((dest / "hotseat.db").stat().st_mode) == 0o600
    assert (dest / "rubric" / "roles").is_dir()
    live = httpx.get(f"{server.url}/api/sessions/{session['session_id']}/replay",
                     headers=bearer(session["token"])).json()["events"]
    with Store(dest) as copy:
        assert copy.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.events(session["session_id"]) == live[:len(copy.events(session["session_id"]))]
        assert any(e.get("text") == "Backed up mid-interview." for e in copy.events(session["session_id"]))
        assert copy.db.execute("SELECT count(*) FROM leases").fetchone()[0] == 0   # nobody drives a copy
    client.close()

    restored = ServerProcess(dest).start()   # the backup is a data folder: serve it and resume at once
    try:
        resumed = Client(restored.ws_url)
        reply = resumed.request({"type": "resume", "session_id": session["session_id"], "token": session["token"]})
        assert reply["type"] == "session", reply
        resumed.close()
    finally:
        restored.stop()
    assert os.path.exists(server.data_dir / "hotseat.db")
