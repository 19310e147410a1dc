"""The registry of exercises: every module in `reference/suites/` contributes its `EXERCISES`.

Discovery instead of a hand-kept list, so adding an exercise is adding a module.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from reference import suites
from reference.exercise import Exercise


class UnknownExercise(KeyError):
    def __init__(self, exercise_id: str):
        super().__init__(exercise_id)
        self.exercise_id = exercise_id

    def __str__(self) -> str:
        return f"unknown exercise {self.exercise_id!r}; known: {', '.join(sorted(catalog()))}"


@cache
def catalog() -> dict[str, Exercise]:
    found: dict[str, Exercise] = {}
    for module_info in sorted(pkgutil.iter_modules(suites.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{suites.__name__}.{module_info.name}")
        for exercise in getattr(module, "EXERCISES", ()):
            if exercise.id in found:
                raise ValueError(f"exercise id {exercise.id!r} is defined twice")
            found[exercise.id] = exercise
    return found


def get(exercise_id: str) -> Exercise:
    try:
        return catalog()[exercise_id]
    except KeyError:
        raise UnknownExercise(exercise_id) from None
