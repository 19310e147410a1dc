"""How long after its deadline an LLM call gives up, against a provider that stays silent.

    .venv/bin/python bench/llm_timeouts.py [--runs 10] [--timeout 0.5]

A scripted local server (tests/llm_server.py) stalls: before the first token, after two
streamed tokens, and before a JSON answer. Each call runs through litellm, the OpenAI
SDK and httpx, as in production, and is timed from the call to the `LLMError`. The
figure that matters is the overshoot (seconds past the deadline): it is the dead air a
candidate hears before the offline interviewer takes over. The tests only check that a
call gives up after its deadline and long before the provider would answer; durations
live here because a loaded machine stretches them.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from interviewer.llm import LLMClient, LLMError, LLMSettings, warm_up  # noqa: E402
from tests.llm_server import LLMServer, slow, stall_after  # noqa: E402

STALL = 30.0
SCHEMA = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}
MESSAGES = [{"role": "user", "content": "Say something."}]


async def stream(client: LLMClient) -> None:
    async for _ in client.stream(MESSAGES):
        pass


async def json_call(client: LLMClient) -> None:
    await client.complete_json(MESSAGES, SCHEMA, "bench")


async def measure(server: LLMServer, reply, call, timeout: float, runs: int) -> list[float]:
    client = LLMClient(LLMSettings("openai/bench", api_base=server.url, api_key="sk-bench", timeout=timeout))
    taken = []
    for _ in range(runs):
        server.script(reply)
        started = time.perf_counter()
        try:
            await call(client)
        except LLMError as error:
            assert error.kind == "timeout", error
        taken.append(time.perf_counter() - started)
    return taken


async def run(runs: int, timeout: float) -> None:
    cases = [("no first token (stream)", slow(STALL), stream), ("stall after 2 tokens", stall_after(2, STALL), stream),
             ("no JSON answer", slow(STALL), json_call)]
    print(f"deadline {timeout:g} s, provider silent for {STALL:g} s, {runs} runs each")
    print(f"{'case':28s} {'median':>8s} {'max':>8s} {'overshoot p50':>14s}")
    with LLMServer() as server:
        for name, reply, call in cases:
            taken = await measure(server, reply, call, timeout, runs)
            print(f"{name:28s} {statistics.median(taken):7.3f}s {max(taken):7.3f}s "
                  f"{statistics.median(taken) - timeout:+13.3f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=0.5)
    args = parser.parse_args()
    warm_up().join()
    asyncio.run(run(args.runs, args.timeout))


if __name__ == "__main__":
    main()
