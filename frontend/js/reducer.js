// The interview's state as a fold over its events: a port of interviewer/state.py.
// The live room applies events as they arrive; the replay applies a prefix of them
// (reduce(events.slice(0, k))). Fields are the Python reducer's, in camelCase, plus three
// the pages need (runOrder, lastExercise, codeSeq); tests/interviewer/test_vocabulary.py
// folds recorded interviews with both reducers and compares the results.

export function emptyState() {
  return {
    roleId: "", seed: 0, persona: {}, plan: [], section: -1, sectionStartedAt: 0, asked: [],
    current: null, transcript: [], graded: [], hints: {}, skipped: [], code: {}, runs: {},
    fallback: null, ended: null, scorecard: null, lastAnswerSeq: null, awaitingReply: null, ungraded: [],
    count: 0, now: 0,
    runOrder: [],         // run ids, oldest first
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

// What the system lines say (interviewer/events.py declares the same words).
const ENDED = { ended_by_candidate: "You ended the interview", completed: "The interview is complete" };

// A transcript line; whatever the interviewer or the interview says next answers the
// candidate's last message.
function said(state, e, seq, who, text, extra) {
  state.transcript.push({ who, text, at: e.at, seq, ...extra });
  if (who !== "candidate") state.awaitingReply = null;
}

function setCode(state, e, seq) {
  state.code[e.exercise] = e.code;
  state.codeSeq[e.exercise] = seq;
  state.lastExercise = e.exercise;
}

export const HANDLERS = {
  session_started(state, e) {
    state.roleId = e.role_id;
    state.seed = e.seed;
    state.persona = e.persona || {};
    state.plan = e.plan || [];
  },
  section_started(state, e) {
    state.section = e.section;
    state.sectionStartedAt = e.at;
    state.current = null;
    state.awaitingReply = null;
  },
  interviewer_said(state, e, seq) {
    const qid = e.question_id ?? null;
    said(state, e, seq, "interviewer", e.text, { purpose: e.purpose, questionId: qid, exercise: e.exercise ?? null });
    if (e.purpose === "question" && qid) {
      state.current = { questionId: qid, askedSeq: seq, exercise: e.exercise ?? null, followups: 0, target: null,
        targetsAsked: [], hints: 0, nudges: 0, redirects: 0 };
      if (!state.asked.includes(qid)) state.asked.push(qid);
    } else if (state.current && qid === state.current.questionId) {
      if (e.purpose === "followup" || e.purpose === "nudge") {   // a nudge may ask a narrower follow-up
        for (const t of e.targets || []) if (!state.current.targetsAsked.includes(t)) state.current.targetsAsked.push(t);
      }
      if (e.purpose === "followup") {
        state.current.followups += 1;
        state.current.target = e.targets ?? null;
      } else if (e.purpose === "nudge") {
        state.current.nudges += 1;
      } else if (e.purpose === "redirect") {
        state.current.redirects += 1;
      }
    }
  },
  candidate_said(state, e, seq) {
    const qid = e.question_id ?? null;
    said(state, e, seq, "candidate", e.text, { questionId: qid, reading: e.reading || "answer" });
    state.lastAnswerSeq = seq;
    state.awaitingReply = seq;
    const graded = "attempt" in e ? e.attempt != null : qid != null;   // older logs: every answer
    if (graded) {
      const current = state.current && state.current.questionId === qid ? state.current : null;
      const attempt = e.attempt || (current && (current.followups || current.target) ? "followup" : "main");
      const targets = "targets" in e ? e.targets : (current ? current.target : null);
      state.ungraded.push({ seq, questionId: qid, attempt, targets, text: e.text, late: Boolean(e.late) });
    }
  },
  answer_graded(state, e, seq) {
    state.graded.push({ questionId: e.question_id, attempt: e.attempt, grade: e.grade, seq,
      answerSeq: e.answer_seq ?? null });
    let at = state.ungraded.findIndex((a) => a.seq === e.answer_seq);
    if (at < 0) at = state.ungraded.findIndex((a) => a.questionId === e.question_id);
    if (at >= 0) state.ungraded.splice(at, 1);
  },
  hint_given(state, e, seq) {
    said(state, e, seq, "interviewer", e.text, { purpose: "hint", questionId: e.question_id, level: e.level,
      penalty: e.penalty ?? null });
    state.hints[e.question_id] = (state.hints[e.question_id] || 0) + 1;
    if (state.current && state.current.questionId === e.question_id) state.current.hints += 1;
  },
  question_skipped(state, e, seq) {
    said(state, e, seq, "system", "Question skipped", { kind: "skipped", questionId: e.question_id });
    state.skipped.push(e.question_id);
    if (state.current && state.current.questionId === e.question_id) state.current = null;
  },
  code_changed(state, e, seq) {
    setCode(state, e, seq);
  },
  code_ran(state, e, seq) {
    setCode(state, e, seq);
    if (!state.runs[e.run_id]) state.runOrder.push(e.run_id);
    state.runs[e.run_id] = { runId: e.run_id, exercise: e.exercise, suite: e.suite, code: e.code, seq,
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
    said(state, e, seq, "system", "Time is up for this section", { kind: "time_up" });
    state.current = null;
  },
  interviewer_fallback(state, e) {
    state.fallback = e.reason;
  },
  session_ended(state, e, seq) {
    said(state, e, seq, "system", ENDED[e.reason] || ENDED.completed, { kind: "ended" });
    state.ended = e.reason;
    state.current = null;
  },
  scorecard(state, e) {
    state.scorecard = e.scorecard;
  },
  regraded(state, e) {   // a kept re-grade: its scorecard is the one shown from then on
    state.scorecard = e.scorecard;
  },
};
