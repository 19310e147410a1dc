"""Candidate-facing prompts live as Markdown next to this module, one file per exercise.

A prompt file is a title line, the statement, then `##` sections: Signature, Starter,
Example and Follow-ups (a bullet list). Keeping them as Markdown lets an interviewer
read and edit them without touching code.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from reference.exercise import Prompt

SECTIONS = ("Signature", "Starter", "Example", "Follow-ups")


class PromptError(ValueError):
    pass


@cache
def load_prompt(exercise_id: str) -> Prompt:
    name = f"{exercise_id}.md"
    text = resources.files("reference").joinpath("prompts", name).read_text(encoding="utf-8")
    return parse_prompt(text, source=name)


def parse_prompt(text: str, source: str = "<prompt>") -> Prompt:
    head, *chunks = re.split(r"^## +", text, flags=re.M)
    title_line, _, statement = head.strip().partition("\n")
    if not title_line.startswith("# "):
        raise PromptError(f"{source}: the first line must be '# Title'")
    sections = {}
    for chunk in chunks:
        heading, _, body = chunk.partition("\n")
        sections[heading.strip()] = body.strip()
    missing = [s for s in SECTIONS if s not in sections]
    if missing:
        raise PromptError(f"{source}: missing section(s) {', '.join(missing)}")
    followups = tuple(line[2:].strip() for line in sections["Follow-ups"].splitlines() if line.startswith("- "))
    return Prompt(
        title=title_line[2:].strip(),
        statement=statement.strip(),
        signature=_code(sections["Signature"]),
        starter=_code(sections["Starter"]),
        example=sections["Example"],
        followups=followups,
    )


def _code(section: str) -> str:
    match = re.search(r"```(?:python)?\n(.*?)```", section, flags=re.S)
    return (match.group(1) if match else section).strip("\n")
