// A static file server for the browser tests: serves the built site at `/`
// and again under a sub-path (`/course/`), as a static host would.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

/** Serve `dir` at each of `mounts` (e.g. ["/", "/course/"]); resolves to the origin URL. */
export function serve(dir, mounts) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const mount = mounts.filter((m) => url.pathname.startsWith(m)).sort((a, b) => b.length - a.length)[0];
    let rel = mount ? decodeURIComponent(url.pathname.slice(mount.length)) : null;
    if (rel !== null && (rel === "" || rel.endsWith("/"))) rel += "index.html";
    const file = rel === null ? null : path.join(dir, rel);
    if (!file || !file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": MIME[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }));
  });
}
