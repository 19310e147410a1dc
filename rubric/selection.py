"""Which questions a role may be asked, and the questions one interview asks.

The role table says depth differs by role: a data scientist is not asked to write
multi-head attention, a research scientist is not walked through a feature store. A role's
`depth` (per category) and `exercises` (for coding) state those limits as data; this module
is the only way the interviewer gets questions, so the limits hold for every interview, not
just for the well-behaved ones.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from rubric.bank import Rubric
from rubric.schema import SECTION_CATEGORIES, Category, Question, Role, SectionKind


def ineligibility(role: Role, question: Question) -> str | None:
    """Why `role` may not be asked `question`, or None if it may."""
    depth = role.depth_for(question.category)
    if role.questions_per_category.get(question.category, 0) == 0:
        return f"the role does not ask {question.category.value} questions"
    if question.difficulty < depth.min_difficulty:
        return f"difficulty {question.difficulty} is below the role's minimum {depth.min_difficulty}"
    if question.difficulty > depth.max_difficulty:
        return f"difficulty {question.difficulty} is above the role's maximum {depth.max_difficulty}"
    if question.id in depth.exclude_questions:
        return "the role excludes this question"
    excluded = sorted(set(question.tags) & set(depth.exclude_tags))
    if excluded:
        return f"the role excludes the tag(s) {', '.join(excluded)}"
    if depth.include_tags and not set(question.tags) & set(depth.include_tags):
        return f"the role only asks {question.category.value} questions tagged {', '.join(depth.include_tags)}"
    if question.exercise is not None and question.exercise not in role.exercises:
        return f"exercise {question.exercise!r} is not among the role's exercises"
    return None


def is_eligible(role: Role, question: Question) -> bool:
    return ineligibility(role, question) is None


def eligible_questions(rubric: Rubric, role: Role, category: Category | str | None = None) -> list[Question]:
    """Every question `role` may be asked (in one category, or all), in bank order."""
    pool = rubric.questions.values() if category is None else rubric.questions_in(category)
    return [q for q in pool if is_eligible(role, q)]


def select_questions(
    rubric: Rubric, role: Role, *, seed: int | str = 0, avoid: Iterable[str] = ()
) -> dict[Category, list[Question]]:
    """Pick `questions_per_category` questions per category for one interview.

    Deterministic for a (role, seed) pair, so a session can be replayed. Prefers questions
    whose first tag (their main topic) has not been picked yet, so four fundamentals
    questions are not four phrasings of overfitting; prefers questions not in `avoid` (e.g.
    ones this candidate saw last time) but falls back to them rather than ask too few.
    Within a category the picks are ordered from easiest to hardest.
    """
    rng = random.Random(f"{role.id}:{seed}")
    avoided = set(avoid)
    picked: dict[Category, list[Question]] = {}
    for category in Category:
        count = role.questions_per_category.get(category, 0)
        if count == 0:
            continue
        pool = eligible_questions(rubric, role, category)
        rng.shuffle(pool)
        pool.sort(key=lambda q: q.id in avoided)  # stable: keeps the shuffle within each half
        chosen: dict[str, Question] = {}
        topics: set[str] = set()
        for q in pool:
            if len(chosen) < count and q.tags[0] not in topics and q.id not in avoided:
                chosen[q.id] = q
                topics.add(q.tags[0])
        for q in pool:
            if len(chosen) < count and q.id not in chosen:
                chosen[q.id] = q
        picked[category] = sorted(chosen.values(), key=lambda q: (q.difficulty, q.id))
    return picked


@dataclass(frozen=True)
class PlannedSection:
    kind: SectionKind
    minutes: int
    questions: list[Question]
    reserve: list[Question]   # asked only if the planned ones leave much of the section's time


RESERVE = {SectionKind.BREADTH: 2, SectionKind.SYSTEM_DESIGN: 1, SectionKind.CASE_STUDY: 1}


def plan_interview(
    rubric: Rubric, role: Role, *, seed: int | str = 0, avoid: Iterable[str] = ()
) -> list[PlannedSection]:
    """The role's sections in order, each with its time budget, its questions and a reserve.

    A strong candidate can finish a section's planned questions with much of its time left;
    the reserve (eligible questions on topics not planned, drawn from their own seed so the
    plan itself does not change) lets the interviewer use that time.
    """
    picked = select_questions(rubric, role, seed=seed, avoid=avoid)
    rng = random.Random(f"{role.id}:{seed}:reserve")
    planned = {q.id for questions in picked.values() for q in questions}
    sections = []
    for section in role.sections:
        questions = [q for category in SECTION_CATEGORIES[section.kind] for q in picked.get(category, [])]
        topics = {q.tags[0] for q in questions}
        pool = [q for category in SECTION_CATEGORIES[section.kind] if role.questions_per_category.get(category)
                for q in eligible_questions(rubric, role, category) if q.id not in planned]
        rng.shuffle(pool)
        pool.sort(key=lambda q: (q.tags[0] in topics, q.id in set(avoid)))
        reserve = pool[:RESERVE.get(section.kind, 0)]
        planned |= {q.id for q in reserve}
        sections.append(PlannedSection(section.kind, section.minutes, questions, reserve))
    return sections
