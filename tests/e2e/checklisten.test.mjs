// The Checklisten tool as a new user meets it: copies the shipped Reality Check as an own
// template (keyboard), moves an item in the editor with "nach unten" (focus stays on the
// button), starts a run for an example project of the Multiprojektplan, answers by keyboard
// only (radio groups with Space and the arrow keys, "Nächster Abschnitt"), sees a conditional
// item appear and disappear (its stored answer is kept), the K.-o. item listed first, the
// Erfüllungsgrad and the progress, records a follow-up measure that shows up on the
// Maßnahmen page, and exports: the workbook is read back cell by cell with ExcelJS. Every page
// empty and with the example: the registry sweep in routen.test.mjs.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, warteGespeichert, fokusAufHauptueberschrift, tabBis,
  gespeicherteDaten, herunterladen, beispielportfolioLaden, pruefeBarrierefreiheit,
} from './hilfen.mjs';

const BASIS = '#/checklisten';

function spalten(blatt) {
  const index = {};
  blatt.getRow(1).eachCell((zelle, nummer) => { index[zelle.value] = nummer; });
  return index;
}

/** The id of the item numbered `nr` on the run page (its fieldset is `cl-a-<id>-punkt`). */
async function punktId(seite, nr) {
  const id = await seite.evaluate((nr) => {
    const f = [...document.querySelectorAll('fieldset.cl-punkt')]
      .find((x) => x.querySelector('legend').textContent.trim().startsWith(`${nr} `));
    return f?.id.replace(/^cl-a-/, '').replace(/-punkt$/, '');
  }, nr);
  assert.ok(id, `Prüfpunkt ${nr}`);
  return id;
}

describe('Checklisten', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('Vorlage kopieren, durchführen per Tastatur, Bedingung, Erfüllungsgrad und K.-o., Maßnahme, Export', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);

    // 1. From the empty state to the library; the Reality Check is copied by keyboard.
    await oeffne(umg, seite, BASIS);
    await tabBis(seite, `main a[href="${BASIS}/vorlagen"]`);
    await seite.keyboard.press('Enter');
    await fokusAufHauptueberschrift(seite);
    assert.equal(await seite.locator('main .bitte-pruefen').count() > 0, true, 'Reality Check: „bitte prüfen“');
    await tabBis(seite, 'button[aria-label="„Reality Check“ als eigene Vorlage kopieren"]');
    await seite.keyboard.press('Enter');
    await seite.locator('main h1', { hasText: 'Vorlage: Reality Check (eigene Kopie)' }).waitFor();
    await warteGespeichert(seite);

    // 2. The editor: item 1.1 one place down by keyboard, focus stays on its button.
    const erster = seite.locator('.cl-editor-punkt').first();
    const runter = erster.locator('button', { hasText: 'nach unten' });
    const runterId = await runter.getAttribute('id');
    await tabBis(seite, `#${runterId}`);
    await seite.keyboard.press('Enter');
    await seite.waitForFunction((id) => document.activeElement?.id === id, runterId);
    assert.match(await seite.locator('.cl-editor-punkt').nth(1).innerText(), /^1\.1 /);
    // ... and back up again.
    await tabBis(seite, `#${runterId.replace(/runter$/, 'hoch')}`, { rueckwaerts: true });
    await seite.keyboard.press('Enter');
    await seite.waitForFunction(() => /^1\.1 /.test(document.querySelector('.cl-editor-punkt').innerText));
    await pruefeBarrierefreiheit(seite, 'Vorlagen-Editor');

    // 3. A run of the copy for the project "Wohngeld digital".
    await oeffne(umg, seite, `${BASIS}/neu`);
    await seite.locator('#cl-n-vorlage').selectOption({ label: 'Reality Check (eigene Kopie) (Version 1)' });
    const projekt = await seite.locator('#cl-n-objekt option', { hasText: 'Wohngeld digital' }).first().getAttribute('value');
    await seite.locator('#cl-n-objekt').selectOption(projekt);
    await tabBis(seite, '#cl-n-bearbeitende');
    await seite.keyboard.type('Projektleitung');
    await tabBis(seite, '#cl-n-speichern');
    await seite.keyboard.press('Enter');
    await seite.locator('main h1', { hasText: 'Reality Check (eigene Kopie): Projekt' }).waitFor();
    await warteGespeichert(seite);
    assert.match(await seite.locator('#cl-fortschritt').innerText(), /^Abschnitt 1 von 12, 0 von 27 beantwortet$/);

    // 4. Answers by keyboard: 1.1 (Muss) "nein" → K.-o.; 1.2 "teilweise".
    const p11 = await punktId(seite, '1.1');
    await tabBis(seite, `#cl-a-${p11}-ja`);
    await seite.keyboard.press('Space');
    await seite.keyboard.press('ArrowRight');
    await seite.locator('#cl-ko', { hasText: 'K.-o.: 1 Muss-Prüfpunkt(e) mit „nein“' }).waitFor();
    assert.match(await seite.locator('#cl-ko').innerText(), /1\.1 Liegt ein schriftlicher/);
    const p12 = await punktId(seite, '1.2');
    await tabBis(seite, `#cl-a-${p12}-ja`);
    await seite.keyboard.press('ArrowRight');
    assert.equal(await seite.locator(`#cl-a-${p12}-teilweise`).isChecked(), true);

    // A follow-up measure for 1.1, typed and committed by leaving the field.
    await tabBis(seite, `#cl-a-${p11}-punkt summary`);
    await seite.keyboard.press('Enter');
    await tabBis(seite, `#cl-a-${p11}-m-titel`);
    await seite.keyboard.type('Projektauftrag vom Lenkungsausschuss freigeben lassen');
    await seite.keyboard.press('Tab');
    await seite.keyboard.type('Projektleitung');
    await seite.keyboard.press('Tab');
    await warteGespeichert(seite);

    // 5. Section 4: 4.2 appears only while 4.1 = ja; its answer stays when it hides again.
    for (let i = 0; i < 3; i++) {
      await tabBis(seite, '#cl-weiter');
      await seite.keyboard.press('Enter');
    }
    await seite.locator('#cl-abschnitt-titel', { hasText: '4. IT-Dienstleister' }).waitFor();
    const p41 = await punktId(seite, '4.1');
    const p42 = await punktId(seite, '4.2');
    assert.equal(await seite.locator(`#cl-a-${p42}-punkt`).isVisible(), false, '4.2 verborgen');
    await seite.waitForFunction(() => document.activeElement?.id === 'cl-abschnitt-titel');
    await tabBis(seite, `#cl-a-${p41}-ja`);
    await seite.keyboard.press('Space');
    await seite.locator(`#cl-a-${p42}-punkt`).waitFor({ state: 'visible' });
    await tabBis(seite, `#cl-a-${p42}-ja`);
    await seite.keyboard.press('Space');
    await seite.locator('#cl-gesamt', { hasText: '58,3 %' }).waitFor(); // (0 + 50 + 100 + 200) / 600
    await tabBis(seite, `#cl-a-${p41}-ja`, { rueckwaerts: true });
    await seite.keyboard.press('ArrowRight');
    await seite.locator(`#cl-a-${p42}-punkt`).waitFor({ state: 'hidden' });
    await seite.locator('#cl-gesamt', { hasText: '12,5 %' }).waitFor(); // (0 + 50 + 0) / 400
    assert.match(await seite.locator('#cl-fortschritt').innerText(), /^Abschnitt 4 von 12, 3 von 27 beantwortet$/);
    await warteGespeichert(seite);
    const daten = await gespeicherteDaten(seite);
    const lauf = daten.checklisten.durchfuehrungen[0];
    assert.equal(lauf.antworten.find((a) => String(a.punkt) === p42).wert, 'ja', 'Antwort auf 4.2 bleibt erhalten');
    assert.equal(lauf.antworten.find((a) => String(a.punkt) === p11).massnahme.titel, 'Projektauftrag vom Lenkungsausschuss freigeben lassen');
    await pruefeBarrierefreiheit(seite, 'Durchführung');

    // 6. The measure on the Maßnahmen page.
    await oeffne(umg, seite, `${BASIS}/massnahmen`);
    await seite.locator('main table th a', { hasText: 'Projektauftrag vom Lenkungsausschuss freigeben lassen' }).waitFor();

    // 7. Export, read back cell by cell.
    await oeffne(umg, seite, `${BASIS}/export`);
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^Checklisten_.*\.xlsx$/);
    const mappe = new ExcelJS.Workbook();
    await mappe.xlsx.load(inhalt);
    assert.deepEqual(mappe.worksheets.map((b) => b.name),
      ['Info', 'Vorlagen', 'Pruefpunkte', 'Durchfuehrungen', 'Antworten', 'Auswertung', 'Massnahmen', 'Legende']);
    const d = mappe.getWorksheet('Durchfuehrungen');
    const ds = spalten(d);
    assert.equal(d.rowCount, 2);
    assert.equal(d.getRow(2).getCell(ds.Vorlage).value, 'Reality Check (eigene Kopie)');
    assert.match(d.getRow(2).getCell(ds.Objekt).value, /Wohngeld digital/);
    assert.equal(d.getRow(2).getCell(ds['Erfüllungsgrad']).value, 0.125);
    assert.equal(d.getRow(2).getCell(ds['K.-o.-Punkte']).value, 1);
    assert.equal(d.getRow(2).getCell(ds.Beantwortet).value, 3);
    const a = mappe.getWorksheet('Antworten');
    const as = spalten(a);
    for (const kopf of ['Abschnitt', 'Nr', 'Frage', 'Muss', 'Gewicht', 'Antwort', 'Kommentar', 'Nachweis', 'Maßnahme']) {
      assert.ok(as[kopf], `Spalte ${kopf}`);
    }
    const zeilen = [];
    a.eachRow((r, n) => { if (n > 1) zeilen.push(r); });
    const z11 = zeilen.find((r) => r.getCell(as.Nr).value === '1.1');
    assert.equal(z11.getCell(as.Antwort).value, 'nein');
    assert.equal(z11.getCell(as['K.-o.']).value, 'K.-o.');
    assert.equal(z11.getCell(as.Muss).value, 'Muss');
    assert.equal(z11.getCell(as.Gewicht).value, 2);
    assert.equal(z11.getCell(as['Maßnahme']).value, 'Projektauftrag vom Lenkungsausschuss freigeben lassen');
    const z42 = zeilen.find((r) => r.getCell(as.Nr).value === '4.2');
    assert.equal(z42.getCell(as.Antwort).value, 'ja');
    assert.match(z42.getCell(as.Ausgeblendet).value, /^ja/);
    const m = mappe.getWorksheet('Massnahmen');
    assert.equal(m.getRow(2).getCell(spalten(m)['Maßnahme']).value, 'Projektauftrag vom Lenkungsausschuss freigeben lassen');
    assert.equal(m.getRow(2).getCell(spalten(m).Status).value, 'geplant');
    pruefeSauber(befunde);
    await kontext.close();
  });
});
