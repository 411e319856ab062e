// Tables that fit (issue "Pages that fit"): at 1280 × 900, with the examples of all tools
// loaded, the overview page of every registered tool shows its data in a Datentabelle whose
// default columns fit without horizontal scrolling, and no cell of a number, amount, date or
// ID column breaks onto a second line. Every other page of a tool that has a Datentabelle is
// held to the same rule. The pages come from the app's own page list, so a new tool is
// covered the day it is registered.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, alleBeispieleLaden, wechsleZu,
} from './hilfen.mjs';

/** What does not fit in the data tables on the current page. */
function befundeDerTabellen(seite) {
  return seite.evaluate(() => {
    const befunde = [];
    for (const rahmen of document.querySelectorAll('.datentabelle__rahmen')) {
      const name = rahmen.querySelector('caption')?.innerText.trim() ?? '(ohne Titel)';
      if (rahmen.scrollWidth > rahmen.clientWidth + 1) {
        befunde.push(`„${name}“ braucht ${rahmen.scrollWidth} px in ${rahmen.clientWidth} px`);
      }
      for (const zelle of rahmen.querySelectorAll('.datentabelle__zelle--zahl, .datentabelle__zelle--kurz')) {
        const text = zelle.innerText.trim();
        if (!text) continue;
        // A cell's text runs over more than one line if one piece of its text stands wholly
        // below another (badges with padding shift a piece's box, but it still overlaps the
        // line it stands on).
        const stuecke = [];
        const gang = document.createTreeWalker(zelle, NodeFilter.SHOW_TEXT);
        while (gang.nextNode()) {
          if (!gang.currentNode.textContent.trim()) continue;
          const bereich = document.createRange();
          bereich.selectNodeContents(gang.currentNode);
          stuecke.push(...[...bereich.getClientRects()].filter((r) => r.width > 0));
        }
        const umgebrochen = stuecke.some((a) => stuecke.some((b) => b.top >= a.bottom - 1));
        if (umgebrochen) befunde.push(`„${name}“: „${text}“ bricht um`);
      }
    }
    return befunde;
  });
}

describe('Tabellen', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('bei 1280 px passt jede Übersichtstabelle ohne Querscrollen, Zahlen und Daten brechen nicht um', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg, { breite: 1280, hoehe: 900 });
    await oeffne(umg, seite, '#/');
    const { werkzeuge, seiten } = await alleBeispieleLaden(seite);
    const probleme = [];
    for (const werkzeug of werkzeuge) {
      await wechsleZu(seite, `#/${werkzeug}`);
      const tabellen = await seite.locator('main .datentabelle__rahmen').count();
      if (tabellen === 0) probleme.push(`#/${werkzeug}: keine Datentabelle auf der Übersicht`);
    }
    for (const { route } of seiten) {
      await wechsleZu(seite, route);
      for (const befund of await befundeDerTabellen(seite)) probleme.push(`${route}: ${befund}`);
    }
    assert.deepEqual(probleme, []);
    pruefeSauber(befunde);
    await kontext.close();
  });
});
