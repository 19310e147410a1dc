"""A session as Markdown: the transcript with grades and verdicts in place, then the scorecard.

Each event is written as the vocabulary says it reads (`interviewer.events.reads`).

Everything in a session that a person typed (answers, code, the error messages code
raises, the quotes a scorecard repeats) is hostile text here: the file is opened in
editors, previewers and wikis that render Markdown and the HTML inside it. So every such
string goes through `text()` (HTML escaped, no link or emphasis syntax, no block syntax at
a line start) or `fence()` (code in a fence longer than any backtick run inside it), and
only this module's own scaffolding is Markdown.
"""

from __future__ import annotations

import re
from typing import Any

from interviewer.events import grade_summary, reads

# Inline syntax: emphasis, code spans, links and images ([ ]), tables (|), strikethrough (~),
# and the backslash itself. Parentheses are harmless once no `[` can open a link.
_INLINE = re.compile(r"([\\`*_\[\]|~])")
# A line that would open a block: heading, rule or setext underline, bullet list; an ordered
# list "1." / "1)" (a quote's ">" is already an entity, a fence's backticks are escaped).
_BLOCK_START = re.compile(r"^( {0,3})([#=+-])", re.M)
_ORDERED = re.compile(r"^( {0,3}\d{1,9})([.)])", re.M)


def text(value: Any, one_line: bool = False) -> str:
    """`value` as Markdown that renders as exactly these characters, nothing more.

    HTML is escaped to entities (so no tag, comment or `<javascript:...>` autolink survives,
    and `&` cannot spell one as `&#106;...`); every inline construct that could make a link,
    an image or emphasis is backslash-escaped; a line that would start a block is escaped at
    its first character. `one_line` folds line breaks into spaces, for places a newline would
    leave (a quote, a list item, a table cell).
    """
    out = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = _INLINE.sub(r"\\\1", out)
    if one_line:
        out = " ".join(out.split())
    out = _ORDERED.sub(r"\1\\\2", out)       # "1\." : a digit cannot be escaped, its delimiter can
    return _BLOCK_START.sub(r"\1\\\2", out)


def fence(code: str, language: str = "") -> list[str]:
    """A fenced code block holding `code` verbatim: its fence is longer than any backtick run in it."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    marks = "`" * max(3, longest + 1)
    return [marks + language, code.rstrip("\n"), marks]


def code_span(value: str) -> str:
    """Inline code for a short name: delimited by more backticks than it holds, on one line."""
    value = " ".join(str(value).split())
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    marks = "`" * (longest + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{marks}{pad}{value}{pad}{marks}"


def session_markdown(document: dict[str, Any], rubric) -> str:
    session, events, card = document["session"], document["events"], document["scorecard"]
    started = next((e for e in events if e["type"] == "session_started"), {})
    role = rubric.roles.get(session.get("role_id"))
    role_name = (started.get("role") or {}).get("name") or (role.name if role else session.get("role_id"))
    out = [f"# hotseat interview: {text(role_name, one_line=True)}", "",
           f"- session: {code_span(session['id'])}",
           f"- interviewer: {text(session.get('interviewer', 'offline'), one_line=True)}",
           f"- status: {text(session.get('status'), one_line=True)}", ""]
    for seq, event in enumerate(events):
        line = reads(event)
        if line is None:
            continue
        at = _clock(event["at"])
        label = text(line.label.capitalize(), one_line=True)
        if event["type"] == "section_started":
            out += ["", f"## {text(line.text, one_line=True)}", ""]
        elif line.code:
            out += [f"**{label}** {code_span(event['exercise'])} ({at}, #{seq}):", "", *fence(line.text, "python"), ""]
        elif event["type"] == "answer_graded":   # in words: what each id the grade names says
            wording = (document.get("questions") or {}).get(event["question_id"])
            out.append(f"> {label}: {text(grade_summary(event, wording), one_line=True)} (#{seq})\n")
        elif line.who == "system":
            out.append(f"> {label}: {text(line.text, one_line=True)} (#{seq})\n")
        else:
            who = "Interviewer" if line.who == "interviewer" else "Candidate"
            kind = f" *{text(line.label, one_line=True)}*" if line.label not in ("answer", "question") else ""
            out.append(f"**{who}**{kind} ({at}, #{seq}): {text(line.text)}\n")
    if card:
        out += _scorecard(card)
    return "\n".join(out) + "\n"


def _scorecard(card: dict[str, Any]) -> list[str]:
    def one(value: Any) -> str:
        return text(value, one_line=True)

    out = ["", "## Scorecard", "", f"**Overall {card['overall']:.0%}: {one(card['band'].replace('_', ' '))}**", "",
           "| category | weight | score |", "|---|---|---|"]
    out += [f"| {one(c['category'])} | {c['weight']}% | {c['score']:.0%} |" for c in card["categories"]]
    out += ["", "| dimension | score |", "|---|---|"]
    out += [f"| {one(k)} | {'n/a' if v is None else f'{v:.0%}'} |" for k, v in card["dimensions"].items()]
    for name, advice in (card.get("dimension_advice") or {}).items():
        out += ["", f"**{one(name.capitalize())} {advice['score']:.0%}**: {one(advice['advice'])}"]
        out += [f"- {one(e['point'])} (#{e['moment']})" for e in advice["examples"]]
    if card["strengths"]:
        out += ["", "### Strengths", ""] + [f"- {one(s['text'])} (#{s['moment']})" for s in card["strengths"]]
    if card["gaps"]:
        out += ["", "### Gaps", ""] + [f"- {one(g['text'])} (#{g['moment']})" for g in card["gaps"]]
    answers = [a for a in card["answers"] if a.get("model_answer")]
    if answers:
        out += ["", "### Model answers", ""]
        for a in answers:
            out += [f"**{one(a['prompt'])}** ({a['score']:.0%})", ""] + [f"- {one(p)}" for p in a["model_answer"]] + [""]
    if card["study_next"]:
        out += ["", "### Study next", ""] + [f"- **{one(t['topic'])}**: {one('; '.join(t['study']))}"
                                             for t in card["study_next"]]
    out += [f"\n*{one(note)}*" for note in card["notes"]]
    return out


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
