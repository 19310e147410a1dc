"""Every exercise has a complete candidate-facing prompt."""

import ast

import pytest

from reference import catalog


@pytest.mark.parametrize("exercise_id", sorted(catalog()))
def test_prompt_is_complete(exercise_id):
    exercise = catalog()[exercise_id]
    prompt = exercise.prompt
    assert prompt.title and len(prompt.statement) > 80
    for name in exercise.defines:
        assert name in prompt.signature
        assert name in prompt.starter
    ast.parse(prompt.starter)
    assert ">>>" in prompt.example or "```" in prompt.example
    assert len(prompt.followups) >= 3


def test_summaries_are_one_line():
    for exercise in catalog().values():
        assert "\n" not in exercise.summary and len(exercise.summary) < 140
