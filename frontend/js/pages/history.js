// History: this browser's past interviews (GET /api/sessions with the owner token), a trend per
// category across the finished sessions of one role at a time (a data-scientist score after an
// MLE one is not a change, it is a different interview), and search over transcripts.

import { h, clear, confirmDialog, toast } from "../dom.js";
import { listSessions, getReplay, search, deleteSession, getRoles } from "../api.js";
import * as store from "../store.js";
import { pageReady } from "../router.js";
import { bandName, categoryName, humanize, pct, date, shortDate, CATEGORIES } from "../format.js";
import { sparkline } from "../ui/charts.js";

const TREND_LIMIT = 20;

function snippet(text) {
  // the server marks matches with « and »
  return String(text).split(/(«[^»]*»)/).map((part) =>
    part.startsWith("«") && part.endsWith("»") ? h("mark", {}, part.slice(1, -1)) : part);
}

export function mount(root) {
  const page = h("div", { class: "page" });
  root.append(page);
  const owner = store.ownerToken();
  page.append(h("div", { class: "page-head" },
    h("div", {}, h("p", { class: "eyebrow" }, "History"), h("h1", {}, "Your interviews")),
    h("div", { class: "head-actions" }, h("a", { class: "btn btn-primary", href: "/" }, "New interview"))));
  pageReady("History");

  if (!owner) {
    page.append(h("section", { class: "card empty" },
      h("p", {}, "No interviews in this browser yet. Your past interviews appear here, with a trend per category."),
      h("a", { class: "btn btn-primary", href: "/" }, "Start your first interview")));
    return () => {};
  }

  const trendBox = h("section", { class: "card", "aria-labelledby": "trend-title" },
    h("h2", { id: "trend-title" }, "Trend by category"), h("p", { class: "muted" }, "Loading…"));
  const listBox = h("section", { class: "card", "aria-labelledby": "list-title" },
    h("h2", { id: "list-title" }, "Sessions"), h("p", { class: "muted" }, "Loading…"));
  const searchInput = h("input", { type: "search", id: "search", class: "input", placeholder: "e.g. gradient boosting",
    autocomplete: "off" });
  const results = h("div", { class: "search-results", "aria-live": "polite" });
  const searchBox = h("section", { class: "card", "aria-labelledby": "search-title" },
    h("h2", { id: "search-title" }, "Search what was said"),
    h("form", { class: "search-form", role: "search", onsubmit: (e) => { e.preventDefault(); runSearch(); } },
      h("label", { for: "search", class: "visually-hidden" }, "Search your transcripts"),
      searchInput, h("button", { type: "submit", class: "btn" }, "Search")),
    results);
  page.append(trendBox, listBox, searchBox);

  let alive = true;
  let trendRole = null;   // the role the trend shows (default: the latest finished interview's)
  let lastRows = [];
  const roleNames = {};
  const nameOf = (roleId) => roleNames[roleId] || humanize(roleId);

  async function runSearch() {
    const q = searchInput.value.trim();
    clear(results);
    if (!q) return;
    try {
      const hits = await search(owner, q);
      if (!hits.length) { results.append(h("p", { class: "muted" }, "Nothing found.")); return; }
      results.append(h("ul", { class: "hits" }, hits.map((hit) => h("li", {},
        h("a", { href: `/replay/${encodeURIComponent(hit.session_id)}?at=${hit.seq}` },
          h("span", { class: "hit-who" }, hit.who === "candidate" ? "You" : "Interviewer"),
          h("span", { class: "hit-text" }, snippet(hit.snippet || hit.text))),
        h("span", { class: "muted small" }, ` ${nameOf(hit.role_id)} · ${date(hit.created)}`)))));
    } catch (error) {
      results.append(h("p", { class: "error-text" }, error.message));
    }
  }

  function drawList(rows) {
    clear(listBox).append(h("h2", { id: "list-title" }, "Sessions"));
    if (!rows.length) {
      listBox.append(h("p", { class: "muted" }, "No interviews yet."));
      return;
    }
    listBox.append(h("div", { class: "table-wrap" }, h("table", { class: "table" },
      h("thead", {}, h("tr", {},
        ["Date", "Role", "Status", "Score", "Band"].map((c) => h("th", { scope: "col", class: c === "Score" ? "num" : null }, c)),
        h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Actions")))),
      h("tbody", {}, rows.map((r) => {
        const name = store.session(r.id)?.role_name || nameOf(r.role_id);
        const finished = r.status === "finished";
        return h("tr", { "data-session": r.id },
          h("td", {}, date(r.created)),
          h("td", {}, name, r.interviewer === "llm" ? h("span", { class: "chip chip-quiet" }, "LLM") : null),
          h("td", {}, h("span", { class: `status status-${r.status}` }, finished ? "Finished" : "In progress")),
          h("td", { class: "num" }, r.overall == null ? "—" : pct(r.overall)),
          h("td", {}, r.band ? h("span", { class: `band band-small band-${r.band}` }, bandName(r.band)) : "—"),
          h("td", { class: "row-actions" },
            finished ? h("a", { href: `/scorecard/${encodeURIComponent(r.id)}` }, "Scorecard")
              : h("a", { href: `/interview/${encodeURIComponent(r.id)}` }, "Resume"),
            h("a", { href: `/replay/${encodeURIComponent(r.id)}` }, "Replay"),
            h("button", { type: "button", class: "link-button danger", "aria-label": `Delete the ${name} interview of ${date(r.created)}`,
              onclick: async () => {
                const ok = await confirmDialog({ title: "Delete this interview?", body: "Its transcript, code and scorecard are removed from the server. This cannot be undone.", confirm: "Delete", danger: true });
                if (!ok) return;
                try {
                  await deleteSession(r.id, owner);
                  store.forgetSession(r.id);
                  toast("Interview deleted");
                  load();
                } catch (error) {
                  toast(`Not deleted: ${error.message}`, "error");
                }
              } }, "Delete")));
      })))));
  }

  async function drawTrend(rows) {
    lastRows = rows;
    const done = rows.filter((r) => r.status === "finished");
    clear(trendBox).append(h("h2", { id: "trend-title" }, "Trend by category"));
    if (done.length < 1) {
      trendBox.append(h("p", { class: "muted" }, "Finish an interview to see scores per category here."));
      return;
    }
    const roles = [...new Set(done.map((r) => r.role_id))];
    if (!roles.includes(trendRole)) trendRole = done[0].role_id;   // newest first
    const picker = h("select", { id: "trend-role", class: "input input-short", onchange: () => {
      trendRole = picker.value;
      drawTrend(lastRows);
    } }, roles.map((id) => h("option", { value: id, selected: id === trendRole }, nameOf(id))));
    trendBox.append(h("p", { class: "trend-filter" }, h("label", { for: "trend-role" }, "Role "), picker,
      roles.length > 1 ? h("span", { class: "muted small" }, " Scores are compared only within one role.") : null));
    const finished = done.filter((r) => r.role_id === trendRole).slice(0, TREND_LIMIT).reverse();  // oldest first
    // The listing carries each finished session's category scores; older servers did not, so read the replay then.
    const cards = await Promise.all(finished.map((r) => (r.categories
      ? Promise.resolve({ overall: r.overall, categories: r.categories })
      : getReplay(r.id, owner).then((d) => d.scorecard && {
        overall: d.scorecard.overall,
        categories: Object.fromEntries(d.scorecard.categories.map((c) => [c.category, c.score])),
      }).catch(() => null))));
    if (!alive) return;
    const sessions = finished.map((r, i) => ({ row: r, card: cards[i] })).filter((x) => x.card);
    const series = (pick) => sessions.map(pick);
    const rowsOut = [{ label: "Overall", values: series((x) => x.card.overall) }];
    for (const category of CATEGORIES) {
      const values = series((x) => x.card.categories[category] ?? null);
      if (values.some((v) => v != null)) rowsOut.push({ label: categoryName(category), values });
    }
    trendBox.append(
      h("p", { class: "muted small" }, `${sessions.length} finished interview${sessions.length === 1 ? "" : "s"}, oldest to newest`,
        sessions.length ? ` (${shortDate(sessions[0].row.created)} – ${shortDate(sessions[sessions.length - 1].row.created)})` : ""),
      h("div", { class: "trend" }, rowsOut.map((row) => {
        const known = row.values.filter((v) => v != null);
        const latest = known[known.length - 1];
        const change = known.length > 1 ? latest - known[0] : null;
        return h("div", { class: `trend-row ${row.label === "Overall" ? "trend-overall" : ""}` },
          h("span", { class: "trend-label" }, row.label),
          sparkline(row.values, { label: `${row.label}: ${row.values.map((v) => (v == null ? "not asked" : pct(v))).join(", ")}` }),
          h("span", { class: "trend-latest" }, pct(latest)),
          h("span", { class: `trend-change ${change > 0.005 ? "up" : change < -0.005 ? "down" : ""}` },
            change == null ? "" : `${change >= 0 ? "+" : "−"}${Math.abs(Math.round(change * 100))} pts`));
      })));
  }

  async function load() {
    try {
      for (const role of await getRoles().catch(() => [])) roleNames[role.id] = role.name;
      const rows = await listSessions(owner);
      if (!alive) return;
      drawList(rows);
      drawTrend(rows);
    } catch (error) {
      clear(listBox).append(h("h2", { id: "list-title" }, "Sessions"), h("p", { class: "error-text", role: "alert" }, error.message));
      clear(trendBox);
    }
  }
  load();
  return () => { alive = false; };
}
