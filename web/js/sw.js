// The service worker: the site works offline after the first visit.
// `cargo xtask serve|dist` writes it to the site with VERSION (a hash of every file it
// lists) and FILES (every file of the site) filled in.
// - install: every file goes into a cache named after VERSION; the new worker then WAITS,
//   so an open page never mixes files of two deploys;
// - the page sees the waiting worker and offers "a new version is available: reload";
//   Reload tells it to take over, and the page reloads once it has;
// - activate: caches of other versions are deleted;
// - fetch: the site's own files come from the cache, anything else from the network.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `await-lab-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith("await-lab-") && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A page navigation (any #/route) is index.html.
    const key = request.mode === "navigate" ? new URL("./", self.registration.scope).href : request;
    const hit = await cache.match(key, { ignoreSearch: true });
    return hit || fetch(request);
  })());
});
