// The Wissenslandkarte as a new user meets it (issue 18, "done when"): builds a map of three
// levels from the empty state, records two persons (one without consent, shown only with her
// Rolle/Stelle in prints and exports), assigns them, sees the risk list flag the Gebiet whose
// only expert retires in six months, plans a Wissensstafette from there (proposed with giver
// and receiver), walks the SVG map by keyboard, prints the offboarding sheet (one A4 landscape
// page, checked as a PDF) and exports without the name of the person who did not consent: the
// workbook is read back cell by cell with ExcelJS. A second test prints a map of 60 Gebiete and
// 120 Träger on one A3 and one A4 landscape page (checked as PDFs) and filters the matrix by
// Organisationseinheit. Every page empty and with the example: the registry sweep in
// routen.test.mjs.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, warteGespeichert, fokusAufHauptueberschrift, tabBis,
  gespeicherteDaten, herunterladen, heuteIso, pruefeBarrierefreiheit, registerDerApp, umschlag, PRAEFIX, beispielLaden,
} from './hilfen.mjs';

const BASIS = '#/wissenslandkarte';

function spalten(blatt) {
  const index = {};
  blatt.getRow(1).eachCell((zelle, nummer) => { index[zelle.value] = nummer; });
  return index;
}

async function gehe(seite, route) {
  await seite.evaluate((r) => { location.hash = r; }, route);
  await fokusAufHauptueberschrift(seite);
}

describe('Wissenslandkarte', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('Karte in drei Ebenen, Risiko sehen, Wissensstafette planen, Offboarding drucken, ohne Namen exportieren', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);

    // 1. The empty state leads to the Gebiete; three levels, the first by keyboard.
    await oeffne(umg, seite, BASIS);
    await tabBis(seite, `main a[href="${BASIS}/gebiete"]`);
    await seite.keyboard.press('Enter');
    await fokusAufHauptueberschrift(seite);
    assert.equal((await seite.locator('main h1').innerText()).trim(), 'Wissensgebiete');
    await tabBis(seite, '#wl-g-titel');
    await seite.keyboard.type('Wohngeld');
    await tabBis(seite, '#wl-g-speichern');
    await seite.keyboard.press('Enter');
    await seite.locator('.wl-baum__titel', { hasText: 'Wohngeld' }).waitFor();
    // An empty title is refused with the error summary.
    await seite.locator('#wl-g-speichern').click();
    await seite.waitForFunction(() => document.activeElement?.id === 'wl-g-fehler');
    assert.match(await seite.locator('#wl-g-fehler').innerText(), /Geben Sie eine Bezeichnung ein/);
    // "Untergebiet anlegen" sets the parent.
    await seite.getByRole('button', { name: 'Untergebiet anlegen unter Wohngeld' }).click();
    assert.equal(await seite.evaluate(() => document.activeElement?.id), 'wl-g-titel');
    await seite.locator('#wl-g-titel').fill('Antragsprüfung');
    await seite.locator('#wl-g-speichern').click();
    await seite.locator('.wl-baum__titel', { hasText: 'Antragsprüfung' }).waitFor();
    await seite.locator('#wl-g-titel').fill('Härtefälle');
    await seite.locator('#wl-g-eltern').selectOption({ label: 'Wohngeld > Antragsprüfung' });
    await seite.locator('#wl-g-kritikalitaet').selectOption('3 hoch');
    await seite.locator('#wl-g-speichern').click();
    await seite.locator('.wl-baum__titel', { hasText: 'Härtefälle' }).waitFor();
    assert.equal(await seite.locator('.wl-baum .wl-baum .wl-baum .wl-baum__titel', { hasText: 'Härtefälle' }).count(), 1, 'dritte Ebene');
    await warteGespeichert(seite);
    await pruefeBarrierefreiheit(seite, 'Gebiete mit drei Ebenen');

    // 2. Two persons: the expert retires in six months (with consent), the deputy without.
    const [j, m, t] = (await heuteIso(seite)).split('-').map(Number);
    const ziel = new Date(j, m - 1 + 6, Math.min(t, 28));
    const zwei = (n) => String(n).padStart(2, '0');
    const ruhestand = `${zwei(ziel.getDate())}.${zwei(ziel.getMonth() + 1)}.${ziel.getFullYear()}`;
    const monate = t > 28 ? 5 : 6;
    await gehe(seite, `${BASIS}/traeger`);
    await seite.locator('#wl-t-bezeichnung').fill('Erika Altmann');
    await seite.locator('#wl-t-rolle').fill('Sachgebietsleitung Wohngeld');
    await seite.locator('#wl-t-verfuegbar_bis').fill(ruhestand);
    await seite.locator('#wl-t-einwilligung').check();
    await seite.locator('#wl-t-speichern').click();
    await seite.locator('table tbody tr', { hasText: 'Erika Altmann' }).waitFor();
    // Without consent the Rolle/Stelle is required.
    await seite.locator('#wl-t-bezeichnung').fill('Jana Vertreterin');
    await seite.locator('#wl-t-speichern').click();
    await seite.waitForFunction(() => document.activeElement?.id === 'wl-t-fehler');
    assert.match(await seite.locator('#wl-t-fehler').innerText(), /nur mit ihrer Rolle\/Stelle/);
    await seite.locator('#wl-t-rolle').fill('Sachbearbeitung Wohngeld');
    await seite.locator('#wl-t-speichern').click();
    const jana = seite.locator('table tbody tr', { hasText: 'Jana Vertreterin' });
    await jana.waitFor();
    assert.match(await jana.innerText(), /nein – nur Rolle\/Stelle/);
    await warteGespeichert(seite);
    const daten = (await gespeicherteDaten(seite)).wissenslandkarte;
    const id = (name) => daten.traeger.find((x) => x.bezeichnung === name).id;
    const gebiet = (titel) => daten.gebiete.find((g) => g.titel === titel).id;
    const erika = id('Erika Altmann');
    const janaId = id('Jana Vertreterin');

    // 3. Assign them.
    await gehe(seite, `${BASIS}/zuordnungen`);
    const zuordnen = async (g, tr, expertise, rolle) => {
      await seite.locator('#wl-z-gebiet').selectOption(String(gebiet(g)));
      await seite.locator('#wl-z-traeger').selectOption(String(tr));
      await seite.locator('#wl-z-expertise').selectOption(expertise);
      await seite.locator('#wl-z-rolle').selectOption(rolle);
      await seite.locator('#wl-z-speichern').click();
    };
    await zuordnen('Härtefälle', erika, 'Expertise', 'Hauptträger');
    await zuordnen('Härtefälle', janaId, 'Grundkenntnisse', 'Vertretung');
    await zuordnen('Antragsprüfung', janaId, 'Anwendung', 'Hauptträger');
    await seite.locator('table tbody tr').nth(2).waitFor();
    assert.equal(await seite.locator('table tbody tr').count(), 3);
    assert.match(await seite.locator('table tbody tr', { hasText: 'Erika' }).innerText(), /● Expertise\s+Hauptträger/);
    // Matrix: symbol and word.
    await gehe(seite, `${BASIS}/matrix`);
    const haerte = seite.locator('.wl-matrix tbody tr', { hasText: 'Härtefälle' });
    assert.match(await haerte.innerText(), /● Expertise\s+Hauptträger\s+○ Grundkenntnisse\s+Vertretung\s+2/);

    // 4. The risk list flags Härtefälle: its only expert retires in six months.
    await gehe(seite, `${BASIS}/risiken`);
    const zeilen = seite.locator('table tbody tr');
    assert.equal(await zeilen.count(), 1);
    const risiko = await zeilen.first().innerText();
    assert.match(risiko, /Wohngeld > Antragsprüfung > Härtefälle/);
    assert.match(risiko, /⚠ Risiko 3 \(hoch\)/);
    assert.match(risiko, new RegExp(`Erika Altmann\\s+${ruhestand.replace(/\./g, '\\.')} \\(in ${monate} Monaten\\)`));
    // 5. From there: "Transfermaßnahme anlegen", proposed as a Wissensstafette Erika → Jana.
    await tabBis(seite, `main a[href="${BASIS}/transfer/${gebiet('Härtefälle')}"]`);
    await seite.keyboard.press('Enter');
    await fokusAufHauptueberschrift(seite);
    assert.equal((await seite.locator('main h1').innerText()).trim(), 'Transfermaßnahme für „Härtefälle“');
    assert.equal(await seite.locator('#wl-m-art').inputValue(), 'Wissensstafette');
    assert.equal(await seite.locator('#wl-m-geber').inputValue(), String(erika));
    assert.equal(await seite.locator('#wl-m-nehmer').inputValue(), String(janaId));
    const termin = `01.${zwei(((m + 1) % 12) + 1)}.${m + 1 >= 12 ? j + 1 : j}`;
    await seite.locator('#wl-m-termin').fill(termin);
    await tabBis(seite, '#wl-m-speichern');
    await seite.keyboard.press('Enter');
    await seite.waitForFunction((b) => location.hash === `${b}/transfer`, BASIS);
    const stafette = seite.locator('table tbody tr', { hasText: 'Wissensstafette' });
    await stafette.waitFor();
    assert.match(await stafette.innerText(), /Erika Altmann → Jana Vertreterin/);
    await warteGespeichert(seite);
    await gehe(seite, `${BASIS}/risiken`);
    assert.match(await seite.locator('table tbody tr').first().innerText(), /\s1\s+Transfermaßnahme anlegen/, 'offene Transfers: 1');

    // 6. The map by keyboard: Tab reaches the first node, the arrows walk the tree, Left closes
    // a branch, Enter on a person opens her offboarding sheet.
    await gehe(seite, `${BASIS}/karte`);
    await tabBis(seite, '#wl-k-knoten-0');
    assert.equal(await seite.locator('svg.wl-karte [role=treeitem]').count(), 6, '3 Gebiete, 3 Zuordnungen');
    assert.equal(await seite.getAttribute('#wl-k-knoten-0', 'aria-expanded'), 'true');
    await seite.keyboard.press('ArrowLeft');
    await seite.waitForFunction(() => document.querySelectorAll('svg.wl-karte [role=treeitem]').length === 1);
    assert.equal(await seite.getAttribute('#wl-k-knoten-0', 'aria-expanded'), 'false');
    await seite.keyboard.press('ArrowRight');
    await seite.waitForFunction(() => document.querySelectorAll('svg.wl-karte [role=treeitem]').length === 6);
    await seite.keyboard.press('ArrowRight');
    await seite.keyboard.press('ArrowDown');
    await seite.keyboard.press('ArrowDown');
    await seite.keyboard.press('ArrowDown');
    await seite.waitForFunction(() => document.activeElement?.id === 'wl-k-knoten-4');
    assert.match(await seite.getAttribute('#wl-k-knoten-4', 'aria-label'), /^Erika Altmann – Hauptträger, Expertise$/);
    // The nested list carries the same, Jana only with her Rolle/Stelle.
    const liste = await seite.locator('.wl-textkarte').first().innerText();
    assert.match(liste, /Härtefälle \(Kritikalität 3 hoch\)/);
    assert.match(liste, new RegExp(`Sachbearbeitung Wohngeld \\(T${janaId}\\) – Grundkenntnisse, Vertretung`));
    assert.doesNotMatch(liste, /Jana/);
    await pruefeBarrierefreiheit(seite, 'Karte');
    await seite.keyboard.press('Enter');
    await seite.waitForFunction((h) => location.hash === h, `${BASIS}/offboarding/${erika}`);
    await fokusAufHauptueberschrift(seite);

    // 7. The offboarding sheet: what she holds, who covers it, the open Stafette; one page.
    assert.equal((await seite.locator('main h1').innerText()).trim(), 'Offboarding-Blatt: Erika Altmann');
    const blatt = await seite.locator('.wl-offboarding table tbody tr').first().innerText();
    assert.match(blatt, /Härtefälle/);
    assert.match(blatt, new RegExp(`Sachbearbeitung Wohngeld \\(T${janaId}\\) \\(Vertretung, Grundkenntnisse\\)`));
    assert.match(blatt, /Wissensstafette \(.*in Arbeit|Wissensstafette \(.*geplant/);
    await seite.locator('#wl-o-drucken').waitFor();
    await seite.emulateMedia({ media: 'print' });
    assert.equal(await seite.locator('.unternavigation').isVisible(), false);
    const pdf = (await seite.pdf({ format: 'A4', landscape: true, printBackground: true })).toString('latin1');
    assert.equal((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, 'Offboarding-Blatt auf einer Seite');
    await seite.emulateMedia({ media: 'screen' });
    assert.doesNotMatch(await seite.locator('main').innerText(), /Jana Vertreterin/);

    // 8. Export without names of persons who did not consent, read back cell by cell.
    await oeffne(umg, seite, `${BASIS}/export`);
    assert.match(await seite.locator('#vertraulich-stand').innerText(), /1 Person hat nicht eingewilligt/);
    assert.equal(await seite.locator('#mit-vertraulichen').isChecked(), false);
    const { name, inhalt } = await herunterladen(seite, seite.locator('#export-xlsx'));
    assert.match(name, /^Wissenslandkarte_.*\.xlsx$/);
    const mappe = new ExcelJS.Workbook();
    await mappe.xlsx.load(inhalt);
    assert.deepEqual(mappe.worksheets.map((b) => b.name), [
      'Info', 'Wissensgebiete', 'Wissenstraeger', 'Zuordnungen', 'Wissensbestaende', 'Risiken', 'Transfermassnahmen', 'Legende',
    ]);
    let alles = '';
    for (const b of mappe.worksheets) b.eachRow((r) => r.eachCell((c) => { alles += `${c.value}\n`; }));
    assert.doesNotMatch(alles, /Jana|Vertreterin/, 'kein Name ohne Einwilligung');
    const g = mappe.getWorksheet('Wissensgebiete');
    const gs = spalten(g);
    assert.equal(g.rowCount, 4);
    const dritte = g.getRow(4);
    assert.equal(dritte.getCell(gs.ID).value, `G${gebiet('Härtefälle')}`);
    assert.equal(dritte.getCell(gs.Wissensgebiet).value, 'Härtefälle');
    assert.equal(dritte.getCell(gs.Pfad).value, 'Wohngeld > Antragsprüfung > Härtefälle');
    assert.equal(dritte.getCell(gs.Ebene).value, 3);
    assert.equal(dritte.getCell(gs['Übergeordnet']).value, `G${gebiet('Antragsprüfung')}`);
    assert.equal(dritte.getCell(gs['Kritikalität']).value, 3);
    assert.equal(dritte.getCell(gs['Träger (Busfaktor)']).value, 2);
    const tr = mappe.getWorksheet('Wissenstraeger');
    const ts = spalten(tr);
    const janaZeile = tr.getRow(3);
    assert.equal(janaZeile.getCell(ts.ID).value, `T${janaId}`);
    assert.equal(janaZeile.getCell(ts.Bezeichnung).value, `Sachbearbeitung Wohngeld (T${janaId})`);
    assert.equal(janaZeile.getCell(ts.Typ).value, 'Person');
    assert.equal(janaZeile.getCell(ts.Einwilligung).value, 'nein');
    assert.equal(tr.getRow(2).getCell(ts.Bezeichnung).value, 'Erika Altmann');
    assert.ok(tr.getRow(2).getCell(ts['Verfügbar bis']).value instanceof Date);
    const r = mappe.getWorksheet('Risiken');
    const rs = spalten(r);
    assert.equal(r.rowCount, 2);
    assert.equal(r.getRow(2).getCell(rs.Wissensgebiet).value, 'Wohngeld > Antragsprüfung > Härtefälle');
    assert.equal(r.getRow(2).getCell(rs.Risiko).value, 3);
    assert.equal(r.getRow(2).getCell(rs['Einziger Hauptträger']).value, 'Erika Altmann');
    assert.equal(r.getRow(2).getCell(rs['Offene Transfermaßnahmen']).value, 1);
    const m2 = mappe.getWorksheet('Transfermassnahmen');
    const ms = spalten(m2);
    assert.equal(m2.getRow(2).getCell(ms.Art).value, 'Wissensstafette');
    assert.equal(m2.getRow(2).getCell(ms['Gebende Seite']).value, 'Erika Altmann');
    assert.equal(m2.getRow(2).getCell(ms['Nehmende Seite']).value, `Sachbearbeitung Wohngeld (T${janaId})`);
    const info = mappe.getWorksheet('Info');
    let einwilligung = null;
    info.eachRow((z) => { if (z.getCell(1).value === 'Personen ohne Einwilligung') einwilligung = z.getCell(2).value; });
    assert.equal(einwilligung, '1 nur mit Rolle/Stelle, ohne Namen');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('druckt eine Karte mit 60 Gebieten und 120 Trägern auf eine Seite A3 oder A4 quer; Matrix nach OE gefiltert', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, BASIS);
    await beispielLaden(seite);
    const daten = await gespeicherteDaten(seite);
    const { datenformat } = await registerDerApp(seite);

    // 60 Gebiete in three levels (6 × 3 × 2), 120 Träger in four OEs, three Zuordnungen per
    // Gebiet: 240 rows in the map. Records are copies of the example's, so the format is the app's.
    const vorlage = daten.wissenslandkarte;
    const karte = { ...vorlage, gebiete: [], traeger: [], zuordnungen: [], bestaende: [], prozesse: [], transfers: [] };
    let id = 1;
    const gebiet = (titel, eltern) => {
      const g = { ...vorlage.gebiete[0], id: id++, titel, eltern };
      karte.gebiete.push(g);
      return g.id;
    };
    for (let a = 1; a <= 6; a++) {
      const oben = gebiet(`Verfahrensbereich ${a}: Leistungen und Fachverfahren`, null);
      for (let b = 1; b <= 3; b++) {
        const mitte = gebiet(`Antragsannahme und Vollständigkeitsprüfung ${a}.${b}`, oben);
        for (let c = 1; c <= 2; c++) gebiet(`Bescheiderstellung und Zustellung ${a}.${b}.${c}`, mitte);
      }
    }
    const person = vorlage.traeger.find((t) => t.typ === 'person');
    for (let t = 1; t <= 120; t++) {
      karte.traeger.push({ ...person, id: id++, bezeichnung: `Katharina Müller-Lüdenscheidt ${t}`, einwilligung: true, oe: `Referat DV ${(t % 4) + 1}` });
    }
    karte.gebiete.forEach((g, i) => {
      for (let j = 0; j < 3; j++) {
        karte.zuordnungen.push({ ...vorlage.zuordnungen[0], id: id++, gebiet: g.id, traeger: karte.traeger[(i * 2 + j) % 120].id });
      }
    });
    karte.naechste_id = id;
    const neu = { ...daten, wissenslandkarte: karte };
    await seite.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); },
      [`${PRAEFIX}arbeitsbereich:${daten.id}:a`, umschlag(neu, { schema: datenformat, revision: 100 })]);
    await seite.reload();
    await oeffne(umg, seite, `${BASIS}/karte`);

    // The page names the layout and the type size on both papers.
    const hinweis = await seite.locator('#wl-k-druckhinweis').innerText();
    const [, spalten, a3, a4] = hinweis.match(/in (\d) Spalten: Schrift etwa (\d+,\d) pt auf A3, (\d+,\d) pt auf A4/) ?? [];
    assert.ok(spalten, hinweis);
    const zahl = (t) => Number(t.replace(',', '.'));
    assert.ok(zahl(a3) >= 7, `A3: ${a3} pt`);
    assert.ok(zahl(a4) < zahl(a3));

    // On paper: the column drawing with every node, the interactive tree and the controls hidden.
    await seite.emulateMedia({ media: 'print' });
    assert.equal(await seite.locator('.wl-karte--druck').isVisible(), true);
    assert.equal(await seite.locator('svg[role="tree"]').isVisible(), false);
    assert.equal(await seite.locator('#wl-k-drucken').isVisible(), false);
    const texte = await seite.locator('.wl-karte--druck text').allTextContents();
    assert.ok(texte.length >= 240, `${texte.length} Beschriftungen`);
    assert.ok(texte.includes('Bescheiderstellung und Zustellung 6.3.2'));
    // Flowed into columns (how a branch continues in the next column: native test of calc::druckbild).
    assert.ok(Number(spalten) > 1, hinweis);
    // One page each, in the paper the user picks (PDF size in pt: A3 1191 × 842, A4 842 × 595).
    await seite.emulateMedia({ media: null });
    for (const [papier, breite] of [['A3', 1191], ['A4', 842]]) {
      await seite.locator('#wl-k-papier').selectOption(papier);
      const pdf = (await seite.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      const seiten = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
      assert.equal(seiten.length, 1, `${papier}: eine Seite`);
      assert.equal(seiten[0][0], breite, `${papier} quer`);
      assert.ok(seiten[0][0] > seiten[0][1]);
    }
    await seite.emulateMedia({ media: 'screen' });

    // The matrix: 120 Träger columns, 30 of one OE.
    await oeffne(umg, seite, `${BASIS}/matrix`);
    const koepfe = () => seite.locator('.wl-matrix thead th').count();
    assert.equal(await koepfe(), 122);
    await seite.locator('#wl-matrix-oe').selectOption('Referat DV 2');
    await seite.waitForFunction(() => document.querySelectorAll('.wl-matrix thead th').length === 32);
    await pruefeBarrierefreiheit(seite, 'Matrix nach OE gefiltert');
    pruefeSauber(befunde);
    await kontext.close();
  });
});
