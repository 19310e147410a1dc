"""Many candidates at once: a session's runs queue in order, and a busy loop starves nobody else."""

import asyncio
import textwrap

from tests.kernels.conftest import CORRECT_SOFTMAX

SPIN = "def softmax(x, axis=-1):\n    while True:\n        pass\n"


def stamped(tag: str, pause: float) -> str:
    return textwrap.dedent(f"""
        import time
        print("{tag}-START", time.time())
        time.sleep({pause})
        print("{tag}-END", time.time())
    """) + CORRECT_SOFTMAX


def stamp(verdict, name):
    return float(verdict.output.split(name)[1].split()[0])


def test_a_sessions_runs_are_judged_one_after_another(runner):
    first, second = runner.check_all((stamped("A", 0.5), "one-session"), (stamped("B", 0.0), "one-session"))
    assert first.passed and second.passed
    assert stamp(second, "B-START") >= stamp(first, "A-END")


def test_busy_loops_do_not_starve_another_candidates_run(runner):
    """Four candidates spin until their deadline; a fifth's trivial Run still gets its verdict
    while all four are spinning (each kernel has one equal share of the CPU and its own slot)."""

    async def scenario():
        check = runner.runner.check
        busy = [asyncio.ensure_future(check("softmax", SPIN, "examples", session=f"spinner{i}")) for i in range(4)]
        await asyncio.sleep(0.5)   # the spinners are running
        trivial = await check("softmax", CORRECT_SOFTMAX, "examples", session="patient")
        still_spinning = sum(not task.done() for task in busy)
        spun = await asyncio.gather(*busy)
        return trivial, still_spinning, spun

    trivial, still_spinning, spun = runner.loop.run_until_complete(scenario())
    assert trivial.passed, trivial.error
    assert still_spinning == 4
    assert all("timed out" in (v.error or "") for v in spun)
