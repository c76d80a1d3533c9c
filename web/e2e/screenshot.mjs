// Take the README's screenshot: `node e2e/screenshot.mjs SITE_DIR OUT.png [HASH] [dark]`
// (run from web/ after `cargo xtask dist`).
import path from "node:path";
import { serve } from "./server.mjs";
import { launch } from "./site.mjs";

const [site, out, hash = "#/", scheme = "light"] = process.argv.slice(2);
const server = await serve(path.resolve(site), ["/"]);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
await page.goto(`${server.origin}/${hash}`);
await page.locator("main h1").first().waitFor();
if (hash.includes("exercise")) {
  await page.locator("button.check").click();
  await page.waitForFunction(() => { const s = document.querySelector(".results .status"); return s && !s.classList.contains("running"); });
}
await page.screenshot({ path: out });
await browser.close();
server.close();
