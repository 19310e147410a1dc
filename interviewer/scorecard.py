"""The scorecard: per answer, per category (weighted by the role), per dimension, a band.

Built from the interview's state alone, so a replay shows the same scorecard the
candidate saw. Every strength and gap carries the event number (`moment`) it comes
from, so a reader can jump to that moment of the replay.

Scoring rules, in the order applied:
- an answer's score is its grader score; follow-ups aimed at missed key points can win
  back half of what was missing: `score + (1 - score) * 0.5 * mean(follow-up scores)`;
- a coding question is 75% code (the best hidden-suite verdict: fraction of tests
  passed) and 25% discussion (the graded text answers), or all code if nothing was said;
- each hint costs the role's `hint_penalty` of that question's score;
- planned questions that were skipped, left unanswered or never reached score 0;
- a category's score is the mean of its questions; the overall score is the mean of the
  categories weighted by the role's category weights; the band comes from its thresholds.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from interviewer.state import State

FOLLOWUP_RECOVERY = 0.5
CODE_SHARE = 0.75
STRENGTH_AT = 0.7
DIMENSIONS = ("correctness", "depth", "tradeoffs", "complexity", "communication")


def build_scorecard(state: State, rubric) -> dict[str, Any]:
    """`rubric` answers `role(id)` and `question(id)`: the session's snapshot (or a `Rubric`)."""
    role = rubric.role(state.role_id)
    weights = {c.value: w for c, w in role.weights.items()}
    answers = [_answer(state, rubric, section["kind"], qid, role.grading.hint_penalty)
               for section in state.plan for qid in section["questions"]]

    by_category: dict[str, list[dict]] = defaultdict(list)
    for answer in answers:
        by_category[answer["category"]].append(answer)
    categories = [{"category": c, "weight": weights.get(c, 0), "questions": len(items),
                   "score": round(sum(a["score"] for a in items) / len(items), 4)}
                  for c, items in by_category.items()]
    total_weight = sum(c["weight"] for c in categories) or 1
    overall = sum(c["weight"] * c["score"] for c in categories) / total_weight

    graded = [a for a in answers if a["dimensions"]]
    dimensions = {}
    for name in DIMENSIONS:
        pairs = [(weights.get(a["category"], 1) or 1, a["dimensions"][name]) for a in graded
                 if name in a["dimensions"]]
        dimensions[name] = round(sum(w * v for w, v in pairs) / sum(w for w, _ in pairs), 4) if pairs else None

    gaps = _gaps(answers, rubric, weights)
    notes = []
    if state.ended == "ended_by_candidate":
        notes.append("The interview was ended early; questions not reached count as unanswered.")
    if state.fallback:
        notes.append(f"The LLM interviewer was unavailable ({state.fallback}); the offline interviewer took over.")
    model = state.snapshot.get("model")
    if model:
        by_model = sum(1 for g in state.graded if str(g.grade.get("grader", "")).startswith("llm"))
        notes.append(f"Interviewer: {model}. {by_model} of {len(state.graded)} answers were graded by the model,"
                     " the others by the offline grader (each answer says which).")
    return {
        "role_id": role.id,
        "role_name": role.name,
        "model": state.snapshot.get("model"),
        "overall": round(overall, 4),
        "band": role.grading.thresholds.band(overall).value,
        "thresholds": role.grading.thresholds.model_dump(),
        "categories": categories,
        "dimensions": dimensions,
        "answers": answers,
        "strengths": _strengths(answers, rubric),
        "gaps": gaps,
        "study_next": _study_next(gaps),
        "notes": notes,
    }


def _answer(state: State, rubric, section_kind: str, question_id: str, hint_penalty: float) -> dict:
    question = rubric.question(question_id)
    grades = state.grades_for(question_id)
    main = next((g for g in grades if g.attempt == "main"), None)
    followups = [g for g in grades if g.attempt == "followup"]
    hints = state.hints.get(question_id, 0)
    asked_seq = next((t["seq"] for t in state.transcript if t.get("question_id") == question_id
                      and t.get("purpose") == "question"), None)
    code = _code_result(state, question.exercise) if question.exercise else None

    text_score = None
    if main or followups:
        base = main.grade["score"] if main else 0.0
        if followups and main:
            recovered = sum(g.grade["score"] for g in followups) / len(followups)
            base = base + (1 - base) * FOLLOWUP_RECOVERY * recovered
        elif followups:
            base = sum(g.grade["score"] for g in followups) / len(followups)
        text_score = base

    if code is not None and code["runs"]:
        raw = code["best_score"] if text_score is None else (
            CODE_SHARE * code["best_score"] + (1 - CODE_SHARE) * text_score)
    else:
        raw = text_score or 0.0
    score = raw * max(0.0, 1 - hint_penalty * hints)

    if question_id in state.skipped and not grades:
        status = "skipped"
    elif grades or (code and code["runs"]):
        status = "answered"
    elif question_id in state.asked:
        status = "unanswered"
    else:
        status = "not_reached"

    last = (main or (followups[0] if followups else None))
    dims = dict(last.grade.get("dimensions", {})) if last else {}
    if code is not None and code["runs"]:
        dims["correctness"] = code["best_score"] if not dims else round(
            CODE_SHARE * code["best_score"] + (1 - CODE_SHARE) * dims.get("correctness", 0.0), 4)
    covered = sorted({kp for g in grades for kp in g.grade.get("covered", [])})
    missed = [kp for kp in (main.grade.get("missed", []) if main else [kp.id for kp in question.key_points])
              if kp not in covered]
    return {
        "question_id": question_id,
        "category": question.category.value,
        "section": section_kind,
        "prompt": question.prompt,
        "status": status,
        "score": round(score, 4),
        "raw_score": round(raw, 4),
        "hints": hints,
        "dimensions": {k: round(v, 4) for k, v in dims.items()},
        "covered": covered,
        "missed": missed,
        "misconceptions": sorted({m for g in grades for m in g.grade.get("misconceptions", [])}),
        "graders": sorted({g.grade.get("grader", "?") for g in grades}),
        "code": code,
        "moments": {"asked": asked_seq, "answer": main.answer_seq if main else None,
                    "grade": main.seq if main else (followups[0].seq if followups else None)},
    }


def _code_result(state: State, exercise: str) -> dict:
    runs = [r for r in state.runs.values() if r.exercise == exercise]
    submits = [r for r in runs if r.suite == "hidden" and r.verdict is not None]
    best = max(submits, key=lambda r: r.verdict.get("score", 0.0), default=None)
    return {"exercise": exercise, "runs": len(runs), "submits": len(submits),
            "best_score": float(best.verdict.get("score", 0.0)) if best else 0.0,
            "passed": bool(best and best.verdict.get("passed")),
            "verdict_moment": best.verdict_seq if best else None}


def _short(prompt: str, words: int = 12) -> str:
    parts = prompt.split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")


def _strengths(answers: list[dict], rubric) -> list[dict]:
    strong = sorted((a for a in answers if a["status"] == "answered" and a["score"] >= STRENGTH_AT),
                    key=lambda a: -a["score"])
    out = []
    for a in strong[:6]:
        question = rubric.question(a["question_id"])
        points = [kp.point for kp in question.key_points if kp.id in a["covered"]][:2]
        what = "; ".join(points) if points else "a complete answer"
        if a["code"] and a["code"]["passed"]:
            what = "passed every hidden test" + (f"; {what}" if points else "")
        out.append({"question_id": a["question_id"], "category": a["category"],
                    "text": f"{_short(a['prompt'])} — {what}",
                    "moment": a["moments"]["grade"] or (a["code"] or {}).get("verdict_moment")})
    return out


def _gaps(answers: list[dict], rubric, weights: dict[str, int]) -> list[dict]:
    gaps = []
    for a in answers:
        question = rubric.question(a["question_id"])
        moment = a["moments"]["grade"] or a["moments"]["asked"]
        weight = weights.get(a["category"], 1)
        if a["status"] != "answered":
            gaps.append({"question_id": a["question_id"], "category": a["category"], "kind": a["status"],
                         "text": f"{a['status'].replace('_', ' ')}: {_short(a['prompt'])}",
                         "study": question.key_points[0].point,
                         "topic": question.tags[0], "moment": moment, "weight": weight * 3})
            continue
        for m in question.misconceptions:
            if m.id in a["misconceptions"]:
                gaps.append({"question_id": a["question_id"], "category": a["category"], "kind": "misconception",
                             "text": f"said: {m.claim}", "study": m.correction, "topic": question.tags[0],
                             "moment": moment, "weight": weight * 2})
        for kp in question.key_points:
            if kp.id in a["missed"]:
                gaps.append({"question_id": a["question_id"], "category": a["category"], "kind": "missed",
                             "text": f"missed: {kp.point}", "study": kp.point, "topic": question.tags[0],
                             "moment": moment, "weight": weight * kp.weight})
        if a["code"] and a["code"]["runs"] and not a["code"]["passed"]:
            gaps.append({"question_id": a["question_id"], "category": a["category"], "kind": "code",
                         "text": f"`{a['code']['exercise']}` did not pass the hidden tests "
                                 f"(best {a['code']['best_score']:.0%})",
                         "study": f"the exercise `{a['code']['exercise']}` and its failing cases",
                         "topic": question.tags[0], "moment": a["code"]["verdict_moment"] or moment,
                         "weight": weight * 3})
    gaps.sort(key=lambda g: -g["weight"])
    return gaps


def _study_next(gaps: list[dict], limit: int = 5) -> list[dict]:
    topics: dict[str, dict] = {}
    for gap in gaps:
        topic = topics.setdefault(gap["topic"], {"topic": gap["topic"], "weight": 0.0, "study": [], "moments": []})
        topic["weight"] += gap["weight"]
        if gap["study"] not in topic["study"]:
            topic["study"].append(gap["study"])
        if gap["moment"] is not None and gap["moment"] not in topic["moments"]:
            topic["moments"].append(gap["moment"])
    ranked = sorted(topics.values(), key=lambda t: -t["weight"])[:limit]
    return [{"topic": t["topic"].replace("_", " "), "study": t["study"][:3], "moments": t["moments"][:5]}
            for t in ranked]
