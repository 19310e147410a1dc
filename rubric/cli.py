"""The logic of the ``hotseat rubric validate`` and ``hotseat questions`` commands.

The server's CLI owns argument parsing and wires these in; they only print and return an
exit code, so they are easy to test and to call from elsewhere.
"""

from __future__ import annotations

import sys
from typing import TextIO

from rubric.bank import UnknownId
from rubric.errors import InvalidRubric
from rubric.loader import BUNDLED, load_rubric, validate_path
from rubric.schema import Category
from rubric.selection import eligible_questions


def validate_command(paths: list[str], *, out: TextIO | None = None) -> int:
    """Validate each path (default: the bundled rubric); print ``file:line: field: message``.

    Returns 0 when everything validates, 1 otherwise.
    """
    out = out or sys.stdout
    failed = False
    for path in paths or [str(BUNDLED)]:
        errors = validate_path(path)
        for error in errors:
            print(error, file=out)
        if errors:
            failed = True
        else:
            print(f"{path}: ok", file=out)
    return 1 if failed else 0


def questions_command(
    role: str | None = None,
    category: str | None = None,
    *,
    path: str | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """List question ids and prompts, optionally only those a role may be asked.

    One question per line: ``id<TAB>category<TAB>d<difficulty><TAB>prompt``. Returns 0, or 2
    for an unknown role or category (and 1 if the rubric itself does not load).
    """
    out, err = out or sys.stdout, err or sys.stderr
    try:
        rubric = load_rubric(path)
    except InvalidRubric as exc:
        print(exc, file=err)
        return 1
    try:
        wanted = Category(category) if category is not None else None
    except ValueError:
        print(f"unknown category {category!r}; known: {', '.join(c.value for c in Category)}", file=err)
        return 2
    try:
        questions = (
            eligible_questions(rubric, rubric.role(role), wanted)
            if role is not None
            else [q for q in rubric.questions.values() if wanted is None or q.category is wanted]
        )
    except UnknownId as exc:
        print(exc, file=err)
        return 2
    for q in questions:
        print(f"{q.id}\t{q.category.value}\td{q.difficulty}\t{' '.join(q.prompt.split())}", file=out)
    return 0
