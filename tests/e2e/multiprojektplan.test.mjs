// The Multiprojektplan as a user meets it: a new user builds a portfolio by keyboard alone
// (with the error summary), records milestones and a status report; the example portfolio is
// filtered, sorted, grouped and undone; the timeline works with zoom, keys and its table; the
// dependency conflict shows; settings change the priority. Every sub-route passes axe, empty
// and with data, reflows at 320 px and prints without its controls.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, pruefeBarrierefreiheit, warteGespeichert,
  fokusAufHauptueberschrift, tabBis, gespeicherteDaten, heuteIso, beispielportfolioLaden, PRODUKT,
} from './hilfen.mjs';

const BASIS = '#/multiprojektplan';

/** The data rows of the portfolio table (without group header rows). */
const portfoliozeilen = (seite) => seite.locator('.portfolio .datentabelle__tabelle tbody tr:not(.datentabelle__gruppe)');

/** Projekt-IDs of the portfolio rows in display order (the row header holds ID and title). */
const kennungen = (seite) => portfoliozeilen(seite).locator('th[scope="row"] a').allInnerTexts();

/** Waits until the focused element matches `selektor`. */
const fokusAuf = (seite, selektor) => seite.waitForFunction(
  (s) => document.activeElement?.matches(s) ?? false, selektor, { timeout: 5000 });

/** aria-sort of every sortable column header, by its button text ('none' where unsorted). */
const sortierzustand = (seite) => seite.$$eval('.portfolio thead th:has(button.sortierknopf)', (kopf) =>
  Object.fromEntries(kopf.map((th) => [th.querySelector('button').firstChild.textContent.trim(), th.getAttribute('aria-sort') ?? 'none'])));

/** The cells of one column of the portfolio rows, by the column's title. */
const spaltenwerte = (seite, titel) => portfoliozeilen(seite).locator(`td[data-titel="${titel}"]`).allInnerTexts();

describe('Multiprojektplan', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('ein neues Projekt nur mit der Tastatur: kurzes Anlegeformular, Abschnitte mit Fehlerzusammenfassung, Meilenstein mit Prognose, Statusbericht', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, BASIS);
    assert.equal((await seite.locator('main h1').innerText()).trim(), 'Multiprojektplan');
    await tabBis(seite, `main a[href="${BASIS}/neu"]`);
    assert.equal((await seite.evaluate(() => document.activeElement.innerText)).trim(), 'Erstes Projekt anlegen');
    await seite.keyboard.press('Enter');
    await seite.waitForFunction((z) => location.hash === z, `${BASIS}/neu`);
    await fokusAufHauptueberschrift(seite);
    assert.equal(await seite.title(), `Neues Projekt – ${PRODUKT}`);

    await tabBis(seite, '#mpp-kennung');
    await seite.keyboard.type('P-TEST-001');
    await tabBis(seite, '#mpp-titel');
    await seite.keyboard.type('Bauantrag digital');
    await tabBis(seite, '#mpp-projektleitung');
    await seite.keyboard.type('Erika Mustermann');
    await tabBis(seite, '#mpp-start-plan');
    await seite.keyboard.type('01.02.2026');
    await tabBis(seite, '#mpp-ende-plan');
    await seite.keyboard.type('31.12.2027');
    // The create form is short: only what is needed to start.
    assert.equal(await seite.locator('#mpp-ampel-termine, #mpp-budget').count(), 0, 'Ampeln und Budget erst auf der Projektseite');
    await tabBis(seite, '#projekt-speichern');
    await seite.keyboard.press('Enter');

    await seite.waitForFunction((b) => new RegExp(`^${b}/projekt/\\d+$`).test(location.hash), BASIS);
    await fokusAufHauptueberschrift(seite);
    const ueberschrift = (await seite.locator('main h1').innerText()).trim();
    assert.equal(ueberschrift, 'Projekt P-TEST-001: Bauantrag digital');
    assert.equal(await seite.title(), `${ueberschrift} – ${PRODUKT}`);
    // The page opens as a summary; every section is edited on its own.
    assert.match(await seite.locator('#abschnitt-ueberblick').locator('xpath=..').innerText(), /Projektleitung\s+Erika Mustermann/);

    // The Ampeln section: "rot" without a reason is refused with an error summary.
    await tabBis(seite, '#abschnitt-ampeln-bearbeiten');
    await seite.keyboard.press('Enter');
    assert.match(await seite.locator('label[for="mpp-ampel-termine-begruendung"]').innerText(), /Pflicht bei Gelb und Rot/);
    assert.doesNotMatch(await seite.locator('label[for="mpp-ampel-termine-begruendung"]').innerText(), /optional/);
    await tabBis(seite, '#mpp-ampel-termine');
    await seite.keyboard.type('rot');
    assert.equal(await seite.locator('#mpp-ampel-termine').inputValue(), 'rot', 'Ampel per Tastatur gewählt');
    await tabBis(seite, '#projekt-speichern-ampeln');
    await seite.keyboard.press('Enter');

    // The summary takes focus and names the missing reason; its link leads to the field.
    await fokusAuf(seite, '#projekt-fehler-ampeln');
    const zusammenfassung = seite.locator('#projekt-fehler-ampeln');
    assert.equal(await zusammenfassung.getAttribute('role'), 'alert');
    const links = zusammenfassung.getByRole('link');
    assert.equal(await links.count(), 1, await zusammenfassung.innerText());
    assert.match(await links.first().innerText(), /Ampel Termine: Bei „rot“ ist eine Begründung nötig/);
    await seite.keyboard.press('Tab');
    await fokusAuf(seite, '#projekt-fehler-ampeln a');
    await seite.keyboard.press('Enter');
    await fokusAuf(seite, '#mpp-ampel-termine-begruendung');
    assert.equal(await seite.locator('#mpp-ampel-termine-begruendung').getAttribute('aria-invalid'), 'true');
    assert.match(await seite.locator('#mpp-ampel-termine-begruendung-fehler').innerText(), /Begründung nötig/);
    await pruefeBarrierefreiheit(seite, 'Projektseite mit Fehlerzusammenfassung im Abschnitt Ampeln');
    await seite.keyboard.type('Baugenehmigungsportal des Landes verzögert sich um drei Monate.');
    await tabBis(seite, '#projekt-speichern-ampeln');
    await seite.keyboard.press('Enter');
    // Saved: the section shows its summary again and focus returns to its button.
    await fokusAuf(seite, '#abschnitt-ampeln-bearbeiten');
    assert.match(await seite.locator('#abschnitt-ampeln-bereich').innerText(), /Ampel Termine\s+rot\s+Baugenehmigungsportal/);

    // The budget in its own section.
    await tabBis(seite, '#abschnitt-budget-bearbeiten');
    await seite.keyboard.press('Enter');
    await tabBis(seite, '#mpp-budget');
    await seite.keyboard.type('1.250.000,50');
    await tabBis(seite, '#projekt-speichern-budget');
    await seite.keyboard.press('Enter');
    await fokusAuf(seite, '#abschnitt-budget-bearbeiten');

    // A milestone with Basisplan and forecast: the form unfolds from its title.
    await tabBis(seite, '#meilenstein-formular-titel');
    await seite.keyboard.press('Enter');
    await tabBis(seite, '#ms-bezeichnung');
    await seite.keyboard.type('Go-live');
    await tabBis(seite, '#ms-basis');
    await seite.keyboard.type('30.06.2026');
    await tabBis(seite, '#ms-prognose');
    await seite.keyboard.type('15.08.2026');
    await tabBis(seite, '#ms-kommentar');
    await seite.keyboard.type('Lieferverzug beim Dienstleister');
    await tabBis(seite, '#meilenstein-speichern');
    await seite.keyboard.press('Enter');
    const meilensteine = seite.getByRole('table', { name: 'Meilensteine des Projekts' });
    const zeile = meilensteine.getByRole('row', { name: /Go-live/ });
    await zeile.waitFor();
    assert.match(await zeile.innerText(), /30\.06\.2026\s+15\.08\.2026/);
    // Keyboard users keep their place: saving must not drop the focus to the page body
    // (checked at the end, so that the rest of the flow still runs).
    const fokusNachMeilenstein = await seite.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

    // A status report.
    await tabBis(seite, '#bericht-formular-titel');
    await seite.keyboard.press('Enter');
    await tabBis(seite, '#bericht-sachstand');
    await seite.keyboard.type('Fachkonzept abgenommen.');
    await tabBis(seite, '#bericht-entscheidung');
    await seite.keyboard.type('Mehrbedarf von 40.000 € freigeben.');
    await tabBis(seite, '#bericht-speichern');
    await seite.keyboard.press('Enter');
    const heute = await heuteIso(seite);
    const [j, m, t] = heute.split('-');
    await seite.getByRole('heading', { name: `Statusbericht zum ${t}.${m}.${j}` }).waitFor();
    const fokusNachBericht = await seite.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    await pruefeBarrierefreiheit(seite, 'Projektseite mit Meilenstein und Bericht');

    await warteGespeichert(seite);
    const plan = (await gespeicherteDaten(seite)).multiprojektplan;
    assert.equal(plan.projekte.length, 1);
    const p = plan.projekte[0];
    assert.equal(new URL(seite.url()).hash, `${BASIS}/projekt/${p.id}`);
    assert.equal(p.kennung, 'P-TEST-001');
    assert.equal(p.titel, 'Bauantrag digital');
    assert.equal(p.projektleitung, 'Erika Mustermann');
    assert.equal(p.start_plan, '2026-02-01');
    assert.equal(p.ende_plan, '2027-12-31');
    assert.equal(p.budget_cent, 125_000_050);
    assert.deepEqual(p.ampeln.termine, { ampel: 'rot', begruendung: 'Baugenehmigungsportal des Landes verzögert sich um drei Monate.' });
    assert.equal(plan.meilensteine.length, 1);
    const ms = plan.meilensteine[0];
    assert.equal(ms.projekt, p.id);
    assert.equal(ms.bezeichnung, 'Go-live');
    assert.equal(ms.basis, '2026-06-30');
    // No Berichtsstichtag is set, so the forecast is filed under today.
    assert.deepEqual(ms.prognosen, [{ stichtag: heute, datum: '2026-08-15', kommentar: 'Lieferverzug beim Dienstleister' }]);
    assert.equal(plan.statusberichte.length, 1);
    const bericht = plan.statusberichte[0];
    assert.equal(bericht.projekt, p.id);
    assert.equal(bericht.stichtag, heute);
    assert.equal(bericht.sachstand, 'Fachkonzept abgenommen.');
    assert.equal(bericht.entscheidungsbedarf, 'Mehrbedarf von 40.000 € freigeben.');
    assert.equal(bericht.ampeln.termine.ampel, 'rot', 'der Bericht hält die Ampeln fest');

    // The portfolio lists it with German formats.
    await oeffne(umg, seite, BASIS);
    const reihe = seite.getByRole('row', { name: /P-TEST-001/ });
    assert.match(await reihe.innerText(), /31\.12\.2027/);
    assert.match(await reihe.innerText(), /1\.250\.000,50\u00a0€/);
    assert.deepEqual([fokusNachMeilenstein, fokusNachBericht].map((f) => f === 'BODY'), [false, false],
      `der Fokus bleibt nach dem Speichern auf der Seite (Meilenstein: ${fokusNachMeilenstein}, Bericht: ${fokusNachBericht})`);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Portfolio: Beispiel laden, deutsche Formate, filtern, sortieren, gruppieren, zurücksetzen', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    assert.equal(await portfoliozeilen(seite).count(), 8);

    // Money, dates and percentages in German notation with non-breaking spaces.
    const wohngeld = seite.getByRole('row', { name: /P-2026-001/ });
    const zellen = await wohngeld.locator('th, td').allInnerTexts();
    assert.ok(zellen.includes('1.250.000,00\u00a0€'), zellen.join(' | '));
    assert.ok(zellen.some((z) => /^\d{2}\.\d{2}\.\d{4}$/.test(z)), 'Datum TT.MM.JJJJ');
    assert.ok(zellen.some((z) => /^\d{1,3},\d\u00a0%$/.test(z)), 'Prioritätswert mit Komma und geschütztem Leerzeichen');
    const kennzahlen = await seite.locator('.kennzahlen').innerText();
    assert.match(kennzahlen, /Budget gesamt\s+6\.430\.000,00\u00a0€/);
    assert.match(kennzahlen, /Projekte\s+8/);

    // Text filter.
    await seite.getByLabel('Suche', { exact: true }).fill('wohngeld');
    await seite.locator('#portfolio-anzahl', { hasText: '1 von 8 Projekten' }).waitFor();
    assert.deepEqual(await kennungen(seite), ['P-2026-001']);
    await seite.getByLabel('Suche', { exact: true }).fill('');
    await seite.locator('#portfolio-anzahl', { hasText: '8 Projekte' }).waitFor();

    // Ampel filter.
    await seite.locator('#filter-ampel').selectOption('rot');
    await seite.locator('#portfolio-anzahl', { hasText: '2 von 8 Projekten' }).waitFor();
    assert.deepEqual((await kennungen(seite)).sort(), ['P-2026-004', 'P-2026-008']);
    for (const zeile of await portfoliozeilen(seite).all()) {
      assert.equal(await zeile.locator('td .ampel').first().innerText(), 'rot');
    }
    await seite.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await seite.locator('#portfolio-anzahl', { hasText: '8 Projekte' }).waitFor();
    assert.equal(await seite.locator('#filter-ampel').inputValue(), '');
    assert.ok(await seite.getByRole('button', { name: 'Filter zurücksetzen' }).isDisabled());

    // Sorting by a column header button: aria-sort follows, rows are ordered.
    assert.equal((await sortierzustand(seite)).Rang, 'ascending');
    const budgetKopf = seite.locator('.portfolio thead th', { has: seite.getByRole('button', { name: /^Budget \(€\)/ }) });
    await budgetKopf.getByRole('button').click();
    await seite.waitForFunction(() => document.querySelector('.portfolio thead th:last-child').getAttribute('aria-sort') === 'ascending');
    let zustand = await sortierzustand(seite);
    assert.equal(zustand['Budget (€)'], 'ascending');
    assert.equal(zustand.Rang, 'none');
    assert.equal(Object.values(zustand).filter((w) => w !== 'none').length, 1, JSON.stringify(zustand));
    const betrag = (t) => Number(t.replace(/[^\d,]/g, '').replace(',', '.'));
    const budgets = async () => (await spaltenwerte(seite, 'Budget (€)')).map(betrag);
    const aufsteigend = await budgets();
    assert.deepEqual(aufsteigend, [...aufsteigend].sort((a, b) => a - b));
    assert.equal((await kennungen(seite))[0], 'P-2025-014');
    await budgetKopf.getByRole('button').click();
    await seite.waitForFunction(() => document.querySelector('.portfolio thead th:last-child').getAttribute('aria-sort') === 'descending');
    const absteigend = await budgets();
    assert.deepEqual(absteigend, [...absteigend].sort((a, b) => b - a));
    assert.equal((await kennungen(seite))[0], 'P-2026-006');
    // Sorting by Projekt-ID.
    await seite.getByRole('button', { name: /^Projekt-ID/ }).click();
    await seite.waitForFunction(() => document.querySelectorAll('.portfolio thead th[aria-sort="ascending"]').length === 1);
    zustand = await sortierzustand(seite);
    assert.equal(zustand['Projekt-ID und Titel'], 'ascending');
    assert.equal(zustand['Budget (€)'], 'none');
    const ids = await kennungen(seite);
    assert.deepEqual(ids, [...ids].sort());

    // Grouping by Welle: one header row per wave, scoped to its row group.
    await seite.locator('#gruppierung').selectOption('welle');
    const gruppen = seite.locator('.portfolio tr.datentabelle__gruppe th[scope="rowgroup"]');
    await gruppen.first().waitFor();
    assert.deepEqual(await gruppen.allInnerTexts(), ['Welle 1 (5)', 'Welle 2 (3)']);
    assert.equal(await seite.locator('.portfolio tbody').count(), 2);
    assert.equal(await portfoliozeilen(seite).count(), 8);
    const ersteGruppe = await seite.locator('.portfolio tbody').first().locator('th[scope="row"] a').allInnerTexts();
    assert.deepEqual(ersteGruppe.sort(), ['P-2025-014', 'P-2026-001', 'P-2026-002', 'P-2026-004', 'P-2026-006']);
    // A filter inside the grouping.
    await seite.locator('#filter-welle').selectOption('2');
    await seite.locator('#portfolio-anzahl', { hasText: '3 von 8 Projekten' }).waitFor();
    assert.deepEqual(await gruppen.allInnerTexts(), ['Welle 2 (3)']);
    await pruefeBarrierefreiheit(seite, 'Portfolio gefiltert und gruppiert');
    await seite.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await seite.locator('#portfolio-anzahl', { hasText: '8 Projekte' }).waitFor();
    assert.equal(await seite.locator('#filter-welle').inputValue(), '');
    await seite.locator('#gruppierung').selectOption('keine');
    await seite.waitForFunction(() => document.querySelectorAll('.datentabelle__gruppe').length === 0);

    // Filtering, sorting and grouping are views, not changes: the last undo step is still the load.
    await seite.getByRole('button', { name: 'Rückgängig: Beispiel „Multiprojektplan“ geladen' }).waitFor();
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Strg+Z außerhalb eines Textfelds nimmt das Beispielportfolio zurück, Strg+Y stellt es wieder her', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    await seite.locator('main h1').click();
    await seite.keyboard.press('Control+z');
    await seite.locator('#beispiel-laden').waitFor();
    await seite.getByRole('link', { name: 'Erstes Projekt anlegen' }).waitFor();
    await seite.locator('[role="status"]', { hasText: 'Rückgängig gemacht: Beispiel „Multiprojektplan“ geladen' }).waitFor();
    await warteGespeichert(seite);
    assert.deepEqual((await gespeicherteDaten(seite)).multiprojektplan?.projekte ?? [], []);
    await seite.locator('main h1').click();
    await seite.keyboard.press('Control+y');
    await seite.locator('#portfolio-anzahl', { hasText: '8 Projekte' }).waitFor();
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Zeitplan: Zeilen im SVG, Zoom, Tabelle mit allen Projekten, Suche', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    await oeffne(umg, seite, `${BASIS}/zeitplan`);
    assert.equal((await seite.locator('main h1').innerText()).trim(), 'Zeitplan der Projekte');
    const svg = seite.locator('svg.zeitplan__svg');
    await svg.waitFor();
    const zeilen = svg.locator('a.zeitplan__zeile');
    assert.equal(await zeilen.count(), 8);
    assert.match(await seite.locator('#zeitplan-anzahl').innerText(), /^8 Projekte im Zeitplan$/);
    // The chart is in the first screen at 1280 × 900: its first row starts above the fold, and
    // the "Heute" line is scrolled into view.
    const ersteZeile = await zeilen.first().evaluate((z) => z.getBoundingClientRect().top);
    assert.ok(ersteZeile > 0 && ersteZeile < 900 - 40, `erste Zeitplanzeile bei ${ersteZeile} px, nicht im ersten Bildschirm`);
    // Every row says what it shows, in words.
    for (const zeile of await zeilen.all()) {
      assert.match(await zeile.getAttribute('aria-label'), /^P-20\d\d-\d{3} .+\d{2}\.\d{2}\.\d{4}/);
    }

    // Zoom: default quarter; month is wider, year narrower, labels change.
    const stand = () => svg.evaluate((s) => ({
      breite: Number(s.getAttribute('width')),
      perioden: [...s.querySelectorAll('.zeitplan__periode')].map((t) => t.textContent),
    }));
    assert.ok(await seite.locator('#zeitplan-zoom-1').isChecked(), 'Quartal ist voreingestellt');
    const quartal = await stand();
    assert.ok(quartal.perioden.some((p) => /Q[1-4]/.test(p)), quartal.perioden.join(', '));
    await seite.getByLabel('Monat', { exact: true }).check();
    await seite.waitForFunction((b) => Number(document.querySelector('svg.zeitplan__svg').getAttribute('width')) > b, quartal.breite);
    const monat = await stand();
    assert.ok(monat.perioden.length > quartal.perioden.length);
    assert.ok(monat.perioden.some((p) => /^(Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|Okt\.|Nov\.|Dez\.)/.test(p)), monat.perioden.join(', '));
    await seite.getByLabel('Jahr', { exact: true }).check();
    await seite.waitForFunction((b) => Number(document.querySelector('svg.zeitplan__svg').getAttribute('width')) < b, quartal.breite);
    const jahr = await stand();
    assert.ok(jahr.perioden.length < quartal.perioden.length);
    assert.ok(jahr.perioden.every((p) => /^\d{4}$/.test(p)), jahr.perioden.join(', '));
    assert.equal(await zeilen.count(), 8, 'Zoom behält alle Zeilen');
    await seite.getByLabel('Quartal', { exact: true }).check();

    // The table alternative lists every project.
    const schalter = seite.getByRole('button', { name: 'Als Tabelle anzeigen' });
    assert.equal(await schalter.getAttribute('aria-expanded'), 'false');
    await schalter.click();
    const tabelle = seite.getByRole('table', { name: 'Zeitplan als Tabelle' });
    await tabelle.waitFor();
    assert.equal(await seite.getByRole('button', { name: 'Tabelle ausblenden' }).getAttribute('aria-expanded'), 'true');
    const plan = (await gespeicherteDaten(seite)).multiprojektplan;
    const inTabelle = await tabelle.locator('tbody th[scope="row"]').allInnerTexts();
    assert.deepEqual([...inTabelle].sort(), plan.projekte.map((p) => p.kennung).sort());
    await pruefeBarrierefreiheit(seite, 'Zeitplan mit Tabelle');

    // The search filters chart and table alike; the filters are folded until opened.
    await seite.locator('#zeitplan-filter-titel').click();
    await seite.getByLabel('Suche', { exact: true }).fill('Elterngeld');
    await seite.locator('#zeitplan-anzahl', { hasText: '1 von 8 Projekten im Zeitplan' }).waitFor();
    assert.equal(await zeilen.count(), 1);
    assert.deepEqual(await tabelle.locator('tbody th[scope="row"]').allInnerTexts(), ['P-2026-002']);
    await seite.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await seite.locator('#zeitplan-anzahl', { hasText: '8 Projekte im Zeitplan' }).waitFor();
    assert.equal(await zeilen.count(), 8);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Zeitplan: das Diagramm erscheint in voller Größe und rollt seitlich in seinem Bereich', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    await oeffne(umg, seite, `${BASIS}/zeitplan`);
    const svg = seite.locator('svg.zeitplan__svg');
    await svg.waitFor();
    for (const zoom of ['Monat', 'Quartal', 'Jahr']) {
      await seite.getByLabel(zoom, { exact: true }).check();
      await seite.waitForFunction((z) => document.querySelector(`input[name="zeitplan-zoom"][value="${z}"]`)?.checked, zoom);
      const masse = await svg.evaluate((s) => {
        const r = s.getBoundingClientRect();
        const b = s.closest('.zeitplan__bereich');
        return {
          breite: r.width, hoehe: r.height,
          sollBreite: Number(s.getAttribute('width')), sollHoehe: Number(s.getAttribute('height')),
          rollbar: b.scrollWidth > b.clientWidth, bereich: b.clientWidth,
        };
      });
      // 1 SVG unit = 1 CSS pixel on screen: labels stay at their font size (13 px).
      assert.ok(Math.abs(masse.breite - masse.sollBreite) < 1 && Math.abs(masse.hoehe - masse.sollHoehe) < 1,
        `${zoom}: dargestellt ${masse.breite} × ${masse.hoehe} px statt ${masse.sollBreite} × ${masse.sollHoehe}`);
      if (masse.sollBreite > masse.bereich) assert.ok(masse.rollbar, `${zoom}: der Bereich rollt seitlich`);
    }
    // The page itself never scrolls sideways.
    assert.ok(await seite.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Zeitplan mit der Tastatur: ein Tabstopp, Pfeiltasten, Pos1/Ende – auch nach Zoom und Filter', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    await oeffne(umg, seite, `${BASIS}/zeitplan`);
    await seite.locator('svg.zeitplan__svg a.zeitplan__zeile').first().waitFor();
    const aktiv = () => seite.evaluate(() => ({
      zeile: Number(document.activeElement.getAttribute('data-zeile')),
      tabstopps: document.querySelectorAll('a.zeitplan__zeile[tabindex="0"]').length,
      tabstopp: document.activeElement.getAttribute('tabindex'),
    }));
    const tabstopps = () => seite.locator('a.zeitplan__zeile[tabindex="0"]').count();
    assert.equal(await tabstopps(), 1);
    // Problems that do not stop the walk through are collected and reported at the end.
    const maengel = [];

    // From the last control before the chart (the collapsed keyboard help), one Tab lands on
    // the first row.
    await seite.locator('.zeitplan__tastatur > summary').focus();
    await seite.keyboard.press('Tab');
    const erstesZiel = await seite.evaluate(() => `${document.activeElement.tagName.toLowerCase()}.${document.activeElement.getAttribute('class')}`);
    if (erstesZiel !== 'a.zeitplan__zeile') maengel.push(`zusätzlicher Tabstopp vor der ersten Zeile: ${erstesZiel}`);
    await seite.locator('main h1').focus();
    await tabBis(seite, 'a.zeitplan__zeile');
    assert.deepEqual(await aktiv(), { zeile: 0, tabstopps: 1, tabstopp: '0' });
    // The label of the focused row is highlighted in the sticky column.
    assert.ok(await seite.locator('.zeitplan__fokusmarke--sichtbar').count() === 1, 'Fokusmarke in der Beschriftungsspalte');
    await seite.keyboard.press('ArrowDown');
    assert.deepEqual(await aktiv(), { zeile: 1, tabstopps: 1, tabstopp: '0' });
    await seite.keyboard.press('End');
    assert.deepEqual(await aktiv(), { zeile: 7, tabstopps: 1, tabstopp: '0' });
    await seite.keyboard.press('ArrowDown');
    assert.equal((await aktiv()).zeile, 7, 'bleibt auf der letzten Zeile');
    await seite.keyboard.press('Home');
    assert.equal((await aktiv()).zeile, 0);
    await seite.keyboard.press('PageDown');
    assert.equal((await aktiv()).zeile, 7, 'Bild ab: zehn Zeilen, höchstens bis zur letzten');
    await seite.keyboard.press('ArrowUp');
    assert.equal((await aktiv()).zeile, 6);
    // Arrow right scrolls the month timeline sideways, the focus stays.
    await seite.getByLabel('Monat', { exact: true }).check();
    await seite.locator('a.zeitplan__zeile[data-zeile="6"]').focus();
    const links = await seite.locator('.zeitplan__bereich').evaluate((b) => b.scrollLeft);
    await seite.keyboard.press('ArrowRight');
    const verschoben = await seite.waitForFunction((l) => document.querySelector('.zeitplan__bereich').scrollLeft > l, links, { timeout: 2000 })
      .then(() => true, () => false);
    if (!verschoben) maengel.push('Pfeil rechts verschiebt die Zeitachse nicht');
    assert.equal((await aktiv()).zeile, 6);
    // Tab leaves the chart (one tab stop), Shift+Tab returns to the row last focused.
    await seite.keyboard.press('Tab');
    assert.equal(await seite.evaluate(() => document.activeElement.classList.contains('zeitplan__zeile')), false);
    await seite.keyboard.press('Shift+Tab');
    assert.equal((await aktiv()).zeile, 6);

    // After the chart is redrawn (zoom, filter), it is still exactly one tab stop.
    await seite.getByLabel('Jahr', { exact: true }).check();
    await seite.waitForFunction(() => document.querySelector('input[value="Jahr"]').checked);
    let n = await tabstopps();
    if (n !== 1) maengel.push(`${n} Tabstopps nach dem Zoomwechsel`);
    await seite.locator('#zeitplan-filter-titel').click();
    await seite.getByLabel('Suche', { exact: true }).fill('Elterngeld');
    await seite.locator('#zeitplan-anzahl', { hasText: '1 von 8 Projekten im Zeitplan' }).waitFor();
    n = await tabstopps();
    if (n !== 1) maengel.push(`${n} Tabstopps mit Filter`);
    await seite.getByLabel('Suche', { exact: true }).fill('');
    await seite.locator('#zeitplan-anzahl', { hasText: '8 Projekte im Zeitplan' }).waitFor();
    n = await tabstopps();
    if (n !== 1) maengel.push(`${n} Tabstopps nach dem Zurücksetzen des Filters`);
    assert.deepEqual(maengel, [], 'Tastaturbedienung des Diagramms');
    await seite.locator('main h1').focus();
    await tabBis(seite, 'a.zeitplan__zeile');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Zeitplan: Enter auf einer Zeile öffnet das Projekt', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    await oeffne(umg, seite, `${BASIS}/zeitplan`);
    await seite.locator('main h1').focus();
    await tabBis(seite, 'a.zeitplan__zeile');
    await seite.keyboard.press('ArrowDown');
    const ziel = await seite.evaluate(() => document.activeElement.getAttribute('href'));
    const kennung = (await seite.evaluate(() => document.activeElement.getAttribute('aria-label'))).split(' ')[0];
    await seite.keyboard.press('Enter');
    await seite.waitForFunction((z) => location.hash === z, ziel);
    await fokusAufHauptueberschrift(seite);
    assert.match(await seite.locator('main h1').innerText(), new RegExp(`^Projekt ${kennung}: `));
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('ungespeicherte Eingaben im Projektformular überstehen den Seitenwechsel', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    const daten = await gespeicherteDaten(seite);
    const projekt = daten.multiprojektplan.projekte[0];
    await seite.evaluate((z) => { location.hash = z; }, `${BASIS}/projekt/${projekt.id}`);
    await seite.locator('#abschnitt-stammdaten-bearbeiten').click();
    await seite.locator('#mpp-titel').waitFor();
    await seite.locator('#mpp-titel').fill('Noch nicht gespeichert');
    // Leaving the app now would ask first.
    const fragt = await seite.evaluate(() => {
      const ereignis = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(ereignis);
      return ereignis.defaultPrevented;
    });
    assert.ok(fragt, 'beforeunload fragt bei ungespeicherten Eingaben');
    await seite.evaluate((z) => { location.hash = z; }, `${BASIS}/zeitplan`);
    await fokusAufHauptueberschrift(seite);
    await seite.evaluate((z) => { location.hash = z; }, `${BASIS}/projekt/${projekt.id}`);
    await seite.getByText('Ungespeicherte Eingaben wiederhergestellt').waitFor();
    assert.equal(await seite.locator('#mpp-titel').inputValue(), 'Noch nicht gespeichert');
    assert.equal((await gespeicherteDaten(seite)).multiprojektplan.projekte[0].titel, projekt.titel,
      'gespeichert ist weiterhin der alte Titel');
    await pruefeBarrierefreiheit(seite, 'Projektseite mit wiederhergestellten Eingaben');
    // The section with the draft opened by itself; "Abbrechen" discards and closes it.
    await seite.locator('#abschnitt-stammdaten-bereich').getByRole('button', { name: 'Abbrechen' }).click();
    await seite.locator('#mpp-titel').waitFor({ state: 'detached' });
    assert.match(await seite.locator('#abschnitt-stammdaten-bereich').innerText(), new RegExp(`Projekttitel\\s+${projekt.titel}`));
    await seite.getByText('Ungespeicherte Eingaben wiederhergestellt').waitFor({ state: 'detached' });
    const fragtNoch = await seite.evaluate(() => {
      const ereignis = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(ereignis);
      return ereignis.defaultPrevented;
    });
    assert.ok(!fragtNoch, 'nach dem Verwerfen fragt nichts mehr');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('ein angefangener Meilenstein übersteht den Wechsel zum Zeitplan; die Kopfzeile sagt „Ungespeicherte Eingaben im Formular“', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    const projekt = (await gespeicherteDaten(seite)).multiprojektplan.projekte[0];
    const seitePfad = `${BASIS}/projekt/${projekt.id}`;
    await oeffne(umg, seite, seitePfad);
    await seite.locator('#meilenstein-formular-titel').click();
    await seite.locator('#ms-bezeichnung').fill('Abnahme (Entwurf)');
    // Away through the sub-navigation, back through the address.
    await seite.locator('.unternavigation').getByRole('link', { name: 'Zeitplan' }).click();
    await seite.locator('svg.zeitplan__svg').waitFor();
    await seite.evaluate((z) => { location.hash = z; }, seitePfad);
    // The form with unsaved input opens by itself.
    await seite.locator('#ms-bezeichnung').waitFor({ state: 'visible' });
    assert.equal(await seite.locator('#ms-bezeichnung').inputValue(), 'Abnahme (Entwurf)');
    // The header never claims "gespeichert" while a form holds input (issue: pages that guide).
    assert.equal(await seite.locator('#speicherstatus').innerText(), 'Ungespeicherte Eingaben im Formular');
    const plan = (await gespeicherteDaten(seite)).multiprojektplan;
    assert.ok(!plan.meilensteine.some((m) => m.bezeichnung === 'Abnahme (Entwurf)'), 'nichts gespeichert');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Abhängigkeiten: zeigt den Terminkonflikt des Beispiels und nimmt eine neue auf', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    await oeffne(umg, seite, `${BASIS}/abhaengigkeiten`);
    assert.equal((await seite.locator('main h1').innerText()).trim(), 'Abhängigkeiten');
    const warnung = seite.locator('main').getByText('1 Terminkonflikt');
    await warnung.waitFor();
    const tabelle = seite.getByRole('table', { name: 'Abhängigkeiten' });
    const vorher = await tabelle.locator('tbody tr').count();
    assert.equal(vorher, 4);
    assert.equal(await tabelle.locator('tbody tr', { hasText: 'Konflikt' }).count(), 1);

    await seite.locator('#abh-von').selectOption({ label: 'Projekt P-2026-002: Elterngeld online' });
    await seite.locator('#abh-zu').selectOption({ label: 'Projekt P-2026-003: Kita-Platz-Anmeldung' });
    await seite.getByLabel('Bemerkung – optional', { exact: true }).fill('Gemeinsames Antragsmodul');
    await seite.locator('#abh-hinzufuegen').click();
    await tabelle.locator('tbody tr', { hasText: 'Gemeinsames Antragsmodul' }).waitFor();
    assert.equal(await tabelle.locator('tbody tr').count(), vorher + 1);
    const neu = tabelle.locator('tbody tr', { hasText: 'Gemeinsames Antragsmodul' });
    const zellen = await neu.locator('td').allInnerTexts();
    assert.deepEqual(zellen.slice(0, 2), ['P-2026-002', 'P-2026-003']);
    assert.equal(zellen[4], 'Gemeinsames Antragsmodul');
    // Elterngeld online ends after Kita-Platz-Anmeldung starts: a second conflict.
    assert.match(zellen[5], /^Konflikt Der Start von „P-2026-003“ am \d{2}\.\d{2}\.\d{4} liegt \d+ Tage vor dem Ende von „P-2026-002“/);
    await seite.locator('main').getByText('2 Terminkonflikte').waitFor();
    await warteGespeichert(seite);

    // The same pair again is refused, at the field.
    await seite.locator('#abh-von').selectOption({ label: 'Projekt P-2026-002: Elterngeld online' });
    await seite.locator('#abh-zu').selectOption({ label: 'Projekt P-2026-003: Kita-Platz-Anmeldung' });
    await seite.locator('#abh-hinzufuegen').click();
    await fokusAuf(seite, '#abh-fehler');
    assert.match(await seite.locator('#abh-fehler').innerText(), /schon erfasst/);
    assert.equal(await tabelle.locator('tbody tr').count(), vorher + 1);
    await pruefeBarrierefreiheit(seite, 'Abhängigkeiten mit Fehler');
    // The refused pair stays in the form: the header says so instead of "gespeichert".
    await seite.locator('#speicherstatus', { hasText: 'Ungespeicherte Eingaben im Formular' }).waitFor();

    const plan = (await gespeicherteDaten(seite)).multiprojektplan;
    const id = (k) => plan.projekte.find((p) => p.kennung === k).id;
    assert.ok(plan.abhaengigkeiten.some((a) => a.von.art === 'projekt' && a.von.id === id('P-2026-002')
      && a.zu.art === 'projekt' && a.zu.id === id('P-2026-003') && a.bemerkung === 'Gemeinsames Antragsmodul'));
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Einstellungen: Gewichte und Schwellen ändern, speichern, der Prioritätswert im Portfolio folgt', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    const prioritaet = async (kennung) => {
      const zelle = seite.getByRole('row', { name: new RegExp(kennung) }).locator('td[data-titel="Prioritätswert"]');
      return (await zelle.innerText()).replace('Muss', '').trim();
    };
    const vorher = await prioritaet('P-2026-001');
    assert.match(vorher, /^\d{1,3},\d\u00a0%$/);

    await oeffne(umg, seite, `${BASIS}/einstellungen`);
    const vorherWerte = await Promise.all(['#einst-gruen', '#einst-gelb', '#krit-1-gewicht'].map((f) => seite.locator(f).inputValue()));
    // Only the first criterion counts: the priority becomes its rating / 3.
    const gewichte = seite.getByLabel('Gewicht (%)', { exact: true });
    assert.equal(await gewichte.count(), 5);
    await gewichte.nth(0).fill('100');
    for (let i = 1; i < 5; i++) await gewichte.nth(i).fill('0');
    await seite.locator('main').getByText('Summe der Gewichte: 100 %').waitFor();
    await seite.getByLabel('Grün bis (Tage)', { exact: true }).fill('10');
    await seite.getByLabel('Gelb bis (Tage)', { exact: true }).fill('5');
    await seite.locator('#einst-speichern').click();
    // Gelb bis below Grün bis is refused.
    await fokusAuf(seite, '#einst-fehler');
    assert.match(await seite.locator('#einst-fehler').innerText(), /Gelb bis muss mindestens so groß sein wie Grün bis/);
    await seite.getByLabel('Gelb bis (Tage)', { exact: true }).fill('60');
    await seite.locator('#einst-speichern').click();
    await warteGespeichert(seite);
    // The confirmation and the focus are checked at the end, so that the data checks still run.
    const bestaetigt = await seite.locator('main').getByText('Einstellungen gespeichert.')
      .waitFor({ timeout: 3000 }).then(() => true, () => false);
    const fokus = await seite.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    await pruefeBarrierefreiheit(seite, 'Einstellungen gespeichert');

    const plan = (await gespeicherteDaten(seite)).multiprojektplan;
    assert.deepEqual(plan.schwellen, { gruen_bis_tage: 10, gelb_bis_tage: 60 });
    assert.deepEqual(plan.kriterien.map((k) => k.gewicht), [100, 0, 0, 0, 0]);
    const wohngeld = plan.projekte.find((p) => p.kennung === 'P-2026-001');
    const erwartet = `${(Math.round((wohngeld.bewertungen['1'] ?? 0) * 1000 / 3) / 10).toFixed(1).replace('.', ',')}\u00a0%`;

    await oeffne(umg, seite, BASIS);
    assert.equal(await prioritaet('P-2026-001'), erwartet);
    assert.notEqual(erwartet, vorher, 'Beispieldaten: der Wert ändert sich tatsächlich');
    assert.ok(bestaetigt, 'nach dem Speichern erscheint „Einstellungen gespeichert.“');
    assert.equal(fokus, 'einst-speichern', 'der Fokus bleibt nach dem Speichern auf dem Knopf');

    // Undo and redo: the settings form shows the restored values (issue: undo is visible).
    await oeffne(umg, seite, `${BASIS}/einstellungen`);
    assert.equal(await seite.locator('#einst-gruen').inputValue(), '10');
    await seite.getByRole('button', { name: 'Rückgängig: Einstellungen des Multiprojektplans geändert' }).click();
    await seite.waitForFunction((w) => document.querySelector('#einst-gruen')?.value === w, vorherWerte[0]);
    assert.equal(await seite.locator('#einst-gelb').inputValue(), vorherWerte[1]);
    assert.equal(await seite.locator('#krit-1-gewicht').inputValue(), vorherWerte[2]);
    await seite.getByRole('button', { name: 'Wiederholen: Einstellungen des Multiprojektplans geändert' }).click();
    await seite.waitForFunction(() => document.querySelector('#einst-gruen')?.value === '10');
    assert.equal(await seite.locator('#einst-gelb').inputValue(), '60');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Berichtsstichtag: eine neue Prognose wird unter dem Stichtag abgelegt, die früheren bleiben', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    // The 15th of the current month: never one of the example's month-end Stichtage.
    const [j, m] = (await heuteIso(seite)).split('-');
    const stichtag = `${j}-${m}-15`;
    await oeffne(umg, seite, `${BASIS}/einstellungen`);
    await seite.getByLabel('Berichtsstichtag – optional', { exact: true }).fill(`15.${m}.${j}`);
    await seite.locator('#einst-speichern').click();
    let plan;
    for (let i = 0; i < 50 && plan?.berichtsstichtag !== stichtag; i++) {
      await seite.waitForTimeout(100);
      plan = (await gespeicherteDaten(seite)).multiprojektplan;
    }
    assert.equal(plan.berichtsstichtag, stichtag);

    const p = plan.projekte.find((x) => x.kennung === 'P-2026-002');
    const ms = plan.meilensteine.find((x) => x.projekt === p.id && !x.ist && (x.prognosen ?? []).length > 0);
    const letzte = ms.prognosen.at(-1);
    const neu = new Date(`${letzte.datum}T00:00:00Z`);
    neu.setUTCDate(neu.getUTCDate() + 21);
    const neuIso = neu.toISOString().slice(0, 10);
    const [nj, nm, nt] = neuIso.split('-');

    await oeffne(umg, seite, `${BASIS}/projekt/${p.id}`);
    assert.equal(await seite.locator('#bericht-stichtag').inputValue(), `15.${m}.${j}`, 'Statusbericht zum Berichtsstichtag vorbelegt');
    assert.match(await seite.locator('label[for="ms-prognose"]').textContent(), new RegExp(`Prognose zum Stichtag 15\\.${m}\\.${j}`));
    await seite.getByRole('button', { name: `Bearbeiten: ${ms.bezeichnung}` }).click();
    await fokusAuf(seite, '#ms-bezeichnung');
    await seite.locator('#ms-prognose').fill(`${nt}.${nm}.${nj}`);
    await seite.locator('#ms-kommentar').fill('Abnahme verschoben');
    await seite.locator('#meilenstein-speichern').click();
    let gespeichert;
    for (let i = 0; i < 50 && (gespeichert?.prognosen ?? []).length <= ms.prognosen.length; i++) {
      await seite.waitForTimeout(100);
      gespeichert = (await gespeicherteDaten(seite)).multiprojektplan.meilensteine.find((x) => x.id === ms.id);
    }
    assert.deepEqual(gespeichert.prognosen, [...ms.prognosen, { stichtag, datum: neuIso, kommentar: 'Abnahme verschoben' }]);
    const zeile = seite.getByRole('table', { name: 'Meilensteine des Projekts' }).getByRole('row', { name: new RegExp(ms.bezeichnung) });
    await zeile.getByText(`${nt}.${nm}.${nj}`).waitFor();
    await pruefeBarrierefreiheit(seite, 'Projektseite mit neuer Prognose');
    pruefeSauber(befunde);
    await kontext.close();
  });

  // Every page empty and with the example: the registry sweep in routen.test.mjs. Here: the
  // states the sweep does not reach (unknown project, zoom levels, swim lanes, options).
  it('Zustände der Unterseiten: unbekanntes Projekt, Zoomstufen, Schwimmbahnen, Optionen – axe und keine Fehler', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    const pruefe = async (route, bezeichnung) => {
      await oeffne(umg, seite, route);
      const h1 = seite.locator('main h1');
      assert.equal(await h1.count(), 1, `genau eine h1 auf ${bezeichnung}`);
      assert.equal(await seite.title(), `${(await h1.innerText()).trim()} – ${PRODUKT}`, `Titel auf ${bezeichnung}`);
      await pruefeBarrierefreiheit(seite, bezeichnung);
    };
    await pruefe(`${BASIS}/projekt/1`, 'unbekanntes Projekt');
    assert.match(await seite.locator('main').innerText(), /Dieses Projekt gibt es im geöffneten Arbeitsbereich nicht/);

    await beispielportfolioLaden(umg, seite);
    const plan = (await gespeicherteDaten(seite)).multiprojektplan;
    // Projects with milestones, forecasts, reports and dependencies.
    for (const kennung of ['P-2026-001', 'P-2026-004', 'P-2026-006']) {
      const p = plan.projekte.find((x) => x.kennung === kennung);
      await pruefe(`${BASIS}/projekt/${p.id}`, `Projekt ${kennung}`);
    }
    // The Gantt at every zoom level, with and without dependency arrows.
    await oeffne(umg, seite, `${BASIS}/zeitplan`);
    for (const zoom of ['Monat', 'Quartal', 'Jahr']) {
      await seite.getByLabel(zoom, { exact: true }).check();
      await seite.waitForFunction((z) => document.querySelector(`input[name="zeitplan-zoom"][value="${z}"]`)?.checked, zoom);
      await pruefeBarrierefreiheit(seite, `Zeitplan ${zoom}`);
    }
    await seite.locator('#zeitplan-filter-titel').click();
    await seite.locator('#zeitplan-bahnen').selectOption('programm');
    await seite.locator('.zeitplan__gruppentitel').first().waitFor();
    await pruefeBarrierefreiheit(seite, 'Zeitplan mit Schwimmbahnen');
    await seite.getByLabel('Abhängigkeiten anzeigen', { exact: true }).uncheck();
    await pruefeBarrierefreiheit(seite, 'Zeitplan ohne Abhängigkeiten');
    // The Ampel overview with finished projects counted.
    await oeffne(umg, seite, `${BASIS}/ampeln`);
    await seite.getByLabel('Abgeschlossene und abgebrochene Projekte einbeziehen', { exact: true }).check();
    await seite.locator('main').getByText('Gezählt: 8 Projekte.').waitFor();
    await pruefeBarrierefreiheit(seite, 'Ampelübersicht mit allen Projekten');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('bei 320 px Breite: kein waagerechter Bildlauf der Seite, auch nicht mit Daten', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg, { breite: 320, hoehe: 640 });
    await oeffne(umg, seite, BASIS);
    const breite = () => seite.evaluate(() => ({ seite: document.documentElement.scrollWidth, fenster: innerWidth }));
    let b = await breite();
    assert.ok(b.seite <= b.fenster, `leeres Portfolio: ${b.seite} px > ${b.fenster} px`);
    await beispielportfolioLaden(umg, seite);
    for (const unterseite of ['', '/zeitplan', '/ampeln', '/abhaengigkeiten', '/einstellungen', '/export', '/neu']) {
      await oeffne(umg, seite, `${BASIS}${unterseite}`);
      b = await breite();
      assert.ok(b.seite <= b.fenster, `${BASIS}${unterseite}: ${b.seite} px > ${b.fenster} px`);
    }
    await oeffne(umg, seite, `${BASIS}/projekt/1`);
    b = await breite();
    assert.ok(b.seite <= b.fenster, `Projektseite: ${b.seite} px > ${b.fenster} px`);
    await oeffne(umg, seite, BASIS);
    await pruefeBarrierefreiheit(seite, 'Portfolio bei 320 px');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Druck: Portfolio und Zeitplan ohne Bedienelemente, Tabelle und Diagramm bleiben', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    const anzeige = (selektor) => seite.$$eval(selektor, (els) => els.map((e) => getComputedStyle(e).display));

    await seite.emulateMedia({ media: 'print' });
    for (const selektor of ['.filterleiste', '.unternavigation', '.knopfleiste', '.hauptnavigation']) {
      const werte = await anzeige(selektor);
      assert.ok(werte.length > 0, `${selektor} vorhanden`);
      assert.ok(werte.every((w) => w === 'none'), `${selektor} im Druck: ${werte}`);
    }
    assert.deepEqual(await anzeige('.portfolio .datentabelle__tabelle'), ['table']);
    assert.equal(await portfoliozeilen(seite).count(), 8);
    assert.ok(await portfoliozeilen(seite).first().isVisible());

    await seite.emulateMedia({ media: 'screen' });
    await oeffne(umg, seite, `${BASIS}/zeitplan`);
    await seite.locator('svg.zeitplan__svg').waitFor();
    assert.notEqual((await anzeige('.zeitplan__steuerung'))[0], 'none', 'am Bildschirm sichtbar');
    await seite.emulateMedia({ media: 'print' });
    for (const selektor of ['.zeitplan__steuerung', '.zeitplan__tabellenschalter', '.zeitplan__tastatur', '.unternavigation']) {
      const werte = await anzeige(selektor);
      assert.ok(werte.length > 0 && werte.every((w) => w === 'none'), `${selektor} im Druck: ${werte}`);
    }
    const diagramm = await seite.locator('svg.zeitplan__svg').evaluate((s) => {
      const r = s.getBoundingClientRect();
      return { display: getComputedStyle(s).display, breite: r.width, hoehe: r.height, zeilen: s.querySelectorAll('a.zeitplan__zeile').length };
    });
    assert.notEqual(diagramm.display, 'none');
    assert.ok(diagramm.breite > 0 && diagramm.hoehe > 0, JSON.stringify(diagramm));
    assert.equal(diagramm.zeilen, 8);
    // The conflict list is printed below the chart.
    assert.notEqual((await anzeige('.zeitplan__konflikte'))[0], 'none');
    await seite.emulateMedia({ media: 'screen' });

    // Printed for real (Chromium's PDF output): portfolio and timeline come out landscape on
    // the paper the user picks, A4 or A3; other pages stay portrait. (Emulated screen media
    // would also apply to the PDF, so the emulation is switched off.)
    await seite.emulateMedia({ media: null });
    const seitenformate = async (format) => {
      const pdf = (await seite.pdf({ format })).toString('latin1');
      return [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    };
    for (const [route, quer] of [[BASIS, true], [`${BASIS}/zeitplan`, true], ['#/datenschutz', false]]) {
      await oeffne(umg, seite, route);
      for (const [format, kurz] of [['A4', 595], ['A3', 842]]) {
        const seiten = await seitenformate(format);
        assert.ok(seiten.length > 0, `${route} ${format}: PDF hat Seiten`);
        for (const [breite, hoehe] of seiten) {
          assert.equal(breite > hoehe, quer, `${route} ${format}: ${breite} × ${hoehe}`);
          assert.ok(Math.abs(Math.min(breite, hoehe) - kurz) < 2, `${route} ${format}: Papierformat ${breite} × ${hoehe}`);
        }
      }
    }
    pruefeSauber(befunde);
    await kontext.close();
  });
});
