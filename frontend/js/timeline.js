// How each event shows on the replay's timeline: a label and a marker colour.
// Every event type declared in interviewer/events.py has its own case here
// (tests/interviewer/test_vocabulary.py checks), so a new type cannot slip in unlabelled.

import { bandName, pct, sectionName, verdictSummary, humanize } from "./format.js";

export function describe(event) {
  switch (event.type) {
    case "session_started": return "Interview planned";
    case "section_started": return `Section: ${sectionName(event.kind)}`;
    case "interviewer_said": return `Interviewer: ${humanize(event.purpose)}`;
    case "candidate_said": return "Candidate answered";
    case "answer_graded": return `Answer graded: ${pct(event.grade?.score)}`;
    case "hint_given": return `Hint ${event.level}`;
    case "question_skipped": return "Question skipped";
    case "code_changed": return "Code edited";
    case "code_ran": return event.suite === "hidden" ? "Submitted" : "Ran the examples";
    case "verdict": return `Verdict: ${verdictSummary(event.verdict, event.verdict?.suite)}`;
    case "time_up": return "Time up";
    case "interviewer_fallback": return "LLM unavailable: offline interviewer";
    case "session_ended": return "Interview ended";
    case "scorecard": return `Scorecard: ${bandName(event.scorecard?.band)}`;
    case "regraded": return `Re-graded: ${bandName(event.previous?.band)} → ${bandName(event.scorecard?.band)}`;
    default: return humanize(event.type);
  }
}

export function markerClass(event) {
  switch (event.type) {
    case "section_started": return "mk-section";
    case "interviewer_said": return event.purpose === "question" || event.purpose === "followup" ? "mk-question" : "mk-say";
    case "candidate_said": return "mk-answer";
    case "answer_graded": {
      const score = event.grade?.score ?? 0;
      return score >= 0.7 ? "mk-good" : score >= 0.4 ? "mk-fair" : "mk-weak";
    }
    case "hint_given": return "mk-hint";
    case "code_changed": return "mk-code";
    case "code_ran": return "mk-run";
    case "verdict": return event.verdict?.passed ? "mk-good" : "mk-weak";
    case "scorecard": case "regraded": case "session_ended": return "mk-end";
    default: return "mk-say";
  }
}
