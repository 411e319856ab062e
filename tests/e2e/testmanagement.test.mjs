// The Testmanagement tool as a new user meets it (issue #22, "done when"): copies the starter
// library (keyboard), adapts two cases, plans a run and executes it step by step by keyboard
// with two failures, files a betriebsverhindernd defect, sees the gate propose "verweigert",
// moves the defect through the workflow to "behoben", runs the re-test made from the fixed
// defects, sees "abgenommen", changes a case that was run (new version, the run keeps its
// copy), imports ten cases from a pasted table (after a refused table that imported nothing)
// and exports the workbook, read back cell by cell with ExcelJS. The second test shares the
// library as a file and reads one back with duplicates, uploads a CSV file with a column
// mapping and a refused row, files and edits a defect outside a run, and edits the quality and
// gate criteria. Every page empty and with the example: the registry sweep in routen.test.mjs.
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
    // The run's page belongs to the list of runs (`unter "laeufe"`), not to the start page.
    const unternavigation = seite.locator('nav.unternavigation');
    assert.equal(await unternavigation.getByRole('link', { name: 'Testläufe' }).getAttribute('aria-current'), 'page');
    assert.equal(await unternavigation.getByRole('link', { name: 'Testfälle' }).getAttribute('aria-current'), null);
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

  it('Bibliothek als Datei teilen und einlesen, CSV mit Zuordnung, Mangel ohne Lauf, Kriterien bearbeiten', async () => {
    const { seite, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, `${BASIS}/bibliothek`);
    await seite.locator('#tm-start-uebernehmen').click();
    await warteGespeichert(seite);
    let daten = (await gespeicherteDaten(seite)).testmanagement;
    const id = (k) => daten.testfaelle.find((t) => t.kennung === k).id;
    // A run of all cases: STD-01 is used, so taking it over from a file makes version 2.
    await gehe(seite, `${BASIS}/laeufe`);
    await seite.locator('#tm-l-titel').fill('Systemtest 1.0');
    await seite.locator('#tm-l-anlegen').click();
    await seite.locator('main h1', { hasText: 'Testlauf: Systemtest 1.0' }).waitFor();
    const lauf = Number((await seite.evaluate(() => location.hash)).split('/').pop());
    await warteGespeichert(seite);

    // 1. The library as a file, read back.
    await gehe(seite, BASIS);
    const { name, inhalt } = await herunterladen(seite, seite.locator('#tm-b-herunterladen'));
    assert.match(name, /^Testfallbibliothek_\d{4}-\d{2}-\d{2}\.json$/);
    const datei = JSON.parse(inhalt.toString('utf8'));
    assert.equal(datei.art, 'upo-testfallbibliothek');
    assert.equal(datei.format, 1);
    assert.equal(datei.testfaelle.length, 12);
    const verknuepft = new Set(datei.testfaelle.flatMap((t) => t.kriterien ?? []));
    assert.deepEqual(new Set(datei.kriterien.map((k) => k.id)), verknuepft, 'die verknüpften Qualitätskriterien reisen mit');
    await seite.locator('#tm-b-datei-meldung', { hasText: 'heruntergeladen' }).waitFor();

    // 2. Another agency's version: STD-01 changed, one case new; duplicates chosen per ID.
    const fremd = structuredClone(datei);
    fremd.testfaelle[0].titel = 'Anmeldung mit dem Nutzerkonto (Landkreis)';
    fremd.testfaelle[0].schritte = [{ aktion: 'Anmelden', erwartet: 'Angemeldet' }];
    fremd.testfaelle.push({ ...structuredClone(fremd.testfaelle[1]), id: 999, kennung: 'LK-01', titel: 'Eigener Fall des Landkreises' });
    const einlesen = (dateiname, text) => seite.locator('#tm-bibliotheksdatei')
      .setInputFiles({ name: dateiname, mimeType: 'application/json', buffer: Buffer.from(text) });
    await einlesen('fremd.json', JSON.stringify({ art: 'upo-checkliste-vorlage', format: 1 }));
    assert.match(await seite.locator('#tm-b-fehler').innerText(), /keine Testfallbibliothek.*Es wurde nichts geändert\./s);
    await einlesen('neuer.json', JSON.stringify({ ...fremd, format: 2 }));
    await seite.locator('#tm-b-fehler', { hasText: 'neueren Version' }).waitFor();
    await einlesen('Testfallbibliothek_Landkreis.json', JSON.stringify(fremd));
    await seite.locator('#tm-b-zahlen', { hasText: `13 Testfälle und ${datei.kriterien.length} Qualitätskriterien: 1 neu, 12 mit einer Testfall-ID` }).waitFor();
    assert.equal(await seite.locator('#tm-b-neu').innerText(), 'Neu: LK-01');
    assert.equal(await seite.locator('#tm-b-wahl-0').inputValue(), 'überspringen', 'überspringen ist vorgewählt');
    assert.match(await seite.locator('table:has(#tm-b-doppelt) tbody tr').first().innerText(), /in Testläufen benutzt: „übernehmen“ legt Version 2 an/);
    await seite.locator('#tm-b-wahl-0').selectOption('übernehmen');
    await seite.locator('#tm-b-wahl-1').selectOption('als Kopie');
    await pruefeBarrierefreiheit(seite, 'Bibliothek einlesen, Vorschau');
    await seite.locator('#tm-b-uebernehmen').click();
    await seite.locator('#tm-b-meldung', { hasText: 'Eingelesen: 1 Testfall neu, 1 als Kopie, 1 übernommen (1 in neuer Version), 10 übersprungen.' }).waitFor();
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    assert.equal(daten.testfaelle.length, 14);
    const std01 = daten.testfaelle.find((t) => t.kennung === 'STD-01');
    assert.equal(std01.version, 2);
    assert.equal(std01.titel, 'Anmeldung mit dem Nutzerkonto (Landkreis)');
    const stand = daten.laeufe.find((l) => l.id === lauf).eintraege.find((e) => e.testfall === std01.id).stand;
    assert.equal(stand.version, 1, 'der Lauf behält seine Fassung');
    assert.equal(stand.schritte.length, 3);
    assert.ok(daten.testfaelle.some((t) => t.kennung === 'STD-02-Kopie'));
    assert.ok(daten.testfaelle.some((t) => t.kennung === 'LK-01'));
    // One step: undo takes it all back.
    await seite.locator('#knopf-rueckgaengig').click();
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    assert.equal(daten.testfaelle.length, 12);
    assert.equal(daten.testfaelle.find((t) => t.kennung === 'STD-01').version, 1);

    // 3. A CSV file (Excel "CSV UTF-8": BOM, semicolons, a quoted line break) with own headings:
    // the columns are mapped by hand; a row with an unknown category blocks the import.
    await gehe(seite, `${BASIS}/import`);
    const csv = '\ufeffNr;Bezeichnung;Bereich;Ablauf\r\nCSV-1;Login prüfen;Authentifizierung/Nutzerkonto;"Öffnen => Maske\r\nAnmelden => Start"\r\n'
      + 'CSV-2;Upload prüfen;Nachweise/Upload;Hochladen => Datei erscheint\r\nCSV-3;Zahlung;Foo;Bezahlen => Quittung\r\n';
    await seite.locator('#tm-i-datei').setInputFiles({ name: 'faelle.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await seite.locator('#tm-i-zuordnung').waitFor();
    assert.equal(await seite.locator('#tm-i-spalte-0').inputValue(), '', 'unbekannte Überschrift: nicht übernehmen');
    await seite.locator('#tm-i-fehler', { hasText: 'Keine Spalte ist dem Feld „Testfall-ID“ zugeordnet.' }).waitFor();
    await seite.locator('#tm-i-spalte-0').selectOption('Testfall-ID');
    await seite.locator('#tm-i-spalte-1').selectOption('Titel');
    await seite.locator('#tm-i-spalte-2').selectOption('Kategorie');
    await seite.locator('#tm-i-spalte-3').selectOption('Schritte');
    await seite.locator('#tm-i-fehler', { hasText: 'Zeile 4: Kategorie „Foo“ ist unbekannt.' }).waitFor();
    assert.ok(await seite.locator('#tm-i-importieren').isDisabled(), 'nichts importiert, solange eine Zeile einen Fehler hat');
    assert.equal(await seite.locator('table:has(#tm-i-tabelle) tbody tr').count(), 3);
    await pruefeBarrierefreiheit(seite, 'Import mit Zuordnung');
    await seite.locator('#tm-i-spalte-2').selectOption('');
    await seite.locator('#tm-i-stand', { hasText: '3 Testfälle bereit zum Import.' }).waitFor();
    await seite.locator('#tm-i-importieren').click();
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    const csv1 = daten.testfaelle.find((t) => t.kennung === 'CSV-1');
    assert.deepEqual(csv1.schritte, [{ aktion: 'Öffnen', erwartet: 'Maske' }, { aktion: 'Anmelden', erwartet: 'Start' }]);
    assert.equal(daten.testfaelle.length, 15);

    // 4. A defect outside a run, then every field edited.
    await gehe(seite, `${BASIS}/maengel`);
    await seite.locator('#tm-mf-titel').fill('Impressum fehlt');
    await seite.locator('#tm-mf-klasse').selectOption('leicht');
    await seite.locator('#tm-mf-gemeldet_von').fill('Review Fachbereich');
    await seite.locator('#tm-mf-frist').fill('31.12.2099');
    await seite.locator('#tm-mf-auftragnehmer').fill('Beispiel-IT GmbH');
    await seite.locator('#tm-mf-fall').selectOption(String(id('STD-03')));
    await seite.locator('#tm-mf-speichern').click();
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    let mangel = daten.maengel[0];
    assert.equal(mangel.kennung, 'M-001');
    assert.equal(mangel.lauf, undefined, 'ohne Testlauf');
    assert.equal(mangel.testfall, id('STD-03'));
    assert.equal(mangel.gemeldet_von, 'Review Fachbereich');
    await seite.locator(`#tm-mf-bearbeiten-${mangel.id}`).click();
    await seite.locator('#tm-mf-formular-titel', { hasText: 'Mangel M-001 bearbeiten' }).waitFor();
    assert.equal(await seite.locator('#tm-mf-titel').inputValue(), 'Impressum fehlt');
    await seite.locator('#tm-mf-kennung').fill('M-100');
    await seite.locator('#tm-mf-titel').fill('Impressum und Datenschutzerklärung fehlen');
    await seite.locator('#tm-mf-beschreibung').fill('Fußzeile ohne Links');
    await seite.locator('#tm-mf-klasse').selectOption('betriebsbehindernd');
    await seite.locator('#tm-mf-fall').selectOption('');
    await seite.locator('#tm-mf-speichern').click();
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    mangel = daten.maengel[0];
    assert.equal(daten.maengel.length, 1);
    assert.deepEqual([mangel.kennung, mangel.titel, mangel.beschreibung, mangel.klasse, mangel.testfall, mangel.status],
      ['M-100', 'Impressum und Datenschutzerklärung fehlen', 'Fußzeile ohne Links', 'betriebsbehindernd', undefined, undefined]);
    await seite.locator('#tm-mf-formular-titel', { hasText: 'Mangel ohne Testlauf erfassen' }).waitFor();

    // 5. Criteria: a quality criterion added and deleted, a linked one deleted after the question
    // naming its cases; a gate criterion added and deleted.
    await gehe(seite, `${BASIS}/kriterien`);
    assert.ok(await seite.locator('table:has(#tm-k-tabelle) .tm-marke', { hasText: 'bitte prüfen' }).count() >= 1);
    await seite.locator('#tm-k-kennung').fill('EIGEN-1');
    await seite.locator('#tm-k-titel').fill('Eigenes Kriterium');
    await seite.locator('#tm-k-speichern').click();
    await seite.locator('table:has(#tm-k-tabelle) th', { hasText: 'EIGEN-1 Eigenes Kriterium' }).waitFor();
    await seite.locator('table:has(#tm-k-tabelle) button', { hasText: 'Löschen: EIGEN-1' }).click();
    await seite.locator('table:has(#tm-k-tabelle) th', { hasText: 'EIGEN-1' }).waitFor({ state: 'detached' });
    await seite.locator('table:has(#tm-k-tabelle) button', { hasText: 'Löschen: BITV' }).click();
    await seite.locator('#tm-k-loeschen-dialog', { hasText: 'Qualitätskriterium BITV löschen?' }).waitFor();
    assert.match(await seite.locator('#tm-k-loeschen-faelle').innerText(), /verweis(t|en) darauf: STD-/);
    await pruefeBarrierefreiheit(seite, 'Kriterium löschen, Rückfrage');
    await seite.locator('#tm-k-loeschen-dialog button', { hasText: 'Löschen' }).click();
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    assert.ok(!daten.kriterien.some((k) => k.kennung === 'BITV' || k.kennung === 'EIGEN-1'));
    const ids = new Set(daten.kriterien.map((k) => k.id));
    assert.ok(daten.testfaelle.every((t) => (t.kriterien ?? []).every((k) => ids.has(k))), 'keine verwaisten Verweise');
    await seite.locator('#tm-gk-titel').fill('Betriebshandbuch übergeben');
    await seite.locator('#tm-gk-quelle').fill('Vertrag');
    await seite.locator('#tm-gk-speichern').click();
    await seite.locator('#tm-gk-liste li', { hasText: 'Betriebshandbuch übergeben' }).waitFor();
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    assert.equal(daten.abnahme.kriterien.length, 9);
    await seite.locator('#tm-gk-liste button', { hasText: 'Löschen: Betriebshandbuch übergeben' }).click();
    await seite.locator('#tm-gk-loeschen-dialog', { hasText: 'löschen?' }).waitFor();
    await seite.locator('#tm-gk-loeschen-dialog button', { hasText: 'Löschen' }).click();
    await seite.locator('#tm-gk-meldung', { hasText: 'Gate-Kriterium gelöscht.' }).waitFor();
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).testmanagement;
    assert.equal(daten.abnahme.kriterien.length, 8);
    await pruefeBarrierefreiheit(seite, 'Kriterien');

    pruefeSauber(befunde);
  });
});
