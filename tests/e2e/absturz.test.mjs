// A panic never leaves a blank page: the diagnostic route panics on purpose, and the error view
// must appear in German, with a backup download that contains the stored data unchanged.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, pruefeBarrierefreiheit, PRODUKT, feldSetzen, warteGespeichert,
  herunterladen,
} from './hilfen.mjs';

// The deliberate panic surfaces as "unreachable" (wasm abort) and the panic message itself.
const ABSICHTLICH = [/unreachable/i, /Absturztest/];

describe('Programmfehler', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  for (const weg of ['Direktaufruf', 'Navigation']) {
    it(`zeigt die Fehleransicht mit Notfallsicherung (${weg})`, async () => {
      const { seite, kontext, befunde } = await neueSeite(umg);
      await oeffne(umg, seite, '#/');
      const gespeichert = '{"absichtlich": "kaputt" ä€';
      await seite.evaluate((wert) => {
        localStorage.setItem('upo-werkzeugkasten:test', wert);
        localStorage.setItem('fremde-app', 'nicht sichern');
      }, gespeichert);
      if (weg === 'Direktaufruf') {
        await seite.goto(new URL('#/diagnose/absturz', umg.url).href);
        await seite.reload();
      } else {
        await seite.evaluate(() => { location.hash = '#/diagnose/absturz'; });
      }
      const titel = seite.getByRole('heading', { level: 1, name: 'Es ist ein Programmfehler aufgetreten' });
      await titel.waitFor();
      assert.equal(await seite.title(), `Fehler – ${PRODUKT}`);
      await seite.waitForFunction(() => document.activeElement?.id === 'fehler-titel');
      await pruefeBarrierefreiheit(seite, 'Fehleransicht');

      const download = await herunterladen(seite, seite.getByRole('link', { name: 'Daten als Sicherung herunterladen' }));
      assert.match(download.name, /^upo-notfallsicherung-\d{4}-\d{2}-\d{2}\.json$/);
      const sicherung = JSON.parse(download.inhalt);
      assert.equal(sicherung.art, 'upo-werkzeugkasten-notfallsicherung');
      assert.deepEqual(sicherung.eintraege, [{ schluessel: 'upo-werkzeugkasten:test', inhalt: gespeichert }]);
      // Nothing in storage was touched.
      assert.equal(await seite.evaluate(() => localStorage.getItem('upo-werkzeugkasten:test')), gespeichert);
      assert.ok(befunde.ausnahmen.length >= 1, 'der Absturz wurde tatsächlich ausgelöst');
      pruefeSauber(befunde, { erlaubteAusnahmen: ABSICHTLICH });
      await kontext.close();
    });
  }

  it('die Notfallsicherung lässt sich in einem anderen Browser wieder einspielen', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Bezeichnung', 'Vor dem Absturz');
    await feldSetzen(seite, 'Behörde – optional', 'Bundesamt für Ausfälle');
    await warteGespeichert(seite);
    await seite.evaluate(() => { location.hash = '#/diagnose/absturz'; });
    await seite.getByRole('heading', { level: 1, name: 'Es ist ein Programmfehler aufgetreten' }).waitFor();
    const download = await herunterladen(seite, seite.getByRole('link', { name: 'Daten als Sicherung herunterladen' }));
    const { inhalt } = download;
    pruefeSauber(befunde, { erlaubteAusnahmen: ABSICHTLICH });
    await kontext.close();

    const zweiter = await neueSeite(umg);
    await oeffne(umg, zweiter.seite, '#/sicherung');
    await zweiter.seite.getByLabel('Sicherungsdatei (.json)').setInputFiles({
      name: 'upo-notfallsicherung.json', mimeType: 'application/json', buffer: inhalt,
    });
    await zweiter.seite.locator('[role="status"]', { hasText: 'ist eine Notfallsicherung nach einem Programmfehler' }).waitFor();
    await zweiter.seite.getByRole('button', { name: 'Als neuen Arbeitsbereich einspielen' }).click();
    await zweiter.seite.locator('#aktueller-arbeitsbereich', { hasText: 'Vor dem Absturz' }).waitFor();
    await oeffne(umg, zweiter.seite, '#/arbeitsbereiche');
    assert.equal(await zweiter.seite.getByLabel('Behörde – optional', { exact: true }).inputValue(), 'Bundesamt für Ausfälle');
    pruefeSauber(zweiter.befunde);
    await zweiter.kontext.close();
  });
});
