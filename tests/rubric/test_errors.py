"""A broken rubric file is reported with the file, the line and the field to fix.

Each test breaks one thing in the tiny rubric (see conftest) and checks the whole error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rubric.errors import InvalidRubric, RubricError
from rubric.loader import load_rubric, validate_path

from .tiny import TINY_QUESTIONS, TINY_ROLE, line_of, write_tiny


def errors_for(root: Path, *, role: str = TINY_ROLE, questions: str = TINY_QUESTIONS) -> list[RubricError]:
    write_tiny(root, role, questions)
    return validate_path(root)


def role_file(root: Path) -> str:
    return str(root / "roles" / "tiny_role.yaml")


def question_file(root: Path) -> str:
    return str(root / "questions" / "ml_fundamentals.yaml")


def test_the_tiny_rubric_is_valid(tiny):
    assert validate_path(tiny) == []
    rubric = load_rubric(tiny)
    assert list(rubric.roles) == ["tiny_role"]
    assert list(rubric.questions) == ["l1_vs_l2"]


def test_unknown_field_names_its_line(tmp_path):
    role = TINY_ROLE.replace("    max_difficulty: 2", "    max_dificulty: 2")
    [error] = errors_for(tmp_path, role=role)
    assert error == RubricError(
        role_file(tmp_path), line_of(role, "max_dificulty"), "depth.ml_fundamentals.max_dificulty",
        "unknown field (not part of the rubric format)",
    )


def test_weights_must_sum_to_100(tmp_path):
    role = TINY_ROLE.replace("  ml_fundamentals: 100", "  ml_fundamentals: 90")
    errors = errors_for(tmp_path, role=role)
    assert errors[0].file == role_file(tmp_path)
    assert errors[0].line == line_of(role, "weights:")
    assert errors[0].field == "weights"
    assert "sum to 100" in errors[0].message and "90" in errors[0].message


def test_section_minutes_must_add_up_to_the_duration(tmp_path):
    role = TINY_ROLE.replace("duration_minutes: 20", "duration_minutes: 30")
    [error] = errors_for(tmp_path, role=role)
    assert (error.line, error.field) == (line_of(role, "sections:"), "sections")
    assert "sum to 20" in error.message


def test_unknown_exercise_id(tmp_path):
    role = TINY_ROLE.replace("persona:", "exercises:\n  - softmax\n  - attenshun\npersona:")
    [error] = errors_for(tmp_path, role=role)
    assert (error.file, error.line, error.field) == (role_file(tmp_path), line_of(role, "attenshun"), "exercises[1]")
    assert "unknown exercise id 'attenshun'" in error.message


def test_exercise_ids_are_checked_against_the_set_passed_in(tmp_path):
    role = TINY_ROLE.replace("persona:", "exercises:\n  - softmax\npersona:")
    write_tiny(tmp_path, role)
    [error] = validate_path(tmp_path, exercise_ids={"attention"})
    assert error.field == "exercises[0]" and "'softmax'" in error.message


def test_yaml_syntax_error_names_the_line(tmp_path):
    questions = TINY_QUESTIONS.replace("tags: [regularization]", "tags: [regularization")
    [error] = errors_for(tmp_path, questions=questions)
    assert error.file == question_file(tmp_path)
    assert error.line == line_of(questions, "prompt:")  # where the parser noticed
    assert error.field == ""
    assert error.message.startswith("YAML syntax error")


def test_duplicate_question_id(tmp_path):
    second = TINY_QUESTIONS.split("questions:\n", 1)[1]
    questions = TINY_QUESTIONS + second
    [error] = errors_for(tmp_path, questions=questions)
    dup_line = [n for n, line in enumerate(questions.splitlines(), 1) if "- id: l1_vs_l2" in line][1]
    assert (error.file, error.line, error.field) == (question_file(tmp_path), dup_line, "questions[1].id")
    assert "duplicate question id 'l1_vs_l2'" in error.message
    assert f"{question_file(tmp_path)}:3" in error.message  # where the first one is


def test_duplicate_question_id_across_files(tmp_path):
    write_tiny(tmp_path)
    (tmp_path / "questions" / "more.yaml").write_text(TINY_QUESTIONS)
    [error] = validate_path(tmp_path)
    assert error.file == str(tmp_path / "questions" / "more.yaml")
    assert "duplicate question id" in error.message


def test_duplicate_yaml_key_is_an_error_not_a_silent_overwrite(tmp_path):
    role = TINY_ROLE.replace("name: Tiny Role\n", "name: Tiny Role\nname: Other\n")
    [error] = errors_for(tmp_path, role=role)
    assert (error.line, error.field, error.message) == (line_of(role, "name: Other"), "name", "duplicate key 'name'")


def test_missing_key_points(tmp_path):
    start = TINY_QUESTIONS.index("    key_points:")
    end = TINY_QUESTIONS.index("    misconceptions:")
    questions = TINY_QUESTIONS[:start] + TINY_QUESTIONS[end:]
    errors = errors_for(tmp_path, questions=questions)
    assert errors[0] == RubricError(question_file(tmp_path), line_of(questions, "- id: l1_vs_l2"), "questions[0].key_points", "is required")


def test_empty_key_points(tmp_path):
    start = TINY_QUESTIONS.index("    key_points:")
    end = TINY_QUESTIONS.index("    misconceptions:")
    questions = TINY_QUESTIONS[:start] + "    key_points: []\n" + TINY_QUESTIONS[end:]
    [error, *_] = errors_for(tmp_path, questions=questions)
    assert (error.line, error.field) == (line_of(questions, "key_points: []"), "questions[0].key_points")
    assert "at least 1" in error.message


def test_followup_must_target_a_real_key_point(tmp_path):
    questions = TINY_QUESTIONS.replace("targets: l1_sparse", "targets: l1_sparsity")
    [error] = errors_for(tmp_path, questions=questions)
    assert (error.line, error.field) == (line_of(questions, "targets: l1_sparsity"), "questions[0].followups[0].targets")
    assert "unknown key point 'l1_sparsity'" in error.message


def test_bad_match_phrase_names_the_group(tmp_path):
    questions = TINY_QUESTIONS.replace("- sparse | exactly zero", "- sparse | ex*")
    [error] = errors_for(tmp_path, questions=questions)
    assert (error.line, error.field) == (line_of(questions, "sparse | ex*"), "questions[0].key_points[0].match[1]")
    assert "too broad" in error.message


def test_hint_ladder_needs_two_to_three_steps(tmp_path):
    questions = TINY_QUESTIONS.replace("      - Think about the gradient of |w| near zero.\n", "")
    [error] = errors_for(tmp_path, questions=questions)
    assert error.field == "questions[0].hints" and "at least 2" in error.message


def test_coding_question_needs_an_exercise(tmp_path):
    questions = TINY_QUESTIONS.replace("category: ml_fundamentals", "category: ml_coding")
    errors = errors_for(tmp_path, questions=questions)
    assert any(e.field == "questions[0].exercise" and "must name its exercise" in e.message for e in errors)


def test_system_design_question_needs_the_structure(tmp_path):
    questions = TINY_QUESTIONS.replace("category: ml_fundamentals", "category: ml_system_design")
    errors = errors_for(tmp_path, questions=questions)
    assert any(e.field == "questions[0].structure" and "clarify, pipeline, serving, monitoring, tradeoff" in e.message
               for e in errors)


def test_role_references_are_checked(tmp_path):
    role = TINY_ROLE.replace("    max_difficulty: 2", "    max_difficulty: 2\n    exclude_questions: [l1_vs_l3]\n    exclude_tags: [regularisation]")
    errors = errors_for(tmp_path, role=role)
    fields = {e.field: e for e in errors}
    assert fields["depth.ml_fundamentals.exclude_questions[0]"].message == "unknown question id 'l1_vs_l3'"
    assert fields["depth.ml_fundamentals.exclude_tags[0]"].line == line_of(role, "regularisation")


def test_role_needs_enough_questions_within_its_depth(tmp_path):
    role = TINY_ROLE.replace("  ml_fundamentals: 1\n", "  ml_fundamentals: 2\n")
    [error] = errors_for(tmp_path, role=role)
    assert (error.file, error.field) == (role_file(tmp_path), "questions_per_category.ml_fundamentals")
    assert error.line == line_of(role, "  ml_fundamentals: 2")
    assert "asks 2" in error.message and "only 1" in error.message


def test_depth_filters_count_towards_enough_questions(tmp_path):
    role = TINY_ROLE.replace("    max_difficulty: 2", "    min_difficulty: 2")
    [error] = errors_for(tmp_path, role=role)
    assert error.field == "questions_per_category.ml_fundamentals" and "only 0" in error.message


def test_every_error_is_reported_not_just_the_first(tmp_path):
    role = TINY_ROLE.replace("tone: friendly", "tone: grumpy").replace("level: new_grad", "level: wizard")
    errors = errors_for(tmp_path, role=role)
    assert [e.field for e in errors] == ["level", "persona.tone"]


def test_errors_print_as_file_line_field_message(tmp_path):
    role = TINY_ROLE.replace("tone: friendly", "tone: grumpy")
    [error] = errors_for(tmp_path, role=role)
    assert str(error) == f"{role_file(tmp_path)}:{line_of(role, 'grumpy')}: persona.tone: {error.message}"


def test_load_raises_with_every_error(tmp_path):
    write_tiny(tmp_path, TINY_ROLE.replace("tone: friendly", "tone: grumpy"))
    with pytest.raises(InvalidRubric) as caught:
        load_rubric(tmp_path)
    assert [e.field for e in caught.value.errors] == ["persona.tone"]
    assert "persona.tone" in str(caught.value)


def test_unknown_category_key_names_its_line(tmp_path):
    weights, rest = TINY_ROLE.split("questions_per_category:")
    role = weights.replace("  classical_algorithms: 0", "  classical_algorithm: 0") + "questions_per_category:" + rest
    errors = errors_for(tmp_path, role=role)
    assert errors[0].field == "weights.classical_algorithm"
    assert errors[0].line == line_of(role, "classical_algorithm: 0")


def test_a_question_file_must_keep_to_its_category(tmp_path):
    questions = TINY_QUESTIONS.replace("    difficulty: 1", "    category: deep_learning\n    difficulty: 1")
    [error] = errors_for(tmp_path, questions=questions)
    assert (error.field, error.line) == ("questions[0].category", line_of(questions, "category: deep_learning"))
