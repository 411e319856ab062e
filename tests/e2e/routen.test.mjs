// The sweep over every page: the fixed pages of the shell and every page of every registered
// tool, read from the app's own page list (#/diagnose/seiten), so a tool is covered the day it
// is registered. Every tool page is visited twice: in an empty workspace and with the examples
// of all tools loaded (then with its record pages, too). Each page must have exactly one main
// heading, the title "<Überschrift> – UPO-Werkzeugkasten", pass axe (WCAG 2.1 AA), keep every
// control reachable by keyboard, reflow without horizontal scrolling at 320 px (table
// captions end inside their scroll region, undo and redo share one line), take focus on its
// heading when reached by a route change, show every button's label inside its box, and make
// no foreign request, CSP violation or console error.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, pruefeBarrierefreiheit, registerDerApp, alleBeispieleLaden,
  pruefeTastaturerreichbarkeit, pruefeUmbruch320, pruefeKnopfbeschriftungen, wechsleZu, PRODUKT,
} from './hilfen.mjs';

const FESTE_ROUTEN = ['#/', '#/datenschutz', '#/barrierefreiheit', '#/ueber', '#/arbeitsbereiche', '#/sicherung'];
const UNBEKANNT = '#/diese-seite-gibt-es-nicht/auch/nicht/hier';

/** Every check of the sweep on the page at `route`, reached by a route change. */
async function pruefeSeite(seite, route, bezeichnung) {
  await wechsleZu(seite, route);
  const h1 = seite.locator('main h1');
  assert.equal(await h1.count(), 1, `genau eine h1 auf ${bezeichnung}`);
  const ueberschrift = (await h1.innerText()).trim();
  assert.notEqual(ueberschrift, 'Seite nicht gefunden', bezeichnung);
  assert.equal(await seite.title(), `${ueberschrift} – ${PRODUKT}`, `Titel auf ${bezeichnung}`);
  await pruefeBarrierefreiheit(seite, bezeichnung);
  await pruefeTastaturerreichbarkeit(seite, bezeichnung);
  await pruefeUmbruch320(seite, bezeichnung);
  await pruefeKnopfbeschriftungen(seite, bezeichnung);
}

describe('Alle Seiten', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('feste Seiten: Überschrift, Titel, axe auch im dunklen Systemmodus, Tastatur, 320 px', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/ueber');
    assert.equal(await seite.getAttribute('html', 'lang'), 'de');
    for (const route of FESTE_ROUTEN) {
      await pruefeSeite(seite, route, route);
      // Dark scheme requested by the system must not change anything: the theme is forced light.
      await seite.emulateMedia({ colorScheme: 'dark' });
      await pruefeBarrierefreiheit(seite, `${route} (System im dunklen Modus)`);
      await seite.emulateMedia({ colorScheme: 'light' });
    }
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('jede Seite jedes Werkzeugs ohne Daten', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/');
    const { seiten } = await registerDerApp(seite);
    const werkzeuge = new Set(seiten.map((s) => s.werkzeug));
    assert.ok(werkzeuge.size >= 4, `registrierte Werkzeuge: ${[...werkzeuge]}`);
    for (const { route } of seiten) await pruefeSeite(seite, route, `${route} (leer)`);
    // The start page of every tool links to its pages in the sub-navigation.
    for (const werkzeug of werkzeuge) {
      await wechsleZu(seite, `#/${werkzeug}`);
      const navigation = await seite.$$eval('nav.unternavigation a', (a) => a.map((l) => l.getAttribute('href')));
      for (const { route } of seiten.filter((s) => s.werkzeug === werkzeug)) {
        if (!/\/\d+$/.test(route) && !route.endsWith('/neu') && !route.endsWith('/einfuegen')) {
          assert.ok(navigation.includes(route), `${route} fehlt in der Unternavigation`);
        }
      }
    }
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('jede Seite jedes Werkzeugs mit den Beispielen aller Werkzeuge, auch jede Datensatzseite', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/');
    const { werkzeuge, seiten } = await alleBeispieleLaden(seite);
    const datensatzseiten = seiten.filter((s) => /\/\d+$/.test(s.route));
    assert.ok(datensatzseiten.length >= werkzeuge.length, `Datensatzseiten: ${datensatzseiten.map((s) => s.route)}`);
    for (const { route } of seiten) await pruefeSeite(seite, route, `${route} (mit Beispiel)`);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('unbekannte Routen zeigen „Seite nicht gefunden“', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    for (const route of [UNBEKANNT, '#/multiprojektplan/gibt-es-nicht', '#/multiprojektplan/projekt/x']) {
      await oeffne(umg, seite, route);
      assert.equal((await seite.locator('main h1').innerText()).trim(), 'Seite nicht gefunden', route);
      assert.equal(await seite.title(), `Seite nicht gefunden – ${PRODUKT}`);
    }
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
