// Routing as a user meets it: clicking links, reloading, deep links, the back button and
// hosting under a sub-path. After every route change the title changes, the new page's main
// heading has focus and the navigation marks the current page.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, fokusAufHauptueberschrift, PRODUKT,
} from './hilfen.mjs';
import { UNTERPFAD } from './server.mjs';

describe('Navigation', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('Linkwechsel setzt Titel, Fokus und aria-current', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/');
    const nav = seite.getByRole('navigation', { name: 'Hauptnavigation' });
    assert.equal(await nav.getByRole('link', { name: 'Übersicht' }).getAttribute('aria-current'), 'page');

    const fuss = seite.getByRole('navigation', { name: 'Rechtliches und Informationen' });
    await fuss.getByRole('link', { name: 'Datenschutz' }).click();
    await fokusAufHauptueberschrift(seite);
    assert.equal(await seite.title(), `Datenschutz – ${PRODUKT}`);
    assert.equal(new URL(seite.url()).hash, '#/datenschutz');
    assert.equal(await nav.getByRole('link', { name: 'Übersicht' }).getAttribute('aria-current'), null);

    await fuss.getByRole('link', { name: 'Über den Werkzeugkasten' }).click();
    await fokusAufHauptueberschrift(seite);
    assert.equal(await seite.title(), `Über den UPO-Werkzeugkasten – ${PRODUKT}`);

    await seite.goBack();
    await seite.waitForFunction(() => document.title.startsWith('Datenschutz'));
    await fokusAufHauptueberschrift(seite);

    await nav.getByRole('link', { name: 'Übersicht' }).click();
    await fokusAufHauptueberschrift(seite);
    assert.equal(await nav.getByRole('link', { name: 'Übersicht' }).getAttribute('aria-current'), 'page');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Neuladen und Direktlinks behalten die Seite', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/ueber');
    assert.equal(await seite.title(), `Über den UPO-Werkzeugkasten – ${PRODUKT}`);
    await seite.reload();
    await seite.locator('main h1').waitFor();
    assert.equal(await seite.title(), `Über den UPO-Werkzeugkasten – ${PRODUKT}`);
    await oeffne(umg, seite, 'index.html#/barrierefreiheit');
    assert.equal(await seite.title(), `Erklärung zur Barrierefreiheit – ${PRODUKT}`);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('läuft unter einem Unterpfad, einschließlich Schriften und Lizenzdateien', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    const fehlgeschlagen = [];
    seite.on('response', (r) => { if (r.status() >= 400) fehlgeschlagen.push(`${r.status()} ${r.url()}`); });
    await oeffne(umg, seite, `${UNTERPFAD.slice(1)}#/ueber`);
    assert.equal(await seite.title(), `Über den UPO-Werkzeugkasten – ${PRODUKT}`);
    assert.ok(await seite.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Fira Sans"');
    }), 'Fira Sans geladen');
    for (const link of await seite.locator('main table a').all()) {
      const ziel = new URL(await link.getAttribute('href'), seite.url()).href;
      assert.ok(ziel.includes(UNTERPFAD), ziel);
      const antwort = await seite.request.get(ziel);
      assert.equal(antwort.status(), 200, ziel);
    }
    assert.deepEqual(fehlgeschlagen, []);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('die Betreiberangaben aus betreiber.json erscheinen ohne neuen Build', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await seite.route('**/betreiber.json', (route) => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        behoerde: 'Bundesamt für Beispiele',
        anschrift: ['Musterstraße 1', '10115 Berlin'],
        barrierefreiheit: { vereinbarkeit: 'teilweise', feedback_email: 'barrierefrei@beispiel.bund.de' },
      }),
    }));
    await oeffne(umg, seite, '#/barrierefreiheit');
    const main = seite.locator('main');
    await main.getByText('teilweise mit der BITV 2.0 vereinbar').waitFor();
    assert.ok((await main.innerText()).includes('barrierefrei@beispiel.bund.de'));
    await seite.getByRole('link', { name: 'Über den Werkzeugkasten' }).click();
    await main.getByText('Musterstraße 1').waitFor();
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('eine fehlerhafte betreiber.json wird deutsch gemeldet', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await seite.route('**/betreiber.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"behoerde": ' }));
    await oeffne(umg, seite, '#/barrierefreiheit');
    await seite.locator('main').getByText('Die Datei „betreiber.json“ ist fehlerhaft').waitFor();
    pruefeSauber(befunde);
    await kontext.close();
  });
});
