// The JavaScript half of the site, bundled by esbuild into dist/editor.js.
// It exposes `window.AwaitLab`, which the Rust app calls (web/src/js.rs):
// - the CodeMirror 6 editor (Rust highlighting, brackets, indentation, undo, lint),
// - the grader client: one Web Worker running the grader's WASM; Stop terminates
//   it and starts a fresh one, so runaway code never freezes the page.
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
function createEditor(parent, doc, label, onChange, onCheck, onCursor) {
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

function getDoc(view) { return view.state.doc.toString(); }

function setDoc(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

function destroy(view) { view.destroy(); }

/** Offset of 1-based `line` and `column` (in chars), clamped to the document. */
function offset(doc, line, column) {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
}

/** Show the grader's diagnostics inline. `json` is a JSON array of grader `Diagnostic`s. */
function showDiagnostics(view, json) {
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
function moveCursor(view, line, column) {
  const pos = offset(view.state.doc, line, column);
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}

function focus(view) { view.focus(); }

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
function highlightLine(view, line) {
  const from = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines)).from;
  view.dispatch({ selection: { anchor: from }, scrollIntoView: true, effects: flashLine.of(from) });
}

// ---- share links: the code deflated (raw DEFLATE, the browser's CompressionStream) and base64url-encoded ----

async function pipe(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

/** `text` -> base64url of its raw DEFLATE (no padding). */
async function encodeShare(text) {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw"));
  let bin = "";
  for (const b of packed) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The inverse of `encodeShare`; rejects with a readable message on a damaged link. */
async function decodeShare(encoded) {
  let bin;
  try {
    bin = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    throw new Error("it is not base64url (was it cut or changed?)");
  }
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await pipe(bytes, new DecompressionStream("deflate-raw")));
  } catch {
    throw new Error("its data is incomplete or damaged (was the link cut?)");
  }
}

function copyText(text) {
  navigator.clipboard?.writeText(text).catch(() => {});
}

/** Save `text` as a file called `name`. */
function download(name, mime, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- the grader client ----

let worker = null;
let nextId = 1;
const pending = new Map();

function startWorker() {
  const url = new URL("worker.js", document.baseURI);
  worker = new Worker(url, { type: "module" });
  worker.onmessage = (event) => {
    const { id, json, error, progress, graderMs } = event.data;
    const entry = pending.get(id);
    if (!entry) return;
    if (progress) {
      lastProgress = progress;
      return;
    }
    pending.delete(id);
    if (error) {
      // The grader's WASM trapped: its memory cannot be trusted any more, so start afresh.
      entry.reject(new Error(error));
      restart();
    } else {
      lastTiming = { roundTripMs: performance.now() - entry.sent, graderMs, bytes: json.length };
      entry.resolve(json);
    }
  };
  worker.onerror = (event) => {
    const message = event.message || "the grader failed to start";
    for (const entry of pending.values()) entry.reject(new Error(message));
    pending.clear();
  };
}

/** Start the worker unless it runs already (pages that run code call this when they open). */
function warmUp() {
  if (!worker) startWorker();
}

/** How long the last answered request took: its round trip to the worker and the grader's own part. */
let lastTiming = null;
function timing() { return lastTiming; }

/** The latest progress of the running request ({stdout: its end, ms: virtual time}), or null. */
let lastProgress = null;
function progress() { return lastProgress; }

function request(message) {
  warmUp();
  lastProgress = null;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, sent: performance.now() });
    worker.postMessage({ id, ...message });
  });
}

/** Grade `source` against `checks` (Expectations JSON); resolves to `Graded` JSON. */
function grade(source, checks) { return request({ kind: "grade", source, checks }); }

/** Run `source` with the lints; resolves to `Report` JSON. */
function run(source) { return request({ kind: "run", source }); }

/** End whatever the grader is doing at once, and start a fresh worker for the next request. */
function stop() {
  for (const entry of pending.values()) entry.reject(new Error("stopped"));
  pending.clear();
  restart();
}

function restart() {
  if (worker) worker.terminate();
  startWorker();
}

// ---- offline: the service worker (web/js/sw.js), and the prompt when a new deploy is waiting ----

// Set when the learner pressed Reload: only then does a new worker taking over reload the page
// (the first visit's worker also takes over, by `clients.claim()`, and must not reload anything).
let updateRequested = false;

function offerReload(worker) {
  if (document.querySelector(".update-banner")) return;
  const bar = document.createElement("div");
  bar.className = "update-banner";
  bar.setAttribute("role", "status");
  bar.innerHTML = '<span>A new version of Await Lab is available.</span> <button type="button">Reload</button>';
  bar.querySelector("button").addEventListener("click", () => {
    updateRequested = true;
    worker.postMessage({ type: "skip-waiting" });
  });
  document.body.appendChild(bar);
}

if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
  window.addEventListener("load", async () => {
    try {
      const reg = await navigator.serviceWorker.register(new URL("sw.js", document.baseURI));
      let reloading = false;
      navigator.serviceWorker.addEventListener("controllerchange", () => {
        if (updateRequested && !reloading) { reloading = true; location.reload(); }
      });
      const watch = (worker) => worker.addEventListener("statechange", () => {
        if (worker.state === "installed" && navigator.serviceWorker.controller) offerReload(worker);
      });
      if (reg.waiting && navigator.serviceWorker.controller) offerReload(reg.waiting);
      if (reg.installing) watch(reg.installing);
      reg.addEventListener("updatefound", () => watch(reg.installing));
    } catch (error) {
      console.warn("offline mode unavailable:", error);
    }
  });
}

window.AwaitLab = {
  createEditor, getDoc, setDoc, destroy, showDiagnostics, moveCursor, highlightLine, focus, grade, run, stop, warmUp,
  progress, timing, download, encodeShare, decodeShare, copyText,
};
