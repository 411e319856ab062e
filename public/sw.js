// Service worker of the UPO-Werkzeugkasten: offline after the first visit (https and localhost;
// browsers offer no service worker on plain http).
//
// The build (tools/offline.py, run by the post_build hook) replaces VERSION and DATEIEN with
// the version of this build and every file it ships with its SHA-256 (SRI form), so the cache
// holds exactly the files of the running version: a file the server already replaced by a newer
// build fails its integrity check and the installation of this version fails as a whole.
//
// - install: caches every file of this version. A new version does NOT take over by itself
//   (no skipWaiting): it waits until the page asks for it (message "aktivieren"), which the app
//   does only when the user clicks "jetzt neu laden" and no input is unsaved.
// - activate: removes the caches of other versions and takes control of open pages.
// - fetch: files of this version from the cache (index.html for the app's address itself);
//   betreiber.json network first (the operator edits it without a rebuild), the cached copy
//   when the server is unreachable; everything else goes to the network untouched.
'use strict';

const VERSION = '__UPO_VERSION__';
const DATEIEN = __UPO_DATEIEN__;
const PRAEFIX = 'upo-werkzeugkasten-';
const CACHE = `${PRAEFIX}${VERSION}`;
const BETREIBER = 'betreiber.json';
const BETREIBER_CACHE = `${PRAEFIX}betreiber`;

const adresse = (datei) => new URL(datei, self.registration.scope).href;

async function betreiberMerken(antwort) {
  const cache = await caches.open(BETREIBER_CACHE);
  if (antwort.ok) await cache.put(adresse(BETREIBER), antwort);
  else if (antwort.status === 404) await cache.delete(adresse(BETREIBER));
}

self.addEventListener('install', (ereignis) => {
  ereignis.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(Object.entries(DATEIEN).map(async ([datei, integritaet]) => {
      const antwort = await fetch(new Request(adresse(datei), { cache: 'reload', integrity: integritaet }));
      if (!antwort.ok) throw new Error(`${datei}: HTTP ${antwort.status}`);
      await cache.put(adresse(datei), antwort);
    }));
    try {
      await betreiberMerken(await fetch(adresse(BETREIBER), { cache: 'no-store' }));
    } catch {
      // Optional file: without it the pages say "von der betreibenden Stelle auszufüllen".
    }
  })());
});

self.addEventListener('message', (ereignis) => {
  if (ereignis.data === 'aktivieren') self.skipWaiting();
});

self.addEventListener('activate', (ereignis) => {
  ereignis.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PRAEFIX) && name !== CACHE && name !== BETREIBER_CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

async function ausDemCache(datei, anfrage) {
  const cache = await caches.open(CACHE);
  return (await cache.match(adresse(datei))) ?? fetch(anfrage);
}

async function netzZuerst(anfrage) {
  try {
    const antwort = await fetch(anfrage, { cache: 'no-store' });
    await betreiberMerken(antwort.clone());
    return antwort;
  } catch {
    const cache = await caches.open(BETREIBER_CACHE);
    return (await cache.match(adresse(BETREIBER)))
      ?? new Response('', { status: 404, statusText: 'Nicht zwischengespeichert' });
  }
}

self.addEventListener('fetch', (ereignis) => {
  const anfrage = ereignis.request;
  if (anfrage.method !== 'GET') return;
  const scope = self.registration.scope;
  const url = anfrage.url.split('#')[0].split('?')[0];
  if (!url.startsWith(scope)) return;
  const datei = decodeURIComponent(url.slice(scope.length)) || 'index.html';
  if (datei === BETREIBER) {
    ereignis.respondWith(netzZuerst(anfrage));
  } else if (Object.hasOwn(DATEIEN, datei)) {
    ereignis.respondWith(ausDemCache(datei, anfrage));
  }
});
