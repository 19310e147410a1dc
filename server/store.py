"""The store: sessions and their append-only event logs in one SQLite file.

Everything about an interview is its events (`interviewer/events.py`), so this module
only has to keep these promises:

- **An appended event is durable.** `append` returns after COMMIT. The database runs in
  WAL mode with `synchronous=NORMAL`: a commit is a write into the WAL file, which the
  kernel holds once `write()` returns, so it survives the server being killed at any
  moment (SIGKILL, OOM, a crash); only a power loss or kernel panic can undo the last
  commits, and even then the file stays consistent. `synchronous=FULL` would add that
  power-loss durability at the price of an fsync per event.
- **A log is never out of step.** Inserting the event, indexing what it says for search
  (the types `interviewer/events.py` declares `said_by`), moving `next_seq` and
  projecting it onto the session's row (a scorecard finishes the session) happen in one
  transaction; triggers (see `migrations.py`) refuse to change or remove single events.
- **Every reader sees today's shapes.** Events are read back through
  `interviewer.events.upgrade`, so logs written before an event's shape changed replay.
- **Nobody reads a session without its token.** Only SHA-256 hashes of tokens are
  stored (`tokens.py`); `authorize` says what a token may do with a session.
- **One session, one driver.** A server drives a session only while it holds the session's
  lease (`take_lease`, renewed by its hub), and `append` refuses an event for a session
  whose lease another live server holds, in the same transaction: two servers on one file
  can never interleave one session's log. Reading needs no lease.
- **A failure of the disk or the file says what it is.** Every use of the connection goes
  through `_use`, which turns SQLite's "disk full" into `StoreFull` and its "malformed" into
  `StoreDamaged` (remembered, so `health()` reports it from then on); both carry a message
  a user may read. `check_integrity` runs `PRAGMA quick_check` on a connection of its own
  (the server runs it at start-up and every few hours, in a thread), and `health()` adds a
  cheap read and the free space of the data folder's disk.

The store is synchronous and small: the server calls it straight from its event loop
(an append costs well under a millisecond, see the tests). One connection is shared,
guarded by a lock, so calls from a thread pool are safe too; other processes (the
CLI) may open the same file at the same time, and wait up to `BUSY_TIMEOUT_MS` for
a writer.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
import shutil
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from interviewer.events import EVENTS, Event, EventError, scrub, upgrade, validate
from server import migrations, tokens

log = logging.getLogger("hotseat.store")
DB_NAME = "hotseat.db"
BUSY_TIMEOUT_MS = 5000
INTEGRITY_EVERY = 6 * 3600   # seconds between two quick_checks of a running server
SEARCH_LIMIT = 50
_ADMIN_KEY = "admin_token_hash"
_PUBLIC = ("id", "role_id", "interviewer", "created", "started_wall", "updated", "status",
           "next_seq", "overall", "band")


class UnknownSession(LookupError):
    """No session has this id (never created, or deleted)."""


class StoreError(RuntimeError):
    """The database could not do what was asked, for a reason outside the request: `message` may be
    shown to a user as it is, `code` names the reason (the websocket's error code), `status` is
    the HTTP status that fits."""

    code, status = "storage_error", 503

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class StoreFull(StoreError):
    """The disk holding the data folder is full: nothing was written, nothing stored is lost."""

    code, status = "storage_full", 507


class SessionLeased(StoreError):
    """Another server drives this session (it holds its lease): this one must not write to it."""

    code, status = "leased", 409

    def __init__(self, session_id: str, holder: str, expires: float):
        left = max(0, round(expires - time.time()))
        host, _, rest = holder.partition("/")
        process = rest.split("-", 1)[0] or "?"
        super().__init__(f"another server ({host}, process {process}) is driving this session; connect to "
                         f"that server, or try again in up to {left} s once it has let go")
        self.session_id, self.holder, self.expires = session_id, holder, expires


class StoreDamaged(StoreError):
    """The database file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB): restore it from a backup."""

    code, status = "storage_damaged", 503


@dataclass(frozen=True)
class NewSession:
    """What a new session's creator is told, once: the tokens exist nowhere else."""

    session_id: str
    token: str          # read and write this session
    replay_token: str   # read it only (a replay link)
    owner_token: str    # lists and searches all of this candidate's sessions


class Store:
    """Sessions and events in `<data_dir>/hotseat.db` (created, with its folder, if missing)."""

    def __init__(self, data_dir: str | os.PathLike, holder: str | None = None):
        self.data_dir = Path(data_dir)
        self.holder = holder or new_holder()     # who this store's leases name
        self.path = self.data_dir / DB_NAME
        self._lock = threading.RLock()
        self.damage: str | None = None          # why the file is known to be damaged, once it is
        self.integrity: dict[str, Any] = {"result": "not checked yet", "checked": None}
        self.db = _open(self.path)
        with self._use():
            migrations.migrate(self.db)

    def close(self) -> None:
        with self._lock:
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sessions -------------------------------------------------------------------

    def create_session(self, role_id: str, interviewer: str, owner_token: str | None = None,
                       started_wall: float | None = None) -> NewSession:
        """Open a session and issue its tokens.

        `owner_token` groups it with the candidate's earlier sessions. A string that is
        not shaped like an owner token we issue (see `tokens.looks_like`) is not trusted
        as one: a fresh owner token is issued instead, and returned.
        `started_wall` is the epoch of the interview clock's zero (default: now).
        """
        if not tokens.looks_like(owner_token, tokens.OWNER):
            owner_token = tokens.new_token(tokens.OWNER)
        new = NewSession(session_id="s-" + secrets.token_urlsafe(12),   # a name, not a secret
                         token=tokens.new_token(tokens.SESSION),
                         replay_token=tokens.new_token(tokens.REPLAY),
                         owner_token=owner_token)
        now = time.time()
        with self._use():
            self.db.execute(
                "INSERT INTO sessions (id, owner_hash, token_hash, replay_hash, role_id, interviewer,"
                " created, started_wall, updated, status, next_seq)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', 0)",
                [new.session_id, tokens.hash_token(new.owner_token), tokens.hash_token(new.token),
                 tokens.hash_token(new.replay_token), role_id, interviewer, now,
                 now if started_wall is None else started_wall, now])
        return new

    def session(self, session_id: str) -> dict[str, Any] | None:
        """A session's public fields (never its token hashes), or None."""
        with self._use():
            row = self.db.execute(f"SELECT {', '.join(_PUBLIC)} FROM sessions WHERE id = ?",
                                  [session_id]).fetchone()
        return dict(zip(_PUBLIC, row)) if row else None

    def active_sessions(self) -> list[dict[str, Any]]:
        """Sessions not finished yet, oldest first: what a restarted server may resume."""
        with self._use():
            rows = self.db.execute(f"SELECT {', '.join(_PUBLIC)} FROM sessions"
                                   " WHERE status = 'active' ORDER BY created").fetchall()
        return [dict(zip(_PUBLIC, row)) for row in rows]

    def delete_session(self, session_id: str) -> bool:
        """Delete a session, its events and its transcript lines, for good; False if there was none."""
        return bool(self._delete("id = ?", [session_id]))

    def delete_owner(self, owner_token: str | None) -> list[str]:
        """Delete every session of this owner token, for good (see `_delete`); return their ids."""
        if not isinstance(owner_token, str) or not owner_token:
            return []
        return self._delete("owner_hash = ?", [tokens.hash_token(owner_token)])

    def _delete(self, where: str, params: list) -> list[str]:
        """Delete the sessions `where` says, so that nothing of them stays in the file.

        Their rows go (events and leases by cascade, transcript lines by trigger), and with
        `secure_delete` on, SQLite zeroes the space they held. The search index still holds
        their words in its older segments, marked deleted, until those are merged, so it is
        rewritten (`optimize`: about half a second per 50,000 lines, during which the store
        waits); then the WAL, which may hold earlier copies of the pages, is checkpointed
        and truncated. Deleting is rare and asked for: it is worth being thorough.
        """
        with self._use(write=True):
            ids = [row[0] for row in self.db.execute(f"SELECT id FROM sessions WHERE {where}", params)]
            if not ids:
                return []
            self.db.execute(f"DELETE FROM sessions WHERE {where}", params)
            self.db.execute("INSERT INTO transcripts (transcripts) VALUES ('optimize')")
        with self._use():
            busy = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:   # a reader of another process holds old pages: they are overwritten by later checkpoints
            log.warning("the WAL could not be truncated after a deletion (a reader is busy)")
        return ids

    def owner_session_ids(self, owner_token: str | None) -> list[str]:
        """The ids of the owner's sessions, newest first."""
        return [s["id"] for s in self.sessions_for_owner(owner_token)]

    # -- the event log ----------------------------------------------------------------

    def append(self, session_id: str, event: Event) -> int:
        """Commit `event` at the end of the session's log and return its `seq`.

        Raises `UnknownSession` for a session that does not exist, and
        `interviewer.events.EventError` for something that is not an event in today's
        shape or not JSON. What the event says is indexed for search, and its projection
        onto the session's row (a scorecard's score and band) applied, in the same
        transaction. Text UTF-8 cannot hold (lone surrogates) is replaced first (`scrub`):
        this is the one door every event goes through on its way to disk.
        """
        event = validate(scrub(event))
        declared = EVENTS[event["type"]]
        try:
            data = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise EventError(f"{event['type']} is not JSON: {exc}") from None
        row = declared.session_row(event) if declared.session_row else {}
        if "categories" in row:
            row["categories"] = json.dumps(row["categories"])
        now = time.time()
        with self._use(write=True):
            found = self.db.execute("SELECT next_seq FROM sessions WHERE id = ?", [session_id]).fetchone()
            if found is None:
                raise UnknownSession(session_id)
            self._refuse_if_leased(session_id, now)
            seq = found[0]
            self.db.execute("INSERT INTO events (session_id, seq, type, at, data) VALUES (?, ?, ?, ?, ?)",
                            [session_id, seq, event["type"], event["at"], data])
            if declared.said_by:
                self.db.execute("INSERT INTO transcripts (session_id, seq, who, text) VALUES (?, ?, ?, ?)",
                                [session_id, seq, declared.said_by, event["text"]])
            columns = {"next_seq": seq + 1, "updated": now, **row}
            self.db.execute(f"UPDATE sessions SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                            [*columns.values(), session_id])
        return seq

    def events(self, session_id: str, after_seq: int = -1) -> list[Event]:
        """The session's events with `seq > after_seq`, in order.

        Sequence numbers have no gaps, so the i-th event returned has seq
        `after_seq + 1 + i`. An unknown session has no events.
        """
        with self._use():
            rows = self.db.execute("SELECT data FROM events WHERE session_id = ? AND seq > ? ORDER BY seq",
                                   [session_id, after_seq]).fetchall()
        return [validate(upgrade(json.loads(data))) for (data,) in rows]

    # -- access -------------------------------------------------------------------------

    def authorize(self, session_id: str, token: str | None) -> str | None:
        """What `token` may do with this session: "write", "read" or None.

        The session token and its owner's token write (the owner may also delete); the
        replay token reads. Any other token, or an unknown session, gets None.
        """
        if not isinstance(token, str) or not token:
            return None
        with self._use():
            row = self.db.execute("SELECT token_hash, replay_hash, owner_hash FROM sessions WHERE id = ?",
                                  [session_id]).fetchone()
        if row is None:
            return None
        token_hash, replay_hash, owner_hash = row
        given = tokens.hash_token(token)
        if tokens.same(given, token_hash) or tokens.same(given, owner_hash):
            return "write"
        if tokens.same(given, replay_hash):
            return "read"
        return None

    def new_replay_token(self, session_id: str) -> str:
        """Issue a new replay token for the session; the old one opens nothing from now on.

        This is how a share link is revoked: links are the token, and only its hash is kept,
        so replacing the hash is the revocation. Raises `UnknownSession`.
        """
        token = tokens.new_token(tokens.REPLAY)
        with self._use(write=True):
            changed = self.db.execute("UPDATE sessions SET replay_hash = ? WHERE id = ?",
                                      [tokens.hash_token(token), session_id]).rowcount
        if not changed:
            raise UnknownSession(session_id)
        return token

    def sessions_for_owner(self, owner_token: str | None) -> list[dict[str, Any]]:
        """The owner's sessions, newest first."""
        if not isinstance(owner_token, str) or not owner_token:
            return []
        with self._use():
            rows = self.db.query(
                "SELECT id, role_id, interviewer, created, updated, status, overall, band, categories"
                " FROM sessions WHERE owner_hash = ? ORDER BY created DESC", [tokens.hash_token(owner_token)])
            return [{**row, "categories": json.loads(row["categories"]) if row["categories"] else None}
                    for row in rows]

    def search(self, owner_token: str | None, query: str, limit: int = SEARCH_LIMIT) -> list[dict[str, Any]]:
        """Full-text search over what was said in the owner's sessions, best matches first.

        Every word of `query` must appear (stemmed: "gradients" finds "gradient").
        The query is plain text, never FTS syntax: quotes, `NEAR(`, `*`, `OR` are
        words or nothing. A hit: session_id, seq (the moment to open the replay at),
        who ("interviewer" | "candidate"), text, snippet (matches between « and »),
        role_id, created.
        """
        match = fts_query(query)
        if not match or not isinstance(owner_token, str) or not owner_token:
            return []
        with self._use():
            rows = self.db.query(
                "SELECT t.session_id, t.seq, t.who, t.text,"
                " snippet(transcripts, 3, '«', '»', '…', 16) AS snippet, s.role_id, s.created"
                " FROM transcripts t JOIN sessions s ON s.id = t.session_id"
                " WHERE transcripts MATCH ? AND s.owner_hash = ?"
                " ORDER BY t.rank, s.created DESC, t.seq LIMIT ?",
                [match, tokens.hash_token(owner_token), limit])
            return list(rows)

    # -- the admin token ---------------------------------------------------------------

    def ensure_admin_token(self) -> str | None:
        """On first start, make the admin token and return it (to print once); else None."""
        token = tokens.new_token(tokens.ADMIN)
        with self._use(write=True):
            created = self.db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                                      [_ADMIN_KEY, tokens.hash_token(token)]).rowcount
        return token if created else None

    def reset_admin_token(self) -> str:
        """Replace the admin token (the old one stops working); return the new one."""
        token = tokens.new_token(tokens.ADMIN)
        with self._use(write=True):
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                            [_ADMIN_KEY, tokens.hash_token(token)])
        return token

    def is_admin(self, token: str | None) -> bool:
        if not isinstance(token, str) or not token:
            return False
        with self._use():
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", [_ADMIN_KEY]).fetchone()
        return row is not None and tokens.same(tokens.hash_token(token), row[0])

    # -- leases ------------------------------------------------------------------------------

    def take_lease(self, session_id: str, seconds: float) -> float:
        """Hold (or keep holding) the session's lease for `seconds` from now; return when it expires.

        Taken when nobody holds it, when its holder let it expire, or when its holder is a
        process of this machine that is no longer running (a server killed with SIGKILL is
        taken over at once by the next one, instead of after its lease runs out). Raises
        `SessionLeased` when another server holds it, `UnknownSession` for no such session.
        """
        now = time.time()
        with self._use(write=True):
            if self.db.execute("SELECT 1 FROM sessions WHERE id = ?", [session_id]).fetchone() is None:
                raise UnknownSession(session_id)
            self._refuse_if_leased(session_id, now, take_from_the_dead=True)
            self.db.execute("INSERT OR REPLACE INTO leases (session_id, holder, expires) VALUES (?, ?, ?)",
                            [session_id, self.holder, now + seconds])
        return now + seconds

    def renew_leases(self, session_ids: list[str], seconds: float) -> set[str]:
        """Renew (or re-take) the leases of these sessions in one transaction; return those lost to another server."""
        now, lost = time.time(), set()
        with self._use(write=True):
            for session_id in session_ids:
                try:
                    self._refuse_if_leased(session_id, now, take_from_the_dead=True)
                except SessionLeased:
                    lost.add(session_id)
                    continue
                if self.db.execute("SELECT 1 FROM sessions WHERE id = ?", [session_id]).fetchone():
                    self.db.execute("INSERT OR REPLACE INTO leases (session_id, holder, expires) VALUES (?, ?, ?)",
                                    [session_id, self.holder, now + seconds])
        return lost

    def release_lease(self, session_id: str | None = None) -> None:
        """Let go of one session's lease (None: of every lease this store holds), so another server may drive it."""
        with self._use(write=True):
            if session_id is None:
                self.db.execute("DELETE FROM leases WHERE holder = ?", [self.holder])
            else:
                self.db.execute("DELETE FROM leases WHERE session_id = ? AND holder = ?", [session_id, self.holder])

    def lease(self, session_id: str) -> dict[str, Any] | None:
        """Who holds the session's lease and until when (`holder`, `expires`), or None."""
        with self._use():
            row = self.db.execute("SELECT holder, expires FROM leases WHERE session_id = ?", [session_id]).fetchone()
        return {"holder": row[0], "expires": row[1]} if row else None

    def _refuse_if_leased(self, session_id: str, now: float, take_from_the_dead: bool = False) -> None:
        row = self.db.execute("SELECT holder, expires FROM leases WHERE session_id = ?", [session_id]).fetchone()
        if row is None or row[0] == self.holder or row[1] <= now:
            return
        if take_from_the_dead and not holder_alive(row[0]):
            return
        raise SessionLeased(session_id, row[0], row[1])

    # -- health ------------------------------------------------------------------------------

    def health(self, min_free_bytes: int = 0) -> dict[str, Any]:
        """What is wrong with the store, cheaply: a read, the damage seen so far, the disk's free space.

        Returns `{"ok", "problems": [sentences], "free_bytes", "integrity": the last quick_check}`.
        """
        problems = []
        try:
            with self._use():
                self.db.execute("SELECT value FROM meta WHERE key = ?", [migrations.VERSION_KEY]).fetchone()
        except StoreError as exc:
            problems.append(exc.message)
        except sqlite3.Error as exc:
            problems.append(f"the database cannot be read: {exc}")
        if self.damage and self.damage not in problems:
            problems.append(self.damage)
        try:
            free = shutil.disk_usage(self.data_dir).free
        except OSError as exc:
            free = 0
            problems.append(f"the data folder {self.data_dir} cannot be examined: {exc}")
        if free < min_free_bytes:
            problems.append(f"only {free / 1e6:.1f} MB free on the disk holding {self.data_dir} (at least "
                            f"{min_free_bytes / 1e6:.0f} MB wanted): free some space, or writes will fail")
        return {"ok": not problems, "problems": problems, "free_bytes": free, "integrity": dict(self.integrity)}

    def check_integrity(self) -> str:
        """`PRAGMA quick_check` of the whole file: "ok", or what is wrong (then `damage` says so too).

        It reads every page, so it runs on a read-only connection of its own, in the caller's
        thread, and never takes the store's lock: in WAL mode a reader does not block the
        server's writes, and the server goes on answering while a large file is checked.
        """
        started = time.time()
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                rows = [row[0] for row in conn.execute("PRAGMA quick_check(20)")]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            rows = [str(exc)]
        result = "ok" if rows == ["ok"] else "; ".join(rows)
        self.integrity = {"result": result, "checked": started}
        if result != "ok":
            self._damaged(f"quick_check: {result[:400]}")
        return result

    def watch(self, every: float = INTEGRITY_EVERY) -> threading.Thread:
        """Check the file's integrity now and then every `every` seconds, in a daemon thread (the server)."""
        def loop() -> None:
            while True:
                if self.check_integrity() != "ok":
                    log.error("%s", self.damage)
                time.sleep(every)

        thread = threading.Thread(target=loop, name="hotseat-integrity", daemon=True)
        thread.start()
        return thread

    # -- internals -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _use(self, write: bool = False) -> Iterator[None]:
        """Hold the connection (in a transaction when `write`); storage failures come out as `StoreError`s.

        Other SQLite errors (a constraint, a binding) are the caller's bug and pass unchanged.
        """
        with self._lock:
            try:
                if write:
                    with _Transaction(self.db):
                        yield
                else:
                    yield
            except sqlite3.Error as exc:
                problem = self._storage_problem(exc)
                if problem is None:
                    raise
                raise problem from exc

    def _storage_problem(self, exc: sqlite3.Error) -> StoreError | None:
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary == sqlite3.SQLITE_FULL:
            return StoreFull(f"the server's disk is full, so this was not saved; everything saved before it is "
                             f"intact. Try again once space is freed in {self.data_dir}.")
        if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return StoreDamaged(self._damaged(str(exc)))
        if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY):
            return StoreError(f"the server cannot read or write its database ({exc}); nothing was saved")
        return None

    def _damaged(self, what: str) -> str:
        self.damage = (f"the database {self.path} is damaged ({what}); stop the server and restore the data "
                       f"folder from a backup (docs/data.md)")
        return self.damage


class _Transaction:
    """`BEGIN IMMEDIATE` ... COMMIT, or ROLLBACK on any exception.

    IMMEDIATE takes the write lock up front, so a transaction never fails half-way
    for want of it (a deferred one can get SQLITE_BUSY on its first write without
    waiting for the busy timeout).
    """

    def __init__(self, db: Database):
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: type | None, *rest: object) -> None:
        conn = self.db.conn
        if exc_type is None:
            try:
                self.db.execute("COMMIT")
                return
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        if conn.in_transaction:            # an error may already have ended it
            conn.execute("ROLLBACK")


def backup(data_dir: str | os.PathLike, dest: str | os.PathLike) -> dict[str, Any]:
    """Copy a data folder, safely while a server writes to it, into `dest` (new, or empty).

    The database is copied with SQLite's online backup API from a read-only connection: one
    consistent snapshot (a commit either is in it whole or not at all), whatever the server
    does meanwhile, and nothing of the source is written. The copy is checked
    (`integrity_check`), its leases are dropped (a server started on it must not wait for
    the original server to let go), and the rubric folder is copied beside it. `dest` is
    then a data folder: `hotseat serve --data-dir DEST` serves it. Returns a summary.
    """
    source, dest = Path(data_dir) / DB_NAME, Path(dest)
    if not source.is_file():
        raise FileNotFoundError(f"there is no database at {source}")
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise FileExistsError(f"{dest} exists and is not empty; a backup goes into a new folder")
    dest.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(dest, 0o700)
    target = dest / DB_NAME
    os.close(os.open(target, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    dst = sqlite3.connect(str(target), isolation_level=None)
    try:
        src.backup(dst)
        if _has_table(dst, "leases"):
            dst.execute("DELETE FROM leases")
        check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        sessions = dst.execute("SELECT count(*) FROM sessions").fetchone()[0] if _has_table(dst, "sessions") else 0
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dst.close()
        src.close()
    for extra in ("-wal", "-shm"):
        leftover = dest / (DB_NAME + extra)
        if leftover.exists():
            os.chmod(leftover, 0o600)
    if check != "ok":
        raise StoreDamaged(f"the copy in {dest} fails its integrity check ({check}); the source may be damaged")
    if (Path(data_dir) / "rubric").is_dir():
        shutil.copytree(Path(data_dir) / "rubric", dest / "rubric")
    return {"dest": str(dest), "sessions": sessions, "bytes": target.stat().st_size}


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def new_holder() -> str:
    """A name for this store's leases: `host/pid-start/nonce`.

    The host and the process's start time (from /proc) let another server on the same host
    tell a holder that died from one still running (a pid alone may be reused); the nonce
    tells two stores in one process apart. Hosts sharing one file must have distinct names.
    """
    pid = os.getpid()
    return f"{socket.gethostname()}/{pid}-{_started(pid)}/{secrets.token_hex(4)}"


def holder_alive(holder: str) -> bool:
    """False only when `holder` is a process of this host that is gone; a holder elsewhere may be alive."""
    try:
        host, process, _ = holder.split("/")
        pid, started = process.split("-", 1)
    except ValueError:
        return True
    if host != socket.gethostname() or not pid.isdigit():
        return True
    return _started(int(pid)) == started


def _started(pid: int) -> str:
    """The process's start time in clock ticks since boot, or "" if there is no such process."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def fts_query(text: str) -> str:
    """Plain words as an FTS5 query that every word must match; '' when there are none.

    Each word becomes an FTS5 string ("..."), the one construct whose content FTS5
    never interprets, so no input can be read as an operator or break the syntax.
    """
    if not isinstance(text, str):
        return ""
    words = [w for w in re.findall(r"\w+", text) if any(c.isalnum() for c in w)]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words[:32])


def _open(path: Path) -> Database:
    """Open (creating) the database file: private permissions, WAL, foreign keys.

    The folder is made 0700 and the file 0600 before SQLite touches it: it holds
    transcripts and code. SQLite gives the -wal and -shm files the same mode.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)
    # isolation_level=None: no implicit transactions; every write above says where
    # its transaction begins and ends. check_same_thread=False: the lock guards it.
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False,
                           timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")   # deleted transcripts and code are zeroed, not left in free pages
    return db
