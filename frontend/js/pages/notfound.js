import { h } from "../dom.js";
import { pageReady } from "../router.js";

export function mount(root) {
  root.append(h("div", { class: "page narrow" },
    h("h1", {}, "Nothing here"),
    h("p", {}, "This address does not lead to a page of hotseat."),
    h("p", {}, h("a", { class: "btn btn-primary", href: "/" }, "Start an interview"), " ",
      h("a", { class: "btn", href: "/history" }, "Your past interviews"))));
  pageReady("Not found");
}
