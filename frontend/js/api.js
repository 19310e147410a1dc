// HTTP calls to the server's API (docs/protocol.md, "HTTP").

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

function detail(body, status) {
  if (body && typeof body.detail === "string") return body.detail;
  if (body && Array.isArray(body.errors)) return `${body.errors.length} problem(s) in the file`;
  return `the server answered ${status}`;
}

/** JSON in, JSON out; a non-2xx answer throws ApiError with the server's message. */
export async function api(path, { token, method = "GET", body, contentType } = {}) {
  const headers = { Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = contentType || "application/json";
  let response;
  try {
    response = await fetch(path, {
      method, headers, body: body === undefined || typeof body === "string" ? body : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, "the server cannot be reached; is it running?", null);
  }
  const text = await response.text();
  let parsed = null;
  try { parsed = text ? JSON.parse(text) : null; } catch { parsed = text; }
  if (!response.ok) throw new ApiError(response.status, detail(parsed, response.status), parsed);
  return parsed;
}

/** Fetch a file with the token in the Authorization header and hand it to the browser as a download.
 * Never a link with the token in its URL: URLs end up in history, logs and Referer headers. */
export async function download(path, { token, filename }) {
  let response;
  try {
    response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(0, "the server cannot be reached; is it running?", null);
  }
  if (!response.ok) {
    let body = null;
    try { body = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, detail(body, response.status), body);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const cache = new Map();
/** GET once per page load (roles, exercises, health do not change under a candidate). */
export function cached(path) {
  if (!cache.has(path)) {
    cache.set(path, api(path).catch((error) => { cache.delete(path); throw error; }));
  }
  return cache.get(path);
}

export function forget(path) {
  cache.delete(path);
}

export const getHealth = () => api("/api/health");
export const getRoles = () => cached("/api/roles");
export const getRole = (id) => api(`/api/roles/${encodeURIComponent(id)}`);
export const getExercise = (id) => cached(`/api/exercises/${encodeURIComponent(id)}`);
export const getReplay = (id, token) => api(`/api/sessions/${encodeURIComponent(id)}/replay`, { token });
export const listSessions = (owner) => api("/api/sessions", { token: owner });
export const search = (owner, q) => api(`/api/search?q=${encodeURIComponent(q)}`, { token: owner });
export const deleteSession = (id, token) => api(`/api/sessions/${encodeURIComponent(id)}`, { token, method: "DELETE" });
export const putRole = (id, yaml, admin) =>
  api(`/api/roles/${encodeURIComponent(id)}`, { token: admin, method: "PUT", body: yaml, contentType: "application/yaml" });
export const previewRegrade = (id, token) => api(`/api/sessions/${encodeURIComponent(id)}/regrade`, { token });
export const newShareLink = (id, token) => api(`/api/sessions/${encodeURIComponent(id)}/share`, { token, method: "POST" });
export const exportMarkdown = (id, token) =>
  download(`/api/sessions/${encodeURIComponent(id)}/export.md`, { token, filename: `hotseat-${id}.md` });
export const keepRegrade = (id, token) => api(`/api/sessions/${encodeURIComponent(id)}/regrade`, { token, method: "POST" });
