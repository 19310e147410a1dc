// The rubric editor (admin): per role, category weights, sections and their budgets, question
// selection (questions per category, depth limits, exercises), persona and grading. The form is
// written back as the role's YAML and sent with PUT /api/roles/{id}; a 422's errors
// ({file, line, field, message}) are shown next to the field they name.

import { h, clear, nextId, toast } from "../dom.js";
import { getRoles, getRole, putRole, forget, ApiError } from "../api.js";
import * as store from "../store.js";
import { pageReady } from "../router.js";
import { CATEGORIES, SECTIONS, DIMENSIONS, categoryName, sectionName, humanize, LEVEL_NAMES } from "../format.js";
import { scalar, quoted, list, splitList, headerComments } from "../ui/yaml.js";

const TONES = ["friendly", "neutral", "tough"];
const DIFFICULTY = [["1", "1 · screen"], ["2", "2 · onsite"], ["3", "3 · deep dive"], ["4", "4 · specialist"]];

export function mount(root, { params }) {
  const page = h("div", { class: "page" });
  root.append(page);
  const tokenArea = h("div", { class: "admin-token" });
  const rolesNav = h("nav", { class: "role-tabs", "aria-label": "Roles" });
  const editor = h("div", { class: "rubric-editor" });
  page.append(
    h("div", { class: "page-head" },
      h("div", {}, h("p", { class: "eyebrow" }, "Rubric"), h("h1", {}, "Edit a role"),
        h("p", { class: "muted" }, "What each role asks, for how long, and how it is weighted. Changes apply to interviews started after saving.")),
      tokenArea),
    rolesNav, editor);
  pageReady("Rubric");
  drawToken();

  let alive = true;

  function drawToken(message) {
    clear(tokenArea);
    const held = store.adminToken();
    if (held) {
      tokenArea.append(h("div", { class: "token-set" },
        h("span", { class: "muted small" }, "Admin token set for this tab"),
        h("button", { type: "button", class: "btn btn-quiet btn-small", onclick: () => { store.setAdminToken(null); drawToken(); } }, "Forget it")));
      return;
    }
    const id = nextId("admin");
    const input = h("input", { id, type: "password", class: "input", autocomplete: "off", placeholder: "a-…",
      "aria-describedby": `${id}-help` });
    tokenArea.append(h("form", { class: "token-form", onsubmit: (e) => {
      e.preventDefault();
      if (input.value.trim()) { store.setAdminToken(input.value.trim()); drawToken(); }
    } },
    h("label", { for: id }, "Admin token"),
    h("div", { class: "inline-field" }, input, h("button", { type: "submit", class: "btn" }, "Use")),
    h("p", { id: `${id}-help`, class: `small ${message ? "field-error" : "muted"}` },
      message || "Printed once by `hotseat serve` on first start. Kept only for this tab.")));
  }

  getRoles().then((roles) => {
    if (!alive) return;
    const current = params.role || roles[0]?.id;
    rolesNav.append(h("ul", {}, roles.map((r) => h("li", {},
      h("a", { href: `/rubric/${encodeURIComponent(r.id)}`, "aria-current": r.id === current ? "page" : null }, r.name)))));
    if (current) loadRole(current);
  }).catch((error) => editor.append(h("p", { class: "error-text", role: "alert" }, error.message)));

  async function loadRole(roleId) {
    clear(editor).append(h("p", { class: "muted" }, "Loading…"));
    try {
      const data = await getRole(roleId);
      if (alive) buildForm(data);
    } catch (error) {
      clear(editor).append(h("p", { class: "error-text", role: "alert" }, error.message));
    }
  }

  // ------------------------------------------------------------------ the form
  function buildForm(data) {
    const role = data.role;
    const fields = new Map();     // path -> input element
    const groups = new Map();     // path -> element a group-level error goes under

    function field(path, label, input, { help, wide = false } = {}) {
      const id = nextId("f");
      input.id = id;
      input.dataset.field = path;
      const error = h("p", { class: "field-error", id: `${id}-error` });
      const helpEl = help ? h("p", { class: "muted small", id: `${id}-help` }, help) : null;
      input.setAttribute("aria-describedby", [helpEl ? `${id}-help` : null, `${id}-error`].filter(Boolean).join(" "));
      fields.set(path, input);
      const box = h("div", { class: `field ${wide ? "field-wide" : ""}`, "data-path": path }, h("label", { for: id }, label), input, helpEl, error);
      groups.set(path, box);
      return box;
    }
    const text = (value, extra = {}) => h("input", { type: "text", class: "input", value: value ?? "", autocomplete: "off", ...extra });
    const num = (value) => text(value, { inputmode: "decimal", class: "input input-num" });
    const select = (value, options) => h("select", { class: "input" },
      options.map(([v, label]) => h("option", { value: v, selected: String(value) === v }, label)));
    const area = (value) => { const el = h("textarea", { class: "input", rows: 3 }); el.value = value ?? ""; return el; };
    const group = (path, title, description, ...children) => {
      const error = h("p", { class: "field-error group-error", "data-group-error": path });
      const box = h("fieldset", { class: "card fieldset rubric-group", "data-path": path },
        h("legend", {}, title), description ? h("p", { class: "muted small fieldset-help" }, description) : null, error, ...children);
      groups.set(path, box);
      return box;
    };

    // basics
    const basics = group("", "Role", null,
      h("div", { class: "field-grid" },
        field("name", "Name", text(role.name)),
        field("level", "Level", select(role.level, Object.entries(LEVEL_NAMES))),
        field("duration_minutes", "Duration (minutes)", num(role.duration_minutes), { help: "Must equal the sections' minutes." })),
      field("focus", "What it covers", area(role.focus), { wide: true }));

    // sections
    const byKind = Object.fromEntries(role.sections.map((s) => [s.kind, s]));
    const sectionSum = h("span", { class: "sum" });
    const sections = group("sections", "Sections and time budgets", "Sections run in this order; untick one to leave it out.",
      h("div", { class: "rows" }, SECTIONS.map((kind) => {
        const include = h("input", { type: "checkbox", checked: Boolean(byKind[kind]) });
        include.dataset.field = `sections.${kind}.include`;
        fields.set(`sections.${kind}.include`, include);
        const minutes = num(byKind[kind]?.minutes ?? "");
        const box = field(`sections.${kind}.minutes`, `${sectionName(kind)} minutes`, minutes);
        const incId = nextId("inc");
        include.id = incId;
        return h("div", { class: "row-field" },
          h("label", { class: "check", for: incId }, include, h("span", {}, sectionName(kind))), box);
      })),
      h("p", { class: "small" }, "Total: ", sectionSum));

    // weights
    const weightSum = h("span", { class: "sum" });
    const weights = group("weights", "Category weights (%)", "How much each category counts in the overall score; they sum to 100.",
      h("div", { class: "field-grid" }, CATEGORIES.map((c) => field(`weights.${c}`, categoryName(c), num(role.weights[c] ?? 0)))),
      h("p", { class: "small" }, "Sum: ", weightSum));

    // selection
    const selection = group("questions_per_category", "Question selection",
      "How many questions each category asks and how deep it goes. A category is asked if and only if it is weighted.",
      h("div", { class: "table-wrap" }, h("table", { class: "table table-form" },
        h("thead", {}, h("tr", {}, ["Category", "Questions", "Min difficulty", "Max difficulty", "Only tags", "Exclude tags", "Exclude questions"]
          .map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", {}, CATEGORIES.map((c) => {
          const depth = role.depth?.[c] || {};
          const cell = (path, label, input) => {
            const id = nextId("f");
            input.id = id;
            input.dataset.field = path;
            input.setAttribute("aria-label", `${categoryName(c)}: ${label}`);
            input.setAttribute("aria-describedby", `${id}-error`);
            fields.set(path, input);
            const td = h("td", { "data-path": path }, input, h("p", { class: "field-error", id: `${id}-error` }));
            groups.set(path, td);
            return td;
          };
          return h("tr", {},
            h("th", { scope: "row" }, categoryName(c)),
            cell(`questions_per_category.${c}`, "questions", num(role.questions_per_category[c] ?? 0)),
            cell(`depth.${c}.min_difficulty`, "minimum difficulty", select(depth.min_difficulty ?? 1, DIFFICULTY)),
            cell(`depth.${c}.max_difficulty`, "maximum difficulty", select(depth.max_difficulty ?? 4, DIFFICULTY)),
            cell(`depth.${c}.include_tags`, "only these tags", text((depth.include_tags || []).join(", "))),
            cell(`depth.${c}.exclude_tags`, "exclude tags", text((depth.exclude_tags || []).join(", "))),
            cell(`depth.${c}.exclude_questions`, "exclude questions", text((depth.exclude_questions || []).join(", "))));
        })))),
      field("exercises", "Coding exercises it draws from", area((role.exercises || []).join(", ")),
        { wide: true, help: "Exercise ids, separated by commas." }));

    // persona
    const persona = group("persona", "Persona", "Who runs the interview and in what tone.",
      h("div", { class: "field-grid" },
        field("persona.name", "Name", text(role.persona.name)),
        field("persona.tone", "Tone", select(role.persona.tone, TONES.map((t) => [t, humanize(t)])))),
      field("persona.style", "Style", area(role.persona.style), { wide: true }));

    // grading
    const g = role.grading;
    const dimSum = h("span", { class: "sum" });
    const grading = group("grading", "Grading", "Dimension weights (%), band thresholds on the 0–1 overall score, and what a hint costs.",
      h("div", { class: "subgroup", "data-path": "grading.dimensions" },
        h("h3", { class: "h4" }, "Dimensions (%)"),
        h("p", { class: "field-error group-error" }),
        h("div", { class: "field-grid" }, DIMENSIONS.map((d) => field(`grading.dimensions.${d}`, humanize(d), num(g.dimensions[d] ?? 0)))),
        h("p", { class: "small" }, "Sum: ", dimSum)),
      h("div", { class: "subgroup", "data-path": "grading.thresholds" },
        h("h3", { class: "h4" }, "Band thresholds"),
        h("p", { class: "field-error group-error" }),
        h("div", { class: "field-grid" },
          field("grading.thresholds.hire", "Hire at or above", num(g.thresholds.hire)),
          field("grading.thresholds.lean_hire", "Lean hire at or above", num(g.thresholds.lean_hire)),
          field("grading.thresholds.lean_no_hire", "Lean no hire at or above", num(g.thresholds.lean_no_hire)))),
      field("grading.hint_penalty", "Hint penalty (share of the question's score)", num(g.hint_penalty)));
    for (const sub of grading.querySelectorAll(".subgroup")) groups.set(sub.dataset.path, sub);

    // summary, preview, actions
    const summary = h("div", { class: "error-summary", role: "alert", tabindex: "-1", hidden: true });
    const preview = h("pre", { class: "code-block yaml-preview", tabindex: "0" });
    const saveButton = h("button", { type: "submit", class: "btn btn-primary" }, "Save role");
    const form = h("form", { class: "rubric-form", novalidate: true },
      summary, basics, sections, weights, selection, persona, grading,
      h("details", { class: "card yaml-details", ontoggle: (e) => { if (e.target.open) preview.textContent = numbered(toYaml()); } },
        h("summary", {}, "Preview the YAML that will be saved"), preview),
      h("div", { class: "save-bar" },
        h("span", { class: "muted small" }, `File: ${data.file.split("/").slice(-2).join("/")}`),
        h("span", { class: "spacer" }),
        h("button", { type: "button", class: "btn btn-quiet", onclick: () => loadRole(role.id) }, "Discard changes"),
        saveButton));
    clear(editor).append(form);

    function numbered(yaml) {
      return yaml.split("\n").map((line, i) => `${String(i + 1).padStart(3, " ")}  ${line}`).join("\n");
    }

    function value(path) {
      return fields.get(path)?.value ?? "";
    }

    function includedKinds() {
      return SECTIONS.filter((kind) => fields.get(`sections.${kind}.include`).checked);
    }

    function updateSums() {
      const sum = (paths) => paths.reduce((acc, p) => acc + (Number(value(p)) || 0), 0);
      const w = sum(CATEGORIES.map((c) => `weights.${c}`));
      weightSum.textContent = `${w}%`;
      weightSum.classList.toggle("sum-off", w !== 100);
      const d = sum(DIMENSIONS.map((x) => `grading.dimensions.${x}`));
      dimSum.textContent = `${d}%`;
      dimSum.classList.toggle("sum-off", d !== 100);
      const m = sum(includedKinds().map((k) => `sections.${k}.minutes`));
      const duration = Number(value("duration_minutes")) || 0;
      sectionSum.textContent = `${m} min${m !== duration ? ` (duration says ${duration})` : ""}`;
      sectionSum.classList.toggle("sum-off", m !== duration);
      for (const kind of SECTIONS) fields.get(`sections.${kind}.minutes`).disabled = !fields.get(`sections.${kind}.include`).checked;
    }
    form.addEventListener("input", (event) => {
      updateSums();
      const path = event.target.dataset?.field;
      if (path) clearError(path);
    });
    updateSums();

    function toYaml() {
      const out = [...headerComments(data.yaml)];
      out.push(`id: ${role.id}`);
      out.push(`name: ${quoted(value("name"))}`);
      out.push(`level: ${value("level")}`);
      out.push(`focus: ${quoted(value("focus"))}`);
      out.push(`duration_minutes: ${scalar(value("duration_minutes"))}`);
      const kinds = includedKinds();
      out.push(kinds.length ? "sections:" : "sections: []");
      for (const kind of kinds) out.push(`  - kind: ${kind}`, `    minutes: ${scalar(value(`sections.${kind}.minutes`))}`);
      out.push("weights:");
      for (const c of CATEGORIES) out.push(`  ${c}: ${scalar(value(`weights.${c}`))}`);
      out.push("questions_per_category:");
      for (const c of CATEGORIES) out.push(`  ${c}: ${scalar(value(`questions_per_category.${c}`))}`);
      const depthLines = [];
      for (const c of CATEGORIES) {
        const min = value(`depth.${c}.min_difficulty`);
        const max = value(`depth.${c}.max_difficulty`);
        const lists = ["include_tags", "exclude_tags", "exclude_questions"].map((k) => [k, splitList(value(`depth.${c}.${k}`))]);
        if (min === "1" && max === "4" && lists.every(([, items]) => !items.length)) continue;
        depthLines.push(`  ${c}:`, `    min_difficulty: ${scalar(min)}`, `    max_difficulty: ${scalar(max)}`);
        for (const [k, items] of lists) if (items.length) depthLines.push(`    ${k}:${list(items, "      ")}`);
      }
      out.push(depthLines.length ? "depth:" : "depth: {}", ...depthLines);
      out.push(`exercises:${list(splitList(value("exercises")), "  ")}`);
      out.push("persona:", `  name: ${quoted(value("persona.name"))}`, `  tone: ${value("persona.tone")}`,
        `  style: ${quoted(value("persona.style"))}`);
      out.push("grading:", "  dimensions:");
      for (const d of DIMENSIONS) out.push(`    ${d}: ${scalar(value(`grading.dimensions.${d}`))}`);
      out.push("  thresholds:");
      for (const t of ["hire", "lean_hire", "lean_no_hire"]) out.push(`    ${t}: ${scalar(value(`grading.thresholds.${t}`))}`);
      out.push(`  hint_penalty: ${scalar(value("grading.hint_penalty"))}`);
      return `${out.join("\n")}\n`;
    }

    // ---------------------------------------------------------------- errors
    /** The form path an error's `field` names: list indices of sections become section kinds. */
    function formPath(errorField) {
      const parts = String(errorField || "").replace(/\[(\d+)\]/g, ".$1").split(".").filter(Boolean);
      if (parts[0] === "sections" && /^\d+$/.test(parts[1] || "")) {
        const kind = includedKinds()[Number(parts[1])];
        if (kind) return ["sections", kind, parts[2] === "kind" ? "include" : (parts[2] || "minutes")].join(".");
      }
      if (parts[0] === "exercises") return "exercises";
      if (parts[0] === "depth" && parts.length >= 3 && /^\d+$/.test(parts[parts.length - 1])) parts.pop();
      return parts.join(".");
    }

    function clearErrors() {
      for (const el of form.querySelectorAll(".field-error")) el.textContent = "";
      for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
      for (const el of form.querySelectorAll(".has-error")) el.classList.remove("has-error");
      summary.hidden = true;
      clear(summary);
    }

    function clearError(path) {
      const input = fields.get(path);
      if (!input) return;
      input.removeAttribute("aria-invalid");
      const box = groups.get(path);
      box?.classList.remove("has-error");
      const error = box?.querySelector(":scope > .field-error");
      if (error) error.textContent = "";
    }

    /** Put one error next to its field, or its group; returns the element to focus. */
    function place(error) {
      let path = formPath(error.field);
      while (path !== null) {
        const input = fields.get(path);
        const box = groups.get(path);
        if (input && box) {
          input.setAttribute("aria-invalid", "true");
          box.classList.add("has-error");
          const slot = box.querySelector(":scope > .field-error");
          slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
          return input;
        }
        if (box) {
          box.classList.add("has-error");
          const slot = box.querySelector(":scope > .group-error, :scope > .field-error");
          if (slot) slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
          return box;
        }
        if (!path) break;
        path = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : "";
      }
      return null;
    }

    /** "Category weights (%) › ML fundamentals" for the element an error was put next to */
    function describeTarget(target) {
      const legend = target.closest("fieldset")?.querySelector("legend")?.textContent;
      const own = target.id ? form.querySelector(`label[for="${target.id}"]`)?.textContent : null;
      const label = own || target.getAttribute?.("aria-label") || target.querySelector?.("h3")?.textContent;
      return [legend, label].filter(Boolean).join(" › ");
    }

    function showErrors(errors) {
      clearErrors();
      const items = errors.map((error) => ({ error, target: place(error) }));
      summary.hidden = false;
      summary.append(
        h("h2", { class: "h4" }, `The role was not saved: ${errors.length === 1 ? "1 problem" : `${errors.length} problems`}. The previous version stays in force.`),
        h("ul", {}, items.map(({ error, target }) => h("li", {},
          target ? h("a", { href: "#", onclick: (e) => { e.preventDefault(); target.focus?.(); target.scrollIntoView({ block: "center" }); } },
            describeTarget(target) || error.field || "the file") : h("strong", {}, error.field || "the file"),
          `: ${error.message}`,
          h("span", { class: "muted small" }, ` (${[error.field, error.line ? `line ${error.line}` : null].filter(Boolean).join(", ")})`)))));
      summary.focus();
    }

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const admin = store.adminToken();
      if (!admin) {
        drawToken("Saving needs the admin token.");
        tokenArea.querySelector("input")?.focus();
        return;
      }
      saveButton.disabled = true;
      saveButton.textContent = "Saving…";
      const yaml = toYaml();
      try {
        await putRole(role.id, yaml, admin);
        forget("/api/roles");
        clearErrors();
        toast(`${value("name")} saved; new interviews use it.`, "success");
        data.yaml = yaml;
      } catch (error) {
        if (error instanceof ApiError && error.status === 422 && Array.isArray(error.body?.errors)) {
          showErrors(error.body.errors);
        } else if (error instanceof ApiError && error.status === 401) {
          store.setAdminToken(null);
          drawToken("That admin token was refused.");
          tokenArea.querySelector("input")?.focus();
        } else {
          showErrors([{ field: "", message: error.message }]);
        }
      } finally {
        saveButton.disabled = false;
        saveButton.textContent = "Save role";
      }
    });
  }

  return () => { alive = false; };
}

