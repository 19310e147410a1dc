// The interview room: the conversation, the answer box, the coding workspace, the section
// clock. The page's state is the reducer over the events received so far; a refresh or a
// dropped connection resumes the same session from the tokens kept in localStorage.

import { h, clear, toast, confirmDialog, scrollIntoViewGently } from "../dom.js";
import { Connection } from "../connection.js";
import { apply, emptyState, sectionKind, runsOf } from "../reducer.js";
import * as store from "../store.js";
import { setUrl, pageReady } from "../router.js";
import { sectionName, plural } from "../format.js";
import { messageView, streamingView } from "../ui/transcript.js";
import { sectionTimer } from "../ui/timer.js";
import { workspace, MOD } from "../ui/workspace.js";

const CODE_DEBOUNCE = 700;

export function mount(root, { params, query, navigate }) {
  const isNew = params.id === "new";
  let sessionId = isNew ? null : params.id;
  const held = sessionId ? store.session(sessionId) : null;
  const token = held?.token || store.ownerToken();

  if (!isNew && !token) {
    root.append(h("div", { class: "page narrow" },
      h("h1", {}, "This interview is not open in this browser"),
      h("p", {}, "The tokens that open an interview are kept in the browser that started it. ",
        "If you have a replay link, open that instead."),
      h("p", {}, h("a", { class: "btn btn-primary", href: "/" }, "Start a new interview"))));
    pageReady("Interview");
    return () => {};
  }

  // ------------------------------------------------------------------ state
  let state = emptyState();
  let roleName = held?.role_name || "";
  let rendered = 0;               // transcript entries on screen
  let streaming = null;           // {el, text}
  let sending = false;
  let pendingRender = false;
  let ws = null;                  // the workspace, while an exercise is open
  let wsExercise = null;
  let codeTimer = null;
  let lastSentCode = null;
  let stopped = false;
  let revealNext = false;         // show the newest message after the next render, wherever the reader was
  let thinking = { speaking: false, grading: 0 };   // the server's last `thinking` frame
  let thinkingSince = 0;                            // performance.now() when the interviewer began
  let thinkingClock = null;

  // ------------------------------------------------------------------ layout
  const title = h("h1", { class: "room-title" }, roleName || "Interview");
  const stepper = h("ol", { class: "stepper", "aria-label": "Sections" });
  const timer = sectionTimer({ onWarning: (kind) => {
    const text = `Five minutes left in this section (${sectionName(kind)}).`;
    toast(text, "info", 6000);
    announcer.textContent = text;
  } });
  const connDot = h("span", { class: "conn-dot", "aria-hidden": "true" });
  const connText = h("span", { class: "conn-text" }, "Connecting…");
  const retry = h("button", { type: "button", class: "btn btn-quiet btn-small", hidden: true,
    onclick: () => conn.retryNow() }, "Retry now");
  const connection = h("div", { class: "conn conn-connecting", role: "status" }, connDot, connText, retry);
  const endButton = h("button", { type: "button", class: "btn btn-quiet btn-danger-text", disabled: true,
    onclick: endInterview }, "End interview");

  const transcript = h("ol", { class: "transcript", "aria-label": "Conversation" });
  const transcriptScroll = h("div", { class: "transcript-scroll", tabindex: "0", "aria-label": "Conversation" }, transcript);
  const announcer = h("div", { class: "visually-hidden", "aria-live": "polite" });

  const answerLabel = h("label", { for: "answer", class: "answer-label" }, "Your answer");
  const answer = h("textarea", { id: "answer", class: "answer-input", rows: 4, disabled: true,
    placeholder: "Think out loud: explain your reasoning, trade-offs, and how you would check it.",
    "aria-describedby": "answer-help answer-error" });
  const answerError = h("p", { id: "answer-error", class: "field-error", role: "alert" });
  const sendButton = h("button", { type: "submit", class: "btn btn-primary", disabled: true }, "Send");
  const hintButton = h("button", { type: "button", class: "btn", disabled: true, onclick: askHint }, "Hint");
  const skipButton = h("button", { type: "button", class: "btn", disabled: true, onclick: skipQuestion }, "Skip");
  const answerForm = h("form", { class: "answer-box", onsubmit: (e) => { e.preventDefault(); sendAnswer(); } },
    answerLabel, answer, answerError,
    h("div", { class: "answer-actions" },
      hintButton, skipButton,
      h("span", { id: "answer-help", class: "muted small answer-help" }, `${MOD}+Enter sends`),
      h("span", { class: "spacer" }),
      sendButton));

  const endedBanner = h("div", { class: "ended-banner", hidden: true, role: "status" });
  const thinkingText = h("span", { class: "thinking-text" });
  const cancelButton = h("button", { type: "button", class: "btn btn-quiet btn-small", onclick: cancelTurn },
    "Don't wait");
  const thinkingBar = h("div", { class: "thinking-bar", hidden: true, role: "status" },
    h("span", { class: "typing", "aria-hidden": "true" }, h("i"), h("i"), h("i")), thinkingText, cancelButton);
  const modelNotice = h("p", { class: "notice model-notice", hidden: true });
  const conversation = h("section", { class: "conversation", "aria-label": "Interview" },
    modelNotice, transcriptScroll, thinkingBar, endedBanner, answerForm);
  const workspaceSlot = h("div", { class: "workspace-slot" });
  const body = h("div", { class: "room-body" }, conversation, workspaceSlot);

  const room = h("div", { class: "room" },
    h("div", { class: "room-bar" },
      h("div", { class: "room-heading" }, title, stepper),
      h("div", { class: "room-status" }, timer.el, connection, endButton)),
    body, announcer);
  root.append(room);
  pageReady(roleName ? `Interview · ${roleName}` : "Interview");

  // A draft belongs to the section it was written in: it is restored once the session's events
  // say which section this is, and dropped when a new section starts (it answered something gone).
  let draftRestored = false;
  let replayEnd = 0;   // the events before this seq are the session's past, sent again on resume
  let draftSection = null;
  let draftTimer = null;
  const saveDraft = () => sessionId && store.setDraft(sessionId, answer.value, draftSection);
  answer.addEventListener("input", () => {
    answerError.textContent = "";
    draftSection = state.section;
    clearTimeout(draftTimer);
    draftTimer = setTimeout(() => { draftTimer = null; saveDraft(); }, 300);
  });
  // a refresh or a closed tab inside the 300 ms still keeps what was typed
  const flushDraft = () => {
    if (draftTimer === null) return;
    clearTimeout(draftTimer);
    draftTimer = null;
    saveDraft();
  };
  window.addEventListener("pagehide", flushDraft);
  answer.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      sendAnswer();
    }
  });

  // ------------------------------------------------------------------ connection
  const conn = new Connection({
    onSession(message) {
      sessionId = message.session_id;
      replayEnd = message.next_seq ?? 0;
      if (message.role?.name) roleName = message.role.name;
      const fields = { role_id: message.role?.id, role_name: roleName, interviewer: message.interviewer };
      if (message.token) {
        Object.assign(fields, { token: message.token, replay_token: message.replay_token,
          owner_token: message.owner_token, created: Date.now() / 1000 });
      }
      store.rememberSession(sessionId, fields);
      if (isNew) setUrl(`/interview/${encodeURIComponent(sessionId)}`);
      title.textContent = roleName || "Interview";
      document.title = `Interview · ${roleName} · hotseat`;
      if (message.interviewer === "llm") {
        modelNotice.hidden = false;
        modelNotice.textContent = `LLM interviewer: what you write is sent to ${message.model || "the configured model"} `
          + "to phrase the questions and grade your answers.";
      }
      if (message.resumed && wsExercise && ws && ws.editor.value !== lastSentCode) scheduleCode(ws.editor.value, 0);
    },
    onEvent(seq, event) {
      apply(state, event);
      if (event.type === "interviewer_said" || event.type === "hint_given") dropStreaming();
      if (event.type === "candidate_said" && answer.value.trim() === event.text) {   // stored: the draft is done
        answer.value = "";
        if (sessionId) store.setDraft(sessionId, "");
      }
      if (event.type === "interviewer_said" || event.type === "hint_given") announcer.textContent = event.text;
      if (event.type === "section_started" && conn.ready) {
        // the server's next `timer` message corrects this within seconds
        timer.update({ remaining: event.minutes * 60, total: event.minutes * 60, kind: event.kind });
      }
      if (event.type === "code_ran" || event.type === "code_changed") {
        if (event.exercise === wsExercise) lastSentCode = event.code;
      }
      scheduleRender();
    },
    onToken(text) {
      if (!streaming) {
        streaming = { text: "", el: streamingView("", state.persona) };
        transcript.append(streaming.el);
      }
      streaming.text += text;
      streaming.el.querySelector(".msg-body").textContent = streaming.text;
      stickToBottom(true);
    },
    onTimer(message) {
      if (!state.ended) timer.update(message);
    },
    onThinking(message) {
      if (message.speaking && !thinking.speaking) thinkingSince = performance.now() - (message.for || 0) * 1000;
      thinking = message;
      renderThinking();
    },
    onStatus(name, detail) {
      connection.className = `conn conn-${name}`;
      connText.textContent = {
        connecting: "Connecting…", open: "Connected", reconnecting: "Reconnecting…",
        closed: `Disconnected${typeof detail === "string" ? `: ${detail}` : ""}`,
      }[name];
      retry.hidden = name !== "reconnecting";
      renderControls();
    },
    onError(message) {
      if (["unknown_role", "llm_unavailable", "not_found", "forbidden", "bad_message"].includes(message.code)) {
        conn.close();
        showFatal(message);
      } else {
        toast(message.message, "error");
      }
    },
  });

  if (isNew) {
    const role = query.get("role");
    const options = { interviewer: query.get("interviewer") || "offline" };
    if (query.get("seed") && /^\d+$/.test(query.get("seed"))) options.seed = Number(query.get("seed"));
    if (!role) {
      showFatal({ message: "No role was chosen." });
    } else {
      conn.start(role, options, store.ownerToken());
    }
  } else {
    conn.resume(sessionId, token, -1);
  }

  function showFatal(message) {
    clear(root).append(h("div", { class: "page narrow" },
      h("h1", {}, "The interview could not open"),
      h("p", { class: "error-text" }, message.message || "The server refused this interview."),
      h("p", {}, h("a", { class: "btn btn-primary", href: "/" }, "Back to the start"))));
    pageReady("Interview");
  }

  // ------------------------------------------------------------------ rendering
  function scheduleRender() {
    if (pendingRender) return;
    pendingRender = true;
    requestAnimationFrame(() => {
      pendingRender = false;
      if (!stopped) render();
    });
  }

  function nearBottom() {
    const el = transcriptScroll;
    return el.scrollHeight - el.scrollTop - el.clientHeight < 120;
  }

  function stickToBottom(force) {
    if (force || nearBottom()) {
      transcriptScroll.scrollTop = transcriptScroll.scrollHeight;
      const last = transcript.lastElementChild;
      if (window.matchMedia("(max-width: 800px)").matches && last && !state.ended) {
        // on a narrow screen the page scrolls and the answer box sticks to the bottom: the newest
        // message must end above the box, not behind it
        const box = answerForm.hidden ? null : answerForm.getBoundingClientRect();
        const bottom = last.getBoundingClientRect().bottom;
        const limit = box ? box.top - 12 : window.innerHeight - 12;
        if (bottom > limit) window.scrollBy({ top: bottom - limit, behavior: "auto" });
        else if (last.getBoundingClientRect().top < 0) scrollIntoViewGently(last);
      }
    }
  }

  function dropStreaming() {
    if (streaming) {
      streaming.el.remove();
      streaming = null;
    }
  }

  function render() {
    const follow = nearBottom() || rendered === 0;
    const entries = state.transcript.slice(rendered);
    for (const entry of entries) {
      const el = messageView(entry, { persona: state.persona });
      if (streaming) transcript.insertBefore(el, streaming.el);
      else transcript.append(el);
    }
    rendered = state.transcript.length;
    renderStepper();
    const opened = renderWorkspace();
    if (entries.length || opened || revealNext) stickToBottom(follow || opened || revealNext);
    revealNext = false;
    renderControls();
    renderEnded();
    renderThinking();
    // only once the whole log is replayed: mid-replay the section may still be an earlier one
    if (!draftRestored && conn.ready && state.plan.length && conn.lastSeq + 1 >= replayEnd) restoreDraft();
  }

  function restoreDraft() {
    draftRestored = true;
    const saved = sessionId ? store.draft(sessionId) : { text: "" };
    if (saved.text && !answer.value && (saved.section == null || saved.section === state.section)) {
      answer.value = saved.text;
      draftSection = saved.section ?? state.section;
    }
  }

  function renderStepper() {
    clear(stepper);
    state.plan.forEach((section, index) => {
      const status = state.ended || index < state.section ? "done" : index === state.section ? "current" : "todo";
      stepper.append(h("li", { class: `step step-${status}`, "aria-current": status === "current" ? "step" : null },
        h("span", { class: "step-name" }, sectionName(section.kind)),
        h("span", { class: "step-minutes" }, `${section.minutes} min`)));
    });
  }

  function renderThinking() {
    const waitingForGrades = state.ended && !state.scorecard && thinking.grading > 0;
    const show = conn.connected && (thinking.speaking || waitingForGrades);
    thinkingBar.hidden = !show;
    clearInterval(thinkingClock);
    if (!show) return;
    const tick = () => {
      const seconds = Math.floor((performance.now() - thinkingSince) / 1000);
      thinkingText.textContent = thinking.speaking
        ? `${state.persona?.name || "The interviewer"} is thinking… ${seconds} s`
        : `Waiting for ${thinking.grading} grade${thinking.grading === 1 ? "" : "s"} from the model…`;
    };
    if (!thinking.speaking && waitingForGrades && !thinkingSince) thinkingSince = performance.now();
    tick();
    thinkingClock = setInterval(tick, 1000);
  }

  function canAnswer() {
    return !state.ended && (state.current != null || sectionKind(state) === "candidate_questions");
  }

  function renderControls() {
    const live = conn.connected && !state.ended;
    answer.disabled = !canAnswer();   // typing stays possible while a message is on its way
    sendButton.disabled = !live || !canAnswer() || sending || thinking.speaking;
    hintButton.disabled = !live || !state.current || sending;
    skipButton.disabled = !live || !canAnswer() || sending;
    endButton.disabled = !live || !state.plan.length;
    const kind = sectionKind(state);
    answerLabel.textContent = kind === "candidate_questions" ? "Your question for the interviewer"
      : "Your answer";
    sendButton.textContent = sending ? "Sending…" : thinking.speaking ? "Wait…" : "Send";
    if (ws) {
      const pending = runsOf(state, wsExercise).some((r) => !r.verdict);
      ws.setBusy(pending || !conn.connected);
      ws.setEnabled(!state.ended && state.current?.exercise === wsExercise);
    }
  }

  /** Open or close the coding workspace to match the question; true when it just opened. */
  function renderWorkspace() {
    const exercise = state.current?.exercise || null;
    let opened = false;
    if (exercise !== wsExercise) {
      if (ws) { ws.destroy(); ws = null; }
      clear(workspaceSlot);
      wsExercise = exercise;
      body.classList.toggle("coding", Boolean(exercise));
      if (exercise) {
        lastSentCode = state.code[exercise] ?? null;
        ws = workspace({
          exercise,
          code: state.code[exercise] ?? null,
          onCode: (code) => scheduleCode(code),
          onRun: (code) => runCode("run", code),
          onSubmit: (code) => runCode("submit", code),
        });
        workspaceSlot.append(ws.el);
        opened = true;
      }
    }
    if (ws) ws.setRuns(runsOf(state, wsExercise));
    return opened;
  }

  function renderEnded() {
    if (!state.ended) return;
    timer.stop();
    endedBanner.hidden = false;
    answerForm.hidden = true;
    clear(endedBanner).append(
      h("div", {},
        h("strong", {}, state.ended === "ended_by_candidate" ? "You ended the interview." : "The interview is over."),
        " ", state.scorecard ? "Your scorecard is ready." : "Preparing your scorecard…"),
      h("div", { class: "ended-actions" },
        state.scorecard ? h("a", { class: "btn btn-primary", href: `/scorecard/${encodeURIComponent(sessionId)}` }, "Open your scorecard") : null,
        h("a", { class: "btn", href: `/replay/${encodeURIComponent(sessionId)}` }, "Replay the interview")));
  }

  // ------------------------------------------------------------------ actions
  async function act(message, what) {
    const reply = await conn.send(message);
    if (reply.type === "error") {
      const text = `${what}: ${reply.message}`;
      if (message.type === "answer") answerError.textContent = reply.message;
      else toast(text, "error");
    }
    return reply;
  }

  async function sendAnswer() {
    const text = answer.value.trim();
    if (!text) { answerError.textContent = "Write an answer first."; return; }
    if (sending || !canAnswer()) return;
    if (!conn.connected) { answerError.textContent = "Not connected; your answer is kept here until the connection is back."; return; }
    sending = true;
    renderControls();
    // The question it answers: if the interview moved on meanwhile (time ran out), it is still
    // recorded for that question.
    const questionId = state.current?.questionId ?? null;
    const seen = state.count;
    const reply = await act({ type: "answer", text, ...(questionId ? { question_id: questionId } : {}) },
      "The answer was not sent");
    sending = false;
    const stored = reply.type === "ack" || state.transcript.some((t) => t.who === "candidate" && t.seq >= seen
      && t.text === text);
    if (stored) {
      if (answer.value.trim() === text) answer.value = "";
      saveDraft();
    }
    render();   // the events answering it came before the ack: show them with the box re-enabled
    if (!answer.disabled) answer.focus();
  }

  async function cancelTurn() {
    await act({ type: "cancel" }, "Could not stop waiting");
  }

  async function askHint() {
    await act({ type: "hint" }, "No hint");
  }

  async function skipQuestion() {
    const ok = await confirmDialog({ title: "Skip this question?", body: "A skipped question scores 0. You cannot come back to it.", confirm: "Skip it" });
    if (ok) await act({ type: "skip" }, "Could not skip");
  }

  async function endInterview() {
    const unasked = state.plan.reduce((n, s) => n + s.questions.length, 0) - state.asked.length;
    const ok = await confirmDialog({
      title: "End the interview now?",
      body: unasked > 0 ? `${plural(unasked, "question")} not reached yet will count as unanswered.` : "You will get your scorecard straight away.",
      confirm: "End interview", danger: true,
    });
    if (ok) await act({ type: "end" }, "Could not end the interview");
  }

  function scheduleCode(code, delay = CODE_DEBOUNCE) {
    clearTimeout(codeTimer);
    const exercise = wsExercise;
    codeTimer = setTimeout(async () => {
      if (!exercise || exercise !== wsExercise || code === lastSentCode || !conn.connected) return;
      const reply = await conn.send({ type: "code", exercise, code });
      if (reply.type === "ack") lastSentCode = code;
      ws?.setStatus(reply.type === "ack" ? "saved" : "");
    }, delay);
    ws?.setStatus("editing…");
  }

  async function runCode(kind, code) {
    clearTimeout(codeTimer);
    if (!conn.connected) { toast("Not connected; try again in a moment.", "error"); return; }
    ws?.setBusy(true);
    const reply = await act({ type: kind, exercise: wsExercise, code }, kind === "run" ? "Run refused" : "Submit refused");
    if (reply.type === "ack") { lastSentCode = code; ws?.setStatus("saved"); }
    renderControls();
  }

  return () => {
    stopped = true;
    clearInterval(thinkingClock);
    clearTimeout(codeTimer);
    window.removeEventListener("pagehide", flushDraft);
    clearTimeout(draftTimer);
    if (sessionId && answer.value) saveDraft();
    timer.destroy();
    ws?.destroy();
    conn.close();
  };
}
