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
const exercise = course.exercises.find((e) => e.id === firstLesson.exercises[0]);
const ENDLESS = `#[tokio::main]
async fn main() {
    let mut n: u64 = 0;
    loop {
        n = n.wrapping_add(1);
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
    await site.open();
    await assert.doesNotReject(site.heading().waitFor());
    assert.deepEqual(await site.lessonLinks().allInnerTexts(), course.lessons.map((l) => l.title));
    for (const lesson of course.lessons) {
      for (const id of lesson.exercises) {
        assert.equal(await site.exerciseMark(id).innerText(), "○", `exercise ${id} starts unmarked`);
      }
    }
  }));

test("a lesson opens from the map, with highlighted code and Run buttons", () =>
  run("lesson", async (site) => {
    await site.open();
    await site.lessonLinks().first().click();
    await site.page.waitForURL(`**#/lesson/${firstLesson.id}`);
    assert.equal(await site.heading().innerText(), firstLesson.title);
    const runnable = (firstLesson.markdown.match(/^```+rust[^\n]*\brun\b/gm) || []).length;
    assert.ok(runnable > 0, "the first lesson has runnable blocks");
    assert.equal(await site.page.locator(".code-block button.run").count(), runnable);
    assert.ok(await site.page.locator(".code-block .hl-keyword").count() > 0, "code is highlighted");
    assert.equal(await site.page.locator(".lesson-exercises li").count(), firstLesson.exercises.length);
  }));

test("Run on a lesson's code block prints what real rustc + tokio print", (t) =>
  run("lesson-run", async (site) => {
    const expected = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../lessons", `${firstLesson.id}.expected.json`), "utf8"));
    await site.open("/", `#/lesson/${firstLesson.id}`);
    const block = site.page.locator(".code-block").filter({ has: site.page.locator("button.run") }).first();
    await block.locator("button.run").click();
    const output = block.locator(".run-output");
    await site.page.waitForFunction((el) => el.innerText.trim() && !el.innerText.includes("Running"), await output.elementHandle(), { timeout: 60_000 });
    const text = await output.innerText();
    if (text.includes("[unsupported]")) return t.skip(`grader cannot run the lesson's first block yet: ${text.trim()}`);
    assert.equal(await block.locator("pre.output").textContent(), expected.examples[0].stdout);
  }));

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
    assert.match(await site.settled(), /Not yet/);
    assert.ok(await site.diagnostics().count() > 0, "the results list a diagnostic");
    await assert.doesNotReject(site.editorLintMarks().first().waitFor());
    const goto = site.diagnostics().first().locator("button.goto");
    const line = Number((await goto.innerText()).match(/line (\d+)/)[1]);
    await goto.click();
    const active = await site.page.locator(".cm-lineNumbers .cm-activeLineGutter").innerText();
    assert.equal(Number(active), line, "the cursor moved to the diagnostic's line");
  }));

test("the right answer passes, and the pass survives a reload", (t) =>
  run("right-answer", async (site) => {
    await site.open("/", `#/exercise/${exercise.id}`);
    await site.setCode(exercise.solution);
    await site.checkButton().click();
    const status = await site.settled();
    const refused = await site.unsupported();
    if (refused) return t.skip(`grader cannot run exercise ${exercise.id} yet: ${refused}`);
    assert.match(status, /Passed/, `the solution of ${exercise.id} passes`);
    assert.equal(await site.failedChecks().count(), 0);
    await site.page.reload();
    await site.page.locator(".passed-badge.shown").waitFor();
    await site.open("/", "#/");
    assert.equal(await site.exerciseMark(exercise.id).innerText(), "✓");
  }));

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
    await site.setCode(ENDLESS);
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
    // The worker was restarted: the next Check works.
    await site.setCode(exercise.starter);
    await site.checkButton().click();
    assert.match(await site.settled(), /Not yet|Passed/);
    await site.page.locator(".breadcrumb a").first().click();
    await site.lessonLinks().first().waitFor();
  }));

test("under a sub-path, a deep link survives a reload and the grader still loads", () =>
  run("subpath", async (site) => {
    await site.open("/course/", `#/lesson/${firstLesson.id}`);
    assert.equal(await site.heading().innerText(), firstLesson.title);
    await site.page.reload();
    assert.equal(await site.heading().innerText(), firstLesson.title);
    await site.open("/course/", `#/exercise/${exercise.id}`);
    await site.page.reload();
    assert.equal(await site.heading().innerText(), exercise.title);
    await site.checkButton().click();
    assert.match(await site.settled(), /Not yet|Passed/);
    await site.page.goto(`${site.origin}/course/#/no/such/page`);
    assert.equal(await site.heading().innerText(), "Not found");
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
    assert.equal(await site.heading().innerText(), firstLesson.title);
  }));
