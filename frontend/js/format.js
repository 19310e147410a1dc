// Words and numbers as the pages show them.

export const SECTION_NAMES = {
  breadth: "Breadth",
  coding: "Coding",
  system_design: "System design",
  case_study: "Case study",
  candidate_questions: "Your questions",
};

export const CATEGORY_NAMES = {
  ml_fundamentals: "ML fundamentals",
  classical_algorithms: "Classical algorithms",
  deep_learning: "Deep learning",
  llm_stack: "LLM stack",
  ml_system_design: "ML system design",
  ml_coding: "ML coding",
  case_studies: "Case studies",
};

export const CATEGORIES = Object.keys(CATEGORY_NAMES);
export const SECTIONS = Object.keys(SECTION_NAMES);
export const DIMENSIONS = ["correctness", "depth", "tradeoffs", "complexity", "communication"];

export const BAND_NAMES = { hire: "Hire", lean_hire: "Lean hire", lean_no_hire: "Lean no hire", no_hire: "No hire" };

export const LEVEL_NAMES = { intern: "Intern", new_grad: "New grad", mid: "Mid-level", senior: "Senior" };

export const sectionName = (kind) => SECTION_NAMES[kind] || humanize(kind);
export const categoryName = (c) => CATEGORY_NAMES[c] || humanize(c);
export const bandName = (b) => BAND_NAMES[b] || humanize(b);

const ACRONYMS = { ml: "ML", llm: "LLM", llms: "LLMs", kv: "KV", auc: "AUC", roc: "ROC", sgd: "SGD", pca: "PCA",
  svm: "SVM", knn: "kNN", bpe: "BPE", rag: "RAG", mlp: "MLP", gpu: "GPU", ab: "A/B", api: "API", f1: "F1" };

export function humanize(id) {
  if (id == null) return "";
  const text = String(id).replace(/_/g, " ").replace(/\b[a-z0-9]+\b/g, (w) => ACRONYMS[w] || w);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function pct(x, digits = 0) {
  return x == null || Number.isNaN(x) ? "—" : `${(x * 100).toFixed(digits)}%`;
}

/** 754.2 -> "12:34"; 3725 -> "1:02:05" */
export function clock(seconds) {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

export function date(unixSeconds) {
  if (!unixSeconds) return "";
  return new Date(unixSeconds * 1000).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function shortDate(unixSeconds) {
  if (!unixSeconds) return "";
  return new Date(unixSeconds * 1000).toLocaleDateString(undefined, { month: "short", day: "numeric" });
}

export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** A verdict in a few words, exactly as interviewer/events.py `verdict_summary` says it
 * (a test compares them): "All 26 hidden tests pass.", "2 of 3 examples pass (NameError: x)." */
export function verdictSummary(verdict, suite = verdict?.suite) {
  const tests = verdict?.tests || [];
  const passed = tests.filter((t) => t.passed).length;
  const what = suite === "hidden" ? "hidden tests" : "examples";
  const error = String(verdict?.error || "").trim().split("\n")[0];
  const because = error ? ` (${error})` : "";
  if (!tests.length) return `The code could not be run${because}.`;
  if (passed === tests.length) return tests.length > 1 ? `All ${tests.length} ${what} pass.` : `The ${what.slice(0, -1)} passes.`;
  return `${passed} of ${tests.length} ${what} pass${because}.`;
}
