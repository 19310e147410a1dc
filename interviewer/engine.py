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
exactly where it was (`recover()` finishes what a crash cut short). The engine decides
what happens; graders judge answers; a voice words what the interviewer says.

Slow work never holds the conversation up. The flow (follow-up or next question) is
decided with the offline grader, which answers at once; a slower grader (an LLM) grades
the same answer in the background and its grade is recorded when it arrives, so an
answer's `answer_graded` may come after the next question. `record_answer` commits the
candidate's words first and `respond` reacts to them, so a server can acknowledge an
answer the moment it is safe on disk. `hurry()` makes whatever the voice is still
saying finish at once in the offline wording (the candidate asked for a hint, to skip,
to end, or to stop waiting).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import re
import secrets
from typing import Any, Awaitable, Callable

from interviewer.events import Event, make, verdict_summary
from interviewer.grading.base import Grade, GraderUnavailable
from interviewer.reading import GRADED, SKIP_REQUEST, find_fact, read_reply, stems
from interviewer.scorecard import build_scorecard
from interviewer.snapshot import ExerciseFollowups, SessionRubric, snapshot_fields
from interviewer.state import Answer, State, apply, reduce
from interviewer.voice import Intent, OfflineVoice, OnToken, Voice, VoiceUnavailable
from rubric import Rubric, plan_interview
from rubric.schema import Question

Sink = Callable[[Event], Awaitable[None]]
CANDIDATE_QUESTIONS = "candidate_questions"
MAX_FOLLOWUPS = {"breadth": 2, "coding": 1, "system_design": 5, "case_study": 5}
MAX_DISCUSSION = 2           # questions about passing code (the rubric's `discussion`), time allowing
EXCHANGE_SECONDS = {"breadth": 60, "coding": 120, "system_design": 150, "case_study": 120}   # one answer, roughly
RESERVE_SHARE = 0.4          # planned questions done with this share of the section left: ask a reserve one
GOOD_SHARE = 0.6             # covered this share of the key points asked about: "good", else "partial"
RECENT_LINES = 5             # no opener repeats within this many interviewer lines
_FIXED_LINES = ("greeting", "transition", "wrap_up")
MAX_CANDIDATE_QUESTIONS = 3
NOTHING_MORE = re.compile(r"\b(no(?:pe|thing)?(?: more)?|that'?s (?:all|it)|i'?m good|all good|no questions|"
                          r"nothing else|not really|i think that'?s it)\b")
MAX_ANSWER_CHARS = 20_000
VOICE_FAILURES_BEFORE_FALLBACK = 3   # turns in a row the LLM voice may miss before the session goes offline
log = logging.getLogger("hotseat.interviewer")


class InterviewError(ValueError):
    """An action that does not fit the interview's state (the caller reports it, nothing is lost)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class Interview:
    def __init__(self, rubric: Rubric, *, grader, voice: Voice | None = None, clock: Callable[[], float],
                 events: list[Event] | None = None, sink: Sink | None = None, on_token: OnToken | None = None,
                 exercise_followups: ExerciseFollowups | None = None,
                 on_status: Callable[[dict], Awaitable[None]] | None = None):
        """`events` rebuild an interview under way; `exercise_followups` (exercise id -> questions
        asked after a Submit) is read once, at the start, into the session's snapshot;
        `on_status` hears whenever the interviewer starts or stops thinking (`status()`)."""
        self.rubric = rubric
        self.grader = grader
        self.voice: Voice = voice or OfflineVoice()
        self.clock = clock
        self.sink = sink
        self.on_token = on_token
        self.exercise_followups = exercise_followups
        self.on_status = on_status
        self.state: State = reduce(events or [])
        self._book: SessionRubric | None = None
        self._offline = grader if getattr(grader, "instant", False) else grader.offline
        if self.state.fallback:  # resumed after the LLM had already failed: stay offline
            self.voice, self.grader = OfflineVoice(), self._offline
        self._run_ids = itertools.count(len(self.state.runs) + 1)
        self._emitting = asyncio.Lock()          # events are committed and applied one at a time, in order
        self._hurry = asyncio.Event()
        self._grading: dict[int, asyncio.Task] = {}   # answer seq -> its grade on the way
        self._voice_failures = 0
        self._closing = False
        self._speaking_since: float | None = None

    # ------------------------------------------------------------------ plumbing

    async def _emit(self, type_: str, **fields: Any) -> Event:
        async with self._emitting:   # background grades emit too: never two events at once
            event = make(type_, max(self.clock(), self.state.now), **fields)
            if self.sink:
                await self.sink(event)  # committed before anyone hears of it
            apply(self.state, event)
        return event

    def status(self) -> dict:
        """What the interviewer is busy with: `speaking` (and for how many seconds), grades on the way."""
        since = self._speaking_since
        return {"speaking": since is not None, "for": round(max(0.0, self.clock() - since), 1) if since else 0.0,
                "grading": len(self._grading)}

    async def _report(self) -> None:
        if self.on_status:
            await self.on_status(self.status())

    @property
    def emitting(self) -> asyncio.Lock:
        """Held while an event is committed and applied: hold it to read the log with nothing slipping in."""
        return self._emitting

    async def _say(self, intent: Intent, **fields: Any) -> Event:
        """Word `intent` with the voice, unless it fails or is hurried: then in the offline wording."""
        persona = self.state.persona
        offline = OfflineVoice().render(intent, persona)
        if isinstance(self.voice, OfflineVoice):
            text = await self.voice.say(intent, persona, self.on_token)
        else:
            self._speaking_since = self.clock()
            await self._report()
            try:
                text = await self._unless_hurried(self.voice.say(intent, persona, self.on_token), None)
                self._voice_failures = 0
            except VoiceUnavailable as exc:
                text = None
                self._voice_failures += 1
                fields = {**fields, "voice": f"offline: {exc}"[:300]}
                if exc.ends_llm or self._voice_failures >= VOICE_FAILURES_BEFORE_FALLBACK:
                    await self.fall_back(str(exc))
            finally:
                self._speaking_since = None
                await self._report()
            if text is None:
                text = offline
                fields.setdefault("voice", "offline: the candidate did not wait")
        return await self._emit("interviewer_said", text=text, purpose=intent.purpose, **fields)

    async def _unless_hurried(self, work: Awaitable, instead: Any) -> Any:
        """The result of `work`, or `instead` as soon as `hurry()` is called (the work is cancelled)."""
        task = asyncio.ensure_future(work)
        hurry = asyncio.ensure_future(self._hurry.wait())
        try:
            await asyncio.wait({task, hurry}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            hurry.cancel()
        if task.done():
            return task.result()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return instead

    def hurry(self) -> None:
        """Whatever the voice is saying, or the end is waiting for, finishes now, offline."""
        self._hurry.set()

    async def fall_back(self, reason: str) -> None:
        """Continue with the offline interviewer (voice and grader), and say so once, in the transcript and the log."""
        self.voice, self.grader = OfflineVoice(), self._offline
        if self.state.fallback:
            return
        await self._emit("interviewer_fallback", reason=reason)
        await self._emit("interviewer_said", purpose="notice",
                         text=f"(The LLM interviewer is unavailable: {reason}. Continuing with the offline "
                              "interviewer; from here on your answers are graded offline, against the same "
                              "rubric.)")

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

    def _answer_key(self, question: Question) -> tuple[str, ...]:
        """What an LLM voice must not give away while this question is open."""
        discussed = [kp.point for d in question.discussion for kp in d.key_points]
        return (tuple(kp.point for kp in question.key_points) + tuple(discussed) + tuple(question.hints)
                + tuple(m.correction for m in question.misconceptions))

    def _require_running(self) -> None:
        if not self.state.plan:
            raise InterviewError("not_started", "the interview has not started")
        if self.state.ended:
            raise InterviewError("finished", "the interview is over; open the scorecard or the replay")

    # ------------------------------------------------------------------ actions

    async def start(self, role_id: str, seed: int | str | None = None) -> None:
        if self.state.plan:
            raise InterviewError("already_started", "this interview has already started")
        self._hurry.clear()
        role = self.rubric.role(role_id)
        seed = secrets.randbelow(1 << 31) if seed is None else seed
        plan = plan_interview(self.rubric, role, seed=seed)
        await self._emit(
            "session_started", role_id=role.id, seed=seed,
            interviewer=f"{self.voice.name} voice, {self.grader.name} grader",
            persona=role.persona.model_dump(mode="json"),
            plan=[{"kind": s.kind.value, "minutes": s.minutes, "questions": [q.id for q in s.questions],
                   "reserve": [q.id for q in s.reserve]} for s in plan],
            **snapshot_fields(role, [q for s in plan for q in s.questions + s.reserve], self.exercise_followups),
            **({"model": model} if (model := getattr(self.voice, "model", None)
                                    or getattr(self.grader, "model", None)) else {}))
        await self._say(Intent("greeting", facts={
            "role_name": role.name, "minutes": role.duration_minutes,
            "sections": [s.kind.value for s in plan]}, salt=self._salt()))
        await self._start_section(0)

    async def answer(self, text: str, question_id: str | None = None) -> None:
        """The candidate's reply to whatever is being asked: recorded, then answered."""
        await self.record_answer(text, question_id)
        await self.respond()

    async def record_answer(self, text: str, question_id: str | None = None) -> None:
        """Commit the candidate's words and what they are (`interviewer.reading`); `respond` reacts.

        `question_id` says which question the candidate was answering. When the interview
        has moved on since (the section's time ran out, or a hint or skip raced the answer),
        the answer is still recorded and graded for that question, as a late answer.
        """
        self._require_running()
        text = (text or "").strip()
        if not text:
            raise InterviewError("empty_answer", "the answer is empty")
        if len(text) > MAX_ANSWER_CHARS:
            raise InterviewError("answer_too_long", f"answers are limited to {MAX_ANSWER_CHARS} characters")
        if self.state.awaiting_reply is not None:
            raise InterviewError("busy", "the interviewer has not answered your last message yet")
        current = self.state.current
        if question_id is not None and (current is None or current.question_id != question_id):
            if question_id not in self.state.asked:
                raise InterviewError("no_question", "that question has not been asked")
            attempt = "followup" if self.state.grades_for(question_id) else "main"
            await self._emit("candidate_said", text=text, question_id=question_id, reading="answer",
                             attempt=attempt, targets=None, late=True)
        elif current is not None:
            question = self._question(current.question_id)
            reading = read_reply(text, question).kind
            if reading == "off_topic" and current.redirects:   # redirected once already: take it as the answer
                reading = "answer"
            attempt, targets = None, None
            if reading in GRADED:
                attempt = "followup" if current.followups or current.target else "main"
                targets = current.target
                if current.exercise and question.discussed(targets):
                    attempt = "discussion"
                elif current.exercise and current.followups and self._passed(current.exercise):
                    attempt = None   # an exercise follow-up with no answer key in this rubric: heard, not graded
            elif reading == "clarify" and _stage_points(question, "clarify"):   # asking is part of a design answer
                attempt, targets = "clarify", _stage_points(question, "clarify")
            await self._emit("candidate_said", text=text, question_id=current.question_id, reading=reading,
                             attempt=attempt, targets=targets)
        elif self.state.section_kind == CANDIDATE_QUESTIONS:
            await self._emit("candidate_said", text=text, question_id=None, reading="question", attempt=None)
        else:
            raise InterviewError("no_question", "there is no question waiting for an answer")

    async def respond(self) -> None:
        """React to the candidate's last message, as a good interviewer would, if not done yet."""
        seq = self.state.awaiting_reply
        if seq is None or self.state.ended:
            return
        self._hurry.clear()
        said = next(t for t in reversed(self.state.transcript) if t["seq"] == seq)
        answer = next((a for a in self.state.ungraded if a.seq == seq), None)
        if said["question_id"] is None:   # a question for the interviewer, in the last section
            await self._answer_their_question(said["text"])
            return
        grade = await self._grade(answer) if answer else None
        if answer and answer.late:
            await self._say(Intent("notice", "That reached me after we had moved on; I've noted it for that "
                                             "question.", salt=self._salt()))
            return
        if await self._check_time():
            return
        question = self._question(said["question_id"])
        reading = said["reading"]
        if reading == "repeat":
            await self._say(self._intent("repeat", self._last_asked(question)), question_id=question.id)
        elif reading == "clarify":
            await self._clarify(question, said["text"])
        elif reading == "question":
            fact = find_fact(self.role.team, said["text"])
            await self._say(self._intent("reply", _join_text(
                fact.answer if fact else "I'm happy to talk about that at the end.",
                "Back to the question:", self._last_asked(question))), question_id=question.id)
        elif reading == "dont_know":
            await self._stuck(question, said["text"])
        elif reading == "off_topic":
            await self._say(self._intent("redirect", self._last_asked(question)), question_id=question.id)
        else:
            await self._after_answer(question, grade, reading)

    async def recover(self) -> None:
        """Finish what a crash cut short: grades that never came, a message never answered."""
        for answer in list(self.state.ungraded):
            if answer.seq != self.state.awaiting_reply and answer.seq not in self._grading:
                await self._grade(answer)
        await self.respond()

    async def _grade(self, answer: Answer) -> Grade:
        """The grade that decides the flow (the offline one, at once).

        With the offline grader it is also the recorded grade. A slower grader grades the
        same answer in the background; its grade is recorded when it arrives.
        """
        question = self._question(answer.question_id)
        weights = {k.value: v for k, v in self.role.grading.dimensions.items()}
        if answer.attempt == "discussion":   # graded against the discussion's own key points, all of them
            question = question.discussed(answer.targets) or question
        now = await self._offline.grade(question, answer.text, key_point_ids=self._scope(question, answer),
                                        weights=weights)
        if self.grader is self._offline:
            await self._record_grade(answer, now)
        else:
            self._grading[answer.seq] = asyncio.ensure_future(self._grade_slowly(answer, question, weights, now))
            await self._report()
        return now

    @staticmethod
    def _scope(question: Question, answer: Answer) -> list[str] | None:
        """The key points a reply is graded on: a follow-up's targets; everything for a main answer or a
        discussion (its question holds only the discussion's key points)."""
        return None if answer.attempt == "discussion" else answer.targets

    async def _grade_slowly(self, answer: Answer, question: Question, weights: dict, offline: Grade) -> None:
        try:
            await self._grade_with(self.grader, answer, question, weights, offline)
        finally:
            self._grading.pop(answer.seq, None)
            if not self._closing:
                await self._report()

    async def _grade_with(self, grader, answer: Answer, question: Question, weights: dict, offline: Grade) -> None:
        try:
            grade = await grader.grade(question, answer.text, key_point_ids=self._scope(question, answer),
                                       weights=weights)
        except GraderUnavailable as exc:
            grade = self._offline.fallback(offline, exc.reason)
            await self._record_grade(answer, grade)
            await self.fall_back(exc.reason)
            return
        except asyncio.CancelledError:
            if not self._closing:   # the candidate would not wait for it; a closing server resumes it later
                await self._record_grade(answer, self._offline.fallback(offline, "the candidate did not wait "
                                                                                 "for the model's grade"))
            raise
        except Exception as exc:  # a bug in grading must not lose the answer's grade
            log.exception("grading failed")
            grade = self._offline.fallback(offline, f"grading failed: {type(exc).__name__}")
        await self._record_grade(answer, grade)

    async def _record_grade(self, answer: Answer, grade: Grade) -> None:
        if any(a.seq == answer.seq for a in self.state.ungraded):
            await self._emit("answer_graded", question_id=answer.question_id, attempt=answer.attempt,
                             grade=grade.as_dict(), answer_seq=answer.seq)

    async def settle(self) -> None:
        """Wait for the grades still on the way (each is bounded by the grader's own timeout).

        `hurry()` stops the wait: what has not arrived is graded offline, and says so.
        """
        pending = list(self._grading.values())
        if not pending:
            return
        done = await self._unless_hurried(asyncio.gather(*pending, return_exceptions=True), False)
        if done is False:
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    async def close(self) -> None:
        """Stop background work (the server is shutting down; `recover` grades it from the log later)."""
        self._closing = True
        pending = list(self._grading.values())
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def hint(self) -> None:
        self._require_running()
        self._hurry.clear()
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
        self._hurry.clear()
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
        """Record a run's verdict and react to it."""
        if await self.record_verdict(run_id, verdict):
            await self.react_to_verdict(run_id)

    async def record_verdict(self, run_id: str, verdict: dict[str, Any]) -> bool:
        """Commit the verdict (the candidate sees it at once); True if the interviewer should react."""
        run = self.state.runs.get(run_id)
        if run is None or run.verdict is not None:
            return False
        await self._emit("verdict", run_id=run_id, verdict=verdict)
        return run.suite == "hidden"

    async def react_to_verdict(self, run_id: str) -> None:
        """After a Submit: a failure says so and leaves the pad open; a pass (a fix, too) is acknowledged,
        then the exercise's follow-up question."""
        run = self.state.runs.get(run_id)
        current = self.state.current
        if (run is None or run.verdict is None or self.state.ended or current is None
                or current.exercise != run.exercise or current.followups):
            return
        self._hurry.clear()
        question = self._question(current.question_id)
        summary = verdict_summary({**run.verdict, "suite": run.suite})
        submits = [r for r in self.state.runs.values() if r.exercise == run.exercise and r.suite == "hidden"
                   and r.verdict is not None]
        if not run.verdict.get("passed"):
            await self._say(self._intent("feedback", _join_text(
                summary, "Have a look at the failing case; you can fix it and submit again as often as you like "
                         "until time is up."), question), question_id=current.question_id)
            return
        if len(submits) > 1:
            summary = _join_text(summary, "That fixed it.")
        if question.discussion:   # what the code cannot show: does the candidate understand it?
            first = question.discussion[0]
            await self._say(self._intent("followup", first.ask, question, verdict_summary=summary),
                            question_id=current.question_id, targets=[kp.id for kp in first.key_points])
        elif followups := self.book.exercise_followups(run.exercise):   # a rubric without a discussion
            await self._say(self._intent("followup", followups[0], question, verdict_summary=summary),
                            question_id=current.question_id, targets=None)
        else:
            await self._say(self._intent("feedback", summary, question), question_id=current.question_id)

    async def tick(self) -> bool:
        """Move on if the current section's time is up; True when it did.

        An answer the interviewer has not reacted to yet goes first: `respond` moves on
        itself when the time is up, so the answer is never dropped.
        """
        if not self.state.plan or self.state.ended or self.state.awaiting_reply is not None:
            return False
        self._hurry.clear()
        return await self._check_time()

    async def end(self) -> None:
        """The candidate ends the interview early: everything not reached counts as unanswered."""
        self._require_running()
        self._hurry.clear()
        await self.finish("ended_by_candidate")

    # ------------------------------------------------------------------ flow

    def _require_exercise(self, exercise: str) -> None:
        current = self.state.current
        if current is None or current.exercise != exercise:
            raise InterviewError("no_exercise", f"exercise {exercise!r} is not the one being asked")

    async def _after_answer(self, question: Question, grade: Grade, reading: str = "answer") -> None:  # noqa: C901
        """A follow-up on what is still missing while the section has time, else the next question.

        Breadth questions get up to two follow-ups; design and case questions are taken
        through their structure, one missing stage at a time; a one-line answer is first
        asked for more. Each follow-up starts from what the candidate just said.
        """
        current = self.state.current
        ack = self._ack_facts(question.discussed(current.target) or question, grade)
        if current.exercise:
            await self._coding_discussion(question, ack)
            return
        covered = set(grade.covered) | {kp for g in self.state.grades_for(question.id) for kp in g.grade.get("covered", [])}
        missing = [kp.id for kp in question.key_points if kp.id not in covered and kp.id not in current.targets_asked]
        if missing and current.followups < self._followup_limit(question) and self._time_for_more():
            if reading == "short" and not current.followups:   # a one-liner: ask for the rest before judging it
                await self._say(self._intent("followup", "Can you say more? Walk me through the why, not just "
                                                         "the what.", question),
                                question_id=question.id, targets=missing)
                return
            ask, targets = self._next_probe(question, missing)
            if ask:
                so_far = {**ack, "ack": "so_far"} if ack.get("ack") == "good" else ack   # more is coming
                await self._say(self._intent("followup", ask, question, **so_far), question_id=question.id,
                                targets=targets)
                return
        await self._ask_next(ack)

    def _followup_limit(self, question: Question) -> int:
        if question.structure:   # design and case studies: through the structure
            return len(question.structure)
        return MAX_FOLLOWUPS.get(self.state.section_kind or "", 1)

    def _next_probe(self, question: Question, missing: list[str]) -> tuple[str | None, list[str]]:
        """The next follow-up: for a structured question, the first stage with something missing
        (the rubric's own follow-up for it, else the stage's goal); otherwise the follow-up aimed
        at the first missed key point."""
        if question.structure:
            for stage in question.structure:
                points = [kp.id for kp in question.key_points if kp.stage == stage.stage and kp.id in missing]
                if not points:
                    continue
                written = next((f for f in question.followups if f.targets in points), None)
                if written:
                    return written.ask, [written.targets]
                return f"Let's turn to {stage.stage.replace('_', ' ')}: {_lower_first(stage.goal)}", points
            return None, []
        for followup in question.followups_for_missed(missing):
            return followup.ask, [followup.targets]
        return None, []

    def _time_for_more(self) -> bool:
        """Is there time for one more exchange on this question, leaving the unasked ones theirs?"""
        floor = EXCHANGE_SECONDS.get(self.state.section_kind or "", 60)
        left = self.state.section_deadline() - max(self.clock(), self.state.now)
        return left - len(self.state.unasked_in_section()) * 2 * floor >= floor

    async def _ask_next(self, ack: dict[str, Any] | None = None) -> None:
        if await self._check_time():
            return
        unasked = self.state.unasked_in_section()
        reserve = not unasked and self._reserve_question()
        if not unasked and not reserve:
            await self._start_section(self.state.section + 1, ack)
            return
        question = self._question(reserve or unasked[0])
        first = not any(q in self.state.asked for q in self.state.section_questions())
        await self._say(self._intent("question", question.prompt, question, first_in_section=first,
                                     exercise=question.exercise, reserve=bool(reserve), **(ack or {})),
                        question_id=question.id, exercise=question.exercise)

    def _reserve_question(self) -> str | None:
        """A reserve question, when the planned ones left much of the section's time unused."""
        section = self.state.plan[self.state.section]
        left = self.state.section_deadline() - max(self.clock(), self.state.now)
        if left < max(RESERVE_SHARE * 60 * section["minutes"], 2 * EXCHANGE_SECONDS.get(section["kind"], 60)):
            return None
        return next((q for q in section.get("reserve") or [] if q not in self.state.asked), None)

    async def _stuck(self, question: Question, said: str) -> None:
        """'I don't know': rephrase once and offer the hints; the second time (or when asked to), move on."""
        current = self.state.current
        if SKIP_REQUEST.search(said.lower()):
            await self._emit("question_skipped", question_id=question.id)
            await self._ask_next({"ack": "moving_on"})
            return
        if current.nudges:
            await self._ask_next({"ack": "moving_on"})
            return
        targets: list[str] = []
        if current.exercise:
            narrower = ("Start with the simplest version that handles the example: get the shapes right first, "
                        "then Run to check it.")
        else:
            followup = next((f for f in question.followups if f.targets and f.targets not in current.targets_asked),
                            None)
            narrower, targets = (followup.ask, [followup.targets]) if followup else (question.prompt, [])
        # the narrower question's point counts as asked, so no follow-up asks it a second time
        await self._say(self._intent("nudge", narrower, question), question_id=question.id, targets=targets or None)

    async def _clarify(self, question: Question, asked: str) -> None:
        fact = find_fact(question.clarifications, asked)
        text = fact.answer if fact else (question.assumptions or "That's your call: make a reasonable assumption, "
                                                                  "say it out loud, and go ahead.")
        await self._say(self._intent("clarification", text, question), question_id=question.id)

    async def _coding_discussion(self, question: Question, ack: dict[str, Any]) -> None:
        """While coding, talk is part of the work: react to the plan, keep the pad open; after the
        follow-up to a passing Submit, move on."""
        current = self.state.current
        if current.followups and self._passed(current.exercise):
            asked = sum(1 for item in question.discussion if item.ask in self._said_on(question.id))
            if asked < min(len(question.discussion), MAX_DISCUSSION) and self._time_for_more():
                item = question.discussion[asked]
                await self._say(self._intent("followup", item.ask, question, **ack), question_id=question.id,
                                targets=[kp.id for kp in item.key_points])
                return
            await self._ask_next(ack)
            return
        await self._say(self._intent("feedback", "Keep going: Run checks the visible examples, and Submit runs the "
                                                 "hidden tests whenever you're ready.", question, **ack),
                        question_id=question.id)

    def _said_on(self, question_id: str) -> str:
        """Everything the interviewer said about one question, as one text."""
        return "\n".join(t["text"] for t in self.state.transcript
                         if t["who"] == "interviewer" and t.get("question_id") == question_id)

    def _passed(self, exercise: str) -> bool:
        return any(r.suite == "hidden" and r.verdict and r.verdict.get("passed")
                   for r in self.state.runs.values() if r.exercise == exercise)

    async def _answer_their_question(self, text: str) -> None:
        """The last section: answer from the role's facts about the team; offer another, or finish."""
        if NOTHING_MORE.search(text.lower()) and len(text.split()) <= 12:
            await self.finish("completed")
            return
        fact = find_fact(self.role.team, text)
        asked = sum(1 for t in self.state.transcript if t["who"] == "candidate" and t["question_id"] is None)
        more = asked < MAX_CANDIDATE_QUESTIONS and self._time_left() > 30
        reply = fact.answer if fact else ("I don't have a good answer for that one here; it's a great thing to ask "
                                          "the hiring manager.")
        await self._say(self._intent("reply", _join_text(reply, "Anything else you'd like to ask?" if more else "")))
        if not more:
            await self.finish("completed")

    def _time_left(self) -> float:
        return self.state.section_deadline() - max(self.clock(), self.state.now)

    def _last_asked(self, question: Question) -> str:
        """What the candidate is answering: the last follow-up on this question, else the question itself."""
        for entry in reversed(self.state.transcript):
            if entry.get("question_id") == question.id and entry.get("purpose") == "followup":
                asks = [f.ask for f in question.followups] + [d.ask for d in question.discussion] + (
                    self.book.exercise_followups(question.exercise) if question.exercise else [])
                return next((ask for ask in asks if ask in entry["text"]), entry["text"].split("\n\n")[-1])
            if entry.get("question_id") == question.id and entry.get("purpose") == "question":
                break
        return question.prompt

    def _intent(self, purpose: str, text: str = "", question: Question | None = None, **facts: Any) -> Intent:
        """An intent with what every voice needs: the recent lines (no repeated openers) and the answer key."""
        recent = [t["text"] for t in self.state.transcript   # fixed lines (greetings, transitions) say no opener
                  if t["who"] == "interviewer" and t.get("purpose") not in _FIXED_LINES][-RECENT_LINES:]
        return Intent(purpose, text, facts={"recent": recent, **facts}, salt=self._salt(),
                      answer_key=self._answer_key(question) if question else ())

    def _ack_facts(self, question: Question, grade: Grade | None) -> dict[str, Any]:
        """How the last answer went, for the voice to say: good / partial / missed / wrong, with a quote."""
        if grade is None:
            return {}
        if grade.misconceptions:
            return {"ack": "wrong"}
        scope = [kp for kp in question.key_points if kp.id in grade.covered + grade.missed]
        if not grade.covered:
            return {"ack": "missed"}
        answer = next((t["text"] for t in reversed(self.state.transcript) if t["seq"] == self.state.awaiting_reply),
                      "")
        quote = _short_quote(grade.evidence.get(grade.covered[0], ""), answer)
        share = len(grade.covered) / max(1, len(scope))
        return {"ack": "good" if share >= GOOD_SHARE else "partial", "quote": quote}

    async def _start_section(self, index: int, ack: dict[str, Any] | None = None) -> None:
        if ack:   # the last answer of the section still hears how it went
            await self._say(self._intent("feedback", "", **ack))
        if index >= len(self.state.plan):
            await self.finish("completed")
            return
        section = self.state.plan[index]
        await self._emit("section_started", section=index, kind=section["kind"], minutes=section["minutes"])
        await self._say(self._intent("transition", kind=section["kind"], minutes=section["minutes"]))
        if section["kind"] == CANDIDATE_QUESTIONS:
            await self._say(self._intent("question", "Before we finish: what would you like to ask me?",
                                         first_in_section=True))
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

    async def keep_regrade(self, fields: dict[str, Any]) -> None:
        """Append a re-grade the owner chose to keep (`interviewer.regrade`); the session must be finished."""
        if self.state.scorecard is None:
            raise InterviewError("not_finished", "only a finished interview can be re-graded")
        await self._emit("regraded", **fields)

    async def finish(self, reason: str) -> None:
        if self.state.ended:
            return
        await self._emit("session_ended", reason=reason)
        for answer in list(self.state.ungraded):   # answers a crash left ungraded
            if answer.seq not in self._grading:
                await self._grade(answer)
        await self.settle()
        scorecard = build_scorecard(self.state, self.book)
        await self._emit("scorecard", scorecard=scorecard)
        await self._say(Intent("wrap_up", salt=self._salt()))


def _stage_points(question: Question, stage: str) -> list[str]:
    return [kp.id for kp in question.key_points if kp.stage == stage]


def _join_text(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _lower_first(text: str) -> str:
    """"Pin down the metric." -> "pin down the metric." (an acronym keeps its capitals)."""
    first = text.split(" ", 1)[0]
    return text if first.isupper() and len(first) > 1 else text[:1].lower() + text[1:]


def _short_quote(evidence: str, answer: str, words: int = 10) -> str:
    """The candidate's own words, short enough to say back: the clause of the answer that shares the
    most words with the grader's evidence, cut to `words` (empty when no clause is a fair quote)."""
    wanted = stems(evidence)
    clauses = [" ".join(c.split()).strip(" .,;:!?-'") for c in re.split(r"[,;:()\[\]\"]|\s-\s|[.!?](?:\s|$)", answer)]
    best = max(clauses, key=lambda c: len(wanted & stems(c)), default="")
    parts = best.split()
    if len(parts) < 3 or len(wanted & stems(best)) < 3:
        return ""
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")
