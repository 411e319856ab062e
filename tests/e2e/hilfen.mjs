// Shared set-up for the end-to-end tests: one static server and one Chromium per test file,
// a fresh browser context (empty local storage) per test, and guards that record everything a
// page must never do: requests to other origins, CSP violations, console errors, uncaught
// exceptions.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { starteServer } from './server.mjs';

export const PRODUKT = 'UPO-Werkzeugkasten';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One static server (of `dist/`, or of `verzeichnis`) and one Chromium. `server` is exposed
 *  so a test can stop it (offline.test.mjs). */
export async function umgebung({ verzeichnis } = {}) {
  const server = await starteServer(verzeichnis);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
  return {
    url: server.url,
    browser,
    server,
    async schliessen() {
      await browser.close();
      await server.schliessen();
    },
  };
}

/** Opens a page in a fresh context with all guards attached. The service worker (offline
 *  cache) is blocked unless `serviceWorker` is set: it would cache the whole app in every
 *  fresh context, and `page.route` does not see requests it answers. `offline.test.mjs`
 *  tests it. */
export async function neueSeite(umg, { breite = 1280, hoehe = 900, serviceWorker = false } = {}) {
  const kontext = await umg.browser.newContext({
    locale: 'de-DE',
    viewport: { width: breite, height: hoehe },
    acceptDownloads: true,
    serviceWorkers: serviceWorker ? 'allow' : 'block',
  });
  const seite = await kontext.newPage();
  const ursprung = new URL(umg.url).origin;
  const befunde = { fremdeAnfragen: [], csp: [], konsolenfehler: [], ausnahmen: [] };
  seite.on('request', (anfrage) => {
    const adresse = anfrage.url();
    if (adresse.startsWith('data:') || adresse.startsWith('blob:')) return;
    if (new URL(adresse).origin !== ursprung) befunde.fremdeAnfragen.push(adresse);
  });
  seite.on('console', (nachricht) => {
    if (nachricht.type() === 'error') befunde.konsolenfehler.push(nachricht.text());
  });
  seite.on('pageerror', (fehler) => befunde.ausnahmen.push(String(fehler)));
  await seite.exposeFunction('__cspVerstoss', (text) => befunde.csp.push(text));
  await seite.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspVerstoss(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return { seite, kontext, befunde };
}

/** Navigates to a hash route (or any relative URL) and waits until the app has rendered it. */
export async function oeffne(umg, seite, pfad = '#/') {
  await seite.goto(new URL(pfad, umg.url).href);
  await seite.locator('main h1').first().waitFor();
}

/** Waits until the page's main heading has keyboard focus (after a route change). */
export function fokusAufHauptueberschrift(seite) {
  return seite.waitForFunction(
    () => document.activeElement === document.querySelector('main h1'), null, { timeout: 5000 });
}

/** Fails if the page did anything it must never do. */
export function pruefeSauber(befunde, { erlaubteAusnahmen = [] } = {}) {
  assert.deepEqual(befunde.fremdeAnfragen, [], 'Anfragen an fremde Adressen');
  assert.deepEqual(befunde.csp, [], 'Verstöße gegen die Content-Security-Policy');
  const ausnahmen = befunde.ausnahmen.filter((a) => !erlaubteAusnahmen.some((m) => m.test(a)));
  assert.deepEqual(ausnahmen, [], 'Nicht abgefangene Ausnahmen');
  const fehler = befunde.konsolenfehler.filter((a) => !erlaubteAusnahmen.some((m) => m.test(a)));
  assert.deepEqual(fehler, [], 'Fehler in der Konsole');
}

/** axe-core with the WCAG 2.0/2.1 A and AA rules, plus a check axe does not make: every ID
 *  referenced by aria-labelledby / aria-describedby / aria-controls must exist. */
export async function pruefeBarrierefreiheit(seite, bezeichnung) {
  const ergebnis = await new AxeBuilder({ page: seite }).withTags(WCAG_TAGS).analyze();
  const verstoesse = ergebnis.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(verstoesse, [], `axe-Verstöße auf ${bezeichnung}`);
  const fehlendeIds = await seite.evaluate(() => {
    const fehlend = [];
    for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls']) {
      for (const el of document.querySelectorAll(`[${attr}]`)) {
        for (const id of el.getAttribute(attr).split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id)) fehlend.push(`${attr}=${id}`);
        }
      }
    }
    return fehlend;
  });
  assert.deepEqual(fehlendeIds, [], `Verweise auf fehlende IDs auf ${bezeichnung}`);
}

/** What the app says about itself on its diagnostic page list (`#/diagnose/seiten`): its
 *  version, the number of its stored data format, and the path of every page of every
 *  registered tool (record pages only for records of the open workspace). Read from the app,
 *  so tests never hard-code them and a new tool is covered the day it is registered. */
export async function registerDerApp(seite) {
  await seite.evaluate(() => { location.hash = '#/diagnose/seiten'; });
  await seite.locator('#datenformat').waitFor();
  return seite.evaluate(() => ({
    appVersion: document.querySelector('#app-version').textContent.trim(),
    datenformat: Number(document.querySelector('#datenformat').textContent),
    seiten: [...document.querySelectorAll('a[data-werkzeug]')]
      .map((a) => ({ werkzeug: a.dataset.werkzeug, route: a.getAttribute('href') })),
  }));
}

/** Loads the example of every registered tool, each from its start page, into the open
 *  workspace; returns the tools' slugs and then all pages (with the record pages). */
export async function alleBeispieleLaden(seite) {
  const leer = await registerDerApp(seite);
  const werkzeuge = [...new Set(leer.seiten.map((s) => s.werkzeug))];
  for (const werkzeug of werkzeuge) {
    await wechsleZu(seite, `#/${werkzeug}`);
    await beispielLaden(seite);
  }
  const { seiten } = await registerDerApp(seite);
  return { werkzeuge, seiten };
}

/** Fails unless every visible control can be reached with the Tab key: links, buttons and
 *  fields are not taken out of the tab order, except inside a composite widget (grid, tree,
 *  listbox, toolbar …) that keeps one of its items in it (roving tabindex). */
export async function pruefeTastaturerreichbarkeit(seite, bezeichnung) {
  const unerreichbar = await seite.evaluate(() => {
    const sichtbar = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const gruppe = 'svg,[role=group],[role=grid],[role=treegrid],[role=tree],[role=listbox],[role=toolbar],[role=radiogroup],[role=menu],[role=tablist],[role=application]';
    return [...document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=checkbox], [role=option], [role=gridcell], [role=treeitem], [role=tab]')]
      .filter((el) => !el.disabled && sichtbar(el) && el.tabIndex < 0)
      .filter((el) => !el.closest(gruppe)?.querySelector('[tabindex="0"]'))
      .filter((el) => !el.closest('[role=dialog]:not([open])'))
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} „${(el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40)}“`);
  });
  assert.deepEqual(unerreichbar, [], `Nicht per Tastatur erreichbar auf ${bezeichnung}`);
}

/** Fails if a visible button is narrower than its label, so that the text runs out of its
 *  box (as KERN's 48 px icon-button rule did to labelled buttons). */
export async function pruefeKnopfbeschriftungen(seite, bezeichnung) {
  const gequetscht = await seite.evaluate(() => [...document.querySelectorAll('.kern-btn')]
    .filter((b) => b.getClientRects().length > 0)
    .filter((b) => {
      const label = b.querySelector('.kern-label');
      return label && label.getBoundingClientRect().width > b.getBoundingClientRect().width + 1;
    })
    .map((b) => `${b.id ? `#${b.id} ` : ''}„${b.innerText.trim().slice(0, 40)}“`));
  assert.deepEqual(gequetscht, [], `Knöpfe schmaler als ihre Beschriftung auf ${bezeichnung}`);
}

/** Fails if the page needs horizontal scrolling at 320 CSS px (WCAG 1.4.10 Reflow); wide
 *  tables may scroll inside their own region, but their captions end inside it. Also checks
 *  that the workspace bar's undo and redo share one line there. Restores the previous
 *  viewport. */
export async function pruefeUmbruch320(seite, bezeichnung) {
  const vorher = seite.viewportSize();
  await seite.setViewportSize({ width: 320, height: 640 });
  const { breite, titel, verlauf } = await seite.evaluate(() => ({
    breite: document.documentElement.scrollWidth,
    // A table's caption ends inside its scroll region, however wide the table.
    titel: [...document.querySelectorAll('.kern-table-responsive > table > caption')]
      .filter((t) => t.getClientRects().length > 0)
      .map((t) => [t, t.getBoundingClientRect().right,
        t.closest('.kern-table-responsive').getBoundingClientRect().right])
      .filter(([, rechts, grenze]) => rechts > grenze + 1)
      .map(([t, rechts, grenze]) => `„${t.innerText.trim()}“ endet bei ${Math.round(rechts)} px, `
        + `sein Bereich bei ${Math.round(grenze)} px`),
    // The workspace bar's undo and redo share one line.
    verlauf: ['knopf-rueckgaengig', 'knopf-wiederholen']
      .map((id) => document.getElementById(id)?.getBoundingClientRect().top),
  }));
  await seite.setViewportSize(vorher);
  assert.ok(breite <= 320, `${bezeichnung}: Seitenbreite ${breite} px bei 320 px`);
  assert.deepEqual(titel, [], `${bezeichnung}: Tabellentitel bei 320 px`);
  assert.ok(verlauf.every((oben) => typeof oben === 'number') && verlauf[0] === verlauf[1],
    `${bezeichnung}: „Rückgängig“ und „Wiederholen“ bei 320 px nicht in einer Zeile (${verlauf})`);
}

/** Goes to a hash route by changing the fragment (as a click on a link does) and waits until
 *  the new page's heading has focus. */
export async function wechsleZu(seite, route) {
  await seite.evaluate((r) => { location.hash = r; }, route);
  await seite.waitForFunction((r) => location.hash === r
    && document.activeElement === document.querySelector('main h1'), route, { timeout: 10000 });
}

// ----- data layer -------------------------------------------------------------------------

export const PRAEFIX = 'upo-werkzeugkasten:';

/** Every local-storage entry of the page's origin, as an object. */
export function speicherinhalt(seite) {
  return seite.evaluate(() => Object.fromEntries(
    Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i))
      .map((k) => [k, localStorage.getItem(k)])));
}

/** The envelope JSON of a stored workspace slot: unpacks the packed form the app writes
 *  (`daten::packung`: "upo-z1:<bytes>:" and 15 bits of raw deflate per UTF-16 unit); plain
 *  text is returned as it is. An independent decoder, so the tests check the stored format. */
export function entpackt(text) {
  if (!text.startsWith('upo-z1:')) return text;
  const rest = text.slice('upo-z1:'.length);
  const trenner = rest.indexOf(':');
  const laenge = Number(rest.slice(0, trenner));
  const bytes = [];
  let puffer = 0;
  let bits = 0;
  for (let i = trenner + 1; i < rest.length; i++) {
    const wert = rest.charCodeAt(i) - 0x4000;
    assert.ok(wert >= 0 && wert <= 0x7fff, `Zeichen ${i} liegt außerhalb des Alphabets`);
    puffer = (puffer << 15) | wert;
    bits += 15;
    while (bits >= 8) {
      bits -= 8;
      bytes.push((puffer >> bits) & 0xff);
      puffer &= (1 << bits) - 1;
    }
  }
  return inflateRawSync(Buffer.from(bytes.slice(0, laenge))).toString('utf8');
}

/** About the length the app stores for envelope `text` (packed, see `entpackt`). */
export function gepackteLaenge(text) {
  const bytes = deflateRawSync(Buffer.from(text), { level: 6 }).length;
  return 'upo-z1:'.length + String(bytes).length + 1 + Math.ceil((bytes * 8) / 15);
}

/** Keys of workspace slots in a storage snapshot. */
export function arbeitsbereichSchluessel(inhalt) {
  return Object.keys(inhalt).filter((k) => k.startsWith(`${PRAEFIX}arbeitsbereich:`)).sort();
}

/** Waits until the header says that everything is saved. */
export async function warteGespeichert(seite) {
  await seite.locator('#speicherstatus', { hasText: 'Alle Änderungen gespeichert' }).waitFor();
}

/** "Beispiel laden" on the start page of an empty tool, and waits until the example is in the
 *  workspace (the empty state gives way to the tool's page) and saved. The examples' code is
 *  fetched on the first click, so the click alone does not mean the data is there. */
export async function beispielLaden(seite) {
  await seite.locator('#beispiel-laden').click();
  await seite.locator('#beispiel-laden').waitFor({ state: 'detached' });
  await warteGespeichert(seite);
}

/** Waits until the workspace is saved while a form may still hold input the user has not
 *  saved (the header then says "Ungespeicherte Eingaben …", which it only says once the
 *  workspace itself is saved). */
export async function warteDatenGespeichert(seite) {
  await seite.locator('#speicherstatus', {
    hasText: /^(Alle Änderungen gespeichert|Ungespeicherte Eingaben)/,
  }).waitFor();
}

/** Types into a text field and leaves it, which commits the change (one undo step). */
export async function feldSetzen(seite, beschriftung, wert) {
  const feld = seite.getByLabel(beschriftung, { exact: true });
  await feld.fill(wert);
  await feld.press('Tab');
}

/** The checksum of the app's envelope: FNV-1a 64 over canonical JSON (keys sorted). */
export function pruefsumme(daten) {
  const kanonisch = (w) => {
    if (Array.isArray(w)) return `[${w.map(kanonisch).join(',')}]`;
    if (w && typeof w === 'object') {
      return `{${Object.keys(w).sort().map((k) => `${JSON.stringify(k)}:${kanonisch(w[k])}`).join(',')}}`;
    }
    return JSON.stringify(w);
  };
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(kanonisch(daten), 'utf8')) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `fnv1a64:${hash.toString(16).padStart(16, '0')}`;
}

/** A workspace envelope as the app writes it (for fixtures in tests). */
export function umschlag(daten, { schema = 1, revision = 1, appVersion = '0.1.0' } = {}) {
  return JSON.stringify({
    art: 'upo-werkzeugkasten-arbeitsbereich', schema, revision,
    gespeichert_am: '2026-11-20T10:00:00.000Z', app_version: appVersion,
    pruefsumme: pruefsumme(daten), daten,
  });
}

/** Plain workspace data with the given id and name. */
export function arbeitsbereichDaten(id, bezeichnung, extra = {}) {
  return {
    id, angelegt_am: '2026-11-01T09:00:00.000Z',
    metadaten: { bezeichnung, behoerde: 'Bundesamt für Tests', ressort: 'BMI', verantwortlich: '', stand: null },
    ...extra,
  };
}

/** Clicks `ausloeser` and returns the file the page offers: its suggested name and content. */
export async function herunterladen(seite, ausloeser) {
  const [download] = await Promise.all([seite.waitForEvent('download'), ausloeser.click()]);
  return { name: download.suggestedFilename(), inhalt: await readFile(await download.path()) };
}

/** The metadata of every workspace envelope in local storage. */
export async function gespeicherteMetadaten(seite) {
  return Object.values(await speicherinhalt(seite))
    .map(entpackt)
    .filter((t) => t.includes('"art":"upo-werkzeugkasten-arbeitsbereich"'))
    .map((t) => JSON.parse(t).daten.metadaten);
}

// ----- Multiprojektplan -------------------------------------------------------------------

/** Presses Tab (Shift+Tab with `rueckwaerts`) until the focused element matches `selektor`;
 *  fails after `max` presses. Keyboard only: nothing is focused or clicked directly. */
export async function tabBis(seite, selektor, { max = 250, rueckwaerts = false } = {}) {
  for (let i = 0; i < max; i++) {
    await seite.keyboard.press(rueckwaerts ? 'Shift+Tab' : 'Tab');
    if (await seite.evaluate((s) => document.activeElement?.matches(s) ?? false, selektor)) return;
  }
  throw new Error(`${selektor} mit der Tabulatortaste nicht erreicht`);
}

/** The `daten` of the newest stored workspace envelope (a fresh context holds only one). */
export async function gespeicherteDaten(seite) {
  const umschlaege = Object.values(await speicherinhalt(seite))
    .map(entpackt)
    .filter((t) => t.includes('"art":"upo-werkzeugkasten-arbeitsbereich"'))
    .map((t) => JSON.parse(t))
    .sort((a, b) => b.revision - a.revision);
  return umschlaege[0]?.daten;
}

/** Today in the page's local time as JJJJ-MM-TT (the app's "heute"). */
export function heuteIso(seite) {
  return seite.evaluate(() => {
    const d = new Date();
    const zwei = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${zwei(d.getMonth() + 1)}-${zwei(d.getDate())}`;
  });
}

/** Opens the empty portfolio of a fresh workspace, loads the example portfolio (eight
 *  projects) and waits until it is saved. */
export async function beispielportfolioLaden(umg, seite) {
  await oeffne(umg, seite, '#/multiprojektplan');
  await seite.locator('#beispiel-laden').click();
  await seite.locator('#portfolio-anzahl', { hasText: '8 Projekte' }).waitFor();
  await warteGespeichert(seite);
}
