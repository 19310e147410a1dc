"""A broken file never replaces a working one.

`RubricStore` holds the last rubric that loaded cleanly. A change is validated together
with every other file before it is written; a broken set on disk is reported and ignored.
"""

from __future__ import annotations

import pytest

from rubric.errors import InvalidRubric
from rubric.loader import validate_questions_text, validate_role_text
from rubric.store import RubricStore

from .tiny import TINY_QUESTIONS, TINY_ROLE


def test_write_validates_then_writes_then_swaps(tiny):
    store = RubricStore(tiny)
    calmer = TINY_ROLE.replace("style: Patient and curious.", "style: Calm.")
    fresh = store.write("roles/tiny_role.yaml", calmer)
    assert fresh.role("tiny_role").persona.style == "Calm."
    assert store.rubric is fresh
    assert (tiny / "roles" / "tiny_role.yaml").read_text() == calmer


def test_a_broken_write_changes_nothing(tiny):
    store = RubricStore(tiny)
    before = store.rubric
    broken = TINY_ROLE.replace("  ml_fundamentals: 100", "  ml_fundamentals: 90")
    with pytest.raises(InvalidRubric) as caught:
        store.write("roles/tiny_role.yaml", broken)
    assert caught.value.errors[0].field == "weights"
    assert store.rubric is before
    assert (tiny / "roles" / "tiny_role.yaml").read_text() == TINY_ROLE
    assert not list((tiny / "roles").glob(".*.tmp"))


def test_a_change_that_breaks_another_file_is_refused(tiny):
    """Removing the only fundamentals question starves the role: refused, with the role's error."""
    store = RubricStore(tiny)
    harder = TINY_QUESTIONS.replace("difficulty: 1", "difficulty: 3")
    errors = store.check("questions/ml_fundamentals.yaml", harder)
    assert [e.field for e in errors] == ["questions_per_category.ml_fundamentals"]
    assert errors[0].file == str(tiny / "roles" / "tiny_role.yaml")
    with pytest.raises(InvalidRubric):
        store.write("questions/ml_fundamentals.yaml", harder)
    assert store.rubric.question("l1_vs_l2").difficulty == 1


def test_reload_keeps_the_last_good_rubric(tiny):
    store = RubricStore(tiny)
    good = store.rubric
    (tiny / "roles" / "tiny_role.yaml").write_text(TINY_ROLE.replace("tone: friendly", "tone: grumpy"))
    errors = store.reload()
    assert [e.field for e in errors] == ["persona.tone"]
    assert store.rubric is good
    assert store.last_errors == errors

    (tiny / "roles" / "tiny_role.yaml").write_text(TINY_ROLE.replace("tone: friendly", "tone: tough"))
    assert store.reload() == []
    assert store.rubric.role("tiny_role").persona.tone == "tough"


def test_new_files_can_be_added(tiny):
    store = RubricStore(tiny)
    other = TINY_ROLE.replace("id: tiny_role", "id: other_role")
    store.write("roles/other_role.yaml", other)
    assert sorted(store.rubric.roles) == ["other_role", "tiny_role"]


def test_writes_stay_inside_the_rubric(tiny):
    store = RubricStore(tiny)
    for bad in ("../evil.yaml", "/etc/passwd", "roles/x.txt", "notes/x.yaml"):
        with pytest.raises(ValueError):
            store.write(bad, TINY_ROLE)


def test_the_bundled_rubric_is_read_only():
    with pytest.raises(PermissionError):
        RubricStore().write("roles/machine_learning_engineer.yaml", "id: x\n")


def test_a_broken_rubric_cannot_be_the_first_one(tmp_path):
    (tmp_path / "roles").mkdir()
    (tmp_path / "questions").mkdir()
    (tmp_path / "roles" / "r.yaml").write_text("id: [\n")
    with pytest.raises(InvalidRubric):
        RubricStore(tmp_path)


def test_validate_role_text_checks_against_the_rest_of_the_rubric(tiny):
    store = RubricStore(tiny)
    role = validate_role_text(TINY_ROLE.replace("name: Tiny Role", "name: Small Role"), "roles/tiny_role.yaml", against=store.rubric)
    assert role.name == "Small Role"
    with pytest.raises(InvalidRubric) as caught:
        validate_role_text(TINY_ROLE.replace("ml_fundamentals: 1\n", "ml_fundamentals: 5\n"), "tiny_role.yaml", against=store.rubric)
    assert caught.value.errors[0].field == "questions_per_category.ml_fundamentals"


def test_validate_role_text_against_the_bundled_rubric(bundled):
    text = (bundled.root / "roles" / "data_scientist.yaml").read_text()
    role = validate_role_text(text.replace("name: Sofia", "name: Sofie"), "data_scientist.yaml")
    assert role.persona.name == "Sofie"
    new_role = validate_role_text(text.replace("id: data_scientist", "id: data_analyst"), "my_roles/data_analyst.yaml")
    assert new_role.id == "data_analyst"


def test_validate_questions_text(tiny):
    store = RubricStore(tiny)
    [q] = validate_questions_text(TINY_QUESTIONS.replace("Compare L1", "Contrast L1"), "ml_fundamentals.yaml", against=store.rubric)
    assert q.prompt.startswith("Contrast")
