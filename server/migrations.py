"""Schema migrations: numbered steps that take a database from one version to the next.

The version lives in `meta` (key `schema_version`; 0 when absent). `migrate(db)` applies
every step above it, in order, each in its own `BEGIN IMMEDIATE` transaction that also
records the new version, so a step either happened completely or not at all (a crash
in the middle leaves the previous version, and the next start runs the step again).
Running `migrate` on an up-to-date database does nothing. A database written by a newer
hotseat (a version above the last step here) is refused rather than guessed at.

To change the schema, append a step; never edit one that has shipped, since databases
out there already ran it. Steps run with `foreign_keys=ON` (the pragma cannot change
inside a transaction): a step that rebuilds a referenced table must copy, not drop.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from sqlite_utils import Database

META = "meta"
VERSION_KEY = "schema_version"


class SchemaTooNew(RuntimeError):
    """The database was written by a newer hotseat; this one must not touch it."""


def _v1_event_log(db: Database) -> None:
    """Sessions, their append-only event logs, a full-text index of what was said, meta."""
    _run(db, """
        CREATE TABLE sessions (
            id           TEXT PRIMARY KEY,
            owner_hash   TEXT NOT NULL,
            token_hash   TEXT NOT NULL,
            replay_hash  TEXT NOT NULL,
            role_id      TEXT NOT NULL,
            interviewer  TEXT NOT NULL,
            created      REAL NOT NULL,      -- epoch seconds
            started_wall REAL NOT NULL,      -- epoch of the interview clock's zero (events' `at`)
            updated      REAL NOT NULL,
            status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'finished')),
            next_seq     INTEGER NOT NULL DEFAULT 0,
            overall      REAL,
            band         TEXT
        );

        CREATE TABLE events (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            seq        INTEGER NOT NULL,
            type       TEXT NOT NULL,
            at         REAL NOT NULL,
            data       TEXT NOT NULL,        -- the event, as JSON
            PRIMARY KEY (session_id, seq)
        );

        -- The log is append-only: an event is never changed, and leaves only with its
        -- session (the cascade runs after the session row is gone, so it passes).
        CREATE TRIGGER events_append_only BEFORE UPDATE ON events
        BEGIN
            SELECT RAISE(ABORT, 'events are append-only');
        END;
        CREATE TRIGGER events_leave_with_their_session BEFORE DELETE ON events
        WHEN EXISTS (SELECT 1 FROM sessions WHERE id = old.session_id)
        BEGIN
            SELECT RAISE(ABORT, 'events are deleted only with their session');
        END;

        -- What was said, searchable. Filled by a trigger, so a transcript line is
        -- committed in the same transaction as its event and can never be missing.
        CREATE VIRTUAL TABLE transcripts USING fts5(
            session_id UNINDEXED, seq UNINDEXED, who UNINDEXED, text,
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER events_transcribed AFTER INSERT ON events
        WHEN new.type IN ('interviewer_said', 'candidate_said')
        BEGIN
            INSERT INTO transcripts (session_id, seq, who, text) VALUES (
                new.session_id, new.seq,
                CASE new.type WHEN 'interviewer_said' THEN 'interviewer' ELSE 'candidate' END,
                json_extract(new.data, '$.text'));
        END;
        CREATE TRIGGER sessions_transcripts_deleted AFTER DELETE ON sessions
        BEGIN
            DELETE FROM transcripts WHERE session_id = old.id;
        END;
    """)


def _v2_lookup_indexes(db: Database) -> None:
    """Index the two session lookups the server makes: by owner (newest first), active ones."""
    _run(db, """
        CREATE INDEX sessions_by_owner ON sessions (owner_hash, created);
        CREATE INDEX sessions_by_status ON sessions (status);
    """)


def _v3_category_scores(db: Database) -> None:
    """Keep each finished session's per-category scores beside its overall score.

    History draws a trend per category across sessions; without this it had to read every
    session's whole event log. Sessions finished before this migration are filled in
    from their stored scorecard events.
    """
    db.execute("ALTER TABLE sessions ADD COLUMN categories TEXT")
    rows = db.execute("SELECT session_id, data FROM events WHERE type = 'scorecard'").fetchall()
    for session_id, data in rows:
        db.execute("UPDATE sessions SET categories = ? WHERE id = ?",
                   [category_scores(json.loads(data).get("scorecard")), session_id])


def _v4_index_from_the_vocabulary(db: Database) -> None:
    """The store indexes what an event says as it appends it, for every type the vocabulary
    declares `said_by` (hints were never indexed by the trigger this replaces); rebuild
    the index that way for the events already stored."""
    _run(db, """
        DROP TRIGGER events_transcribed;
        DELETE FROM transcripts;
        INSERT INTO transcripts (session_id, seq, who, text)
            SELECT session_id, seq,
                   CASE type WHEN 'candidate_said' THEN 'candidate' ELSE 'interviewer' END,
                   json_extract(data, '$.text')
            FROM events WHERE type IN ('interviewer_said', 'candidate_said', 'hint_given');
    """)


def _v5_session_leases(db: Database) -> None:
    """Who drives each live session: one server at a time, even when several share the file.

    A server holds a session's lease while the session is live in its hub and renews it
    before `expires` (epoch seconds); another server takes it over only once it has expired
    or its holder's process is gone (`Store.take_lease`). The lease leaves with its session.
    """
    _run(db, """
        CREATE TABLE leases (
            session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            holder     TEXT NOT NULL,        -- host/pid-start/nonce of the server driving it
            expires    REAL NOT NULL         -- epoch seconds
        );
        CREATE INDEX leases_by_holder ON leases (holder);
    """)


def category_scores(card) -> str | None:
    """A scorecard's `{category: score}` as stored JSON, or None if it has none."""
    if not isinstance(card, dict) or not isinstance(card.get("categories"), list):
        return None
    scores = {c["category"]: c["score"] for c in card["categories"]
              if isinstance(c, dict) and isinstance(c.get("category"), str)
              and isinstance(c.get("score"), (int, float))}
    return json.dumps(scores)


def _run(db: Database, script: str) -> None:
    """Run statements one by one inside the step's transaction.

    Not `executescript`: the sqlite3 module commits any open transaction before a
    script, which would split a step in two.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement.strip()[:60]}")


MIGRATIONS: dict[int, Callable[[Database], None]] = {
    1: _v1_event_log,
    2: _v2_lookup_indexes,
    3: _v3_category_scores,
    4: _v4_index_from_the_vocabulary,
    5: _v5_session_leases,
}
LATEST = max(MIGRATIONS)


def version(db: Database) -> int:
    """The schema version the database is at (0: a new, empty database)."""
    if not db[META].exists():
        return 0
    row = db.execute(f"SELECT value FROM {META} WHERE key = ?", [VERSION_KEY]).fetchone()
    return int(row[0]) if row else 0


def migrate(db: Database, target: int | None = None) -> int:
    """Bring the schema up to `target` (default: the latest); return the version reached."""
    target = LATEST if target is None else target
    db.execute(f"CREATE TABLE IF NOT EXISTS {META} (key TEXT PRIMARY KEY, value TEXT)")
    _refuse_newer(version(db))
    for step in sorted(v for v in MIGRATIONS if v <= target):
        db.execute("BEGIN IMMEDIATE")
        try:
            current = version(db)          # read under the write lock: another process may have run it
            _refuse_newer(current)
            if step > current:
                MIGRATIONS[step](db)
                db.execute(f"INSERT OR REPLACE INTO {META} (key, value) VALUES (?, ?)",
                           [VERSION_KEY, str(step)])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return version(db)


def _refuse_newer(current: int) -> None:
    if current > LATEST:
        raise SchemaTooNew(
            f"this database is at schema version {current}, newer than this hotseat knows "
            f"(up to {LATEST}); upgrade hotseat, or point --data-dir somewhere else")
