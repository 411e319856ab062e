// Offline after the first visit (issue 15): the service worker caches the exact files of the
// running version, the app starts again with the server stopped, and a new version is
// announced and loaded only when the user asks and no input is unsaved.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, pruefeBarrierefreiheit, beispielportfolioLaden, herunterladen,
} from './hilfen.mjs';

/** Waits until the service worker controls the page (the Über page says so). */
async function offlineBereit(umg, seite) {
  await oeffne(umg, seite, '#/ueber');
  await seite.locator('#betriebsart', { hasText: 'Offline-Betrieb aktiv' }).waitFor({ timeout: 30000 });
  assert.ok(await seite.evaluate(() => navigator.serviceWorker.controller !== null));
}

/** The cache names of the app in the page's origin. */
function cachenamen(seite) {
  return seite.evaluate(async () => (await caches.keys()).sort());
}

describe('Offline nach dem ersten Besuch', () => {
  const aufraeumen = [];
  after(async () => { for (const schritt of aufraeumen.reverse()) await schritt(); });

  it('die App startet nach dem ersten Besuch auch bei gestopptem Server, mit Daten, Schrift und Lizenztexten', async () => {
    const umg = await umgebung();
    aufraeumen.push(() => umg.schliessen());
    const { seite, kontext, befunde } = await neueSeite(umg, { serviceWorker: true });
    await offlineBereit(umg, seite);
    const sw = await readFile('dist/sw.js', 'utf8');
    const version = sw.match(/const VERSION = '([0-9a-f]{16})'/)?.[1];
    assert.ok(version, 'sw.js trägt die Version dieses Builds');
    const dateien = Object.keys(JSON.parse(sw.match(/const DATEIEN = (\{[\s\S]*?\n\});/)[1]));
    for (const erwartet of ['index.html', 'lizenzen/EUPL-1.2.md', 'fira-sans/FiraSans-Regular.woff2']) {
      assert.ok(dateien.includes(erwartet), `${erwartet} in der Liste`);
    }
    assert.ok(dateien.some((d) => d.endsWith('.wasm')), 'das WebAssembly-Modul in der Liste');
    assert.ok(!dateien.includes('betreiber.json') && !dateien.includes('sw.js'));
    assert.deepEqual(await cachenamen(seite),
      ['upo-werkzeugkasten-betreiber', `upo-werkzeugkasten-${version}`].sort());
    await beispielportfolioLaden(umg, seite);

    await umg.server.schliessen();
    await assert.rejects(fetch(umg.url), 'der Server ist gestoppt');
    await seite.reload();
    await seite.locator('#portfolio-anzahl', { hasText: '8 Projekte' }).waitFor();
    assert.ok(await seite.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Fira Sans"');
    }), 'Fira Sans aus dem Zwischenspeicher');
    assert.equal(await seite.evaluate(async () => (await fetch('lizenzen/EUPL-1.2.md')).status), 200);
    // betreiber.json comes from the cache when the server is gone.
    assert.equal(await seite.evaluate(async () => (await fetch('betreiber.json')).status), 200);
    // The export worker (fetched on the first export only) comes from the cache as well.
    assert.ok(dateien.some((d) => /^xlsx-worker-[0-9a-f]{16}_bg\.wasm$/.test(d)), 'der Export-Worker in der Liste');
    await seite.evaluate(() => { location.hash = '#/multiprojektplan/export'; });
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^Multiprojektplan_.*\.xlsx$/);
    assert.equal(inhalt.subarray(0, 2).toString('latin1'), 'PK', 'eine xlsx-Datei (zip)');
    await seite.evaluate(() => { location.hash = '#/ueber'; });
    await seite.locator('#betriebsart', { hasText: 'Offline-Betrieb aktiv' }).waitFor();
    await pruefeBarrierefreiheit(seite, 'Über-Seite im Offline-Betrieb');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('eine neue Version wird angekündigt und erst geladen, wenn keine Eingabe ungespeichert ist', async () => {
    const verzeichnis = await mkdtemp(join(tmpdir(), 'upo-offline-'));
    aufraeumen.push(() => rm(verzeichnis, { recursive: true, force: true }));
    await cp('dist', verzeichnis, { recursive: true });
    const umg = await umgebung({ verzeichnis: resolve(verzeichnis) });
    aufraeumen.push(() => umg.schliessen());
    const { seite, kontext, befunde } = await neueSeite(umg, { serviceWorker: true });
    await offlineBereit(umg, seite);
    await beispielportfolioLaden(umg, seite);

    // A form with input the user has not saved.
    await oeffne(umg, seite, '#/multiprojektplan/neu');
    const feld = seite.locator('main form input[type=text]').first();
    await feld.fill('Noch nicht gespeichert');
    await seite.locator('#speicherstatus', { hasText: 'Ungespeicherte Eingaben im Formular' }).waitFor();

    // The operator installs a new build on the server.
    const swPfad = join(verzeichnis, 'sw.js');
    const alt = await readFile(swPfad, 'utf8');
    const version = alt.match(/const VERSION = '([0-9a-f]{16})'/)[1];
    await writeFile(swPfad, alt.replace(`const VERSION = '${version}'`, `const VERSION = '${version}-neu'`));
    await seite.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const hinweis = seite.locator('[role=status]', { hasText: 'Eine neue Version ist verfügbar' });
    await hinweis.waitFor({ timeout: 30000 });
    await pruefeBarrierefreiheit(seite, 'Hinweis auf eine neue Version');

    await seite.locator('#neu-laden').click();
    await seite.locator('#neu-laden-grund', { hasText: 'Erst speichern oder verwerfen Sie Ihre Eingaben' }).waitFor();
    assert.equal(await feld.inputValue(), 'Noch nicht gespeichert', 'nichts ausgetauscht');
    assert.ok((await cachenamen(seite)).includes(`upo-werkzeugkasten-${version}`), 'die alte Version läuft weiter');

    await feld.fill('');
    await seite.locator('#speicherstatus', { hasText: 'Alle Änderungen gespeichert' }).waitFor();
    await Promise.all([seite.waitForEvent('load'), seite.locator('#neu-laden').click()]);
    await seite.locator('main h1').first().waitFor();
    await seite.waitForFunction((v) => caches.keys().then((n) => n.includes(`upo-werkzeugkasten-${v}-neu`)
      && !n.includes(`upo-werkzeugkasten-${v}`)), version);
    assert.equal(await hinweis.count(), 0, 'nach dem Neuladen kein Hinweis mehr');
    await oeffne(umg, seite, '#/multiprojektplan');
    await seite.locator('#portfolio-anzahl', { hasText: '8 Projekte' }).waitFor();
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('auf einem http-Intranetserver (kein sicherer Kontext) läuft die App ohne Zwischenspeicher und sagt es', async () => {
    const umg = await umgebung();
    aufraeumen.push(() => umg.schliessen());
    // A host name other than localhost over plain http, as on an intranet server.
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--no-first-run', '--host-resolver-rules=MAP intranet.test 127.0.0.1'],
    });
    aufraeumen.push(() => browser.close());
    const intranet = { url: umg.url.replace('127.0.0.1', 'intranet.test'), browser };
    const { seite, kontext, befunde } = await neueSeite(intranet, { serviceWorker: true });
    await oeffne(intranet, seite, '#/ueber');
    await seite.locator('#betriebsart', { hasText: 'Nur mit Verbindung zum Server' }).waitFor();
    assert.ok((await seite.locator('main').innerText()).includes('unverschlüsseltes http'));
    assert.equal(await seite.evaluate(() => window.isSecureContext), false);
    await beispielportfolioLaden(intranet, seite);
    pruefeSauber(befunde);
    await kontext.close();
  });
});
