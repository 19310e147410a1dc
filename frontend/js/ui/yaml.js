// Writing a role back as YAML (the body of PUT /api/roles/{id}). Numbers typed into the form go
// out as numbers when they look like numbers and as quoted strings otherwise, so the server's
// validation (not the browser's) says what is wrong, and where.

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A scalar from a form field: a number, null for empty, else a quoted string. */
export function scalar(text) {
  const value = String(text ?? "").trim();
  if (!value) return "null";
  if (NUMBER.test(value)) return value;
  return JSON.stringify(value);
}

/** Free text: always a quoted string (JSON strings are valid YAML double-quoted scalars). */
export const quoted = (text) => JSON.stringify(String(text ?? ""));

export function list(items, indent) {
  if (!items.length) return " []";
  return `\n${items.map((item) => `${indent}- ${quoted(item)}`).join("\n")}`;
}

export function splitList(text) {
  return String(text || "").split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);
}

/** The comment lines at the top of a YAML file (kept when the role is rewritten). */
export function headerComments(yaml) {
  const out = [];
  for (const line of String(yaml || "").split("\n")) {
    if (line.startsWith("#")) out.push(line);
    else break;
  }
  return out;
}
