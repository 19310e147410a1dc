// Scorecard: the band and overall score, per-category and per-dimension bars, strengths, gaps
// and what to study next, each linked to its moment in the replay.

import { h, add, clear, toast, copyText } from "../dom.js";
import { getReplay, previewRegrade, keepRegrade, newShareLink, exportMarkdown } from "../api.js";
import * as store from "../store.js";
import { pageReady, navigate } from "../router.js";
import { bandName, categoryName, humanize, pct, date, DIMENSIONS, sectionName } from "../format.js";
import { barChart, bandGauge } from "../ui/charts.js";

export function replayHref(sessionId, seq, linkToken) {
  const params = new URLSearchParams();
  if (linkToken) params.set("token", linkToken);
  if (seq != null) params.set("at", String(seq));
  const q = params.toString();
  return `/replay/${encodeURIComponent(sessionId)}${q ? `?${q}` : ""}`;
}

export function shareUrl(sessionId, replayToken) {
  return `${location.origin}/replay/${encodeURIComponent(sessionId)}?token=${encodeURIComponent(replayToken)}`;
}

function momentLink(sessionId, seq, linkToken, text = "See in replay") {
  if (seq == null) return null;
  return h("a", { class: "moment-link", href: replayHref(sessionId, seq, linkToken) }, text, h("span", { "aria-hidden": "true" }, " →"));
}

/** "short prompt — what was good" -> the prompt quietly, the substance plainly */
function splitFinding(text) {
  const at = text.indexOf(" — ");
  if (at < 0) return h("p", {}, text);
  return h("p", {}, text.slice(at + 3).replace(/\.; /g, "; "), h("span", { class: "finding-q" }, text.slice(0, at)));
}

const GAP_KINDS = { missed: "Not said", misconception: "Wrong claim", code: "Code", skipped: "Skipped",
  unanswered: "Unanswered", not_reached: "Not reached" };

function quote(text) {
  return h("q", { class: "said" }, text);
}

/** A strength: the candidate's own words that earned it (older scorecards: their one-line text). */
function strength(sessionId, s, linkToken) {
  const words = s.quotes?.length
    ? h("p", {}, "You said ", s.quotes.map((q, i) => [i ? " … and " : "", quote(q)]))
    : splitFinding(s.text);
  return h("li", { class: "finding finding-good" },
    h("span", { class: "finding-cat" }, categoryName(s.category)),
    words,
    s.quotes?.length ? h("span", { class: "finding-q" }, s.text.split(" — ")[0]) : null,
    momentLink(sessionId, s.moment, linkToken));
}

/** A gap: a wrong claim quoted with its correction, the points not said, failing code, or a question
 * not answered (older scorecards: their one-line text). */
function gap(sessionId, g, linkToken) {
  let body;
  if (g.kind === "misconception" && g.claim) {
    body = [g.quote ? h("p", {}, "You said ", quote(g.quote)) : h("p", {}, "You said: ", g.claim),
      h("p", { class: "muted small" }, "Correction: ", (g.study || []).join(" "))];
  } else if (g.kind === "missed" && g.points) {
    body = [h("ul", { class: "unsaid" }, g.points.map((point) => h("li", {}, point)))];
  } else {
    body = [h("p", {}, g.text.replace(/^(missed|said|skipped|unanswered|not reached): /, "")),
      g.kind === "misconception" && typeof g.study === "string" ? h("p", { class: "muted small" }, "Correction: ", g.study) : null];
  }
  return h("li", { class: `finding finding-${g.kind}` },
    h("span", { class: "finding-cat" }, GAP_KINDS[g.kind] || humanize(g.kind), " · ", categoryName(g.category)),
    ...body,
    g.question ? h("span", { class: "finding-q" }, g.question) : null,
    momentLink(sessionId, g.moment, linkToken));
}

/** Under the dimension bars: for each dimension below the hire bar, what would have raised it. */
function dimensionAdvice(sessionId, advice, linkToken) {
  const entries = Object.entries(advice || {});
  if (!entries.length) return null;
  return h("div", { class: "dim-advice" }, entries.map(([name, a]) => h("div", { class: "dim-advice-item" },
    h("h3", { class: "h4" }, `${humanize(name)} · ${pct(a.score)}`),
    h("p", { class: "small" }, a.advice),
    a.examples?.length ? h("ul", { class: "small" }, a.examples.map((e) => h("li", {}, e.point, " ",
      momentLink(sessionId, e.moment, linkToken, e.question)))) : null)));
}

/** Re-grade with today's grader and rubric: old and new side by side; the session's own token may keep it. */
function regradePanel(sessionId, readToken, writeToken, onKept) {
  const panel = h("section", { class: "card regrade", "aria-labelledby": "regrade-title", hidden: true });
  const button = h("button", { type: "button", class: "btn btn-quiet" }, "Re-grade with today's grader");
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const result = await previewRegrade(sessionId, readToken);
      const keep = writeToken ? h("button", { type: "button", class: "btn btn-primary" }, "Keep the new scorecard") : null;
      keep?.addEventListener("click", async () => {
        keep.disabled = true;
        try {
          await keepRegrade(sessionId, writeToken);
          toast("The new scorecard is kept; the replay still shows every grade as it was given", "info");
          onKept();
        } catch (error) {
          keep.disabled = false;
          toast(`Could not keep it: ${error.message}`, "error");
        }
      });
      clear(panel).append(
        h("h2", { id: "regrade-title" }, "Re-graded with today's grader"),
        h("p", {}, `Overall ${pct(result.old.overall)} (${bandName(result.old.band)}) → ${pct(result.new.overall)} (${bandName(result.new.band)})`),
        h("div", { class: "table-wrap" }, h("table", { class: "table regrade-table" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Question"), h("th", { scope: "col", class: "num" }, "Then"),
            h("th", { scope: "col", class: "num" }, "Now"))),
          h("tbody", {}, result.questions.map((q) => h("tr", {},
            h("td", { class: "q-prompt" }, q.prompt.length > 110 ? `${q.prompt.slice(0, 110)}…` : q.prompt),
            h("td", { class: "num" }, q.old == null ? "–" : pct(q.old)),
            h("td", { class: "num" }, pct(q.new))))))),
        keep ? h("div", { class: "head-actions" }, keep) : h("p", { class: "muted small" }, "Only the session's own link can keep the new scorecard."));
      panel.hidden = false;
      panel.scrollIntoView({ block: "nearest" });
    } catch (error) {
      toast(`Could not re-grade: ${error.message}`, "error");
    } finally {
      button.disabled = false;
    }
  });
  return { button, panel };
}

/** Revoke the share link: the server issues a new replay token and the old link opens nothing from then on. */
function revokeButton(sessionId, writeToken, onDone) {
  if (!writeToken) return null;
  const button = h("button", { type: "button", class: "btn btn-quiet",
    title: "The link you shared stops working; Copy share link then copies a new one" }, "Revoke share link");
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const { replay_token: replayToken } = await newShareLink(sessionId, writeToken);
      store.rememberSession(sessionId, { replay_token: replayToken });
      toast("The old share link no longer works; Copy share link copies the new one", "info", 6000);
      onDone(replayToken);
    } catch (error) {
      button.disabled = false;
      toast(`Could not revoke the link: ${error.message}`, "error");
    }
  });
  return button;
}

/** Export Markdown: fetched with the token in a header, never a link with the token in its URL. */
function exportButton(sessionId, token) {
  const button = h("button", { type: "button", class: "btn btn-quiet" }, "Export Markdown");
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await exportMarkdown(sessionId, token);
    } catch (error) {
      toast(`Could not export: ${error.message}`, "error");
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** One question's details: what was said (quoted), shown in code, not said, said wrong, and a model answer. */
function questionDetails(a) {
  if (!a.model_answer) return null;
  const said = (a.said || []).filter((s) => s.quote);
  return h("details", { class: "q-details" },
    h("summary", {}, "Your answer and a model answer"),
    said.length ? [h("h4", {}, "What you said"), h("ul", {}, said.map((s) => h("li", {}, quote(s.quote),
      h("span", { class: "muted small" }, " — ", s.point))))] : null,
    a.shown_in_code?.length ? [h("h4", {}, "Shown in your code"), h("ul", {}, a.shown_in_code.map((p) => h("li", {}, p)))] : null,
    a.wrong?.length ? [h("h4", {}, "Said wrong"), h("ul", {}, a.wrong.map((w) => h("li", {},
      w.quote ? quote(w.quote) : w.claim, h("span", { class: "muted small" }, " — ", w.correction))))] : null,
    a.not_said?.length && a.status === "answered" ? [h("h4", {}, "Not said"), h("ul", {}, a.not_said.map((p) => h("li", {}, p.point)))] : null,
    h("h4", {}, "A model answer covers"), h("ul", {}, a.model_answer.map((p) => h("li", {}, p))));
}

export function mount(root, { params, query }) {
  const id = params.id;
  const linkToken = query.get("token");
  const token = store.readToken(id, linkToken);
  const page = h("div", { class: "page" }, h("p", { class: "muted" }, "Loading the scorecard…"));
  root.append(page);

  if (!token) {
    clear(page).append(h("h1", {}, "Scorecard"), h("p", {}, "This browser holds no token for this interview. Open it from the link you were given."));
    pageReady("Scorecard");
    return () => {};
  }

  getReplay(id, token).then((doc) => {
    const card = doc.scorecard;
    const held = store.session(id);
    const replayToken = held?.replay_token || (linkToken?.startsWith("r-") ? linkToken : null);
    clear(page);
    if (!card) {
      add(page, h("h1", {}, "Scorecard"),
        h("p", {}, "This interview is not finished yet, so there is no scorecard."),
        held?.token ? h("p", {}, h("a", { class: "btn btn-primary", href: `/interview/${encodeURIComponent(id)}` }, "Continue the interview")) : null);
      pageReady("Scorecard");
      return;
    }
    const t = card.thresholds;
    const share = replayToken ? h("button", { type: "button", class: "btn", onclick: async () => {
      toast(await copyText(shareUrl(id, replayToken)) ? "Read-only replay link copied" : "Copy failed", "info");
    } }, "Copy share link") : null;
    const writeToken = held?.token && !held.token.startsWith("r-") ? held.token : null;
    // Opened from the history (no link token, maybe no session tokens here): the owner token writes.
    const shareWriter = writeToken || (!linkToken ? store.ownerToken() : null);
    const again = () => { clear(root); mount(root, { params, query }); };
    const regrade = regradePanel(id, token, writeToken, again);

    page.append(
      h("div", { class: "page-head" },
        h("div", {},
          h("p", { class: "eyebrow" }, "Scorecard"),
          h("h1", {}, card.role_name),
          h("p", { class: "muted" }, date(doc.session?.created), card.model ? ` · LLM interviewer: ${card.model}` : doc.session?.interviewer ? ` · ${doc.session.interviewer} interviewer` : "")),
        h("div", { class: "head-actions" },
          h("a", { class: "btn btn-primary", href: replayHref(id, null, linkToken) }, "Open replay"),
          share,
          revokeButton(id, shareWriter, (fresh) => {   // a page opened by the old link moves to the new one
            if (linkToken?.startsWith("r-")) navigate(`/scorecard/${encodeURIComponent(id)}?token=${encodeURIComponent(fresh)}`, { replace: true });
            else again();
          }),
          regrade.button,
          exportButton(id, token))),

      h("section", { class: "card verdict-card", "aria-labelledby": "band-title" },
        h("div", { class: "verdict-main" },
          h("span", { class: `band band-${card.band}`, id: "band-title" }, bandName(card.band)),
          h("span", { class: "overall" }, pct(card.overall), h("span", { class: "muted small" }, " overall"))),
        bandGauge(card.overall, t),
        h("div", { class: "gauge-legend muted small" },
          h("span", {}, `Lean no hire ≥ ${pct(t.lean_no_hire)}`),
          h("span", {}, `Lean hire ≥ ${pct(t.lean_hire)}`),
          h("span", {}, `Hire ≥ ${pct(t.hire)}`)),
        (card.notes || []).map((n) => h("p", { class: "notice" }, n))),
      regrade.panel,

      h("div", { class: "two-col" },
        h("section", { class: "card", "aria-labelledby": "cat-title" },
          h("h2", { id: "cat-title" }, "By category"),
          barChart(card.categories.map((c) => ({ label: categoryName(c.category), value: c.score,
            note: `weight ${c.weight}% · ${c.questions} q` })), { thresholds: t, caption: "Scores by category" })),
        h("section", { class: "card", "aria-labelledby": "dim-title" },
          h("h2", { id: "dim-title" }, "By dimension"),
          barChart(DIMENSIONS.map((d) => ({ label: humanize(d), value: card.dimensions?.[d] ?? null })),
            { thresholds: t, caption: "Scores by dimension" }),
          dimensionAdvice(id, card.dimension_advice, linkToken))),

      h("div", { class: "two-col" },
        h("section", { class: "card", "aria-labelledby": "str-title" },
          h("h2", { id: "str-title" }, "Strengths"),
          card.strengths?.length ? h("ul", { class: "findings" }, card.strengths.map((s) => strength(id, s, linkToken)))
            : h("p", { class: "muted" }, "No answer reached the strength bar this time.")),
        h("section", { class: "card", "aria-labelledby": "gap-title" },
          h("h2", { id: "gap-title" }, "Gaps"),
          card.gaps?.length ? h("ul", { class: "findings" }, card.gaps.slice(0, 12).map((g) => gap(id, g, linkToken)))
            : h("p", { class: "muted" }, "No gaps found."),
          card.gaps?.length > 12 ? h("p", { class: "muted small" }, `and ${card.gaps.length - 12} more in the replay`) : null)),

      h("section", { class: "card", "aria-labelledby": "study-title" },
        h("h2", { id: "study-title" }, "Study next"),
        card.study_next?.length ? h("ol", { class: "study" }, card.study_next.map((topic) => h("li", {},
          h("h3", { class: "h4" }, humanize(topic.topic)),
          h("ul", {}, topic.study.map((s) => h("li", {}, s))),
          topic.moments?.length ? h("p", { class: "small" }, "Moments: ",
            topic.moments.map((m, i) => [i ? ", " : "", h("a", { href: replayHref(id, m, linkToken), class: "moment-link" }, `#${m}`)])) : null)))
          : h("p", { class: "muted" }, "Nothing stands out. Try a harder role next.")),

      h("section", { class: "card", "aria-labelledby": "q-title" },
        h("h2", { id: "q-title" }, "Every question"),
        h("div", { class: "table-wrap" }, h("table", { class: "table" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Question"), h("th", { scope: "col" }, "Section"),
            h("th", { scope: "col" }, "Status"), h("th", { scope: "col", class: "num" }, "Score"), h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, "Replay")))),
          h("tbody", {}, (card.answers || []).map((a) => h("tr", {},
            h("td", { class: "q-prompt" }, a.prompt.length > 110 ? `${a.prompt.slice(0, 110)}…` : a.prompt,
              a.hints ? h("span", { class: "chip chip-quiet" }, `${a.hints} hint${a.hints > 1 ? "s" : ""}`) : null,
              questionDetails(a)),
            h("td", {}, sectionName(a.section)),
            h("td", {}, h("span", { class: `status status-${a.status}` }, humanize(a.status))),
            h("td", { class: "num" }, pct(a.score)),
            h("td", {}, momentLink(id, a.moments?.grade ?? a.moments?.asked, linkToken, "Replay")))))))));
    pageReady(`Scorecard · ${card.role_name}`);
  }).catch((error) => {
    clear(page).append(h("h1", {}, "Scorecard"), h("p", { class: "error-text", role: "alert" }, `The scorecard could not be loaded: ${error.message}`));
    pageReady("Scorecard");
  });
  return () => {};
}
