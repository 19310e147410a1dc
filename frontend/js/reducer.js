// The interview's state as a fold over its events: a port of interviewer/state.py.
// The live room applies events as they arrive; the replay applies a prefix of them
// (reduce(events.slice(0, k))). Field names follow the Python reducer.

export function emptyState() {
  return {
    roleId: "", seed: 0, interviewer: "offline", persona: {}, plan: [], startedAt: null,
    section: -1, sectionStartedAt: 0, asked: [], current: null, transcript: [], graded: [],
    hints: {}, skipped: [], code: {}, runs: {}, runOrder: [], fallback: null, ended: null,
    scorecard: null, lastAnswerSeq: null, count: 0, now: 0,
    lastExercise: null,   // the exercise whose code changed last (what a replay shows)
    codeSeq: {},          // exercise -> seq of the event that set its code
  };
}

export function reduce(events) {
  const state = emptyState();
  for (const event of events) apply(state, event);
  return state;
}

export function apply(state, event) {
  const seq = state.count;
  state.count += 1;
  state.now = Math.max(state.now, Number(event.at) || 0);
  const handler = HANDLERS[event.type];
  if (handler) handler(state, event, seq);
  return state;
}

export const sectionKind = (state) =>
  state.section >= 0 && state.section < state.plan.length ? state.plan[state.section].kind : null;

export function gradesFor(state, questionId) {
  return state.graded.filter((g) => g.questionId === questionId);
}

/** Runs of one exercise, oldest first. */
export function runsOf(state, exercise) {
  return state.runOrder.map((id) => state.runs[id]).filter((r) => r.exercise === exercise);
}

const HANDLERS = {
  session_started(state, e) {
    state.roleId = e.role_id;
    state.seed = e.seed;
    state.interviewer = e.interviewer;
    state.persona = e.persona || {};
    state.plan = e.plan || [];
    state.startedAt = e.at;
  },
  section_started(state, e) {
    state.section = e.section;
    state.sectionStartedAt = e.at;
    state.current = null;
  },
  interviewer_said(state, e, seq) {
    state.transcript.push({ who: "interviewer", text: e.text, purpose: e.purpose, at: e.at, seq,
      questionId: e.question_id ?? null, exercise: e.exercise ?? null });
    const qid = e.question_id;
    if (e.purpose === "question" && qid) {
      state.current = { questionId: qid, section: state.section, askedSeq: seq, followups: 0, target: null,
        awaitingAnswer: true, hints: 0, exercise: e.exercise ?? null };
      if (!state.asked.includes(qid)) state.asked.push(qid);
    } else if (e.purpose === "followup" && state.current && qid === state.current.questionId) {
      state.current.followups += 1;
      state.current.target = e.targets ?? null;
      state.current.awaitingAnswer = true;
    }
  },
  candidate_said(state, e, seq) {
    state.transcript.push({ who: "candidate", text: e.text, at: e.at, seq, questionId: e.question_id ?? null });
    state.lastAnswerSeq = seq;
    if (state.current && e.question_id === state.current.questionId) state.current.awaitingAnswer = false;
  },
  answer_graded(state, e, seq) {
    const askedSeq = state.current && state.current.questionId === e.question_id ? state.current.askedSeq : seq;
    state.graded.push({ questionId: e.question_id, attempt: e.attempt, grade: e.grade, seq, askedSeq,
      answerSeq: e.answer_seq ?? null });
  },
  hint_given(state, e, seq) {
    state.hints[e.question_id] = (state.hints[e.question_id] || 0) + 1;
    if (state.current && state.current.questionId === e.question_id) state.current.hints += 1;
    state.transcript.push({ who: "interviewer", text: e.text, purpose: "hint", at: e.at, seq,
      questionId: e.question_id, level: e.level, penalty: e.penalty });
  },
  question_skipped(state, e, seq) {
    state.skipped.push(e.question_id);
    state.transcript.push({ who: "system", kind: "skipped", text: "Question skipped", at: e.at, seq,
      questionId: e.question_id });
    if (state.current && state.current.questionId === e.question_id) state.current = null;
  },
  code_changed(state, e, seq) {
    state.code[e.exercise] = e.code;
    state.codeSeq[e.exercise] = seq;
    state.lastExercise = e.exercise;
  },
  code_ran(state, e, seq) {
    state.code[e.exercise] = e.code;
    state.codeSeq[e.exercise] = seq;
    state.lastExercise = e.exercise;
    if (!state.runs[e.run_id]) state.runOrder.push(e.run_id);
    state.runs[e.run_id] = { runId: e.run_id, exercise: e.exercise, suite: e.suite, code: e.code, seq, at: e.at,
      verdict: null, verdictSeq: null };
  },
  verdict(state, e, seq) {
    const run = state.runs[e.run_id];
    if (run) {
      run.verdict = e.verdict;
      run.verdictSeq = seq;
    }
  },
  time_up(state, e, seq) {
    state.current = null;
    state.transcript.push({ who: "system", kind: "time_up", text: "Time is up for this section", at: e.at, seq });
  },
  interviewer_fallback(state, e) {
    state.fallback = e.reason;
  },
  session_ended(state, e, seq) {
    state.ended = e.reason;
    state.current = null;
    state.transcript.push({ who: "system", kind: "ended", at: e.at, seq,
      text: e.reason === "ended_by_candidate" ? "You ended the interview" : "The interview is complete" });
  },
  scorecard(state, e) {
    state.scorecard = e.scorecard;
  },
};
