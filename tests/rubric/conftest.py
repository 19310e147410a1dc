"""Shared fixtures: the bundled rubric, and the tiny rubric (see tiny.py) in a temp directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from rubric.bank import Rubric
from rubric.loader import load_rubric

from .tiny import write_tiny


@pytest.fixture(scope="session")
def bundled() -> Rubric:
    return load_rubric()


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """A valid one-role, one-question rubric directory."""
    return write_tiny(tmp_path / "rubric")
