// Browser tests of the timeline (issue "See the run"): the picture under every Run and
// Check result, its two axes, its ties to the code, the deadlock picture, the reference
// comparison, the stepper, and what makes it usable by everyone.
// The contract they rely on: `.timeline` is the view, each lane a `[data-task]`, each mark
// with a source line `[data-line]`, each selectable thing `[data-mark]`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve } from "./server.mjs";
import { launch, loadCourse, withSite } from "./site.mjs";

const SITE = process.env.AWAIT_LAB_SITE;
const course = loadCourse();
const exercise = (id) => {
  const e = course.exercises.find((x) => x.id === id);
  assert.ok(e, `exercise ${id} exists`);
  return e;
};

let server;
let browser;

before(async () => {
  assert.ok(SITE && fs.existsSync(path.join(SITE, "index.html")), "AWAIT_LAB_SITE must point at a built site");
  server = await serve(path.resolve(SITE), ["/"]);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

const run = (name, body) => withSite(browser, server.origin, name, body);

/** Check `code` in exercise `id`; wait for the result's timeline. */
async function checkWith(site, id, code) {
  await site.open("/", `#/exercise/${id}`);
  await site.page.locator(".cm-content").waitFor();
  await site.setCode(code);
  await site.checkButton().click();
  await site.settled();
  const tl = site.page.locator(".results figure.timeline").first();
  await tl.waitFor({ timeout: 30_000 });
  return tl;
}

const activeLine = (site) => site.page.locator(".cm-lineNumbers .cm-activeLineGutter").innerText().then(Number);

test("a Check shows one lane per task; clicking a mark moves the editor to its line", () =>
  run("timeline-lanes", async (site) => {
    const ex = exercise("spawn-wait-for-tasks");
    const tl = await checkWith(site, ex.id, ex.solution);
    const lanes = tl.locator(".lane[data-task]");
    assert.ok(await lanes.count() >= 4, `at least 4 lanes, got ${await lanes.count()}`);
    assert.equal(await tl.locator('.lane[data-task="0"] .tl-lane-label').textContent(), "main");
    // Spawned lanes say the line that spawned them.
    assert.match(await tl.locator('.lane[data-task="1"] .tl-lane-sub').textContent(), /spawned at line \d+/);
    // A waiting bar says on what.
    const waits = await tl.locator(".bar.st-waiting title").allTextContents();
    assert.ok(waits.some((w) => /`sleep` until \d+ ms/.test(w)), waits.join("\n"));
    // Clicking an output mark (a println) moves the cursor to that line and flashes it.
    const mark = tl.locator(".mark.output[data-line]").first();
    const line = Number(await mark.getAttribute("data-line"));
    await mark.click();
    assert.equal(await activeLine(site), line);
    await site.page.locator(".cm-flash-line").waitFor();
    await tl.screenshot({ path: site.shot("timeline-spawn-wait") });
  }));

test("the step-order axis gives every poll a slot and keeps the selected event", () =>
  run("timeline-axes", async (site) => {
    const ex = exercise("spawn-wait-for-tasks");
    const tl = await checkWith(site, ex.id, ex.solution);
    await tl.locator("button.step-next").click();
    await tl.locator("button.step-next").click();
    const before = await tl.locator(".step-text").innerText();
    assert.match(before, /^Event 2 of \d+/);
    const timeWidth = await tl.locator(".timeline-picture svg").getAttribute("width");
    await tl.locator('input[value="steps"]').check();
    await site.page.waitForFunction((w) => document.querySelector(".timeline-picture svg").getAttribute("width") !== w, timeWidth);
    assert.equal(await tl.locator(".step-text").innerText(), before, "the selection survives the switch");
    assert.match(await tl.locator(".tl-tick").first().textContent(), /poll 1/);
    await tl.screenshot({ path: site.shot("timeline-steps") });
  }));

test("the cursor's line highlights its marks; the stepper walks the events with each task's state", () =>
  run("timeline-cursor-stepper", async (site) => {
    const ex = exercise("spawn-wait-for-tasks");
    const tl = await checkWith(site, ex.id, ex.solution);
    const mark = tl.locator(".mark.output[data-line]").first();
    const line = Number(await mark.getAttribute("data-line"));
    const stroke = () => mark.locator("circle").evaluate((el) => getComputedStyle(el).strokeWidth);
    const plain = await stroke();
    // Put the editor's cursor on that line (click the line's text).
    await site.page.locator(".cm-content .cm-line").nth(line - 1).click();
    await site.page.waitForFunction(([sel, w]) => getComputedStyle(document.querySelector(sel)).strokeWidth !== w,
      [`.results .timeline .mark.output[data-line="${line}"] circle`, plain]);
    // Stepping: Next selects event 1, says what happened and every task's state then.
    await tl.locator("button.step-next").click();
    assert.match(await tl.locator(".step-text").innerText(), /^Event 1 of \d+: main, 0 ms/);
    await tl.locator(".step-slider").fill("12");
    assert.match(await tl.locator(".step-text").innerText(), /^Event 13 of/);
    assert.ok(await tl.locator(".stepper-states li").count() >= 2, "states of the tasks alive then");
    await tl.locator(".timeline-cursor line").waitFor({ state: "attached" });
  }));

test("a deadlock is drawn as its wait-for cycle with the lines where each task waits and each lock was taken", () =>
  run("timeline-deadlock", async (site) => {
    const ex = exercise("lock-order-deadlock");
    const tl = await checkWith(site, ex.id, ex.starter);
    const picture = tl.locator(".deadlock-picture");
    await picture.waitFor();
    assert.match(await picture.locator("h4").innerText(), /cycle/);
    assert.equal(await picture.locator(".deadlock-waits li").count(), 2);
    const text = await picture.locator(".deadlock-waits").innerText();
    assert.match(text, /waits on .*mutex#\d.* at line \d+ held by task \d \(taken at line \d+\)/s);
    assert.equal(await picture.locator(".deadlock-ring .dl-task").count(), 2);
    // A wait's line button moves the editor there.
    const goto = picture.locator(".deadlock-waits button.goto").first();
    const line = Number((await goto.innerText()).match(/\d+/)[0]);
    await goto.click();
    assert.equal(await activeLine(site), line);
    await tl.screenshot({ path: site.shot("timeline-deadlock") });
  }));

test("an exercise that bounds virtual time shows the reference solution's timeline on the same axis", () =>
  run("timeline-reference", async (site) => {
    const ex = exercise("join-concurrent");
    await checkWith(site, ex.id, ex.starter);
    const reference = site.page.locator(".reference-timeline figure.timeline");
    await reference.waitFor({ timeout: 30_000 });
    assert.match(await site.page.locator(".timeline-compare").innerText(),
      /Yours took 2800 ms of virtual time; the reference solution takes 1000 ms\./);
    // Same scale: the reference's run ends at 1000/2800 of the learner's width.
    const ends = await site.page.$$eval(".results figure.timeline", (figs) => figs.map((f) => {
      const bars = [...f.querySelectorAll(".bar")];
      return Math.max(...bars.map((b) => Number(b.getAttribute("x")) + Number(b.getAttribute("width"))));
    }));
    const [yours, ref] = ends;
    assert.ok(ref < yours * 0.5, `the reference ends sooner on the shared axis (${ref} vs ${yours})`);
    await site.page.locator(".results").screenshot({ path: site.shot("timeline-reference") });
  }));

test("a lesson's Run shows the timeline; a mark highlights its line in the code block", () =>
  run("timeline-lesson", async (site) => {
    await site.open("/", "#/lesson/03-tasks-and-spawn");
    const block = site.page.locator(".code-block").filter({ has: site.page.locator("button.run") }).first();
    await block.locator("button.run").click();
    const tl = block.locator("figure.timeline");
    await tl.waitFor({ timeout: 60_000 });
    const mark = tl.locator(".mark[data-line]").first();
    const line = await mark.getAttribute("data-line");
    await mark.click();
    assert.equal(await block.locator(".line-hl").getAttribute("data-hl-line"), line);
  }));

test("usable by everyone: keyboard, a table, dark mode, tablet width, SVG export", () =>
  run("timeline-access", async (site) => {
    const ex = exercise("spawn-wait-for-tasks");
    const tl = await checkWith(site, ex.id, ex.solution);
    // Keyboard: a mark takes focus and Enter moves the editor to its line.
    const mark = tl.locator(".mark.output[data-line]").last();
    const line = Number(await mark.getAttribute("data-line"));
    await mark.focus();
    await site.page.keyboard.press("Enter");
    assert.equal(await activeLine(site), line);
    // The text alternative: a row per segment with task, times, state, what, line.
    await tl.locator(".timeline-table summary").click();
    const rows = tl.locator(".timeline-rows tbody tr");
    assert.ok(await rows.count() >= 8);
    assert.match(await tl.locator(".timeline-rows").innerText(), /waiting\t`sleep` until \d+ ms\t\d+/);
    // Export: the picture downloads as a standalone SVG with the same contract.
    const [download] = await Promise.all([site.page.waitForEvent("download"), tl.locator("button.download-svg").click()]);
    const file = await download.path();
    const svg = fs.readFileSync(file, "utf8");
    assert.ok(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg.slice(0, 80));
    assert.match(svg, /<g class="lane" data-task="3">/);
    // Dark mode: the lanes follow the theme.
    const laneFill = () => tl.locator(".tl-lane-bg").first().evaluate((el) => getComputedStyle(el).fill);
    await site.page.emulateMedia({ colorScheme: "light" });
    const light = await laneFill();
    await site.page.emulateMedia({ colorScheme: "dark" });
    const dark = await laneFill();
    assert.notEqual(light, dark);
    await tl.screenshot({ path: site.shot("timeline-dark") });
    // Tablet: the page does not scroll sideways; the picture scrolls in its own box.
    await site.page.setViewportSize({ width: 768, height: 1024 });
    const overflow = await site.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal page overflow (${overflow}px)`);
  }));

test("a run of more than 10,000 events renders a bounded picture quickly", () =>
  run("timeline-big", async (site) => {
    const code = `#[tokio::main]
async fn main() {
    let h = tokio::spawn(async {
        for i in 0..4000 {
            if i % 500 == 0 { println!("task {i}"); }
            tokio::task::yield_now().await;
        }
    });
    for _ in 0..4000 { tokio::task::yield_now().await; }
    h.await.unwrap();
}
`;
    await site.open("/", `#/exercise/${exercise("spawn-wait-for-tasks").id}`);
    await site.page.locator(".cm-content").waitFor();
    await site.setCode(code);
    const started = Date.now();
    await site.checkButton().click();
    const tl = site.page.locator(".results figure.timeline").first();
    await tl.waitFor({ timeout: 60_000 });
    const elapsed = Date.now() - started;
    const summary = await tl.locator(".timeline-summary").innerText();
    const events = Number(summary.match(/([\d]+) events/)[1]);
    assert.ok(events > 10_000, summary);
    const elements = await tl.locator(".timeline-picture svg *").count();
    assert.ok(elements < 20_000, `${elements} SVG elements`);
    // Still responsive: switching the axis re-renders.
    const t0 = Date.now();
    await tl.locator('input[value="steps"]').check();
    await site.page.waitForFunction(() => document.querySelector(".tl-tick")?.textContent.startsWith("poll"));
    const switchMs = Date.now() - t0;
    console.log(`timeline figure: ${events} events, ${elements} SVG elements; check + render ${elapsed} ms; axis switch ${switchMs} ms`);
  }));

test("a TCP server and its clients run in the playground; the timeline marks each connection on its task's lane", () =>
  run("timeline-server", async (site) => {
    await site.open("/", "#/play");
    await site.page.locator(".cm-content").waitFor();
    await site.setCode(`use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main]
async fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        for _ in 0..2 {
            let (conn, _) = listener.accept().await.unwrap();
            tokio::spawn(async move {
                let (read, mut write) = conn.into_split();
                let mut lines = BufReader::new(read).lines();
                while let Some(line) = lines.next_line().await.unwrap() {
                    write.write_all(format!("echo {line}\\n").as_bytes()).await.unwrap();
                }
            });
        }
    });
    for name in ["ann", "bob"] {
        let mut stream = TcpStream::connect(addr).await.unwrap();
        stream.write_all(format!("hi from {name}\\n").as_bytes()).await.unwrap();
        let mut lines = BufReader::new(stream).lines();
        println!("{}", lines.next_line().await.unwrap().unwrap());
    }
    server.await.unwrap();
}
`);
    await site.page.locator("button.run").click();
    const tl = site.page.locator(".timeline").first();
    await tl.waitFor({ timeout: 30_000 });
    assert.equal(await site.page.locator("pre.stdout").first().textContent(), "echo hi from ann\necho hi from bob\n");
    // main, the accept loop and one task per connection.
    assert.ok(await tl.locator(".lane[data-task]").count() >= 4);
    // Two connects on main's lane, two accepts on the server's.
    assert.equal(await tl.locator('.lane[data-task="0"] .mark.connect').count(), 2);
    assert.equal(await tl.locator('.lane[data-task="1"] .mark.connect').count(), 2);
    const accepted = await tl.locator('.lane[data-task="1"] .mark.connect title').first().textContent();
    assert.match(accepted, /tcp#\d+ from 127\.0\.0\.1:\d+ \(accepted on listener#\d+\)/);
    await tl.screenshot({ path: site.shot("timeline-server") });
  }));
