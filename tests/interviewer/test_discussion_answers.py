"""The coding discussions' answer keys, measured on labelled replies (discussion_answers.yaml).

Once a candidate's code passes, the interviewer asks the question's `discussion` items and the
offline grader grades the reply against that item's own key points, as the engine does:
``OfflineGrader().grade_now(question.discussed([ids of the item]), reply)``.

For every discussion item the answer set holds an expert reply in unusual words, a short
correct one, a fluent wrong one and a hedge. On the tune part (the patterns may be tuned on
it) every item must order them: expert >= 0.6, expert > short > wrong and > hedge,
wrong <= 0.35, hedge <= 0.2. The holdout part (never tuned on) only reports its figures
(run pytest with -s) and checks a loose floor, so that it fails when something breaks.

    .venv/bin/python -m pytest -s -q tests/interviewer/test_discussion_answers.py
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import rubric
from interviewer.grading import OfflineGrader
from rubric.schema import Category

ANSWERS = Path(__file__).with_name("discussion_answers.yaml")
KINDS = ("expert", "short", "wrong", "hedge")
PAIRS = (("expert", "short"), ("short", "wrong"), ("short", "hedge"))
EXPERT_MIN, WRONG_MAX, HEDGE_MAX = 0.6, 0.35, 0.2
HOLDOUT_PAIRWISE_FLOOR = 0.8

grader = OfflineGrader()


@pytest.fixture(scope="module")
def bank() -> rubric.Rubric:
    return rubric.load_rubric()


@pytest.fixture(scope="module")
def answer_set() -> dict:
    return yaml.safe_load(ANSWERS.read_text(encoding="utf-8"))["questions"]


def coding_questions(bank: rubric.Rubric) -> list:
    return [q for q in bank.questions.values() if q.category is Category.ML_CODING]


@pytest.fixture(scope="module")
def scores(bank, answer_set) -> dict[tuple[str, int], dict[str, float]]:
    """(question id, discussion index) -> {kind: score}, every reply graded as the engine grades it."""
    out: dict[tuple[str, int], dict[str, float]] = {}
    for qid, entry in answer_set.items():
        question = bank.question(qid)
        for index, replies in enumerate(entry["discussion"]):
            item = question.discussion[index]
            discussed = question.discussed([kp.id for kp in item.key_points])
            out[(qid, index)] = {kind: grader.grade_now(discussed, replies[kind]).score for kind in KINDS}
    return out


def part(answer_set: dict, scores: dict, holdout: bool) -> dict[tuple[str, int], dict[str, float]]:
    return {key: s for key, s in scores.items() if bool(answer_set[key[0]].get("holdout")) is holdout}


def figures(name: str, scores: dict[tuple[str, int], dict[str, float]]) -> dict[str, float]:
    """The measures, printed (pytest -s) and returned."""
    n = len(scores)
    pairs = [s[a] > s[b] for s in scores.values() for a, b in PAIRS]
    out = {
        "pairwise": sum(pairs) / len(pairs),
        "expert>=0.6": sum(s["expert"] >= 0.6 for s in scores.values()) / n,
        "expert>=0.7": sum(s["expert"] >= 0.7 for s in scores.values()) / n,
        "wrong<=0.35": sum(s["wrong"] <= WRONG_MAX for s in scores.values()) / n,
        "hedge<=0.2": sum(s["hedge"] <= HEDGE_MAX for s in scores.values()) / n,
    }
    questions = len({qid for qid, _ in scores})
    print(f"\n== discussion answers, {name}: {n} items over {questions} questions")
    print(f"pairwise order (expert > short > wrong, hedge): {sum(pairs)}/{len(pairs)} = {out['pairwise']:.3f}")
    for label in ("expert>=0.6", "expert>=0.7", "wrong<=0.35", "hedge<=0.2"):
        print(f"{label:12s} {out[label]:.3f}")
    for kind in KINDS:
        values = [s[kind] for s in scores.values()]
        print(f"  {kind:7s} mean={sum(values) / n:.3f}  min={min(values):.3f}  max={max(values):.3f}")
    for (qid, index), s in sorted(scores.items()):
        print(f"  {qid}[{index}]  " + "  ".join(f"{k}={s[k]:.2f}" for k in KINDS))
    return out


def test_every_coding_question_has_a_discussion(bank):
    missing = [q.id for q in coding_questions(bank) if not q.discussion]
    assert not missing, f"coding questions without a discussion: {missing}"


def test_the_answer_set_covers_every_discussion_item(bank, answer_set):
    for question in coding_questions(bank):
        assert question.id in answer_set, f"{question.id} has no labelled discussion answers"
        items = answer_set[question.id]["discussion"]
        assert len(items) == len(question.discussion), question.id
        for replies in items:
            assert set(replies) == set(KINDS), question.id
    holdout = sum(bool(e.get("holdout")) for e in answer_set.values())
    assert 0.25 <= holdout / len(answer_set) <= 0.4   # about a third held out


def test_tune_part_orders_every_item(answer_set, scores):
    tune = part(answer_set, scores, holdout=False)
    figures("tune (patterns tuned on it)", tune)
    problems = []
    for (qid, index), s in sorted(tune.items()):
        where = f"{qid} discussion[{index}]"
        if s["expert"] < EXPERT_MIN:
            problems.append(f"{where}: expert {s['expert']:.2f} < {EXPERT_MIN}")
        problems += [f"{where}: {a} {s[a]:.2f} <= {b} {s[b]:.2f}" for a, b in PAIRS if not s[a] > s[b]]
        if s["wrong"] > WRONG_MAX:
            problems.append(f"{where}: wrong {s['wrong']:.2f} > {WRONG_MAX}")
        if s["hedge"] > HEDGE_MAX:
            problems.append(f"{where}: hedge {s['hedge']:.2f} > {HEDGE_MAX}")
    assert not problems, "\n".join(problems)


def test_holdout_part_keeps_a_loose_floor(answer_set, scores):
    holdout = part(answer_set, scores, holdout=True)
    assert holdout, "the answer set has no holdout questions"
    out = figures("holdout (never tuned on)", holdout)
    assert out["pairwise"] >= HOLDOUT_PAIRWISE_FLOOR
    means = {kind: sum(s[kind] for s in holdout.values()) / len(holdout) for kind in KINDS}
    assert means["expert"] > means["short"] > max(means["wrong"], means["hedge"])
