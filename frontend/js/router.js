// Client-side routes over the History API: every page has its own deep-linkable URL, and the
// server answers every non-API path with index.html.

const routes = [];
let current = null;        // {cleanup}
let renderToken = 0;

/** route("/replay/:id", () => import("./pages/replay.js"), "replay") */
export function route(pattern, load, nav) {
  const names = [];
  const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, name) => { names.push(name); return "([^/]+)"; })}/?$`);
  routes.push({ regex, names, load, nav });
}

export function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  render();
}

/** Change the URL without re-rendering (a replay moving, a new session getting its id). */
export function setUrl(url) {
  history.replaceState(null, "", url);
}

function match(path) {
  for (const r of routes) {
    const m = path.match(r.regex);
    if (m) return { route: r, params: Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  return null;
}

export async function render() {
  const token = ++renderToken;
  const main = document.getElementById("main");
  if (current?.cleanup) {
    try { current.cleanup(); } catch (error) { console.warn(error); }
  }
  current = null;
  const found = match(location.pathname) || { route: routes.find((r) => r.nav === "notfound"), params: {} };
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === found.route.nav) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  const page = await found.route.load();
  if (token !== renderToken) return;
  main.replaceChildren();
  main.className = "";
  document.body.dataset.page = found.route.nav;
  const query = new URLSearchParams(location.search);
  const cleanup = page.mount(main, { params: found.params, query, navigate });
  current = { cleanup };
}

/** Same-origin links navigate in place; new tabs, downloads and modified clicks do not. */
export function interceptLinks() {
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target.closest("a[href]");
    if (!link || link.target || link.hasAttribute("download")) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith("/api/") || url.pathname.startsWith("/static/")) return;
    event.preventDefault();
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener("popstate", () => render());
}

/** After a page renders: its title, and focus on its heading for keyboard and screen-reader users. */
export function pageReady(title, { focus = true } = {}) {
  document.title = title ? `${title} · hotseat` : "hotseat";
  if (!focus) return;
  const heading = document.querySelector("#main h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
}
