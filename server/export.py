"""A session as Markdown: the transcript with grades and verdicts in place, then the scorecard."""

from __future__ import annotations

from typing import Any


def session_markdown(document: dict[str, Any], rubric) -> str:
    session, events, card = document["session"], document["events"], document["scorecard"]
    started = next((e for e in events if e["type"] == "session_started"), {})
    role = rubric.roles.get(session.get("role_id"))
    role_name = (started.get("role") or {}).get("name") or (role.name if role else session.get("role_id"))
    out = [f"# hotseat interview: {role_name}", "",
           f"- session: `{session['id']}`", f"- interviewer: {session.get('interviewer', 'offline')}",
           f"- status: {session.get('status')}", ""]
    for seq, event in enumerate(events):
        kind, at = event["type"], _clock(event["at"])
        if kind == "section_started":
            out += ["", f"## {event['kind'].replace('_', ' ').title()} ({event['minutes']} min)", ""]
        elif kind == "interviewer_said":
            out.append(f"**Interviewer** ({at}, #{seq}): {event['text']}\n")
        elif kind == "candidate_said":
            out.append(f"**Candidate** ({at}, #{seq}): {event['text']}\n")
        elif kind == "hint_given":
            out.append(f"*Hint {event['level']}* ({at}, #{seq}): {event['text']}\n")
        elif kind == "answer_graded":
            grade = event["grade"]
            dims = ", ".join(f"{k} {v:.0%}" for k, v in grade.get("dimensions", {}).items())
            out.append(f"> Grade ({event['attempt']}, {grade.get('grader')}): **{grade['score']:.0%}** ({dims}); "
                       f"covered {', '.join(grade.get('covered', [])) or 'nothing'}; "
                       f"missed {', '.join(grade.get('missed', [])) or 'nothing'}"
                       + (f"; misconceptions {', '.join(grade['misconceptions'])}" if grade.get("misconceptions")
                          else "") + "\n")
        elif kind == "code_ran":
            label = "Submit" if event["suite"] == "hidden" else "Run"
            out += [f"**{label}** `{event['exercise']}` ({at}, #{seq}):", "", "```python", event["code"].rstrip(),
                    "```", ""]
        elif kind == "verdict":
            verdict = event["verdict"]
            passed = sum(t["passed"] for t in verdict.get("tests", []))
            out.append(f"> Verdict: {passed}/{len(verdict.get('tests', []))} tests passed"
                       + (f" ({verdict['error'].splitlines()[0]})" if verdict.get("error") else "") + "\n")
        elif kind == "interviewer_fallback":
            out.append(f"*Note: the LLM interviewer was unavailable ({event['reason']}); continued offline.*\n")
    if card:
        out += ["", "## Scorecard", "", f"**Overall {card['overall']:.0%}: {card['band'].replace('_', ' ')}**", "",
                "| category | weight | score |", "|---|---|---|"]
        out += [f"| {c['category']} | {c['weight']}% | {c['score']:.0%} |" for c in card["categories"]]
        out += ["", "| dimension | score |", "|---|---|"]
        out += [f"| {k} | {'n/a' if v is None else f'{v:.0%}'} |" for k, v in card["dimensions"].items()]
        if card["strengths"]:
            out += ["", "### Strengths", ""] + [f"- {s['text']} (#{s['moment']})" for s in card["strengths"]]
        if card["gaps"]:
            out += ["", "### Gaps", ""] + [f"- {g['text']} (#{g['moment']})" for g in card["gaps"]]
        if card["study_next"]:
            out += ["", "### Study next", ""] + [f"- **{t['topic']}**: {'; '.join(t['study'])}"
                                                 for t in card["study_next"]]
        out += [f"\n*{note}*" for note in card["notes"]]
    return "\n".join(out) + "\n"


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
