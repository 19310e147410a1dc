"""Event append latency on a real SQLite file (WAL, synchronous=NORMAL).

    .venv/bin/python bench/store_append.py [--appends 2000]

The server appends every event from its event loop before telling the client, so an
append has to stay far below a network round trip.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from interviewer.events import make  # noqa: E402
from server.store import Store  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--appends", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Store(folder) as store:
        session = store.create_session("machine_learning_engineer", "offline").session_id
        times = []
        for i in range(args.appends):
            event = make("candidate_said", float(i), text=f"answer {i} about attention " * 8, question_id="q")
            began = time.perf_counter()
            store.append(session, event)
            times.append((time.perf_counter() - began) * 1000)
        times.sort()
        pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]  # noqa: E731
        print(f"{args.appends} appends: p50 {pick(.5):.3f} ms, p95 {pick(.95):.3f} ms, max {times[-1]:.3f} ms")


if __name__ == "__main__":
    main()
