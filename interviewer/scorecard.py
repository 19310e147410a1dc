"""The scorecard: per answer, per category (weighted by the role), per dimension, a band,
and feedback in the candidate's own words.

Built from the interview's state alone, so a replay shows the same scorecard the
candidate saw. Every strength and gap carries the event number (`moment`) it comes
from, so a reader can jump to that moment of the replay. What a user reads names
things in words (the key point's statement, the candidate's quote), never by id.

Scoring rules, in the order applied:
- an answer's score is its grader score; replies that were not the first answer win back
  part of what was missing: `score + (1 - score) * mean(share x reply score)`, where the
  share is 0.5 for a reply to the interviewer's follow-up and 1 for a clarifying question
  the candidate asked on their own (asking first is part of a design answer);
- a coding question is 75% code (the best hidden-suite verdict: fraction of tests passed)
  and 25% talk: the discussion after a passing Submit (graded against the discussion's own
  key points) or, without one, what was said while coding; code alone when nothing was
  said; passing code shows the implementation, so its key points count as demonstrated;
- each hint costs the role's `hint_penalty` of that question's score;
- planned questions that were skipped, left unanswered or never reached score 0;
- a category's score is the mean of its questions; the overall score is the mean of the
  categories weighted by the role's category weights; the band comes from its thresholds.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from interviewer.state import GradedAnswer, State

REPLY_SHARE = {"followup": 0.5, "clarify": 1.0}
CODE_SHARE = 0.75
STRENGTH_AT = 0.7
DIMENSIONS = ("correctness", "depth", "tradeoffs", "complexity", "communication")
QUOTE_CHARS = 160
GAP_ORDER = ("misconception", "code", "unanswered", "skipped", "not_reached", "missed")

# What raises each dimension, said once per scorecard for a dimension below the hire bar.
RAISE = {
    "correctness": "State the core facts plainly and precisely; a confident wrong claim costs more than a gap.",
    "depth": "Say why, not only what: the mechanism behind each claim ('because ...', 'which means ...').",
    "tradeoffs": "Name what each choice costs as well as what it buys, and when you would pick the other one.",
    "complexity": "Put numbers on it: time and memory in Big-O, what grows with what, and where it stops scaling.",
    "communication": "Answer in a few full sentences, in order: the answer first, then the reasons, then the caveats.",
}


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

    gaps = _gaps(answers, weights)
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
    thresholds = role.grading.thresholds
    return {
        "role_id": role.id,
        "role_name": role.name,
        "model": state.snapshot.get("model"),
        "overall": round(overall, 4),
        "band": thresholds.band(overall).value,
        "thresholds": thresholds.model_dump(),
        "categories": categories,
        "dimensions": dimensions,
        "dimension_advice": _dimension_advice(dimensions, answers, thresholds.hire),
        "answers": answers,
        "strengths": _strengths(answers),
        "gaps": gaps,
        "study_next": _study_next(gaps),
        "notes": notes,
    }


# ------------------------------------------------------------------ one question


def _answer(state: State, rubric, section_kind: str, question_id: str, hint_penalty: float) -> dict:
    question = rubric.question(question_id)
    grades = state.grades_for(question_id)
    main = next((g for g in grades if g.attempt == "main"), None)
    replies = [g for g in grades if g.attempt in REPLY_SHARE]
    discussion = [g for g in grades if g.attempt == "discussion"]
    hints = state.hints.get(question_id, 0)
    asked_seq = next((t["seq"] for t in state.transcript if t.get("question_id") == question_id
                      and t.get("purpose") == "question"), None)
    code = _code_result(state, question.exercise) if question.exercise else None
    passed = bool(code and code["passed"])

    talk = _talk_score(main, replies)
    if discussion:   # once the code passes, the talk that counts is the discussion of it
        talk = sum(g.grade["score"] for g in discussion) / len(discussion)
    if code is not None:
        raw = code["best_score"] if talk is None else CODE_SHARE * code["best_score"] + (1 - CODE_SHARE) * talk
    else:
        raw = talk or 0.0
    score = raw * max(0.0, 1 - hint_penalty * hints)

    if question_id in state.skipped and not grades:
        status = "skipped"
    elif grades or (code and code["runs"]):
        status = "answered"
    elif question_id in state.asked:
        status = "unanswered"
    else:
        status = "not_reached"

    dims = _dimensions(main, replies, discussion, code)
    points = {kp.id: kp for kp in question.key_points}
    for item in question.discussion:
        points.update({kp.id: kp for kp in item.key_points})
    said = _said(grades, points)
    shown = [kp for kp in question.key_points if passed and kp.id not in said]   # the code says it
    asked_discussion = {kp.id for g in discussion for kp_id in g.grade.get("covered", []) + g.grade.get("missed", [])
                        for kp in [points.get(kp_id)] if kp}
    turned = {m.split(":", 1)[1] for g in grades for m in g.grade.get("misconceptions", []) if ":" in m}
    if status != "answered":
        unsaid = list(question.key_points)
    elif passed:
        unsaid = [kp for kp in points.values() if kp.id in asked_discussion and kp.id not in said]
    elif main or replies:
        unsaid = [kp for kp in question.key_points if kp.id not in said]
    else:
        unsaid = []
    unsaid = [kp for kp in unsaid if kp.id not in turned]   # said the wrong way round: a wrong claim, not a gap
    wrong = _wrong(grades, question)
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
        "covered": sorted(said) + [kp.id for kp in shown],
        "missed": [kp.id for kp in unsaid],
        "misconceptions": sorted({m for g in grades for m in g.grade.get("misconceptions", [])}),
        "said": [{"point": points[kp_id].point, **said[kp_id]} for kp_id in points if kp_id in said],
        "shown_in_code": [kp.point for kp in shown],
        "not_said": [{"point": kp.point, "detail": kp.detail, "weight": kp.weight, "dimension": kp.dimension}
                     for kp in unsaid],
        "wrong": wrong,
        "model_answer": _model_answer(question),
        "graders": sorted({g.grade.get("grader", "?") for g in grades}),
        "code": code,
        "tags": list(question.tags),
        "moments": {"asked": asked_seq, "answer": main.answer_seq if main else None,
                    "grade": main.seq if main else (grades[0].seq if grades else None)},
    }


def _talk_score(main: GradedAnswer | None, replies: list[GradedAnswer]) -> float | None:
    if not main and not replies:
        return None
    shares = [REPLY_SHARE[g.attempt] * g.grade["score"] for g in replies]
    if not main:
        return sum(g.grade["score"] for g in replies) / len(replies)
    base = main.grade["score"]
    return base + (1 - base) * sum(shares) / len(shares) if shares else base


def _dimensions(main, replies, discussion, code) -> dict[str, float]:
    """The dimensions of the answer that says most (the discussion of passing code, else the first answer);
    correctness of a coding question is mostly its code."""
    source = (discussion or ([main] if main else replies) or [None])[0]
    dims = dict(source.grade.get("dimensions", {})) if source else {}
    if code is not None and code["submits"]:
        dims["correctness"] = code["best_score"] if "correctness" not in dims else (
            CODE_SHARE * code["best_score"] + (1 - CODE_SHARE) * dims["correctness"])
    return dims


def _said(grades: list[GradedAnswer], points: dict) -> dict[str, dict]:
    """Key point id -> the candidate's words that made it ({quote, moment}), from the first answer that did."""
    said: dict[str, dict] = {}
    for g in grades:
        evidence = g.grade.get("evidence") or {}
        for kp_id in g.grade.get("covered", []):
            if kp_id in points and kp_id not in said:
                said[kp_id] = {"quote": _clip(evidence.get(kp_id, "")), "moment": g.answer_seq or g.seq}
    return said


def _wrong(grades: list[GradedAnswer], question) -> list[dict]:
    """Each wrong claim: what was said (quoted), and the correction."""
    claims = question.wrong_claims()
    for item in question.discussion:
        claims.update({m.id: (m.claim, m.correction) for m in item.misconceptions})
    out, seen = [], set()
    for g in grades:
        evidence = g.grade.get("evidence") or {}
        for m_id in g.grade.get("misconceptions", []):
            if m_id in seen:
                continue
            seen.add(m_id)
            claim, correction = claims.get(m_id, ("a claim the rubric marks as wrong", ""))
            out.append({"claim": claim, "correction": correction, "quote": _clip(evidence.get(m_id, "")),
                        "moment": g.answer_seq or g.seq})
    return out


def _model_answer(question) -> list[str]:
    """What a strong answer says: the key points, in order (the coding discussion's after the code's)."""
    points = [kp.point for kp in question.key_points]
    for item in question.discussion:
        points += [kp.point for kp in item.key_points]
    return points


def _code_result(state: State, exercise: str) -> dict:
    runs = [r for r in state.runs.values() if r.exercise == exercise]
    submits = [r for r in runs if r.suite == "hidden" and r.verdict is not None]
    best = max(submits, key=lambda r: r.verdict.get("score", 0.0), default=None)
    return {"exercise": exercise, "runs": len(runs), "submits": len(submits),
            "best_score": float(best.verdict.get("score", 0.0)) if best else 0.0,
            "passed": bool(best and best.verdict.get("passed")),
            "verdict_moment": best.verdict_seq if best else None}


# ------------------------------------------------------------------ feedback


def _short(prompt: str, words: int = 12) -> str:
    parts = prompt.split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")


def _clip(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def _distinct_quotes(said: list[dict]) -> list[dict]:
    """Each quoted sentence once: one sentence can earn two key points, and is quoted for the first."""
    seen: set[str] = set()
    out = []
    for s in said:
        if s["quote"] and s["quote"] not in seen:
            seen.add(s["quote"])
            out.append(s)
    return out


def _strengths(answers: list[dict]) -> list[dict]:
    """The strongest answers, each with the candidate's own words that earned it."""
    strong = sorted((a for a in answers if a["status"] == "answered" and a["score"] >= STRENGTH_AT),
                    key=lambda a: -a["score"])
    out = []
    for a in strong[:6]:
        quoted = _distinct_quotes(a["said"])[:2]
        if a["code"] and a["code"]["passed"]:
            what = "Your code passed every hidden test."
        elif quoted:
            what = "You said: " + " … ".join(f"\u201c{s['quote']}\u201d" for s in quoted)
        else:
            what = "A complete answer."
        if a["code"] and a["code"]["passed"] and quoted:
            what += " And: " + " … ".join(f"\u201c{s['quote']}\u201d" for s in quoted[:1])
        out.append({"question_id": a["question_id"], "category": a["category"],
                    "text": f"{_short(a['prompt'])} — {what}",
                    "quotes": [s["quote"] for s in quoted], "points": [s["point"] for s in quoted],
                    "moment": (quoted[0]["moment"] if quoted else None) or a["moments"]["grade"]
                              or (a["code"] or {}).get("verdict_moment")})
    return out


def _gaps(answers: list[dict], weights: dict[str, int]) -> list[dict]:
    """What held each answer back, heaviest first: wrong claims (quoted), questions not answered,
    code that failed, and what a strong answer says that this one did not."""
    gaps = []
    for a in answers:
        moment = a["moments"]["grade"] or a["moments"]["asked"]
        weight = weights.get(a["category"], 1)
        topic = a["tags"][0] if a["tags"] else a["category"]
        base = {"question_id": a["question_id"], "category": a["category"], "topic": topic,
                "question": _short(a["prompt"])}
        if a["status"] != "answered":
            gaps.append({**base, "kind": a["status"],
                         "text": f"{a['status'].replace('_', ' ')}: {_short(a['prompt'])}",
                         "study": [kp["point"] for kp in a["not_said"] if not kp["detail"]][:3],
                         "moment": moment, "weight": weight * 3})
            continue
        by_quote: dict[str, list[dict]] = {}
        for w in a["wrong"]:   # one sentence may be wrong on several points: one gap, every correction
            by_quote.setdefault(w["quote"] or w["claim"], []).append(w)
        for said_words, items in by_quote.items():
            said = f"You said \u201c{said_words}\u201d" if items[0]["quote"] else f"You said: {said_words}"
            corrections = [w["correction"] for w in items]
            gaps.append({**base, "kind": "misconception",
                         "text": f"{said}, but " + " ".join(_lower_first(c) if i == 0 else c
                                                            for i, c in enumerate(corrections)),
                         "quote": items[0]["quote"], "claim": items[0]["claim"], "study": corrections,
                         "moment": items[0]["moment"] or moment, "weight": weight * 2 * len(items)})
        if a["code"] and a["code"]["submits"] and not a["code"]["passed"]:
            gaps.append({**base, "kind": "code",
                         "text": f"Your code did not pass the hidden tests (best {a['code']['best_score']:.0%})",
                         "study": [kp["point"] for kp in a["not_said"]][:3] or ["the failing cases of this exercise"],
                         "moment": a["code"]["verdict_moment"] or moment, "weight": weight * 3})
            continue   # what the code needed is named above, not again as "not said"
        unsaid = [kp for kp in a["not_said"]]
        if unsaid:
            missing = 1 - a["raw_score"]
            gaps.append({**base, "kind": "missed",
                         "text": "Not said: " + "; ".join(_lower_first(kp["point"]).rstrip(".") for kp in unsaid),
                         "points": [kp["point"] for kp in unsaid],
                         "study": [kp["point"] for kp in unsaid if not kp["detail"]],
                         "moment": moment,
                         "weight": weight * missing * sum(kp["weight"] for kp in unsaid if not kp["detail"])})
    gaps.sort(key=lambda g: (GAP_ORDER.index(g["kind"]), -g["weight"]))   # what an interviewer remembers first
    return [g for g in gaps if g["weight"] > 0 or g["kind"] != "missed"]


def _study_next(gaps: list[dict], limit: int = 5) -> list[dict]:
    """Topics ranked by weight x gap (the category's weight, how much of the answer was missing, how much
    the missing points weigh); details worth knowing but not worth studying are left out."""
    topics: dict[str, dict] = {}
    for gap in gaps:
        if not gap["study"]:
            continue
        topic = topics.setdefault(gap["topic"], {"topic": gap["topic"], "weight": 0.0, "study": [], "moments": []})
        topic["weight"] += gap["weight"]
        topic["study"] += [s for s in gap["study"] if s not in topic["study"]]
        if gap["moment"] is not None and gap["moment"] not in topic["moments"]:
            topic["moments"].append(gap["moment"])
    ranked = sorted(topics.values(), key=lambda t: -t["weight"])[:limit]
    return [{"topic": t["topic"].replace("_", " "), "study": t["study"][:3], "moments": t["moments"][:5],
             "weight": round(t["weight"], 3)} for t in ranked]


def _dimension_advice(dimensions: dict, answers: list[dict], hire: float) -> dict[str, dict]:
    """For each dimension below the hire bar: what would have raised it, with the points of that kind
    the answers left out (where the rubric has them)."""
    advice = {}
    for name, value in dimensions.items():
        if value is None or value >= hire:
            continue
        examples = [{"point": kp["point"], "question_id": a["question_id"], "question": _short(a["prompt"]),
                     "moment": a["moments"]["grade"] or a["moments"]["asked"]}
                    for a in answers if a["status"] == "answered"
                    for kp in a["not_said"] if kp["dimension"] == name and not kp["detail"]]
        if name == "correctness":
            examples = [{"point": w["correction"], "question_id": a["question_id"], "question": _short(a["prompt"]),
                         "moment": w["moment"]} for a in answers for w in a["wrong"]] + examples
        advice[name] = {"score": value, "advice": RAISE[name], "examples": examples[:3]}
    return advice


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text if first.isupper() and len(first) > 1 or not text else text[:1].lower() + text[1:]
