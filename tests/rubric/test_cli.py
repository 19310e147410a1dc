"""`hotseat rubric validate [PATH]` and `hotseat questions`, as the CLI will call them."""

from __future__ import annotations

import io

from rubric.cli import questions_command, validate_command
from rubric.loader import BUNDLED
from rubric.schema import Category

from .tiny import TINY_ROLE, line_of, write_tiny


def run(fn, *args, **kwargs) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if fn is validate_command:
        code = fn(*args, out=out, **kwargs)
    else:
        code = fn(*args, out=out, err=err, **kwargs)
    return code, out.getvalue(), err.getvalue()


def test_validate_defaults_to_the_bundled_rubric():
    code, out, _ = run(validate_command, [])
    assert (code, out) == (0, f"{BUNDLED}: ok\n")


def test_validate_prints_one_error_per_line_and_fails(tmp_path):
    role = TINY_ROLE.replace("tone: friendly", "tone: grumpy").replace("  ml_fundamentals: 100", "  ml_fundamentals: 90")
    write_tiny(tmp_path, role)
    code, out, _ = run(validate_command, [str(tmp_path)])
    path = tmp_path / "roles" / "tiny_role.yaml"
    assert code == 1
    assert out.splitlines() == [
        f"{path}:{line_of(role, 'weights:')}: weights: weights must sum to 100 (percent); they sum to 90",
        f"{path}:{line_of(role, 'grumpy')}: persona.tone: Input should be 'friendly', 'neutral' or 'tough'",
    ]


def test_validate_one_file_inside_a_rubric_checks_it_with_its_neighbours(tiny):
    role_path = tiny / "roles" / "tiny_role.yaml"
    assert run(validate_command, [str(role_path)])[0] == 0
    role_path.write_text(TINY_ROLE.replace("  ml_fundamentals: 1\n", "  ml_fundamentals: 3\n"))
    code, out, _ = run(validate_command, [str(role_path)])
    assert code == 1 and "questions_per_category.ml_fundamentals" in out


def test_validate_a_loose_role_file_against_the_bundled_bank(tmp_path):
    loose = tmp_path / "my_role.yaml"
    loose.write_text((BUNDLED / "roles" / "data_scientist.yaml").read_text().replace("id: data_scientist", "id: my_role"))
    assert run(validate_command, [str(loose)])[0] == 0
    loose.write_text(loose.read_text().replace("  - roc_auc\n", "  - roc_auk\n"))
    code, out, _ = run(validate_command, [str(loose)])
    assert code == 1
    assert out.startswith(f"{loose}:") and "exercises[4]: unknown exercise id 'roc_auk'" in out


def test_validate_several_paths(tiny, tmp_path):
    code, out, _ = run(validate_command, [str(tiny), str(tmp_path / "missing")])
    assert code == 1
    assert out.splitlines()[0] == f"{tiny}: ok"
    assert "no such file or directory" in out.splitlines()[1]


def test_questions_lists_ids_and_prompts():
    code, out, _ = run(questions_command)
    lines = out.splitlines()
    assert code == 0 and len(lines) > 60
    for line in lines:
        qid, category, difficulty, prompt = line.split("\t")
        assert category in {c.value for c in Category}
        assert difficulty in {"d1", "d2", "d3", "d4"}
        assert prompt == " ".join(prompt.split())


def test_questions_for_a_role_and_category():
    code, out, _ = run(questions_command, "data_scientist", "ml_system_design")
    assert code == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == ["design_churn_analysis", "design_demand_forecast"]


def test_questions_rejects_unknown_names():
    code, _, err = run(questions_command, "astronaut")
    assert code == 2 and "unknown role 'astronaut'" in err
    code, _, err = run(questions_command, None, "poetry")
    assert code == 2 and "unknown category 'poetry'" in err
