// The Behördenaustausch as a new user meets it (issue 23, "done when"): records an exchange
// meeting with three agencies, captures two lessons learned and a reuse offer, sees them in
// "wer mit wem" and the catalogue (search without umlauts), exports the workbook and reads it
// back with ExcelJS; then packages a checklist template and a test library, imports the
// package in a fresh browser where the template already exists (resolved "als Kopie"), checks
// the copy and the rest, undoes the import (everything back) and sees a malformed package
// refused with its German message. Every page empty and with the example: routen.test.mjs.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, warteGespeichert, fokusAufHauptueberschrift,
  gespeicherteDaten, herunterladen, heuteIso, pruefeBarrierefreiheit, beispielLaden,
} from './hilfen.mjs';

const BASIS = '#/behoerdenaustausch';

async function gehe(seite, route) {
  await seite.evaluate((r) => { location.hash = r; }, route);
  await fokusAufHauptueberschrift(seite);
}

function deutsch(iso) {
  const [j, m, t] = iso.split('-');
  return `${t}.${m}.${j}`;
}

async function eigeneVorlageKopieren(seite, umg) {
  await oeffne(umg, seite, '#/checklisten/vorlagen');
  await seite.locator('button[aria-label="„Reality Check“ als eigene Vorlage kopieren"]').click();
  await seite.locator('main h1', { hasText: 'Vorlage: Reality Check (eigene Kopie)' }).waitFor();
  await warteGespeichert(seite);
}

describe('Behördenaustausch', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('Treffen mit drei Behörden, Lessons Learned, Angebot, Export, Paket schnüren und in frischem Browser einlesen, rückgängig', async () => {
    const { seite, befunde } = await neueSeite(umg);

    // 1. From the empty state to a new Termin.
    await oeffne(umg, seite, BASIS);
    await seite.locator(`main a[href="${BASIS}/neu"]`).click();
    await fokusAufHauptueberschrift(seite);
    assert.equal((await seite.locator('main h1').innerText()).trim(), 'Neuer Termin');
    // Required fields are named.
    await seite.locator('#ba-t-speichern').click();
    await seite.waitForFunction(() => document.activeElement?.id === 'ba-t-fehler');
    assert.match(await seite.locator('#ba-t-fehler').innerText(), /Thema des Termins/);
    const heute = deutsch(await heuteIso(seite));
    await seite.locator('#ba-t-thema').fill('Netzwerktreffen OZG-Koordination');
    await seite.locator('#ba-t-datum').fill(heute);
    await seite.locator('#ba-t-ort').fill('Köln');
    await seite.locator('#ba-t-speichern').click();
    await seite.locator('main h1', { hasText: `Netzwerktreffen OZG-Koordination (${heute})` }).waitFor();

    // 2. Three agencies take part (from the shipped catalogue, marked "bitte prüfen").
    await seite.locator('#ba-abschnitt-teilnahmen-bearbeiten').click();
    for (const [behoerde, person] of [
      ['BVA – Bundesverwaltungsamt (BMI)', 'OZG-Koordination'],
      ['ITZBund – Informationstechnikzentrum Bund (BMF)', 'Kundenmanagement'],
      ['KBA – Kraftfahrt-Bundesamt (BMDV)', ''],
    ]) {
      await seite.locator('#ba-p-behoerde').selectOption({ label: behoerde });
      await seite.locator('#ba-p-person').fill(person);
      await seite.locator('#ba-p-speichern').click();
      await seite.locator('#ba-abschnitt-teilnahmen-bereich table th[scope="row"]', { hasText: behoerde.split(' (')[0] }).waitFor();
    }
    assert.equal(await seite.locator('#ba-abschnitt-teilnahmen-bereich tbody tr').count(), 3);
    await seite.locator('#ba-p-fertig').click();

    // 3. Two lessons learned.
    await seite.locator('#ba-abschnitt-ergebnisse-bearbeiten').click();
    for (const [titel, schlagworte] of [['Übergabe an den Betrieb früh planen', 'Betrieb, Wissenstransfer'], ['Fachbereich in Tests einbinden', 'Testmanagement']]) {
      await seite.locator('#ba-e-art').selectOption('Lessons Learned');
      await seite.locator('#ba-e-titel').fill(titel);
      await seite.locator('#ba-e-schlagworte').fill(schlagworte);
      await seite.locator('#ba-e-speichern').click();
      await seite.locator('.ba-ergebnisse li', { hasText: titel }).waitFor();
    }
    await seite.locator('#ba-e-fertig').click();
    await warteGespeichert(seite);
    await pruefeBarrierefreiheit(seite, 'Terminseite');

    // 4. A reuse offer.
    await gehe(seite, `${BASIS}/angebote`);
    await seite.locator('#ba-a-titel').fill('Testfallbibliothek Antragsassistent');
    await seite.locator('#ba-a-behoerde').selectOption({ label: 'BVA – Bundesverwaltungsamt (BMI)' });
    await seite.locator('#ba-a-gegenstand').selectOption('Vorlage');
    await seite.locator('#ba-a-kontakt').fill('OZG-Koordination BVA');
    await seite.locator('#ba-a-speichern').click();
    await seite.locator('#ba-angebote-titel').waitFor();
    await warteGespeichert(seite);
    let daten = (await gespeicherteDaten(seite)).behoerdenaustausch;
    assert.equal(daten.termine.length, 1);
    assert.equal(daten.teilnahmen.length, 3);
    assert.equal(daten.ergebnisse.filter((e) => e.art === 'lessons_learned').length, 2);
    assert.equal(daten.angebote.length, 1);

    // 5. Wer mit wem, the catalogue (search ignores umlauts), the start page.
    await gehe(seite, `${BASIS}/wer-mit-wem`);
    assert.match(await seite.locator('main').innerText(), /BVA und ITZBund: 1 gemeinsamer Termin/);
    await seite.locator('#ba-paare-titel').waitFor();
    await pruefeBarrierefreiheit(seite, 'Wer mit wem');
    await gehe(seite, `${BASIS}/katalog`);
    await seite.locator('#ba-k-suche').fill('ubergabe');
    await seite.locator('#ba-k-anzahl', { hasText: '1 Ergebnis von 2' }).waitFor();
    assert.match(await seite.locator('#ba-k-liste').innerText(), /Lessons Learned: Übergabe an den Betrieb früh planen/);
    await gehe(seite, BASIS);
    assert.match(await seite.locator('#ba-kommend').innerText(), /Netzwerktreffen OZG-Koordination/);

    // 6. Export, read back.
    await oeffne(umg, seite, `${BASIS}/export`);
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^Behördenaustausch_.*\.xlsx$/);
    const mappe = new ExcelJS.Workbook();
    await mappe.xlsx.load(inhalt);
    assert.deepEqual(mappe.worksheets.map((b) => b.name),
      ['Info', 'Termine', 'Teilnahmen', 'Lessons_Learned', 'Nachnutzungsangebote', 'Follow_ups', 'Legende']);
    const termine = mappe.getWorksheet('Termine');
    assert.equal(termine.getRow(1).getCell(1).value, 'ID');
    assert.match(String(termine.getRow(2).getCell(1).value), /^T\d+$/);
    assert.equal(mappe.getWorksheet('Teilnahmen').rowCount, 4);
    const ll = mappe.getWorksheet('Lessons_Learned');
    assert.equal(ll.rowCount, 3);
    assert.equal(mappe.getWorksheet('Nachnutzungsangebote').getRow(2).getCell(4).value, 'Vorlage');

    // 7. A template and a test library into a package.
    await eigeneVorlageKopieren(seite, umg);
    await oeffne(umg, seite, '#/testmanagement');
    await beispielLaden(seite);
    const faelle = (await gespeicherteDaten(seite)).testmanagement.testfaelle.length;
    await oeffne(umg, seite, `${BASIS}/paket`);
    await seite.locator('#ba-pk-absender').fill('BVA');
    for (const feld of await seite.locator('.ba-paket fieldset input[type=checkbox]').all()) await feld.uncheck();
    await seite.getByLabel('Vorlage „Reality Check (eigene Kopie)“ (Version 1)').check();
    await seite.getByLabel(/^Testfallbibliothek/).check();
    const zusammenfassung = await seite.locator('#ba-pk-zusammenfassung').innerText();
    assert.match(zusammenfassung, /Checklisten: 1 Eintrag/);
    assert.match(zusammenfassung, /Testmanagement: 1 Eintrag/);
    await pruefeBarrierefreiheit(seite, 'Paket schnüren');
    const paket = await herunterladen(seite, seite.locator('#ba-pk-herunterladen'));
    assert.match(paket.name, /^UPO-Paket_BVA_\d{4}-\d\d-\d\d\.json$/);
    const datei = JSON.parse(paket.inhalt.toString('utf8'));
    assert.equal(datei.art, 'upo-austauschpaket');
    assert.equal(datei.format, 1);
    assert.equal(datei.absender, 'BVA');
    assert.deepEqual(Object.keys(datei.inhalt).sort(), ['checklisten', 'testmanagement']);
    assert.equal(datei.inhalt.checklisten.anzahl, 1);
    pruefeSauber(befunde);

    // 8. A fresh browser that already has the template.
    const b = await neueSeite(umg);
    await eigeneVorlageKopieren(b.seite, umg);
    const vorher = await gespeicherteDaten(b.seite);
    await oeffne(umg, b.seite, `${BASIS}/paket-einlesen`);
    const einlesen = (dateiname, text) => b.seite.locator('#ba-paketdatei')
      .setInputFiles({ name: dateiname, mimeType: 'application/json', buffer: Buffer.from(text) });
    // A malformed package is refused and changes nothing.
    await einlesen('kaputt.json', '{"art": "upo-austauschpaket", ');
    await b.seite.locator('#ba-pe-fehler', { hasText: 'kein lesbares JSON' }).waitFor();
    await einlesen('fremd.json', JSON.stringify({ art: 'upo-testfallbibliothek', format: 1 }));
    await b.seite.locator('#ba-pe-fehler', { hasText: 'kein Austauschpaket des UPO-Werkzeugkastens' }).waitFor();
    await einlesen('neu.json', JSON.stringify({ ...datei, format: 9 }));
    await b.seite.locator('#ba-pe-fehler', { hasText: 'neueren Version' }).waitFor();
    assert.deepEqual(await gespeicherteDaten(b.seite), vorher);
    // The package: one conflict (the template), resolved as a copy.
    await einlesen(paket.name, paket.inhalt.toString('utf8'));
    await b.seite.locator('#ba-pe-vorschau').waitFor();
    assert.match(await b.seite.locator('#ba-pe-kopf').innerText(), /Paket von BVA/);
    assert.equal(await b.seite.locator('#ba-pe-vorschau tbody tr').count(), 1);
    assert.equal(await b.seite.locator('#ba-pe-wahl-1').inputValue(), 'überspringen');
    await b.seite.locator('#ba-pe-wahl-1').selectOption('als Kopie');
    await pruefeBarrierefreiheit(b.seite, 'Paket einlesen, Vorschau');
    await b.seite.locator('#ba-pe-einlesen').click();
    await b.seite.locator('#ba-pe-meldung', { hasText: 'Paket eingelesen' }).waitFor();
    await warteGespeichert(b.seite);
    const nachher = await gespeicherteDaten(b.seite);
    const titel = nachher.checklisten.vorlagen.map((v) => v.titel).sort();
    assert.deepEqual(titel, ['Reality Check (eigene Kopie)', 'Reality Check (eigene Kopie) (Kopie)']);
    assert.equal(nachher.testmanagement.testfaelle.length, faelle);
    // Undo takes the whole import back in one step.
    await b.seite.locator('#knopf-rueckgaengig').click();
    await warteGespeichert(b.seite);
    const zurueck = await gespeicherteDaten(b.seite);
    assert.deepEqual(zurueck.checklisten, vorher.checklisten);
    assert.equal(zurueck.testmanagement, undefined);
    pruefeSauber(b.befunde);
    await b.kontext.close();
  });
});
