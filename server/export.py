"""A session as Markdown: the transcript with grades and verdicts in place, then the scorecard.

Each event is written as the vocabulary says it reads (`interviewer.events.reads`).
"""

from __future__ import annotations

from typing import Any

from interviewer.events import grade_summary, reads


def session_markdown(document: dict[str, Any], rubric) -> str:
    session, events, card = document["session"], document["events"], document["scorecard"]
    started = next((e for e in events if e["type"] == "session_started"), {})
    role = rubric.roles.get(session.get("role_id"))
    role_name = (started.get("role") or {}).get("name") or (role.name if role else session.get("role_id"))
    out = [f"# hotseat interview: {role_name}", "",
           f"- session: `{session['id']}`", f"- interviewer: {session.get('interviewer', 'offline')}",
           f"- status: {session.get('status')}", ""]
    for seq, event in enumerate(events):
        line = reads(event)
        if line is None:
            continue
        at = _clock(event["at"])
        if event["type"] == "section_started":
            out += ["", f"## {line.text}", ""]
        elif line.code:
            out += [f"**{line.label.capitalize()}** `{event['exercise']}` ({at}, #{seq}):", "", "```python",
                    line.text.rstrip(), "```", ""]
        elif event["type"] == "answer_graded":   # in words: what each id the grade names says
            wording = (document.get("questions") or {}).get(event["question_id"])
            out.append(f"> {line.label.capitalize()}: {grade_summary(event, wording)} (#{seq})\n")
        elif line.who == "system":
            out.append(f"> {line.label.capitalize()}: {line.text} (#{seq})\n")
        else:
            who = "Interviewer" if line.who == "interviewer" else "Candidate"
            label = f" *{line.label}*" if line.label not in ("answer", "question") else ""
            out.append(f"**{who}**{label} ({at}, #{seq}): {line.text}\n")
    if card:
        out += ["", "## Scorecard", "", f"**Overall {card['overall']:.0%}: {card['band'].replace('_', ' ')}**", "",
                "| category | weight | score |", "|---|---|---|"]
        out += [f"| {c['category']} | {c['weight']}% | {c['score']:.0%} |" for c in card["categories"]]
        out += ["", "| dimension | score |", "|---|---|"]
        out += [f"| {k} | {'n/a' if v is None else f'{v:.0%}'} |" for k, v in card["dimensions"].items()]
        for name, advice in (card.get("dimension_advice") or {}).items():
            out += ["", f"**{name.capitalize()} {advice['score']:.0%}**: {advice['advice']}"]
            out += [f"- {e['point']} (#{e['moment']})" for e in advice["examples"]]
        if card["strengths"]:
            out += ["", "### Strengths", ""] + [f"- {s['text']} (#{s['moment']})" for s in card["strengths"]]
        if card["gaps"]:
            out += ["", "### Gaps", ""] + [f"- {g['text']} (#{g['moment']})" for g in card["gaps"]]
        answers = [a for a in card["answers"] if a.get("model_answer")]
        if answers:
            out += ["", "### Model answers", ""]
            for a in answers:
                out += [f"**{a['prompt']}** ({a['score']:.0%})", ""] + [f"- {p}" for p in a["model_answer"]] + [""]
        if card["study_next"]:
            out += ["", "### Study next", ""] + [f"- **{t['topic']}**: {'; '.join(t['study'])}"
                                                 for t in card["study_next"]]
        out += [f"\n*{note}*" for note in card["notes"]]
    return "\n".join(out) + "\n"


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
