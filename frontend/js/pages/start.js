// Start: pick a role (what it covers, how long it takes), pick the interviewer, begin.

import { h, add, clear, nextId } from "../dom.js";
import { getRoles, getHealth, listSessions } from "../api.js";
import * as store from "../store.js";
import { pageReady } from "../router.js";
import { sectionName, LEVEL_NAMES, humanize, date } from "../format.js";

function sectionStrip(role) {
  return h("div", { class: "section-strip", "aria-hidden": "true" },
    role.sections.map((s) => h("span", { class: `strip-part strip-${s.kind}`, style: { flexGrow: String(s.minutes) },
      title: `${sectionName(s.kind)}: ${s.minutes} min` })));
}

function roleCard(role, checked) {
  const id = nextId("role");
  return h("label", { class: "role-card", for: id },
    h("input", { type: "radio", name: "role", value: role.id, id, checked, class: "role-radio" }),
    h("span", { class: "role-card-body" },
      h("span", { class: "role-card-head" },
        h("span", { class: "role-name" }, role.name),
        h("span", { class: "chip chip-quiet" }, LEVEL_NAMES[role.level] || humanize(role.level)),
        h("span", { class: "role-minutes" }, `${role.minutes} min`)),
      h("span", { class: "role-focus" }, role.focus),
      sectionStrip(role),
      h("span", { class: "role-sections" },
        role.sections.map((s) => `${sectionName(s.kind)} ${s.minutes}′`).join(" · ")),
      role.persona ? h("span", { class: "role-persona muted small" },
        `Interviewer: ${role.persona.name}, ${role.persona.tone}`) : null));
}

export function mount(root, { navigate }) {
  const page = h("div", { class: "page" });
  root.append(page);
  const resumeBox = h("div", { class: "resume-box" });
  const form = h("form", { class: "start-form", novalidate: true });
  page.append(
    h("div", { class: "intro" },
      h("h1", {}, "Practice an ML engineering interview"),
      h("p", { class: "lede" },
        "A timed interview: breadth questions, a NumPy exercise run against hidden tests, a design problem, a case ",
        "study, then a scorecard you can replay moment by moment.")),
    resumeBox, form);
  pageReady("Start");

  const owner = store.ownerToken();
  if (owner) {
    listSessions(owner).then((rows) => {
      const active = rows.filter((r) => r.status === "active" && store.session(r.id));
      if (!active.length) return;
      resumeBox.append(h("section", { class: "card card-accent", "aria-labelledby": "resume-title" },
        h("h2", { id: "resume-title", class: "h3" }, active.length === 1 ? "An interview is in progress" : "Interviews in progress"),
        h("ul", { class: "plain-list" }, active.map((r) => h("li", { class: "resume-row" },
          h("span", {}, store.session(r.id)?.role_name || humanize(r.role_id), h("span", { class: "muted small" }, ` · started ${date(r.created)}`)),
          h("a", { class: "btn btn-small", href: `/interview/${encodeURIComponent(r.id)}` }, "Resume"))))));
    }).catch(() => { /* the list is a convenience */ });
  }

  form.append(h("p", { class: "muted" }, "Loading roles…"));
  Promise.all([getRoles(), getHealth().catch(() => null)]).then(([roles, health]) => {
    clear(form);
    const llmConfigured = health ? (health.llm_configured ?? /^LLM/i.test(health.llm || "")) : false;
    const kernels = health?.kernels || {};
    const error = h("p", { class: "field-error", role: "alert" });
    const seedId = nextId("seed");
    const seed = h("input", { id: seedId, type: "text", inputmode: "numeric", class: "input input-short", autocomplete: "off",
      placeholder: "random" });

    add(form,
      h("fieldset", { class: "fieldset" },
        h("legend", {}, "Role"),
        h("p", { class: "muted small fieldset-help" }, "The role sets the sections, their length and what is asked."),
        h("div", { class: "role-grid" }, roles.map((role, i) => roleCard(role, i === 0)))),
      h("fieldset", { class: "fieldset" },
        h("legend", {}, "Interviewer"),
        h("div", { class: "choice-list" },
          h("label", { class: "choice" },
            h("input", { type: "radio", name: "interviewer", value: "offline", checked: true }),
            h("span", {}, h("strong", {}, "Offline interviewer"),
              h("span", { class: "muted small block" }, "Runs here with no network; asks from the rubric and grades with its key points."))),
          h("label", { class: `choice ${llmConfigured ? "" : "choice-disabled"}` },
            h("input", { type: "radio", name: "interviewer", value: "llm", disabled: !llmConfigured }),
            h("span", {}, h("strong", {}, "LLM interviewer"),
              h("span", { class: "muted small block" }, llmConfigured
                ? `${health.llm}: phrases the same questions and grades against the same rubric. `
                  + "Your answers are sent to that model."
                : "Not configured on this server (set HOTSEAT_LLM_MODEL to enable it)."))))),
      h("details", { class: "advanced" },
        h("summary", {}, "Options"),
        h("div", { class: "field" },
          h("label", { for: seedId }, "Seed ", h("span", { class: "muted small" }, "(the same seed asks the same questions)")),
          seed)),
      kernels.problem ? h("p", { class: "notice notice-warn" }, "Code cannot run on this server right now: ", kernels.problem) : null,
      error,
      h("div", { class: "form-actions" },
        h("button", { type: "submit", class: "btn btn-primary btn-large" }, "Begin interview"),
        h("span", { class: "muted small" }, "The clock starts as soon as you begin.")));

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const role = data.get("role");
      const interviewer = data.get("interviewer") || "offline";
      const seedText = seed.value.trim();
      if (seedText && !/^\d+$/.test(seedText)) {
        error.textContent = "The seed is a whole number (or leave it empty).";
        seed.setAttribute("aria-invalid", "true");
        seed.focus();
        return;
      }
      const params = new URLSearchParams({ role, interviewer });
      if (seedText) params.set("seed", seedText);
      navigate(`/interview/new?${params}`);
    });
  }).catch((err) => {
    clear(form).append(h("p", { class: "error-text", role: "alert" }, `The roles could not be loaded: ${err.message}`));
  });

  return () => {};
}
