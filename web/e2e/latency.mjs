// The check-latency benchmark (`cargo xtask bench --browser`): in Chromium, on the
// built site, press Check on every exercise's starter and solution and measure
// click → results shown, split into the grader itself (timed inside the worker),
// the worker round trip around it (messages, structured clone) and the page
// (JSON parse, rendering, the editor's lint marks). Prints figures; asserts nothing.
import path from "node:path";
import { serve } from "./server.mjs";
import { launch, loadCourse, Site } from "./site.mjs";

const SITE = process.env.AWAIT_LAB_SITE;
const ROUNDS = Number(process.env.AWAIT_LAB_ROUNDS || 3);
const course = loadCourse();

const server = await serve(path.resolve(SITE), ["/"]);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const site = new Site(page, server.origin);
const samples = [];
try {
  for (const ex of course.exercises) {
    await site.open("/", `#/exercise/${ex.id}`);
    await page.locator(".cm-content").waitFor();
    const variants = [["starter", ex.starter], ["solution", ex.solution]];
    for (const [which, code] of variants) {
      await site.setCode(code);
      if (ex.kind === "predict") {
        const lines = ex.checks.stdout.split("\n").filter((l) => l && l !== "prediction correct");
        await page.locator("label.prediction textarea").fill(which === "solution" ? lines.join("\n") : "?");
      }
      for (let round = 0; round < ROUNDS; round++) {
        const total = await page.evaluate(() => new Promise((resolve) => {
          const started = performance.now();
          document.querySelector("button.check").click();
          const done = () => {
            const s = document.querySelector(".results .status");
            if (s && !s.classList.contains("running") && document.querySelector("button.check").getAttribute("aria-disabled") !== "true") {
              // The results are in the DOM; wait for the frame that paints them.
              requestAnimationFrame(() => resolve(performance.now() - started));
            } else {
              requestAnimationFrame(done);
            }
          };
          requestAnimationFrame(done);
        }));
        const t = await page.evaluate(() => window.AwaitLab.timing());
        if (round > 0 || ROUNDS === 1) samples.push({ ex: ex.id, which, total, grader: t.graderMs, roundTrip: t.roundTripMs, bytes: t.bytes });
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const row = (name, xs, unit = "ms") => `${name.padEnd(30)} median ${pct(xs, 0.5).toFixed(1).padStart(7)} ${unit}   p95 ${pct(xs, 0.95).toFixed(1).padStart(7)} ${unit}   max ${Math.max(...xs).toFixed(1).padStart(7)} ${unit}`;
console.log(`check latency over ${samples.length} checks (${course.exercises.length} exercises × starter and solution × ${Math.max(1, ROUNDS - 1)} warm rounds)`);
console.log(row("click → results painted", samples.map((s) => s.total)));
console.log(row("  the grader (in the worker)", samples.map((s) => s.grader)));
console.log(row("  worker round trip overhead", samples.map((s) => s.roundTrip - s.grader)));
console.log(row("  page: parse, render, lints", samples.map((s) => s.total - s.roundTrip)));
console.log(row("answer size", samples.map((s) => s.bytes / 1024), "KB"));
const slow = [...samples].sort((a, b) => b.total - a.total).slice(0, 5);
console.log("slowest: " + slow.map((s) => `${s.ex} ${s.which} ${s.total.toFixed(0)} ms (grader ${s.grader.toFixed(0)})`).join("; "));
