"""Answers written after the labelled sets, to widen the rubric, kept so that the widening holds.

- `fresh_experts_a/_b`: per question two experts written from the prompt alone (a plain-spoken
  practitioner, a precise technical voice) and a short correct answer;
- `unusual_experts_a/_b`: experts who describe each concept instead of naming it;
- `fresh_wrong_a/_b`: fluent answers hiding several false claims, written without looking at the
  rubric's misconceptions;
- `voices_*`: experts in further voices (a worked story from a project, a terse senior who leans on
  pronouns, abbreviations and semicolons), one module per part of the bank.

Every expert reaches the hire band (0.7), a short answer stays below its question's experts, and a
wrong answer stays at the bottom (<= 0.35) with at least one of its wrong claims found.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import rubric
from interviewer.grading import OfflineGrader
from tests.judgement import fresh_experts_a, fresh_experts_b, fresh_wrong_a, fresh_wrong_b
import tests.judgement

HIRE, LOW = 0.7, 0.35

WITH_SHORT = [(q, answers) for part in (fresh_experts_a, fresh_experts_b) for q, answers in part.EXPERTS.items()]
DESCRIBERS = [importlib.import_module(f"tests.judgement.{m.name}")
              for m in pkgutil.iter_modules(tests.judgement.__path__)
              if m.name.startswith(("unusual_experts_", "voices_"))]
UNUSUAL = [(q, i, text) for part in DESCRIBERS
           for q, texts in part.EXPERTS.items() for i, text in enumerate(texts)]
WRONG = [(q, i, text) for part in (fresh_wrong_a, fresh_wrong_b)
         for q, texts in part.WRONG.items() for i, text in enumerate(texts)]

grader = OfflineGrader()


@pytest.fixture(scope="module")
def bank() -> rubric.Rubric:
    return rubric.load_rubric()


@pytest.mark.parametrize("question_id, answers", WITH_SHORT, ids=[q for q, _ in WITH_SHORT])
def test_fresh_experts_reach_the_hire_band_and_short_answers_stay_below(bank, question_id, answers):
    question = bank.question(question_id)
    experts = {k: grader.grade_now(question, answers[k]).score for k in ("expert_plain", "expert_technical")}
    short = grader.grade_now(question, answers["short"]).score
    assert all(score >= HIRE for score in experts.values()), experts
    assert short < min(experts.values()), (short, experts)


@pytest.mark.parametrize("question_id, index, text", UNUSUAL, ids=[f"{q}:{i}" for q, i, _ in UNUSUAL])
def test_experts_who_describe_instead_of_naming_reach_the_hire_band(bank, question_id, index, text):
    assert grader.grade_now(bank.question(question_id), text).score >= HIRE


@pytest.mark.parametrize("question_id, index, text", WRONG, ids=[f"{q}:{i}" for q, i, _ in WRONG])
def test_a_fluent_wrong_answer_stays_at_the_bottom_and_shows_a_wrong_claim(bank, question_id, index, text):
    grade = grader.grade_now(bank.question(question_id), text)
    assert grade.score <= LOW, (grade.score, grade.covered)
    assert grade.misconceptions, "no wrong claim found"
