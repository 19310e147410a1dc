"""Nothing of one submission reaches the next, whether the next is the same candidate's or another's.

Each kernel is a fresh fork of the template: its own processes (pid 1 of its own namespace),
its own /tmp, its own copy of every module and a reseeded random state. These plant
something in one submission and look for it in the next, for the same session and for
another one, through real sandboxed kernels.
"""

import textwrap

import pytest

from tests.kernels.conftest import CORRECT_SOFTMAX

PLANT = textwrap.dedent("""
    import math, os, subprocess, sys, numpy
    open("/tmp/planted", "w").write("from the previous submission")
    numpy.planted = "from the previous submission"
    math.pi = 3
    subprocess.Popen(["/bin/sh", "-c", "sleep 300"], start_new_session=True)
    if os.fork() == 0:  # a daemon of its own, detached twice
        os.setsid()
        if os.fork() == 0:
            import time
            while True:
                open("/tmp/daemon", "w").write(str(time.time()))
                time.sleep(0.05)
        os._exit(0)
    numpy.random.seed(1234)
    print("SEEDED", numpy.random.random())
    print("PROCESSES", sorted(int(p) for p in os.listdir("/proc") if p.isdigit()))
""") + CORRECT_SOFTMAX

PROBE = textwrap.dedent("""
    import math, os, numpy
    print("TMP", sorted(os.listdir("/tmp")))
    print("PLANTED", hasattr(numpy, "planted"), math.pi == 3)
    print("PROCESSES", sorted(int(p) for p in os.listdir("/proc") if p.isdigit()))
    print("DRAW", numpy.random.random())
""") + CORRECT_SOFTMAX


def line(output, tag):
    return next(text for text in output.splitlines() if text.startswith(tag + " ")).split(" ", 1)[1]


@pytest.mark.parametrize("next_session", ["same", "another"])
def test_nothing_of_a_submission_reaches_the_next(runner, next_session):
    planted = runner.check("softmax", PLANT, "examples", session="candidate-a")
    assert planted.passed, planted.error
    assert len(eval(line(planted.output, "PROCESSES"))) >= 3  # the plant really ran its processes
    seeded = float(line(planted.output, "SEEDED"))
    probe = runner.check("softmax", PROBE, "examples",
                         session="candidate-a" if next_session == "same" else "candidate-b")
    assert probe.passed, probe.error
    assert line(probe.output, "TMP") == "['.kernel']"          # its own /tmp: sockets only
    assert line(probe.output, "PLANTED") == "False False"
    assert eval(line(probe.output, "PROCESSES")) == [1]        # alone in its pid namespace
    assert float(line(probe.output, "DRAW")) != seeded


def test_every_kernel_draws_its_own_random_numbers(runner):
    """A fork copies the template's NumPy and Python random state: each child reseeds both."""
    code = "import numpy, random\nprint('DRAW', numpy.random.random(), random.random())\n" + CORRECT_SOFTMAX
    draws = {line(v.output, "DRAW") for v in runner.check_all(*[(code, f"s{i}") for i in range(4)])}
    assert len(draws) == 4


def test_the_background_processes_die_with_their_kernel(runner):
    """The plant's `sleep` and daemon ran as the kernel's uid; once the verdict is in, none is left."""
    from tests.kernels.test_sandbox import no_leftovers

    runner.check("softmax", PLANT, "examples", session="candidate-a")
    runner.settle()
    no_leftovers()
