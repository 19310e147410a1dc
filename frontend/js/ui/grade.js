// An answer's grade with its evidence: score, dimensions, key points covered (with the words
// that showed it) and missed, misconceptions, the grader's notes.

import { h } from "../dom.js";
import { humanize, pct, DIMENSIONS } from "../format.js";

const ATTEMPT_NAMES = { main: "answer", followup: "follow-up", clarify: "clarifying question",
  discussion: "discussion" };

function pointLabel(id, questions, questionId) {
  const known = questions?.[questionId]?.key_points?.[id];
  return known || humanize(id);
}

export function gradeView(graded, { questions } = {}) {
  const grade = graded.grade || {};
  const evidence = grade.evidence || {};
  const dims = DIMENSIONS.filter((d) => grade.dimensions && grade.dimensions[d] != null);
  return h("div", { class: "grade", "data-seq": graded.seq },
    h("div", { class: "grade-head" },
      h("span", { class: "grade-score" }, pct(grade.score)),
      h("span", { class: "muted" }, `${ATTEMPT_NAMES[graded.attempt] || "answer"} grade`),
      grade.grader ? h("span", { class: "chip chip-quiet" }, `${grade.grader} grader`) : null),
    dims.length ? h("dl", { class: "grade-dims" }, dims.map((d) => [
      h("dt", {}, humanize(d)), h("dd", {}, pct(grade.dimensions[d]))])) : null,
    (grade.covered || []).length ? h("div", { class: "grade-group" },
      h("h4", {}, "Covered"),
      h("ul", { class: "points points-covered" }, grade.covered.map((id) => h("li", {},
        h("span", { class: "point-label" }, pointLabel(id, questions, graded.questionId)),
        evidence[id] ? h("q", { class: "evidence" }, evidence[id]) : null)))) : null,
    (grade.missed || []).length ? h("div", { class: "grade-group" },
      h("h4", {}, "Missed"),
      h("ul", { class: "points points-missed" }, grade.missed.map((id) =>
        h("li", {}, pointLabel(id, questions, graded.questionId))))) : null,
    (grade.misconceptions || []).length ? h("div", { class: "grade-group" },
      h("h4", {}, "Misconceptions"),
      h("ul", { class: "points points-wrong" }, grade.misconceptions.map((id) => h("li", {},
        h("span", { class: "point-label" }, questions?.[graded.questionId]?.misconceptions?.[id] || humanize(id)),
        evidence[id] ? h("q", { class: "evidence" }, evidence[id]) : null)))) : null,
    (grade.notes || []).length ? h("p", { class: "grade-notes muted small" }, grade.notes.join(" · ")) : null);
}
