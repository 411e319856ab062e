// Time to the start page's heading on a first visit (cold cache), the app beside an empty Leptos
// app built the same way (tools/leere-app: same Leptos, same release profile, Trunk with
// wasm-opt -Oz), in the same browser and the same run (issue 24: at most twice the empty app's).
// Figures, not a test: nothing here fails on a slow result.
//
//   make messung-start        # builds dist/ and the empty app first, then runs this script
//   node tools/messung_start.mjs [dist] [target/leere-app/dist] [further dist …]
//
// Further folders are measured in the same runs, each against the empty app (e.g. a build of
// the shell without any tool, to see which part of the time the tools cost).
//
// Deep links (issue 24: a tool page as the first page of a visit, its parts fetched first):
//
//   node tools/messung_start.mjs --tief '#/checklisten/vorlagen' [--tief …] dist [further dist …]
//
// measures, per route and folder, when the tool page is there: a <h1> in <main> and no
// loading notice (`.nachladen`) left. Folders are then compared with each other, not with the
// empty app (e.g. two ways of splitting the same code).
//
// Each run opens a fresh browser context (empty cache, empty storage, no service worker) and
// measures, in the page, performance.now() — milliseconds since the navigation started — when
// the first <h1> is in the DOM (a MutationObserver installed before any script runs), and the
// bytes the page fetched until then. Seven runs per app, alternating; the median is printed.
import { resolve } from 'node:path';
import { umgebung } from '../tests/e2e/hilfen.mjs';
import { starteServer } from '../tests/e2e/server.mjs';

const RUNDEN = 7;
const argumente = process.argv.slice(2);
const tief = [];
while (argumente[0] === '--tief') tief.push(argumente.splice(0, 2)[1]);
const apps = tief.length > 0
  ? argumente.map((pfad) => [pfad, resolve(pfad)])
  : [
    ['UPO-Werkzeugkasten', resolve(argumente[0] ?? 'dist')],
    ['Leere Leptos-App', resolve(argumente[1] ?? 'target/leere-app/dist')],
    ...argumente.slice(2).map((pfad) => [pfad, resolve(pfad)]),
  ];

function median(werte) {
  const s = [...werte].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function einmal(browser, url) {
  const kontext = await browser.newContext({ serviceWorkers: 'block' });
  const seite = await kontext.newPage();
  // Bytes of every response the page fetched (as the test server sends them: uncompressed),
  // fonts aside as in issue 24's budget; counted once the network is idle.
  let bytes = 0;
  seite.on('requestfinished', async (anfrage) => {
    if (anfrage.url().endsWith('.woff2')) return;
    const groessen = await anfrage.sizes();
    bytes += groessen.responseBodySize;
  });
  // When the page counts as there: the first <h1>, or for a deep link the tool page's (a
  // function, not code as text: the app's CSP forbids eval).
  await seite.addInitScript((werkzeugseite) => {
    const istDa = werkzeugseite
      ? () => document.querySelector('main h1') && !document.querySelector('main .nachladen')
      : () => document.querySelector('h1');
    const melden = () => {
      if (window.__h1 === undefined && istDa()) window.__h1 = performance.now();
    };
    new MutationObserver(melden).observe(document, { childList: true, subtree: true });
  }, tief.length > 0);
  await seite.goto(url);
  await seite.waitForFunction(() => window.__h1 !== undefined, null, { timeout: 60_000 });
  const ms = await seite.evaluate(() => window.__h1);
  await seite.waitForLoadState('networkidle');
  await kontext.close();
  return { ms, bytes };
}

const umg = await umgebung({ verzeichnis: apps[0][1] });
const weitere = await Promise.all(apps.slice(1).map(([, pfad]) => starteServer(pfad)));
const urls = [umg.url, ...weitere.map((s) => s.url)];
const ziele = tief.length > 0 ? tief : [''];
// Per route, per folder: the runs, alternating between the folders.
const ergebnisse = ziele.map(() => apps.map(() => []));
for (let runde = 0; runde < RUNDEN; runde++) {
  for (const [z, ziel] of ziele.entries()) {
    for (let i = 0; i < apps.length; i++) {
      ergebnisse[z][i].push(await einmal(umg.browser, new URL(ziel, urls[i]).href));
    }
  }
}
for (const server of weitere) await server.schliessen();
await umg.schliessen();

console.log(tief.length > 0
  ? `\nWerkzeugseite als erste Seite (tiefer Link, kalter Cache), Median aus ${RUNDEN} Läufen`
  : `\nErste Überschrift beim ersten Besuch (kalter Cache), Median aus ${RUNDEN} Läufen`);
for (const [z, ziel] of ziele.entries()) {
  if (tief.length > 0) console.log(`\n${ziel}`);
  console.log(`${'App'.padEnd(30)} ${'ms'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)} ${'Bytes*'.padStart(10)}`);
  const mediane = ergebnisse[z].map((liste, i) => {
    const ms = liste.map((e) => e.ms);
    const m = median(ms);
    console.log(`${apps[i][0].padEnd(30)} ${m.toFixed(0).padStart(8)} ${Math.min(...ms).toFixed(0).padStart(8)} `
      + `${Math.max(...ms).toFixed(0).padStart(8)} ${String(median(liste.map((e) => e.bytes))).padStart(10)}`);
    return m;
  });
  for (let i = 0; i < apps.length && tief.length === 0; i++) {
    if (i === 1) continue;
    console.log(`Verhältnis ${apps[i][0]} zur leeren App: ${(mediane[i] / mediane[1]).toFixed(2)} (Ziel: höchstens 2,00)`);
  }
}
console.log('* geladene Bytes ohne Schriften, ungepackt (der Testserver komprimiert nicht)');
