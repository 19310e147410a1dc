"""The interview state machine: candidate actions in, events out.

    interview = Interview(rubric, grader=OfflineGrader(), voice=OfflineVoice(), clock=clock, sink=store)
    await interview.start("machine_learning_engineer", seed=7)
    await interview.answer("Dividing by sqrt(d_k) keeps the variance of the scores ...")
    await interview.hint()
    run_id = await interview.run_code("attention", code, "hidden")
    await interview.receive_verdict(run_id, verdict)     # from whoever judged the code
    await interview.tick()                               # moves on when a section's time is up

Every step appends events through `sink` (a server commits each one before telling the
client) and applies them to `self.state` with the same reducer a replay uses, so an
interview rebuilt from its stored events (`Interview(rubric, events=...)`) continues
exactly where it was. The engine decides what happens; graders judge answers; a voice
words what the interviewer says.
"""

from __future__ import annotations

import itertools
import secrets
from typing import Any, Awaitable, Callable

from interviewer.events import Event, make, verdict_summary
from interviewer.scorecard import build_scorecard
from interviewer.snapshot import ExerciseFollowups, SessionRubric, snapshot_fields
from interviewer.state import State, apply, reduce
from interviewer.voice import Intent, OfflineVoice, OnToken, Voice, VoiceUnavailable
from rubric import Rubric, plan_interview
from rubric.schema import Question

Sink = Callable[[Event], Awaitable[None]]
CANDIDATE_QUESTIONS = "candidate_questions"
MAX_FOLLOWUPS = {"breadth": 1, "coding": 1, "system_design": 2, "case_study": 2}
MAX_ANSWER_CHARS = 20_000


class InterviewError(ValueError):
    """An action that does not fit the interview's state (the caller reports it, nothing is lost)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class Interview:
    def __init__(self, rubric: Rubric, *, grader, voice: Voice | None = None, clock: Callable[[], float],
                 events: list[Event] | None = None, sink: Sink | None = None, on_token: OnToken | None = None,
                 exercise_followups: ExerciseFollowups | None = None):
        """`events` rebuild an interview under way; `exercise_followups` (exercise id -> questions
        asked after a Submit) is read once, at the start, into the session's snapshot."""
        self.rubric = rubric
        self.grader = grader
        self.voice: Voice = voice or OfflineVoice()
        self.clock = clock
        self.sink = sink
        self.on_token = on_token
        self.exercise_followups = exercise_followups
        self.state: State = reduce(events or [])
        self._book: SessionRubric | None = None
        if self.state.fallback:  # resumed after the LLM had already failed: stay offline
            self.voice = OfflineVoice()
        self._run_ids = itertools.count(len(self.state.runs) + 1)

    # ------------------------------------------------------------------ plumbing

    async def _emit(self, type_: str, **fields: Any) -> Event:
        event = make(type_, max(self.clock(), self.state.now), **fields)
        if self.sink:
            await self.sink(event)  # committed before anyone hears of it
        apply(self.state, event)
        return event

    async def _say(self, intent: Intent, **fields: Any) -> Event:
        persona = self.state.persona
        try:
            text = await self.voice.say(intent, persona, self.on_token)
        except VoiceUnavailable as exc:
            await self.fall_back(str(exc))
            text = await self.voice.say(intent, persona, self.on_token)
        return await self._emit("interviewer_said", text=text, purpose=intent.purpose, **fields)

    async def fall_back(self, reason: str) -> None:
        """Continue with the offline interviewer, and say so in the transcript and the log."""
        self.voice = OfflineVoice()
        if self.state.fallback:
            return
        await self._emit("interviewer_fallback", reason=reason)
        await self._emit("interviewer_said", purpose="notice",
                         text=f"(The LLM interviewer is unavailable: {reason}. Continuing with the offline "
                              "interviewer; your answers are graded against the same rubric.)")

    def _salt(self) -> str:
        return f"{self.state.seed}:{self.state.count}"

    @property
    def book(self) -> SessionRubric:
        """The role and questions this session started with (see interviewer.snapshot)."""
        if self._book is None:
            self._book = SessionRubric(self.state.snapshot, self.rubric)
        return self._book

    @property
    def role(self):
        return self.book.role(self.state.role_id)

    def _question(self, question_id: str) -> Question:
        return self.book.question(question_id)

    def _require_running(self) -> None:
        if not self.state.plan:
            raise InterviewError("not_started", "the interview has not started")
        if self.state.ended:
            raise InterviewError("finished", "the interview is over; open the scorecard or the replay")

    # ------------------------------------------------------------------ actions

    async def start(self, role_id: str, seed: int | str | None = None) -> None:
        if self.state.plan:
            raise InterviewError("already_started", "this interview has already started")
        role = self.rubric.role(role_id)
        seed = secrets.randbelow(1 << 31) if seed is None else seed
        plan = plan_interview(self.rubric, role, seed=seed)
        await self._emit(
            "session_started", role_id=role.id, seed=seed,
            interviewer=f"{self.voice.name} voice, {self.grader.name} grader",
            persona=role.persona.model_dump(mode="json"),
            plan=[{"kind": s.kind.value, "minutes": s.minutes, "questions": [q.id for q in s.questions]}
                  for s in plan],
            **snapshot_fields(role, [q for s in plan for q in s.questions], self.exercise_followups))
        await self._say(Intent("greeting", facts={
            "role_name": role.name, "minutes": role.duration_minutes,
            "sections": [s.kind.value for s in plan]}, salt=self._salt()))
        await self._start_section(0)

    async def answer(self, text: str) -> None:
        """The candidate's reply to whatever is being asked."""
        self._require_running()
        text = (text or "").strip()
        if not text:
            raise InterviewError("empty_answer", "the answer is empty")
        if len(text) > MAX_ANSWER_CHARS:
            raise InterviewError("answer_too_long", f"answers are limited to {MAX_ANSWER_CHARS} characters")
        if await self._check_time():
            return
        current = self.state.current
        if self.state.section_kind == CANDIDATE_QUESTIONS:
            await self._emit("candidate_said", text=text, question_id=None)
            await self._say(Intent("reply", facts={"question": text}, salt=self._salt()))
            await self.finish("completed")
            return
        if current is None:
            raise InterviewError("no_question", "there is no question waiting for an answer")
        await self._emit("candidate_said", text=text, question_id=current.question_id)
        answer_seq = self.state.last_answer_seq
        question = self._question(current.question_id)
        attempt = "main" if current.target is None and current.followups == 0 else "followup"
        grade = await self.grader.grade(question, text, key_point_ids=current.target,
                                        weights={k.value: v for k, v in self.role.grading.dimensions.items()})
        await self._emit("answer_graded", question_id=question.id, attempt=attempt, grade=grade.as_dict(),
                         answer_seq=answer_seq)
        await self._after_answer(question, grade)

    async def hint(self) -> None:
        self._require_running()
        if await self._check_time():
            return
        current = self.state.current
        if current is None:
            raise InterviewError("no_question", "there is no question to give a hint for")
        question = self._question(current.question_id)
        level = current.hints + 1
        if level > len(question.hints):
            await self._say(Intent("notice", "That was the last hint I have for this one.", salt=self._salt()),
                            question_id=question.id)
            return
        await self._emit("hint_given", question_id=question.id, level=level, text=question.hints[level - 1],
                         penalty=self.role.grading.hint_penalty)

    async def skip(self) -> None:
        self._require_running()
        if await self._check_time():
            return
        current = self.state.current
        if current is None:
            if self.state.section_kind == CANDIDATE_QUESTIONS:
                await self.finish("completed")
                return
            raise InterviewError("no_question", "there is no question to skip")
        await self._emit("question_skipped", question_id=current.question_id)
        await self._ask_next()

    async def change_code(self, exercise: str, code: str) -> None:
        self._require_running()
        self._require_exercise(exercise)
        if self.state.code.get(exercise) != code:
            await self._emit("code_changed", exercise=exercise, code=code)

    async def run_code(self, exercise: str, code: str, suite: str) -> str:
        """Record a Run ("examples") or Submit ("hidden"); the verdict arrives later."""
        self._require_running()
        self._require_exercise(exercise)
        if suite not in ("examples", "hidden"):
            raise InterviewError("bad_suite", "suite must be 'examples' (Run) or 'hidden' (Submit)")
        run_id = f"run-{next(self._run_ids)}"
        while run_id in self.state.runs:
            run_id = f"run-{next(self._run_ids)}"
        await self._emit("code_ran", run_id=run_id, exercise=exercise, suite=suite, code=code)
        return run_id

    async def receive_verdict(self, run_id: str, verdict: dict[str, Any]) -> None:
        run = self.state.runs.get(run_id)
        if run is None or run.verdict is not None:
            return
        await self._emit("verdict", run_id=run_id, verdict=verdict)
        current = self.state.current
        if (run.suite != "hidden" or self.state.ended or current is None
                or current.exercise != run.exercise or current.followups):
            return
        summary = verdict_summary({**verdict, "suite": run.suite})
        followups = self.book.exercise_followups(run.exercise)
        followup = followups[0] if followups else None
        if followup:
            await self._say(Intent("followup", followup, facts={"verdict_summary": summary}, salt=self._salt()),
                            question_id=current.question_id, targets=None)
        else:
            await self._say(Intent("feedback", summary, salt=self._salt()), question_id=current.question_id)

    async def tick(self) -> bool:
        """Move on if the current section's time is up; True when it did."""
        if not self.state.plan or self.state.ended:
            return False
        return await self._check_time()

    async def end(self) -> None:
        """The candidate ends the interview early: everything not reached counts as unanswered."""
        self._require_running()
        await self.finish("ended_by_candidate")

    # ------------------------------------------------------------------ flow

    def _require_exercise(self, exercise: str) -> None:
        current = self.state.current
        if current is None or current.exercise != exercise:
            raise InterviewError("no_exercise", f"exercise {exercise!r} is not the one being asked")

    async def _after_answer(self, question: Question, grade) -> None:
        current = self.state.current
        limit = MAX_FOLLOWUPS.get(self.state.section_kind or "", 1)
        if current.exercise:  # coding: discussion answers never end the exercise by themselves
            if current.followups >= limit:
                await self._ask_next()
            return
        if current.followups < limit:
            for followup in question.followups_for_missed(grade.missed):
                if followup.targets not in current.targets_asked:
                    await self._say(Intent("followup", followup.ask, salt=self._salt()),
                                    question_id=question.id, targets=[followup.targets])
                    return
        await self._ask_next()

    async def _ask_next(self) -> None:
        if await self._check_time():
            return
        unasked = self.state.unasked_in_section()
        if not unasked:
            await self._start_section(self.state.section + 1)
            return
        question = self._question(unasked[0])
        first = not any(q in self.state.asked for q in self.state.section_questions())
        await self._say(Intent("question", question.prompt, facts={
            "first_in_section": first, "exercise": question.exercise}, salt=self._salt()),
            question_id=question.id, exercise=question.exercise)

    async def _start_section(self, index: int) -> None:
        if index >= len(self.state.plan):
            await self.finish("completed")
            return
        section = self.state.plan[index]
        await self._emit("section_started", section=index, kind=section["kind"], minutes=section["minutes"])
        await self._say(Intent("transition", facts={"kind": section["kind"], "minutes": section["minutes"]},
                               salt=self._salt()))
        if section["kind"] == CANDIDATE_QUESTIONS:
            await self._say(Intent("question", "Before we finish: what would you like to ask me?",
                                   facts={"first_in_section": True}, salt=self._salt()))
            return
        await self._ask_next()

    async def _check_time(self) -> bool:
        """When the section's time is up, say so and start the next section."""
        if self.state.ended or self.state.section < 0:
            return False
        if max(self.clock(), self.state.now) < self.state.section_deadline():
            return False
        await self._emit("time_up", section=self.state.section)
        await self._say(Intent("notice", "We're out of time for this part, so let's move on.",
                               salt=self._salt()))
        await self._start_section(self.state.section + 1)
        return True

    async def finish(self, reason: str) -> None:
        if self.state.ended:
            return
        await self._emit("session_ended", reason=reason)
        scorecard = build_scorecard(self.state, self.book)
        await self._emit("scorecard", scorecard=scorecard)
        await self._say(Intent("wrap_up", salt=self._salt()))
