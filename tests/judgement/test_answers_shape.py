"""Shape checks for the labelled grader-evaluation set in answers.py (no grader is run here)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from tests.judgement.answers import CLARIFYING, HOLDOUT, IDK, ONE_WORD, SETS, TUNE

QUESTIONS_DIR = Path(__file__).resolve().parents[2] / "rubric" / "data" / "questions"
ANSWER_KINDS = ("expert", "short", "wrong", "hedge", "off_topic")
NOTES = ("wrong_why", "off_topic_is")
CATEGORIES = (
    "ml_fundamentals",
    "classical_algorithms",
    "deep_learning",
    "llm_stack",
    "ml_system_design",
    "ml_coding",
    "case_studies",
)


@pytest.fixture(scope="module")
def bank() -> dict[str, dict]:
    """Every question in the bank by id, with its file's category filled in."""
    questions: dict[str, dict] = {}
    for path in sorted(QUESTIONS_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for question in data["questions"]:
            questions[question["id"]] = {**question, "category": data["category"]}
    return questions


def test_every_id_is_in_the_bank(bank):
    for mapping in (SETS, ONE_WORD, CLARIFYING):
        assert set(mapping) - set(bank) == set()


def test_every_entry_is_complete(bank):
    for qid, entry in SETS.items():
        assert set(entry) == set(ANSWER_KINDS + NOTES), qid
        for key, text in entry.items():
            assert isinstance(text, str) and text.strip() == text and text, (qid, key)


def test_each_category_has_six_questions(bank):
    per_category = Counter(bank[qid]["category"] for qid in SETS)
    assert set(per_category) == set(CATEGORIES)
    for category in CATEGORIES:
        assert per_category[category] >= 6, category


def test_holdout_is_a_third_with_two_per_category(bank):
    assert HOLDOUT <= set(SETS)
    assert TUNE == frozenset(SETS) - HOLDOUT
    assert len(HOLDOUT) * 3 >= len(SETS) - 2
    per_category = Counter(bank[qid]["category"] for qid in HOLDOUT)
    for category in CATEGORIES:
        assert per_category[category] >= 2, category


def test_short_answers_are_short_and_others_are_not():
    for qid, entry in SETS.items():
        assert len(entry["short"]) < len(entry["expert"]), qid
        # The wrong answer must be able to fool a bag-of-words grader: no stub.
        assert len(entry["wrong"]) >= 0.7 * len(entry["expert"]), qid


def test_idk_one_word_and_clarifying(bank):
    assert len(IDK) == 12
    assert len(ONE_WORD) == 15
    assert all(1 <= len(reply.split()) <= 2 for reply in ONE_WORD.values())
    assert len(CLARIFYING) >= 20
    assert all(question.rstrip().endswith("?") for question in CLARIFYING.values())
    design_and_cases = {
        qid for qid in SETS if bank[qid]["category"] in ("ml_system_design", "case_studies")
    }
    assert design_and_cases <= set(CLARIFYING)


def test_no_two_answers_are_identical():
    texts = [text for entry in SETS.values() for kind in ANSWER_KINDS for text in [entry[kind]]]
    texts += list(IDK) + list(ONE_WORD.values()) + list(CLARIFYING.values())
    normalised = Counter(" ".join(text.lower().split()) for text in texts)
    assert [text for text, count in normalised.items() if count > 1] == []


def test_no_key_point_or_claim_is_copied_verbatim(bank):
    """Answers paraphrase the bank; a point or claim sentence must not appear word for word."""
    for qid, entry in SETS.items():
        question = bank[qid]
        statements = [kp["point"] for kp in question.get("key_points", [])]
        statements += [m["claim"] for m in question.get("misconceptions", []) or []]
        for kind in ANSWER_KINDS:
            answer = " ".join(entry[kind].lower().split())
            for statement in statements:
                assert " ".join(statement.lower().split()).rstrip(".") not in answer, (qid, kind)
