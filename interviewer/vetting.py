"""What the LLM persona may say: each sentence is checked before the candidate sees it.

A model prompted to "lead into the next question" sometimes answers the question, reads it
out twice, recites its instructions or refuses. None of that may reach the candidate, so
the voice streams only sentences that pass `problem()`; the first that fails ends the
model's turn and the engine says the line in the offline wording instead.

The checks are plain word overlap, deliberately strict: a false alarm costs one lead-in
(the offline wording is fine), a miss gives away an answer.
"""

from __future__ import annotations

import re

RUN = 5                 # this many words in a row shared with a secret give it away
SHARE = 0.6             # ... or this share of a secret's content words, with at least
MIN_SHARED = 3          # this many of them
SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")

REFUSAL = re.compile(
    r"\b(i'?m sorry|i am sorry|i apologi[sz]e|as an ai|language model|i can(?:not|'t|t) (?:help|assist|do|provide)"
    r"|i am (?:not able|unable)|i'?m (?:not able|unable)|i won'?t be able|i must decline"
    # an assistant, not an interviewer: out of character
    r"|(?:ready|happy|glad|here) to (?:assist|help you)|how (?:can|may) i (?:help|assist))\b", re.I)
RULE_TALK = re.compile(
    r"\b(system prompt|my instructions|my rules|the rules|answer key|i was told|i am instructed|i'm instructed"
    r"|as instructed|at most three sentences|plain text|never mention scores|not allowed to)\b", re.I)
_WORD = re.compile(r"[a-z0-9']+")
_STOP = frozenset("""a an the and or but of to in on at for with by from as is are was were be been being it its
this that these those there here what which who whom how why when where do does did done can could would should
will shall may might must you your yours we our us i me my they them their he she his her not no yes so if then
than also just very really about into over under more most some any each every all both either neither one two
let lets let's now well okay ok sure right great good thanks thank please""".split())


def split_sentences(text: str) -> tuple[list[str], str]:
    """(complete sentences, the unfinished rest) of streamed text."""
    parts = SENTENCE_END.split(text)
    complete = [p.strip() for p in parts[:-1] if p.strip()]
    return complete, parts[-1]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content(text: str) -> set[str]:
    return {w for w in words(text) if w not in _STOP and len(w) > 2}


def shares_run(sentence: str, secret: str, run: int = RUN) -> bool:
    said, hidden = words(sentence), words(secret)
    grams = {tuple(hidden[i:i + run]) for i in range(len(hidden) - run + 1)}
    return any(tuple(said[i:i + run]) in grams for i in range(len(said) - run + 1))


def gives_away(sentence: str, secret: str) -> bool:
    hidden = content(secret)
    shared = content(sentence) & hidden
    return shares_run(sentence, secret) or (len(shared) >= MIN_SHARED and len(shared) >= SHARE * len(hidden))


def problem(sentence: str, *, question: str = "", answer_key: tuple[str, ...] = ()) -> str | None:
    """Why `sentence` may not be said, or None.

    `question` is the line the sentence leads into (it must not be said twice);
    `answer_key` holds what the candidate is meant to work out (key points, hints).
    """
    if REFUSAL.search(sentence):
        return "a refusal, or an assistant's manners"
    if RULE_TALK.search(sentence):
        return "talk about its instructions"
    if question and gives_away(sentence, question):
        return "the question repeated"
    for secret in answer_key:
        if gives_away(sentence, secret):
            return "part of the answer given away"
    return None
