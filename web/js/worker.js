// The site's Web Worker: loads the grader (WASM, built from web/worker) and
// answers one request at a time. The page terminates this worker to stop a run.
import init, { grade, run } from "./grader.js";

const ready = init({ module_or_path: new URL("grader_bg.wasm", import.meta.url) });

self.onmessage = async (event) => {
  const { id, kind, source, checks } = event.data;
  try {
    await ready;
    // While a run is long, the page shows its output so far and its virtual clock.
    const progress = (stdout, ms) => self.postMessage({ id, progress: { stdout, ms } });
    const started = performance.now();
    const json = kind === "grade" ? grade(source, checks, progress) : run(source, progress);
    // How long the grader itself took (the check-latency benchmark splits the time with it).
    self.postMessage({ id, json, graderMs: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message || error) });
  }
};
