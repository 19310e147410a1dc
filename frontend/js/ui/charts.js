// Small inline SVG charts (no chart library): bars for scores, a band gauge, sparklines.

import { h, s } from "../dom.js";
import { pct } from "../format.js";

function tone(value, thresholds) {
  if (value == null) return "none";
  const t = thresholds || { hire: 0.75, lean_hire: 0.6, lean_no_hire: 0.45 };
  if (value >= t.hire) return "strong";
  if (value >= t.lean_hire) return "good";
  if (value >= t.lean_no_hire) return "fair";
  return "weak";
}

/** One horizontal bar in a 100 x 8 box, with optional threshold ticks. */
export function bar(value, { thresholds, label } = {}) {
  const width = value == null ? 0 : Math.max(0, Math.min(1, value)) * 100;
  const ticks = thresholds ? [thresholds.lean_no_hire, thresholds.lean_hire, thresholds.hire] : [];
  return s("svg", { class: `bar bar-${tone(value, thresholds)}`, viewBox: "0 0 100 8", preserveAspectRatio: "none",
    role: "img", "aria-label": label || (value == null ? "not assessed" : pct(value)) },
  s("rect", { class: "bar-track", x: 0, y: 0, width: 100, height: 8, rx: 1.5 }),
  s("rect", { class: "bar-fill", x: 0, y: 0, width, height: 8, rx: 1.5 }),
  ticks.map((t) => s("line", { class: "bar-tick", x1: t * 100, x2: t * 100, y1: 0, y2: 8 })));
}

/**
 * Rows of label | bar | value. rows: [{label, value, note, href}]
 */
export function barChart(rows, { thresholds, caption } = {}) {
  return h("div", { class: "chart", role: "group", "aria-label": caption || null },
    rows.map((row) => h("div", { class: "chart-row" },
      h("div", { class: "chart-label" }, row.label, row.note ? h("span", { class: "chart-note" }, row.note) : null),
      h("div", { class: "chart-bar" }, bar(row.value, { thresholds, label: `${row.label}: ${row.value == null ? "not assessed" : pct(row.value)}` })),
      h("div", { class: "chart-value" }, row.value == null ? "—" : pct(row.value)))));
}

/** The overall score on a 0..1 track shaded by band. */
export function bandGauge(overall, thresholds) {
  const t = thresholds;
  const zones = [
    ["weak", 0, t.lean_no_hire], ["fair", t.lean_no_hire, t.lean_hire],
    ["good", t.lean_hire, t.hire], ["strong", t.hire, 1],
  ];
  const x = Math.max(0, Math.min(1, overall)) * 100;
  return s("svg", { class: "gauge", viewBox: "0 0 100 14", preserveAspectRatio: "none", role: "img",
    "aria-label": `overall ${pct(overall)}; lean no hire from ${pct(t.lean_no_hire)}, lean hire from ${pct(t.lean_hire)}, hire from ${pct(t.hire)}` },
  zones.map(([name, a, b]) => s("rect", { class: `zone zone-${name}`, x: a * 100, y: 4, width: (b - a) * 100, height: 6 })),
  s("rect", { class: "gauge-marker", x: Math.max(0, Math.min(99, x - 0.6)), y: 0, width: 1.2, height: 14 }));
}

/** A sparkline of values 0..1 (nulls are gaps), with dots. */
export function sparkline(values, { width = 160, height = 40, label } = {}) {
  const pad = 4;
  const n = values.length;
  const x = (i) => (n <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (n - 1));
  const y = (v) => height - pad - v * (height - 2 * pad);
  const segments = [];
  let current = [];
  values.forEach((v, i) => {
    if (v == null) { if (current.length) segments.push(current); current = []; }
    else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (current.length) segments.push(current);
  return s("svg", { class: "sparkline", viewBox: `0 0 ${width} ${height}`, width, height, role: "img",
    "aria-label": label || values.map((v) => (v == null ? "—" : pct(v))).join(", ") },
  s("rect", { class: "spark-bg", x: 0, y: pad - 2, width, height: height - 2 * pad + 4, rx: 3 }),
  s("line", { class: "spark-base", x1: pad, x2: width - pad, y1: y(0.5), y2: y(0.5) }),
  segments.map((pts) => s("polyline", { class: "spark-line", points: pts.join(" ") })),
  values.map((v, i) => (v == null ? null : s("circle", { class: "spark-dot", cx: x(i), cy: y(v), r: 2.5 }))));
}
