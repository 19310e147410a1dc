"""The rubric shipped with the package loads, validates, and follows the source."""

from __future__ import annotations

from collections import Counter

import pytest

from rubric.exercises import KNOWN_EXERCISES
from rubric.loader import BUNDLED, validate_path
from rubric.schema import DESIGN_STAGES, Category, Dimension

ROLES = {
    "machine_learning_engineer",
    "applied_scientist",
    "data_scientist",
    "ml_research_scientist",
    "ml_adjacent_software_engineer",
}


def test_bundled_rubric_validates():
    assert validate_path(BUNDLED) == []


def test_one_file_per_role_from_the_source_table(bundled):
    assert set(bundled.roles) == ROLES
    for role_id in ROLES:
        assert bundled.origin("role", role_id).file.endswith(f"roles/{role_id}.yaml")


def test_the_mle_role_uses_the_new_grad_default_weights(bundled):
    weights = bundled.role("machine_learning_engineer").weights
    assert [weights[c] for c in Category] == [30, 20, 15, 10, 15, 5, 5]


def test_question_bank_size_and_spread(bundled):
    per_category = Counter(q.category for q in bundled.questions.values())
    assert set(per_category) == set(Category)
    assert 60 <= len(bundled.questions) <= 100
    assert min(per_category.values()) >= 5


def test_one_question_file_per_category(bundled):
    for category in Category:
        files = {bundled.origin("question", q.id).file for q in bundled.questions_in(category)}
        assert files == {str(BUNDLED / "questions" / f"{category.value}.yaml")}


def test_every_question_is_fully_specified(bundled):
    for q in bundled.questions.values():
        assert len(q.key_points) >= 2, q.id
        assert 2 <= len(q.hints) <= 3, q.id
        assert any(f.targets for f in q.followups), q.id
        assert q.misconceptions, q.id


def test_every_key_point_has_a_followup_or_a_hint_path(bundled):
    """Most key points have a follow-up aimed at them, so a miss can be probed."""
    targeted = sum(1 for q in bundled.questions.values() for kp in q.key_points
                   if any(f.targets == kp.id for f in q.followups))
    total = sum(len(q.key_points) for q in bundled.questions.values())
    assert targeted / total >= 0.4


def test_key_points_feed_every_dimension_but_communication(bundled):
    used = Counter(kp.dimension for q in bundled.questions.values() for kp in q.key_points)
    assert set(used) == {"correctness", "depth", "tradeoffs", "complexity"}
    assert Dimension.COMMUNICATION not in used


def test_system_design_questions_cover_the_structure(bundled):
    for q in bundled.questions_in(Category.ML_SYSTEM_DESIGN):
        assert [s.stage for s in q.structure] == list(DESIGN_STAGES)
        for stage in DESIGN_STAGES:
            assert any(kp.stage == stage for kp in q.key_points), (q.id, stage)


def test_case_studies_have_a_structure(bundled):
    for q in bundled.questions_in(Category.CASE_STUDIES):
        assert len(q.structure) >= 3


def test_coding_questions_name_known_exercises(bundled):
    for q in bundled.questions_in(Category.ML_CODING):
        assert q.exercise in KNOWN_EXERCISES


def test_roles_draw_only_exercises_with_questions(bundled):
    drawn = {q.exercise for q in bundled.questions_in(Category.ML_CODING)}
    for role in bundled.roles.values():
        assert set(role.exercises) <= drawn


def test_bundled_exercises_exist_in_the_reference_catalog(bundled):
    """The lead wires the live catalog in; until then the contract list stands in for it."""
    catalog = pytest.importorskip("reference.catalog").catalog
    live = set(catalog())
    used = {q.exercise for q in bundled.questions.values() if q.exercise}
    assert used <= live, used - live


def test_every_role_can_fill_every_interview(bundled):
    from rubric.selection import select_questions

    for role in bundled.roles.values():
        picked = select_questions(bundled, role, seed=0)
        for category in Category:
            assert len(picked.get(category, [])) == role.questions_per_category[category]
