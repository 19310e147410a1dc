"""The tiny rubric: the smallest set that loads, one role asking one fundamentals question.

Tests that need a broken file start from it and change one line, so the expected file,
line and field of each error can be stated exactly.
"""

from __future__ import annotations

from pathlib import Path

TINY_ROLE = """\
id: tiny_role
name: Tiny Role
level: new_grad
focus: One fundamentals question, nothing else.
duration_minutes: 20
sections:
  - kind: breadth
    minutes: 15
  - kind: candidate_questions
    minutes: 5
weights:
  ml_fundamentals: 100
  classical_algorithms: 0
  deep_learning: 0
  llm_stack: 0
  ml_system_design: 0
  ml_coding: 0
  case_studies: 0
questions_per_category:
  ml_fundamentals: 1
  classical_algorithms: 0
  deep_learning: 0
  llm_stack: 0
  ml_system_design: 0
  ml_coding: 0
  case_studies: 0
depth:
  ml_fundamentals:
    max_difficulty: 2
persona:
  name: Ada
  tone: friendly
  style: Patient and curious.
grading:
  dimensions:
    correctness: 40
    depth: 20
    tradeoffs: 15
    complexity: 10
    communication: 15
  thresholds:
    hire: 0.75
    lean_hire: 0.6
    lean_no_hire: 0.45
"""

TINY_QUESTIONS = """\
category: ml_fundamentals
questions:
  - id: l1_vs_l2
    difficulty: 1
    tags: [regularization]
    prompt: Compare L1 and L2 regularization.
    key_points:
      - id: l1_sparse
        point: L1 drives weights exactly to zero.
        match:
          - l1 | lasso
          - sparse | exactly zero
    misconceptions:
      - id: l2_sparse
        claim: L2 gives sparse weights.
        match:
          - l2 ... sparse
        correction: L2 only shrinks weights.
    followups:
      - ask: Which one gives exact zeros?
        targets: l1_sparse
    hints:
      - Compare the two penalty terms.
      - Think about the gradient of |w| near zero.
"""


def write_tiny(root: Path, role: str = TINY_ROLE, questions: str = TINY_QUESTIONS) -> Path:
    (root / "roles").mkdir(parents=True, exist_ok=True)
    (root / "questions").mkdir(parents=True, exist_ok=True)
    (root / "roles" / "tiny_role.yaml").write_text(role)
    (root / "questions" / "ml_fundamentals.yaml").write_text(questions)
    return root


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first line of `text` containing `needle`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")
