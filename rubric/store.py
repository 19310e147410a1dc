"""The rubric in force, and the only safe way to change it.

An interview in progress must never see a half-edited rubric, and a typo in one file must
not take the whole set down. So the store holds the last rubric that loaded cleanly, and a
change goes through three steps: validate the candidate text *together with every other
file*, write it atomically (temporary file, then rename), and only then swap the new rubric
in. If validation fails nothing is written and nothing changes; the errors come back.

`reload()` follows edits made on disk by other means (an editor, `git pull`) the same way:
a broken set is reported and the previous one stays in force.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Collection
from pathlib import Path

from rubric.bank import Rubric
from rubric.errors import InvalidRubric, RubricError
from rubric.loader import BUNDLED, SUFFIXES, build, load_rubric, resolve_name


class RubricStore:
    def __init__(self, path: str | Path | None = None, *, exercise_ids: Collection[str] | None = None):
        """Load the rubric at `path` (default: bundled); raises `InvalidRubric` if it is broken.

        There is no previous good set to fall back to at start-up, so a broken one is an
        error the caller must see.
        """
        self.root = Path(path) if path is not None else BUNDLED
        self.exercise_ids = exercise_ids
        self._lock = threading.Lock()
        self._writing = threading.Lock()   # held by `write` from validation to swap (it may run in threads)
        self._rubric = load_rubric(self.root, exercise_ids=exercise_ids)
        self.last_errors: list[RubricError] = []

    @property
    def rubric(self) -> Rubric:
        """The rubric in force: always one that loaded without errors."""
        return self._rubric

    def reload(self) -> list[RubricError]:
        """Re-read the directory; swap in the result only if it is valid. Returns the errors."""
        try:
            fresh = load_rubric(self.root, exercise_ids=self.exercise_ids)
        except InvalidRubric as exc:
            self.last_errors = exc.errors
            return exc.errors
        with self._lock:
            self._rubric = fresh
        self.last_errors = []
        return []

    def check(self, relpath: str, text: str) -> list[RubricError]:
        """The errors writing `text` to `relpath` would cause; [] if it is safe."""
        try:
            self._candidate(relpath, text)
        except InvalidRubric as exc:
            return exc.errors
        return []

    def write(self, relpath: str, text: str) -> Rubric:
        """Validate, write atomically, swap in; or raise `InvalidRubric` and change nothing.

        `relpath` is relative to the rubric directory: ``roles/<name>.yaml`` or
        ``questions/<name>.yaml``.
        """
        if self.root == BUNDLED:
            raise PermissionError(
                "the bundled rubric is read-only; copy it with rubric.copy_rubric() and edit the copy")
        with self._writing:   # one change at a time: each is validated against the set the last one left
            target, fresh = self._candidate(relpath, text)
            with self._lock:
                _atomic_write(target, text)
                self._rubric = fresh
        return fresh

    def _candidate(self, relpath: str, text: str) -> tuple[Path, Rubric]:
        target = self._target(relpath)
        files = dict(self._rubric.files)
        files[resolve_name(files, str(target))] = text
        return target, build(files, exercise_ids=self.exercise_ids, root=self.root)

    def _target(self, relpath: str) -> Path:
        rel = Path(relpath)
        inside = not rel.is_absolute() and len(rel.parts) == 2 and rel.parts[0] in ("roles", "questions")
        if not inside or rel.suffix not in SUFFIXES:
            raise ValueError(f"{relpath!r}: expected roles/<name>.yaml or questions/<name>.yaml")
        return self.root / rel


def _atomic_write(target: Path, text: str) -> None:
    """Write to a temporary file beside `target`, then rename over it: never a torn file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
