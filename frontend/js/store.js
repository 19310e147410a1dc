// What the browser keeps: per session its tokens (localStorage, so a refresh or a new tab
// resumes), the owner token (lists your sessions), answer drafts, and the admin token
// (sessionStorage: forgotten when the tab closes).

const SESSIONS = "hotseat.sessions.v1";
const OWNER = "hotseat.owner.v1";
const ADMIN = "hotseat.admin.v1";
const DRAFT = "hotseat.draft.v1.";

function read(storage, key, fallback) {
  try {
    const text = storage.getItem(key);
    return text == null ? fallback : JSON.parse(text);
  } catch {
    return fallback;
  }
}

function write(storage, key, value) {
  try {
    if (value == null) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
  } catch {
    /* private mode or full: the session still works, it just will not survive a refresh */
  }
}

export function sessions() {
  return read(localStorage, SESSIONS, {});
}

export function session(id) {
  return sessions()[id] || null;
}

/** Remember a session's tokens (from the `session` message); later calls merge. */
export function rememberSession(id, fields) {
  const all = sessions();
  all[id] = { ...(all[id] || {}), ...fields, id };
  write(localStorage, SESSIONS, all);
  if (fields.owner_token) setOwnerToken(fields.owner_token);
  return all[id];
}

export function forgetSession(id) {
  const all = sessions();
  delete all[id];
  write(localStorage, SESSIONS, all);
  write(localStorage, DRAFT + id, null);
}

export const ownerToken = () => read(localStorage, OWNER, null);
export const setOwnerToken = (token) => write(localStorage, OWNER, token);

export const adminToken = () => read(sessionStorage, ADMIN, null);
export const setAdminToken = (token) => write(sessionStorage, ADMIN, token || null);

/** A draft answer and the section it was written in ({text, section}; older drafts were plain text). */
export function draft(id) {
  const saved = read(localStorage, DRAFT + id, "");
  return typeof saved === "string" ? { text: saved, section: null } : { text: saved.text || "", section: saved.section ?? null };
}
export const setDraft = (id, text, section = null) => write(localStorage, DRAFT + id, text ? { text, section } : null);

/** The token that reads a session: the replay token in the link, else what this browser holds. */
export function readToken(id, linkToken) {
  const held = session(id);
  return linkToken || held?.token || held?.replay_token || ownerToken();
}
