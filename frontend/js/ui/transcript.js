// The conversation: interviewer messages (by purpose), the candidate's answers, hints and
// what happened in between (a skipped question, a section's time running out).

import { h } from "../dom.js";
import { clock, humanize } from "../format.js";
import { inline } from "../markdown.js";

const PURPOSE_LABELS = {
  greeting: "", question: "Question", followup: "Follow-up", hint: "Hint", feedback: "Feedback",
  transition: "", notice: "Note", reply: "Reply", wrap_up: "", clarification: "Clarification",
  nudge: "Another way", redirect: "Back to the question", repeat: "Again",
};

function paragraphs(text) {
  return String(text || "").split(/\n{2,}/).map((p) => h("p", {}, inline(p)));
}

export function messageView(entry, { persona, after } = {}) {
  const time = entry.at != null ? h("span", { class: "msg-time" }, clock(entry.at)) : null;
  if (entry.who === "system") {
    return h("li", { class: `msg msg-system msg-${entry.kind}`, "data-seq": entry.seq },
      h("span", {}, entry.text), time);
  }
  if (entry.who === "candidate") {
    return h("li", { class: "msg msg-candidate", "data-seq": entry.seq, "data-question": entry.questionId || null },
      h("div", { class: "msg-meta" }, h("span", { class: "msg-who" }, "You"), time),
      h("div", { class: "msg-body msg-plain" }, entry.text),
      after || null);
  }
  const label = entry.purpose === "hint" && entry.level ? `Hint ${entry.level}` : PURPOSE_LABELS[entry.purpose] ?? humanize(entry.purpose);
  return h("li", { class: `msg msg-interviewer msg-${entry.purpose}`, "data-seq": entry.seq,
    "data-question": entry.questionId || null, "data-purpose": entry.purpose },
    h("div", { class: "msg-meta" },
      h("span", { class: "msg-who" }, persona?.name || "Interviewer"),
      label ? h("span", { class: "msg-purpose" }, label) : null,
      entry.purpose === "hint" && entry.penalty ? h("span", { class: "muted small" }, `costs ${Math.round(entry.penalty * 100)}% of this question`) : null,
      time),
    h("div", { class: "msg-body" }, paragraphs(entry.text)),
    after || null);
}

/** The interviewer's words while they stream in (replaced by the complete message). */
export function streamingView(text, persona) {
  return h("li", { class: "msg msg-interviewer msg-streaming", "aria-hidden": "true" },
    h("div", { class: "msg-meta" }, h("span", { class: "msg-who" }, persona?.name || "Interviewer"),
      h("span", { class: "typing", "aria-hidden": "true" }, h("i"), h("i"), h("i"))),
    h("div", { class: "msg-body msg-plain" }, text));
}
