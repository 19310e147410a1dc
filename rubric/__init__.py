"""Rubrics for hotseat: what each role is asked, how answers are recognised, how it is weighted.

The functions most callers need:

- `load_rubric(path=None)` -> `Rubric` (the bundled rubric by default), or `RubricStore` to
  keep the last good rubric in force while files are edited;
- `plan_interview(rubric, role, seed=...)` / `select_questions(...)` for an interview's
  questions, which always respect the role's depth;
- `validate_path(path)`, `validate_role_text(text, filename)` to check files before use.
"""

from rubric.bank import Rubric, UnknownId
from rubric.errors import InvalidRubric, RubricError
from rubric.loader import BUNDLED, copy_rubric, load_rubric, validate_path, validate_questions_text, validate_role_text
from rubric.schema import Band, Category, Dimension, Question, Role, SectionKind, Tone
from rubric.selection import eligible_questions, ineligibility, is_eligible, plan_interview, select_questions
from rubric.store import RubricStore

__all__ = [
    "BUNDLED",
    "Band",
    "Category",
    "Dimension",
    "InvalidRubric",
    "Question",
    "Role",
    "Rubric",
    "RubricError",
    "RubricStore",
    "SectionKind",
    "Tone",
    "UnknownId",
    "copy_rubric",
    "eligible_questions",
    "ineligibility",
    "is_eligible",
    "load_rubric",
    "plan_interview",
    "select_questions",
    "validate_path",
    "validate_questions_text",
    "validate_role_text",
]
