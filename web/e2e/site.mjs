// Page objects and launch helpers for the browser tests (playwright-core
// driving Debian's Chromium: no browser is ever downloaded).
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

export const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-quic",
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: FLAGS, headless: true });
}

/** The course as the app embeds it (written by `cargo xtask` next to the build). */
export function loadCourse() {
  return JSON.parse(fs.readFileSync(process.env.AWAIT_LAB_COURSE_JSON, "utf8"));
}

/**
 * Run `body(site)` in a fresh browser context (fresh localStorage). On failure,
 * a screenshot goes to $AWAIT_LAB_SCREENSHOTS/<name>.png. Page errors and
 * failed requests fail the test.
 */
export async function withSite(browser, origin, name, body) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Every test also checks the Content-Security-Policy: a violation (something the site needs
  // but its policy blocks, or an injected script) fails the test.
  await context.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) =>
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline code"}`)));
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(`console error: ${msg.text()}`); });
  page.on("response", (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`); });
  try {
    await body(new Site(page, origin));
    if (problems.length) throw new Error(problems.join("\n"));
  } catch (error) {
    const dir = process.env.AWAIT_LAB_SCREENSHOTS || "test-results";
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name.replace(/[^a-z0-9]+/gi, "-")}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    error.message += `\n(screenshot: ${file}${problems.length ? `; also: ${problems.join("; ")}` : ""})`;
    throw error;
  } finally {
    await context.close();
  }
}

/** The site, seen as a learner sees it. */
export class Site {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
  }

  async open(mount = "/", hash = "#/") {
    await this.page.goto(`${this.origin}${mount}${hash}`);
    await this.page.locator("main#main").waitFor();
  }

  heading() { return this.page.locator("main h1").first(); }

  /** Where a screenshot named `name` goes ($AWAIT_LAB_SCREENSHOTS, kept after the run to be looked at). */
  shot(name) {
    const dir = process.env.AWAIT_LAB_SCREENSHOTS || "test-results";
    fs.mkdirSync(dir, { recursive: true });
    return path.join(dir, `${name}.png`);
  }

  /** Wait (up to 10 s) until the page's heading is exactly `text`. */
  async expectHeading(text) {
    await this.page.waitForFunction((t) => document.querySelector("main h1")?.innerText.trim() === t, text, { timeout: 10_000 })
      .catch(async () => { throw new Error(`expected heading "${text}", got "${await this.heading().innerText().catch(() => "")}"`); });
  }
  lessonLinks() { return this.page.locator(".map-lesson .lesson-link"); }
  exerciseMark(id) { return this.page.locator(`.map-exercise:has(a[href="#/exercise/${id}"]) .mark`); }
  checkButton() { return this.page.locator("button.check"); }
  stopButton() { return this.page.locator("button.stop"); }
  status() { return this.page.locator(".results .status"); }
  failedChecks() { return this.page.locator(".results .check.failed"); }
  diagnostics() { return this.page.locator(".results .diagnostic"); }
  editorLintMarks() { return this.page.locator(".cm-editor .cm-lintRange, .cm-editor .cm-lint-marker"); }

  /** Replace the editor's text (as a paste would: one edit, saved like typing). */
  async setCode(text) {
    await this.page.locator(".cm-content").click();
    await this.page.keyboard.press("ControlOrMeta+a");
    await this.page.keyboard.insertText(text);
  }

  async code() {
    // The editor (codemirror.js) loads on first use: until then the text shows in a placeholder.
    await this.page.locator(".cm-content").waitFor();
    const lines = await this.page.locator(".cm-content .cm-line").allTextContents();
    return lines.join("\n");
  }

  /** Wait until no check is running; returns the status text. */
  async settled(timeout = 120_000) {
    await this.page.waitForFunction(() => {
      const s = document.querySelector(".results .status");
      return s && !s.classList.contains("running");
    }, null, { timeout });
    return this.status().innerText();
  }

  /** The first `unsupported` diagnostic's message, if the grader refused the program. */
  async unsupported() {
    const rows = await this.diagnostics().allInnerTexts();
    return rows.find((row) => row.includes("[unsupported]")) || null;
  }
}
