// The coding workspace: the exercise prompt beside the editor, Run and Submit, the results.

import { h, clear } from "../dom.js";
import { getExercise } from "../api.js";
import { markdown } from "../markdown.js";
import { runView } from "./verdict.js";
import { createEditor } from "./editor.js";
import { verdictSummary } from "../format.js";

const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
export const MOD = isMac ? "⌘" : "Ctrl";

export function promptView(exercise) {
  return [
    h("h2", { class: "exercise-title" }, exercise.title),
    h("div", { class: "prose" }, markdown(exercise.statement)),
    exercise.signature ? [h("h3", {}, "Signature"), h("pre", { class: "code-block" }, h("code", {}, exercise.signature))] : null,
    exercise.example ? [h("h3", {}, "Example"), h("div", { class: "prose" }, markdown(exercise.example))] : null,
  ];
}

/**
 * options: exercise (id), code (initial), onCode(code), onRun(code), onSubmit(code)
 * returns {el, setRuns(runs), setBusy(bool), setEnabled(bool), editor, destroy()}
 */
export function workspace({ exercise, code, onCode, onRun, onSubmit }) {
  const promptBox = h("div", { class: "exercise-prompt", tabindex: "0", "aria-label": "Exercise" },
    h("p", { class: "muted" }, "Loading the exercise…"));
  const editorBox = h("div", { class: "editor-box" });
  const results = h("div", { class: "results", "aria-live": "polite" });
  const runButton = h("button", { type: "button", class: "btn", title: `Run the visible examples (${MOD}+Enter)` },
    "Run", h("kbd", { class: "kbd-hint" }, `${MOD}+↵`));
  const submitButton = h("button", { type: "button", class: "btn btn-primary",
    title: `Submit to the hidden tests (${MOD}+Shift+Enter)` }, "Submit");
  const status = h("span", { class: "code-status muted small" });

  let editor = null;
  let busy = false;
  let enabled = true;
  let starter = "";

  const run = () => { if (!busy && enabled) onRun(editor.value); };
  const submit = () => { if (!busy && enabled) onSubmit(editor.value); };
  runButton.addEventListener("click", run);
  submitButton.addEventListener("click", submit);

  const el = h("section", { class: "workspace", "aria-label": "Coding exercise" },
    h("details", { class: "prompt-pane", open: true },
      h("summary", { class: "prompt-summary" }, "Exercise"),
      promptBox),
    h("div", { class: "code-pane" },
      h("div", { class: "code-toolbar" },
        h("span", { class: "code-file" }, `${exercise}.py`),
        status,
        h("span", { class: "spacer" }),
        h("button", { type: "button", class: "btn btn-quiet btn-small", title: "Put the starter code back",
          onclick: () => { if (starter && editor) { editor.set(starter); onCode(starter); } } }, "Reset"),
        runButton, submitButton),
      editorBox,
      results));

  editor = createEditor(editorBox, {
    doc: code ?? "", label: `Code for ${exercise}`, onChange: (text) => onCode(text), onRun: run, onSubmit: submit,
  });

  getExercise(exercise).then((info) => {
    starter = info.starter || "";
    clear(promptBox).append(...promptView(info).flat().filter(Boolean));
    if (code == null && !editor.value) editor.set(starter);
  }).catch((error) => {
    clear(promptBox).append(h("p", { class: "error-text" }, `The exercise could not be loaded: ${error.message}`));
  });

  function refresh() {
    runButton.disabled = busy || !enabled;
    submitButton.disabled = busy || !enabled;
  }

  return {
    el,
    editor,
    get starterReady() { return Boolean(starter); },
    setRuns(runs) {
      clear(results);
      if (!runs.length) {
        results.append(h("p", { class: "muted small results-empty" },
          `Run checks the visible examples (${MOD}+Enter); Submit runs the hidden tests (${MOD}+Shift+Enter). `
          + "You can fix and resubmit as often as you like until the section's time is up, and explaining your "
          + "approach in the chat counts too."));
        return;
      }
      const latest = runs[runs.length - 1];
      results.append(runView(latest));
      const earlier = runs.slice(0, -1).reverse();
      if (earlier.length) {
        results.append(h("details", { class: "earlier-runs" },
          h("summary", {}, `Earlier runs (${earlier.length})`),
          h("ul", {}, earlier.map((r) => h("li", {},
            h("span", { class: "chip" }, r.suite === "hidden" ? "Submit" : "Run"), " ",
            r.verdict ? verdictSummary(r.verdict, r.suite) : "running…")))));
      }
    },
    setBusy(flag) { busy = flag; refresh(); },
    setEnabled(flag) { enabled = flag; editor.setReadOnly(!flag); refresh(); },
    setStatus(text) { status.textContent = text; },
    destroy() { editor.destroy(); },
  };
}
