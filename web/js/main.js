// The JavaScript half of the site, bundled by esbuild into site.js (the only script the page
// loads; web/src/js.rs binds to it). It exposes `window.AwaitLab`, which the Rust app calls, then
// starts the app (app.js):
// - editors: each a handle that shows its text at once and becomes a CodeMirror editor when
//   codemirror.js (web/js/codemirror.js, the largest download) has loaded, on first use;
// - the grader client: one Web Worker running the grader's WASM; Stop terminates
//   it and starts a fresh one, so runaway code never freezes the page;
// - share links, downloads, the clipboard, the service worker's update prompt.

// ---- editors ----

let codeMirror = null;

/** codemirror.js, imported once, on the first editor. */
function loadCodeMirror() {
  codeMirror ??= import(new URL("codemirror.js", document.baseURI).href);
  return codeMirror;
}

/** Create an editor in `parent`. `onChange(text)` after each edit, `onCheck()` on Ctrl/Cmd-Enter,
 * `onCursor(line)` when the cursor moves to another line. Until CodeMirror has loaded, the text
 * shows read-only in its place, and calls that need the editor wait for it. */
function createEditor(parent, doc, label, onChange, onCheck, onCursor) {
  const placeholder = document.createElement("pre");
  placeholder.className = "editor-loading";
  placeholder.setAttribute("aria-busy", "true");
  placeholder.setAttribute("aria-label", `${label} (the editor is loading)`);
  placeholder.textContent = doc;
  parent.appendChild(placeholder);
  const editor = { cm: null, view: null, doc, placeholder, waiting: [], destroyed: false };
  loadCodeMirror().then(
    (cm) => {
      if (editor.destroyed) return;
      placeholder.remove();
      editor.cm = cm;
      editor.view = cm.createView(parent, editor.doc, label, onChange, onCheck, onCursor);
      for (const call of editor.waiting.splice(0)) call();
    },
    (error) => {
      // The learner's text stays visible (and is still saved): only the editing is missing.
      placeholder.classList.add("failed");
      placeholder.removeAttribute("aria-busy");
      placeholder.textContent = `The editor could not load (${error.message}): reload the page to try again.\n\n${editor.doc}`;
    },
  );
  return editor;
}

/** Run `call(cm, view)` now if the editor is ready, else once it is. */
function whenReady(editor, call) {
  if (editor.view) call(editor.cm, editor.view);
  else editor.waiting.push(() => call(editor.cm, editor.view));
}

function getDoc(editor) { return editor.view ? editor.cm.getDoc(editor.view) : editor.doc; }

function setDoc(editor, text) {
  if (editor.view) {
    editor.cm.setDoc(editor.view, text);
  } else {
    editor.doc = text;
    editor.placeholder.textContent = text;
  }
}

function destroy(editor) {
  editor.destroyed = true;
  if (editor.view) editor.cm.destroy(editor.view);
  else editor.placeholder.remove();
}

/** Show the grader's diagnostics inline (`json`: a JSON array of grader `Diagnostic`s). */
function showDiagnostics(editor, json) { whenReady(editor, (cm, view) => cm.showDiagnostics(view, json)); }

/** Move the cursor to `line`:`column`, scroll it into view and focus the editor. */
function moveCursor(editor, line, column) { whenReady(editor, (cm, view) => cm.moveCursor(view, line, column)); }

/** Move the cursor to the start of `line`, scroll it into view and mark the line. */
function highlightLine(editor, line) { whenReady(editor, (cm, view) => cm.highlightLine(view, line)); }

function focus(editor) { whenReady(editor, (cm, view) => cm.focus(view)); }

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

/** The text of `path` on this site (a lesson's or an exercise's JSON); rejects with the reason. */
async function fetchText(path) {
  let response;
  try {
    response = await fetch(new URL(path, document.baseURI));
  } catch {
    throw new Error("the site cannot be reached (are you offline?)");
  }
  if (!response.ok) throw new Error(`the site answered ${response.status} ${response.statusText}`.trim());
  return response.text();
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
  progress, timing, download, encodeShare, decodeShare, copyText, fetchText,
};

// The app last: it calls window.AwaitLab as soon as it starts. (A runtime URL, so esbuild leaves
// the import to the browser: app.js is wasm-bindgen's output, loaded as it is.)
import(new URL("app.js", document.baseURI).href)
  .then(({ default: init }) => init({ module_or_path: new URL("app_bg.wasm", document.baseURI) }))
  .catch((error) => {
    document.body.textContent = `Await Lab could not start: ${error.message}`;
  });
