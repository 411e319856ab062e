// The Verankerung tool as a new user meets it: takes over the suggested goals (marked "bitte
// prüfen"), assesses all four Dimensionen at two Stichtage (keyboard for the route, the date
// and saving; a half-filled goal is refused with the error summary), sees the change since the
// last Stichtag in words and signs, the radar with its values in text and its table, the gap
// list, plans measures for the three biggest gaps (one overdue, flagged in words), prints the
// two-page Verankerungsbericht (checked as a PDF) and exports: the workbook is read back cell by
// cell with ExcelJS. Every page empty and with the example: the registry sweep in routen.test.mjs.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, warteGespeichert, fokusAufHauptueberschrift, tabBis,
  gespeicherteDaten, herunterladen, heuteIso,
} from './hilfen.mjs';

const BASIS = '#/verankerung';

/** The first of the month `monate` months from today, as TT.MM.JJJJ. */
async function monatsanfang(seite, monate) {
  const [j, m] = (await heuteIso(seite)).split('-').map(Number);
  const gesamt = j * 12 + (m - 1) + monate;
  return `01.${String((gesamt % 12) + 1).padStart(2, '0')}.${Math.floor(gesamt / 12)}`;
}

/** Ist and Ziel per goal id (the suggestions in catalogue order) at the two Stichtage. */
const ERSTER = { 1: [2, 4], 2: [1, 3], 3: [1, 3], 4: [0, 3], 5: [2, 3], 6: [1, 3], 7: [1, 2], 8: [1, 2], 9: [1, 3], 10: [1, 3], 11: [1, 4], 12: [0, 3] };
const ZWEITER = { ...ERSTER, 1: [3, 4], 2: [3, 3], 5: [3, 3], 8: [0, 2], 12: [2, 3] };

async function bewerten(seite, stichtag, werte) {
  await seite.evaluate(() => { location.hash = '#/verankerung'; });
  await fokusAufHauptueberschrift(seite);
  await seite.evaluate(() => { location.hash = '#/verankerung/bewerten'; });
  await fokusAufHauptueberschrift(seite);
  await tabBis(seite, '#vk-b-stichtag');
  await seite.keyboard.press('Control+A');
  await seite.keyboard.type(stichtag);
  for (const [id, [ist, soll]] of Object.entries(werte)) {
    await seite.locator(`#vk-b-${id}-ist`).selectOption(String(ist));
    await seite.locator(`#vk-b-${id}-soll`).selectOption(String(soll));
  }
  await tabBis(seite, '#vk-b-speichern');
  await seite.keyboard.press('Enter');
  await seite.locator('.kern-alert--success', { hasText: `Bewertung zum Stichtag ${stichtag} gespeichert: 12 Ziele.` }).waitFor();
  await warteGespeichert(seite);
}

function spalten(blatt) {
  const index = {};
  blatt.getRow(1).eachCell((zelle, nummer) => { index[zelle.value] = nummer; });
  return index;
}

describe('Verankerung', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('Ziele übernehmen, zweimal bewerten, Veränderung und Radar sehen, Maßnahmen planen, Bericht drucken, exportieren', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);

    // 1. The empty state leads to the suggested goals; taken over by keyboard.
    await oeffne(umg, seite, BASIS);
    await tabBis(seite, `main a[href="${BASIS}/vorschlaege"]`);
    await seite.keyboard.press('Enter');
    await fokusAufHauptueberschrift(seite);
    await tabBis(seite, '#vk-vorschlaege-uebernehmen');
    assert.equal((await seite.locator('#vk-vorschlaege-uebernehmen').innerText()).trim(), '12 Ziele übernehmen');
    await seite.keyboard.press('Enter');
    await seite.waitForFunction((b) => location.hash === b, BASIS);
    await warteGespeichert(seite);
    const tabelle = seite.locator('.datentabelle__tabelle');
    assert.equal(await tabelle.locator('tbody tr').count(), 12);
    assert.equal(await tabelle.locator('tbody .bitte-pruefen').count(), 12, 'jedes vorgeschlagene Ziel: „bitte prüfen“');

    // 2. A goal with only a Ziel-Stufe is refused, the summary takes focus and names it.
    const erster = await monatsanfang(seite, -6);
    const zweiter = await monatsanfang(seite, -1);
    await seite.evaluate(() => { location.hash = '#/verankerung/bewerten'; });
    await fokusAufHauptueberschrift(seite);
    await seite.locator('#vk-b-1-soll').selectOption('4');
    await seite.locator('#vk-b-speichern').click();
    await seite.waitForFunction(() => document.activeElement?.id === 'vk-b-fehler');
    assert.match(await seite.locator('#vk-b-fehler').innerText(), /OZG-Koordination mit Mandat benannt“: Wählen Sie auch die Ist-Stufe/);
    assert.equal((await gespeicherteDaten(seite)).verankerung.bewertungen, undefined, 'nichts gespeichert');

    // 3. Two Stichtage, all four Dimensionen.
    await bewerten(seite, erster, ERSTER);
    await bewerten(seite, zweiter, ZWEITER);
    const daten = (await gespeicherteDaten(seite)).verankerung;
    assert.equal(daten.bewertungen.length, 24, 'die ältere Bewertung bleibt');

    // 4. The change since the last Stichtag in signs and words.
    await seite.evaluate((b) => { location.hash = b; }, BASIS);
    await fokusAufHauptueberschrift(seite);
    const zeile = (titel) => seite.locator('.datentabelle__tabelle tbody tr', { hasText: titel });
    assert.match(await zeile('Lenkungskreis tagt regelmäßig').innerText(), /▲ \+2 höher/);
    assert.match(await zeile('FIM-Pflege').innerText(), /▼ −1 niedriger/);
    assert.match(await zeile('Wissenssicherung').innerText(), /= gleich/);
    await zeile('Lenkungskreis tagt regelmäßig').locator('a').first().click();
    await fokusAufHauptueberschrift(seite);
    assert.equal((await seite.locator('#vk-veraenderung').innerText()).trim(), `▲ +2 seit ${erster}`);

    // 5. Radar with values in text, its table, the gap list.
    await seite.evaluate(() => { location.hash = '#/verankerung/auswertung'; });
    await fokusAufHauptueberschrift(seite);
    const radar = await seite.locator('svg.vk-radar').getAttribute('aria-label');
    assert.match(radar, /Prozesse: Ist 1,3, Ziel 2,5; Strukturen: Ist 1,8, Ziel 3,3; Kompetenzen: Ist 1,0, Ziel 3,0; Kapazitäten: Ist 1,5, Ziel 3,5/);
    const dim = seite.locator('table', { has: seite.locator('#vk-dimensionen-titel') });
    assert.match(await dim.locator('tr', { hasText: 'Strukturen' }).innerText(), /1,8\s+3,3\s+1,5\s+1,0\s+▲ \+0,8/);
    const luecken = seite.locator('table', { has: seite.locator('#vk-luecken-titel') }).locator('tbody tr');
    const groesste = [];
    for (let i = 0; i < 3; i++) groesste.push((await luecken.nth(i).locator('th').innerText()).trim());
    assert.deepEqual(groesste, ['Zuständigkeit für Betrieb und Weiterentwicklung', 'Stellen für die Daueraufgabe', 'FIM-Pflege']);
    assert.equal(await seite.locator('table', { has: seite.locator('#vk-zeitreihe-titel') }).locator('tbody tr').count(), 2);

    // 6. Measures for the three biggest gaps; one is overdue.
    const termine = [await monatsanfang(seite, -1), await monatsanfang(seite, 2), await monatsanfang(seite, 3)];
    const ziele = { 'Zuständigkeit für Betrieb und Weiterentwicklung': 4, 'Stellen für die Daueraufgabe': 11, 'FIM-Pflege': 8 };
    await seite.evaluate(() => { location.hash = '#/verankerung/massnahmen'; });
    await fokusAufHauptueberschrift(seite);
    let i = 0;
    for (const [titel, id] of Object.entries(ziele)) {
      await seite.locator('#vk-m-ziel').selectOption(String(id));
      await seite.locator('#vk-m-titel').fill(`Maßnahme für ${titel}`);
      await seite.locator('#vk-m-verantwortlich').fill('OZG-Koordination');
      await seite.locator('#vk-m-termin').fill(termine[i]);
      await seite.locator('#vk-m-handlungsfeld').selectOption('Programmkoordination');
      await seite.locator('#vk-m-titel').press('Enter');
      await seite.locator('.datentabelle__tabelle tbody tr', { hasText: `Maßnahme für ${titel}` }).waitFor();
      i++;
    }
    await warteGespeichert(seite);
    assert.match(await seite.locator('caption', { hasText: 'Maßnahmen' }).innerText(), /3 Maßnahmen, davon 1 überfällig/);
    assert.match(await seite.locator('.datentabelle__tabelle tbody tr', { hasText: 'Zuständigkeit' }).innerText(), /⚠ überfällig seit \d+ Tag/);
    await seite.evaluate(() => { location.hash = '#/verankerung/auswertung'; });
    await fokusAufHauptueberschrift(seite);
    assert.doesNotMatch(await luecken.nth(0).innerText(), /keine/);

    // 7. The report prints on two A4 pages.
    await seite.evaluate(() => { location.hash = '#/verankerung/bericht'; });
    await fokusAufHauptueberschrift(seite);
    await seite.locator('#vk-drucken').waitFor();
    await seite.emulateMedia({ media: 'print' });
    assert.equal(await seite.locator('.unternavigation').isVisible(), false);
    const pdf = (await seite.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    const seiten = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(seiten, 2, 'Verankerungsbericht auf zwei Seiten');
    await seite.emulateMedia({ media: 'screen' });

    // 8. Export, read back cell by cell.
    await oeffne(umg, seite, `${BASIS}/export`);
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^Verankerung_.*\.xlsx$/);
    const mappe = new ExcelJS.Workbook();
    await mappe.xlsx.load(inhalt);
    assert.deepEqual(mappe.worksheets.map((b) => b.name), ['Info', 'Verankerung', 'Verlauf', 'Legende']);
    const v = mappe.getWorksheet('Verankerung');
    const vs = spalten(v);
    for (const kopf of ['ID', 'Dimension', 'Ziel', 'Ist', 'Soll', 'Lücke', 'Maßnahme', 'Verantwortlich', 'Termin', 'Status']) {
      assert.ok(vs[kopf], `Spalte ${kopf}`);
    }
    assert.equal(v.rowCount, 1 + 12);
    const betrieb = v.getRow(5);
    assert.equal(betrieb.getCell(vs.ID).value, 'V4');
    assert.equal(betrieb.getCell(vs.Dimension).value, 'Strukturen');
    assert.equal(betrieb.getCell(vs.Ziel).value, 'Zuständigkeit für Betrieb und Weiterentwicklung');
    assert.equal(betrieb.getCell(vs.Ist).value, 0);
    assert.equal(betrieb.getCell(vs.Ist).type, ExcelJS.ValueType.Number);
    assert.equal(betrieb.getCell(vs.Soll).value, 3);
    assert.equal(betrieb.getCell(vs['Lücke']).value, 3);
    assert.equal(betrieb.getCell(vs['Maßnahme']).value, 'Maßnahme für Zuständigkeit für Betrieb und Weiterentwicklung');
    assert.equal(betrieb.getCell(vs.Verantwortlich).value, 'OZG-Koordination');
    assert.ok(betrieb.getCell(vs.Termin).value instanceof Date);
    assert.equal(betrieb.getCell(vs.Status).value, 'geplant');
    assert.ok(betrieb.getCell(vs['Überfällig (Tage)']).value > 0);
    assert.equal(betrieb.getCell(vs['Status des Ziels']).value, 'bitte prüfen');
    const lenkung = v.getRow(3);
    assert.equal(lenkung.getCell(vs['Veränderung']).value, `▲ +2 seit ${erster}`);
    assert.equal(lenkung.getCell(vs['Maßnahme']).value, null);
    const verlauf = mappe.getWorksheet('Verlauf');
    const ls = spalten(verlauf);
    assert.equal(verlauf.rowCount, 1 + 24);
    assert.equal(verlauf.getRow(2).getCell(ls['Ziel-ID']).value, 'V1');
    assert.equal(verlauf.getRow(2).getCell(ls.Ist).value, 2);
    assert.equal(verlauf.getRow(3).getCell(ls.Ist).value, 3);
    assert.ok(verlauf.getRow(3).getCell(ls.Stichtag).value > verlauf.getRow(2).getCell(ls.Stichtag).value);
    const legende = mappe.getWorksheet('Legende');
    const werte = [];
    legende.eachRow((r) => werte.push(r.getCell(2).value));
    assert.ok(werte.includes('4 verstetigt') && werte.includes('0 nicht vorhanden'));
    pruefeSauber(befunde);
    await kontext.close();
  });
});
