// A Run or Submit and its verdict: summary, per-test results, failure messages (multi-line,
// whitespace kept), the error and the printed output.

import { h } from "../dom.js";
import { verdictSummary, plural } from "../format.js";

function testItem(test) {
  return h("li", { class: `test ${test.passed ? "test-pass" : "test-fail"}` },
    h("span", { class: "test-icon", "aria-hidden": "true" }, test.passed ? "✓" : "✗"),
    h("span", { class: "visually-hidden" }, test.passed ? "passed: " : "failed: "),
    h("span", { class: "test-name" }, test.name),
    !test.passed && test.message ? h("pre", { class: "test-message" }, test.message) : null);
}

/** run: {runId, suite, verdict|null, seq}; options.title overrides the heading. */
export function runView(run, { compact = false } = {}) {
  const suiteName = run.suite === "hidden" ? "Submit · hidden tests" : "Run · examples";
  const verdict = run.verdict;
  if (!verdict) {
    return h("section", { class: "run run-pending", "aria-busy": "true", "data-run": run.runId },
      h("header", { class: "run-head" },
        h("span", { class: "chip" }, suiteName),
        h("span", { class: "run-summary" }, h("span", { class: "spinner", "aria-hidden": "true" }),
          run.suite === "hidden" ? "Running the hidden tests…" : "Running the examples…")));
  }
  const tests = verdict.tests || [];
  const failed = tests.filter((t) => !t.passed);
  const passed = tests.filter((t) => t.passed);
  const foldPasses = compact || passed.length > 6;
  return h("section", { class: `run ${verdict.passed ? "run-passed" : "run-failed"}`, "data-run": run.runId },
    h("header", { class: "run-head" },
      h("span", { class: "chip" }, suiteName),
      h("strong", { class: "run-summary" }, verdictSummary(verdict, run.suite)),
      verdict.duration_ms != null ? h("span", { class: "muted small" }, `${Math.round(verdict.duration_ms)} ms`) : null),
    verdict.error ? h("pre", { class: "run-error" }, verdict.error) : null,
    failed.length ? h("ol", { class: "tests" }, failed.map(testItem)) : null,
    passed.length && !foldPasses ? h("ol", { class: "tests" }, passed.map(testItem)) : null,
    passed.length && foldPasses ? h("details", { class: "tests-fold" },
      h("summary", {}, plural(passed.length, "passing test")),
      h("ol", { class: "tests" }, passed.map(testItem))) : null,
    verdict.output ? h("details", { class: "run-output" },
      h("summary", {}, "Printed output"),
      h("pre", {}, verdict.output + (verdict.output_truncated ? "\n… (cut)" : ""))) : null);
}
