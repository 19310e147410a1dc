"""Which interviewer runs: offline by default, an LLM when one is configured.

No model configured (`LLMSettings` None) means the offline interviewer (templates in the
persona's tone, the rubric-driven grader), with no network and no litellm import. When a
model is configured, both the voice and the grader go through it, and each falls back to
its offline counterpart, saying so, when the provider fails.
"""

from __future__ import annotations


def choose_grader(settings):
    """The grader for `settings` (an `LLMSettings`, or None for the offline grader)."""
    from interviewer.grading.offline import OfflineGrader

    if settings is None:
        return OfflineGrader()
    from interviewer.grading.llm import LLMGrader
    from interviewer.llm import LLMClient

    return LLMGrader(LLMClient(settings), fallback=OfflineGrader())


def choose_voice(settings):
    """The voice for `settings` (an `LLMSettings`, or None for the offline voice)."""
    from interviewer.voice import OfflineVoice

    if settings is None:
        return OfflineVoice()
    from interviewer.llm import LLMClient
    from interviewer.llm_voice import LLMVoice

    return LLMVoice(LLMClient(settings))


def describe(settings) -> str:
    return "offline interviewer" if settings is None else f"LLM interviewer ({settings.model})"
