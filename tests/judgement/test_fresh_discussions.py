"""The fresh discussion replies (tests/judgement/fresh_discussions*.py), graded as the engine grades a
reply to a discussion item: against that item's own key points and misconceptions.

Each expert reply reaches the hire band (0.7); each fluent wrong reply stays at the bottom (<= 0.35)
with at least one of its wrong claims found.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import rubric
from interviewer.grading import OfflineGrader
import tests.judgement

HIRE, LOW = 0.7, 0.35

PARTS = [importlib.import_module(f"tests.judgement.{m.name}").REPLIES
         for m in pkgutil.iter_modules(tests.judgement.__path__) if m.name.startswith("fresh_discussions")]
REPLIES = [(q, items) for part in PARTS for q, items in part.items()]

EXPERTS = [(q, item["index"], i, text) for q, items in REPLIES for item in items
           for i, text in enumerate(item["experts"])]
WRONG = [(q, item["index"], item["wrong"]) for q, items in REPLIES for item in items if "wrong" in item]

grader = OfflineGrader()


@pytest.fixture(scope="module")
def bank() -> rubric.Rubric:
    return rubric.load_rubric()


def _item(bank: rubric.Rubric, question_id: str, index: int):
    question = bank.question(question_id)
    return question.discussed([kp.id for kp in question.discussion[index].key_points])


@pytest.mark.parametrize("question_id, index, which, text", EXPERTS,
                         ids=[f"{q}:{n}:{i}" for q, n, i, _ in EXPERTS])
def test_an_expert_discussion_reply_reaches_the_hire_band(bank, question_id, index, which, text):
    grade = grader.grade_now(_item(bank, question_id, index), text)
    assert grade.score >= HIRE, (grade.score, grade.covered)


@pytest.mark.parametrize("question_id, index, text", WRONG, ids=[f"{q}:{n}" for q, n, _ in WRONG])
def test_a_fluent_wrong_discussion_reply_stays_at_the_bottom_and_shows_a_wrong_claim(bank, question_id, index, text):
    grade = grader.grade_now(_item(bank, question_id, index), text)
    assert grade.score <= LOW, (grade.score, grade.covered)
    assert grade.misconceptions, "no wrong claim found"
