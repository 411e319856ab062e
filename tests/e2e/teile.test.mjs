// Code splitting (issue 24): the release build fetches a tool's code on its first visit
// (tools/teilen.py, tools::seiten!). The start page fetches no tool part, a tool only its own
// (the pages of packages also the sharing code of all tools, tools::teilbar!; "Beispiel laden"
// the examples of all tools, tools::beispiel!; six tools have a further part for their forms
// and record pages, or their package pages, fetched when one is first opened), besides the
// shared code it needs, and a part that cannot be fetched is named in German with "Erneut
// versuchen" while the workspace stays as it is.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import {
  umgebung, neueSeite, oeffne, wechsleZu, pruefeSauber, pruefeBarrierefreiheit,
  speicherinhalt, beispielportfolioLaden, beispielLaden, gespeicherteDaten,
  feldSetzen, warteGespeichert,
} from './hilfen.mjs';

const TEIL = /\/teile\/(split_[a-z_]+|gemeinsam(?:_[a-z_]+)?)-[0-9a-f]{16}\.wasm$/;

/** The parts the page asks for from now on (`split_<name>`, `gemeinsam` or
 *  `gemeinsam_<name>`), in order; the list grows while the page runs. */
function geladeneTeile(seite) {
  const geladen = [];
  seite.on('request', (anfrage) => {
    const treffer = new URL(anfrage.url()).pathname.match(TEIL);
    if (treffer) geladen.push(treffer[1]);
  });
  return geladen;
}

/** Blocks fetching the part `split_<name>` until `freigeben()`; `anfragen` counts the requests
 *  for it, blocked or not. */
async function teilSperren(kontext, name) {
  const sperre = { gesperrt: true, anfragen: 0, freigeben() { this.gesperrt = false; } };
  await kontext.route(new RegExp(`/teile/split_${name}-[0-9a-f]+\\.wasm$`), (route) => {
    sperre.anfragen += 1;
    return sperre.gesperrt ? route.abort('connectionfailed') : route.continue();
  });
  return sperre;
}

describe('Werkzeugteile', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('der Build hat je Werkzeug einen Teil, einen gemeinsamen und je Teil dessen Rest', async () => {
    const alle = await readdir('dist/teile');
    assert.equal(alle.filter((d) => /^gemeinsam-[0-9a-f]{16}\.wasm$/.test(d)).length, 1, alle.join());
    assert.ok(!alle.some((d) => d.startsWith('chunk_')), 'die geteilten Teile sind zusammengeführt');
    const teile = alle.filter((d) => d.startsWith('split_'));
    const namen = teile.map((d) => d.match(/^split_([a-z_]+)-/)[1]);
    const werkzeuge = namen.filter((n) => !n.includes('_')).sort();
    assert.ok(werkzeuge.includes('multiprojektplan') && werkzeuge.includes('checklisten'), werkzeuge.join());
    assert.equal(new Set(werkzeuge).size, werkzeuge.length, 'ein erster Teil je Werkzeug');
    // Further parts (tools::seiten!): named after their tool.
    const weitere = namen.filter((n) => n.includes('_')).sort();
    assert.deepEqual(weitere, ['behoerdenaustausch_paket', 'budgetmonitor_formulare',
      'multiprojektplan_projekt', 'stakeholderanalyse_formulare', 'testmanagement_formulare',
      'zielstufenplaner_formulare']);
    // The shared code: what at least half of the parts need in `gemeinsam`, the rest a part
    // needs in its own `gemeinsam_<part>`; a part fetches no other.
    const reste = alle.map((d) => d.match(/^gemeinsam_([a-z_]+)-[0-9a-f]{16}\.wasm$/)?.[1])
      .filter(Boolean);
    assert.ok(reste.length > 0 && reste.every((r) => namen.includes(r)), reste.join());
    const lader = await readFile(`dist/teile/${alle.find((d) => /^teilung-[0-9a-f]{16}\.js$/.test(d))}`, 'utf8');
    const ladbar = [...lader.matchAll(/export const __wasm_split_load_(\w+) = [\s\S]*?\n, \[([^\]]*)\]\)\);/g)];
    assert.deepEqual(ladbar.map((t) => t[1]).sort(), [...namen].sort());
    for (const [, teil, deps] of ladbar) {
      for (const dep of deps.split(',').map((d) => d.trim()).filter(Boolean)) {
        assert.ok(dep === '__gemeinsam' || dep === `__gemeinsam_${teil}`, `${teil} braucht ${dep}`);
      }
    }
    // The sharing code of all tools (tools::teilbar!) and their examples (tools::beispiel!) are
    // parts of their own.
    assert.ok(werkzeuge.includes('austausch'), werkzeuge.join());
    assert.ok(werkzeuge.includes('beispiele'), werkzeuge.join());
  });

  it('die Startseite lädt keinen Teil, ein Werkzeug nur seine eigenen', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    const geladen = geladeneTeile(seite);
    await oeffne(umg, seite, '#/');
    assert.deepEqual(geladen, [], 'die Startseite kommt ohne Werkzeugteile aus');
    // A deep link: the tool is the first page of the visit.
    await seite.goto(new URL('#/checklisten/vorlagen', umg.url).href);
    await seite.locator('main h1', { hasText: 'Vorlagen für Checklisten' }).waitFor();
    await seite.locator('main .nachladen').waitFor({ state: 'detached' });
    // Its own part, the shared code most parts need and its own rest of the shared code
    // (tools/teilen.py).
    assert.deepEqual([...geladen].sort(), ['gemeinsam', 'gemeinsam_checklisten', 'split_checklisten']);
    const anzahl = geladen.length;
    await wechsleZu(seite, '#/checklisten');
    await wechsleZu(seite, '#/checklisten/vorlagen');
    assert.equal(geladen.length, anzahl, 'ein zweiter Besuch lädt nichts nach');
    // A further tool needs only its own part and its rest of the shared code.
    await wechsleZu(seite, '#/wissenslandkarte');
    await seite.locator('main .nachladen').waitFor({ state: 'detached' });
    assert.deepEqual(geladen.slice(anzahl).sort(), ['gemeinsam_wissenslandkarte', 'split_wissenslandkarte']);
    // The pages of packages, a part of their own, need the sharing code of every tool
    // besides; the other pages of the Behördenaustausch need neither.
    const vorAustausch = geladen.length;
    await wechsleZu(seite, '#/behoerdenaustausch/formate');
    await seite.locator('main .nachladen').waitFor({ state: 'detached' });
    assert.deepEqual(geladen.slice(vorAustausch).sort(), ['gemeinsam_behoerdenaustausch', 'split_behoerdenaustausch']);
    const vorPaket = geladen.length;
    await wechsleZu(seite, '#/behoerdenaustausch/paket');
    await seite.locator('main .nachladen').waitFor({ state: 'detached' });
    assert.deepEqual(geladen.slice(vorPaket).sort(), ['gemeinsam_austausch', 'gemeinsam_behoerdenaustausch_paket',
      'split_austausch', 'split_behoerdenaustausch_paket']);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('ein Werkzeug mit weiterem Teil: die Übersicht lädt die Formulare nicht, ein tiefer Link nicht die Übersicht', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    const geladen = geladeneTeile(seite);
    await beispielportfolioLaden(umg, seite);
    assert.deepEqual([...geladen].sort(),
      ['gemeinsam', 'gemeinsam_beispiele', 'gemeinsam_multiprojektplan', 'split_beispiele', 'split_multiprojektplan'],
      'das Portfolio mit Beispiel kommt ohne die Projektseiten aus');
    const anzahl = geladen.length;
    const projekt = seite.locator('main table a[href^="#/multiprojektplan/projekt/"]').first();
    const href = await projekt.getAttribute('href');
    await projekt.click();
    await seite.locator('main h1', { hasText: /^Projekt / }).waitFor();
    assert.deepEqual(geladen.slice(anzahl).sort(), ['gemeinsam_multiprojektplan_projekt', 'split_multiprojektplan_projekt'],
      'die Projektseite lädt nur ihren Teil und dessen Rest nach');
    // A deep link to a project: the project's part and the shared code it needs, not the
    // portfolio's part.
    const zweite = await kontext.newPage();
    const tief = geladeneTeile(zweite);
    await zweite.goto(new URL(href, umg.url).href);
    await zweite.locator('main h1', { hasText: /^Projekt / }).waitFor();
    assert.deepEqual([...tief].sort(), ['gemeinsam', 'gemeinsam_multiprojektplan_projekt', 'split_multiprojektplan_projekt']);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('die Beispiele sind ein eigener Teil: erst „Beispiel laden“ holt ihn; nicht ladbar: Meldung, Daten unverändert', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    const geladen = geladeneTeile(seite);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Bezeichnung', 'Referat DG II 3');
    await warteGespeichert(seite);
    await wechsleZu(seite, '#/zielstufenplaner');
    await seite.locator('#beispiel-laden').waitFor();
    assert.ok(!geladen.includes('split_beispiele'), 'die leere Startseite eines Werkzeugs lädt die Beispiele nicht');
    const vorher = await speicherinhalt(seite);

    const sperre = await teilSperren(kontext, 'beispiele');
    await seite.locator('#beispiel-laden').click();
    const fehler = seite.locator('#beispiel-fehler');
    await fehler.waitFor({ timeout: 30_000 });
    assert.match(await fehler.innerText(), /Das Beispiel wurde nicht geöffnet/);
    assert.match(await fehler.innerText(), /Ihre Daten sind unverändert\./);
    assert.ok(sperre.anfragen >= 1, 'der Teil wurde angefragt');
    assert.deepEqual(await speicherinhalt(seite), vorher, 'der Speicher ist unverändert');
    assert.ok(await seite.locator('#beispiel-laden').isEnabled(), 'der Knopf steht für einen neuen Versuch bereit');
    await pruefeBarrierefreiheit(seite, 'Beispiel nicht ladbar');

    sperre.freigeben();
    await beispielLaden(seite);
    assert.ok(geladen.includes('split_beispiele'), geladen.join());
    const daten = await gespeicherteDaten(seite);
    assert.ok(daten.zielstufenplaner.leistungen.length > 0, 'das Beispiel ist im Arbeitsbereich');
    assert.equal(daten.metadaten.bezeichnung, 'Referat DG II 3', 'im geöffneten Arbeitsbereich');
    pruefeSauber(befunde, { erlaubteAusnahmen: [/Failed to load resource|TypeError: Failed to fetch|split_beispiele/] });
    await kontext.close();
  });

  it('Teil nicht ladbar: deutsche Meldung, Daten unverändert, „Erneut versuchen“ gelingt', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await beispielportfolioLaden(umg, seite);
    const vorher = await speicherinhalt(seite);
    // The settings are in the tool's further part (tools::seiten!).
    const sperre = await teilSperren(kontext, 'stakeholderanalyse_formulare');
    await wechsleZu(seite, '#/stakeholderanalyse/einstellungen');
    const fehler = seite.locator('#nachladefehler');
    await fehler.waitFor({ timeout: 30_000 });
    assert.match(await fehler.innerText(), /Das Werkzeug konnte nicht geladen werden/);
    assert.match(await fehler.innerText(), /Ihre Daten sind unverändert\./);
    // Asked for by the navigation and once more by the page it then shows.
    const bisher = sperre.anfragen;
    assert.ok(bisher >= 1, 'der Teil wurde angefragt');
    assert.deepEqual(await speicherinhalt(seite), vorher, 'der Speicher ist unverändert');
    await pruefeBarrierefreiheit(seite, 'Werkzeugseite mit Ladefehler');

    sperre.freigeben();
    await seite.getByRole('button', { name: 'Erneut versuchen' }).click();
    await fehler.waitFor({ state: 'detached' });
    await seite.locator('main form, main table, main fieldset').first().waitFor();
    assert.equal(sperre.anfragen, bisher + 1, '„Erneut versuchen“ lädt neu');
    assert.deepEqual(await speicherinhalt(seite), vorher, 'der Speicher ist weiter unverändert');
    pruefeSauber(befunde, { erlaubteAusnahmen: [/Failed to load resource|TypeError: Failed to fetch|split_stakeholderanalyse_formulare/] });

    // The sharing code (part `austausch`) the pages of packages need besides their own.
    const austausch = await teilSperren(kontext, 'austausch');
    await wechsleZu(seite, '#/behoerdenaustausch/paket-einlesen');
    await fehler.waitFor({ timeout: 30_000 });
    assert.match(await fehler.innerText(), /Das Werkzeug konnte nicht geladen werden/);
    assert.deepEqual(await speicherinhalt(seite), vorher, 'der Speicher ist unverändert');
    austausch.freigeben();
    await seite.getByRole('button', { name: 'Erneut versuchen' }).click();
    await fehler.waitFor({ state: 'detached' });
    await seite.locator('#ba-paketdatei').waitFor({ state: 'attached' });
    assert.deepEqual(await speicherinhalt(seite), vorher, 'der Speicher ist weiter unverändert');
    pruefeSauber(befunde, { erlaubteAusnahmen: [/Failed to load resource|TypeError: Failed to fetch|split_(stakeholderanalyse|austausch)/] });
    await kontext.close();
  });
});
