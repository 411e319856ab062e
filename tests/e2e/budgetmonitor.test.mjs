// The Budgetmonitor as a budget officer uses it: settings (year, Stichtag), a new Titel (with
// the error summary), its Ansatz, a Festlegung and payments typed the German way, a Storno and
// a forecast; the figures on the Titel page and in the tree match a hand calculation to the
// cent, and so does the exported workbook (formula and cached result, read with ExcelJS); a
// payment corrected by keyboard changes the figures to the cent; a VE is deleted via the
// confirmation dialog. Every sub-route passes axe, empty and with the example data.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, pruefeBarrierefreiheit, warteGespeichert,
  herunterladen, tabBis,
} from './hilfen.mjs';

const BASIS = '#/budgetmonitor';
const UNTERSEITEN = ['', '/verlauf', '/ve', '/projekte', '/einstellungen', '/export', '/neu'];

/** Waits until the focused element matches `selektor`. */
const fokusAuf = (seite, selektor) => seite.waitForFunction(
  (s) => document.activeElement?.matches(s) ?? false, selektor, { timeout: 5000 });

/** The key figures (a `dl.kennzahlen` or a summary list) as an object: label → value text. */
async function kennzahlen(seite, selektor) {
  return seite.$$eval(`${selektor} .kennzahlen__eintrag, ${selektor} .zusammenfassung__zeile`, (eintraege) => Object.fromEntries(
    eintraege.map((e) => [e.querySelector('dt').innerText.trim(), e.querySelector('dd').innerText.trim()])));
}

/** Replaces non-breaking spaces, so texts compare with plain ones. */
const n = (text) => text.replace(/\u00a0/g, ' ');

/** One booking through the fast entry form. */
async function buchen(seite, { art, datum, betrag, vertrag = '', bezug = '' }) {
  await seite.locator('#bu-art').selectOption({ label: art });
  await seite.locator('#bu-datum').fill(datum);
  await seite.locator('#bu-betrag').fill(betrag);
  await seite.locator('#bu-vertrag').fill(vertrag);
  if (bezug) await seite.locator('#bu-bezug').selectOption({ label: bezug });
  await seite.locator('#bu-speichern').click();
  await seite.locator('#bu-meldung', { hasText: 'erfasst' }).waitFor();
  // The form keeps focus for the next entry: the cursor is back in "Betrag", which is empty.
  await fokusAuf(seite, '#bu-betrag');
  assert.equal(await seite.locator('#bu-betrag').inputValue(), '');
  await warteGespeichert(seite);
}

describe('Budgetmonitor', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  // Every page empty and with the example: the registry sweep in routen.test.mjs.

  it('ein Titel mit Ansatz, Festlegung, Zahlungen und Prognose: jede Zahl auf den Cent, in der App und in der Excel-Datei', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    // Settings: Haushaltsjahr 2026, Stichtag 30.06.2026 (6 months elapsed).
    await oeffne(umg, seite, `${BASIS}/einstellungen`);
    await seite.locator('#einst-jahr').fill('2026');
    await seite.locator('#einst-stichtag').fill('30.06.2026');
    await seite.locator('#einst-speichern').click();
    await seite.getByText('Einstellungen gespeichert.').waitFor();
    await warteGespeichert(seite);

    // A new Titel, by keyboard; first with a wrong Titel number.
    await oeffne(umg, seite, BASIS);
    await tabBis(seite, `main a[href="${BASIS}/neu"]`);
    await seite.keyboard.press('Enter');
    await seite.waitForFunction((z) => location.hash === z, `${BASIS}/neu`);
    await tabBis(seite, '#hst-ep');
    await seite.keyboard.type('06');
    await tabBis(seite, '#hst-kapitel');
    await seite.keyboard.type('0634');
    await tabBis(seite, '#hst-titel');
    await seite.keyboard.type('5320');
    await tabBis(seite, '#hst-zweck');
    await seite.keyboard.type('IT-Dienstleistungen OZG');
    await tabBis(seite, '#hst-speichern');
    await seite.keyboard.press('Enter');
    await fokusAuf(seite, '#hst-fehler');
    assert.match(await seite.locator('#hst-fehler').innerText(), /Der Titel hat die Form NNN NN/);
    await pruefeBarrierefreiheit(seite, 'Formular mit Fehlern');
    await seite.locator('#hst-fehler a').first().click();
    await fokusAuf(seite, '#hst-titel');
    // Typed as in Excel, without the space: the app writes it "532 01".
    await seite.locator('#hst-titel').fill('53201');
    await seite.locator('#hst-speichern').click();
    await seite.waitForFunction(() => /#\/budgetmonitor\/titel\/\d+$/.test(location.hash));
    const titelRoute = await seite.evaluate(() => location.hash);
    assert.equal((await seite.locator('main h1').innerText()).trim(), 'Haushaltsstelle 0634/532 01 (2026)');
    await warteGespeichert(seite);

    // Ansatz 1.000.000,00 + Reste 50.000,00 − Sperre 40.000,00 = verfügbares Soll 1.010.000,00.
    await seite.locator('#an-ansatz').fill('1.000.000,00');
    await seite.locator('#an-reste').fill('50.000');
    await seite.locator('#an-sperren').fill('40.000,00');
    await seite.locator('#an-speichern').click();
    await seite.locator('#ansatzliste tr').first().waitFor();
    await warteGespeichert(seite);

    // A wrong amount is refused with a German message at the field.
    await seite.locator('#bu-datum').fill('01.02.2026');
    await seite.locator('#bu-betrag').fill('1.23,4');
    await seite.locator('#bu-speichern').click();
    await fokusAuf(seite, '#bu-fehler');
    assert.match(await seite.locator('#bu-fehler').innerText(), /ist keine Zahl/);

    await buchen(seite, { art: 'Festlegung (Bindung)', datum: '01.02.2026', betrag: '300.000,00', vertrag: 'V-2026-1' });
    const festlegung = await seite.locator('#buchungsliste tr th').first().innerText();
    await buchen(seite, {
      art: 'Ist (Zahlung)', datum: '10.03.2026', betrag: '100.000,00', vertrag: 'V-2026-1 Abschlag',
      bezug: `${festlegung} · Festlegung (Bindung) · 300.000,00 € · V-2026-1`.replace(' €', '\u00a0€'),
    });
    await buchen(seite, { art: 'Ist (Zahlung)', datum: '20.04.2026', betrag: '23.456,78', vertrag: 'Lizenzen' });
    const lizenz = (await seite.locator('#buchungsliste tr th').allInnerTexts()).at(-1);
    await buchen(seite, {
      art: 'Rückfluss/Storno', datum: '02.05.2026', betrag: '3.456,78',
      bezug: `${lizenz} · Ist (Zahlung) · 23.456,78\u00a0€ · Lizenzen`,
    });
    // A payment after the Stichtag does not count yet.
    await buchen(seite, { art: 'Ist (Zahlung)', datum: '15.07.2026', betrag: '5.000,00', vertrag: 'später' });

    // Forecast 950.000,00 at the Stichtag.
    await seite.locator('#pr-betrag').fill('950.000,00');
    await seite.locator('#pr-erlaeuterung').fill('Abschläge planmäßig');
    await seite.locator('#pr-speichern').click();
    await seite.getByText('Prognose über 950.000,00').waitFor();
    await warteGespeichert(seite);

    // By hand: Ist = 100.000 + 23.456,78 − 3.456,78 = 120.000,00; gebunden = 300.000 − 100.000
    // (all of it Festlegungen); frei = 1.010.000 − 120.000 − 200.000 = 690.000,00; Abfluss
    // 120.000 / 1.010.000 = 11,88 %; Bindung 320.000 / 1.010.000 = 31,68 %; Soll-Abfluss: the
    // Soll spread in whole euros, 84.166,00 a month (the rest in December), × 6 = 504.996,00;
    // Hochrechnung 120.000 × 12 / 6 = 240.000,00; Abweichung 950.000 − 1.010.000 = −60.000,00
    // = −5,94 % → gelb (5 % < 5,9 % ≤ 10 %); Rest 60.000,00 verfällt (532 01: kein UEB, keine
    // Investition).
    const k = await kennzahlen(seite, '#titel-kennzahlen');
    const erwartet = {
      'verfügbares Soll': '1.010.000,00 €',
      Ist: '120.000,00 €',
      gebunden: '200.000,00 €',
      'davon Festlegungen (rechtlich bindend)': '200.000,00 €',
      'davon Vorbindungen (nicht bindend)': '0,00 €',
      frei: '690.000,00 €',
      Abflussquote: '11,9 %',
      Bindungsquote: '31,7 %',
      'Soll-Abfluss bis Stichtag': '504.996,00 €',
      'Ist − Soll-Abfluss': '−384.996,00 €',
      'statische Hochrechnung (nur zur Information)': '240.000,00 €',
      Prognose: '950.000,00 € (manuell (Fachbereich))',
      Abweichung: '−60.000,00 € (−5,9 %)',
      'vorauss. Ausgaberest': '60.000,00 € verfällt',
      Ampel: 'gelb',
    };
    for (const [name, wert] of Object.entries(erwartet)) assert.equal(n(k[name]), wert, name);
    await pruefeBarrierefreiheit(seite, 'Titelseite mit Buchungen');

    // Overview: the tree with subtotals; collapsing by keyboard hides the Titel.
    await oeffne(umg, seite, BASIS);
    // The tree is a Datentabelle: the total is its last row, groups open and close by button.
    const gesamt = await seite.locator('#budget-baum tbody tr').last().innerText();
    assert.match(n(gesamt), /1\.010\.000,00 €\s+120\.000,00 €\s+200\.000,00 €\s+690\.000,00 €\s+11,9 %\s+31,7 %/);
    assert.equal(await seite.locator('#budget-baum a', { hasText: '0634/532 01' }).count(), 1);
    await tabBis(seite, '#budget-baum tbody tr:first-child button[aria-expanded]');
    await seite.keyboard.press('Enter');
    await seite.locator('#budget-baum tbody tr:first-child button[aria-expanded="false"]').waitFor();
    assert.equal(await seite.locator('#budget-baum a', { hasText: '0634/532 01' }).count(), 0);
    await seite.keyboard.press('Enter');
    await seite.locator('#budget-baum a', { hasText: '0634/532 01' }).waitFor();
    await pruefeBarrierefreiheit(seite, 'Übersicht mit Daten');

    // Export: formulas with their cached results, cell by cell.
    await oeffne(umg, seite, `${BASIS}/export`);
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^Budgetmonitor_.*\.xlsx$/);
    const mappe = new ExcelJS.Workbook();
    await mappe.xlsx.load(inhalt);
    assert.deepEqual(mappe.worksheets.map((b) => b.name),
      ['Info', 'Haushaltsstellen', 'Buchungen', 'VE', 'Monatsverlauf', 'Projekte_Finanzen', 'Legende']);
    const h = mappe.getWorksheet('Haushaltsstellen');
    const zelle = (adresse) => h.getCell(adresse).value;
    assert.equal(zelle('D2'), '532 01');
    assert.equal(zelle('H2'), 1000000);
    assert.equal(zelle('I2'), 50000);
    assert.equal(zelle('K2'), 40000);
    assert.deepEqual(zelle('L2'), { formula: 'H2+I2+J2-K2', result: 1010000 });
    assert.equal(zelle('M2'), 120000);
    assert.equal(zelle('N2'), 200000);
    assert.deepEqual(zelle('O2'), { formula: 'L2-M2-N2', result: 690000 });
    assert.deepEqual(zelle('P2'), { formula: 'IF(L2=0,"–",ROUND(M2/L2,3))', result: 0.119 });
    assert.deepEqual(zelle('Q2'), { formula: 'IF(L2=0,"–",ROUND((M2+N2)/L2,3))', result: 0.317 });
    assert.equal(zelle('R2'), 950000);
    assert.deepEqual(zelle('S2'), { formula: 'R2-L2', result: -60000 });
    assert.deepEqual(zelle('T2'), { formula: 'IF(L2=0,"–",ROUND(S2/L2,3))', result: -0.059 });
    assert.equal(zelle('V2'), 'gelb');
    assert.equal(zelle('Z2'), 240000);
    assert.equal(zelle('AA2'), 504996);
    assert.deepEqual(zelle('AB2'), { formula: 'M2-AA2', result: -384996 });
    // Festlegungen and Vorbindungen apart; FKZ, Bewirtschafter, Deckungskreis follow.
    assert.equal(zelle('AF2'), 200000);
    assert.equal(zelle('AG2'), 0);
    assert.equal(h.getCell('AI1').value, 'FKZ');
    assert.equal(h.getCell('AK1').value, 'Deckungskreis');
    assert.deepEqual(zelle('AC2'), { formula: 'L2-R2', result: 60000 });
    assert.equal(zelle('AD2'), 'verfällt');
    // Kapitel, Einzelplan and total rows: SUBTOTAL over the rows above, with results.
    assert.equal(zelle('A3'), 'Kap 0634');
    assert.deepEqual(zelle('H3'), { formula: 'SUBTOTAL(9,H2:H2)', result: 1000000 });
    assert.deepEqual(zelle('M4'), { formula: 'SUBTOTAL(9,M2:M3)', result: 120000 });
    assert.equal(zelle('A5'), 'Gesamt');
    assert.deepEqual(zelle('L5'), { formula: 'H5+I5+J5-K5', result: 1010000 });
    assert.deepEqual(zelle('O5'), { formula: 'L5-M5-N5', result: 690000 });

    // Monatsverlauf: cumulative Ist in June, chart present.
    const mv = mappe.getWorksheet('Monatsverlauf');
    assert.equal(mv.getCell('C7').value, 'Jun 2026');
    assert.deepEqual(mv.getCell('G7').value, { formula: 'G6+E7', result: 120000 });
    assert.equal(inhalt.includes(Buffer.from('xl/charts/chart1.xml')), true, 'Diagramm in der Datei');

    // Buchungen: five rows with the Storno's effect.
    const b = mappe.getWorksheet('Buchungen');
    assert.equal(b.rowCount, 6);

    // A typo in the first payment (100.000,00 instead of 150.000,00) is corrected by keyboard.
    // By hand: Ist = 150.000 + 23.456,78 − 3.456,78 = 170.000,00; gebunden = 300.000 − 150.000
    // = 150.000,00; frei = 1.010.000 − 170.000 − 150.000 = 690.000,00.
    await oeffne(umg, seite, titelRoute);
    const abschlag = (await seite.locator('#buchungsliste tr th').allInnerTexts())[1];
    // The row's actions sit in one compact menu: open it by keyboard, then "bearbeiten".
    await tabBis(seite, `#bu-aktionen-${abschlag.slice(1)}`);
    await seite.keyboard.press('Enter');
    await tabBis(seite, `#bu-bearbeiten-${abschlag.slice(1)}`);
    assert.equal((await seite.locator(`#bu-bearbeiten-${abschlag.slice(1)}`).innerText()).trim(), `${abschlag} bearbeiten`);
    await seite.keyboard.press('Enter');
    await fokusAuf(seite, '#bu-betrag');
    assert.equal((await seite.locator('#bu-titel').innerText()).trim(), `${abschlag} bearbeiten`);
    assert.match(await seite.locator('#bu-betrag').inputValue(), /^100\.?000,00$/);
    await seite.keyboard.press('ControlOrMeta+A');
    await seite.keyboard.type('150.000,00');
    await tabBis(seite, '#bu-speichern');
    assert.equal((await seite.locator('#bu-speichern').innerText()).trim(), 'Änderungen speichern');
    await seite.keyboard.press('Enter');
    await seite.locator('#bu-meldung', { hasText: `Buchung ${abschlag} geändert` }).waitFor();
    await warteGespeichert(seite);
    assert.equal((await seite.locator('#bu-titel').innerText()).trim(), 'Neue Buchung');
    const k2 = await kennzahlen(seite, '#titel-kennzahlen');
    assert.equal(n(k2.Ist), '170.000,00 €');
    assert.equal(n(k2.gebunden), '150.000,00 €');
    assert.equal(n(k2.frei), '690.000,00 €');
    assert.equal(await seite.locator('#buchungsliste tr').count(), 5, 'the booking was changed, not added');
    assert.equal(await seite.locator('#buchungsliste tr th').nth(1).innerText(), abschlag, 'same id');

    // A VE without Inanspruchnahmen is deleted after confirmation.
    await seite.locator('#ve-bezeichnung').fill('VE Betrieb 2027');
    await seite.locator('#ve-ansatz').fill('100.000,00');
    await seite.locator('#ve-speichern').click();
    await seite.locator('#ve-liste tr').first().waitFor();
    await warteGespeichert(seite);
    await seite.locator('#ve-liste summary', { hasText: 'Aktionen' }).click();
    await seite.locator('#ve-liste button', { hasText: 'löschen' }).click();
    await seite.locator('#ve-loeschen-dialog', { hasText: '„VE Betrieb 2027“ löschen?' }).waitFor();
    await pruefeBarrierefreiheit(seite, 'VE-Löschdialog');
    await seite.locator('#ve-loeschen-dialog button', { hasText: 'Löschen' }).click();
    await seite.locator('#ve-hinweis', { hasText: 'gelöscht' }).waitFor();
    await warteGespeichert(seite);
    assert.equal(await seite.locator('#ve-liste tr').count(), 0);

    // The Ansatz is edited in its form: Sperre 40.000,00 → 50.000,00 gives verfügbares Soll
    // 1.000.000 + 50.000 − 50.000 = 1.000.000,00 and frei 1.000.000 − 170.000 − 150.000 = 680.000,00.
    await seite.locator('#ansatzliste summary', { hasText: 'Aktionen' }).click();
    await seite.locator('#ansatzliste button', { hasText: 'bearbeiten' }).click();
    await fokusAuf(seite, '#an-ansatz');
    assert.match(await seite.locator('#an-titel').innerText(), /^A\d+ bearbeiten$/);
    await seite.locator('#an-sperren').fill('50.000,00');
    await seite.locator('#an-speichern').click();
    await seite.getByText(/Ansatz A\d+ geändert\./).waitFor();
    await warteGespeichert(seite);
    assert.equal(await seite.locator('#ansatzliste tr').count(), 1);
    const k3 = await kennzahlen(seite, '#titel-kennzahlen');
    assert.equal(n(k3['verfügbares Soll']), '1.000.000,00 €');
    assert.equal(n(k3.frei), '680.000,00 €');

    // Every sub-route with data passes axe.
    for (const route of [...UNTERSEITEN.map((u) => `${BASIS}${u}`), titelRoute]) {
      await oeffne(umg, seite, route);
      await pruefeBarrierefreiheit(seite, `${route} (mit Daten)`);
    }
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Beispiel laden: Übersicht, Jahresverlauf, VE und Projekte zeigen die Beispielzahlen; 320 px ohne Querscrollen', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg, { breite: 320, hoehe: 800 });
    await oeffne(umg, seite, BASIS);
    await seite.locator('#beispiel-laden').click();
    await seite.locator('#budget-kennzahlen').waitFor();
    await warteGespeichert(seite);
    const k = await kennzahlen(seite, '#budget-kennzahlen');
    assert.equal(n(k['verfügbares Soll']), '4.650.000,00 €');
    // The example's year is the one of the last 30 June, so all its bookings lie in the past.
    const jetzt = new Date();
    const jahr = jetzt.getMonth() >= 6 ? jetzt.getFullYear() : jetzt.getFullYear() - 1;
    assert.equal(n(k.Berichtsstichtag), `30.06.${jahr}`);
    // The T€ display is a setting of the workspace: it stays after a reload.
    await seite.locator('#budget-teur').check();
    await warteGespeichert(seite);
    await seite.reload();
    await seite.locator('#budget-kennzahlen').waitFor();
    assert.equal(await seite.locator('#budget-teur').isChecked(), true);
    const tsd = await kennzahlen(seite, '#budget-kennzahlen');
    assert.equal(n(tsd['verfügbares Soll']), '4.650,0 T€');
    assert.match(n(await seite.locator('#budget-baum tbody tr').last().innerText()), /4\.650,0 T€/);
    await seite.locator('#budget-teur').uncheck();
    await warteGespeichert(seite);
    // The Gutachten-Titel has neither a forecast nor a Monatsplan: not rated, said in words.
    assert.match(await seite.locator('#budget-baum tbody tr', { hasText: '0601/526 01' }).innerText(), /nicht bewertet/);
    for (const unterseite of UNTERSEITEN) {
      await oeffne(umg, seite, `${BASIS}${unterseite}`);
      const breit = await seite.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      assert.equal(breit, false, `${unterseite}: die Seite scrollt bei 320 px nicht quer`);
      await pruefeBarrierefreiheit(seite, `${BASIS}${unterseite} (Beispiel, 320 px)`);
    }
    await oeffne(umg, seite, `${BASIS}/ve`);
    const ve = n(await seite.locator('#ve-tabelle').locator('..').innerText());
    assert.match(ve, /3\.000\.000,00 €\s+1\.700\.000,00 €\s+1\.300\.000,00 €/);
    // The Inanspruchnahme due next year exceeds its Jahresbetrag; unused VE lapse.
    assert.match(ve, /1\.100\.000,00 € in Anspruch genommen, 100\.000,00 € über dem Jahresbetrag/);
    assert.match(ve, /verfallen mit dem Ende des Haushaltsjahres/);
    await oeffne(umg, seite, `${BASIS}/verlauf`);
    assert.equal(await seite.locator('#verlauf-zeilen tbody tr').count(), 12);

    // Deleting a Haushaltsstelle asks first and removes it from the tree.
    await oeffne(umg, seite, BASIS);
    await seite.locator('#budget-baum a', { hasText: '0601/526 01' }).click();
    await seite.waitForFunction(() => /titel\/\d+$/.test(location.hash));
    await seite.locator('#datensatz-loeschen').click();
    await seite.locator('#datensatz-loeschen-dialog', { hasText: 'Haushaltsstelle 0601/526 01 löschen?' }).waitFor();
    await pruefeBarrierefreiheit(seite, 'Löschdialog');
    await seite.locator('#datensatz-loeschen-dialog button', { hasText: 'Löschen' }).click();
    await seite.waitForFunction((z) => location.hash === z, BASIS);
    await warteGespeichert(seite);
    assert.equal(await seite.locator('#budget-baum a').count(), 3);
    const nachher = await kennzahlen(seite, '#budget-kennzahlen');
    assert.equal(n(nachher['verfügbares Soll']), '4.550.000,00 €');

    // The short create form takes the first Ansatz, typed as in Excel: the Titel is usable at once.
    await oeffne(umg, seite, `${BASIS}/neu`);
    assert.equal(await seite.locator('#hst-plan-1').count(), 0, 'der Monatsplan kommt erst auf der Seite der Haushaltsstelle');
    await seite.locator('#hst-ep').fill('06');
    await seite.locator('#hst-kapitel').fill('0634');
    await seite.locator('#hst-titel').fill('53299');
    await seite.locator('#hst-zweck').fill('Beratung');
    await seite.locator('#hst-ansatz').fill('250.000 EUR');
    await seite.locator('#hst-speichern').click();
    await seite.waitForFunction(() => /titel\/\d+$/.test(location.hash));
    await seite.locator('#titel-kennzahlen').waitFor();
    const erster = await kennzahlen(seite, '#titel-kennzahlen');
    assert.equal(n(erster['verfügbares Soll']), '250.000,00 €');
    assert.equal(await seite.locator('#ansatzliste tr').count(), 1);
    await warteGespeichert(seite);
    pruefeSauber(befunde);
    await kontext.close();
  });
});
