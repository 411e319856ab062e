// The Kompetenzreflexion as a new user meets it (issue 19, "done when"): takes over the default
// catalogues (marked "bitte prüfen"), sets up a team of six in three roles, records self- and
// peer ratings in the workshop mode by keyboard (one competence at a time, the distribution
// without names), sees the heatmap (names hidden until asked for) and a role's radar chart
// with its table, gets the priority gaps, creates two development measures, exports without
// names by default (read back cell by cell with ExcelJS) and deletes a person with all
// ratings in one step. Every page empty and with the example: the sweep in routen.test.mjs.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, warteGespeichert, fokusAufHauptueberschrift, tabBis,
  gespeicherteDaten, herunterladen,
} from './hilfen.mjs';

const BASIS = '#/kompetenzreflexion';

/** The team: name (empty: code only) and role. */
const TEAM = [
  ['Jana Beispiel', 'IT-Projektmanager/in'],
  ['Tom Muster', 'IT-Projektmanager/in'],
  ['Aylin Probst', 'Prozessmanager/in'],
  ['', 'Prozessmanager/in'],
  ['Karl Exempel', 'Fachaufgabenträger/in'],
  ['', 'Fachaufgabenträger/in'],
];

/** Self and peer level per person (TN 1 … TN 6) for the first two competences in area order:
 *  "Verwaltungsrecht und Verfahren" (Soll 2, 2, 3 kritisch) and "OZG und
 *  Digitalisierungsprogramm" (Soll 2, 2, 2). 0 = not rated. */
const WERTE = [
  [[2, 2], [1, 0], [3, 1], [2, 0], [2, 1], [1, 1]],
  [[1, 1], [2, 2], [1, 0], [2, 2], [2, 0], [1, 0]],
];

function gehe(seite, hash) {
  return seite.evaluate((h) => { location.hash = h; }, hash);
}

function spalten(blatt) {
  const index = {};
  blatt.getRow(1).eachCell((zelle, nummer) => { index[zelle.value] = nummer; });
  return index;
}

describe('Kompetenzreflexion', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('Kataloge übernehmen, Team anlegen, im Workshop-Modus einschätzen, Heatmap, Radar, Lücken, Maßnahmen, Export ohne Namen, Person löschen', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);

    // 1. The empty state leads to the catalogues; the defaults are taken over by keyboard.
    await oeffne(umg, seite, BASIS);
    await tabBis(seite, `main a[href="${BASIS}/kataloge"]`);
    await seite.keyboard.press('Enter');
    await fokusAufHauptueberschrift(seite);
    await tabBis(seite, '#kr-vorgabe');
    await seite.keyboard.press('Enter');
    await seite.locator('main .kr-meldung', { hasText: '23 Einträge aus der Vorgabe übernommen' }).waitFor();
    await warteGespeichert(seite);
    const rollen = seite.locator('table', { has: seite.locator('#kr-rollen-titel') }).locator('tbody tr');
    assert.equal(await rollen.count(), 8);
    assert.equal(await rollen.locator('.bitte-pruefen').count(), 8, 'jede Vorgabe-Rolle: „bitte prüfen“');

    // 2. A team of six in three roles; the privacy notice stands where persons are entered.
    await gehe(seite, `${BASIS}/neu`);
    await fokusAufHauptueberschrift(seite);
    assert.match(await seite.locator('main').innerText(), /personenbezogene Daten/);
    for (const [i, [name, rolle]] of TEAM.entries()) {
      await seite.locator('#kr-p-name').fill(name);
      await seite.locator('#kr-p-rolle').selectOption({ label: rolle });
      await tabBis(seite, '#kr-p-speichern');
      await seite.keyboard.press('Enter');
      await seite.locator('main .kr-meldung', { hasText: `Person TN ${i + 1} gespeichert.` }).waitFor();
      await seite.waitForFunction(() => document.querySelector('#kr-p-name').value === '');
    }
    await warteGespeichert(seite);
    let daten = (await gespeicherteDaten(seite)).kompetenzreflexion;
    assert.deepEqual(daten.personen.map((p) => p.kennung), ['TN 1', 'TN 2', 'TN 3', 'TN 4', 'TN 5', 'TN 6']);
    assert.equal(new Set(daten.personen.map((p) => p.rolle)).size, 3);

    // 3. A workshop with all six; into the workshop mode.
    await gehe(seite, `${BASIS}/workshops`);
    await fokusAufHauptueberschrift(seite);
    await seite.locator('#kr-w-0-titel').fill('Kompetenzworkshop OZG-Team');
    await seite.locator('#kr-w-0-datum').fill('20.11.2026');
    assert.equal(await seite.locator('.kr-teilnehmende input:checked').count(), 6);
    await seite.locator('#kr-w-0-speichern').click();
    await seite.waitForFunction(() => /#\/kompetenzreflexion\/workshop\/\d+$/.test(location.hash));
    await fokusAufHauptueberschrift(seite);
    await tabBis(seite, 'main a[href*="/modus/"]');
    await seite.keyboard.press('Enter');
    await fokusAufHauptueberschrift(seite);
    assert.match(await seite.locator('h1').innerText(), /^Workshop-Modus: Kompetenzworkshop OZG-Team$/);

    // 4. Ratings by keyboard, one competence at a time; the distribution shows counts only.
    const ids = daten.personen.map((p) => p.id);
    for (const [k, werte] of WERTE.entries()) {
      assert.equal((await seite.locator('#kr-m-kompetenz').innerText()).trim(),
        ['Verwaltungsrecht und Verfahren', 'OZG und Digitalisierungsprogramm'][k]);
      for (const [i, [selbst, fremd]] of werte.entries()) {
        for (const [art, wert] of [['selbst', selbst], ['fremd', fremd]]) {
          if (!wert) continue;
          await tabBis(seite, `#kr-m-${ids[i]}-${art}`);
          await seite.keyboard.type(String(wert));
          await seite.waitForFunction(([s, w]) => document.querySelector(s).value === w, [`#kr-m-${ids[i]}-${art}`, String(wert)]);
        }
      }
      await warteGespeichert(seite);
      const buehne = await seite.locator('.kr-modus__buehne').innerText();
      for (const [name] of TEAM) if (name) assert.ok(!buehne.includes(name), 'keine Namen auf der Leinwand');
      const selbstZahlen = await seite.locator('.kr-verteilung').first().locator('.kr-verteilung__zahl').allInnerTexts();
      const erwartet = [1, 2, 3].map((n) => werte.filter(([s]) => s === n).length);
      assert.deepEqual(selbstZahlen.map(Number), [...erwartet, 6 - erwartet.reduce((a, b) => a + b)]);
      await tabBis(seite, '#kr-m-naechste');
      await seite.keyboard.press('Enter');
    }
    daten = (await gespeicherteDaten(seite)).kompetenzreflexion;
    assert.equal(daten.einschaetzungen.length, 12);
    assert.equal(daten.einschaetzungen.filter((e) => e.fremd).length, 7);
    assert.ok(daten.einschaetzungen.every((e) => e.datum === '2026-11-20'));

    // 5. The heatmap: numbers and patterns, codes until names are asked for.
    await gehe(seite, `${BASIS}/heatmap`);
    await fokusAufHauptueberschrift(seite);
    const karte = seite.locator('table', { has: seite.locator('#kr-heatmap-titel') });
    assert.equal(await karte.locator('tbody tr').count(), 6);
    assert.ok(!(await karte.innerText()).includes('Jana Beispiel'), 'Namen ausgeblendet');
    const tn5 = karte.locator('tbody tr', { hasText: 'TN 5' });
    assert.equal((await tn5.locator('td').first().innerText()).trim(), '1!', 'Ist = Fremd 1, prioritär');
    assert.match(await tn5.locator('td').first().getAttribute('class'), /kr-hm--n1/);
    await seite.locator('#kr-hm-ansicht').selectOption('gap');
    await seite.waitForFunction(() => document.querySelector('table .kr-hm--gap2') !== null);
    await seite.locator('#kr-hm-namen').check();
    await karte.locator('th', { hasText: 'Jana Beispiel (TN 1)' }).waitFor();

    // 6. The radar of a role, with values in text and the table alternative.
    await gehe(seite, `${BASIS}/radar`);
    await fokusAufHauptueberschrift(seite);
    await seite.locator('#kr-radar-wahl').selectOption({ label: 'Rolle: Fachaufgabenträger/in' });
    await seite.waitForFunction(() => document.querySelector('svg.kr-radar')?.getAttribute('aria-label').includes('Verwaltungsrecht und Verfahren: Soll 3,0, Ist 1,0'));
    const radarTabelle = seite.locator('table', { has: seite.locator('#kr-radar-tabelle') });
    assert.match(await radarTabelle.locator('tr', { hasText: 'OZG und Digitalisierungsprogramm' }).innerText(), /2,0\s+1,5\s+0,5\s+2/);

    // 7. Priority gaps and two measures.
    await gehe(seite, `${BASIS}/luecken`);
    await fokusAufHauptueberschrift(seite);
    const luecken = seite.locator('table', { has: seite.locator('#kr-luecken-titel') }).locator('tbody tr');
    // TN 5 (Soll 3 kritisch, Ist 1: +2), TN 6 (Ist 1: +2), TN 3 (Soll 2, Ist 1: +1, nicht prioritär → ausgefiltert).
    assert.equal(await luecken.count(), 2);
    assert.match(await luecken.nth(0).innerText(), /TN 5[\s\S]*Verwaltungsrecht und Verfahren[\s\S]*\+2[\s\S]*prioritär \(kritisch\)/);
    for (const [zeile, verantwortlich, termin] of [[0, 'Referat Z 2', '15.01.2027'], [1, 'OZG-Koordination', '28.02.2027']]) {
      await luecken.nth(zeile).locator('button').click();
      await seite.waitForFunction(() => document.activeElement?.id === 'kr-mf-titel');
      assert.equal(await seite.locator('#kr-mf-titel').inputValue(), 'Qualifizierung Verwaltungsrecht und Verfahren');
      await seite.locator('#kr-mf-verantwortlich').fill(verantwortlich);
      await seite.locator('#kr-mf-termin').fill(termin);
      await tabBis(seite, '#kr-mf-speichern');
      await seite.keyboard.press('Enter');
      await seite.locator('main .kr-meldung', { hasText: 'Maßnahme „Qualifizierung Verwaltungsrecht und Verfahren“ gespeichert.' }).waitFor();
    }
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).kompetenzreflexion;
    assert.equal(daten.massnahmen.length, 2);
    assert.deepEqual(daten.massnahmen.map((m) => m.person), [ids[4], ids[5]]);
    assert.match(await luecken.nth(0).innerText(), /prioritär \(kritisch\)\s+1\s/, 'die Lücke zählt ihre Maßnahme');

    // 8. Export without names by default, read back cell by cell.
    await oeffne(umg, seite, `${BASIS}/export`);
    assert.equal(await seite.locator('#mit-vertraulichen').isChecked(), false);
    assert.match(await seite.locator('#vertraulich-stand').innerText(), /4 Personen sind mit Namen erfasst/);
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^Kompetenzreflexion_.*\.xlsx$/);
    const mappe = new ExcelJS.Workbook();
    await mappe.xlsx.load(inhalt);
    assert.deepEqual(mappe.worksheets.map((b) => b.name),
      ['Info', 'Rollen', 'Kompetenzen', 'Soll_Profile', 'Einschaetzungen', 'Gaps', 'Massnahmen', 'Legende']);
    for (const blatt of mappe.worksheets) {
      blatt.eachRow((r) => r.eachCell((z) => {
        for (const [n] of TEAM) if (n) assert.ok(!String(z.value).includes(n), `${blatt.name}: kein Name ${n}`);
      }));
    }
    const e = mappe.getWorksheet('Einschaetzungen');
    const es = spalten(e);
    assert.equal(es.Name, undefined, 'keine Namensspalte');
    assert.equal(e.rowCount, 1 + 12);
    const zeile = e.getRow(2);
    assert.match(zeile.getCell(es.ID).value, /^E\d+$/);
    assert.equal(zeile.getCell(es.Kennung).value, 'TN 1');
    assert.equal(zeile.getCell(es.Rolle).value, 'IT-Projektmanager/in');
    assert.equal(zeile.getCell(es.Kompetenz).value, 'Verwaltungsrecht und Verfahren');
    assert.ok(zeile.getCell(es.Datum).value instanceof Date);
    assert.equal(zeile.getCell(es.Selbst).value, 2);
    assert.equal(zeile.getCell(es.Selbst).type, ExcelJS.ValueType.Number);
    const g = mappe.getWorksheet('Gaps');
    const gs = spalten(g);
    assert.equal(g.getRow(2).getCell(gs.Kennung).value, 'TN 5');
    assert.equal(g.getRow(2).getCell(gs.Gap).value, 2);
    assert.equal(g.getRow(2).getCell(gs['Priorität']).value, 'ja');
    const m = mappe.getWorksheet('Massnahmen');
    const ms = spalten(m);
    assert.equal(m.rowCount, 1 + 2);
    assert.equal(m.getRow(2).getCell(ms.Verantwortlich).value, 'Referat Z 2');
    assert.equal(m.getRow(2).getCell(ms.Status).value, 'geplant');
    const s = mappe.getWorksheet('Soll_Profile');
    const ss = spalten(s);
    assert.equal(s.getRow(2).getCell(ss['Fachaufgabenträger/in']).value, 3);
    assert.match(s.getRow(2).getCell(ss['Kritisch für']).value, /Fachaufgabenträger\/in/);
    const info = [];
    mappe.getWorksheet('Info').eachRow((r) => info.push(`${r.getCell(1).value}: ${r.getCell(2).value}`));
    assert.ok(info.some((t) => /^Namen der Teilnehmenden: nicht enthalten/.test(t)), info.join('\n'));

    // 9. A person with all ratings deleted in one step.
    await gehe(seite, `${BASIS}/person/${ids[0]}`);
    await fokusAufHauptueberschrift(seite);
    await seite.locator('#datensatz-loeschen').click();
    await seite.locator('#datensatz-loeschen-dialog button', { hasText: 'Löschen' }).click();
    await seite.waitForFunction((b) => location.hash === b, BASIS);
    await warteGespeichert(seite);
    daten = (await gespeicherteDaten(seite)).kompetenzreflexion;
    assert.equal(daten.personen.length, 5);
    assert.ok(daten.einschaetzungen.every((x) => x.person !== ids[0]));
    assert.equal(daten.einschaetzungen.length, 10);
    pruefeSauber(befunde);
    await kontext.close();
  });
});
