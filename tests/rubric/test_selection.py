"""A role is only ever asked what its depth allows; selection is the enforcement point."""

from __future__ import annotations

import pytest

from rubric.schema import SECTION_ORDER, Category, SectionKind
from rubric.selection import eligible_questions, ineligibility, is_eligible, plan_interview, select_questions

SEEDS = range(200)


def test_a_data_scientist_never_writes_multi_head_attention(bundled):
    ds = bundled.role("data_scientist")
    assert not is_eligible(ds, bundled.question("code_multi_head_attention"))
    assert not is_eligible(ds, bundled.question("multi_head_attention"))
    for seed in SEEDS:
        for questions in select_questions(bundled, ds, seed=seed).values():
            for q in questions:
                assert "multi_head_attention" not in q.tags and "attention" not in q.tags, (seed, q.id)
                assert q.exercise != "multi_head_attention"


def test_ineligibility_explains_itself(bundled):
    ds = bundled.role("data_scientist")
    assert ineligibility(ds, bundled.question("code_multi_head_attention")) == (
        "difficulty 3 is above the role's maximum 2")
    assert ineligibility(ds, bundled.question("code_attention")) == "the role excludes the tag(s) attention"
    assert ineligibility(ds, bundled.question("code_softmax")) == (
        "exercise 'softmax' is not among the role's exercises")
    assert ineligibility(ds, bundled.question("attention_long_sequences")) == (
        "difficulty 3 is above the role's maximum 1")
    assert ineligibility(ds, bundled.question("design_video_recommendations")) == (
        "the role only asks ml_system_design questions tagged analysis_pipeline")
    assert ineligibility(ds, bundled.question("bias_variance")) is None


@pytest.mark.parametrize("role_id", ["machine_learning_engineer", "applied_scientist", "data_scientist",
                                     "ml_research_scientist", "ml_adjacent_software_engineer"])
def test_every_selection_respects_the_roles_depth(bundled, role_id):
    role = bundled.role(role_id)
    for seed in SEEDS:
        picked = select_questions(bundled, role, seed=seed)
        for category, questions in picked.items():
            depth = role.depth_for(category)
            assert len(questions) == role.questions_per_category[category]
            assert len({q.id for q in questions}) == len(questions)
            for q in questions:
                assert q.category is category
                assert depth.min_difficulty <= q.difficulty <= depth.max_difficulty
                assert not set(q.tags) & set(depth.exclude_tags)
                assert not depth.include_tags or set(q.tags) & set(depth.include_tags)
                assert q.id not in depth.exclude_questions
                assert q.exercise is None or q.exercise in role.exercises


def test_depth_follows_the_role_table(bundled):
    """Breadth and LLM depth order the roles as the source table does."""
    def reach(role_id, category):
        return bundled.role(role_id).depth_for(category).max_difficulty

    assert reach("ml_research_scientist", Category.LLM_STACK) > reach("machine_learning_engineer", Category.LLM_STACK)
    assert reach("machine_learning_engineer", Category.LLM_STACK) > reach("data_scientist", Category.LLM_STACK)
    assert reach("applied_scientist", Category.ML_CODING) > reach("data_scientist", Category.ML_CODING)
    assert reach("machine_learning_engineer", Category.ML_SYSTEM_DESIGN) > reach("ml_research_scientist", Category.ML_SYSTEM_DESIGN)
    research = bundled.role("ml_research_scientist")
    assert "grouped_query_attention" in research.exercises
    assert "grouped_query_attention" not in bundled.role("machine_learning_engineer").exercises


def test_the_ml_adjacent_engineer_gets_production_questions(bundled):
    swe = bundled.role("ml_adjacent_software_engineer")
    for seed in SEEDS:
        picked = select_questions(bundled, swe, seed=seed)
        assert "production_debugging" in picked[Category.CASE_STUDIES][0].tags
        assert "llm_serving" in picked[Category.LLM_STACK][0].tags


def test_selection_is_deterministic_per_seed(bundled):
    mle = bundled.role("machine_learning_engineer")
    first = select_questions(bundled, mle, seed=7)
    again = select_questions(bundled, mle, seed=7)
    assert {c: [q.id for q in qs] for c, qs in first.items()} == {c: [q.id for q in qs] for c, qs in again.items()}
    seen = {tuple(q.id for q in select_questions(bundled, mle, seed=s)[Category.ML_FUNDAMENTALS]) for s in range(20)}
    assert len(seen) > 5


def test_selection_prefers_different_topics(bundled):
    mle = bundled.role("machine_learning_engineer")
    for seed in range(50):
        fundamentals = select_questions(bundled, mle, seed=seed)[Category.ML_FUNDAMENTALS]
        assert len({q.tags[0] for q in fundamentals}) == len(fundamentals)


def test_selection_avoids_questions_seen_before_when_it_can(bundled):
    mle = bundled.role("machine_learning_engineer")
    first = [q.id for qs in select_questions(bundled, mle, seed=1).values() for q in qs]
    second = [q.id for qs in select_questions(bundled, mle, seed=1, avoid=first).values() for q in qs]
    assert not set(first) & set(second)


def test_selection_falls_back_to_avoided_questions_rather_than_ask_too_few(bundled):
    ds = bundled.role("data_scientist")
    everything = [q.id for q in bundled.questions.values()]
    picked = select_questions(bundled, ds, seed=3, avoid=everything)
    assert len(picked[Category.ML_SYSTEM_DESIGN]) == 1


def test_questions_come_easiest_first(bundled):
    for seed in range(30):
        for questions in select_questions(bundled, bundled.role("applied_scientist"), seed=seed).values():
            assert [q.difficulty for q in questions] == sorted(q.difficulty for q in questions)


def test_plan_interview_follows_the_sections(bundled):
    mle = bundled.role("machine_learning_engineer")
    plan = plan_interview(bundled, mle, seed=0)
    assert [s.kind for s in plan] == list(SECTION_ORDER)
    assert sum(s.minutes for s in plan) == mle.duration_minutes
    by_kind = {s.kind: s for s in plan}
    assert len(by_kind[SectionKind.BREADTH].questions) == 4 + 3 + 2 + 2
    assert [q.category for q in by_kind[SectionKind.CODING].questions] == [Category.ML_CODING]
    assert by_kind[SectionKind.CANDIDATE_QUESTIONS].questions == []


def test_eligible_questions_lists_a_roles_pool(bundled):
    ds = bundled.role("data_scientist")
    ids = {q.id for q in eligible_questions(bundled, ds, Category.ML_SYSTEM_DESIGN)}
    assert ids == {"design_churn_analysis", "design_demand_forecast"}
