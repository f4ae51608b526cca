// Service worker for the offline pack (written to dist/sw.js at build time).
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const CACHE = `rambu-${VERSION}`;

async function broadcast(msg) {
  for (const c of await self.clients.matchAll({ includeUncontrolled: true })) c.postMessage(msg);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const manifest = await (await fetch(`${BASE}offline-manifest.json`, { cache: 'no-store' })).json();
      const cache = await caches.open(CACHE);
      const urls = [`${BASE}offline-manifest.json`, ...manifest.urls];
      // Small batches keep memory and connections modest on cheap phones.
      for (let i = 0; i < urls.length; i += 20) {
        await cache.addAll(urls.slice(i, i + 20));
        const done = Math.min(urls.length, i + 20);
        await broadcast({ type: 'progress', done, total: urls.length });
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('rambu-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
      await broadcast({ type: 'ready', version: VERSION });
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'version') event.source?.postMessage({ type: 'ready', version: VERSION });
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Exact first; then without the query (pages with ?q=…, Pagefind's cache-busting ?ts=…).
      const hit =
        (await cache.match(req)) ??
        (await cache.match(req, { ignoreSearch: true })) ??
        (url.pathname.endsWith('/') ? undefined : await cache.match(`${url.pathname}/`, { ignoreSearch: true }));
      if (hit) return hit;
      try {
        return await fetch(req);
      } catch {
        // Pages left out of the pack (one per declaration record) get a page saying so.
        if (req.mode === 'navigate') return (await cache.match(`${BASE}luring/belum-tersimpan/`)) ?? Response.error();
        return Response.error();
      }
    })(),
  );
});
