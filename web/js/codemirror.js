// The CodeMirror 6 editor (Rust highlighting, brackets, indentation, undo, lint), bundled by
// esbuild into codemirror.js and loaded by site.js (web/js/main.js) only when a page shows an
// editor: the course map and the lessons never download it.
import { EditorState, StateEffect, StateField } from "@codemirror/state";
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection, Decoration,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import {
  bracketMatching, indentOnInput, syntaxHighlighting, defaultHighlightStyle, HighlightStyle,
} from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { rust } from "@codemirror/lang-rust";
import { setDiagnostics, lintGutter, lintKeymap } from "@codemirror/lint";
import { tags } from "@lezer/highlight";

// Colours that read on both themes (the page sets --hl-* per colour scheme).
const highlightStyle = HighlightStyle.define([
  { tag: tags.keyword, color: "var(--hl-keyword)" },
  { tag: [tags.string, tags.character], color: "var(--hl-string)" },
  { tag: tags.comment, color: "var(--hl-comment)", fontStyle: "italic" },
  { tag: [tags.number, tags.bool], color: "var(--hl-number)" },
  { tag: [tags.typeName, tags.className], color: "var(--hl-type)" },
  { tag: tags.macroName, color: "var(--hl-macro)" },
  { tag: tags.function(tags.variableName), color: "var(--hl-function)" },
]);

/** Create an editor in `parent`. `onChange(text)` after each edit, `onCheck()` on Ctrl/Cmd-Enter,
 * `onCursor(line)` when the cursor moves to another line (the timeline highlights that line's marks). */
export function createView(parent, doc, label, onChange, onCheck, onCursor) {
  let cursorLine = 0;
  const checkKey = { key: "Mod-Enter", run: () => { onCheck(); return true; }, preventDefault: true };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(), highlightActiveLineGutter(), history(), drawSelection(), indentOnInput(),
        bracketMatching(), closeBrackets(), highlightActiveLine(), lintGutter(),
        syntaxHighlighting(highlightStyle), syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        rust(), EditorState.tabSize.of(4),
        keymap.of([checkKey, ...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
        EditorView.contentAttributes.of({ "aria-label": label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
          if (onCursor && (update.selectionSet || update.docChanged)) {
            const line = update.state.doc.lineAt(update.state.selection.main.head).number;
            if (line !== cursorLine) { cursorLine = line; onCursor(line); }
          }
        }),
        flashField,
      ],
    }),
  });
  return view;
}

export function getDoc(view) { return view.state.doc.toString(); }

export function setDoc(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

export function destroy(view) { view.destroy(); }

/** Offset of 1-based `line` and `column` (in chars), clamped to the document. */
function offset(doc, line, column) {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
}

/** Show the grader's diagnostics inline. `json` is a JSON array of grader `Diagnostic`s. */
export function showDiagnostics(view, json) {
  const doc = view.state.doc;
  const diagnostics = JSON.parse(json).map((d) => {
    const from = offset(doc, d.line, d.column);
    let to = d.end_line ? offset(doc, d.end_line, d.end_column || 1) : doc.lineAt(from).to;
    if (to <= from) to = Math.min(from + 1, doc.length);
    const severity = d.severity === "note" ? "info" : d.severity;
    const message = d.help ? `${d.message}\nhelp: ${d.help}` : d.message;
    return { from, to, severity, message, source: d.code };
  });
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

/** Move the cursor to `line`:`column`, scroll it into view and focus the editor. */
export function moveCursor(view, line, column) {
  const pos = offset(view.state.doc, line, column);
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}

export function focus(view) { view.focus(); }

// A line flashed after a timeline mark was chosen: a line decoration that stays until the next edit.
const flashLine = StateEffect.define();
const flashMark = Decoration.line({ class: "cm-flash-line" });
const flashField = StateField.define({
  create() { return Decoration.none; },
  update(deco, tr) {
    for (const e of tr.effects) if (e.is(flashLine)) return e.value ? Decoration.set([flashMark.range(e.value)]) : Decoration.none;
    return tr.docChanged ? Decoration.none : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Move the cursor to the start of `line`, scroll it into view and mark the line. */
export function highlightLine(view, line) {
  const from = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines)).from;
  view.dispatch({ selection: { anchor: from }, scrollIntoView: true, effects: flashLine.of(from) });
}
