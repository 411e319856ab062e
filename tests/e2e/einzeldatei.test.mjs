// The single-file edition (issue 15): dist-einzeldatei/upo-werkzeugkasten.html, opened through
// file:// as from a folder or a network drive, runs a Multiprojektplan flow and downloads a
// workbook without any request, and its CSP allows no inline code but its own (hashes).
// `make test` builds the file (tools/einzeldatei.py) before the end-to-end suite.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, pruefeBarrierefreiheit, herunterladen, warteGespeichert,
} from './hilfen.mjs';

const DATEI = resolve('dist-einzeldatei/upo-werkzeugkasten.html');
const ADRESSE = pathToFileURL(DATEI).href;

/** Every request the context makes, apart from the file itself and data:/blob: URLs. */
function anfragenMitschneiden(kontext) {
  const anfragen = [];
  kontext.on('request', (anfrage) => {
    const adresse = anfrage.url();
    if (/^(data|blob):/.test(adresse) || adresse.split('#')[0] === ADRESSE) return;
    anfragen.push(adresse);
  });
  return anfragen;
}

/** Milliseconds from navigation until the page's h1 is shown (median of `n` fresh contexts). */
async function startzeit(umg, adresse, n = 3) {
  const zeiten = [];
  for (let i = 0; i < n; i++) {
    const kontext = await umg.browser.newContext({ serviceWorkers: 'block' });
    const seite = await kontext.newPage();
    const beginn = performance.now();
    await seite.goto(adresse);
    await seite.locator('main h1').first().waitFor();
    zeiten.push(performance.now() - beginn);
    await kontext.close();
  }
  return Math.round(zeiten.sort((a, b) => a - b)[Math.floor(n / 2)]);
}

describe('Einzeldatei (file://)', () => {
  let umg;
  let einzel;
  before(async () => {
    umg = await umgebung();
    einzel = { url: ADRESSE, browser: umg.browser };
  });
  after(() => umg.schliessen());

  it('hat eine strenge CSP nur mit Hashes und verweist auf keine Datei daneben', async () => {
    const html = await readFile(DATEI, 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(csp, 'CSP-Meta vorhanden');
    const regeln = Object.fromEntries(csp.split(';').map((r) => r.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(regeln['default-src'], ["'none'"]);
    assert.deepEqual(regeln['connect-src'], ["'none'"]);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes("'self'"), csp);
    assert.ok(regeln['script-src'].every((q) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(q) || q === "'wasm-unsafe-eval'"));
    assert.ok(regeln['style-src'].length >= 1 && regeln['style-src'].every((q) => q.startsWith("'sha256-")));
    assert.ok(!/(src|href)="\.\//.test(html), 'keine Verweise auf Dateien daneben');
    assert.ok(!/url\(\s*["']?(https?:)?\/\//.test(html), 'nichts aus dem Netz');
    assert.ok(!/\sstyle=/.test(html), 'keine style-Attribute');
  });

  it('startet per file://, führt den Multiprojektplan aus und lädt eine Excel-Datei herunter – ohne eine einzige Anfrage', async (t) => {
    const { seite, kontext, befunde } = await neueSeite(einzel);
    const anfragen = anfragenMitschneiden(kontext);
    await oeffne(einzel, seite, '#/multiprojektplan');
    await seite.locator('#beispiel-laden').click();
    await seite.locator('#portfolio-anzahl', { hasText: '8 Projekte' }).waitFor();
    await warteGespeichert(seite);

    const projektlink = seite.locator('main a[href^="#/multiprojektplan/projekt/"]').first();
    const titel = (await projektlink.innerText()).trim();
    await projektlink.click();
    await seite.locator('main h1', { hasText: titel }).waitFor();

    await seite.evaluate(() => { location.hash = '#/multiprojektplan/export'; });
    await seite.locator('main h1', { hasText: 'Multiprojektplan exportieren' }).waitFor();
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^Multiprojektplan_.*\.xlsx$/);
    assert.equal(inhalt.subarray(0, 2).toString('latin1'), 'PK', 'eine ZIP-Datei');

    // The data stays in this browser's storage for file:// and survives a reload.
    await seite.reload();
    await seite.locator('main h1').first().waitFor();
    await seite.evaluate(() => { location.hash = '#/multiprojektplan'; });
    await seite.locator('#portfolio-anzahl', { hasText: '8 Projekte' }).waitFor();

    // The Über page names the mode; the licence texts and the operator settings are inside.
    await seite.evaluate(() => { location.hash = '#/ueber'; });
    await seite.locator('#betriebsart', { hasText: 'Einzeldatei' }).waitFor();
    const lizenz = await herunterladen(seite, seite.locator('main table a', { hasText: 'EUPL-1.2' }).first());
    assert.equal(lizenz.name, 'EUPL-1.2.md');
    assert.ok(lizenz.inhalt.toString('utf8').includes('EUROPÄISCHE UNION PUBLIC LICENCE'));
    await pruefeBarrierefreiheit(seite, 'Über-Seite der Einzeldatei');

    assert.deepEqual(anfragen, [], 'keine Anfrage außer der Datei selbst');
    pruefeSauber(befunde);
    await kontext.close();

    const groesse = (await stat(DATEI)).size;
    const gehostet = await startzeit(umg, new URL('#/multiprojektplan', umg.url).href);
    const datei = await startzeit(umg, `${ADRESSE}#/multiprojektplan`);
    t.diagnostic(`Einzeldatei: ${(groesse / 1e6).toFixed(2)} MB; Start bis h1 (Median aus 3): gehostet ${gehostet} ms, Einzeldatei ${datei} ms`);
  });
});
