// Sweep over every route: the routes come from the app's own links, so a tool is covered the
// day it is registered. Each route must render a main heading, set the title
// "<Überschrift> – UPO-Werkzeugkasten", pass axe, and make no foreign request, CSP violation or
// console error, and arriving there by a route change must move focus to its heading.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, pruefeBarrierefreiheit, verlinkteRouten,
  fokusAufHauptueberschrift, PRODUKT,
} from './hilfen.mjs';

const FESTE_ROUTEN = ['#/', '#/datenschutz', '#/barrierefreiheit', '#/ueber'];
const UNBEKANNT = '#/diese-seite-gibt-es-nicht/auch/nicht/hier';

describe('Alle Routen', () => {
  let umg;
  let routen;
  before(async () => {
    umg = await umgebung();
    routen = [...new Set([...FESTE_ROUTEN, ...(await verlinkteRouten(umg)), UNBEKANNT])];
  });
  after(() => umg.schliessen());

  it('die Startseite verlinkt mindestens alle festen Seiten', async () => {
    for (const route of FESTE_ROUTEN) assert.ok(routen.includes(route), route);
  });

  it('jede Route: Überschrift, Titel, axe, keine fremden Anfragen', async () => {
    for (const route of routen) {
      const { seite, kontext, befunde } = await neueSeite(umg);
      await oeffne(umg, seite, route);
      const h1 = seite.locator('main h1');
      assert.equal(await h1.count(), 1, `genau eine h1 auf ${route}`);
      const ueberschrift = (await h1.innerText()).trim();
      assert.equal(await seite.title(), `${ueberschrift} – ${PRODUKT}`, `Titel auf ${route}`);
      assert.equal(await seite.getAttribute('html', 'lang'), 'de');
      await pruefeBarrierefreiheit(seite, route);
      // Dark scheme requested by the system must not change anything: the theme is forced light.
      await seite.emulateMedia({ colorScheme: 'dark' });
      await pruefeBarrierefreiheit(seite, `${route} (System im dunklen Modus)`);
      // Arriving by a route change (not a fresh load) moves focus to the main heading.
      const vorher = route === '#/ueber' ? '#/' : '#/ueber';
      await seite.evaluate((r) => { location.hash = r; }, vorher);
      await seite.waitForFunction((r) => document.title !== '' && location.hash === r, vorher);
      await seite.evaluate((r) => { location.hash = r; }, route);
      await fokusAufHauptueberschrift(seite);
      assert.equal(await seite.title(), `${ueberschrift} – ${PRODUKT}`, `Titel nach Wechsel zu ${route}`);
      pruefeSauber(befunde);
      await kontext.close();
    }
  });

  it('unbekannte Routen zeigen „Seite nicht gefunden“', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, UNBEKANNT);
    assert.equal((await seite.locator('main h1').innerText()).trim(), 'Seite nicht gefunden');
    assert.equal(await seite.title(), `Seite nicht gefunden – ${PRODUKT}`);
    await seite.getByRole('link', { name: 'Zur Übersicht' }).click();
    await seite.waitForFunction(() => document.title.startsWith('Übersicht'));
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Datenschutz listet die gespeicherten Einträge der App mit ihrer Größe', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/');
    await seite.evaluate(() => {
      localStorage.setItem('upo-werkzeugkasten:arbeitsbereich:1', 'x'.repeat(2000));
      localStorage.setItem('andere-anwendung', 'nicht zeigen');
    });
    await oeffne(umg, seite, '#/datenschutz');
    const tabelle = seite.getByRole('region', { name: 'Gespeicherte Einträge' });
    await tabelle.waitFor();
    const text = await tabelle.innerText();
    assert.ok(text.includes('upo-werkzeugkasten:arbeitsbereich:1'));
    assert.ok(!text.includes('andere-anwendung'), 'fremde Schlüssel bleiben verborgen');
    // 35 + 2000 UTF-16 code units, counted the way the browser's quota counts them.
    assert.ok(text.includes('2,0\u00a0KB'), text);
    await pruefeBarrierefreiheit(seite, '#/datenschutz mit Daten');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('die Erklärung zur Barrierefreiheit zeigt auszufüllende Felder und die Schlichtungsstelle', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/barrierefreiheit');
    const inhalt = seite.locator('main');
    await inhalt.getByText('Stand der Vereinbarkeit').waitFor();
    for (const text of ['Feedback', 'Schlichtungsverfahren', 'Methode der Bewertung', 'Leichter Sprache']) {
      assert.ok((await inhalt.innerText()).includes(text), text);
    }
    assert.ok(await inhalt.locator('.auszufuellen').count() >= 5, 'Platzhalter für die Behörde');
    pruefeSauber(befunde);
    await kontext.close();
  });
});
