// The browser app: routes to pages, each page one module (loaded when first visited).

import { route, render, interceptLinks } from "./router.js";

route("/", () => import("./pages/start.js"), "start");
route("/interview/:id", () => import("./pages/room.js"), "room");
route("/scorecard/:id", () => import("./pages/scorecard.js"), "scorecard");
route("/replay/:id", () => import("./pages/replay.js"), "replay");
route("/history", () => import("./pages/history.js"), "history");
route("/rubric", () => import("./pages/rubric.js"), "rubric");
route("/rubric/:role", () => import("./pages/rubric.js"), "rubric");
route("/.+", () => import("./pages/notfound.js"), "notfound");

interceptLinks();
render();
