"""The scorecard speaks in the candidate's own words, names what was missing, and never shows an id."""

import asyncio
import json
import re

import pytest

from interviewer.scorecard import build_scorecard
from interviewer.snapshot import SessionRubric
from interviewer.state import reduce
from rubric import load_rubric
from tests.interviewer.test_engine import new_interview

PARTIAL = {   # question id -> an answer that makes some points, in the candidate's own words
    "bias_variance": "Bias is the error you get because the model is too simple to fit the real pattern, so it "
                     "underfits. Variance is how much the fit jumps around when you train on another sample.",
}
WRONG = ("L2 is the penalty that drives weights to exactly zero, so L2 gives you a sparse model, while L1 "
         "shrinks all the weights smoothly and never zeroes any of them.")


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


def played(rubric, answers: dict[str, str], role="data_scientist", seed=3) -> dict:
    interview, events = new_interview(rubric)

    async def play():
        await interview.start(role, seed=seed)
        for _ in range(len(answers) * 4):
            current = interview.state.current
            if current is None or interview.state.ended:
                break
            if current.question_id in answers and not interview.state.grades_for(current.question_id):
                await interview.answer(answers[current.question_id])
            else:
                await interview.skip()
        if not interview.state.ended:
            await interview.end()

    asyncio.run(play())
    return interview.state.scorecard, events


def user_text(card: dict) -> str:
    """Everything on the scorecard a person reads (not the ids kept for links and re-grading)."""
    parts = [s["text"] for s in card["strengths"]] + [g["text"] for g in card["gaps"]]
    parts += [x for g in card["gaps"] for x in g.get("study", [])]
    parts += [x for t in card["study_next"] for x in t["study"]] + [t["topic"] for t in card["study_next"]]
    parts += [a["advice"] for a in card["dimension_advice"].values()]
    parts += [e["point"] for a in card["dimension_advice"].values() for e in a["examples"]]
    parts += [p for a in card["answers"] for p in a["model_answer"]] + card["notes"]
    return "\n".join(parts)


def ids_of(rubric, card) -> set[str]:
    ids = set()
    for a in card["answers"]:
        question = rubric.question(a["question_id"])
        wording = question.wording()
        ids |= {i for i in list(wording["key_points"]) + list(wording["misconceptions"]) if "_" in i or ":" in i}
    return ids


def question_ids_in_play(rubric, role="data_scientist", seed=3):
    from rubric import plan_interview
    return [q.id for s in plan_interview(rubric, rubric.role(role), seed=seed) for q in s.questions]


def test_gaps_quote_wrong_claims_and_name_what_was_not_said(rubric):
    asked = question_ids_in_play(rubric, seed=14)
    assert "bias_variance" in asked and "l1_vs_l2" in asked   # seed 14 plans both
    answers = {"bias_variance": PARTIAL["bias_variance"], "l1_vs_l2": WRONG}
    card, events = played(rubric, answers, seed=14)
    said = " ".join(e["text"] for e in events if e["type"] == "candidate_said")
    for answer in (a for a in card["answers"] if a["status"] == "answered"):
        assert all(s["quote"] in said.replace("\n", " ") or s["quote"].rstrip(" …") in said for s in answer["said"])
        gaps = [g for g in card["gaps"] if g["question_id"] == answer["question_id"]]
        missed = [g for g in gaps if g["kind"] == "missed"]
        if answer["not_said"]:
            assert missed and missed[0]["points"] == [p["point"] for p in answer["not_said"]]
    wrong = [g for g in card["gaps"] if g["kind"] == "misconception"]
    assert wrong and wrong[0]["quote"] and wrong[0]["quote"] in WRONG and wrong[0]["study"]
    assert wrong[0]["text"].startswith("You said \u201c")


def test_no_internal_id_reaches_what_a_person_reads(rubric):
    asked = question_ids_in_play(rubric)
    card, _ = played(rubric, {q: PARTIAL.get(q, "I would start from the basics and think it through.")
                              for q in asked[:3]})
    text = user_text(card)
    leaked = [i for i in ids_of(rubric, card) if re.search(rf"\b{re.escape(i)}\b", text)]
    assert not leaked, leaked


def test_every_dimension_below_the_hire_bar_says_what_would_raise_it(rubric):
    vague = "Regularization is about the weights in the model and about the data we have for training."
    card, _ = played(rubric, {q: vague for q in question_ids_in_play(rubric)[:2]})
    hire = card["thresholds"]["hire"]
    below = {d for d, v in card["dimensions"].items() if v is not None and v < hire}
    assert below and set(card["dimension_advice"]) == below
    assert all(a["advice"] for a in card["dimension_advice"].values())


def test_study_next_is_ranked_by_weight_times_gap_and_leaves_out_details(rubric):
    asked = question_ids_in_play(rubric)
    card, events = played(rubric, {q: "I would start from the basics and think it through." for q in asked[:4]})
    weights = [t["weight"] for t in card["study_next"]]
    assert weights == sorted(weights, reverse=True)
    # mark one key point of the heaviest topic a detail: it leaves study-next, and nothing else changes
    state = reduce(events[:next(i for i, e in enumerate(events) if e["type"] == "scorecard")])
    snapshot = json.loads(json.dumps(state.snapshot))
    top = card["study_next"][0]["study"][0]
    for question in snapshot["questions"].values():
        for kp in question["key_points"]:
            if kp["point"] == top:
                kp["detail"] = True
    again = build_scorecard(state, SessionRubric(snapshot, rubric))
    assert top not in [s for t in again["study_next"] for s in t["study"]]
    assert again["overall"] == card["overall"]


def test_a_sentence_that_earned_two_points_is_quoted_once_among_the_strengths(rubric):
    strong = ("You cut the data into k equal chunks; each round one chunk is held back for scoring and the model "
              "trains on the rest, so every row gets scored exactly once. Then you average the k scores, and the "
              "spread tells you how noisy the estimate is. It costs k trainings, so I use it when data is small or "
              "when I'm tuning hyperparameters and a single split would be too noisy; with millions of rows one "
              "holdout is fine.")
    assert "cross_validation" in question_ids_in_play(rubric, role="machine_learning_engineer")
    card, _ = played(rubric, {"cross_validation": strong}, role="machine_learning_engineer")
    [strength] = [s for s in card["strengths"] if s["question_id"] == "cross_validation"]
    quotes = re.findall("\u201c([^\u201d]*)\u201d", strength["text"])
    assert quotes and len(quotes) == len(set(quotes)), strength["text"]
