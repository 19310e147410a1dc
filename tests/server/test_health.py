"""`/api/health` tells the truth about the store and the disk, and so do the errors users see.

Two real failures, each on a real server process: a database file with a damaged page (a
copy of a real one, one b-tree page overwritten), and a data folder on a filesystem that
fills up (a tmpfs of a few megabytes, mounted for the test: writing to it ends in ENOSPC
exactly as a full disk does, so SQLite answers SQLITE_FULL; mounting needs root, and the
test says so when it cannot).
"""

from __future__ import annotations

import errno
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from server.store import DB_NAME, Store
from tests.server.harness import Client, ServerProcess

ROLE = "data_scientist"


def said(i: int) -> dict:
    return {"type": "candidate_said", "v": 1, "at": float(i), "text": f"answer {i} " + "words " * 60}


def health_until(server: ServerProcess, status: int, deadline: float = 60.0) -> dict:
    """Poll `/api/health` until it answers `status` (the start-up integrity check runs in the background)."""
    end = time.monotonic() + deadline
    while True:
        answer = httpx.get(server.url + "/api/health", timeout=5)
        if answer.status_code == status or time.monotonic() > end:
            assert answer.status_code == status, answer.text
            return answer.json()
        time.sleep(0.1)


def test_a_damaged_database_is_reported_by_health_and_by_every_read(tmp_path):
    original = tmp_path / "original"
    with Store(original) as store:
        new = store.create_session(ROLE, "offline")
        for i in range(300):                       # enough rows for the events table to span many pages
            store.append(new.session_id, said(i))
        root = store.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'events'").fetchone()[0]
        page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
    copy = tmp_path / "data"
    shutil.copytree(original, copy)
    with open(copy / DB_NAME, "r+b") as handle:    # the events table's root page: its header overwritten
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 16)

    server = ServerProcess(copy).start(healthy=False)
    try:
        health = health_until(server, 503)
        assert health["status"] == "failing"
        assert any("damaged" in p and "backup" in p for p in health["problems"]), health
        replay = httpx.get(f"{server.url}/api/sessions/{new.session_id}/replay",
                           headers={"authorization": f"Bearer {new.token}"})
        assert replay.status_code == 503 and "damaged" in replay.json()["detail"]
    finally:
        server.stop()


@pytest.fixture
def small_disk(tmp_path):
    """A data folder on its own 8 MB tmpfs, unmounted afterwards."""
    folder = tmp_path / "data"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"a full disk is simulated with a small tmpfs, which needs root: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Write a file until the filesystem says it is full (ENOSPC)."""
    filler = folder / "filler"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * (64 << 10))
                handle.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_a_full_disk_is_reported_by_health_and_named_in_the_errors_users_see(small_disk):
    server = ServerProcess(small_disk, env={"HOTSEAT_MIN_FREE_MB": "1"}).start()
    try:
        assert httpx.get(server.url + "/api/health").json()["status"] == "ok"
        client = Client(server.ws_url)
        session = client.request({"type": "start", "role": ROLE, "options": {"seed": 1}})
        client.until(lambda m: m["type"] == "ack")
        filler = fill(small_disk)

        health = health_until(server, 503, deadline=5)
        assert any("free" in p and str(small_disk) in p for p in health["problems"]), health
        refused = None
        for n in range(60):                      # until a write needs a page the full disk cannot give
            reply = client.answered({"type": "answer", "text": f"attempt {n} " + "padding " * 2000})
            if reply["type"] == "error":
                refused = reply
                break
        assert refused is not None, "no write failed on a full disk"
        assert refused["code"] == "storage_full" and "disk" in refused["message"] and "full" in refused["message"]
        shared = httpx.post(f"{server.url}/api/sessions/{session['session_id']}/share",
                            headers={"authorization": f"Bearer {session['token']}"})
        assert shared.status_code in (200, 507)        # a one-row update may still fit where a page was freed
        if shared.status_code == 507:
            assert "full" in shared.json()["detail"]

        filler.unlink()
        assert health_until(server, 200, deadline=5)["status"] == "ok"
        assert client.answered({"type": "answer", "text": "and now it is saved"})["type"] == "ack"
        replay = httpx.get(f"{server.url}/api/sessions/{session['session_id']}/replay",
                           headers={"authorization": f"Bearer {session['token']}"}).json()
        kept = [e["text"] for e in replay["events"] if e["type"] == "candidate_said"]
        assert kept[-1] == "and now it is saved"   # the log goes on with no gap and nothing half-written
        client.close()
    finally:
        server.stop()
