"""What an LLM says is checked before it counts: grades against the answer, the persona against its brief.

Each case scripts a reply a real model has been seen to give (out-of-range numbers,
claims with no quote, a full score with nothing covered, a looping list, a lead-in that
answers the question, repeats it, recites the rules or refuses) and checks what the
interview makes of it, over real HTTP through litellm.
"""

from __future__ import annotations


import pytest

from interviewer.grading.base import DIMENSIONS
from interviewer.grading.llm import LLMGrader, quoted_in
from interviewer.grading.offline import OfflineGrader
from interviewer.llm import LLMClient, LLMSettings
from interviewer.llm_voice import LLMVoice
from interviewer.voice import Intent
from rubric import load_rubric
from tests.llm_server import json_reply, say

QUESTION = "l1_vs_l2"
ANSWER = ("L1 adds the absolute values of the weights to the loss, and it drives many weights to exactly zero, "
          "so you get a sparse model. L2 adds the squared weights and shrinks them all smoothly without "
          "zeroing them.")

from tests.llm_loop import one_event_loop, run  # noqa: E402,F401 - the fixture is used by name


@pytest.fixture(scope="module")
def question():
    return load_rubric().question(QUESTION)


def client(server, timeout=5.0) -> LLMClient:
    return LLMClient(LLMSettings("openai/checked", api_base=server.url, api_key="sk-test", timeout=timeout,
                                 grade_timeout=timeout))


def dims(value) -> dict:
    return {d: value for d in DIMENSIONS}


def grade(server, question, reply: dict, answer: str = ANSWER):
    server.script(json_reply(reply))
    return run(LLMGrader(client(server)).grade(question, answer))


def quote(kp_id: str, text: str) -> dict:
    return {"id": kp_id, "quote": text}


# ------------------------------------------------------------------ grades


def test_the_grading_request_asks_for_json_in_words_at_temperature_0(llm_server, question):
    grade(llm_server, question, {"covered": [], "misconceptions": [], "dimensions": dims(0.2), "notes": []})
    request = llm_server.requests[-1]
    assert request.body["temperature"] == 0 and request.body["max_tokens"] <= 1000
    assert "Reply with ONLY a JSON object" in request.system_prompt
    schema = request.response_format["json_schema"]["schema"]
    assert schema["properties"]["covered"]["maxItems"] == len(question.key_points)


def test_a_covered_point_counts_only_with_a_quote_from_the_answer(llm_server, question):
    kp = [k.id for k in question.key_points]
    result = grade(llm_server, question, {
        "covered": [quote(kp[0], "drives many weights to exactly zero"),
                    quote(kp[1], "L2 makes every weight exactly zero")],      # not what the answer says
        "misconceptions": [], "dimensions": dims(0.6), "notes": []})
    assert result.covered == [kp[0]] and kp[1] in result.missed
    assert result.evidence[kp[0]] == "drives many weights to exactly zero"
    assert any("no quote found in the answer" in n and kp[1] in n for n in result.notes)


def test_out_of_range_values_are_clamped_not_fatal(llm_server, question):
    kp = [k.id for k in question.key_points]
    result = grade(llm_server, question, {
        "covered": [quote(k, "L1 adds the absolute values of the weights") for k in kp[:1]]
                   + [quote(k, "drives many weights to exactly zero") for k in kp[1:2]],
        "misconceptions": [], "dimensions": {**dims(600), "depth": -3, "tradeoffs": 1.3}, "notes": []})
    assert result.grader.startswith("llm")
    assert all(0.0 <= v <= 1.0 for v in result.dimensions.values())
    assert result.dimensions["depth"] == 0.0


def test_a_list_longer_than_the_rubric_is_cut_to_it(llm_server, question):
    kp = question.key_points[0].id
    looping = [quote(kp, "drives many weights to exactly zero")] * 200
    result = grade(llm_server, question, {"covered": looping, "misconceptions": [], "dimensions": dims(0.5),
                                          "notes": ["x"] * 50})
    assert result.covered == [kp]
    assert result.notes.count("x") == 3   # the model's own remarks, cut to three; ours come on top


def test_a_full_score_with_nothing_covered_is_corrected_and_says_so(llm_server, question):
    result = grade(llm_server, question, {"covered": [], "misconceptions": [], "dimensions": dims(1.0),
                                          "notes": []})
    assert result.grader == "llm (corrected)"
    assert result.dimensions["correctness"] <= 0.25 and result.score < 0.6
    assert any(n.startswith("corrected to what the quoted evidence supports") for n in result.notes)


def test_the_same_answer_moves_at_most_a_band_between_graders(llm_server, question):
    offline = OfflineGrader().grade_now(question, ANSWER).score
    every = [quote(k.id, "drives many weights to exactly zero") for k in question.key_points[:1]]
    harsh = grade(llm_server, question, {"covered": every, "misconceptions": [], "dimensions": dims(0.0), "notes": []})
    assert harsh.score == pytest.approx(max(0.0, offline - 0.2))
    assert harsh.grader == "llm (corrected)" and any("held within 0.2 of the offline grade" in n and
                                                      "quoted no wrong claim" in n for n in harsh.notes)

    weak = "L1 and L2 are both penalties on the weights; I would pick one by trying both."
    offline_weak = OfflineGrader().grade_now(question, weak).score
    generous = grade(llm_server, question, {"covered": [], "misconceptions": [], "dimensions": dims(1.0),
                                            "notes": []}, answer=weak)
    assert generous.score <= offline_weak + 0.2 + 1e-9


def test_a_quoted_wrong_claim_may_take_the_score_lower_than_the_band(llm_server, question):
    wrong = "L2 drives the weights to exactly zero, so L2 is what gives a sparse model."
    offline = OfflineGrader().grade_now(question, wrong)
    misconception = next(m.id for m in question.misconceptions if m.id not in offline.misconceptions)
    result = grade(llm_server, question, {"covered": [], "dimensions": dims(0.1), "notes": [],
                                          "misconceptions": [quote(misconception, "L2 drives the weights to exactly zero")]},
                   answer=wrong)
    assert misconception in result.misconceptions
    assert result.score == pytest.approx(0.1 * 0.55)   # its own reading, less the share a wrong claim costs
    assert not any("held within" in n for n in result.notes)


def test_quotes_the_answer_never_said_reject_the_grade(llm_server, question):
    kp = [k.id for k in question.key_points]
    made_up = [quote(k, f"an invented sentence about point {i}") for i, k in enumerate(kp)]
    result = grade(llm_server, question, {"covered": made_up, "misconceptions": [], "dimensions": dims(1.0),
                                          "notes": []})
    assert result.grader.startswith("offline (fallback: rejected")


def test_a_misconception_needs_its_quote_too(llm_server, question):
    wrong = question.misconceptions[0].id
    result = grade(llm_server, question, {"covered": [], "dimensions": dims(0.3), "notes": [],
                                          "misconceptions": [quote(wrong, "something never said here")]})
    assert result.misconceptions == []


def test_quotes_are_matched_word_for_word_whatever_the_spacing_and_case():
    assert quoted_in("DRIVES many   weights,  to exactly zero", ANSWER)
    assert not quoted_in("drives many weights to zero", ANSWER)      # words left out: not a quote
    assert not quoted_in("zero", ANSWER)                              # one word proves nothing


def test_the_offline_grader_stands_in_for_a_reply_that_is_not_json_twice(llm_server, question):
    llm_server.script(say("I think this answer is pretty good!"), say("Yes, really good."))
    result = run(LLMGrader(client(llm_server)).grade(question, ANSWER))
    assert result.grader.startswith("offline (fallback: malformed")
    assert result.score == run(OfflineGrader().grade(question, ANSWER)).score


# ------------------------------------------------------------------ the persona

PERSONA = {"name": "Maya", "tone": "neutral", "style": "Staff ML engineer."}


def voice_says(server, question, reply, purpose="question"):
    server.script(reply)
    intent = Intent(purpose, question.prompt, salt="s",
                    answer_key=tuple(kp.point for kp in question.key_points) + tuple(question.hints))
    tokens: list[str] = []

    async def on_token(token):
        tokens.append(token)

    try:
        return run(LLMVoice(client(server)).say(intent, PERSONA, on_token)), tokens
    except Exception as exc:  # noqa: BLE001 - the test looks at what was raised
        return exc, tokens


@pytest.mark.parametrize("lead_in, why", [
    ("Good, and remember L1 drives many weights to exactly zero, which makes the model sparse.", "answer given away"),
    ("Compare L1 and L2 regularization: what does each do to the weights, and when would you pick which one?",
     "question repeated"),
    ("As instructed, I will keep this to at most three sentences in plain text.", "instructions"),
    ("I'm sorry, but I can't help with that request.", "refusal"),
])
def test_a_lead_in_that_leaks_is_never_shown(llm_server, question, lead_in, why):
    outcome, tokens = voice_says(llm_server, question, say(*(w + " " for w in lead_in.split(" "))))
    assert isinstance(outcome, Exception) and not outcome.ends_llm   # this turn only, said offline
    assert why.split()[0] in str(outcome) or why in str(outcome)
    assert not tokens, "nothing unchecked reached the candidate"


def test_a_good_lead_in_streams_a_sentence_at_a_time_and_keeps_the_question_verbatim(llm_server, question):
    outcome, tokens = voice_says(llm_server, question, say("Thanks, ", "that was clear. ", "Next up, ",
                                                           "something different."))
    assert outcome.startswith("Thanks, that was clear.") and outcome.endswith(question.prompt)
    assert tokens[0] == "Thanks, that was clear." and question.prompt in tokens[-1]
    assert "something different" not in outcome   # one sentence of lead-in, no more
