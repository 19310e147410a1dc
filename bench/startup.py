"""How long `hotseat serve` takes until it answers /api/health, on a fresh and on a used data folder.

    .venv/bin/python bench/startup.py [--runs 5]

Kernels and litellm warm up in the background; this measures what a user waits for
before the page can load, next to the cost of a bare `python -c 'import fastapi'` for scale.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.server.harness import ServerProcess  # noqa: E402


def time_start(data_dir: Path) -> float:
    server = ServerProcess(data_dir)
    began = time.perf_counter()
    server.start()
    elapsed = time.perf_counter() - began
    server.stop()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        fresh = [time_start(Path(folder) / f"fresh{i}" / "data") for i in range(args.runs)]
        used_dir = Path(folder) / "used" / "data"
        time_start(used_dir)
        used = [time_start(used_dir) for _ in range(args.runs)]
    began = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import fastapi, uvicorn"], check=True)
    imports = time.perf_counter() - began
    print(f"{'start until /api/health answers':<40}{'median s':>10}{'max s':>10}")
    for name, times in (("fresh data folder", fresh), ("existing data folder", used)):
        print(f"{name:<40}{statistics.median(times):>10.2f}{max(times):>10.2f}")
    print(f"{'python -c import fastapi, uvicorn':<40}{imports:>10.2f}")
    print(f"start / bare imports (median, used folder): {statistics.median(used) / imports:.1f}x")


if __name__ == "__main__":
    main()
