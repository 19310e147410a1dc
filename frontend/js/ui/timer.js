// The section clock: set from the server's `timer` messages, counted down locally in between.

import { h } from "../dom.js";
import { clock, sectionName } from "../format.js";

const WARN_AT = 300;   // seconds left: the room says so, once per section

/** options: onWarning(kind) when a section longer than five minutes reaches its last five. */
export function sectionTimer({ onWarning } = {}) {
  const text = h("span", { class: "timer-text" }, "—:—");
  const fill = h("span", { class: "timer-fill" });
  const el = h("div", { class: "timer", role: "timer", "aria-label": "Time left in this section", hidden: true },
    h("span", { class: "timer-label visually-hidden" }, ""), text, h("span", { class: "timer-left" }, "left"),
    h("span", { class: "timer-track", "aria-hidden": "true" }, fill));
  let last = null;   // {remaining, total, kind, at, section}
  let stopped = false;
  let warned = null; // the section already warned about

  function draw() {
    if (!last) return;
    const remaining = stopped ? last.remaining : Math.max(0, last.remaining - (performance.now() - last.at) / 1000);
    text.textContent = clock(Math.ceil(remaining));
    el.querySelector(".timer-label").textContent = `${sectionName(last.kind)}: `;
    fill.style.width = `${last.total ? (100 * remaining) / last.total : 0}%`;
    el.classList.toggle("timer-low", remaining <= WARN_AT && remaining > 0);
    el.classList.toggle("timer-out", remaining <= 0);
    if (!stopped && last.total > WARN_AT && remaining <= WARN_AT && remaining > 0 && warned !== last.section) {
      warned = last.section;
      onWarning?.(last.kind);
    }
  }
  const interval = setInterval(draw, 1000);

  return {
    el,
    update(message) {
      last = { remaining: message.remaining, total: message.total, kind: message.kind, at: performance.now(),
        section: message.section };
      stopped = false;
      el.hidden = false;
      draw();
    },
    stop() {
      if (last) last.remaining = Math.max(0, last.remaining - (performance.now() - last.at) / 1000);
      stopped = true;
      el.hidden = true;
    },
    destroy() { clearInterval(interval); },
  };
}
