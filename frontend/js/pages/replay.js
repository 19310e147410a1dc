// Replay: the session's events on a timeline with a scrubber and play/pause at several speeds.
// At any moment: the transcript so far, the code as it was, runs and verdicts, and each answer's
// grade with its evidence. The state shown is the reducer over the events up to that moment.
// Read-only: opened with the session's token or the shareable replay token (?token=r-...).

import { h, s, clear, toast, copyText, scrollIntoViewGently, reducedMotion } from "../dom.js";
import { getReplay } from "../api.js";
import * as store from "../store.js";
import { pageReady, setUrl } from "../router.js";
import { reduce, runsOf } from "../reducer.js";
import { clock, bandName, pct, date, sectionName, verdictSummary, humanize } from "../format.js";
import { describe, markerClass } from "../timeline.js";
import { messageView } from "../ui/transcript.js";
import { gradeView } from "../ui/grade.js";
import { runView } from "../ui/verdict.js";
import { createEditor } from "../ui/editor.js";
import { shareUrl } from "./scorecard.js";

const MAX_GAP = 10;          // seconds: longer pauses are shortened when playing
const STEP_MS = 700;         // "event by event": one event per STEP_MS
const SPEEDS = [["1", "1×"], ["4", "4×"], ["16", "16×"], ["step", "Step"]];

export function mount(root, { params, query }) {
  const id = params.id;
  const linkToken = query.get("token");
  const token = store.readToken(id, linkToken);
  const page = h("div", { class: "page page-wide" }, h("p", { class: "muted" }, "Loading the replay…"));
  root.append(page);
  let cleanup = () => {};

  if (!token) {
    clear(page).append(h("h1", {}, "Replay"), h("p", {}, "This browser holds no token for this interview; open the replay link you were given."));
    pageReady("Replay");
    return () => {};
  }

  getReplay(id, token).then((doc) => {
    cleanup = build(doc);
  }).catch((error) => {
    clear(page).append(h("h1", {}, "Replay"), h("p", { class: "error-text", role: "alert" }, `The replay could not be loaded: ${error.message}`));
    pageReady("Replay");
  });

  function build(doc) {
    const events = doc.events || [];
    const n = events.length;
    const held = store.session(id);
    const replayToken = held?.replay_token || (linkToken?.startsWith("r-") ? linkToken : null);
    const hasCode = events.some((e) => e.type === "code_changed" || e.type === "code_ran");
    const card = doc.scorecard;
    const roleName = card?.role_name || held?.role_name || humanize(doc.session?.role_id);
    const questions = doc.questions || null;    // optional: key point wording, when the server sends it
    const at = Number.parseInt(query.get("at"), 10);
    let seq = Number.isFinite(at) ? Math.max(0, Math.min(n - 1, at)) : n - 1;
    let playing = false;
    let speed = "4";
    let timer = null;
    let urlTimer = null;
    let editor = null;

    // ------------------------------------------------------------ controls
    const playButton = h("button", { type: "button", class: "btn btn-primary btn-icon", "aria-label": "Play" });
    const prevButton = h("button", { type: "button", class: "btn btn-icon", "aria-label": "Previous event", title: "Previous event" }, "‹");
    const nextButton = h("button", { type: "button", class: "btn btn-icon", "aria-label": "Next event", title: "Next event" }, "›");
    const scrubber = h("input", { type: "range", min: 0, max: Math.max(0, n - 1), step: 1, value: seq, class: "scrubber",
      id: "scrubber", "aria-label": "Moment in the interview" });
    const timeText = h("span", { class: "replay-time" });
    const eventText = h("span", { class: "replay-event" });
    const speedGroup = h("div", { class: "segmented", role: "radiogroup", "aria-label": "Playback speed" },
      SPEEDS.map(([value, label]) => h("label", { class: "segment" },
        h("input", { type: "radio", name: "speed", value, checked: value === speed,
          onchange: () => { speed = value; if (playing) schedule(); } }),
        h("span", {}, label))));

    const markers = s("svg", { class: "timeline-markers", viewBox: `0 0 ${Math.max(1, n)} 10`, preserveAspectRatio: "none",
      "aria-hidden": "true" },
    events.map((e, i) => s("rect", { class: markerClass(e), x: i + 0.15, y: e.type === "section_started" ? 0 : 3,
      width: 0.7, height: e.type === "section_started" ? 10 : 7 })));
    const starts = events.map((e, i) => (e.type === "section_started" ? i : -1)).filter((i) => i >= 0);
    const frac = (i) => (n > 1 ? i / (n - 1) : 0);
    const sectionLabels = h("div", { class: "timeline-sections", "aria-hidden": "true" },
      starts.map((i, k) => h("span", { title: sectionName(events[i].kind), style: {
        left: `calc(8px + (100% - 16px) * ${frac(i)})`,
        width: `calc((100% - 16px) * ${frac(starts[k + 1] ?? n - 1) - frac(i)})`,
      } }, sectionName(events[i].kind))));

    const transcript = h("ol", { class: "transcript transcript-replay" });
    const codeTitle = h("div", { class: "code-toolbar" });
    const editorBox = h("div", { class: "editor-box editor-readonly" });
    const noCode = h("p", { class: "muted code-empty" }, "No code yet at this moment.");
    const runsBox = h("div", { class: "results replay-runs" });

    page.replaceChildren(
      h("div", { class: "page-head" },
        h("div", {},
          h("p", { class: "eyebrow" }, "Replay"),
          h("h1", {}, roleName),
          h("p", { class: "muted" }, date(doc.session?.created),
            card ? [" · ", h("span", { class: `band band-small band-${card.band}` }, bandName(card.band)), ` ${pct(card.overall)}`] : " · in progress")),
        h("div", { class: "head-actions" },
          card ? h("a", { class: "btn", href: `/scorecard/${encodeURIComponent(id)}${linkToken ? `?token=${encodeURIComponent(linkToken)}` : ""}` }, "Scorecard") : null,
          replayToken ? h("button", { type: "button", class: "btn", onclick: async () => {
            toast(await copyText(shareUrl(id, replayToken)) ? "Read-only replay link copied" : "Copy failed");
          } }, "Copy share link") : null)),
      h("section", { class: "player card", "aria-label": "Playback" },
        h("div", { class: "player-row" },
          prevButton, playButton, nextButton, speedGroup,
          h("div", { class: "player-readout", "aria-live": "polite" }, timeText, eventText)),
        h("div", { class: "timeline" }, markers, scrubber, sectionLabels),
        h("ul", { class: "legend", "aria-label": "Timeline colours" },
          [["mk-question", "question"], ["mk-answer", "answer"], ["mk-good", "good grade or pass"], ["mk-fair", "partial"],
            ["mk-weak", "weak grade or fail"], ["mk-hint", "hint"], ["mk-code", "code edit"], ["mk-run", "run"]]
            .map(([cls, label]) => h("li", {}, h("span", { class: `swatch ${cls}`, "aria-hidden": "true" }), label)))),
      h("div", { class: `replay-body ${hasCode ? "with-code" : ""}` },
        h("section", { class: "card replay-transcript", "aria-label": "Transcript so far" },
          h("h2", { class: "h3" }, "Transcript"),
          h("div", { class: "transcript-scroll", tabindex: "0", "aria-label": "Transcript so far" }, transcript)),
        hasCode ? h("section", { class: "card replay-code", "aria-label": "Code at this moment" },
          h("h2", { class: "h3" }, "Code"),
          codeTitle, noCode, editorBox,
          h("h3", { class: "h4" }, "Runs"), runsBox) : null));
    pageReady(`Replay · ${roleName}`);

    if (hasCode) editor = createEditor(editorBox, { doc: "", readOnly: true, label: "Code at this moment" });

    // ------------------------------------------------------------ drawing
    function show(next, { fromScrubber = false } = {}) {
      seq = Math.max(0, Math.min(n - 1, next));
      if (!fromScrubber) scrubber.value = String(seq);
      const state = reduce(events.slice(0, seq + 1));
      const event = events[seq];
      const total = events.length ? events[n - 1].at : 0;
      timeText.textContent = `${clock(event?.at ?? 0)} / ${clock(total)}`;
      eventText.textContent = `Event ${seq + 1} of ${n}: ${event ? describe(event) : ""}`;
      scrubber.setAttribute("aria-valuetext", `event ${seq + 1} of ${n}, ${clock(event?.at ?? 0)}: ${event ? describe(event) : ""}`);
      prevButton.disabled = seq <= 0;
      nextButton.disabled = seq >= n - 1;
      drawTranscript(state, event);
      if (hasCode) drawCode(state);
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => {
        const params = new URLSearchParams(location.search);
        params.set("at", String(seq));
        setUrl(`${location.pathname}?${params}`);
      }, 250);
    }

    function drawTranscript(state, event) {
      clear(transcript);
      const gradesByAnswer = new Map();
      for (const g of state.graded) if (g.answerSeq != null) gradesByAnswer.set(g.answerSeq, [...(gradesByAnswer.get(g.answerSeq) || []), g]);
      let focus = null;
      for (const entry of state.transcript) {
        const grades = entry.who === "candidate" ? gradesByAnswer.get(entry.seq) : null;
        const el = messageView(entry, { persona: state.persona,
          after: grades ? grades.map((g) => gradeView(g, { questions })) : null });
        const jump = h("button", { type: "button", class: "jump", title: "Go to this moment", "aria-label": `Go to event ${entry.seq + 1}`,
          onclick: () => { pause(); show(entry.seq); } }, "#", String(entry.seq));
        (el.querySelector(".msg-meta") || el).append(jump);
        if (entry.seq === seq || (grades && grades.some((g) => g.seq === seq))) {
          el.classList.add("msg-current");
          focus = el;
        }
        transcript.append(el);
      }
      if (!focus) focus = transcript.lastElementChild;
      if (focus) {
        const scroller = transcript.parentElement;
        const top = focus.offsetTop - scroller.offsetTop;
        const target = Math.max(0, top - scroller.clientHeight / 3);
        scroller.scrollTo({ top: target, behavior: playing && !reducedMotion() ? "smooth" : "auto" });
      }
    }

    function drawCode(state) {
      const exercise = state.lastExercise;
      clear(codeTitle);
      if (!exercise) {
        noCode.hidden = false;
        editorBox.hidden = true;
        editor.set("");
      } else {
        noCode.hidden = true;
        editorBox.hidden = false;
        const codeSeq = state.codeSeq[exercise];
        codeTitle.append(h("span", { class: "code-file" }, `${exercise}.py`),
          h("span", { class: "muted small" }, `as of ${clock(events[codeSeq]?.at ?? 0)} (event ${codeSeq + 1})`));
        editor.set(state.code[exercise] || "");
      }
      clear(runsBox);
      const runs = exercise ? runsOf(state, exercise) : [];
      if (!runs.length) runsBox.append(h("p", { class: "muted small" }, "No runs yet."));
      runs.slice().reverse().forEach((run, i) => {
        const view = runView(run, { compact: true });
        if (run.seq === seq || run.verdictSeq === seq) view.classList.add("run-current");
        if (i > 0) {
          runsBox.append(h("details", { class: "run-fold" },
            h("summary", {}, `${run.suite === "hidden" ? "Submit" : "Run"} at ${clock(events[run.seq]?.at ?? 0)}: `,
              run.verdict ? verdictSummary(run.verdict, run.suite) : "running…"), view));
        } else runsBox.append(view);
      });
    }

    // ------------------------------------------------------------ playback
    function setPlaying(flag) {
      playing = flag;
      playButton.textContent = playing ? "❚❚" : "▶";
      playButton.setAttribute("aria-label", playing ? "Pause" : "Play");
      playButton.setAttribute("aria-pressed", String(playing));
    }

    function delayToNext() {
      if (speed === "step") return STEP_MS;
      const gap = Math.max(0, (events[seq + 1]?.at ?? 0) - (events[seq]?.at ?? 0));
      return (Math.min(gap, MAX_GAP) / Number(speed)) * 1000 + 60;
    }

    function schedule() {
      clearTimeout(timer);
      if (!playing) return;
      if (seq >= n - 1) { setPlaying(false); return; }
      timer = setTimeout(() => { show(seq + 1); schedule(); }, delayToNext());
    }

    function play() {
      if (seq >= n - 1) show(0);
      setPlaying(true);
      schedule();
    }

    function pause() {
      setPlaying(false);
      clearTimeout(timer);
    }

    playButton.addEventListener("click", () => (playing ? pause() : play()));
    prevButton.addEventListener("click", () => { pause(); show(seq - 1); });
    nextButton.addEventListener("click", () => { pause(); show(seq + 1); });
    scrubber.addEventListener("input", () => { pause(); show(Number(scrubber.value), { fromScrubber: true }); });
    const keys = (event) => {
      if (event.target.closest("input, textarea, select, .cm-editor, button, a")) return;
      if (event.key === " " || event.key === "k") { event.preventDefault(); playing ? pause() : play(); }
      else if (event.key === "ArrowRight" || event.key === "l") { pause(); show(seq + 1); }
      else if (event.key === "ArrowLeft" || event.key === "j") { pause(); show(seq - 1); }
    };
    document.addEventListener("keydown", keys);

    setPlaying(false);
    show(seq);
    return () => {
      pause();
      clearTimeout(urlTimer);
      document.removeEventListener("keydown", keys);
      editor?.destroy();
    };
  }

  return () => cleanup();
}
