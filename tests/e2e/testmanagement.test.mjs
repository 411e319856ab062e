// The Testmanagement tool as a new user meets it (issue #22, "done when"): copies the starter
// library (keyboard), adapts two cases, plans a run and executes it step by step by keyboard
// with two failures, files a betriebsverhindernd defect, sees the gate propose "verweigert",
// moves the defect through the workflow to "behoben", runs the re-test made from the fixed
// defects, sees "abgenommen", changes a case that was run (new version, the run keeps its
// copy), imports ten cases from a pasted table (after a refused table that imported nothing)
// and exports the workbook, read back cell by cell with ExcelJS. Every page empty and with the
// example: the registry sweep in routen.test.mjs.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, warteGespeichert, fokusAufHauptueberschrift, tabBis,
  gespeicherteDaten, herunterladen, pruefeBarrierefreiheit,
} from './hilfen.mjs';

const BASIS = '#/testmanagement';

function spalten(blatt) {
  const index = {};
  blatt.getRow(1).eachCell((zelle, nummer) => { index[zelle.value] = nummer; });
  return index;
}

async function gehe(seite, pfad) {
  await seite.evaluate((p) => { location.hash = p; }, pfad);
  await fokusAufHauptueberschrift(seite);
}

/** Presses Enter on "Wie erwartet" until the run shows `ziel` ("12 von 12 ausgeführt"). */
async function alleSchritteWieErwartet(seite, ziel) {
  await seite.locator('#tm-a-ok').focus();
  for (let i = 0; i < 80; i++) {
    if ((await seite.locator('#tm-fortschritt-text').innerText()).trim() === ziel) return;
    assert.equal(await seite.evaluate(() => document.activeElement?.id), 'tm-a-ok', 'Fokus bleibt auf „Wie erwartet“');
    await seite.keyboard.press('Enter');
  }
  assert.fail(`nicht erreicht: ${ziel}`);
}

describe('Testmanagement', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('Startbibliothek, Testlauf per Tastatur, Mangel, Abnahme verweigert → Nachtest → abgenommen, Import, Export', async () => {
    const { seite, befunde } = await neueSeite(umg);

    // 1. From the empty state to the starter library, copied by keyboard.
    await oeffne(umg, seite, BASIS);
    await tabBis(seite, `main a[href="${BASIS}/bibliothek"]`);
    await seite.keyboard.press('Enter');
    await fokusAufHauptueberschrift(seite);
    await tabBis(seite, '#tm-start-uebernehmen');
    await seite.keyboard.press('Enter');
    await warteGespeichert(seite);
    let daten = (await gespeicherteDaten(seite)).testmanagement;
    assert.equal(daten.testfaelle.length, 12);
    assert.ok(daten.testfaelle.every((t) => t.vorlage), 'als Vorlage markiert');
    const id = (k) => daten.testfaelle.find((t) => t.kennung === k).id;

    // 2. Two cases adapted: the template mark goes, the version stays 1 (not run yet).
    for (const [kennung, titel] of [['STD-03', 'Wohngeld: ausländische Adresse'], ['STD-08', 'Wohngeld an das Fachverfahren']]) {
      await gehe(seite, `${BASIS}/testfall/${id(kennung)}`);
      await seite.locator('#tm-abschnitt-testfall-bearbeiten').click();
      await seite.locator('#tm-t-titel').fill(titel);
      await seite.locator('#tm-t-objekt').fill('Wohngeld digital');
      await seite.locator('#tm-t-speichern').click();
      await seite.locator('main h1', { hasText: titel }).waitFor();
      assert.equal(await seite.locator('#tm-version').innerText(), '1');
      await warteGespeichert(seite);
    }
    daten = (await gespeicherteDaten(seite)).testmanagement;
    assert.equal(daten.testfaelle.filter((t) => !t.vorlage).length, 2);
    assert.equal(await seite.locator('#tm-schritte li').count(), 3, 'nummerierte Schritte');

    // 3. The library filters by category and text.
    await gehe(seite, BASIS);
    await seite.locator('#tm-filter-kategorie').selectOption('Barrierefreiheit');
    await seite.locator('main [role="status"]', { hasText: '2 Testfälle angezeigt' }).waitFor();
    await seite.locator('#tm-filter-kategorie').selectOption('');
    await seite.locator('#tm-filter-text').fill('epaybl');
    await seite.locator('main [role="status"]', { hasText: '1 Testfall angezeigt' }).waitFor();

    // 4. A run of all cases, executed by keyboard: STD-01 and STD-02 deviate in their first step.
    await gehe(seite, `${BASIS}/laeufe`);
    await tabBis(seite, '#tm-l-titel');
    await seite.keyboard.type('Systemtest Release 1.0');
    await tabBis(seite, '#tm-l-release');
    await seite.keyboard.type('1.0.0');
    await seite.locator('#tm-l-umgebung').selectOption('Integration');
    await tabBis(seite, '#tm-l-anlegen');
    await seite.keyboard.press('Enter');
    await seite.locator('main h1', { hasText: 'Testlauf: Systemtest Release 1.0' }).waitFor();
    const lauf = Number((await seite.evaluate(() => location.hash)).split('/').pop());
    assert.equal((await seite.locator('#tm-fortschritt-text').innerText()).trim(), '0 von 12 ausgeführt');
    for (const text of ['Weiterleitung fehlt, Fehlerseite 500', 'Keine Meldung beim Abbrechen']) {
      await seite.locator('#tm-a-ist').focus();
      await seite.keyboard.type(text);
      await tabBis(seite, '#tm-a-abweichung');
      await seite.keyboard.press('Enter');
      await warteGespeichert(seite);
    }
    // An Abweichung without actual result is refused at the field.
    await seite.locator('#tm-a-abweichung').click();
    await seite.locator('#tm-a-ist-fehler', { hasText: 'Beschreiben Sie das tatsächliche Ergebnis.' }).waitFor();
    await alleSchritteWieErwartet(seite, '12 von 12 ausgeführt');
    assert.equal(await seite.locator('#tm-ergebnisse').innerText(), '10 bestanden, 2 fehlgeschlagen, 0 blockiert');
    await warteGespeichert(seite);

    // 5. A betriebsverhindernd defect for the failed STD-01.
    await seite.locator('#tm-m-fall').selectOption(String(id('STD-01')));
    await seite.locator('#tm-m-titel').fill('Anmeldung endet mit Fehlerseite');
    await seite.locator('#tm-m-klasse').selectOption('betriebsverhindernd');
    await seite.locator('#tm-m-auftragnehmer').fill('Beispiel-IT GmbH');
    await seite.locator('#tm-m-erfassen').click();
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    assert.equal(daten.maengel[0].kennung, 'M-001');
    assert.equal(daten.maengel[0].klasse, 'betriebsverhindernd');

    // 6. The gate: criteria confirmed, Geschäftsvorfälle 9 of 10 — still refused.
    await gehe(seite, `${BASIS}/abnahme`);
    for (let k = 1; k <= 5; k++) {
      await seite.locator(`#tm-g-${k}-nachweis`).fill(`Nachweis ${k}`);
      await seite.locator(`#tm-g-${k}`).check();
      await seite.locator(`#tm-g-${k}-zustand`, { hasText: '✓ erfüllt' }).waitFor();
    }
    await seite.locator('#tm-gv-relevant').fill('10');
    await seite.locator('#tm-gv-umgesetzt').fill('9');
    await seite.locator('#tm-gv-speichern').click();
    await seite.locator('#tm-gv-quote', { hasText: '90,0 %' }).waitFor();
    assert.equal(await seite.locator('#tm-vorschlag').innerText(), 'verweigert');
    const gruende = await seite.locator('#tm-gruende').innerText();
    assert.match(gruende, /1 betriebsverhindernder Mangel offen/);
    assert.match(gruende, /Alle Testfälle der Priorität hoch bestanden/);
    await pruefeBarrierefreiheit(seite, 'Abnahme verweigert');
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    assert.equal(daten.abnahme.kriterien[0].nachweis, 'Nachweis 1');

    // 7. The workflow: only allowed moves are offered; the defect is fixed, the re-test run made.
    await gehe(seite, `${BASIS}/maengel`);
    assert.deepEqual(await seite.locator('.tm-aktionen button').allTextContents(), ['In Bearbeitung nehmen: M-001', 'Zurückstellen: M-001']);
    assert.ok(await seite.locator('#tm-nachtest').isDisabled(), 'kein behobener Mangel');
    await seite.locator('.tm-aktionen button', { hasText: 'In Bearbeitung nehmen' }).click();
    await seite.locator('.tm-aktionen button', { hasText: 'Als behoben melden' }).click();
    await seite.locator('#tm-n-release').fill('1.0.1');
    await tabBis(seite, '#tm-nachtest');
    await seite.keyboard.press('Enter');
    await seite.locator('main h1', { hasText: 'Testlauf: Nachtest vom' }).waitFor();
    assert.equal((await seite.locator('#tm-fortschritt-text').innerText()).trim(), '0 von 1 ausgeführt');
    await alleSchritteWieErwartet(seite, '1 von 1 ausgeführt');
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    assert.equal(daten.maengel[0].status, 'nachgetestet');

    // 8. Now the gate proposes "abgenommen".
    await gehe(seite, `${BASIS}/abnahme`);
    assert.equal(await seite.locator('#tm-vorschlag').innerText(), 'abgenommen');
    await seite.locator('#tm-e-entscheidung').selectOption('abgenommen');
    await seite.locator('#tm-e-speichern').click();
    await warteGespeichert(seite);

    // 9. A case that was run is changed: version 2; the run keeps version 1.
    await gehe(seite, `${BASIS}/testfall/${id('STD-05')}`);
    await seite.locator('#tm-abschnitt-testfall-bearbeiten').click();
    await seite.locator('#tm-t-schritte').fill('PDF-Datei hochladen => Datei erscheint\nDatei entfernen => Datei verschwindet');
    await seite.locator('#tm-t-speichern').click();
    await seite.locator('#tm-version', { hasText: '2' }).waitFor();
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    const eintrag = daten.laeufe.find((l) => l.id === lauf).eintraege.find((e) => e.testfall === id('STD-05'));
    assert.equal(eintrag.stand.version, 1);
    assert.equal(eintrag.stand.schritte.length, 3);

    // 10. Import: a table with problems imports nothing; ten good rows are imported.
    await gehe(seite, `${BASIS}/import`);
    await seite.locator('#tm-i-text').fill('Testfall-ID\tTitel\tKategorie\nX-1\t\tZauberei');
    await seite.locator('#tm-i-pruefen').click();
    assert.match(await seite.locator('#tm-i-fehler').innerText(), /Zeile 2: Kategorie „Zauberei“ ist unbekannt; Titel fehlt\./);
    assert.ok(await seite.locator('#tm-i-importieren').isDisabled());
    const zeilen = ['Testfall-ID\tTitel\tKategorie\tPriorität\tSchritte\tErwartetes Ergebnis\tTags'];
    for (let i = 1; i <= 10; i++) {
      zeilen.push(`IMP-${String(i).padStart(2, '0')}\tImportfall ${i}\tUsability\tniedrig\t"Seite öffnen\nHilfe wählen"\t"Seite erscheint\nHilfe erscheint"\tImport`);
    }
    await seite.locator('#tm-i-text').fill(zeilen.join('\n'));
    await seite.locator('#tm-i-pruefen').click();
    await seite.locator('#tm-i-stand', { hasText: '10 Testfälle bereit zum Import.' }).waitFor();
    await seite.locator('#tm-i-importieren').click();
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    assert.equal(daten.testfaelle.length, 22);
    const imp = daten.testfaelle.find((t) => t.kennung === 'IMP-10');
    assert.deepEqual(imp.schritte, [{ aktion: 'Seite öffnen', erwartet: 'Seite erscheint' }, { aktion: 'Hilfe wählen', erwartet: 'Hilfe erscheint' }]);

    // 11. Export, read back cell by cell.
    await oeffne(umg, seite, `${BASIS}/export`);
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^Testmanagement_.*\.xlsx$/);
    const mappe = new ExcelJS.Workbook();
    await mappe.xlsx.load(inhalt);
    assert.deepEqual(mappe.worksheets.map((b) => b.name), ['Info', 'Testfaelle', 'Testlaeufe', 'Maengel', 'Traceability', 'Abnahme', 'Legende']);
    const tf = mappe.getWorksheet('Testfaelle');
    const ts = spalten(tf);
    assert.equal(tf.rowCount, 23);
    const zeile05 = [...Array(tf.rowCount).keys()].map((i) => tf.getRow(i + 1)).find((r) => r.getCell(ts['Testfall-ID']).value === 'STD-05');
    assert.equal(zeile05.getCell(ts.Version).value, 2);
    assert.equal(zeile05.getCell(ts.Schritte).value, '1. PDF-Datei hochladen → Datei erscheint\n2. Datei entfernen → Datei verschwindet');
    const tl = mappe.getWorksheet('Testlaeufe');
    const ls = spalten(tl);
    assert.equal(tl.rowCount, 1 + 12 + 1);
    const ergebnisse = [...Array(tl.rowCount - 1).keys()].map((i) => tl.getRow(i + 2).getCell(ls.Ergebnis).value);
    assert.equal(ergebnisse.filter((e) => e === 'fehlgeschlagen').length, 2);
    assert.ok(tl.getRow(2).getCell(ls.Datum).value instanceof Date, 'echtes Datum');
    const mg = mappe.getWorksheet('Maengel');
    const ms = spalten(mg);
    assert.equal(mg.getRow(2).getCell(ms.Status).value, 'nachgetestet');
    assert.equal(mg.getRow(2).getCell(ms.Klasse).value, 'betriebsverhindernd');
    const ab = mappe.getWorksheet('Abnahme');
    let vorschlag = null;
    ab.eachRow((r) => { if (r.getCell(2).value === 'Vorschlag') vorschlag = r.getCell(3).value; });
    assert.equal(vorschlag, 'abgenommen');
    const tr = mappe.getWorksheet('Traceability');
    assert.equal(tr.rowCount, 11);

    pruefeSauber(befunde);
  });
});
