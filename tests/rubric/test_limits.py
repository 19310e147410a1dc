"""Rubric files are bounded: their size, their nesting and what their aliases expand to.

Rubric files come from the admin over HTTP (`PUT /api/roles/{id}`) and are parsed in the
server: a "billion laughs" (aliases of aliases) or a structure that contains itself must be
refused at once, with the file, line and field like every other rubric error, never parsed
for seconds or crash the loader.
"""

from __future__ import annotations

import pytest

from rubric import yamlsource
from rubric.errors import RubricError
from rubric.loader import validate_path
from rubric.yamlsource import parse

from .tiny import TINY_ROLE, write_tiny, TINY_QUESTIONS


def laughs(levels: int, width: int = 10, indent: str = "") -> str:
    """`levels` anchors, each a list of `width` aliases of the one before: width**levels strings."""
    lines = [f'{indent}lol0: &lol0 "lol"']
    for i in range(1, levels + 1):
        lines.append(f"{indent}lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_a_billion_laughs_is_refused_where_it_goes_off(tmp_path):
    role = TINY_ROLE + "notes:\n" + laughs(9, indent="  ")   # 10**9 strings once expanded
    write_tiny(tmp_path, role, TINY_QUESTIONS)
    [error] = validate_path(tmp_path)
    bomb_line = next(n for n, line in enumerate(role.splitlines(), 1) if line.startswith("  lol6:"))
    assert error.file.endswith("roles/tiny_role.yaml")
    assert error.line == bomb_line and error.field == "notes.lol6[0]"
    assert "aliases" in error.message and f"{yamlsource.MAX_NODES:,}" in error.message


def test_a_small_expansion_is_refused_before_any_work_is_done_on_it():
    """10**6 values from 600 bytes: well under any size limit, far over what a rubric holds."""
    document, errors = parse(laughs(6), "bomb.yaml")
    assert document is None
    assert [(e.file, e.line, e.field) for e in errors] == [("bomb.yaml", 7, "lol6[0]")]   # the first *lol5


def test_ordinary_aliases_still_work():
    document, errors = parse("base: &base {a: 1, b: [x, y]}\ncopy: *base\nmerged: {<<: *base, c: 2}\n", "ok.yaml")
    assert errors == []
    assert document.data["copy"] == {"a": 1, "b": ["x", "y"]} and document.data["merged"]["c"] == 2


def test_a_structure_that_contains_itself_is_an_error_not_a_crash():
    document, errors = parse("questions:\n  - &me\n    id: loop\n    again: [*me]\n", "loop.yaml")
    assert document is None
    assert [(e.line, e.field) for e in errors] == [(4, "questions[0].again[0]")]
    assert "contains itself" in errors[0].message


def test_nesting_is_bounded_and_named():
    deep = "a:\n" + "".join("  " * i + f"- k{i}:\n" for i in range(1, 80)) + "  " * 80 + "- end\n"
    document, errors = parse(deep, "deep.yaml")
    assert document is None
    [error] = errors
    assert error.file == "deep.yaml" and "nested more than" in error.message
    assert error.line == yamlsource.MAX_DEPTH // 2 + 1 and error.field.startswith("a[0].k1[0].k2")


def test_a_file_over_the_size_limit_is_refused_at_the_line_it_crosses_it(monkeypatch):
    monkeypatch.setattr(yamlsource, "MAX_BYTES", 1000)
    text = "".join(f"key{i:02d}: {'x' * 40}\n" for i in range(40))      # 48 bytes a line
    document, errors = parse(text, "big.yaml")
    assert document is None
    assert errors == [RubricError("big.yaml", 1000 // 48 + 1, "", "the file is 1,920 bytes; a rubric file may "
                                  "hold at most 1,000 bytes")]


@pytest.mark.parametrize("name", ["questions/ml_system_design.yaml", "roles/machine_learning_engineer.yaml"])
def test_the_bundled_files_are_far_inside_the_limits(name):
    from rubric.loader import BUNDLED

    text = (BUNDLED / name).read_text(encoding="utf-8")
    assert len(text.encode()) * 4 < yamlsource.MAX_BYTES
    document, errors = parse(text, name)
    assert errors == [] and document is not None
