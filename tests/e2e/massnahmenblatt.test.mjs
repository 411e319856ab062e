// The KP-Maßnahmenblatt as a new user meets it (issue #16): drafts a measure (keyboard for the
// first form), is refused a Zieltermin before the Beginn and a refusal without Begründung (error
// summary takes focus), approves it, adds three milestones whose tranches add up to the approved
// amount (a fourth tranche above it is refused, the sum check says so in words), plans three
// Haushaltsjahre with Betrieb (the note appears), links the Budgetmonitor's Haushaltsstelle and
// sees bewilligt / abgerufen / Ist, prints the one-page Maßnahmenblatt (checked as a PDF) and
// exports the workbook, read back cell by cell. Every page empty and with the example: the
// registry sweep in routen.test.mjs.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, warteGespeichert, fokusAufHauptueberschrift, tabBis,
  gespeicherteDaten, herunterladen, beispielLaden,
} from './hilfen.mjs';

const BASIS = '#/massnahmenblatt';

function spalten(blatt) {
  const index = {};
  blatt.getRow(1).eachCell((zelle, nummer) => { index[zelle.value] = nummer; });
  return index;
}

/** Opens the section `teil` of the record page for editing. */
async function bearbeiten(seite, teil) {
  await seite.locator(`#mb-abschnitt-${teil}-bearbeiten`).click();
}

describe('KP-Maßnahmenblatt', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('Maßnahme anlegen, prüfen, bewilligen, Tranchen und Finanzbedarf planen, verknüpfen, drucken, exportieren', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);

    // 0. The Budgetmonitor's example provides the Haushaltsstelle to link.
    await oeffne(umg, seite, '#/budgetmonitor');
    await beispielLaden(seite);

    // 1. The empty state leads to the short form; created by keyboard.
    await seite.evaluate((b) => { location.hash = b; }, BASIS);
    await fokusAufHauptueberschrift(seite);
    await tabBis(seite, `main a[href="${BASIS}/neu"]`);
    await seite.keyboard.press('Enter');
    await fokusAufHauptueberschrift(seite);
    const wege = await seite.locator('#mb-weg option').allInnerTexts();
    assert.deepEqual(wege, ['nicht festgelegt', 'KP Weg 1 (bitte prüfen)', 'KP Weg 2 (bitte prüfen)', 'KP Weg 3 (bitte prüfen)', 'Stammhaushalt (bitte prüfen)']);
    await tabBis(seite, '#mb-kennung');
    await seite.keyboard.type('M-2026-07');
    await tabBis(seite, '#mb-titel');
    await seite.keyboard.type('Wohngeld digital – Nachnutzung');
    await seite.locator('#mb-weg').selectOption({ label: 'Stammhaushalt (bitte prüfen)' });
    await tabBis(seite, '#mb-neu-speichern');
    await seite.keyboard.press('Enter');
    await seite.waitForFunction((b) => location.hash === `${b}/massnahme/1`, BASIS);
    await fokusAufHauptueberschrift(seite);
    assert.equal((await seite.locator('h1').innerText()).trim(), 'Maßnahme M-2026-07 Wohngeld digital – Nachnutzung');
    await warteGespeichert(seite);

    // 2. Zieltermin before Beginn is refused at the field and in the summary.
    await bearbeiten(seite, 'planung');
    await seite.locator('#mb-beginn').fill('01.03.2026');
    await seite.locator('#mb-zieltermin').fill('31.12.2025');
    await seite.locator('#mb-planung-speichern').click();
    await seite.waitForFunction(() => document.activeElement?.id === 'mb-planung-fehler');
    assert.match(await seite.locator('#mb-planung-fehler').innerText(), /Der Zieltermin \(31\.12\.2025\) liegt vor dem Beginn \(01\.03\.2026\)/);
    await seite.locator('#mb-zieltermin').fill('31.12.2028');
    await seite.locator('#mb-planung-speichern').click();
    await seite.locator('#mb-abschnitt-planung-bearbeiten').waitFor();

    // 3. abgelehnt without Begründung is refused; then approved with amount and date.
    await bearbeiten(seite, 'bewilligung');
    await seite.locator('#mb-status').selectOption('abgelehnt');
    await seite.locator('#mb-bewilligung-speichern').click();
    await seite.waitForFunction(() => document.activeElement?.id === 'mb-bewilligung-fehler');
    assert.match(await seite.locator('#mb-bewilligung-fehler').innerText(), /Begründen Sie die Ablehnung/);
    assert.equal((await gespeicherteDaten(seite)).massnahmenblatt.massnahmen[0].status, undefined, 'Entwurf bleibt');
    await seite.locator('#mb-status').selectOption('bewilligt');
    await seite.locator('#mb-eingereicht_am').fill('15.01.2026');
    await seite.locator('#mb-entschieden_am').fill('20.02.2026');
    await seite.locator('#mb-bewilligt').fill('400.000,00');
    await seite.locator('#mb-bewilligung-speichern').click();
    await seite.locator('#mb-abschnitt-bewilligung-bearbeiten').waitFor();
    assert.equal((await seite.locator('#mb-bewilligt-anzeige').innerText()).trim(), '400.000,00\u00a0€');

    // 4. Three milestones; a fourth tranche above the approved amount is refused.
    await bearbeiten(seite, 'meilensteine');
    const meilensteine = [
      ['Anbindung an das Fachverfahren abgenommen', '31.05.2026', '100.000,00'],
      ['Pilotbetrieb mit zwei Wohngeldstellen', '30.11.2026', '150.000,00'],
      ['Go-live in allen Wohngeldstellen', '30.06.2027', '150.000,00'],
    ];
    for (const [name, termin, tranche] of meilensteine) {
      await seite.locator('#mb-ms-bezeichnung').fill(name);
      await seite.locator('#mb-ms-termin').fill(termin);
      await seite.locator('#mb-ms-liefergegenstand').fill(`Abnahme: ${name}`);
      await seite.locator('#mb-ms-tranche').fill(tranche);
      await seite.locator('#mb-ms-speichern').click();
      await seite.locator('tbody tr', { hasText: name }).first().waitFor();
    }
    assert.equal((await seite.locator('#mb-tranchensumme-bearbeiten').innerText()).trim(), '400.000,00\u00a0€');
    await seite.locator('#mb-ms-bezeichnung').fill('Nacharbeiten');
    await seite.locator('#mb-ms-termin').fill('31.12.2027');
    await seite.locator('#mb-ms-tranche').fill('10.000,00');
    await seite.locator('#mb-ms-speichern').click();
    await seite.waitForFunction(() => document.activeElement?.id === 'mb-ms-fehler');
    assert.match(await seite.locator('#mb-ms-fehler').innerText(), /Mit dieser Tranche übersteigen die Tranchen \(410\.000,00\u00a0€\) den bewilligten Betrag \(400\.000,00\u00a0€\) um 10\.000,00\u00a0€/);
    // The first tranche is called after its milestone.
    await seite.locator('tbody tr', { hasText: meilensteine[0][0] }).getByRole('button', { name: /Bearbeiten/ }).click();
    assert.equal(await seite.locator('#mb-ms-bezeichnung').inputValue(), meilensteine[0][0]);
    await seite.locator('#mb-ms-status').selectOption('Tranche abgerufen');
    await seite.locator('#mb-ms-speichern').click();
    await seite.locator('tbody tr', { hasText: 'Tranche abgerufen' }).waitFor();
    await seite.locator('#mb-ms-fertig').click();
    await warteGespeichert(seite);
    assert.equal(
      (await seite.locator('#mb-tranchenpruefung').innerText()).trim(),
      '✓ Die Summe der Tranchen entspricht dem bewilligten Betrag (400.000,00\u00a0€).',
    );
    assert.equal((await gespeicherteDaten(seite)).massnahmenblatt.meilensteine.length, 3, 'die vierte wurde nicht gespeichert');

    // 5. Three Haushaltsjahre; Betrieb brings the note.
    await bearbeiten(seite, 'finanzbedarf');
    for (const [jahr, art, betrag] of [
      ['2026', 'externe Dienstleistung', '250.000,00'], ['2026', 'Personal', '20.000,00'],
      ['2027', 'externe Dienstleistung', '150.000,00'], ['2028', 'Betrieb', '45.000,00'],
    ]) {
      await seite.locator('#mb-bedarf-jahr').fill(jahr);
      await seite.locator('#mb-bedarf-kostenart').selectOption(art);
      await seite.locator('#mb-bedarf-betrag').fill(betrag);
      await seite.locator('#mb-bedarf-speichern').click();
      await seite.locator('#mb-finanzplan-titel').waitFor();
    }
    await seite.locator('#mb-bedarf-fertig').click();
    await seite.locator('#mb-abschnitt-finanzbedarf-bearbeiten').waitFor();
    assert.equal((await seite.locator('#mb-finanzplan-gesamt').innerText()).trim(), '465.000,00\u00a0€');
    assert.match(await seite.locator('#mb-hinweis-betrieb').innerText(), /Regelbetrieb/);
    const plan = seite.locator('table', { has: seite.locator('#mb-finanzplan-titel') });
    assert.match(await plan.locator('tr', { hasText: 'externe Dienstleistung' }).innerText(), /250\.000,00\u00a0€\s+150\.000,00\u00a0€\s+–\s+400\.000,00\u00a0€/);

    // 6. Link the Budgetmonitor's Titel: Ist comes from its bookings.
    await bearbeiten(seite, 'verknuepfungen');
    const wert = await seite.locator('#mb-haushaltsstelle option', { hasText: '632 01' }).getAttribute('value');
    await seite.locator('#mb-haushaltsstelle').selectOption(wert);
    await seite.locator('#mb-verknuepfungen-speichern').click();
    await seite.locator('#mb-abschnitt-verknuepfungen-bearbeiten').waitFor();
    await warteGespeichert(seite);
    assert.equal((await seite.locator('#mb-ist-anzeige').innerText()).trim(), '100.000,00\u00a0€');
    const mittel = await seite.locator('section', { has: seite.locator('#mb-abschnitt-mittel') }).innerText();
    assert.match(mittel, /Abgerufen\s+100\.000,00\u00a0€ von 400\.000,00\u00a0€ in Tranchen/);
    assert.match(mittel, /Buchungen der Haushaltsstelle 0634\/632 01/);

    // 7. The list shows the totals per Weg and Haushaltsjahr.
    await seite.evaluate((b) => { location.hash = b; }, BASIS);
    await fokusAufHauptueberschrift(seite);
    const summen = seite.locator('table', { has: seite.locator('#mb-summen-titel') });
    assert.match(await summen.locator('tbody tr').first().innerText(), /Stammhaushalt\s+270\.000,00\u00a0€\s+150\.000,00\u00a0€\s+45\.000,00\u00a0€\s+465\.000,00\u00a0€\s+400\.000,00\u00a0€/);

    // 8. The Maßnahmenblatt prints on one A4 page.
    await seite.evaluate((b) => { location.hash = `${b}/blatt/1`; }, BASIS);
    await fokusAufHauptueberschrift(seite);
    await seite.locator('#mb-drucken').waitFor();
    await seite.emulateMedia({ media: 'print' });
    assert.equal(await seite.locator('.unternavigation').isVisible(), false);
    assert.equal(await seite.locator('#mb-drucken').isVisible(), false);
    const pdf = (await seite.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })).toString('latin1');
    const seiten = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(seiten, 1, 'Maßnahmenblatt auf einer Seite');
    await seite.emulateMedia({ media: 'screen' });

    // 9. Export, read back cell by cell.
    await oeffne(umg, seite, `${BASIS}/export`);
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^KP-Maßnahmenblatt_.*\.xlsx$/);
    const mappe = new ExcelJS.Workbook();
    await mappe.xlsx.load(inhalt);
    assert.deepEqual(mappe.worksheets.map((b) => b.name), ['Info', 'Massnahmen', 'Meilensteine_Tranchen', 'Finanzplan_HJ', 'Legende']);
    const m = mappe.getWorksheet('Massnahmen');
    const ms = spalten(m);
    assert.equal(m.rowCount, 2);
    const z = m.getRow(2);
    assert.equal(z.getCell(ms.ID).value, 'K1');
    assert.equal(z.getCell(ms['Maßnahmen-ID']).value, 'M-2026-07');
    assert.equal(z.getCell(ms.Finanzierungsweg).value, 'Stammhaushalt');
    assert.equal(z.getCell(ms.Status).value, 'bewilligt');
    assert.equal(z.getCell(ms.Bewilligt).value, 400000);
    assert.equal(z.getCell(ms.Bewilligt).type, ExcelJS.ValueType.Number);
    assert.equal(z.getCell(ms['Summe Tranchen']).value, 400000);
    assert.equal(z.getCell(ms.Abgerufen).value, 100000);
    assert.equal(z.getCell(ms.Ist).value, 100000);
    assert.equal(z.getCell(ms.Finanzbedarf).value, 465000);
    assert.ok(z.getCell(ms.Zieltermin).value instanceof Date);
    const t = mappe.getWorksheet('Meilensteine_Tranchen');
    const ts = spalten(t);
    assert.equal(t.rowCount, 4);
    assert.equal(t.getRow(2).getCell(ts['Maßnahme']).value, 'K1');
    assert.equal(t.getRow(2).getCell(ts.Bezeichnung).value, meilensteine[0][0]);
    assert.equal(t.getRow(2).getCell(ts.Tranche).value, 100000);
    assert.equal(t.getRow(2).getCell(ts.Status).value, 'Tranche abgerufen');
    const f = mappe.getWorksheet('Finanzplan_HJ');
    const fs = spalten(f);
    assert.equal(f.rowCount, 1 + 4 + 1 + 1);
    assert.equal(f.getRow(2).getCell(fs.Haushaltsjahr).value, 2026);
    assert.equal(f.getRow(2).getCell(fs.Kostenart).value, 'externe Dienstleistung');
    assert.equal(f.getRow(2).getCell(fs.Betrag).value, 250000);
    assert.equal(f.getRow(5).getCell(fs.Kostenart).value, 'Betrieb');
    assert.match(f.getRow(5).getCell(fs.Hinweis).value, /Regelbetrieb/);
    const teil = f.getRow(6).getCell(fs.Betrag).value;
    assert.equal(f.getRow(6).getCell(fs.Ebene).value, 'Summe Maßnahme');
    assert.equal(teil.formula, 'SUBTOTAL(9,G2:G5)');
    assert.equal(teil.result, 465000);
    assert.equal(f.getRow(7).getCell(fs.Betrag).value.formula, 'SUBTOTAL(9,G2:G6)');
    const legende = mappe.getWorksheet('Legende');
    const werte = [];
    legende.eachRow((r) => werte.push(r.getCell(2).value));
    assert.ok(werte.includes('Tranche abgerufen') && werte.includes('Betrieb'));
    pruefeSauber(befunde);
    await kontext.close();
  });
});
