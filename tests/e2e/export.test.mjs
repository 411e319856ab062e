// The Excel and CSV export of the Multiprojektplan, downloaded in the browser and read back:
// the workbook with ExcelJS (sheets, Info block, frozen header and filter, numbers, euros,
// dates and percentages as such, coloured Ampel words) and the CSV byte by byte (BOM, `;`,
// CRLF). User text that looks like a formula stays text in both.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, pruefeBarrierefreiheit, warteGespeichert, feldSetzen,
  herunterladen, gespeicherteDaten, heuteIso, speicherinhalt, beispielportfolioLaden, registerDerApp, wechsleZu,
} from './hilfen.mjs';

const BLAETTER = ['Info', 'Projekte', 'Meilensteine', 'Abhaengigkeiten', 'Statusberichte', 'Prognosen', 'Priorisierung', 'Legende'];
const EINSTUFUNG = 'VS – NUR FÜR DEN DIENSTGEBRAUCH';
const FORMEL = '=HYPERLINK("http://example.org","x")';
const TELEFON = '+49 30 1234';

/** Reads a downloaded workbook. */
async function mappeLesen(inhalt) {
  const mappe = new ExcelJS.Workbook();
  await mappe.xlsx.load(inhalt);
  return mappe;
}

/** The sheet's header row as an object: column heading → column number. */
function spalten(blatt) {
  const index = {};
  blatt.getRow(1).eachCell((zelle, nummer) => { index[zelle.value] = nummer; });
  return index;
}

/** The row whose column `spalte` holds `wert`. */
function zeileMit(blatt, spalte, wert) {
  for (let r = 2; r <= blatt.rowCount; r++) {
    if (blatt.getRow(r).getCell(spalte).value === wert) return blatt.getRow(r);
  }
  throw new Error(`keine Zeile mit ${wert} im Blatt ${blatt.name}`);
}

/** A cell that holds plain text, exactly `text`, and no formula. */
function pruefeText(zelle, text, bezeichnung) {
  assert.equal(zelle.type, ExcelJS.ValueType.String, `${bezeichnung}: Zelltyp ${zelle.type}`);
  assert.equal(zelle.value, text, bezeichnung);
  assert.equal(zelle.formula, undefined, `${bezeichnung}: keine Formel`);
}

/** Sets Bezeichnung and Einstufung of the open workspace, then loads the example portfolio. */
async function vorbereiten(umg, seite) {
  await oeffne(umg, seite, '#/arbeitsbereiche');
  await feldSetzen(seite, 'Bezeichnung', 'OZG-Programm Test');
  await feldSetzen(seite, 'Einstufung – optional', EINSTUFUNG);
  await warteGespeichert(seite);
  await beispielportfolioLaden(umg, seite);
}

describe('Export des Multiprojektplans', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('Excel-Datei: Blätter, Info mit Einstufung, fixierte Kopfzeile, Filter, echte Zahlen, Beträge, Daten, Ampeln', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await vorbereiten(umg, seite);
    await oeffne(umg, seite, '#/multiprojektplan/export');
    assert.equal((await seite.locator('main h1').innerText()).trim(), 'Multiprojektplan exportieren');
    await seite.locator('main').getByText(`Einstufung: „${EINSTUFUNG}“`).waitFor();

    const heute = await heuteIso(seite);
    const app = await registerDerApp(seite);
    await wechsleZu(seite, '#/multiprojektplan/export');
    const vorher = Date.now();
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^Multiprojektplan_OZG-Programm_Test_\d{4}-\d{2}-\d{2}\.xlsx$/);
    assert.ok(name.endsWith(`_${heute}.xlsx`), name);
    await seite.locator('.exportmeldung', { hasText: `„${name}“ wurde heruntergeladen` }).waitFor();
    await pruefeBarrierefreiheit(seite, 'Exportseite nach dem Herunterladen');
    assert.equal(inhalt.subarray(0, 2).toString('latin1'), 'PK', 'eine ZIP-Datei');

    const mappe = await mappeLesen(inhalt);
    assert.deepEqual(mappe.worksheets.map((b) => b.name), BLAETTER);

    // Info: provenance, export time as a real date, schema version, marking.
    const info = {};
    mappe.getWorksheet('Info').eachRow((zeile) => { info[zeile.getCell(1).value] = zeile.getCell(2); });
    assert.equal(info.Titel.value, 'Multiprojektplan');
    assert.equal(info.Arbeitsbereich.value, 'OZG-Programm Test');
    assert.ok(info['Exportiert am'].value instanceof Date, `Exportiert am: ${info['Exportiert am'].value}`);
    // Excel stores the local wall-clock time; ExcelJS reads it as if it were UTC.
    const d = new Date(vorher);
    const ortszeit = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes());
    const abstand = Math.abs(info['Exportiert am'].value.getTime() - ortszeit);
    assert.ok(abstand <= 5 * 60_000, `Exportiert am ${info['Exportiert am'].value.toISOString()} (Abstand ${abstand} ms)`);
    assert.match(info['Exportiert am'].numFmt, /dd\.mm\.yyyy hh:mm/);
    assert.equal(info.Datenversion.value, app.datenformat);
    assert.equal(info['App-Version'].value, app.appVersion);
    assert.equal(info.Einstufung?.value, EINSTUFUNG);

    // Projekte: bold, frozen header with filter; first column is the stable ID.
    const projekte = mappe.getWorksheet('Projekte');
    const s = spalten(projekte);
    assert.equal(projekte.getCell(1, 1).value, 'ID');
    assert.equal(projekte.getRow(1).getCell(1).font?.bold, true, 'Kopfzeile fett');
    assert.equal(projekte.views[0]?.state, 'frozen');
    assert.equal(projekte.views[0]?.ySplit, 1);
    assert.ok(projekte.autoFilter, 'Autofilter gesetzt');
    assert.equal(projekte.rowCount, 9, 'Kopfzeile und acht Projekte');

    const plan = (await gespeicherteDaten(seite)).multiprojektplan;
    const gespeichert = (kennung) => plan.projekte.find((p) => p.kennung === kennung);
    for (const p of plan.projekte) {
      const zeile = zeileMit(projekte, s['Projekt-ID'], p.kennung);
      assert.equal(zeile.getCell(s.ID).value, `P${p.id}`);

      const budget = zeile.getCell(s.Budget);
      assert.equal(budget.type, ExcelJS.ValueType.Number, `Budget von ${p.kennung}`);
      assert.equal(budget.value, p.budget_cent / 100);
      assert.equal(budget.numFmt, '#,##0.00 "€"');

      const ende = zeile.getCell(s['Ende Plan']);
      assert.ok(ende.value instanceof Date, `Ende Plan von ${p.kennung}: ${ende.value}`);
      assert.equal(ende.value.toISOString().slice(0, 10), p.ende_plan);
      assert.equal(ende.numFmt, 'dd.mm.yyyy');

      const ampel = zeile.getCell(s['Ampel Gesamt']);
      const wort = { gruen: 'grün', gelb: 'gelb', rot: 'rot', grau: 'grau', blau: 'blau' }[p.ampeln.gesamt.ampel];
      pruefeText(ampel, wort, `Ampel Gesamt von ${p.kennung}`);
      assert.equal(ampel.fill?.type, 'pattern', `Füllung der Ampel von ${p.kennung}`);
      assert.match(ampel.fill?.fgColor?.argb ?? '', /^FF[0-9A-F]{6}$/i);
    }
    const rot = zeileMit(projekte, s['Projekt-ID'], 'P-2026-004').getCell(s['Ampel Gesamt']);
    const gruen = zeileMit(projekte, s['Projekt-ID'], 'P-2026-002').getCell(s['Ampel Gesamt']);
    assert.equal(rot.value, 'rot');
    assert.notEqual(rot.fill.fgColor.argb, gruen.fill.fgColor.argb, 'rot und grün sind verschieden gefärbt');

    const wohngeld = zeileMit(projekte, s['Projekt-ID'], 'P-2026-001');
    assert.equal(wohngeld.getCell(s.Budget).value, 1_250_000);
    const prozent = wohngeld.getCell(s['Prioritätswert']);
    assert.equal(prozent.type, ExcelJS.ValueType.Number);
    assert.ok(prozent.value > 0 && prozent.value <= 1, `Prioritätswert als Anteil: ${prozent.value}`);
    assert.match(prozent.numFmt, /%/);
    pruefeText(wohngeld.getCell(s.Projekttitel), gespeichert('P-2026-001').titel, 'Projekttitel');

    // Milestones: every stored one, with its Basisplan as a date.
    const meilensteine = mappe.getWorksheet('Meilensteine');
    assert.equal(meilensteine.rowCount - 1, plan.meilensteine.length);
    const ms = spalten(meilensteine);
    const ersterMs = plan.meilensteine.find((m) => m.basis);
    const msZeile = zeileMit(meilensteine, ms.ID, `M${ersterMs.id}`);
    assert.equal(msZeile.getCell(ms.Basisplan).value.toISOString().slice(0, 10), ersterMs.basis);
    assert.equal(mappe.getWorksheet('Prognosen').rowCount - 1,
      plan.meilensteine.reduce((n, m) => n + (m.prognosen ?? []).length, 0), 'eine Zeile je Prognose');
    assert.equal(mappe.getWorksheet('Statusberichte').rowCount - 1, plan.statusberichte.length);
    assert.equal(mappe.getWorksheet('Abhaengigkeiten').rowCount - 1, plan.abhaengigkeiten.length);
    for (const blatt of BLAETTER.slice(1, -1)) {
      assert.equal(mappe.getWorksheet(blatt).getCell(1, 1).value, 'ID', `erste Spalte von ${blatt}`);
    }
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Texte bleiben Text: Formel-Titel und Telefonnummer in Excel und CSV', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await vorbereiten(umg, seite);
    const plan = (await gespeicherteDaten(seite)).multiprojektplan;
    const wohngeld = plan.projekte.find((p) => p.kennung === 'P-2026-001');
    await oeffne(umg, seite, `#/multiprojektplan/projekt/${wohngeld.id}`);
    await seite.locator('#abschnitt-stammdaten-bearbeiten').click();
    await seite.locator('#mpp-titel').fill(FORMEL);
    await seite.locator('#mpp-projektleitung').fill(TELEFON);
    await seite.locator('#projekt-speichern').click();
    let gespeichert;
    for (let i = 0; i < 50 && gespeichert?.titel !== FORMEL; i++) {
      await seite.waitForTimeout(100);
      gespeichert = (await gespeicherteDaten(seite)).multiprojektplan.projekte.find((p) => p.id === wohngeld.id);
    }
    assert.equal(gespeichert.titel, FORMEL, 'gespeichert');
    assert.equal(gespeichert.projektleitung, TELEFON);
    await warteGespeichert(seite);

    await oeffne(umg, seite, '#/multiprojektplan/export');
    const { inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    const mappe = await mappeLesen(inhalt);
    const projekte = mappe.getWorksheet('Projekte');
    const s = spalten(projekte);
    const zeile = zeileMit(projekte, s['Projekt-ID'], 'P-2026-001');
    pruefeText(zeile.getCell(s.Projekttitel), FORMEL, 'Projekttitel');
    pruefeText(zeile.getCell(s.Projektleitung), TELEFON, 'Projektleitung');
    // Other sheets that repeat the title keep it as text, too.
    const meilensteine = mappe.getWorksheet('Meilensteine');
    const ms = spalten(meilensteine);
    for (let r = 2; r <= meilensteine.rowCount; r++) {
      const z = meilensteine.getRow(r);
      if (z.getCell(ms['Projekt-ID']).value === 'P-2026-001') pruefeText(z.getCell(ms.Projekttitel), FORMEL, `Meilensteine Zeile ${r}`);
    }

    // CSV of "Projekte": BOM, semicolons, CRLF, formula guard.
    const heute = await heuteIso(seite);
    const csv = await herunterladen(seite, seite.locator('#csv-0'));
    assert.equal(csv.name, `Multiprojektplan-Projekte_OZG-Programm_Test_${heute}.csv`);
    assert.deepEqual([...csv.inhalt.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 mit BOM');
    const text = csv.inhalt.toString('utf8').slice(1);
    assert.ok(text.endsWith('\r\n'));
    assert.equal(text.replace(/\r\n/g, '').includes('\r'), false, 'kein einzelnes CR');
    const zeilen = text.split('\r\n').slice(0, -1);
    assert.equal(zeilen.length, 1 + plan.projekte.length, 'Kopfzeile und ein Projekt je Zeile');
    const kopf = zeilen[0].split(';');
    assert.equal(kopf[0], 'ID');
    assert.ok(kopf.includes('Projekttitel') && kopf.includes('Budget'), kopf.join(';'));
    const wohngeldZeile = zeilen.find((z) => z.startsWith(`P${wohngeld.id};`));
    assert.ok(wohngeldZeile, 'Zeile des Projekts');
    assert.ok(wohngeldZeile.includes(`;"'=HYPERLINK(""http://example.org"",""x"")";`), wohngeldZeile);
    assert.ok(wohngeldZeile.includes(`;'${TELEFON};`), wohngeldZeile);
    assert.ok(wohngeldZeile.includes(';1250000,00;'), `Betrag mit Dezimalkomma: ${wohngeldZeile}`);
    assert.match(wohngeldZeile, /;\d{2}\.\d{2}\.\d{4};/);
    assert.equal(kopf.length, wohngeldZeile.match(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/g).length + 1, 'gleich viele Felder');
    pruefeSauber(befunde);
    await kontext.close();
  });
  it('Export-Komponente nicht ladbar: deutsche Meldung, Daten unverändert, der nächste Versuch gelingt', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    const vorher = await speicherinhalt(seite);
    // The worker's start module loads, its WebAssembly module does not (server gone mid-way).
    let blockiert = true;
    let anfragen = 0;
    await kontext.route(/xlsx-worker-[0-9a-f]+_bg\.wasm$/, (route) => {
      anfragen += 1;
      return blockiert ? route.abort('connectionfailed') : route.continue();
    });
    await wechsleZu(seite, '#/multiprojektplan/export');
    await seite.locator('#export-xlsx').click();
    const fehler = seite.locator('.exportmeldung .kern-alert');
    await fehler.waitFor({ timeout: 30_000 });
    assert.match(await fehler.innerText(), /Export fehlgeschlagen/);
    assert.match(await fehler.innerText(), /Die Export-Komponente konnte nicht geladen werden\. .*Ihre Daten sind unverändert\./s);
    assert.equal(anfragen, 1, 'das Modul wurde angefragt');
    assert.deepEqual(await speicherinhalt(seite), vorher, 'der Speicher ist unverändert');
    await pruefeBarrierefreiheit(seite, 'Exportseite mit Fehlermeldung');

    blockiert = false;
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^Multiprojektplan_.*\.xlsx$/);
    const mappe = await mappeLesen(inhalt);
    assert.deepEqual(mappe.worksheets.map((b) => b.name), BLAETTER);
    await seite.locator('.exportmeldung', { hasText: `„${name}“ wurde heruntergeladen` }).waitFor();
    assert.equal(await fehler.count(), 0, 'die Fehlermeldung ist ersetzt');
    pruefeSauber(befunde, { erlaubteAusnahmen: [/Failed to load resource|xlsx-worker/] });
    await kontext.close();
  });
});
