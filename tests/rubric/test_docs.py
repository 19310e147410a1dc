"""The examples in docs/rubric.md are valid rubric files."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from rubric.schema import QuestionFile, Role

DOC = Path(__file__).resolve().parents[2] / "docs" / "rubric.md"


def first_yaml_block_after(heading: str) -> str:
    text = DOC.read_text()
    section = text.split(heading, 1)[1]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def test_the_role_example_validates():
    role = Role.model_validate(yaml.safe_load(first_yaml_block_after("## A role")))
    assert role.id == "data_scientist"
    assert role.grading.thresholds.band(0.5) == "lean_no_hire"


def test_the_question_example_validates():
    qfile = QuestionFile.model_validate(yaml.safe_load(first_yaml_block_after("## A question file")))
    [q] = qfile.questions
    assert [f.targets for f in q.followups] == ["breaks_without", None]
