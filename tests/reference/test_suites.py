"""Every exercise's suites against its reference and against hand-written variants.

`tests/variants/<exercise>/` holds solutions a candidate might write: `correct_*.py`
in different styles must pass, `wrong_*.py` (the mistakes an interviewer probes for)
must fail. A wrong variant may name, in a `# expect: ...` line, words that a failing
test's message must contain, so the suite fails it for the right reason.

These run in-process for speed; tests/kernels runs the same suites in the sandbox.
"""

from pathlib import Path

import pytest

from kernels.verdict import check_in_process
from reference import catalog

ROOT = Path(__file__).resolve().parents[2]
VARIANTS = ROOT / "tests" / "variants"
SEEDS = (0, 1, 2)


def reference_source(exercise_id: str) -> str:
    return (ROOT / "reference" / "solutions" / f"{catalog()[exercise_id].solution}.py").read_text()


def variants(prefix: str):
    return [
        pytest.param(path.parent.name, path, id=f"{path.parent.name}/{path.stem}")
        for path in sorted(VARIANTS.glob(f"*/{prefix}_*.py"))
    ]


def expected_words(path: Path) -> str | None:
    for line in path.read_text().splitlines():
        if line.startswith("# expect:"):
            return line.partition(":")[2].strip()
    return None


@pytest.mark.parametrize("exercise_id", sorted(catalog()))
@pytest.mark.parametrize("seed", SEEDS)
def test_reference_passes_its_hidden_suite(exercise_id, seed):
    verdict = check_in_process(exercise_id, reference_source(exercise_id), "hidden", seed=seed)
    failures = [t for t in verdict.tests if not t.passed]
    assert verdict.passed, f"{verdict.error or ''} {failures[:3]}"
    assert len(verdict.tests) >= 8, "a hidden suite needs fixed, randomized and property cases"


@pytest.mark.parametrize("exercise_id", sorted(catalog()))
def test_reference_passes_its_examples(exercise_id):
    verdict = check_in_process(exercise_id, reference_source(exercise_id), "examples")
    assert verdict.passed, verdict.as_dict()
    assert 1 <= len(verdict.tests) <= 6


@pytest.mark.parametrize("exercise_id", sorted(catalog()))
def test_every_exercise_has_variants(exercise_id):
    folder = VARIANTS / exercise_id
    assert len(list(folder.glob("wrong_*.py"))) >= 3, f"{folder}: at least three wrong variants"
    assert len(list(folder.glob("correct_*.py"))) >= 2, f"{folder}: at least two correct variants"


@pytest.mark.parametrize("exercise_id, path", variants("correct"))
@pytest.mark.parametrize("seed", SEEDS)
def test_correct_variant_passes(exercise_id, path, seed):
    verdict = check_in_process(exercise_id, path.read_text(), "hidden", seed=seed)
    failures = [t for t in verdict.tests if not t.passed]
    assert verdict.passed, f"{verdict.error or ''} {failures[:3]}"


@pytest.mark.parametrize("exercise_id, path", variants("wrong"))
@pytest.mark.parametrize("seed", SEEDS)
def test_wrong_variant_fails_for_the_right_reason(exercise_id, path, seed):
    verdict = check_in_process(exercise_id, path.read_text(), "hidden", seed=seed)
    assert not verdict.passed
    words = expected_words(path)
    if words:
        messages = [t.message for t in verdict.tests if not t.passed] + [verdict.error or ""]
        assert any(words in m for m in messages), messages[:5]


@pytest.mark.parametrize("exercise_id", sorted(catalog()))
def test_starter_code_fails_cleanly(exercise_id):
    """The untouched starter is a clear failure on every test, never a crash of the grader."""
    starter = catalog()[exercise_id].prompt.starter
    verdict = check_in_process(exercise_id, starter, "examples")
    assert not verdict.passed
    assert all("NotImplementedError" in t.message for t in verdict.tests)
