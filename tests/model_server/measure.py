"""Measure the real-model server through the interviewer's own client; figures for README.md.

    .venv/bin/python -m tests.model_server.measure [rounds]

Not a test: timings depend on what else the machine is doing, so they are printed, not asserted.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from interviewer.llm import LLMClient, LLMSettings, schema_problems, warm_up
from tests.model_server import missing, running_model_server

FEEDBACK_SCHEMA = {  # answers of about 60 tokens
    "type": "object",
    "properties": {
        "verdict": {"type": "string", "enum": ["correct", "partly correct", "wrong"]},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "feedback": {"type": "string", "maxLength": 24},
    },
    "required": ["verdict", "confidence", "feedback"],
    "additionalProperties": False,
}
MESSAGES = [
    {"role": "system", "content": "You are a senior ML engineer interviewing a candidate."},
    {"role": "assistant", "content": "Why does batch normalisation help training?"},
    {"role": "user", "content": "It keeps activations in a stable range, so gradients behave and higher learning rates work."},
]


def rss_mb(pid: int) -> tuple[float, float]:
    """Resident and peak resident memory of a process, in MB (from /proc)."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def usage_of(url: str, body: dict) -> dict:
    request = urllib.request.Request(f"{url}/chat/completions", data=json.dumps(body).encode(), headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)["usage"]


async def measure(client: LLMClient, url: str, rounds: int) -> None:
    first_token, rates, chunk_counts = [], [], []
    for _ in range(rounds):
        started = time.perf_counter()
        first = None
        chunks = 0
        async for _chunk in client.stream(MESSAGES, max_tokens=200):
            if first is None:
                first = time.perf_counter()
            chunks += 1
        ended = time.perf_counter()
        first_token.append(first - started)
        rates.append((chunks - 1) / (ended - first))  # tokens after the first, over the time after it
        chunk_counts.append(chunks)
    print(f"stream, max_tokens=200: time to first token median {statistics.median(first_token) * 1000:.0f} ms "
          f"(min {min(first_token) * 1000:.0f}, max {max(first_token) * 1000:.0f}); "
          f"{statistics.median(rates):.0f} tokens/s median (min {min(rates):.0f}, max {max(rates):.0f}); "
          f"{statistics.median(chunk_counts):.0f} chunks per reply")
    tokens = usage_of(url, {"messages": MESSAGES, "max_tokens": 200, "response_format": {
        "type": "json_schema", "json_schema": {"name": "feedback", "schema": FEEDBACK_SCHEMA}}})["completion_tokens"]
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        value = await client.complete_json(MESSAGES, FEEDBACK_SCHEMA, "feedback", max_tokens=200)
        times.append(time.perf_counter() - started)
        assert not schema_problems(value, FEEDBACK_SCHEMA), value
    print(f"complete_json, {tokens} completion tokens: median {statistics.median(times):.2f} s "
          f"(min {min(times):.2f}, max {max(times):.2f})")


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    lacking = missing()
    if lacking:
        sys.exit(f"needs {lacking}: run HOTSEAT_SETUP_MODEL=1 scripts/setup")
    warm_up().join()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        with running_model_server(Path(folder)) as server:
            print(f"server up (port printed, /health ok) in {time.perf_counter() - started:.2f} s; "
                  f"RSS {rss_mb(server.pid)[0]:.0f} MB idle")
            client = LLMClient(LLMSettings(model=server.model, api_base=server.url, timeout=120))
            asyncio.run(measure(client, server.url, rounds))
            rss, peak = rss_mb(server.pid)
            print(f"node RSS after the runs {rss:.0f} MB (peak {peak:.0f} MB)")
            with open("/proc/loadavg") as load:
                print(f"load average while measuring: {load.read().split()[0]}")


if __name__ == "__main__":
    main()
