"""Reference implementations, candidate prompts and hidden test suites of the coding exercises.

Knows nothing about kernels, the web or storage: an exercise is data (calls to make)
plus judgement (checks over returned values).
"""

from reference.catalog import UnknownExercise, catalog, get

__all__ = ["UnknownExercise", "catalog", "get"]
