"""Scripted candidates play whole interviews over the websocket; the transcripts are read like a reviewer would.

Six candidates, each the kind an interviewer meets: a strong one, one who is right but
brief, one who says "I don't know" every time, one who asks before answering, one who
answers something else, and one whose first Submit fails and who fixes it. The checks are
on what the interviewer did with each: clarifying questions answered and not graded, stuck
candidates nudged before the interview moves on, off-topic answers brought back once, design
answers probed on every part of the structure they missed, a fix acknowledged, and a voice
that does not repeat its openers.
"""

from __future__ import annotations

import re
import time

import pytest

from interviewer import voice
from reference import get
from rubric import load_rubric
from tests.interviewer.test_engine import strong_answer
from tests.judgement.answers import CLARIFYING, IDK
from tests.server.harness import ROOT, Client, running_server
from tests.server.test_server import reference_code

PACE = 0.06   # seconds between messages: a scripted candidate must stay under the server's 20 messages a second
OFF_TOPIC = ("For p99 latency I would profile the service, put a cache in front of the database and batch the "
             "requests that reach the GPU, so the tail stays low when the load spikes.")


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("conversation")) as process:
        yield process


def wrong_code(exercise: str) -> str:
    variants = sorted((ROOT / "tests" / "variants" / exercise).glob("wrong_*.py"))
    return variants[0].read_text()


def play(server, rubric, reply, role="machine_learning_engineer", seed=7, steps=150) -> list[dict]:
    """Play an interview: `reply(state, question, n)` gives the next message (None: end the interview)."""
    client = Client(server.ws_url)
    try:
        client.answered({"type": "start", "role": role, "options": {"seed": seed}})
        for n in range(steps):
            state = client.state()
            if state.ended:
                client.event("scorecard")
                break
            question = rubric.question(state.current.question_id) if state.current else None
            message = reply(state, question, n) if question or not state.current else None
            if message is None:
                message = {"type": "end"}
            before = client.last_seq()
            time.sleep(PACE)
            response = client.answered(message, timeout=120)
            assert response["type"] == "ack", response
            if message["type"] == "submit":   # the verdict, then the interviewer's reaction to it
                client.event("verdict", after=before, timeout=120)
                verdict_seq = max(s for s, e in client.events.items() if e["type"] == "verdict")
                client.event("interviewer_said", after=verdict_seq, timeout=120)
        else:
            raise AssertionError("the interview did not finish")
        return [client.events[i] for i in sorted(client.events)]
    finally:
        client.close()


def said(events, *purposes) -> list[dict]:
    return [e for e in events if e["type"] == "interviewer_said" and (not purposes or e["purpose"] in purposes)]


def answered(text):
    return {"type": "answer", "text": text}


def coding_or(reply):
    """Handle the coding exercise with the reference solution, else `reply`."""
    def decide(state, question, n):
        if question and question.exercise and not any(r.verdict and r.verdict["passed"] for r in state.runs.values()):
            return {"type": "submit", "exercise": question.exercise, "code": reference_code(question.exercise)}
        if question is None:
            return answered("No, that's all from me, thanks.")
        return reply(state, question, n)
    return decide


# ------------------------------------------------------------------ the candidates


def test_a_strong_candidate_is_acknowledged_in_their_own_words(server, rubric):
    events = play(server, rubric, coding_or(lambda s, q, n: answered(strong_answer(q, s.current.target))))
    card = events[-2]["scorecard"] if events[-2]["type"] == "scorecard" else next(
        e for e in events if e["type"] == "scorecard")["scorecard"]
    assert card["overall"] > 0.6
    quoted = [e for e in said(events, "question", "followup", "feedback") if '"' in e["text"]]
    assert quoted, "the interviewer never named what an answer got right"
    for line in quoted:   # every quote is the candidate's own words
        quote = re.search(r'"([^"]+)"', line["text"]).group(1).rstrip(".")
        assert any(quote.lower() in e["text"].lower() for e in events if e["type"] == "candidate_said"), quote


def test_a_one_line_answer_is_asked_for_more(server, rubric):
    def brief(state, question, n):
        first = strong_answer(question, state.current.target).split(".")[0]
        return answered(" ".join(first.split()[:9]))

    events = play(server, rubric, coding_or(brief), role="data_scientist", seed=3)
    asks = [e for e in said(events, "followup") if "say more" in e["text"]]
    assert asks, "a one-liner should be asked for more"
    shorts = [e for e in events if e["type"] == "candidate_said" and e.get("reading") == "short"]
    assert shorts and all(e["attempt"] in ("main", "followup", "discussion") for e in shorts)   # still graded


def test_a_stuck_candidate_is_nudged_then_moved_on(server, rubric):
    events = play(server, rubric, coding_or(lambda s, q, n: answered(IDK[n % len(IDK)])), role="data_scientist",
                  seed=3)
    idks = [e for e in events if e["type"] == "candidate_said" and e.get("reading") == "dont_know"]
    assert idks and all(e["attempt"] is None for e in idks)   # "I don't know" is not graded as an answer
    nudges = said(events, "nudge")
    assert nudges and all("hint" in e["text"] for e in nudges)   # rephrased, and the hints offered
    for question_id in {e["question_id"] for e in idks if e["question_id"]}:
        assert len([e for e in nudges if e["question_id"] == question_id]) <= 1   # nudged once, then moved on
    assert not [e for e in events if e["type"] == "answer_graded" and e["question_id"] in
                {x["question_id"] for x in idks}]


def test_clarifying_questions_are_answered_and_not_graded_as_answers(server, rubric):
    asked = set()

    def clarifier(state, question, n):
        if question.id not in asked:
            asked.add(question.id)
            return answered(CLARIFYING.get(question.id) or "Before I answer: is this for a production system, "
                                                            "and how much data do we have?")
        return answered(strong_answer(question, state.current.target))

    events = play(server, rubric, coding_or(clarifier))
    clarifications = [e for e in events if e["type"] == "candidate_said" and e.get("reading") == "clarify"]
    assert len(clarifications) >= 5
    replies = said(events, "clarification")
    assert len(replies) == len(clarifications)
    for question in clarifications:
        seq = events.index(question)
        reply = next(e for e in events[seq + 1:] if e["type"] == "interviewer_said")
        assert reply["purpose"] == "clarification"   # answered at once
        graded = [e for e in events if e["type"] == "answer_graded" and e.get("answer_seq") == seq]
        q = rubric.question(question["question_id"])
        if any(s.stage == "clarify" for s in q.structure or []):
            assert graded and graded[0]["attempt"] == "clarify"   # in design, asking is part of the answer
        else:
            assert not graded
        fact = next((f for f in q.clarifications if f.pattern.search(question["text"])), None)
        if fact:
            assert fact.answer in reply["text"]


def test_an_off_topic_answer_is_brought_back_once(server, rubric):
    events = play(server, rubric, coding_or(lambda s, q, n: answered(OFF_TOPIC)), role="data_scientist", seed=3)
    redirects = said(events, "redirect")
    assert redirects
    for redirect in redirects:   # it says again what was asked: the question, or the follow-up pending
        question = rubric.question(redirect["question_id"])
        asked = [question.prompt] + [f.ask for f in question.followups] + [d.ask for d in question.discussion] + (
            list(get(question.exercise).prompt.followups) if question.exercise else [])
        assert any(a in redirect["text"] for a in asked) and "hidden tests pass" not in redirect["text"]
    per_question = {}
    for e in redirects:
        per_question[e["question_id"]] = per_question.get(e["question_id"], 0) + 1
    assert max(per_question.values()) == 1   # the second time, it is taken as the answer (and graded)
    graded = {e["question_id"] for e in events if e["type"] == "answer_graded"}
    assert set(per_question) <= graded


def test_a_partial_design_answer_is_probed_on_every_part_it_missed(server, rubric):
    def partial_design(state, question, n):
        if question.structure and not state.current.followups:
            first_stages = [s.stage for s in question.structure[:2]]
            return answered(strong_answer(question, [kp.id for kp in question.key_points if kp.stage in first_stages]))
        return answered(strong_answer(question, state.current.target))

    events = play(server, rubric, coding_or(partial_design))
    design = [e for e in events if e["type"] == "section_started" and e["kind"] == "system_design"][0]
    start = events.index(design)
    question_id = next(e for e in events[start:] if e["type"] == "interviewer_said" and e["purpose"] == "question")[
        "question_id"]
    question = rubric.question(question_id)
    exchanges = [e for e in events[start:] if e["type"] == "candidate_said" and e["question_id"] == question_id]
    assert len(exchanges) >= 4
    probed = {kp for e in said(events, "followup") if e["question_id"] == question_id for kp in e["targets"] or []}
    first = next(e for e in events[start:] if e["type"] == "answer_graded" and e["question_id"] == question_id)
    left_out = {question.key_point(kp).stage for kp in first["grade"]["missed"]}
    assert len(left_out) >= 2 and {question.key_point(kp).stage for kp in probed} >= left_out   # each one probed


def test_a_failed_submit_can_be_fixed_and_the_fix_is_acknowledged(server, rubric):
    def fixer(state, question, n):
        if question and question.exercise:
            submits = [r for r in state.runs.values() if r.suite == "hidden"]
            if not submits:
                return {"type": "submit", "exercise": question.exercise, "code": wrong_code(question.exercise)}
            if not any(r.verdict and r.verdict["passed"] for r in submits):
                return {"type": "submit", "exercise": question.exercise, "code": reference_code(question.exercise)}
        return coding_or(lambda s, q, n: answered(strong_answer(q, s.current.target)))(state, question, n)

    events = play(server, rubric, fixer, role="ml_adjacent_software_engineer", seed=1)
    verdicts = [e["verdict"] for e in events if e["type"] == "verdict" and e["verdict"]["suite"] == "hidden"]
    assert [v["passed"] for v in verdicts] == [False, True]
    first_fail = next(i for i, e in enumerate(events) if e["type"] == "verdict" and not e["verdict"]["passed"])
    reaction = next(e for e in events[first_fail:] if e["type"] == "interviewer_said")
    assert "submit again" in reaction["text"] and reaction["purpose"] == "feedback"   # the pad stays open
    fixed = next(i for i, e in enumerate(events) if e["type"] == "verdict" and e["verdict"]["passed"])
    ack = next(e for e in events[fixed:] if e["type"] == "interviewer_said")
    assert "That fixed it." in ack["text"] and ack["purpose"] == "followup"


def stock_phrases(tone: str) -> set[str]:
    """The fixed words of every stock phrase a persona of this tone can say."""
    pools = [voice._NEXT, voice._FOLLOWUP_LEADS, voice._NUDGES, voice._REDIRECTS, voice._CLARIFY_LEADS]
    phrases = {voice._stock(p).lower() for pool in pools for p in pool[tone]}
    phrases |= {voice._stock(p).lower() for kinds in voice._ACK.values() for p in kinds[tone]}
    return {p for p in phrases if len(p) > 3}


@pytest.mark.parametrize("tone", ["friendly", "neutral", "tough"])
def test_no_stock_phrase_hides_inside_another(tone):
    phrases = stock_phrases(tone)
    assert not [(a, b) for a in phrases for b in phrases if a != b and a in b]


def test_no_opener_is_repeated_within_five_lines(server, rubric):
    events = play(server, rubric, coding_or(lambda s, q, n: answered(strong_answer(q, s.current.target))))
    stock = stock_phrases(events[0]["persona"]["tone"])
    lines = [e["text"].lower() for e in said(events) if e["purpose"] not in ("greeting", "transition", "wrap_up")]
    for i, line in enumerate(lines):
        used = {s for s in stock if s in line}
        for earlier in lines[max(0, i - 5):i]:
            assert not used & {s for s in stock if s in earlier}, (line, earlier)
