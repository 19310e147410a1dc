// The code editor: CodeMirror 6 from the vendored bundle, Python, 4-space indentation.
// Ctrl/Cmd+Enter runs the examples, Ctrl/Cmd+Shift+Enter submits; Escape then Tab leaves the editor.

import {
  EditorState, EditorView, Compartment, Prec, keymap, lineNumbers, highlightActiveLine,
  highlightActiveLineGutter, drawSelection, placeholder, defaultKeymap, history, historyKeymap,
  indentWithTab, indentOnInput, bracketMatching, syntaxHighlighting, HighlightStyle, indentUnit,
  closeBrackets, closeBracketsKeymap, python, tags as t,
} from "../../vendor/codemirror.js";

// CodeMirror styles itself with a <style> element; the page's policy lets it in only with this
// response's nonce (server/headers.py), which the page carries in <meta name="csp-nonce">.
const styleNonce = document.querySelector('meta[name="csp-nonce"]')?.nonce || "";

const calm = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: "#7a3e9d" },
  { tag: [t.string, t.special(t.string)], color: "#2b6a3f" },
  { tag: [t.number, t.bool, t.null], color: "#a35a00" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "#7b828c", fontStyle: "italic" },
  { tag: [t.function(t.definition(t.variableName)), t.definition(t.className)], color: "#1f5c99", fontWeight: "600" },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: "#1f5c99" },
  { tag: [t.self, t.atom], color: "#a35a00" },
  { tag: t.meta, color: "#6a5d9a" },
  { tag: t.invalid, color: "#b3261e" },
]);

export function createEditor(parent, { doc = "", readOnly = false, label = "Code", onChange, onRun, onSubmit } = {}) {
  const editable = new Compartment();
  let muted = false;   // set() from outside is not an edit
  const shortcuts = [];
  if (onRun) shortcuts.push({ key: "Mod-Enter", run: () => { onRun(); return true; } });
  if (onSubmit) shortcuts.push({ key: "Shift-Mod-Enter", run: () => { onSubmit(); return true; } });

  const extensions = [
    lineNumbers(),
    highlightActiveLineGutter(),
    drawSelection(),
    history(),
    indentOnInput(),
    indentUnit.of("    "),
    EditorState.tabSize.of(4),
    bracketMatching(),
    closeBrackets(),
    syntaxHighlighting(calm),
    python(),
    highlightActiveLine(),
    Prec.highest(keymap.of(shortcuts)),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
    EditorView.contentAttributes.of({ "aria-label": label }),
    EditorView.cspNonce.of(styleNonce),
    editable.of([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]),
    placeholder("# your code"),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && onChange && !muted) onChange(update.state.doc.toString());
    }),
  ];

  const view = new EditorView({ parent, state: EditorState.create({ doc, extensions }) });

  return {
    view,
    get value() { return view.state.doc.toString(); },
    /** Replace the whole text (a replay moving, a resumed session); keeps the cursor in range. */
    set(text) {
      if (text === view.state.doc.toString()) return;
      const head = Math.min(view.state.selection.main.head, text.length);
      muted = true;
      try {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: head } });
      } finally {
        muted = false;
      }
    },
    setReadOnly(flag) {
      view.dispatch({ effects: editable.reconfigure([EditorState.readOnly.of(flag), EditorView.editable.of(!flag)]) });
    },
    focus() { view.focus(); },
    destroy() { view.destroy(); },
  };
}
