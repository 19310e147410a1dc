"""Answer graders: one interface (`Grader` -> `Grade`), an offline grader and an LLM one.

The offline grader (`OfflineGrader`) is the default: deterministic, no network, built on
the rubric's key points and misconceptions. The LLM grader judges the same rubric through a
model and falls back to the offline grader, saying so in `Grade.grader`, when it cannot.
"""

from interviewer.grading.base import DIMENSIONS, Grade, Grader, dimension_weights
from interviewer.grading.offline import OfflineGrader

__all__ = ["DIMENSIONS", "Grade", "Grader", "OfflineGrader", "dimension_weights"]
