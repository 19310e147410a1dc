"""What a candidate's message is, before anything is graded.

A good interviewer does not grade "classification or regression?" as an answer, does not
push a harder follow-up on "no idea", and notices when an answer is about something else.
`read_reply` sorts a message into one of:

| kind | example | what the interviewer does | graded? |
|---|---|---|---|
| `answer` | a few sentences on the question | reacts, follows up on what is missing | yes |
| `short` | "regularization", "yes, L1" | asks for more (why, how) | yes |
| `dont_know` | "no idea, sorry" | rephrases, offers the hint ladder; next time moves on | no |
| `clarify` | "before I answer: is it classification?" | answers from the rubric's clarifications | no (in design: counts for the clarify stage) |
| `repeat` | "sorry, can you repeat that?" | says the question again | no |
| `off_topic` | an answer about p99 latency to "what is feature engineering?" | redirects, once | no (the second time, yes) |
| `question` | "what does your team work on?" | answers from the role's team facts, returns to the question | no |

It is deterministic and offline, so the offline and the LLM interviewer read the same way
and LLM mode pays no extra model call per turn. It leans towards `answer`: a message it
is unsure about is graded, because an answer taken for something else costs the candidate
more than a clarifying question taken for an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rubric.schema import Question

GRADED = ("answer", "short")

_WORD = re.compile(r"[a-z0-9][a-z0-9'_-]*")
_STOP = frozenset("""a an the and or but of to in on at for with by from as is are was were be been being it its it's
this that these those there here what which who whom how why when where do does did done can could would should
will shall may might must you your yours we our us i me my mine they them their he she his her not no yes so if
then than also just very really about into over under more most some any each every all both either one two
let lets let's now well okay ok sure right thing things like get got make made use used using think guess
maybe probably basically actually kind sort quite bit lot much many way would've i'd i'm i'll we'd we'll it'll
that's there's don't doesn't didn't isn't aren't wasn't can't won't""".split())

DONT_KNOW = re.compile(
    r"\b(i\s*(?:really\s+)?(?:do\s*n[o']?t|dont|don't)\s+(?:really\s+)?know|no idea|not sure|no clue|not a clue"
    r"|i\s*(?:have\s*n[o']?t|haven't|havent)\s+(?:worked|used|seen|done|come across|heard)|never (?:heard|used|seen)"
    r"|(?:can|could) we (?:skip|move on)|(?:let's|lets) (?:skip|move on)|pass on this|i(?:'m| am) (?:blanking|stuck|lost)"
    r"|(?:do\s*n[o']?t|can't|cannot) remember|(?:i|we) (?:can't|cannot|couldn't|could not) (?:really )?"
    r"(?:answer|say|explain)|never (?:learned|studied|learnt)|beyond me|no experience|outside (?:anything|what) i)\b")
REPEAT = re.compile(
    r"\b(repeat (?:that|the question|it)|say (?:that|it) again|(?:could|can) you (?:repeat|rephrase|restate)"
    r"|what was the question|(?:didn't|did not) (?:catch|get|hear) (?:that|the question)|come again"
    r"|rephrase (?:that|the question)|sorry,? what\??$|pardon\??$)")
SKIP_REQUEST = re.compile(r"\b((?:can|could) we (?:skip|move on)|(?:let's|lets) (?:skip|move on)|skip (?:this|it)"
                          r"|next (?:one|question)\??$|pass\.?$|pass on this)")
ASKS_ABOUT_THEM = re.compile(
    r"\b(your team|the team|your (?:role|job|company|day|week|stack|work)|you (?:work|use|do|like|enjoy)"
    r"|work(?:ing)? here|this role|the role|on.?call|remote|office|career|growth|day to day|typical (?:day|week)"
    r"|how (?:big|large) is (?:the|your) team)\b")
CLARIFY_CUES = re.compile(   # say "this is a clarifying question" even without a question mark
    r"\b(before i (?:answer|start|begin|dive in)|just to (?:clarify|check|confirm)|quick question|to clarify"
    r"|can i assume|should i assume|do you mean|when you say|clarifying question)\b")

SHORT_CONTENT_WORDS = 4      # fewer content words than this, and it is a one-liner
SHORT_WORDS = 12             # ... as is anything this short
LONG_QUESTION_WORDS = 45     # a question longer than this is an answer with a question in it
OFF_TOPIC_MIN_WORDS = 12     # off-topic needs enough words to judge
OFF_TOPIC_MAX_SHARED = 1     # ... and at most this many content stems in common with the question


@dataclass(frozen=True)
class Reading:
    kind: str
    why: str = ""

    @property
    def graded(self) -> bool:
        return self.kind in GRADED


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def stems(text: str) -> set[str]:
    """Content words cut to their first five letters: "regularization" and "regularize" meet."""
    return {w[:5] for w in words(text) if w not in _STOP and len(w) > 2}


def vocabulary(question: Question) -> set[str]:
    """Every content stem the question, its key points, stages, follow-ups and hints use."""
    texts = [question.prompt, " ".join(question.tags).replace("_", " ")]
    texts += [kp.point for kp in question.key_points] + [f.ask for f in question.followups] + list(question.hints)
    texts += [s.goal for s in question.structure or []] + [m.claim for m in question.misconceptions]
    return set().union(*(stems(t) for t in texts))


def read_reply(text: str, question: Question | None = None) -> Reading:
    """What `text` is, said in reply to `question` (None: no question is open)."""
    said = " ".join(text.split())
    lower = said.lower()
    all_words = words(said)
    content = stems(said)
    shared = content & vocabulary(question) if question else content
    if len(all_words) <= 14 and REPEAT.search(lower):
        return Reading("repeat")
    if len(all_words) <= 25 and DONT_KNOW.search(lower) and len(shared) < 3:
        return Reading("dont_know")
    if _is_question(said) and len(all_words) <= LONG_QUESTION_WORDS:
        if ASKS_ABOUT_THEM.search(lower) and len(shared) < 2:
            return Reading("question", "about the team or the job")
        return Reading("clarify")
    if len(content) < SHORT_CONTENT_WORDS or len(all_words) <= SHORT_WORDS:
        return Reading("short")
    if question and len(all_words) >= OFF_TOPIC_MIN_WORDS and len(shared) <= OFF_TOPIC_MAX_SHARED:
        return Reading("off_topic", f"shares {len(shared)} content words with the question")
    return Reading("answer")


def _is_question(text: str) -> bool:
    """The message asks something: it ends with "?", or says it is a clarifying question."""
    return text.rstrip().endswith("?") or bool(CLARIFY_CUES.search(text.lower()))


def find_fact(facts, text: str):
    """The first fact whose `match` the text says, or None."""
    from rubric.matching import Answer

    answer = Answer(text)
    return next((f for f in facts if f.pattern.search(answer) is not None), None)
