"""The store, as the server uses it: real SQLite files under tmp_path, no mocks.

Read top to bottom, these are the store's promises: the log is ordered and gapless,
an appended event survives a killed process, tokens open only what they should, search
sees only the owner's transcripts, deleting a session leaves nothing, the admin token
is shown once and never stored, and the schema upgrades in place.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from interviewer.events import EVENTS, EventError, make
from server import migrations, tokens
from server.store import DB_NAME, SessionLeased, Store, UnknownSession, fts_query, holder_alive

ROOT = Path(__file__).resolve().parents[2]
ROLE = "machine_learning_engineer"


def said(text: str, at: float = 1.0) -> dict:
    return {"type": "interviewer_said", "v": 1, "at": at, "text": text, "purpose": "question"}


def answered(text: str, at: float = 2.0) -> dict:
    return {"type": "candidate_said", "v": 1, "at": at, "text": text, "question_id": "q"}


def scorecard(overall: float = 0.72, band: str = "hire") -> dict:
    return {"type": "scorecard", "v": 1, "at": 99.0, "scorecard": {"overall": overall, "band": band}}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "data") as store:
        yield store


def all_bytes(folder: Path) -> bytes:
    """Every byte SQLite keeps: the database and its -wal and -shm files."""
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()))


# -- the file ---------------------------------------------------------------------------


def test_the_database_runs_in_wal_mode_with_foreign_keys(store):
    pragma = lambda name: store.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 1            # NORMAL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 1000
    assert store.path == store.data_dir / DB_NAME


def test_the_folder_and_files_are_private(tmp_path):
    with Store(tmp_path / "new" / "data") as store:
        store.append(store.create_session(ROLE, "offline").session_id, said("hello"))
        folder = store.data_dir
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        files = list(folder.iterdir())
        assert {p.name for p in files} >= {DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"}
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_an_existing_database_file_is_made_private(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_NAME).touch(mode=0o644)
    Store(folder).close()
    assert stat.S_IMODE((folder / DB_NAME).stat().st_mode) == 0o600


# -- the event log ------------------------------------------------------------------------


def test_events_are_numbered_from_zero_in_the_order_appended(store):
    sid = store.create_session(ROLE, "offline").session_id
    seqs = [store.append(sid, said(f"question {i}", at=i)) for i in range(5)]
    assert seqs == [0, 1, 2, 3, 4]
    assert [e["text"] for e in store.events(sid)] == [f"question {i}" for i in range(5)]
    assert store.session(sid)["next_seq"] == 5


def test_a_reconnecting_client_gets_the_events_after_its_last_seq(store):
    sid = store.create_session(ROLE, "offline").session_id
    for i in range(6):
        store.append(sid, said(f"q{i}"))
    assert [e["text"] for e in store.events(sid, after_seq=3)] == ["q4", "q5"]
    assert store.events(sid, after_seq=5) == []
    assert len(store.events(sid, after_seq=-1)) == 6


def test_events_come_back_exactly_as_appended(store):
    sid = store.create_session(ROLE, "offline").session_id
    event = {"type": "verdict", "v": 1, "at": 3.25, "run_id": "run-1",
             "verdict": {"passed": False, "score": 0.5, "tests": [{"name": "shape", "passed": True, "message": ""}],
                         "error": None, "output": "naïve ∑ 🙂", "duration_ms": 12}}
    store.append(sid, event)
    assert store.events(sid) == [event]


def test_appends_to_an_unknown_session_are_refused(store):
    with pytest.raises(UnknownSession):
        store.append("s-nobody", said("hello"))
    assert store.events("s-nobody") == []
    assert store.session("s-nobody") is None


def test_something_that_is_not_an_event_is_refused_and_nothing_is_written(store):
    sid = store.create_session(ROLE, "offline").session_id
    for bad in ({"type": "shouting", "v": 1, "at": 1}, {"type": "candidate_said", "v": 1, "text": "no time"},
                {"type": "candidate_said", "v": 1, "at": 1.0}, {"type": "candidate_said", "at": 1.0, "text": "no v"},
                {"type": "candidate_said", "v": 1, "at": 1.0, "text": ["not", "a", "string"]},
                {"type": "interviewer_said", "v": 1, "at": 1.0, "text": "hi", "purpose": "shouting"}):
        with pytest.raises(EventError):
            store.append(sid, bad)
    assert store.events(sid) == [] and store.session(sid)["next_seq"] == 0


def test_a_failure_half_way_through_an_append_leaves_the_log_in_step(store):
    sid = store.create_session(ROLE, "offline").session_id
    store.append(sid, said("first"))
    # The event row goes in, then recording the score fails (a dict is no REAL):
    # the whole append is rolled back, the event row included.
    broken = {"type": "scorecard", "v": 1, "at": 5.0, "scorecard": {"overall": {"not": "a number"}, "band": "hire"}}
    with pytest.raises(sqlite3.Error):
        store.append(sid, broken)
    assert len(store.events(sid)) == 1
    assert store.session(sid)["next_seq"] == 1 and store.session(sid)["status"] == "active"
    assert store.append(sid, said("second")) == 1


def test_the_scorecard_finishes_the_session_with_its_score(store):
    sid = store.create_session(ROLE, "offline").session_id
    store.append(sid, said("hello"))
    assert [s["id"] for s in store.active_sessions()] == [sid]
    store.append(sid, scorecard(0.72, "hire"))
    session = store.session(sid)
    assert (session["status"], session["overall"], session["band"]) == ("finished", 0.72, "hire")
    assert store.active_sessions() == []


def test_events_cannot_be_changed_or_removed_one_by_one(store):
    sid = store.create_session(ROLE, "offline").session_id
    store.append(sid, answered("my answer"))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.db.execute("UPDATE events SET data = '{}' WHERE session_id = ?", [sid])
    with pytest.raises(sqlite3.IntegrityError, match="only with their session"):
        store.db.execute("DELETE FROM events WHERE session_id = ?", [sid])
    assert store.events(sid) == [answered("my answer")]


def test_events_survive_closing_and_reopening(tmp_path):
    with Store(tmp_path) as store:
        new = store.create_session(ROLE, "offline")
        for i in range(3):
            store.append(new.session_id, said(f"q{i}"))
    with Store(tmp_path) as store:
        assert [e["text"] for e in store.events(new.session_id)] == ["q0", "q1", "q2"]
        assert store.session(new.session_id)["next_seq"] == 3
        assert store.authorize(new.session_id, new.token) == "write"
        assert store.append(new.session_id, said("q3")) == 3


def test_threads_can_share_one_store(store):
    sids = [store.create_session(ROLE, "offline").session_id for _ in range(4)]

    def write(sid):
        for i in range(50):
            store.append(sid, said(f"{sid} {i}"))

    threads = [threading.Thread(target=write, args=(sid,)) for sid in sids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for sid in sids:
        assert [e["text"] for e in store.events(sid)] == [f"{sid} {i}" for i in range(50)]


# -- killed writers -------------------------------------------------------------------------

# A writer in its own process: it prints each seq once `append` has returned (committed).
WRITER = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {root!r})
    from server.store import Store
    store = Store({data!r})
    sid = store.create_session("machine_learning_engineer", "offline").session_id
    print(sid, flush=True)
    kill_before_commit = {kill_before_commit!r}
    appended = 0

    def trace(sql):
        # Called as SQLite starts each statement: die with the transaction open,
        # its event row inserted and next_seq moved, but not committed.
        if kill_before_commit is not None and appended == kill_before_commit and sql == "COMMIT":
            os.kill(os.getpid(), signal.SIGKILL)

    store.db.conn.set_trace_callback(trace)
    while True:
        seq = store.append(sid, {{"type": "candidate_said", "v": 1, "at": appended, "text": f"answer {{appended}}"}})
        appended += 1
        print(seq, flush=True)
""")


def run_writer(tmp_path, kill_before_commit=None, kill_after=None):
    """Start a writer; return (session id, the seqs it reported committed)."""
    code = WRITER.format(root=str(ROOT), data=str(tmp_path / "data"), kill_before_commit=kill_before_commit)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    sid = proc.stdout.readline().strip()
    reported = []
    for line in proc.stdout:
        reported.append(int(line))
        if kill_after is not None and len(reported) == kill_after:
            proc.send_signal(signal.SIGKILL)   # from outside: lands wherever the writer is
            break
    assert proc.wait(timeout=30) == -signal.SIGKILL
    proc.stdout.close()
    return sid, reported


def test_a_writer_killed_in_the_middle_of_an_append_loses_only_that_append(tmp_path):
    sid, reported = run_writer(tmp_path, kill_before_commit=200)
    assert reported == list(range(200))
    with Store(tmp_path / "data") as store:
        assert [e["text"] for e in store.events(sid)] == [f"answer {i}" for i in range(200)]
        assert store.session(sid)["next_seq"] == 200
        assert store.append(sid, answered("after the restart")) == 200
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_writer_killed_at_any_moment_keeps_every_event_it_reported(tmp_path):
    sid, reported = run_writer(tmp_path, kill_after=300)
    with Store(tmp_path / "data") as store:
        events = store.events(sid)
        next_seq = store.session(sid)["next_seq"]
        # Everything reported is there; at most a few more committed before the kill
        # landed but were not printed yet. No gaps, and next_seq follows the last one.
        assert reported == list(range(300))
        assert len(events) >= 300 and next_seq == len(events)
        assert [e["text"] for e in events] == [f"answer {i}" for i in range(len(events))]
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- tokens ----------------------------------------------------------------------------------


def test_each_token_opens_only_what_it_should(store):
    alice = store.create_session(ROLE, "offline")
    bob = store.create_session(ROLE, "offline")
    assert store.authorize(alice.session_id, alice.token) == "write"
    assert store.authorize(alice.session_id, alice.replay_token) == "read"
    assert store.authorize(alice.session_id, alice.owner_token) == "write"
    for wrong in (bob.token, bob.replay_token, bob.owner_token, "", None, "t-", alice.token + "x",
                  tokens.hash_token(alice.token)):   # the stored hash is not a token
        assert store.authorize(alice.session_id, wrong) is None
    assert store.authorize("s-nobody", alice.token) is None


def test_tokens_are_unguessable_and_typed(store):
    new = store.create_session(ROLE, "offline")
    assert new.token.startswith("t-") and new.replay_token.startswith("r-") and new.owner_token.startswith("o-")
    assert len({new.token, new.replay_token, new.owner_token}) == 3
    assert all(len(t) >= 45 for t in (new.token, new.replay_token, new.owner_token))


def test_an_owner_sees_only_their_own_sessions_newest_first(store):
    first = store.create_session(ROLE, "offline")
    second = store.create_session("data_scientist", "offline", owner_token=first.owner_token)
    stranger = store.create_session(ROLE, "offline")
    assert second.owner_token == first.owner_token
    listed = store.sessions_for_owner(first.owner_token)
    assert [s["id"] for s in listed] == [second.session_id, first.session_id]
    assert set(listed[0]) >= {"id", "role_id", "created", "status", "overall", "band"}
    assert not any("hash" in key for key in listed[0])
    assert [s["id"] for s in store.sessions_for_owner(stranger.owner_token)] == [stranger.session_id]
    assert store.sessions_for_owner(first.token) == []
    assert store.sessions_for_owner("") == [] and store.sessions_for_owner(None) == []


def test_a_made_up_owner_token_is_replaced_by_a_real_one(store):
    new = store.create_session(ROLE, "offline", owner_token="o-1234")
    assert new.owner_token != "o-1234" and tokens.looks_like(new.owner_token, "o-")
    assert store.sessions_for_owner("o-1234") == []


def test_no_token_is_stored_only_its_hash(tmp_path):
    with Store(tmp_path) as store:
        new = store.create_session(ROLE, "offline")
        store.append(new.session_id, said("hello"))
        admin = store.ensure_admin_token()
        kept = all_bytes(tmp_path)     # while open: the database and its WAL
    kept += all_bytes(tmp_path)        # after close: checkpointed into the database
    for token in (new.token, new.replay_token, new.owner_token, admin):
        assert token.encode() not in kept
        assert tokens.hash_token(token).encode() in kept


def test_the_admin_token_is_shown_once_and_can_be_reset(tmp_path):
    with Store(tmp_path) as store:
        admin = store.ensure_admin_token()
        assert admin.startswith("a-") and store.is_admin(admin)
        assert store.ensure_admin_token() is None
    with Store(tmp_path) as store:                     # a restart shows nothing new
        assert store.ensure_admin_token() is None
        assert store.is_admin(admin)
        assert not store.is_admin(admin[:-1]) and not store.is_admin("") and not store.is_admin(None)
        fresh = store.reset_admin_token()
        assert store.is_admin(fresh) and not store.is_admin(admin)


def test_no_admin_before_the_admin_token_exists(store):
    assert not store.is_admin("a-anything")


# -- search --------------------------------------------------------------------------------


def test_search_finds_what_was_said_in_the_owners_sessions_only(store):
    mine = store.create_session(ROLE, "offline")
    also_mine = store.create_session(ROLE, "offline", owner_token=mine.owner_token)
    theirs = store.create_session(ROLE, "offline")
    store.append(mine.session_id, said("Why do we divide by sqrt(d_k) in attention?"))
    store.append(mine.session_id, answered("It keeps the variance of the dot products near one."))
    store.append(also_mine.session_id, answered("Gradient clipping bounds the update size."))
    store.append(theirs.session_id, answered("The variance of the gradients explodes."))
    store.append(mine.session_id, {"type": "code_changed", "v": 1, "at": 3, "exercise": "attention",
                                   "code": "variance = x.var()"})   # code is not transcript

    hits = store.search(mine.owner_token, "variance")
    assert [(h["session_id"], h["seq"], h["who"]) for h in hits] == [(mine.session_id, 1, "candidate")]
    assert "«variance»" in hits[0]["snippet"]
    assert {h["session_id"] for h in store.search(mine.owner_token, "gradients")} == {also_mine.session_id}
    assert store.search(mine.owner_token, "sqrt d_k")[0]["who"] == "interviewer"
    assert store.search(theirs.owner_token, "attention") == []
    assert store.search(mine.token, "variance") == []       # a session token is not an owner token
    assert store.search(None, "variance") == []


def test_every_word_must_match(store):
    new = store.create_session(ROLE, "offline")
    store.append(new.session_id, answered("dropout regularizes"))
    store.append(new.session_id, answered("dropout at inference is off"))
    assert [h["seq"] for h in store.search(new.owner_token, "dropout inference")] == [1]


def test_search_indexes_exactly_the_types_the_vocabulary_says_someone_said(store):
    """`said_by` in interviewer/events.py decides what is searchable; nothing else does."""
    new = store.create_session(ROLE, "offline")
    samples = {
        "interviewer_said": dict(text="wordinterviewer", purpose="question"),
        "candidate_said": dict(text="wordcandidate", question_id="q"),
        "hint_given": dict(question_id="q", level=1, text="wordhint"),
        "code_changed": dict(exercise="attention", code="wordcode = 1"),
        "interviewer_fallback": dict(reason="wordfallback"),
    }
    for type_, fields in samples.items():
        store.append(new.session_id, make(type_, 1.0, **fields))
    found = {hit["text"].split()[0].split("=")[0].strip(): hit["who"]
             for word in ("wordinterviewer", "wordcandidate", "wordhint", "wordcode", "wordfallback")
             for hit in store.search(new.owner_token, word)}
    assert found == {"wordinterviewer": "interviewer", "wordcandidate": "candidate", "wordhint": "interviewer"}
    assert {t for t, d in EVENTS.items() if d.said_by} == {"interviewer_said", "candidate_said", "hint_given"}


@pytest.mark.parametrize("hostile", ['"', '""', "'", 'NEAR(', 'NEAR(a b', '*', 'a*', '^', 'attention OR',
                                     'OR AND NOT', '-', 'col:attention', 'text:"x', '(((', ')', '{a b}: c',
                                     "'; DROP TABLE events; --", "\x00", "🙂", " ", "", "a" * 5000])
def test_search_input_is_text_never_query_syntax(store, hostile):
    new = store.create_session(ROLE, "offline")
    store.append(new.session_id, answered("attention OR near the col"))
    store.search(new.owner_token, hostile)         # never raises
    assert store.search(new.owner_token, "attention") != []


def test_operators_in_a_query_are_searched_as_words(store):
    new = store.create_session(ROLE, "offline")
    store.append(new.session_id, answered("we chose bagging"))
    # As FTS syntax, 'bagging OR boosting' would match; as words, "or" and "boosting" are missing.
    assert store.search(new.owner_token, "bagging OR boosting") == []
    assert fts_query('say "NEAR(x*') == '"say" "NEAR" "x"'


# -- deleting ----------------------------------------------------------------------------------


def test_deleting_a_session_removes_its_events_and_transcript(store):
    gone = store.create_session(ROLE, "offline")
    kept = store.create_session(ROLE, "offline", owner_token=gone.owner_token)
    for new in (gone, kept):
        store.append(new.session_id, answered("softmax temperature"))
        store.append(new.session_id, scorecard())
    assert store.delete_session(gone.session_id) is True

    count = lambda sql: store.db.execute(sql, [gone.session_id]).fetchone()[0]  # noqa: E731
    assert count("SELECT count(*) FROM events WHERE session_id = ?") == 0
    assert count("SELECT count(*) FROM transcripts WHERE session_id = ?") == 0
    assert store.session(gone.session_id) is None and store.events(gone.session_id) == []
    assert store.authorize(gone.session_id, gone.token) is None
    assert [h["session_id"] for h in store.search(gone.owner_token, "softmax")] == [kept.session_id]
    assert len(store.events(kept.session_id)) == 2
    assert store.delete_session(gone.session_id) is False
    with pytest.raises(UnknownSession):
        store.append(gone.session_id, said("anyone?"))


# -- migrations --------------------------------------------------------------------------------


def test_migrating_twice_changes_nothing(tmp_path):
    Store(tmp_path).close()
    db = Database(tmp_path / DB_NAME)
    schema = db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert migrations.migrate(db) == migrations.LATEST
    assert migrations.migrate(db) == migrations.LATEST
    assert db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    db.close()


def test_a_version_1_database_upgrades_with_its_data(tmp_path):
    # A database as the first release left it, with a session in it.
    db = Database(tmp_path / DB_NAME)
    assert migrations.migrate(db, target=1) == 1
    db.execute("INSERT INTO sessions (id, owner_hash, token_hash, replay_hash, role_id, interviewer, created,"
                " started_wall, updated, status, next_seq) VALUES ('s-old', ?, ?, ?, ?, 'offline', 1, 1, 2,"
                " 'active', 1)", [tokens.hash_token("o-old"), tokens.hash_token("t-old"),
                                  tokens.hash_token("r-old"), ROLE])
    db.execute("INSERT INTO events (session_id, seq, type, at, data) VALUES ('s-old', 0, 'candidate_said', 1.5, ?)",
               ['{"type":"candidate_said","at":1.5,"text":"layer norm per token"}'])
    assert "sessions_by_owner" not in {i.name for i in db["sessions"].indexes}
    db.close()

    with Store(tmp_path) as store:
        assert migrations.version(store.db) == migrations.LATEST == 5
        assert {i.name for i in store.db["sessions"].indexes} >= {"sessions_by_owner", "sessions_by_status"}
        # read back in today's shape: an event written without a version is version 1
        assert store.events("s-old") == [{"type": "candidate_said", "v": 1, "at": 1.5,
                                          "text": "layer norm per token"}]
        assert store.authorize("s-old", "t-old") == "write"
        assert [h["seq"] for h in store.search("o-old", "norm")] == [0]
        assert store.append("s-old", said("and batch norm?")) == 1


def test_a_database_from_a_newer_hotseat_is_refused(tmp_path):
    Store(tmp_path).close()
    db = Database(tmp_path / DB_NAME)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    db.close()
    with pytest.raises(migrations.SchemaTooNew, match="version 99"):
        Store(tmp_path)


def test_a_failing_migration_step_leaves_the_previous_version(tmp_path, monkeypatch):
    Store(tmp_path).close()

    def broken_step(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    latest = migrations.LATEST
    monkeypatch.setitem(migrations.MIGRATIONS, latest + 1, broken_step)
    monkeypatch.setattr(migrations, "LATEST", latest + 1)
    db = Database(tmp_path / DB_NAME)
    with pytest.raises(RuntimeError, match="step failed"):
        migrations.migrate(db)
    assert migrations.version(db) == latest
    assert not db["half_done"].exists()
    db.close()


def test_version_4_makes_hints_already_stored_searchable(tmp_path):
    owner = tokens.new_token(tokens.OWNER)
    db = Database(tmp_path / DB_NAME)
    assert migrations.migrate(db, target=3) == 3
    db.execute("INSERT INTO sessions (id, owner_hash, token_hash, replay_hash, role_id, interviewer, created,"
               " started_wall, updated, status, next_seq) VALUES ('s-hint', ?, ?, ?, ?, 'offline', 1, 1, 2,"
               " 'active', 2)", [tokens.hash_token(owner), tokens.hash_token("t-h"), tokens.hash_token("r-h"), ROLE])
    for seq, event in enumerate([{"type": "candidate_said", "at": 1, "text": "softmax saturates"},
                                 {"type": "hint_given", "at": 2, "question_id": "q", "level": 1,
                                  "text": "Think about the variance of the dot products."}]):
        db.execute("INSERT INTO events (session_id, seq, type, at, data) VALUES ('s-hint', ?, ?, ?, ?)",
                   [seq, event["type"], event["at"], json.dumps(event)])
    assert db.execute("SELECT count(*) FROM transcripts").fetchone()[0] == 1   # the old trigger skipped the hint
    db.close()
    with Store(tmp_path) as store:
        assert [(h["seq"], h["who"]) for h in store.search(owner, "variance")] == [(1, "interviewer")]
        assert [h["seq"] for h in store.search(owner, "softmax")] == [0]
        store.append("s-hint", make("hint_given", 3, question_id="q", level=2, text="Divide by sqrt of d_k."))
        assert [h["seq"] for h in store.search(owner, "sqrt")] == [2]


def test_version_3_fills_category_scores_from_stored_scorecards(tmp_path):
    owner = tokens.new_token(tokens.OWNER)
    db = Database(tmp_path / DB_NAME)
    assert migrations.migrate(db, target=2) == 2
    db.execute("INSERT INTO sessions (id, owner_hash, token_hash, replay_hash, role_id, interviewer, created,"
               " started_wall, updated, status, next_seq, overall, band) VALUES ('s-done', ?, ?, ?, ?, 'offline',"
               " 1, 1, 2, 'finished', 1, 0.5, 'lean_no_hire')",
               [tokens.hash_token(owner), tokens.hash_token("t-done"), tokens.hash_token("r-done"), ROLE])
    card = {"overall": 0.5, "band": "lean_no_hire",
            "categories": [{"category": "ml_fundamentals", "weight": 30, "questions": 2, "score": 0.75}]}
    db.execute("INSERT INTO events (session_id, seq, type, at, data) VALUES ('s-done', 0, 'scorecard', 9, ?)",
               [json.dumps({"type": "scorecard", "at": 9, "scorecard": card})])
    db.close()
    with Store(tmp_path) as store:
        listed = store.sessions_for_owner(owner)
        assert listed[0]["categories"] == {"ml_fundamentals": 0.75}
        fresh = store.create_session(ROLE, "offline", owner_token=owner).session_id
        store.append(fresh, {"type": "scorecard", "v": 1, "at": 1.0,
                             "scorecard": {**card, "overall": 0.9, "band": "hire"}})
        assert {s["id"]: s["categories"] for s in store.sessions_for_owner(owner)}[fresh] == {"ml_fundamentals": 0.75}


# -- text SQLite cannot store ---------------------------------------------------------------------


def test_lone_surrogates_anywhere_in_an_event_are_replaced_when_it_is_appended(store):
    """Python strings may hold UTF-16 surrogates that UTF-8 (and so SQLite) cannot encode; the
    store replaces the unpaired ones with U+FFFD, in every string of the event, keys included,
    and joins a pair into the character it spells."""
    sid = store.create_session(ROLE, "offline").session_id
    store.append(sid, answered("bad \ud800 value, a pair \ud83d\ude00 and a low \udc00"))
    verdict = {"type": "verdict", "v": 1, "at": 3.0, "run_id": "run-1",
               "verdict": {"passed": False, "error": "ValueError: bad \udfff", "output": ["\ud800"],
                           "tests": [{"name": "k\udc80", "passed": False, "message": "x"}], "ke\ud801y": 1}}
    store.append(sid, verdict)
    said_back, verdict_back = store.events(sid)
    assert said_back["text"] == "bad \ufffd value, a pair \U0001f600 and a low \ufffd"
    assert verdict_back["verdict"]["error"] == "ValueError: bad \ufffd"
    assert verdict_back["verdict"]["output"] == ["\ufffd"] and verdict_back["verdict"]["tests"][0]["name"] == "k\ufffd"
    assert "ke\ufffdy" in verdict_back["verdict"]
    assert [h["text"] for h in store.search(store_owner(store, sid), "value")] == [said_back["text"]]


def test_an_event_that_is_not_json_is_refused_clearly(store):
    sid = store.create_session(ROLE, "offline").session_id
    with pytest.raises(EventError, match="JSON"):
        store.append(sid, {"type": "verdict", "v": 1, "at": 1.0, "run_id": "r", "verdict": {"output": {1, 2}}})
    assert store.events(sid) == []


def store_owner(store, session_id):
    """An owner token for a session made in a test (the store keeps only hashes, so make one)."""
    owner = tokens.new_token(tokens.OWNER)
    store.db.execute("UPDATE sessions SET owner_hash = ? WHERE id = ?", [tokens.hash_token(owner), session_id])
    return owner


# -- leases -------------------------------------------------------------------------------------


def test_a_lease_keeps_other_stores_from_writing_to_the_session(tmp_path):
    with Store(tmp_path) as mine, Store(tmp_path) as theirs:      # two servers' stores on one file
        sid = mine.create_session(ROLE, "offline").session_id
        mine.take_lease(sid, 30)
        assert mine.append(sid, said("mine")) == 0
        with pytest.raises(SessionLeased, match="another server"):
            theirs.take_lease(sid, 30)
        with pytest.raises(SessionLeased):
            theirs.append(sid, said("theirs"))        # refused in the append's own transaction
        assert [e["text"] for e in theirs.events(sid)] == ["mine"]   # reading needs no lease
        assert theirs.lease(sid)["holder"] == mine.holder

        mine.release_lease(sid)
        theirs.take_lease(sid, 30)
        assert theirs.append(sid, said("theirs")) == 1
        assert mine.renew_leases([sid], 30) == {sid}  # lost: renewing does not take it back
        with pytest.raises(SessionLeased):
            mine.append(sid, said("mine again"))


def test_an_expired_lease_is_taken_over_and_a_new_session_has_none(tmp_path):
    with Store(tmp_path) as mine, Store(tmp_path) as theirs:
        sid = mine.create_session(ROLE, "offline").session_id
        assert mine.lease(sid) is None
        mine.take_lease(sid, 0.001)
        time.sleep(0.01)
        theirs.take_lease(sid, 30)
        assert mine.lease(sid)["holder"] == theirs.holder
        assert mine.renew_leases([sid, "s-gone"], 30) == {sid}


def test_a_lease_held_by_a_process_that_is_gone_binds_nobody(tmp_path):
    """The holder names its host, pid and the pid's start time: a holder of this host that no
    longer runs (killed, so it released nothing) is taken over at once, long before it expires."""
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from server.store import Store
        store = Store({str(tmp_path)!r})
        sid = store.create_session("machine_learning_engineer", "offline").session_id
        store.take_lease(sid, 3600)
        print(sid, store.holder, flush=True)
    """)
    sid, holder = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                 timeout=60).stdout.split()
    with Store(tmp_path) as store:
        assert store.lease(sid)["holder"] == holder and not holder_alive(holder)
        store.take_lease(sid, 30)
        assert store.append(sid, said("taken over")) == 0
    with Store(tmp_path) as alive:
        assert holder_alive(alive.holder)


def test_deleting_a_session_removes_its_lease(store):
    sid = store.create_session(ROLE, "offline").session_id
    store.take_lease(sid, 30)
    assert store.delete_session(sid)
    assert store.db.execute("SELECT count(*) FROM leases").fetchone()[0] == 0


def test_a_deleted_session_leaves_nothing_in_the_file(store):
    """Not a row, not a search-index entry, not a free page, not a WAL frame: its words are gone."""
    gone = store.create_session(ROLE, "offline")
    kept = store.create_session(ROLE, "offline")
    for i in range(40):                                    # enough to spread over index segments and pages
        store.append(gone.session_id, answered(f"line {i}: qvxzzyplonk sits in answer {i}"))
        store.append(kept.session_id, answered(f"line {i}: mmrrkkstays in answer {i}"))
    store.db.execute("PRAGMA wal_checkpoint(PASSIVE)")     # some copies in the file, some in the WAL
    store.append(gone.session_id, answered("one more qvxzzyplonk"))
    assert store.delete_session(gone.session_id)
    assert b"qvxzzyplonk" not in all_bytes(store.data_dir)
    assert b"mmrrkkstays" in all_bytes(store.data_dir)
    assert len(store.search(store_owner(store, kept.session_id), "mmrrkkstays")) == 40
