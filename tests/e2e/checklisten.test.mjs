// The Checklisten tool as a new user meets it: copies the shipped Reality Check as an own
// template (keyboard), moves an item in the editor with "nach unten" (focus stays on the
// button), starts a run for an example project of the Multiprojektplan, answers by keyboard
// only (radio groups with Space and the arrow keys, "Nächster Abschnitt"), sees a conditional
// item appear and disappear (its stored answer is kept), the K.-o. item listed first, the
// Erfüllungsgrad and the progress, records two follow-up measures that show up on the
// Maßnahmen page, and exports: the workbook is read back cell by cell with ExcelJS. The second
// test compares two runs of one object, prints a completed run and a blank form, runs a
// checklist again and deletes that run, writes an own five-item template with a condition,
// shares it as a file and reads it in a fresh browser (foreign and damaged files refused,
// nothing changed), and runs it there. Every page empty and with the example: the registry
// sweep in routen.test.mjs.
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
    // A second measure, for 1.2.
    await tabBis(seite, `#cl-a-${p12}-punkt summary`);
    await seite.keyboard.press('Enter');
    await tabBis(seite, `#cl-a-${p12}-m-titel`);
    await seite.keyboard.type('Wirkungsziele mit Kennzahlen hinterlegen');
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
    await seite.locator('main table th a', { hasText: 'Wirkungsziele mit Kennzahlen hinterlegen' }).waitFor();

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
    const massnahmen = [];
    m.eachRow((r, n) => { if (n > 1) massnahmen.push(r.getCell(spalten(m)['Maßnahme']).value); });
    assert.deepEqual(massnahmen.sort(), ['Projektauftrag vom Lenkungsausschuss freigeben lassen', 'Wirkungsziele mit Kennzahlen hinterlegen']);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Vergleich, Druckfassungen, erneut durchführen und löschen, eigene Vorlage teilen und in frischem Browser einlesen', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, BASIS);
    await seite.locator('#beispiel-laden').click();
    await seite.locator('#beispiel-laden').waitFor({ state: 'detached' });
    await warteGespeichert(seite);
    let daten = await gespeicherteDaten(seite);
    assert.equal(daten.checklisten.durchfuehrungen.length, 3);
    const aktuell = daten.checklisten.durchfuehrungen[0].id;

    // 1. Comparison with the project's earlier Reality Check: earlier run left, progress shown.
    await oeffne(umg, seite, `${BASIS}/durchfuehrung/${aktuell}`);
    await tabBis(seite, '#cl-zum-vergleich');
    await seite.keyboard.press('Enter');
    await seite.locator('main h1', { hasText: 'Vergleich: Reality Check' }).waitFor();
    const links = await seite.locator('#cl-vergleich-links').innerText();
    const rechts = await seite.locator('#cl-vergleich-rechts').innerText();
    const zahl = (t) => Number(t.replace(' %', '').replace(',', '.'));
    assert.ok(zahl(links) < zahl(rechts), `${links} < ${rechts}`);
    const pp = (zahl(rechts) - zahl(links)).toFixed(1).replace('.', ',');
    assert.equal(await seite.locator('#cl-vergleich-veraenderung').innerText(), `+${pp} %-Punkte`);
    const zeile31 = seite.locator('main table tr', { hasText: '3.1 ' });
    assert.deepEqual((await zeile31.locator('td').allInnerTexts()), ['nein', 'teilweise']);
    await pruefeBarrierefreiheit(seite, 'Vergleich');

    // 2. The completed run for printing: K.-o. named in the head, shown items only, no navigation on paper.
    await oeffne(umg, seite, `${BASIS}/druck/${aktuell}`);
    await seite.locator('main h1', { hasText: 'Druckfassung: Reality Check' }).waitFor();
    assert.match(await seite.locator('.cl-druck__angaben').innerText(), /K\.-o\.\s+4\.2 /);
    const gezeigt = await seite.locator('.cl-druck__punkt').count();
    const verborgen = Number((await seite.locator('main', { hasText: 'ausgeblendet' }).locator('p', { hasText: 'ausgeblendet, weil' }).innerText()).split(' ')[0]);
    const rc = daten.checklisten.vorlagen.find((v) => v.mitgeliefert === 'reality-check');
    const alle = rc.abschnitte.flatMap((a) => a.punkte ?? []).length;
    assert.ok(verborgen > 0);
    assert.equal(gezeigt + verborgen, alle, 'jeder Prüfpunkt ist gezeigt oder als ausgeblendet gezählt');
    await pruefeBarrierefreiheit(seite, 'Druckfassung');
    await seite.emulateMedia({ media: 'print' });
    assert.equal(await seite.locator('#cl-drucken').isVisible(), false, 'Knöpfe nicht auf Papier');
    assert.equal(await seite.locator('.unternavigation').isVisible(), false);
    await seite.emulateMedia({ media: 'screen' });
    // The blank form: every item with boxes, conditional ones with their condition.
    const familie = rc.familie;
    await oeffne(umg, seite, `${BASIS}/leer/${familie}`);
    await seite.locator('main h1', { hasText: 'Leere Checkliste: Reality Check' }).waitFor();
    assert.equal(await seite.locator('.cl-druck__punkt').count(), alle, 'leer: alle Prüfpunkte, auch bedingte');
    assert.match(await seite.locator('.cl-druck__punkt', { hasText: '4.2 ' }).innerText(), /Nur beantworten wenn 4\.1 = ja\.[\s\S]*☐ ja\s+☐ teilweise\s+☐ nein\s+☐ n\. a\./);
    await pruefeBarrierefreiheit(seite, 'Leere Checkliste');

    // 3. Run it again (a new run for the same object), then delete that run after confirming.
    await oeffne(umg, seite, `${BASIS}/durchfuehrung/${aktuell}`);
    await tabBis(seite, '#cl-erneut');
    await seite.keyboard.press('Enter');
    await seite.waitForFunction((alt) => !location.hash.endsWith(`/${alt}`), aktuell);
    await seite.locator('#cl-fortschritt', { hasText: 'Abschnitt 1 von 12, 0 von' }).waitFor();
    await warteGespeichert(seite);
    assert.equal((await gespeicherteDaten(seite)).checklisten.durchfuehrungen.length, 4);
    await tabBis(seite, '#datensatz-loeschen');
    await seite.keyboard.press('Enter');
    await seite.locator('#datensatz-loeschen-dialog', { hasText: 'mit allen Antworten' }).waitFor();
    await seite.locator('#datensatz-loeschen-dialog button', { hasText: 'Löschen' }).click();
    await seite.locator('main h1', { hasText: /^Checklisten$/ }).waitFor();
    await warteGespeichert(seite);
    assert.equal((await gespeicherteDaten(seite)).checklisten.durchfuehrungen.length, 3);

    // 4. An own template: five items, the fifth shown only when the first is answered "nein".
    await oeffne(umg, seite, `${BASIS}/vorlagen`);
    await seite.locator('#cl-neue-vorlage').click();
    await seite.locator('main h1', { hasText: 'Vorlage: Neue Vorlage' }).waitFor();
    await seite.locator('#cl-e-titel').fill('Go-live-Check Bürgerportal');
    await seite.keyboard.press('Tab');
    await seite.locator('main h1', { hasText: 'Vorlage: Go-live-Check Bürgerportal' }).waitFor();
    const fragen = ['Betreiber benannt?', 'Barrierefreiheit geprüft?', 'Datenschutz-Folgenabschätzung liegt vor?', 'Lasttest bestanden?', 'Übergangsbetrieb geregelt?'];
    const neuerPunkt = seite.locator('.cl-editor-abschnitt button', { hasText: 'Prüfpunkt hinzufügen' });
    const ids = [];
    for (const [i, frage] of fragen.entries()) {
      await neuerPunkt.click();
      await seite.waitForFunction((n) => document.querySelectorAll('.cl-editor-punkt').length === n, i + 1);
      const feld = seite.locator('.cl-editor-punkt').nth(i).locator('input[id$="-frage"]');
      ids.push((await feld.getAttribute('id')).replace(/^cl-e-p-/, '').replace(/-frage$/, ''));
      await feld.fill(frage);
      await feld.press('Tab');
      await seite.locator('.cl-vorschau__frage', { hasText: frage }).waitFor();
    }
    const details = seite.locator('.cl-editor-punkt').nth(4).locator('details');
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
    // The condition picker: the details stay open and the focus stays in the select.
    await seite.locator(`#cl-e-p-${ids[4]}-bedingung`).focus();
    await seite.locator(`#cl-e-p-${ids[4]}-bedingung`).selectOption(ids[0]);
    await warteGespeichert(seite);
    assert.equal(await seite.evaluate(() => document.activeElement?.id), `cl-e-p-${ids[4]}-bedingung`);
    await seite.locator(`#cl-e-p-${ids[4]}-bedingung-wert`).selectOption('nein');
    await warteGespeichert(seite);
    await pruefeBarrierefreiheit(seite, 'Eigene Vorlage');
    const { name, inhalt } = await herunterladen(seite, seite.locator('#cl-herunterladen'));
    assert.equal(name, 'Vorlage_Go_live_Check_Bürgerportal_v1.json');
    await seite.locator('#cl-datei-meldung', { hasText: 'heruntergeladen' }).waitFor();
    const datei = JSON.parse(inhalt.toString('utf8'));
    assert.equal(datei.art, 'upo-checkliste-vorlage');
    assert.equal(datei.format, 1);
    assert.deepEqual(datei.vorlage.abschnitte[0].punkte.map((p) => p.frage), fragen);
    assert.deepEqual(datei.vorlage.abschnitte[0].punkte[4].bedingung, { punkt: Number(ids[0]), wert: 'nein' });
    pruefeSauber(befunde);
    await kontext.close();

    // 5. Another agency: a fresh browser. Foreign and damaged files are refused, nothing changes.
    const b = await neueSeite(umg);
    await oeffne(umg, b.seite, `${BASIS}/vorlagen`);
    await b.seite.locator('#cl-vorlagendatei').waitFor({ state: 'attached' });
    const vorher = await gespeicherteDaten(b.seite);
    const einlesen = (dateiname, text) => b.seite.locator('#cl-vorlagendatei')
      .setInputFiles({ name: dateiname, mimeType: 'application/json', buffer: Buffer.from(text) });
    await einlesen('sicherung.json', '{"art":"upo-werkzeugkasten-sicherung","format":1}');
    await b.seite.locator('#cl-einlesen-fehler', { hasText: 'keine Checklisten-Vorlage' }).waitFor();
    assert.match(await b.seite.locator('#cl-einlesen-fehler').innerText(), /Es wurde nichts geändert\./);
    await einlesen('kaputt.json', inhalt.toString('utf8').slice(0, 200));
    await b.seite.locator('#cl-einlesen-fehler', { hasText: 'kein lesbares JSON' }).waitFor();
    const neuer = { ...datei, format: 7 };
    await einlesen('neuer.json', JSON.stringify(neuer));
    await b.seite.locator('#cl-einlesen-fehler', { hasText: 'neueren Version des Werkzeugkastens (Format 7)' }).waitFor();
    assert.deepEqual(await gespeicherteDaten(b.seite), vorher, 'abgelehnte Dateien ändern nichts');
    await einlesen(name, inhalt.toString('utf8'));
    const vorschau = b.seite.locator('#cl-einlesen-vorschau');
    await vorschau.waitFor();
    assert.match(await vorschau.innerText(), /Vorschau: „Go-live-Check Bürgerportal“, Version 1[\s\S]*1 Abschnitt, 5 Prüfpunkte/);
    await pruefeBarrierefreiheit(b.seite, 'Vorlage einlesen');
    await tabBis(b.seite, '#cl-einlesen-uebernehmen');
    await b.seite.keyboard.press('Enter');
    await b.seite.locator('main h1', { hasText: 'Vorlage: Go-live-Check Bürgerportal' }).waitFor();
    await warteGespeichert(b.seite);

    // 6. ... and runs it: the fifth item appears only while the first is "nein".
    await oeffne(umg, b.seite, `${BASIS}/neu`);
    await b.seite.locator('#cl-n-vorlage').selectOption({ label: 'Go-live-Check Bürgerportal (Version 1)' });
    await b.seite.locator('#cl-n-objekt').selectOption({ label: 'Behörde (als Ganzes)' });
    await b.seite.locator('#cl-n-speichern').click();
    await b.seite.locator('#cl-fortschritt', { hasText: 'Abschnitt 1 von 1, 0 von 4 beantwortet' }).waitFor();
    const erster = await punktId(b.seite, '1.1');
    const fuenfter = await punktId(b.seite, '1.5');
    assert.equal(await b.seite.locator(`#cl-a-${fuenfter}-punkt`).isVisible(), false);
    await b.seite.locator(`label[for="cl-a-${erster}-nein"]`).click();
    await b.seite.locator(`#cl-a-${fuenfter}-punkt`).waitFor({ state: 'visible' });
    await b.seite.locator('#cl-fortschritt', { hasText: '1 von 5 beantwortet' }).waitFor();
    await warteGespeichert(b.seite);
    pruefeSauber(b.befunde);
    await b.kontext.close();
  });
});
