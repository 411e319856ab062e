// Timings of the Multiprojektplan in headless Chromium for a portfolio of 500 projects with 10
// milestones each (figures, not a test: nothing here fails on a slow result), side by side with
// the libraries a web developer would pick instead (issue 14): frappe-gantt renders the same
// portfolio, ExcelJS and SheetJS write the same typed 10,000 × 10 table our export writes.
//
//   make messung-browser                    # builds dist/ first, then runs this script
//   make messung-browser GROESSE="1000 10"  # 1,000 projects with 10 milestones each
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
//
// The peers (npm devDependencies, never part of dist/) run in a blank page of the same origin
// (VERGLEICH below), answered by a Playwright route from node_modules, in the same browser and
// in the same runs, each run in a fresh context:
// - frappe-gantt: every project as a task (expected start to expected end) and every milestone
//   as a task of one day at its date (actual, else latest forecast, else Basisplan), the
//   dependencies as its arrows; timed from `new Gantt(…)` until every bar is in the DOM and the
//   next frame is drawn. Our figure is the timeline's page change, which includes computing the
//   chart from the workspace; frappe gets its tasks ready-made.
// - ExcelJS and SheetJS: the same 10,000-row × 10-column typed table (tabellendaten() below),
//   from the rows in memory to the finished xlsx buffer (compressed, as our export's).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile, stat } from 'node:fs/promises';
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
// The plain envelope feeds frappe-gantt and the figures below; local storage gets the packed
// entry, as the app stores it.
const eintragDatei = join(mkdtempSync(join(tmpdir(), 'upo-messung-')), 'eintrag.txt');
const umschlag = execFileSync('cargo', [
  'run', '--release', '--locked', '--quiet', '--example', 'arbeitsbereich_erzeugen', '--',
  String(PROJEKTE), String(MEILENSTEINE), heuteIso(), `--eintrag=${eintragDatei}`,
], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] }).trim();
const eintrag = readFileSync(eintragDatei, 'utf8');
const erzeugtIn = Date.now() - erzeugtAb;
const daten = JSON.parse(umschlag).daten;
const ersterProjekt = daten.multiprojektplan.projekte[0].id;
const einstellungen = JSON.stringify({
  art: 'upo-werkzeugkasten-einstellungen', schema: 1,
  einstellungen: { aktiver_arbeitsbereich: ID, erinnerung_nach_tagen: 0, letzte_sicherung: {} },
});

// ----- one run ------------------------------------------------------------------------------

/** In the page: runs `aktion`, resolves with the milliseconds until `fertig()` holds and the
 *  next frame is drawn; with a list of conditions, with the list of their times (each taken
 *  once the ones before it held). */
function messhilfe() {
  window.__messe = (aktion, fertig) => new Promise((ok, fehler) => {
    const bedingungen = Array.isArray(fertig) ? [...fertig] : [fertig];
    const zeiten = [];
    const beginn = performance.now();
    const ende = () => requestAnimationFrame(() => setTimeout(() => ok(Array.isArray(fertig) ? zeiten : zeiten[0]), 0));
    let beobachter;
    const frist = setTimeout(() => { beobachter?.disconnect(); fehler(new Error('Zeitüberschreitung')); }, 60_000);
    const pruefe = () => {
      while (bedingungen.length && bedingungen[0]()) {
        bedingungen.shift();
        const i = zeiten.length;
        zeiten.push(NaN);
        requestAnimationFrame(() => setTimeout(() => { zeiten[i] = performance.now() - beginn; }, 0));
      }
      if (bedingungen.length) return false;
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
  // The first screen of the portfolio: the first 20 rows (the table renders a new set of rows
  // in steps, src/app/tabelle.rs) and the next frame drawn.
  const ersteSeite = new MutationObserver(() => {
    if (document.querySelectorAll('.portfolio .datentabelle__tabelle tbody tr').length >= 20) {
      ersteSeite.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__ersteSeite = performance.now(); }, 0));
    }
  });
  ersteSeite.observe(document, { subtree: true, childList: true });
  // Longest task (Long Tasks API), e.g. while the table adds its rows in steps.
  window.__lange = [];
  new PerformanceObserver((l) => window.__lange.push(...l.getEntries().map((e) => e.duration)))
    .observe({ type: 'longtask', buffered: true });
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
  }, [SCHLUESSEL, eintrag, EINSTELLUNGEN, einstellungen]);
  await seite.addInitScript(messhilfe);
  const cdp = await kontext.newCDPSession(seite);
  const w = {};

  // First render of the portfolio: navigation start until the first screen is drawn, and until
  // the last row exists (the table no longer aria-busy).
  const wandAb = Date.now();
  await seite.goto(new URL(BASIS, umg.url).href);
  w.erste = await seite.evaluate((n) => new Promise((ok) => {
    const pruefe = () => {
      if (document.querySelectorAll('.portfolio .datentabelle__tabelle tbody tr').length >= n
        && !document.querySelector('.portfolio table[aria-busy]')) {
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
  w.ersteSeite = await seite.evaluate(() => window.__ersteSeite);
  w.ersteBlockade = await seite.evaluate(() => Math.max(0, ...window.__lange));

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
  await seite.waitForFunction((n) => document.querySelectorAll('.portfolio .datentabelle__tabelle tbody tr').length >= n, PROJEKTE);
  const tippenAb = Date.now();
  await seite.locator('#filter-text').pressSequentially(SUCHWORT);
  await seite.waitForFunction((t) => document.querySelector('#portfolio-anzahl').textContent === t, w.treffer);
  w.tippen = Date.now() - tippenAb;
  await seite.locator('#filter-text').fill('');
  await seite.waitForFunction((n) => document.querySelectorAll('.portfolio .datentabelle__tabelle tbody tr').length >= n, PROJEKTE);

  // Sort by Verzug, then group by Programm: until the first rows show the result and the next
  // frame is drawn, and until every row is back (the table renders a new set of rows in steps
  // and is aria-busy meanwhile).
  // The longest task from the action until every row is back (Long Tasks API).
  const langeAb = () => seite.evaluate(() => window.__lange.length);
  const laengste = (ab) => seite.evaluate((i) => Math.max(0, ...window.__lange.slice(i)), ab);
  let ab = await langeAb();
  [w.sortieren, w.sortierenAlle] = await seite.evaluate((n) => window.__messe(() => {
    const knopf = [...document.querySelectorAll('.portfolio .datentabelle__tabelle thead button')].find((b) => b.textContent.startsWith('Verzug'));
    knopf.click();
  }, [() => [...document.querySelectorAll('.portfolio .datentabelle__tabelle thead th')]
    .some((th) => th.textContent.startsWith('Verzug') && th.getAttribute('aria-sort') === 'ascending'),
  () => !document.querySelector('.portfolio table[aria-busy]')
    && document.querySelectorAll('.portfolio .datentabelle__tabelle tbody tr').length >= n]), PROJEKTE);
  w.sortierenBlockade = await laengste(ab);
  ab = await langeAb();
  [w.gruppieren, w.gruppierenAlle] = await seite.evaluate((n) => window.__messe(() => {
    const liste = document.querySelector('#gruppierung');
    liste.value = 'programm';
    liste.dispatchEvent(new Event('change', { bubbles: true }));
  }, [() => document.querySelector('.portfolio .datentabelle__gruppe') !== null,
    () => !document.querySelector('.portfolio table[aria-busy]')
      && document.querySelectorAll('.portfolio .datentabelle__tabelle tbody tr:not(.datentabelle__gruppe)').length >= n]), PROJEKTE);
  w.gruppierenBlockade = await laengste(ab);

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

  // Edit one field (the project's budget) and save the form, until the header says "Alle
  // Änderungen gespeichert": the main thread's work meanwhile (Chrome's TaskDuration from CDP
  // Performance.getMetrics: every task on the page's main thread, idle time not counted, so the
  // save's 500 ms delay does not count), the longest task, and the wall time on the page.
  await seite.locator('#abschnitt-budget-bearbeiten').click();
  await seite.locator('#mpp-budget').fill('1.250.000,50');
  await cdp.send('Performance.enable');
  const aufgabenzeit = async () => (await cdp.send('Performance.getMetrics')).metrics
    .find((m) => m.name === 'TaskDuration').value * 1000;
  ab = await langeAb();
  const arbeitVorher = await aufgabenzeit();
  [w.aendernSichtbar, w.aendernGespeichert] = await seite.evaluate(() => window.__messe(
    () => document.querySelector('#projekt-speichern-budget').click(),
    [() => document.querySelector('#speicherstatus').textContent.includes('werden gespeichert'),
      () => document.querySelector('#speicherstatus').textContent.startsWith('Alle Änderungen gespeichert')]));
  w.aendernArbeit = await aufgabenzeit() - arbeitVorher;
  w.aendernBlockade = await laengste(ab);

  // Export: click until the browser offers the download (wall clock) and the page reports it.
  await seite.evaluate((basis) => { location.hash = `${basis}/export`; }, BASIS);
  await seite.locator('#export-xlsx').waitFor();
  // The page's longest task meanwhile (Long Tasks API): the page serialises the workspace into
  // the job; the export worker builds the Mappe and writes the file.
  await seite.evaluate(() => {
    window.__lange = [];
    window.__langeBeobachter = new PerformanceObserver((l) => window.__lange.push(...l.getEntries().map((e) => e.duration)));
    window.__langeBeobachter.observe({ type: 'longtask' });
  });
  const exportAb = Date.now();
  const [download] = await Promise.all([seite.waitForEvent('download'), seite.locator('#export-xlsx').click()]);
  w.export = Date.now() - exportAb;
  w.exportGroesse = (await stat(await download.path())).size;
  await seite.locator('.exportmeldung p', { hasText: 'heruntergeladen' }).waitFor();
  w.exportBlockade = await seite.evaluate(() => { window.__langeBeobachter.disconnect(); return Math.max(0, ...window.__lange); });

  await kontext.close();
  if (fehler.length) throw new Error(`Fehler im Browser: ${fehler.join(' | ')}`);
  return w;
}

// ----- the peers ----------------------------------------------------------------------------

/** The blank page of the peers and the library files it loads, served under this path of the
 *  test server's origin by a route of the benchmark (not by dist/, not from a CDN). */
const VERGLEICH = '__vergleich/';
const BIBLIOTHEKEN = {
  'frappe-gantt.css': ['node_modules/frappe-gantt/dist/frappe-gantt.css', 'text/css'],
  'frappe-gantt.js': ['node_modules/frappe-gantt/dist/frappe-gantt.umd.js', 'text/javascript'],
  'exceljs.js': ['node_modules/exceljs/dist/exceljs.min.js', 'text/javascript'],
  'xlsx.js': ['node_modules/xlsx/dist/xlsx.full.min.js', 'text/javascript'],
};
const LEERE_SEITE = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Vergleich</title>
<link rel="stylesheet" href="frappe-gantt.css">
<script src="frappe-gantt.js"></script><script src="exceljs.js"></script><script src="xlsx.js"></script>
</head><body><div id="gantt"></div></body></html>`;
const version = async (paket) => JSON.parse(await readFile(`node_modules/${paket}/package.json`, 'utf8')).version;
const VERSIONEN = {
  frappe: await version('frappe-gantt'), exceljs: await version('exceljs'), sheetjs: await version('xlsx'),
};

/** The same portfolio as frappe-gantt tasks: projects, then milestones, with the dependencies. */
function gantt_aufgaben(plan) {
  const ende = (p) => p.ende_ist ?? p.ende_prognose ?? p.ende_plan;
  const beginn = (p) => p.start_ist ?? p.start_plan;
  const termin = (m) => m.ist ?? m.prognosen?.at(-1)?.datum ?? m.basis;
  const aufgaben = new Map();
  for (const p of plan.projekte) {
    if (!beginn(p) || !ende(p)) continue;
    aufgaben.set(`p${p.id}`, { id: `p${p.id}`, name: `${p.kennung} ${p.titel}`, start: beginn(p), end: ende(p), progress: 0, dependencies: [] });
  }
  for (const m of plan.meilensteine) {
    if (!termin(m)) continue;
    aufgaben.set(`m${m.id}`, { id: `m${m.id}`, name: m.bezeichnung, start: termin(m), end: termin(m), progress: 0, dependencies: [] });
  }
  const schluessel = (b) => `${b.art === 'projekt' ? 'p' : 'm'}${b.id}`;
  for (const a of plan.abhaengigkeiten) {
    const von = schluessel(a.von);
    const zu = aufgaben.get(schluessel(a.zu));
    if (zu && aufgaben.has(von)) zu.dependencies.push(von);
  }
  return [...aufgaben.values()].map((a) => ({ ...a, dependencies: a.dependencies.join(',') }));
}
const AUFGABEN = gantt_aufgaben(daten.multiprojektplan);

/** In the page: the typed table every xlsx writer gets, 10,000 rows × 10 columns under one
 *  header row: text, text, text, integer, date, date, integer, decimal, euro amount, boolean.
 *  Deterministic (a fixed linear congruential sequence), so every writer and run gets the same
 *  values. Our export worker's figure (unsereXlsxMessung) is to write exactly this table. */
function tabellendaten() {
  let z = 20261205;
  const zufall = () => { z = (z * 1103515245 + 12345) % 2147483648; return z / 2147483648; };
  const kopf = ['Projekt-ID', 'Titel', 'Programm', 'Welle', 'Beginn', 'Ende', 'Verzug (Tage)', 'Prioritätswert (%)', 'Budget (€)', 'Muss-Kriterium'];
  const programme = ['Digitale Verwaltung', 'Bürgerservice', 'Infrastruktur', 'Familie und Soziales', 'Bauen und Wohnen'];
  const zeilen = [];
  for (let i = 0; i < 10_000; i++) {
    const beginn = new Date(Date.UTC(2024, 0, 1) + Math.floor(zufall() * 1000) * 86_400_000);
    const ende = new Date(beginn.getTime() + Math.floor(30 + zufall() * 900) * 86_400_000);
    zeilen.push([
      `P-${String(i + 1).padStart(5, '0')}`,
      `Vorhaben ${i + 1}: Antrag auf Wohngeld digital, Stufe ${1 + (i % 4)}`,
      programme[i % programme.length],
      1 + Math.floor(zufall() * 5),
      beginn,
      ende,
      Math.round(zufall() * 400 - 100),
      Math.round(zufall() * 1000) / 10,
      Math.round(zufall() * 500_000_000) / 100,
      zufall() < 0.2,
    ]);
  }
  return { kopf, zeilen };
}

/** Number formats of the ten columns (Excel's codes; null = General). */
const FORMATE = [null, null, null, '0', 'DD.MM.YYYY', 'DD.MM.YYYY', '0', '0.0', '#,##0.00 "€"', null];

/** In the page: ExcelJS writes the table to an xlsx buffer; resolves with ms and bytes. */
async function exceljsSchreiben(formate) {
  const { kopf, zeilen } = window.__tabelle;
  const beginn = performance.now();
  const mappe = new ExcelJS.Workbook();
  const blatt = mappe.addWorksheet('Projekte');
  blatt.columns = kopf.map((k, i) => ({ header: k, key: String(i), style: formate[i] ? { numFmt: formate[i] } : {} }));
  for (const zeile of zeilen) blatt.addRow(zeile);
  const puffer = await mappe.xlsx.writeBuffer({ compression: 'DEFLATE' });
  return { ms: performance.now() - beginn, bytes: puffer.byteLength };
}

/** In the page: SheetJS writes the table to an xlsx buffer; resolves with ms and bytes. */
function sheetjsSchreiben(formate) {
  const { kopf, zeilen } = window.__tabelle;
  const beginn = performance.now();
  const blatt = XLSX.utils.aoa_to_sheet([kopf, ...zeilen], { cellDates: true });
  for (let r = 1; r <= zeilen.length; r++) {
    formate.forEach((f, c) => {
      if (f) blatt[XLSX.utils.encode_cell({ r, c })].z = f;
    });
  }
  const mappe = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(mappe, blatt, 'Projekte');
  const puffer = XLSX.write(mappe, { type: 'array', bookType: 'xlsx', compression: true, cellDates: true });
  return { ms: performance.now() - beginn, bytes: puffer.byteLength };
}

/** One run of the peers in a fresh context: frappe-gantt, ExcelJS, SheetJS. */
async function vergleichslauf(umg) {
  const kontext = await umg.browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  await kontext.route(`${umg.url}${VERGLEICH}**`, async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (BIBLIOTHEKEN[name]) {
      const [datei, art] = BIBLIOTHEKEN[name];
      await route.fulfill({ body: await readFile(datei), contentType: `${art}; charset=utf-8` });
    } else {
      await route.fulfill({ body: LEERE_SEITE, contentType: 'text/html; charset=utf-8' });
    }
  });
  const seite = await kontext.newPage();
  const fehler = [];
  seite.on('pageerror', (f) => fehler.push(String(f)));
  await seite.addInitScript(messhilfe);
  await seite.goto(`${umg.url}${VERGLEICH}leer.html`);
  const v = {};
  v.frappe = await seite.evaluate((aufgaben) => window.__messe(
    () => { window.__gantt = new Gantt('#gantt', aufgaben, { view_mode: 'Month', readonly: true }); },
    () => document.querySelectorAll('#gantt .bar-wrapper').length >= aufgaben.length), AUFGABEN);
  v.frappeBalken = await seite.evaluate(() => document.querySelectorAll('#gantt .bar-wrapper').length);
  await seite.evaluate(() => { document.querySelector('#gantt').remove(); window.__gantt = null; });
  await seite.evaluate(`window.__tabelle = (${tabellendaten})()`);
  const exceljs = await seite.evaluate(exceljsSchreiben, FORMATE);
  const sheetjs = await seite.evaluate(sheetjsSchreiben, FORMATE);
  v.exceljs = exceljs.ms;
  v.exceljsGroesse = exceljs.bytes;
  v.sheetjs = sheetjs.ms;
  v.sheetjsGroesse = sheetjs.bytes;
  const unsere = await unsereXlsxMessung(seite, umg);
  v.unsere = unsere.ms;
  v.unsereGroesse = unsere.bytes;
  v.unsereBlockade = unsere.blockade;
  v.unsereVorPacken = unsere.vorPacken;
  v.unserePacken = unsere.ms - unsere.vorPacken;
  await kontext.close();
  if (fehler.length) throw new Error(`Fehler im Browser (Vergleich): ${fehler.join(' | ')}`);
  return v;
}

/** Our export worker writes the table of tabellendaten() (same rows, same number formats as
 *  FORMATE) in the same page and browser as the peers: the worker of dist/ (its start script
 *  named in index.html) is started and ready first, as it is after the first export; then the
 *  clock runs from building the job (a ready Mappe as JSON, on the page) until the file's bytes
 *  are back on the page. Also records the page's longest task meanwhile (Long
 *  Tasks API): the peers write on the page, ours does not. */
async function unsereXlsxMessung(seite, umg) {
  const index = await readFile('dist/index.html', 'utf8');
  const start = index.match(/<meta name="upo-xlsx-worker" content="\.\/([^"]+)">/)?.[1];
  if (!start) throw new Error('dist/index.html nennt keinen Export-Worker');
  return seite.evaluate(async (url) => {
    const worker = new Worker(url);
    // When the worker reports the last step (rust_xlsxwriter writes the sheets' XML and
    // compresses it in one go): splits our time into reading the job and filling the cells,
    // and writing the XML and packing it.
    let gepackt = NaN;
    const antwort = () => new Promise((ok, fehler) => {
      worker.onmessage = (e) => {
        if (e.data instanceof Uint8Array) return ok(e.data);
        const m = JSON.parse(e.data);
        if (m.art === 'fortschritt' && m.text.includes('gepackt')) gepackt = performance.now();
        if (m.art === 'bereit') ok(m);
        else if (m.art === 'fehler') fehler(new Error(m.text));
      };
      worker.onerror = () => fehler(new Error('Export-Worker nicht ladbar'));
    });
    await antwort();
    const lange = [];
    const beobachter = new PerformanceObserver((l) => lange.push(...l.getEntries().map((e) => e.duration)));
    beobachter.observe({ type: 'longtask' });
    const { kopf, zeilen } = window.__tabelle;
    const iso = (d) => d.toISOString().slice(0, 10);
    const beginn = performance.now();
    const mappe = {
      info: {
        titel: 'Messung', arbeitsbereich: 'Messung', behoerde: '', ressort: '', stand: null,
        exportiert_am: { datum: '2026-12-05', stunde: 9, minute: 0 }, app_version: '0', datenversion: 1,
        einstufung: '', hinweise: [],
      },
      blaetter: [{
        name: 'Projekte',
        spalten: kopf,
        zeilen: zeilen.map((z) => [
          { Text: z[0] }, { Text: z[1] }, { Text: z[2] }, { Ganzzahl: z[3] }, { Datum: iso(z[4]) },
          { Datum: iso(z[5]) }, { Ganzzahl: z[6] }, { Dezimal: { wert: Math.round(z[7] * 10), stellen: 1 } },
          { Euro: Math.round(z[8] * 100) }, { Wahr: z[9] },
        ]),
        diagramme: [],
      }],
      legende: [],
    };
    const fertig = antwort();
    // A job with a ready workbook (export::auftrag::mappe_auftrag): the writer alone.
    worker.postMessage(JSON.stringify({ mappe }));
    const datei = await fertig;
    const ms = performance.now() - beginn;
    await new Promise((ok) => setTimeout(ok, 100));
    beobachter.disconnect();
    worker.terminate();
    return { ms, bytes: datei.byteLength, blockade: Math.max(0, ...lange), vorPacken: gepackt - beginn };
  }, `${umg.url}${start}`);
}

// ----- main ---------------------------------------------------------------------------------

const umg = await umgebung();
const laeufe = [];
const vergleiche = [];
try {
  for (let i = 1; i <= DURCHLAEUFE; i++) {
    process.stderr.write(`Durchlauf ${i} von ${DURCHLAEUFE} …\n`);
    laeufe.push(await durchlauf(umg));
    process.stderr.write(`Durchlauf ${i} von ${DURCHLAEUFE}: frappe-gantt ${VERSIONEN.frappe}, ExcelJS ${VERSIONEN.exceljs}, SheetJS ${VERSIONEN.sheetjs} …\n`);
    vergleiche.push(await vergleichslauf(umg));
  }
} finally {
  await umg.schliessen();
}

const browserversion = execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version'],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const meilensteine = daten.multiprojektplan.meilensteine.length;
const prognosen = daten.multiprojektplan.meilensteine.reduce((n, m) => n + (m.prognosen ?? []).length, 0);
console.log(`Multiprojektplan im Browser: ${zahl.format(PROJEKTE)} Projekte, ${zahl.format(meilensteine)} Meilensteine, `
  + `${zahl.format(prognosen)} Prognosen, ${zahl.format(daten.multiprojektplan.abhaengigkeiten.length)} Abhängigkeiten, `
  + `${zahl.format(daten.multiprojektplan.statusberichte.length)} Statusberichte`);
console.log(`Arbeitsbereich: ${zahl1.format(Buffer.byteLength(umschlag) / 1024 / 1024)} MB JSON (cargo run einschließlich Übersetzen: ${zahl.format(erzeugtIn)} ms)`);
console.log(`Gespeichert (gepackt, wie die App speichert): ${zahl.format(eintrag.length)} UTF-16-Einheiten je Slot, ${zahl1.format(eintrag.length / (5 * 1024 * 1024) * 100)} % des Kontingents von 5 Mi Einheiten (während eines Speicherns beide Slots: ${zahl1.format(2 * eintrag.length / (5 * 1024 * 1024) * 100)} %)`);
console.log(`${browserversion}, headless, 1280 × 900 px; Median, Minimum und Maximum aus ${DURCHLAEUFE} Durchläufen in frischen Browserkontexten`);
console.log(`Suchwort „${SUCHWORT}“: ${laeufe[0].treffer}`);
console.log('');

const zeilen = [
  ['Portfolio: erste Bildschirmseite (20 Zeilen), ab Navigationsbeginn (Seite)', 'ersteSeite', 'ms'],
  ['Portfolio: erste Darstellung aller Zeilen, ab Navigationsbeginn (Seite)', 'erste', 'ms'],
  ['Portfolio: längste Blockade der Seite bis dahin (Long Tasks)', 'ersteBlockade', 'ms'],
  ['Portfolio: erste Darstellung aller Zeilen, goto bis Zeilen da (Wanduhr)', 'ersteWand', 'ms'],
  ['Portfolio: Suchwort auf einmal eingeben bis Anzahl aktualisiert (Seite)', 'filter', 'ms'],
  [`Portfolio: Suchwort Taste für Taste tippen, ${SUCHWORT.length} Zeichen (Wanduhr)`, 'tippen', 'ms'],
  ['Portfolio: nach Verzug sortieren (Seite)', 'sortieren', 'ms'],
  ['Portfolio: nach Verzug sortieren, bis alle Zeilen wieder da (Seite)', 'sortierenAlle', 'ms'],
  ['Portfolio: sortieren, längste Blockade der Seite bis dahin (Long Tasks)', 'sortierenBlockade', 'ms'],
  ['Portfolio: nach Programm gruppieren (Seite)', 'gruppieren', 'ms'],
  ['Portfolio: nach Programm gruppieren, bis alle Zeilen wieder da (Seite)', 'gruppierenAlle', 'ms'],
  ['Portfolio: gruppieren, längste Blockade der Seite bis dahin (Long Tasks)', 'gruppierenBlockade', 'ms'],
  ['Zeitplan: Seitenwechsel bis alle Zeilen im SVG (Seite)', 'zeitplan', 'ms'],
  ['Zeitplan: Zoom Quartal → Monat (Seite)', 'zoomMonat', 'ms'],
  ['Zeitplan: Zoom Monat → Jahr (Seite)', 'zoomJahr', 'ms'],
  ['Projektseite öffnen (Seite)', 'projekt', 'ms'],
  ['Projekt: Budget ändern, bis „werden gespeichert“ (Seite)', 'aendernSichtbar', 'ms'],
  ['Projekt: Budget ändern, bis „Alle Änderungen gespeichert“ (Seite, mit 500 ms Wartezeit)', 'aendernGespeichert', 'ms'],
  ['Projekt: Budget ändern bis gespeichert, Arbeit im Hauptthread (CDP TaskDuration)', 'aendernArbeit', 'ms'],
  ['Projekt: Budget ändern bis gespeichert, längste Blockade (Long Tasks)', 'aendernBlockade', 'ms'],
  ['Excel-Export: Klick bis Download (Wanduhr)', 'export', 'ms'],
  ['Excel-Export: längste Blockade der Seite (Long Tasks; Auftrag schreiben)', 'exportBlockade', 'ms'],
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

// ----- side by side --------------------------------------------------------------------------

const mitte = (liste, schluessel) => median(liste.map((l) => l[schluessel]));
const m = (schluessel) => mitte(laeufe, schluessel);
const p = (schluessel) => mitte(vergleiche, schluessel);
console.log('');
console.log(`Vergleich (gleicher Browser, gleiche Durchläufe, Median aus ${DURCHLAEUFE}): `
  + `frappe-gantt ${VERSIONEN.frappe} mit ${zahl.format(AUFGABEN.length)} Aufgaben (${zahl.format(p('frappeBalken'))} Balken; `
  + `Projekte und Meilensteine, Ansicht „Month“, readonly), `
  + `ExcelJS ${VERSIONEN.exceljs} (${zahl.format(p('exceljsGroesse') / 1024)} KB) und SheetJS ${VERSIONEN.sheetjs} `
  + `(${zahl.format(p('sheetjsGroesse') / 1024)} KB) schreiben 10.000 Zeilen × 10 typisierte Spalten als xlsx, `
  + `unser Export-Worker ebenso (${zahl.format(p('unsereGroesse') / 1024)} KB, mit den Blättern Info und Legende)`);
console.log('');
const ms = (w) => (Number.isFinite(w) ? `${zahl.format(w)} ms` : '—');
const verhaeltnis = (unsere, ihre) => (Number.isFinite(unsere) && Number.isFinite(ihre) && unsere > 0
  ? `${zahl1.format(ihre / unsere)}× schneller` : '—');
const tabelle = [
  ['Schritt', 'Ziel', 'Unsere', 'Vergleich', 'Verhältnis'],
  ['Portfolio: erste Bildschirmseite ab Navigationsbeginn', '≤ 1.000 ms', ms(m('ersteSeite')), '—', '—'],
  ['Portfolio: alle Zeilen ab Navigationsbeginn', '(ohne Ziel)', ms(m('erste')), '—', '—'],
  ['Portfolio: Filter (Suchwort)', '≤ 100 ms', ms(m('filter')), '—', '—'],
  ['Portfolio: sortieren (sichtbare Zeilen)', '≤ 100 ms', ms(m('sortieren')), '—', '—'],
  ['Portfolio: gruppieren (sichtbare Zeilen)', '≤ 100 ms', ms(m('gruppieren')), '—', '—'],
  ['Zeitplan mit allen Zeilen (frappe-gantt)', '≤ 500 ms, ≥ 20× schneller', ms(m('zeitplan')), ms(p('frappe')), verhaeltnis(m('zeitplan'), p('frappe'))],
  ['Ein Feld ändern bis „Alle Änderungen gespeichert“: Arbeit im Hauptthread', '≤ 100 ms', ms(m('aendernArbeit')), '—', '—'],
  ['xlsx 10.000 × 10 (ExcelJS)', '≥ 3× schneller', ms(p('unsere')), ms(p('exceljs')), verhaeltnis(p('unsere'), p('exceljs'))],
  ['xlsx 10.000 × 10 (SheetJS)', '≥ 1,5× schneller', ms(p('unsere')), ms(p('sheetjs')), verhaeltnis(p('unsere'), p('sheetjs'))],
  ['xlsx 10.000 × 10: längste Blockade der Seite', '≤ 50 ms', ms(p('unsereBlockade')), '(ganze Dauer)', '—'],
  ['  davon Auftrag lesen, Zellen eintragen', '', ms(p('unsereVorPacken')), '—', '—'],
  ['  davon XML schreiben und packen (xlsx::ZIP_STUFE)', '', ms(p('unserePacken')), '—', '—'],
  ['Portfolio-Export: längste Blockade der Seite', '≤ 50 ms', ms(m('exportBlockade')), '—', '—'],
];
const breiten = tabelle[0].map((_, i) => Math.max(...tabelle.map((z) => z[i].length)));
tabelle.forEach((z, n) => {
  console.log(z.map((t, i) => (i >= 2 ? t.padStart(breiten[i]) : t.padEnd(breiten[i]))).join('  '));
  if (n === 0) console.log('-'.repeat(breiten.reduce((a, b) => a + b + 2, -2)));
});
