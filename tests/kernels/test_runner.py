"""The runner and the `hotseat check` command, end to end through real sandboxed kernels."""

import json
import os
import subprocess
import sys

import pytest

from reference import catalog
from tests.kernels.conftest import CORRECT_SOFTMAX, ROOT, SyncRunner

HOTSEAT = [sys.executable, "-m", "server.cli"]
CONTRACT_IDS = {  # the public ids of shared/spec/exercises.md
    "softmax", "causal_mask", "attention", "multi_head_attention", "grouped_query_attention",
    "sampling_distribution", "sample_token", "kv_cache_decode", "kv_cache_bytes", "bpe_train",
    "bpe_encode", "kmeans", "knn_predict", "mlp_backprop", "linear_regression_gd",
    "logistic_regression_grad"}


def reference_source(exercise_id):
    return (ROOT / "reference" / "solutions" / f"{catalog()[exercise_id].solution}.py").read_text()


@pytest.mark.parametrize("exercise_id", sorted(catalog()))
def test_every_reference_passes_in_the_sandbox(runner, exercise_id):
    """Drivers, wire format and checks work across the real kernel boundary, not only in-process."""
    verdict = runner.check(exercise_id, reference_source(exercise_id), seed=7)
    assert verdict.passed, [t for t in verdict.tests if not t.passed][:3] or verdict.error
    assert verdict.sandboxed


def test_a_wrong_variant_fails_in_the_sandbox_with_the_same_messages(runner):
    from kernels.verdict import check_in_process

    code = (ROOT / "tests" / "variants" / "softmax" / "wrong_global_sum.py").read_text()
    sandboxed = runner.check("softmax", code, seed=11)
    in_process = check_in_process("softmax", code, seed=11)
    assert [t.as_dict() for t in sandboxed.tests] == [t.as_dict() for t in in_process.tests]
    assert not sandboxed.passed


def test_each_submission_gets_a_fresh_kernel(runner):
    plant = CORRECT_SOFTMAX + "\nimport numpy\nnumpy.planted = 'from the previous submission'\nopen('/tmp/planted', 'w').write('x')\n"
    assert runner.check("softmax", plant).passed
    probe = runner.check("softmax", CORRECT_SOFTMAX + "\nimport os, numpy\nprint('PLANTED', hasattr(numpy, 'planted'), os.path.exists('/tmp/planted'))\n")
    assert "PLANTED False False" in probe.output


def test_syntax_error_is_a_clear_failed_verdict(runner):
    verdict = runner.check("softmax", "def softmax(x, axis=-1)\n    return x\n")
    assert not verdict.passed and verdict.score == 0
    assert "does not compile" in verdict.error and "line 1" in verdict.error


def test_exception_names_the_candidates_line(runner):
    verdict = runner.check("softmax", "import numpy as np\n\ndef softmax(x, axis=-1):\n    return x.nope\n", "examples")
    message = verdict.tests[0].message
    assert "AttributeError" in message and 'solution.py", line 4, in softmax' in message
    assert "harness" not in message


def test_missing_function_is_named(runner):
    verdict = runner.check("softmax", "def soft_max(x):\n    return x\n")
    assert verdict.error == "your code does not define `softmax`"


def test_oversize_code_is_refused_before_any_kernel(runner):
    verdict = runner.check("softmax", CORRECT_SOFTMAX + "#" * (70 << 10))
    assert not verdict.passed and "limit is 64 KB" in verdict.error


def test_examples_suite_is_the_visible_one(runner):
    verdict = runner.check("softmax", CORRECT_SOFTMAX, "examples")
    assert verdict.passed and [t.name for t in verdict.tests] == [
        c.name for c in catalog()["softmax"].examples()]


def cli(*args, env=None):
    return subprocess.run([*HOTSEAT, *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_cli_check_json_and_exit_codes(tmp_path, kernel_env):
    good, bad = tmp_path / "good.py", tmp_path / "bad.py"
    good.write_text(CORRECT_SOFTMAX)
    bad.write_text("def softmax(x, axis=-1):\n    return x\n")

    passed = cli("check", "softmax", str(good), "--json")
    assert passed.returncode == 0, passed.stderr
    report = json.loads(passed.stdout)
    assert {"exercise", "passed", "score", "tests", "duration_ms"} <= report.keys()
    assert report["exercise"] == "softmax" and report["passed"] is True and report["score"] == 1.0
    assert all({"name", "passed", "message"} <= t.keys() for t in report["tests"])

    failed = cli("check", "softmax", str(bad), "--json")
    assert failed.returncode == 1
    report = json.loads(failed.stdout)
    assert report["passed"] is False and 0 <= report["score"] < 1

    assert cli("check", "no_such_exercise", str(good)).returncode == 2
    assert cli("check", "softmax", str(tmp_path / "missing.py")).returncode == 2


def test_cli_human_output_teaches(tmp_path, kernel_env):
    bad = tmp_path / "bad.py"
    bad.write_text((ROOT / "tests" / "variants" / "softmax" / "wrong_unstable.py").read_text())
    result = cli("check", "softmax", str(bad))
    assert result.returncode == 1
    assert "FAIL" in result.stdout and "overflows float64" in result.stdout and "--seed" in result.stdout


def test_without_bubblewrap_code_is_refused_with_install_help(tmp_path, kernel_env):
    good = tmp_path / "good.py"
    good.write_text(CORRECT_SOFTMAX)
    result = cli("check", "softmax", str(good), env={"HOTSEAT_BWRAP": str(tmp_path / "no-bwrap")})
    assert result.returncode == 3
    assert "apt-get install bubblewrap" in result.stderr and "--unsafe-no-sandbox" in result.stderr


def test_unsafe_mode_runs_only_when_asked_and_says_so_loudly(tmp_path, kernel_env):
    good = tmp_path / "good.py"
    good.write_text(CORRECT_SOFTMAX + "\nimport os\nprint('SECRET', os.environ.get('OPENAI_API_KEY'))\n")
    result = cli("check", "softmax", str(good), "--unsafe-no-sandbox", "--json",
                 env={"HOTSEAT_BWRAP": str(tmp_path / "no-bwrap"), "OPENAI_API_KEY": "sk-leak"})
    assert result.returncode == 0, result.stderr
    assert "UNSANDBOXED" in result.stderr
    report = json.loads(result.stdout)
    assert report["sandboxed"] is False and "WITHOUT a sandbox" in report["notes"][0]
    assert "sk-leak" not in report["output"]


def test_cli_lists_exercises():
    result = cli("exercises", "--json")
    assert result.returncode == 0
    ids = {row["id"] for row in json.loads(result.stdout)}
    assert CONTRACT_IDS <= ids


def test_a_cold_pool_still_answers(kernel_env):
    sync = SyncRunner(pool_size=0, deadline=10.0)
    try:
        verdict = sync.check("softmax", CORRECT_SOFTMAX)
        assert verdict.passed and sync.runner.supply.cold_takes == 1
    finally:
        sync.close()


@pytest.mark.parametrize("command", [["check", "softmax", "{good}"],
                                     ["interview", "--role", "machine_learning_engineer"]])
def test_no_kernel_environment_is_a_clear_exit_3_for_every_command(tmp_path, command):
    """One set-up for the whole sandbox: `check` and `interview` refuse the same way, neither crashes."""
    good = tmp_path / "good.py"
    good.write_text(CORRECT_SOFTMAX)
    result = subprocess.run([*HOTSEAT, *[part.format(good=good) for part in command]], capture_output=True,
                            text=True, cwd=ROOT, timeout=120, input="",
                            env={**os.environ, "HOTSEAT_KERNEL_ENV": "/proc/hotseat-cannot-be-here"})
    assert result.returncode == 3, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "hotseat: could not prepare the kernel environment" in result.stderr
