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


_OPENERS = {
    "friendly": ["Nice to meet you!", "Hi, thanks for joining!", "Welcome, glad you could make it."],
    "neutral": ["Hello.", "Good to meet you.", "Thanks for coming in."],
    "tough": ["Let's get started.", "Right. We have a lot to cover.", "Okay, let's not waste time."],
}
_ACKS = {
    "friendly": ["Thanks, that's helpful.", "Okay, thank you.", "Got it, thanks."],
    "neutral": ["Okay.", "Noted.", "Thank you."],
    "tough": ["Fine.", "Okay.", "Noted."],
}
_FOLLOWUP_LEADS = {
    "friendly": ["Let me dig a little deeper.", "Building on that,", "One more angle on this:"],
    "neutral": ["A follow-up:", "Let me push on that.", "Next, on the same topic:"],
    "tough": ["That's incomplete.", "You skipped something.", "Go further."],
}
_NEXT = {
    "friendly": ["Let's move on.", "Next one.", "On to the next question."],
    "neutral": ["Next question.", "Moving on.", "Let's continue."],
    "tough": ["Next.", "Moving on.", "Let's keep going."],
}


def _pick(options: list[str], salt: str) -> str:
    digest = hashlib.sha256(salt.encode()).digest()
    return options[digest[0] % len(options)]


class OfflineVoice:
    """Template phrasing in the persona's tone: no network, same words for the same session."""

    name = "offline"

    async def say(self, intent: Intent, persona: dict[str, Any], on_token: OnToken | None = None) -> str:
        text = self.render(intent, persona)
        if on_token:
            await on_token(text)
        return text

    def render(self, intent: Intent, persona: dict[str, Any]) -> str:
        tone = persona.get("tone", "neutral")
        f, salt = intent.facts, intent.salt or intent.text
        if intent.purpose == "greeting":
            sections = ", then ".join(SECTION_NAMES.get(k, k) for k in f.get("sections", []))
            return (f"{_pick(_OPENERS[tone], salt)} I'm {persona.get('name', 'your interviewer')}, and I'll be "
                    f"running your {f.get('role_name', 'interview')} interview today. We have "
                    f"{f.get('minutes', 45)} minutes: {sections}. Think out loud; you can ask for a hint "
                    "at any time, though hints count a little against the score.")
        if intent.purpose == "transition":
            name = SECTION_NAMES.get(f.get("kind", ""), f.get("kind", ""))
            return f"Now {name}: about {f.get('minutes')} minutes for this part."
        if intent.purpose == "question":
            lead = "" if f.get("first_in_section") else _pick(_NEXT[tone], salt) + " "
            if f.get("exercise"):
                return (f"{lead}{intent.text}\n\nThe exercise `{f['exercise']}` is open in the editor. "
                        "Run checks the visible examples as often as you like; Submit runs the hidden tests.")
            return f"{lead}{intent.text}"
        if intent.purpose == "followup" and f.get("verdict_summary"):
            return f"{f['verdict_summary']} While we're here: {intent.text}"
        if intent.purpose == "followup":
            ack = _pick(_ACKS[tone], salt + "ack")
            return f"{ack} {_pick(_FOLLOWUP_LEADS[tone], salt)} {intent.text}"
        if intent.purpose == "reply":
            return {"friendly": "Great question. ", "neutral": "Good question. ", "tough": ""}[tone] + (
                "Honestly, the team cares most about shipping models that stay correct in production: "
                "monitoring, clean data contracts and careful evaluation. I'm happy to say more after.")
        if intent.purpose == "wrap_up":
            return {"friendly": "That's all from me, thank you! Your scorecard is ready.",
                    "neutral": "That's the end of the interview. Your scorecard is ready.",
                    "tough": "We're done. Your scorecard is ready."}[tone]
        return intent.text
