// Timings of the Multiprojektplan in headless Chromium for a portfolio of 500 projects with 10
// milestones each (figures, not a test: nothing here fails on a slow result).
//
//   make messung-browser        # builds dist/ first, then runs this script
//   node tools/messung_multiprojektplan.mjs [PROJEKTE] [MEILENSTEINE_JE]
//
// It expects a built dist/ (like the end-to-end tests, whose server and browser set-up it
// reuses), generates the workspace with `cargo run --release --example arbeitsbereich_erzeugen`,
// writes it and the settings that open it into local storage before the app starts, and then
// measures each step in five fresh browser contexts and prints the median, minimum and maximum.
//
// Page-side figures run from the triggering action (input event, click, hash change) until the
// DOM shows the result and the next frame has been drawn (requestAnimationFrame, then a task),
// measured with performance.now() in the page. "Wanduhr" figures are taken in Node around the
// Playwright action and include the round trips to the browser. The JS heap is V8's heap after a
// forced garbage collection (CDP Runtime.getHeapUsage); the WebAssembly memory (Rust's heap,
// which holds the workspace) is reported separately, since it lies outside V8's heap.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { umgebung } from '../tests/e2e/hilfen.mjs';

const PROJEKTE = Number(process.argv[2] ?? 500);
const MEILENSTEINE = Number(process.argv[3] ?? 10);
const DURCHLAEUFE = 5;
const ID = 'messung';
const SCHLUESSEL = `upo-werkzeugkasten:arbeitsbereich:${ID}:a`;
const EINSTELLUNGEN = 'upo-werkzeugkasten:einstellungen';
const BASIS = '#/multiprojektplan';
const SUCHWORT = 'Wohngeld';

if (!existsSync('dist/index.html')) {
  console.error('dist/ fehlt: zuerst `make dist` ausführen (oder `make messung-browser`).');
  process.exit(1);
}

const zahl = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const zahl1 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Today in local time as JJJJ-MM-TT, so that generator and browser agree on "heute". */
function heuteIso() {
  const d = new Date();
  const zwei = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${zwei(d.getMonth() + 1)}-${zwei(d.getDate())}`;
}

function median(werte) {
  const s = [...werte].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ----- the workspace ------------------------------------------------------------------------

process.stderr.write(`Erzeuge den Arbeitsbereich (${PROJEKTE} Projekte × ${MEILENSTEINE} Meilensteine) …\n`);
const erzeugtAb = Date.now();
const umschlag = execFileSync('cargo', [
  'run', '--release', '--locked', '--quiet', '--example', 'arbeitsbereich_erzeugen', '--',
  String(PROJEKTE), String(MEILENSTEINE), heuteIso(),
], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] }).trim();
const erzeugtIn = Date.now() - erzeugtAb;
const daten = JSON.parse(umschlag).daten;
const ersterProjekt = daten.multiprojektplan.projekte[0].id;
const einstellungen = JSON.stringify({
  art: 'upo-werkzeugkasten-einstellungen', schema: 1,
  einstellungen: { aktiver_arbeitsbereich: ID, erinnerung_nach_tagen: 0, letzte_sicherung: {} },
});

// ----- one run ------------------------------------------------------------------------------

/** In the page: runs `aktion`, resolves with the milliseconds until `fertig()` holds and the
 *  next frame is drawn. */
function messhilfe() {
  window.__messe = (aktion, fertig) => new Promise((ok, fehler) => {
    const beginn = performance.now();
    const ende = () => requestAnimationFrame(() => setTimeout(() => ok(performance.now() - beginn), 0));
    let beobachter;
    const frist = setTimeout(() => { beobachter?.disconnect(); fehler(new Error('Zeitüberschreitung')); }, 60_000);
    const pruefe = () => {
      if (!fertig()) return false;
      clearTimeout(frist);
      beobachter?.disconnect();
      ende();
      return true;
    };
    beobachter = new MutationObserver(pruefe);
    beobachter.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    aktion();
    pruefe();
  });
  // Trunk's loader announces the started module; its memory is the WebAssembly heap.
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail?.wasm; });
}

async function durchlauf(umg) {
  const kontext = await umg.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const seite = await kontext.newPage();
  const fehler = [];
  seite.on('pageerror', (f) => fehler.push(String(f)));
  seite.on('console', (n) => { if (n.type() === 'error') fehler.push(n.text()); });
  await seite.addInitScript(([schluessel, text, eSchluessel, eText]) => {
    if (localStorage.getItem(schluessel) === null) {
      localStorage.setItem(schluessel, text);
      localStorage.setItem(eSchluessel, eText);
    }
  }, [SCHLUESSEL, umschlag, EINSTELLUNGEN, einstellungen]);
  await seite.addInitScript(messhilfe);
  const cdp = await kontext.newCDPSession(seite);
  const w = {};

  // First render of the portfolio: navigation start until the last row exists.
  const wandAb = Date.now();
  await seite.goto(new URL(BASIS, umg.url).href);
  w.erste = await seite.evaluate((n) => new Promise((ok) => {
    const pruefe = () => {
      if (document.querySelectorAll('.portfolio__tabelle tbody tr').length >= n) {
        requestAnimationFrame(() => setTimeout(() => ok(performance.now()), 0));
        return true;
      }
      return false;
    };
    if (pruefe()) return;
    const b = new MutationObserver(() => { if (pruefe()) b.disconnect(); });
    b.observe(document, { subtree: true, childList: true });
  }), PROJEKTE);
  w.ersteWand = Date.now() - wandAb;

  // Memory after loading.
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  w.heap = heap.usedSize / 1024 / 1024;
  w.wasm = await seite.evaluate(() => (window.__wasm?.memory?.buffer?.byteLength ?? NaN) / 1024 / 1024);

  // Filter: one input event with the whole word, until the count says "n von 500".
  w.filter = await seite.evaluate((wort) => window.__messe(() => {
    const feld = document.querySelector('#filter-text');
    feld.value = wort;
    feld.dispatchEvent(new Event('input', { bubbles: true }));
  }, () => /von/.test(document.querySelector('#portfolio-anzahl').textContent)), SUCHWORT);
  w.treffer = await seite.locator('#portfolio-anzahl').innerText();
  // The same word typed key by key (each key filters), wall clock.
  await seite.locator('#filter-text').fill('');
  await seite.waitForFunction((n) => document.querySelectorAll('.portfolio__tabelle tbody tr').length >= n, PROJEKTE);
  const tippenAb = Date.now();
  await seite.locator('#filter-text').pressSequentially(SUCHWORT);
  await seite.waitForFunction((t) => document.querySelector('#portfolio-anzahl').textContent === t, w.treffer);
  w.tippen = Date.now() - tippenAb;
  await seite.locator('#filter-text').fill('');
  await seite.waitForFunction((n) => document.querySelectorAll('.portfolio__tabelle tbody tr').length >= n, PROJEKTE);

  // Sort by Verzug, then group by Programm.
  w.sortieren = await seite.evaluate(() => window.__messe(() => {
    const knopf = [...document.querySelectorAll('.portfolio__tabelle thead button')].find((b) => b.textContent.startsWith('Verzug'));
    knopf.click();
  }, () => [...document.querySelectorAll('.portfolio__tabelle thead th')]
    .some((th) => th.textContent.startsWith('Verzug') && th.getAttribute('aria-sort') === 'ascending')));
  w.gruppieren = await seite.evaluate(() => window.__messe(() => {
    const liste = document.querySelector('#gruppierung');
    liste.value = 'programm';
    liste.dispatchEvent(new Event('change', { bubbles: true }));
  }, () => document.querySelector('.portfolio__gruppe') !== null));

  // The timeline: route change until every row is in the SVG; then zoom to months and years.
  w.zeitplan = await seite.evaluate(([basis, n]) => window.__messe(() => { location.hash = `${basis}/zeitplan`; },
    () => document.querySelectorAll('svg.zeitplan__svg a.zeitplan__zeile').length >= n), [BASIS, PROJEKTE]);
  const zoom = (id) => seite.evaluate((i) => {
    const svg = () => document.querySelector('svg.zeitplan__svg');
    const breite = svg().getAttribute('width');
    return window.__messe(() => document.getElementById(i).click(), () => svg() && svg().getAttribute('width') !== breite);
  }, id);
  w.zoomMonat = await zoom('zeitplan-zoom-0');
  w.zoomJahr = await zoom('zeitplan-zoom-2');

  // A project page with its milestones, trend analysis and reports.
  w.projekt = await seite.evaluate(([basis, id]) => window.__messe(() => { location.hash = `${basis}/projekt/${id}`; },
    () => document.querySelector('#abschnitt-berichte') !== null
      && document.querySelector('main h1')?.textContent.startsWith('Projekt ')), [BASIS, ersterProjekt]);

  // Export: click until the browser offers the download (wall clock) and the page reports it.
  await seite.evaluate((basis) => { location.hash = `${basis}/export`; }, BASIS);
  await seite.locator('#export-xlsx').waitFor();
  const exportAb = Date.now();
  const [download] = await Promise.all([seite.waitForEvent('download'), seite.locator('#export-xlsx').click()]);
  w.export = Date.now() - exportAb;
  w.exportGroesse = (await stat(await download.path())).size;
  await seite.locator('.exportmeldung p').waitFor();

  await kontext.close();
  if (fehler.length) throw new Error(`Fehler im Browser: ${fehler.join(' | ')}`);
  return w;
}

// ----- main ---------------------------------------------------------------------------------

const umg = await umgebung();
const laeufe = [];
try {
  for (let i = 1; i <= DURCHLAEUFE; i++) {
    process.stderr.write(`Durchlauf ${i} von ${DURCHLAEUFE} …\n`);
    laeufe.push(await durchlauf(umg));
  }
} finally {
  await umg.schliessen();
}

const version = execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const meilensteine = daten.multiprojektplan.meilensteine.length;
const prognosen = daten.multiprojektplan.meilensteine.reduce((n, m) => n + (m.prognosen ?? []).length, 0);
console.log(`Multiprojektplan im Browser: ${zahl.format(PROJEKTE)} Projekte, ${zahl.format(meilensteine)} Meilensteine, `
  + `${zahl.format(prognosen)} Prognosen, ${zahl.format(daten.multiprojektplan.abhaengigkeiten.length)} Abhängigkeiten, `
  + `${zahl.format(daten.multiprojektplan.statusberichte.length)} Statusberichte`);
console.log(`Arbeitsbereich: ${zahl1.format(Buffer.byteLength(umschlag) / 1024 / 1024)} MB JSON (cargo run einschließlich Übersetzen: ${zahl.format(erzeugtIn)} ms)`);
console.log(`${version}, headless, 1280 × 900 px; Median, Minimum und Maximum aus ${DURCHLAEUFE} Durchläufen in frischen Browserkontexten`);
console.log(`Suchwort „${SUCHWORT}“: ${laeufe[0].treffer}`);
console.log('');

const zeilen = [
  ['Portfolio: erste Darstellung aller Zeilen, ab Navigationsbeginn (Seite)', 'erste', 'ms'],
  ['Portfolio: erste Darstellung aller Zeilen, goto bis Zeilen da (Wanduhr)', 'ersteWand', 'ms'],
  ['Portfolio: Suchwort auf einmal eingeben bis Anzahl aktualisiert (Seite)', 'filter', 'ms'],
  [`Portfolio: Suchwort Taste für Taste tippen, ${SUCHWORT.length} Zeichen (Wanduhr)`, 'tippen', 'ms'],
  ['Portfolio: nach Verzug sortieren (Seite)', 'sortieren', 'ms'],
  ['Portfolio: nach Programm gruppieren (Seite)', 'gruppieren', 'ms'],
  ['Zeitplan: Seitenwechsel bis alle Zeilen im SVG (Seite)', 'zeitplan', 'ms'],
  ['Zeitplan: Zoom Quartal → Monat (Seite)', 'zoomMonat', 'ms'],
  ['Zeitplan: Zoom Monat → Jahr (Seite)', 'zoomJahr', 'ms'],
  ['Projektseite öffnen (Seite)', 'projekt', 'ms'],
  ['Excel-Export: Klick bis Download (Wanduhr)', 'export', 'ms'],
  ['Excel-Datei: Größe', 'exportGroesse', 'KB'],
  ['JS-Heap nach dem Laden, nach Speicherbereinigung', 'heap', 'MB'],
  ['WebAssembly-Speicher nach dem Laden', 'wasm', 'MB'],
];
const breite = Math.max(...zeilen.map(([t]) => t.length));
const format = (wert, einheit) => {
  if (Number.isNaN(wert)) return '–';
  if (einheit === 'KB') return zahl.format(wert / 1024);
  if (einheit === 'MB') return zahl1.format(wert);
  return zahl.format(wert);
};
console.log(`${'Vorgang'.padEnd(breite)}  ${'Median'.padStart(8)}  ${'Min'.padStart(8)}  ${'Max'.padStart(8)}  Einheit`);
console.log('-'.repeat(breite + 38));
for (const [text, schluessel, einheit] of zeilen) {
  const werte = laeufe.map((l) => l[schluessel]);
  console.log(`${text.padEnd(breite)}  ${format(median(werte), einheit).padStart(8)}  `
    + `${format(Math.min(...werte), einheit).padStart(8)}  ${format(Math.max(...werte), einheit).padStart(8)}  ${einheit}`);
}
