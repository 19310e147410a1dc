"""How the interviewer says things: the engine decides *what*, a voice decides *how*.

The engine picks the next question, the key point a follow-up aims at, the hint
level; a `Voice` turns that `Intent` into words. `OfflineVoice` does it from templates
in the persona's tone, deterministically; `LLMVoice` (interviewer.llm_voice) phrases the
same intent through a model and streams it. Either way the substance (the question
text, the hint) comes from the rubric, so both interviewers ask the same interview.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Protocol

OnToken = Callable[[str], Awaitable[None]]

SECTION_NAMES = {
    "breadth": "rapid-fire breadth questions",
    "coding": "a coding exercise in NumPy",
    "system_design": "an ML system design problem",
    "case_study": "a case study",
    "candidate_questions": "your questions for me",
}


@dataclass(frozen=True)
class Intent:
    """What the interviewer means to say next, with the rubric text it rests on."""

    purpose: str                      # interviewer_said purposes (events.PURPOSES)
    text: str = ""                    # the substance: question prompt, follow-up, hint, ...
    facts: dict[str, Any] = field(default_factory=dict)
    salt: str = ""                    # varies template choice deterministically
    answer_key: tuple[str, ...] = ()  # what the interviewer must not give away here (key points, hints)


class VoiceUnavailable(RuntimeError):
    """The voice could not say this (an LLM provider down, timing out, answering garbage,
    or saying what it must not).

    The engine says the line in the offline wording instead. When `ends_llm` is set (the
    provider is down or refuses every request), or after several such turns in a row, it
    switches to `OfflineVoice` for the rest of the session and says so, in the transcript
    and as an `interviewer_fallback` event.
    """

    def __init__(self, reason: str, ends_llm: bool = True):
        super().__init__(reason)
        self.ends_llm = ends_llm


class Voice(Protocol):
    name: str

    async def say(self, intent: Intent, persona: dict[str, Any], on_token: OnToken | None = None) -> str: ...


# Phrase pools, by tone. Each pool is large enough that `_fresh` can always find one the
# last few interviewer lines did not already start with.
_GREETINGS = {
    "friendly": ["Nice to meet you!", "Hi, thanks for joining!", "Welcome, glad you could make it."],
    "neutral": ["Hello.", "Good to meet you.", "Thanks for coming in."],
    "tough": ["Let's get started.", "Right. We have a lot to cover.", "Okay, let's not waste time."],
}
_NEXT = {
    "friendly": ["Next one:", "Here's another:", "Let's try a different topic.", "On to something new.",
                 "Okay, switching gears.", "Now for a change of topic.", "Let's keep going with this one:",
                 "Another area I'd like to cover:"],
    "neutral": ["Next question.", "A different topic.", "Let's move to another area.", "Switching topics.",
                "Here's the next one.", "Another question for you.", "Now something different.",
                "Let's cover another area."],
    "tough": ["Next.", "New topic.", "Moving on.", "Another one.", "Different area.", "Keep going.",
              "Let's see this one.", "Now this."],
}
_FOLLOWUP_LEADS = {
    "friendly": ["Let me dig a little deeper.", "One more angle on this.", "I'd like to build on that.",
                 "Let's stay here a moment.", "A follow-up, then.", "Tell me a bit more.",
                 "Let's take that further."],
    "neutral": ["A follow-up.", "Let me push on that.", "Staying on this topic.", "One more question here.",
                "Let's go further.", "Next, on the same topic.", "Let me probe that."],
    "tough": ["Go further.", "That's not the whole picture.", "Push on that.", "Keep going.",
              "More depth, please.", "Not done with this one.", "Again, deeper."],
}
_ACK = {   # what the last answer did, in the persona's voice; {quote} is the candidate's own words
    "good": {
        "friendly": ['Nice: "{quote}" is the heart of it.', 'Good, "{quote}" is exactly right.',
                     "That's a solid answer.", "Great, that covers the main idea.", "Lovely, that's it.",
                     'I like "{quote}".', "Spot on.", "That's a clear answer, thank you."],
        "neutral": ['Right: "{quote}".', 'Yes, "{quote}" is right.', "That's correct.", "That covers it.",
                    "Good answer.", 'Agreed: "{quote}".', "That's the answer I was looking for.", "Exactly."],
        "tough": ["Correct.", 'Fine, "{quote}" is right.', "That's right.", "Adequate.", "Acceptable.",
                  "Yes.", 'Good: "{quote}".', "That'll do."],
    },
    "so_far": {   # a good answer, and a follow-up is coming
        "friendly": ['Good, "{quote}" is right.', "Good start.", "Nice, you're on the right track.",
                     "That's a good foundation.", 'I like "{quote}".'],
        "neutral": ['Right: "{quote}".', "Good so far.", "That's a good start.", "Fine as far as it goes.",
                    'Agreed on "{quote}".'],
        "tough": ["Fine so far.", 'Yes, "{quote}".', "Right, as far as it goes.", "Partly there.", "Acceptable start."],
    },
    "partial": {
        "friendly": ['You\'re on the right track with "{quote}".', 'Good start: "{quote}".',
                     "That's part of the story.", "You've got some of it.", "There's something in that.",
                     "Some of that is right.", "Partly there."],
        "neutral": ['"{quote}" is part of it.', 'You said "{quote}"; that is part of the answer.',
                    "That's partly there.", "Some of that is right.", "That's a partial answer.",
                    "That covers some of it.", "Part of the way there."],
        "tough": ['Only part of it: "{quote}".', "That's incomplete.", "Only partly right.",
                  "Not enough.", "Half an answer.", "Partial.", "Some of it."],
    },
    "missed": {
        "friendly": ["Hmm, I don't think that quite gets at what I was asking.",
                     "That's not quite what I was after.", "I think that's a bit off the mark.",
                     "Not quite, I'm afraid.", "I was hoping for something a little different.",
                     "That's not really the part I was asking about.", "Close, but not what I meant."],
        "neutral": ["That doesn't answer what I asked.", "I don't think that addresses the question.",
                    "That misses what I was asking.", "That's not what I was looking for.",
                    "That's not the point I was after.", "I was asking about something else.",
                    "That doesn't get at it."],
        "tough": ["That misses the point.", "That doesn't answer the question.", "No.", "That's not it.",
                  "Wrong direction.", "Not what I asked.", "Off the mark."],
    },
    "wrong": {
        "friendly": ["Hmm, I'm not sure part of that is right.", "I'd gently question part of that.",
                     "I'm not convinced by one part of that.", "One part of that doesn't sound right to me.",
                     "I'd double-check part of that.", "Something in there isn't quite right."],
        "neutral": ["I'd question part of that.", "I don't think all of that holds.",
                    "Part of that doesn't hold up.", "Something there is off.", "Not all of that is right.",
                    "I disagree with part of that."],
        "tough": ["Part of that is wrong.", "Some of that is mistaken.", "That's not right in places.",
                  "Something there is false.", "That's partly wrong.", "Check your facts there."],
    },
    "moving_on": {
        "friendly": ["That's fine, we'll leave that one.", "No problem, let's move on.", "That's okay, next one.",
                     "Not to worry, let's try something else.", "That's alright, we'll park it."],
        "neutral": ["Okay, we'll leave that one.", "Fine, let's move on from that.", "Let's leave that one.",
                    "We'll set that aside.", "Let's go elsewhere."],
        "tough": ["Then we'll move on.", "We stop there.", "We'll skip it.", "Leave it.", "Next topic, then."],
    },
}
_RESERVE_LEADS = ["We have a few minutes left in this part, so one more.", "There's time for another one.",
                  "We still have some time here; one more question.", "Let's use the time left for one more."]
_NUDGES = {
    "friendly": ["No problem. Let me put it another way:", "That's okay, let's come at it from another side:",
                 "Fair enough. Try this narrower version:"],
    "neutral": ["Let me ask it another way:", "Try a narrower version:", "Let's approach it differently:"],
    "tough": ["Narrower, then:", "Try this instead:", "Simpler version:"],
}
_REDIRECTS = {
    "friendly": ["That's interesting, but it's not quite the question.", "I think we've drifted a little."],
    "neutral": ["That's a different topic from the one I asked about.", "That's not the question I asked."],
    "tough": ["That's off topic.", "You're answering a different question."],
}
_CLARIFY_LEADS = {
    "friendly": ["Good question.", "Glad you asked.", "Sure."],
    "neutral": ["Fair question.", "Sure.", "Good to check."],
    "tough": ["Fine.", "Okay.", "Noted."],
}
_TRANSITIONS = {
    "breadth": "Let's start with some breadth questions: about {minutes} minutes, across a few topics.",
    "coding": ("Now a coding exercise in NumPy, about {minutes} minutes. You can run and submit as often as you "
               "like until time is up, and talking me through your approach counts too."),
    "system_design": ("Now an ML system design problem, about {minutes} minutes. Asking clarifying questions "
                      "first is welcome."),
    "case_study": "Now a case study, about {minutes} minutes. Feel free to ask questions before you dive in.",
    "candidate_questions": "We have a few minutes left for your questions.",
}


def _pick(options: list[str], salt: str) -> str:
    digest = hashlib.sha256(salt.encode()).digest()
    return options[digest[0] % len(options)]


def _fresh(options: list[str], salt: str, recent: list[str]) -> str:
    """A phrase none of the recent interviewer lines contains (its fixed words, for a template), else any."""
    said = " ".join(recent).lower()
    unused = [o for o in options if _stock(o).lower() not in said]
    return _pick(unused or options, salt)


def _stock(phrase: str) -> str:
    """The words a phrase always says: a template's text before its placeholder (or after, if none before)."""
    before, _, after = phrase.partition("{quote}")
    fixed = before.strip(' "') or after.strip(' ".')
    return fixed or phrase


def _join(*parts: str) -> str:
    """Sentences in order, spaced; a part that ends with ':' runs into the next."""
    out = ""
    for part in (p.strip() for p in parts if p and p.strip()):
        out = part if not out else f"{out}{' ' if out.endswith(':') else ' '}{part}"
    return out


class OfflineVoice:
    """Template phrasing in the persona's tone: no network, the same words for the same moment of a session.

    The engine says what happened (`Intent.facts`): how the last answer went and a quote of
    the candidate's own words (`ack`, `quote`), the interviewer's last few lines (`recent`,
    so no opener repeats within five turns), the verdict of a Submit. The voice words it.
    """

    name = "offline"

    async def say(self, intent: Intent, persona: dict[str, Any], on_token: OnToken | None = None) -> str:
        text = self.render(intent, persona)
        if on_token:
            await on_token(text)
        return text

    def render(self, intent: Intent, persona: dict[str, Any]) -> str:
        tone = persona.get("tone", "neutral")
        if tone not in _NEXT:
            tone = "neutral"
        f, salt = intent.facts, intent.salt or intent.text
        recent = list(f.get("recent") or [])
        ack = self._ack(f, tone, salt, recent)
        purpose = intent.purpose
        if purpose == "greeting":
            sections = ", then ".join(SECTION_NAMES.get(k, k) for k in f.get("sections", []))
            return (f"{_pick(_GREETINGS[tone], salt)} I'm {persona.get('name', 'your interviewer')}, and I'll be "
                    f"running your {f.get('role_name', 'interview')} interview today. We have "
                    f"{f.get('minutes', 45)} minutes: {sections}. Think out loud; you can ask clarifying "
                    "questions, and ask for a hint at any time, though hints count a little against the score.")
        if purpose == "transition":
            return _TRANSITIONS.get(f.get("kind", ""), "Now {kind}: about {minutes} minutes.").format(
                kind=SECTION_NAMES.get(f.get("kind", ""), f.get("kind", "")), minutes=f.get("minutes"))
        if purpose == "question":
            lead = "" if f.get("first_in_section") else _fresh(_NEXT[tone], salt, recent)
            if f.get("reserve"):
                lead = _fresh(_RESERVE_LEADS, salt, recent)
            text = intent.text
            if f.get("exercise"):
                text += (f"\n\nWrite your solution to `{f['exercise']}`. Run checks the visible examples as often as "
                         "you like; Submit runs the hidden tests, and you can fix and resubmit until time is up. "
                         "Talk me through your plan as you go: it counts.")
            return _join(ack, lead, text)
        if purpose == "followup" and f.get("verdict_summary"):
            return _join(f["verdict_summary"], "While we're here:", intent.text)
        if purpose == "followup":
            return _join(ack or _pick(["Okay.", "Thanks."], salt), _fresh(_FOLLOWUP_LEADS[tone], salt, recent),
                         intent.text)
        if purpose == "nudge":
            return _join(_fresh(_NUDGES[tone], salt, recent), intent.text,
                         "If a hint would help, ask for one.")
        if purpose == "redirect":
            return _join(_fresh(_REDIRECTS[tone], salt, recent), "The question was:", intent.text)
        if purpose == "repeat":
            return _join(_pick(["Sure.", "Of course.", "No problem."], salt), intent.text)
        if purpose == "clarification":
            return _join(_fresh(_CLARIFY_LEADS[tone], salt, recent), intent.text)
        if purpose == "reply":
            return _join(_fresh(_CLARIFY_LEADS[tone], salt, recent), intent.text)
        if purpose == "feedback":
            return _join(ack, intent.text)
        if purpose == "wrap_up":
            return {"friendly": "That's all from me, thank you! Your scorecard is ready.",
                    "neutral": "That's the end of the interview. Your scorecard is ready.",
                    "tough": "We're done. Your scorecard is ready."}[tone]
        return intent.text

    @staticmethod
    def _ack(facts: dict[str, Any], tone: str, salt: str, recent: list[str]) -> str:
        """How the last answer went, naming what it did in the candidate's own words when it can."""
        verdict = facts.get("ack")
        if verdict not in _ACK:
            return ""
        quote = facts.get("quote") or ""
        options = [o for o in _ACK[verdict][tone] if quote or "{quote}" not in o]
        return _fresh(options, salt + "ack", recent).format(quote=quote)
