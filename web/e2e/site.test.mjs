// Browser tests of the built site (`cargo xtask test` builds it and runs
// `node --test e2e/site.test.mjs`). They drive Debian's Chromium with
// playwright-core against the site served on localhost, at `/` and under `/course/`.
//
// Tests that need the grader to run a program first ask whether it can: when
// the grader answers `unsupported`, the test is reported as skipped with the
// grader's own message (never as passed).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve } from "./server.mjs";
import { launch, loadCourse, withSite } from "./site.mjs";

const SITE = process.env.AWAIT_LAB_SITE;
const course = loadCourse();
const firstLesson = course.lessons[0];
// The first exercise that is checked by running the code (predict exercises take a prediction first).
const exercise = course.exercises.find((e) => firstLesson.exercises.includes(e.id) && e.kind !== "predict");
// What the grader cannot run yet, as `cargo xtask check-content` keeps it (exactly).
const gaps = new Set(
  fs.readFileSync(path.join(import.meta.dirname, "../../exercises/known-grader-gaps.txt"), "utf8")
    .split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")),
);
function gapsAbout(id) { return [...gaps].some((g) => g.startsWith(`exercise ${id} solution`) || g.startsWith(`exercise ${id} starter`)); }
const predict = course.exercises.find((e) => e.kind === "predict" && !gapsAbout(e.id));
// The first exercise whose solution and starter the grader runs, if any.
const gradable = course.exercises.find((e) => e.kind !== "predict" && !gaps.has(`exercise ${e.id} solution`) && !gaps.has(`exercise ${e.id} starter`));
// The first runnable lesson block the grader runs: [lesson, block index (0-based)].
const runnableBlock = (() => {
  for (const lesson of course.lessons) {
    const n = (lesson.markdown.match(/^```+rust[^\n]*\brun\b/gm) || []).length;
    for (let i = 0; i < n; i++) if (!gaps.has(`lesson ${lesson.id} block ${i + 1}`)) return [lesson, i];
  }
  return null;
})();
const NO_GRADABLE = "skipped: the grader cannot run any exercise yet (every one is listed in exercises/known-grader-gaps.txt)";
// Runaway code needs no runtime: a plain endless loop.
const ENDLESS = `fn main() {
    let mut n: u64 = 0;
    loop {
        n = n.wrapping_add(1);
    }
}
`;

// A program that runs until the browser's step budget ends it: long enough (over a
// second even natively) for the Stop tests to press Stop while it runs. A plain
// `loop {}` ends within half a second at tens of millions of steps per second.
const SPINNING = `#[tokio::main]
async fn main() {
    let mut i: u64 = 0;
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        if i % 1000 == 0 {
            println!("tick {i}");
        }
        i += 1;
    }
}
`;

let server;
let browser;

before(async () => {
  assert.ok(SITE && fs.existsSync(path.join(SITE, "index.html")), "AWAIT_LAB_SITE must point at a built site");
  server = await serve(path.resolve(SITE), ["/", "/course/"]);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

const run = (name, body) => withSite(browser, server.origin, name, body);

test("the course map lists the lessons in order, with their exercises", () =>
  run("map", async (site) => {
    const requested = [];
    site.page.on("request", (req) => requested.push(new URL(req.url()).pathname));
    await site.open();
    await assert.doesNotReject(site.heading().waitFor());
    assert.deepEqual(await site.lessonLinks().allInnerTexts(), course.lessons.map((l) => l.title));
    for (const lesson of course.lessons) {
      for (const id of lesson.exercises) {
        assert.equal(await site.exerciseMark(id).innerText(), "○", `exercise ${id} starts unmarked`);
      }
    }
    // The map needs no grader: its worker loads when a lesson or an exercise opens.
    assert.ok(!requested.includes("/grader_bg.wasm"), `the map downloaded the grader: ${requested}`);
    const graderLoads = site.page.waitForRequest((req) => req.url().endsWith("/grader_bg.wasm"));
    await site.lessonLinks().first().click();
    await graderLoads;
  }));

test("a lesson opens from the map, with highlighted code and Run buttons", () =>
  run("lesson", async (site) => {
    await site.open();
    await site.lessonLinks().first().click();
    await site.page.waitForURL(`**#/lesson/${firstLesson.id}`);
    await site.expectHeading(firstLesson.title);
    const runnable = (firstLesson.markdown.match(/^```+rust[^\n]*\brun\b/gm) || []).length;
    assert.ok(runnable > 0, "the first lesson has runnable blocks");
    assert.equal(await site.page.locator(".code-block button.run").count(), runnable);
    assert.ok(await site.page.locator(".code-block .hl-keyword").count() > 0, "code is highlighted");
    assert.equal(await site.page.locator(".lesson-exercises li").count(), firstLesson.exercises.length);
  }));

test("Run on a lesson's code block prints what real rustc + tokio print", (t) => {
  if (!runnableBlock) return t.skip("skipped: the grader cannot run any lesson block yet (all are in exercises/known-grader-gaps.txt)");
  const [lesson, idx] = runnableBlock;
  return run("lesson-run", async (site) => {
    const expected = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../lessons", `${lesson.id}.expected.json`), "utf8"));
    await site.open("/", `#/lesson/${lesson.id}`);
    const block = site.page.locator(".code-block").filter({ has: site.page.locator("button.run") }).nth(idx);
    await block.locator("button.run").click();
    await block.locator("pre.stdout").waitFor({ timeout: 60_000 });
    assert.equal(await block.locator("pre.stdout").textContent(), expected.examples[idx].stdout);
  });
});

test("a wrong answer shows failed checks and a diagnostic in the editor; its line link moves the cursor", () =>
  run("wrong-answer", async (site) => {
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.page.locator(".cm-content").waitFor();
    // The starter is not a solution: checking it (with the keyboard shortcut) fails.
    await site.page.locator(".cm-content").click();
    await site.page.keyboard.press("ControlOrMeta+Enter");
    assert.match(await site.settled(), /Not yet/);
    assert.ok(await site.failedChecks().count() > 0, "at least one check failed");
    await assert.doesNotReject(site.page.locator(".results .check.failed .expected-actual").first().waitFor());
    // A program with a mistake on line 3 gets a diagnostic, in the panel and in the editor.
    await site.setCode("#[tokio::main]\nasync fn main() {\n    let x = ;\n}\n");
    await site.checkButton().click();
    assert.match(await site.settled(), /Not run/);
    assert.ok(await site.diagnostics().count() > 0, "the results list a diagnostic");
    await assert.doesNotReject(site.editorLintMarks().first().waitFor());
    const goto = site.diagnostics().first().locator("button.goto");
    const line = Number((await goto.innerText()).match(/line (\d+)/)[1]);
    await goto.click();
    const active = await site.page.locator(".cm-lineNumbers .cm-activeLineGutter").innerText();
    assert.equal(Number(active), line, "the cursor moved to the diagnostic's line");
  }));

test("a diagnostic's code links to the mistake's documentation page", () =>
  run("mistake-docs", async (site) => {
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.page.locator(".cm-content").waitFor();
    await site.setCode("#[tokio::main]\nasync fn main() {\n    std::thread::sleep(std::time::Duration::from_millis(10));\n    println!(\"done\");\n}\n");
    await site.checkButton().click();
    await site.settled();
    const link = site.diagnostics().locator("a.code", { hasText: "thread_sleep_in_async" }).first();
    await link.click();
    await site.page.locator(".mistake h1", { hasText: "thread_sleep_in_async" }).waitFor();
    await site.page.locator(".mistake h3", { hasText: "What it does" }).waitFor();
    assert.match(await site.page.title(), /thread_sleep_in_async/);
  }));

test("the right answer passes, and the pass survives a reload", (t) => {
  if (!gradable) return t.skip(NO_GRADABLE);
  return run("right-answer", async (site) => {
    await site.open("/", `#/exercise/${gradable.id}`);
    await site.setCode(gradable.solution);
    await site.checkButton().click();
    assert.match(await site.settled(), /Passed/, `the solution of ${gradable.id} passes`);
    assert.equal(await site.failedChecks().count(), 0);
    await site.page.reload();
    await site.page.locator(".passed-badge.shown").waitFor();
    await site.open("/", "#/");
    assert.equal(await site.exerciseMark(gradable.id).innerText(), "✓");
  });
});

test("a reload keeps the learner's code, revealed hints and read lessons", () =>
  run("reload", async (site) => {
    await site.open("/", `#/lesson/${firstLesson.id}`);
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.page.locator(".cm-content").click();
    await site.page.keyboard.press("ControlOrMeta+End");
    await site.page.keyboard.type("\n// my note, kept across reloads");
    if (exercise.hints.length) await site.page.getByRole("button", { name: /Show hint 1/ }).click();
    await site.page.reload();
    await site.page.locator(".cm-content").waitFor();
    assert.match(await site.code(), /\/\/ my note, kept across reloads/);
    if (exercise.hints.length) assert.equal(await site.page.locator(".hint").count(), 1);
    // Reset brings the starter back, and that is saved too.
    await site.page.locator("button.reset").click();
    await site.page.reload();
    await site.page.locator(".cm-content").waitFor();
    assert.doesNotMatch(await site.code(), /kept across reloads/);
    await site.open("/", "#/");
    assert.equal(await site.page.locator(`.map-lesson[data-lesson="${firstLesson.id}"] .read-mark`).innerText(), "read");
  }));

test("Stop ends an endless program at once and the page stays responsive", (t) =>
  run("stop", async (site) => {
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.setCode(SPINNING);
    await site.checkButton().click();
    await site.page.waitForTimeout(500);
    const status = await site.status().innerText();
    if (!/Running/.test(status)) {
      const refused = await site.unsupported();
      if (refused) return t.skip(`grader cannot run an endless loop yet: ${refused}`);
      assert.fail(`an endless loop finished within 0.5 s: ${status}`);
    }
    // While the grader spins in its worker, the page answers at once.
    const started = Date.now();
    assert.equal(await site.page.evaluate(() => 1 + 1), 2);
    assert.ok(Date.now() - started < 1000, "the main thread is free while a program runs");
    await site.stopButton().click();
    assert.match(await site.settled(5_000), /Stopped/);
    // The worker was restarted: the next Check works (and passes, when the grader runs this exercise).
    await site.setCode(exercise.solution);
    await site.checkButton().click();
    assert.match(await site.settled(), gradable?.id === exercise.id ? /Passed/ : /Not yet|Passed/);
    await site.page.locator(".breadcrumb a").first().click();
    await site.lessonLinks().first().waitFor();
    // Leaving a page while its program runs stops it: the next page can Check at once.
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.setCode(SPINNING);
    await site.checkButton().click();
    await site.page.waitForTimeout(300);
    await site.page.locator(".breadcrumb a").first().click();
    await site.lessonLinks().first().waitFor();
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.page.waitForFunction(() => document.querySelector("button.check").getAttribute("aria-disabled") !== "true", null, { timeout: 2_000 });
    await site.checkButton().click();
    assert.match(await site.settled(), /Not yet|Passed/);
  }));

test("under a sub-path, a deep link survives a reload and the grader still loads", () =>
  run("subpath", async (site) => {
    await site.open("/course/", `#/lesson/${firstLesson.id}`);
    await site.expectHeading(firstLesson.title);
    await site.page.reload();
    await site.expectHeading(firstLesson.title);
    await site.open("/course/", `#/exercise/${exercise.id}`);
    await site.page.reload();
    await site.expectHeading(exercise.title);
    await site.checkButton().click();
    assert.match(await site.settled(), /Not yet|Passed/);
    await site.page.goto(`${site.origin}/course/#/no/such/page`);
    await site.expectHeading("Not found");
  }));

test("keyboard only: a lesson opens from the map with Tab and Enter", () =>
  run("keyboard", async (site) => {
    await site.open();
    for (let i = 0; i < 10; i++) {
      await site.page.keyboard.press("Tab");
      const focused = await site.page.evaluate(() => document.activeElement.className);
      if (focused.includes("lesson-link")) break;
    }
    await site.page.keyboard.press("Enter");
    await site.page.waitForURL(`**#/lesson/${firstLesson.id}`);
    await site.expectHeading(firstLesson.title);
    // In the editor Tab indents; Escape then Tab leaves it for the Check button.
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.page.locator(".cm-content").click();
    await site.page.keyboard.press("Escape");
    await site.page.keyboard.press("Tab");
    assert.equal(await site.page.evaluate(() => document.activeElement.textContent), "Check");
    await site.page.keyboard.press("Enter");
    assert.match(await site.settled(), /Not yet|Passed/);
  }));

test("hints come one at a time; the solution only after a Check and a confirmation", () =>
  run("hints-solution", async (site) => {
    await site.open("/", `#/exercise/${exercise.id}`);
    for (let n = 1; n <= exercise.hints.length; n++) {
      await site.page.getByRole("button", { name: `Show hint ${n} of ${exercise.hints.length}` }).click();
      assert.equal(await site.page.locator(".hint").count(), n);
    }
    const offer = site.page.getByRole("button", { name: /Show the solution/ });
    assert.equal(await offer.count(), 0, "no solution before trying");
    await site.checkButton().click();
    await site.settled();
    let asked = 0;
    site.page.on("dialog", (dialog) => { asked++; asked === 1 ? dialog.dismiss() : dialog.accept(); });
    await offer.click();
    assert.equal(asked, 1);
    assert.equal(await site.page.locator(".solution pre").count(), 0, "dismissing the confirmation shows nothing");
    await offer.click();
    await site.page.locator(".solution pre").waitFor();
    await site.page.getByRole("button", { name: "Put the solution in the editor" }).click();
    assert.equal((await site.code()).trim(), exercise.solution.trim());
  }));

test("tablet width: the exercise stacks into one column without sideways scrolling", () =>
  run("tablet", async (site) => {
    await site.page.setViewportSize({ width: 768, height: 1024 });
    await site.open("/", `#/exercise/${exercise.id}`);
    const text = await site.page.locator(".exercise-text").boundingBox();
    const work = await site.page.locator(".exercise-work").boundingBox();
    assert.ok(work.y >= text.y + text.height - 1, "the editor comes below the prompt");
    const overflow = await site.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal overflow (${overflow}px)`);
  }));

test("the theme follows the system's light or dark setting", () =>
  run("theme", async (site) => {
    const background = () => site.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await site.page.emulateMedia({ colorScheme: "light" });
    await site.open();
    const light = await background();
    await site.page.emulateMedia({ colorScheme: "dark" });
    const dark = await background();
    assert.notEqual(light, dark);
  }));

test("a panic is marked at its line in the editor, and its location in stderr moves the cursor there", (t) =>
  run("panic", async (site) => {
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.setCode("fn main() {\n    let v: Vec<u32> = Vec::new();\n    println!(\"before\");\n    println!(\"{}\", v[3]);\n}\n");
    await site.checkButton().click();
    assert.match(await site.settled(), /Not yet/);
    const refused = await site.unsupported();
    if (refused) return t.skip(`skipped: grader cannot run this program yet: ${refused}`);
    assert.equal(await site.page.locator(".results pre.stdout").textContent(), "before\n");
    const link = site.page.locator(".results pre.stderr button.goto");
    assert.match(await link.innerText(), /^src\/main\.rs:4:\d+$/);
    await site.page.locator(".cm-content").click();
    await site.page.keyboard.press("ControlOrMeta+Home");
    await link.click();
    assert.equal(Number(await site.page.locator(".cm-lineNumbers .cm-activeLineGutter").innerText()), 4);
    await assert.doesNotReject(site.editorLintMarks().first().waitFor());
  }));

test("code nested deeper than the grader accepts gets a refusal with its line; nesting just under the bound runs", () =>
  run("nesting", async (site) => {
    await site.open("/", `#/exercise/${exercise.id}`);
    // About 185 levels by the grader's count (3 per \`if x > 0 {\`): under its bound (200), so it must run in the worker's WASM.
    const ifs = 61;
    const near = `fn main() {\n    let x = 7;\n    ${"if x > 0 { ".repeat(ifs)}println!("deep {}", x);${" }".repeat(ifs)}\n}\n`;
    await site.setCode(near);
    await site.checkButton().click();
    assert.match(await site.settled(), /Not yet|Passed/);
    assert.equal(await site.unsupported(), null, "nesting under the bound is not refused");
    assert.equal(await site.page.locator(".results pre.stdout").textContent(), "deep 7\n");
    // Thousands of levels: refused with the line, and the worker keeps answering.
    const deep = `fn main() {\n    let x = ${"(".repeat(5000)}1${")".repeat(5000)};\n    println!("{}", x);\n}\n`;
    await site.setCode(deep);
    await site.checkButton().click();
    assert.match(await site.settled(), /Not run/);
    const row = await site.unsupported();
    assert.ok(row && /nested about \d+ levels deep/.test(row), `expected the nesting refusal, got ${row}`);
    assert.match(row, /\b2\b/, "the refusal names line 2");
    await site.setCode(exercise.solution);
    await site.checkButton().click();
    assert.match(await site.settled(), gradable?.id === exercise.id ? /Passed/ : /Not yet|Passed/);
  }));

test("a predict exercise takes the prediction first, and shows the run only when it is right or asked for", () =>
  run("predict-first", async (site) => {
    await site.open("/", `#/exercise/${predict.id}`);
    await site.page.locator(".cm-content").waitFor();
    // No prediction: nothing runs, nothing is revealed, and it is no attempt (no solution offer).
    await site.checkButton().click();
    assert.match(await site.status().innerText(), /Write your prediction first/);
    assert.equal(await site.page.locator(".results pre.stdout").count(), 0);
    await site.page.locator(".solution p.muted").waitFor();
    // A wrong prediction: the run stays hidden, with how many lines are in place.
    const printed = predict.checks.stdout.split("\n").filter((l) => l !== "" && l !== "prediction correct");
    await site.page.locator("label.prediction textarea").fill([...printed].reverse().join("\n"));
    await site.checkButton().click();
    assert.match(await site.settled(), /Not yet: the program printed something else than your prediction \(\d+ of your \d+ lines/);
    assert.equal(await site.page.locator(".results pre.stdout").count(), 0, "the real output is not shown");
    await site.page.screenshot({ path: site.shot("predict-wrong") });
    // The right prediction passes and shows the run and the explanation.
    await site.page.locator("label.prediction textarea").fill(printed.join("\n"));
    await site.checkButton().click();
    assert.match(await site.settled(), /Passed/);
    assert.equal((await site.page.locator(".results pre.stdout").innerText()).trimEnd(), predict.checks.stdout.trimEnd());
    await site.page.locator(".explanation").waitFor();
    // The prediction is saved with the progress.
    await site.page.reload();
    assert.equal(await site.page.locator("label.prediction textarea").inputValue(), printed.join("\n"));
  }));

test("a wrong output is a line diff with the first difference marked; a rejected program shows its error first", (t) => {
  const target = course.exercises.find((e) => e.kind !== "predict" && !gapsAbout(e.id) && (e.checks.stdout_mode ?? "exact") === "exact"
    && /println!\("[A-Za-z]/.test(e.solution));
  if (!target) return t.skip("no exercise with an exact stdout check");
  return run("diff-and-rejected", async (site) => {
    await site.open("/", `#/exercise/${target.id}`);
    await site.page.locator(".cm-content").waitFor();
    await site.setCode(target.solution.replace(/println!\("([A-Za-z])/, 'println!("CHANGED $1'));
    await site.checkButton().click();
    assert.match(await site.settled(), /Not yet/);
    const diff = site.page.locator('.check.failed[data-check="stdout"] pre.diff');
    await diff.waitFor();
    assert.match(await diff.locator(".first-diff.actual").innerText(), /^\+ .*CHANGED/);
    assert.equal(await diff.evaluate((el) => getComputedStyle(el).whiteSpace), "pre", "diff lines never soft-wrap");
    assert.match(await site.page.locator(".diff-note").innerText(), /First difference at line \d+/);
    await site.page.screenshot({ path: site.shot("stdout-diff"), fullPage: true });
    // A program that does not compile: its diagnostic first, the checks folded under it.
    await site.setCode("#[tokio::main]\nasync fn main() {\n    let x = ;\n}\n");
    await site.checkButton().click();
    assert.match(await site.settled(), /Not run: this program does not compile\. Fix the error below first\./);
    const order = await site.page.evaluate(() => {
      const d = document.querySelector(".results ul.diagnostics");
      const c = document.querySelector(".results details.checks-not-run");
      return d && c ? d.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING : -1;
    });
    assert.ok(order > 0, "the diagnostic comes before the folded checks");
    assert.equal(await site.page.locator(".results details.checks-not-run").getAttribute("open"), null, "folded");
    await site.page.screenshot({ path: site.shot("rejected-first"), fullPage: true });
    // A construct the runner does not model is not called a compile error (nor the reverse).
    await site.setCode("fn main() {\n    std::thread::spawn(|| println!(\"hi\")).join().unwrap();\n}\n");
    await site.checkButton().click();
    assert.match(await site.settled(), /Not run: this program uses something the browser runner cannot run yet/);
    assert.match(await site.unsupported(), /std::thread::spawn/);
  });
});

test("a long run shows its output and virtual clock live; after Stop the output stays", () =>
  run("live-output", async (site) => {
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.page.locator(".cm-content").waitFor();
    await site.setCode(`#[tokio::main]
async fn main() {
    let mut i: u64 = 0;
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        // Not every pass prints, and each waits 1 ms: neither the output cap (1 MB) nor the
        // virtual-time cap (1 h) may end the run before the step budget (a few seconds).
        if i % 1000 == 0 {
            println!("tick {i}");
        }
        i += 1;
    }
}
`);
    await site.checkButton().click();
    const live = site.page.locator(".results pre.live");
    await site.page.waitForFunction(() => /tick \d+/.test(document.querySelector(".results pre.live")?.textContent || ""), null, { timeout: 20_000 });
    assert.match(await site.page.locator(".results .live-clock").innerText(), /Still running: virtual time \d+ ms so far/);
    // Once the output is taller than its box, the newest line stays in view.
    await site.page.waitForFunction(() => {
      const pre = document.querySelector(".results pre.live");
      return pre && pre.scrollHeight > pre.clientHeight + 20 && pre.scrollTop + pre.clientHeight >= pre.scrollHeight - 2;
    }, null, { timeout: 20_000 });
    await site.page.screenshot({ path: site.shot("live-output") });
    await site.stopButton().click();
    assert.match(await site.settled(), /Stopped/);
    assert.match(await live.textContent(), /tick \d+/, "the output printed until Stop stays");
    assert.match(await site.page.locator(".results .live-clock").innerText(), /Stopped at virtual time \d+ ms/);
  }));

test("a runaway program stops by itself with the limit named, without Stop", () =>
  run("runaway-limit", async (site) => {
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.page.locator(".cm-content").waitFor();
    await site.setCode(ENDLESS);
    await site.checkButton().click();
    assert.match(await site.settled(60_000), /Not yet/);
    assert.match(await site.page.locator(".results").innerText(), /stopped after [\d,]+ steps/);
  }));

test("the playground runs code with its timeline, and a share link opens the same code elsewhere", () =>
  run("playground-share", async (site) => {
    await site.open("/", "#/play");
    await site.page.locator(".cm-content").waitFor();
    const code = "#[tokio::main]\nasync fn main() {\n    let h = tokio::spawn(async { println!(\"from a task\") });\n    h.await.unwrap();\n    println!(\"shared é ✓\");\n}\n";
    await site.setCode(code);
    await site.page.locator("button.run").click();
    await site.page.locator(".run-output pre.stdout").waitFor({ timeout: 60_000 });
    assert.equal(await site.page.locator(".run-output pre.stdout").textContent(), "from a task\nshared é ✓\n");
    assert.equal(await site.page.locator(".run-output figure.timeline .lane[data-task]").count(), 2);
    await site.page.locator("button.share").click();
    const url = await site.page.locator(".share-url").inputValue();
    assert.match(url, /#\/play\/[A-Za-z0-9_-]+$/);
    assert.match(await site.page.locator(".share-note").innerText(), /^\d+ characters: short enough/);
    const rust = await site.page.locator("a.rust-playground").getAttribute("href");
    assert.ok(rust.startsWith("https://play.rust-lang.org/?") && decodeURIComponent(rust.split("code=")[1]) === code);
    await site.page.screenshot({ path: site.shot("playground"), fullPage: true });
    // A fresh browser opens the link with the same code, and its own saved code is untouched.
    const other = await browser.newContext();
    const page = await other.newPage();
    await page.goto(url);
    await page.locator(".shared-note").waitFor();
    await page.locator(".cm-content").waitFor();
    const lines = await page.locator(".cm-content .cm-line").allTextContents();
    assert.equal(lines.join("\n"), code, "the same code, to the final newline");
    // A damaged link says so instead of opening something else.
    await page.goto(url.replace(/#\/play\/.*/, "#/play/AAAAbroken"));
    await page.locator(".page.play .status.bad").waitFor();
    assert.match(await page.locator(".page.play .status.bad").innerText(), /cannot be read/);
    await other.close();
  }));

test("a long program's share link says it is too long for chat tools", () =>
  run("playground-long-link", async (site) => {
    await site.open("/", "#/play");
    await site.page.locator(".cm-content").waitFor();
    // Varied lines do not compress away.
    const body = Array.from({ length: 400 }, (_, i) => `    println!("line {${i}} {}", ${(i * 7919) % 1000});`).join("\n");
    await site.setCode(`fn main() {\n${body}\n}\n`);
    await site.page.locator("button.share").click();
    await site.page.locator(".share-box.long").waitFor();
    assert.match(await site.page.locator(".share-note").innerText(), /characters long: some chat tools/);
  }));

test("the header leads to the mistake index and the glossary; lessons link glossary terms", () =>
  run("mistakes-glossary", async (site) => {
    await site.open();
    await site.page.locator(".site-nav a", { hasText: "Mistakes" }).click();
    await site.expectHeading("Async mistakes");
    const rows = site.page.locator(".mistake-row");
    assert.ok(await rows.count() >= 35, `${await rows.count()} mistakes listed`);
    await rows.first().locator("a.lesson").waitFor();
    await rows.first().locator("a.code").click();
    await site.page.locator(".mistake h3", { hasText: "What it does" }).waitFor();
    await site.page.locator(".site-nav a", { hasText: "Glossary" }).click();
    await site.expectHeading("Glossary");
    assert.ok(await site.page.locator(".glossary-entry").count() >= 20);
    await site.open("/", "#/glossary/waker");
    await site.page.locator('.glossary-entry.current[data-term="waker"]').waitFor();
  }));

test("the map continues where the learner left off; exercises link the next one; the instructor view shows notes beside the lesson", () =>
  run("navigation", async (site) => {
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.page.locator(".cm-content").waitFor();
    const next = site.page.locator(".prev-next a.next");
    assert.match(await next.innerText(), /^Next exercise: /);
    await site.open("/", "#/");
    await site.page.locator(".resume a").waitFor();
    assert.equal(await site.page.locator(".resume a").getAttribute("href"), `#/exercise/${exercise.id}`);
    await site.open("/", `#/lesson/${firstLesson.id}/notes`);
    await site.page.locator(".with-notes aside.notes-beside h2", { hasText: "Instructor notes" }).waitFor();
    const [article, aside] = await Promise.all([
      site.page.locator(".with-notes article").boundingBox(),
      site.page.locator(".with-notes aside").boundingBox(),
    ]);
    assert.ok(aside.x > article.x + article.width - 1, "the notes sit beside the lesson");
    await site.page.screenshot({ path: site.shot("instructor-view") });
  }));

test("progress travels: export to a file, import in another browser keeping both versions of differing code; reset can be undone", () =>
  run("progress-file", async (site) => {
    // Browser A: write code in an exercise, export.
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.page.locator(".cm-content").waitFor();
    await site.setCode("// version from browser A\nfn main() {}\n");
    await site.open("/", "#/");
    const [download] = await Promise.all([site.page.waitForEvent("download"), site.page.locator("button.export-progress").click()]);
    const file = await download.path();
    const exported = JSON.parse(fs.readFileSync(file, "utf8"));
    assert.equal(exported.format, "await-lab-progress");
    assert.equal(exported.progress.exercises[exercise.id].code, "// version from browser A\nfn main() {}\n");
    // Browser B has its own, newer code for the same exercise; importing keeps both.
    const other = await browser.newContext();
    const page = await other.newPage();
    await page.goto(`${server.origin}/#/exercise/${exercise.id}`);
    await page.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.insertText("// version from browser B\nfn main() {}\n");
    await page.goto(`${server.origin}/#/`);
    await page.locator("input[type=file]").setInputFiles(file);
    await page.locator(".progress-message.good").waitFor();
    assert.match(await page.locator(".progress-message").innerText(), /Both versions of your code were kept for/);
    await page.goto(`${server.origin}/#/exercise/${exercise.id}`);
    await page.locator(".other-versions summary").click();
    assert.match(await page.locator(".other-version pre").first().innerText(), /version from browser (A|B)/);
    // Reset asks, clears, and Undo brings everything back.
    await page.goto(`${server.origin}/#/`);
    page.once("dialog", (d) => d.accept());
    await page.locator("button.reset-progress").click();
    await page.locator(".progress-message", { hasText: "Progress reset." }).waitFor();
    await page.locator("button.undo-progress").click();
    await page.locator(".progress-message", { hasText: "Undone" }).waitFor();
    await page.goto(`${server.origin}/#/exercise/${exercise.id}`);
    await page.locator(".other-versions").waitFor();
    await other.close();
  }));

test("offline after the first visit; a new deploy is offered with a reload prompt, never mixed in silently", async () => {
  // A private copy of the site, so the test can deploy a "new version" of it.
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || "/tmp"), "await-lab-sw-"));
  fs.cpSync(path.resolve(SITE), dir, { recursive: true });
  const own = await serve(dir, ["/"]);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${own.origin}/#/`);
    await page.locator("main#main").waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.equal(await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute("href")), "manifest.webmanifest");
    // Offline: the site and the grader come from the cache.
    await context.setOffline(true);
    await page.goto(`${own.origin}/#/lesson/${firstLesson.id}`);
    const block = page.locator(".code-block").filter({ has: page.locator("button.run") }).first();
    await block.locator("button.run").click();
    await block.locator("pre.stdout").waitFor({ timeout: 60_000 });
    assert.ok((await block.locator("pre.stdout").textContent()).length > 0);
    await context.setOffline(false);
    // A new deploy: the open page keeps its version and says a new one is ready.
    const sw = path.join(dir, "sw.js");
    fs.writeFileSync(sw, fs.readFileSync(sw, "utf8").replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "next-deploy"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator(".update-banner").waitFor({ timeout: 30_000 });
    assert.match(await page.locator(".update-banner").innerText(), /A new version of Await Lab is available/);
    await page.screenshot({ path: path.join(process.env.AWAIT_LAB_SCREENSHOTS || "test-results", "update-banner.png") });
    await Promise.all([page.waitForEvent("load"), page.locator(".update-banner button").click()]);
    await page.waitForFunction(() => caches.keys().then((k) => k.includes("await-lab-next-deploy") && k.length === 1));
  } finally {
    await context.close();
    own.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("an exercise attempt shares as a link; opening it keeps the receiver's own code among its versions; Reset keeps the code it replaces", () =>
  run("shared-attempt", async (site) => {
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.page.locator(".cm-content").waitFor();
    await site.setCode("// my attempt\nfn main() {}\n");
    await site.page.locator("button.share").click();
    const url = await site.page.locator(".share-url").inputValue();
    assert.match(url, new RegExp(`#/exercise/${exercise.id}/code/[A-Za-z0-9_-]+$`));
    // The receiver has code of their own for the exercise.
    const other = await browser.newContext();
    const page = await other.newPage();
    await page.goto(`${server.origin}/#/exercise/${exercise.id}`);
    await page.locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.insertText("// the receiver's own code\nfn main() {}\n");
    await page.goto(url);
    await page.locator(".shared-note").waitFor();
    assert.equal(page.url().split("#")[1], `/exercise/${exercise.id}`);
    await page.locator(".cm-content").waitFor();
    const lines = await page.locator(".cm-content .cm-line").allTextContents();
    assert.equal(lines[0], "// my attempt");
    await page.locator(".other-versions summary").click();
    assert.match(await page.locator(".other-version pre").first().innerText(), /the receiver's own code/);
    // Reset: the shared attempt goes to the versions too.
    await page.locator("button.reset").click();
    await page.locator(".other-versions summary", { hasText: "(2)" }).waitFor();
    await other.close();
  }));

test("the first visit loads neither the editor nor the grader; a page fetches its own text when it opens", () =>
  run("lazy-loading", async (site) => {
    const requested = [];
    site.page.on("request", (req) => requested.push(new URL(req.url()).pathname));
    await site.open("/", "#/");
    await site.lessonLinks().first().waitFor();
    const names = () => requested.map((p) => p.split("/").pop());
    assert.ok(!names().includes("codemirror.js") && !names().includes("grader_bg.wasm"), names().join(" "));
    assert.ok(!requested.some((p) => p.includes("/content/")), "the map needs no page text");
    // No inline script, and the policy is there.
    assert.equal(await site.page.locator("script:not([src])").count(), 0);
    assert.match(await site.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"), /script-src 'self' 'wasm-unsafe-eval'/);
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.page.locator(".cm-content").waitFor();
    assert.ok(requested.some((p) => p.endsWith(`/content/exercise-${exercise.id}.json`)), requested.join(" "));
    assert.ok(names().includes("codemirror.js"));
    assert.equal(await site.code(), exercise.starter);
  }));

test("a page whose text cannot be fetched says so and offers to try again", async () => {
  // Its own context: the failed fetch is logged as a console error, which withSite counts as a
  // problem; and no service worker, which would answer the fetch before the route could fail it.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/#/`);
    await page.locator(".map-lesson .lesson-link").first().waitFor();
    let fail = true;
    await page.route("**/content/lesson-*.json*", (route) => (fail ? route.abort() : route.continue()));
    await page.locator(".map-lesson .lesson-link").first().click();
    await page.locator(".page-load-error").waitFor();
    assert.match(await page.locator(".page-load-error").innerText(), /could not be loaded: the site cannot be reached/);
    fail = false;
    await page.locator(".page-load-error button").click();
    await page.waitForFunction((t) => document.querySelector("main h1")?.innerText.trim() === t, firstLesson.title);
  } finally {
    await context.close();
  }
});

test("shared code is text, never markup: a link with </script><img onerror> runs nothing", () =>
  run("share-xss", async (site) => {
    const attack = `</script><img src=x onerror="window.__xss=1;alert(1)">`;
    const code = `// ${attack}\nfn main() {\n    println!("{}", r#"${attack}"#);\n}\n`;
    await site.open("/", "#/play");
    await site.page.locator(".cm-content").waitFor();
    await site.setCode(code);
    await site.page.locator("button.share").click();
    const url = await site.page.locator(".share-url").inputValue();
    const other = await browser.newContext();
    const page = await other.newPage();
    const dialogs = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
    try {
      await page.goto(url);
      await page.locator(".shared-note").waitFor();
      await page.locator(".cm-content").waitFor();
      await page.locator("button.run").click();
      await page.locator(".run-output pre.stdout").waitFor({ timeout: 60_000 });
      assert.equal(await page.locator(".run-output pre.stdout").textContent(), `${attack}\n`);
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__xss), undefined);
      assert.deepEqual(dialogs, []);
      assert.equal(await page.locator("main img").count(), 0, "no element was made from the code");
      const lines = await page.locator(".cm-content .cm-line").allTextContents();
      assert.equal(lines.join("\n"), code);
    } finally {
      await other.close();
    }
  }));

test("a 64 KB program survives a share link's round trip", () =>
  run("share-64k", async (site) => {
    const body = Array.from({ length: 2400 }, (_, i) => `    let v${i} = ${(i * 7919) % 100003} + ${i};`).join("\n");
    const code = `fn main() {\n${body}\n    println!("done");\n}\n`;
    assert.ok(code.length >= 64 * 1024, `${code.length} bytes`);
    await site.open("/", "#/play");
    await site.page.locator(".cm-content").waitFor();
    await site.setCode(code);
    await site.page.locator("button.share").click();
    const url = await site.page.locator(".share-url").inputValue();
    const other = await browser.newContext();
    const page = await other.newPage();
    try {
      await page.goto(url);
      await page.locator(".shared-note").waitFor();
      await page.locator(".cm-content").waitFor();
      // The editor draws only the lines in view: sharing again from the receiving page gives
      // the same link exactly when it holds the same text.
      assert.equal(await page.locator(".cm-content .cm-line").first().textContent(), "fn main() {");
      await page.locator("button.share").click();
      assert.equal(await page.locator(".share-url").inputValue(), url);
    } finally {
      await other.close();
    }
  }));


test("polish: a lesson example can be edited, run and reset; Check keeps the focus; a pass clears old marks and offers the next exercise, which opens at the top", (t) => {
  if (!gradable || !runnableBlock) return t.skip(NO_GRADABLE);
  const [lesson, idx] = runnableBlock;
  return run("polish", async (site) => {
    const expected = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../lessons", `${lesson.id}.expected.json`), "utf8"));
    await site.open("/", `#/lesson/${lesson.id}`);
    const block = site.page.locator(".code-block").filter({ has: site.page.locator("button.run") }).nth(idx);
    await block.locator("button.edit").click();
    await block.locator(".cm-content").waitFor();
    await site.page.waitForFunction(() => !!document.activeElement?.closest(".cm-editor"));
    assert.equal(await block.locator(".cm-editor").evaluate((e) => getComputedStyle(e).outlineStyle), "solid",
      "the focused editor shows a focus ring");
    assert.equal(await block.locator("button.reset").isDisabled(), true, "nothing to reset before an edit");
    await site.page.keyboard.press("ControlOrMeta+a");
    await site.page.keyboard.insertText('fn main() {\n    println!("what if?");\n}\n');
    await block.locator("button.run").click();
    await block.locator("pre.stdout", { hasText: "what if?" }).waitFor({ timeout: 60_000 });
    assert.equal(await site.page.evaluate(() => document.activeElement?.className), "run", "Run keeps the focus");
    await site.page.screenshot({ path: site.shot("lesson-edit") });
    // The edit is still there after leaving the page and coming back (in this tab).
    await site.open("/", "#/");
    await site.open("/", `#/lesson/${lesson.id}`);
    await block.locator(".cm-content", { hasText: "what if?" }).waitFor();
    await block.locator("button.reset").click();
    await block.locator("button.run").click();
    await block.locator("pre.stdout").filter({ hasNotText: "what if?" }).waitFor({ timeout: 60_000 });
    assert.equal(await block.locator("pre.stdout").textContent(), expected.examples[idx].stdout, "Reset runs the lesson's code again");

    // Check keeps the focus; a pass clears the marks of an earlier error and offers the next exercise.
    await site.open("/", `#/exercise/${gradable.id}`);
    await site.setCode("#[tokio::main]\nasync fn main() {\n    let x = ;\n}\n");
    await site.checkButton().click();
    assert.match(await site.settled(), /Not run/);
    assert.ok(await site.editorLintMarks().count() > 0, "the error is marked in the editor");
    assert.equal(await site.page.evaluate(() => document.activeElement?.classList.contains("check")), true, "Check keeps the focus");
    await site.setCode(gradable.solution);
    await site.checkButton().click();
    assert.match(await site.settled(), /Passed/);
    assert.equal(await site.editorLintMarks().count(), 0, "no old error marker after a pass");
    const next = site.page.locator(".results a.next-after-pass");
    assert.match(await next.innerText(), /^Next exercise: /);
    await site.page.screenshot({ path: site.shot("exercise-passed-next") });
    const href = await next.getAttribute("href");
    await site.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await next.click();
    await site.page.waitForURL(`**${href}`);
    await site.page.locator(".cm-content").waitFor();
    assert.equal(await site.page.evaluate(() => window.scrollY), 0, "the next page opens at the top");
    assert.ok((await site.page.locator("header.site-header").boundingBox()).y >= 0, "the header is visible");
  });
});
