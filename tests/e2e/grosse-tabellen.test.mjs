// Large tables (issue 14): with a generated portfolio of several hundred projects, the wide
// portfolio table, the portfolio as cards on a narrow screen and the timeline's table keep
// what a faster rendering (content-visibility: auto, or windowing) must not take away, for a
// row at the end of each table:
// - find in page: every row is in the DOM, Chromium's find selects a text of the last row, and
//   scrolled into view the row is rendered with a height;
// - printing: all rows print (content-visibility is `visible` in print, style/druck.css) and
//   are rendered;
// - screen readers: every row is in the browser's accessibility tree (role "row", counted with
//   CDP), and so is the content of the last row (not ignored);
// - keyboard: Tab reaches the last rows, and a focused row is in the viewport and rendered.
// These checks rejected content-visibility in Chromium 156 (see style/app.css): on cells a row
// reached with Tab moved out of view again; skipped rows and lists were missing from the
// accessibility tree. The data table renders a new set of rows in steps instead (first screen
// at once, the rest on the following frames, src/app/tabelle.rs): the first two tests check
// that it does, that it is aria-busy meanwhile, and that printing gets every row at once; the
// others run once every row is there. One server, one browser and one generated workspace
// serve all tests.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { umgebung, neueSeite, pruefeSauber } from './hilfen.mjs';

const PROJEKTE = 300;
const MEILENSTEINE = 3;
const ID = 'gross';
const BASIS = '#/multiprojektplan';

/** The data rows of the portfolio table (without group header rows). */
const PORTFOLIOZEILEN = '.portfolio .datentabelle__tabelle tbody tr:not(.datentabelle__gruppe)';
/** The project rows of the timeline's table. */
const ZEITPLANZEILEN = '#zeitplan-tabelle tbody tr:not(.zeitplan__tabellengruppe)';

/** The tables: where they are, the window width, the table, its project rows, and per row an
 *  element whose rendering is checked (checkVisibility with contentVisibilityAuto is false
 *  while the browser skips it) and an element whose text find in page looks for. */
const TABELLEN = [
  {
    name: 'Portfolio', pfad: BASIS, breite: 1280, tabelle: '.portfolio table', zeilen: PORTFOLIOZEILEN,
    inhalt: 'td[data-titel="Gesamtampel"] > *', fund: 'td:last-child',
  },
  {
    name: 'Portfolio als Karten (schmaler Bildschirm)', pfad: BASIS, breite: 400, tabelle: '.portfolio table',
    zeilen: PORTFOLIOZEILEN, inhalt: 'td[data-titel="Gesamtampel"] > *', fund: 'th a',
  },
  {
    name: 'Zeitplan als Tabelle', pfad: `${BASIS}/zeitplan`, breite: 1280, tabelle: '#zeitplan-tabelle table',
    zeilen: ZEITPLANZEILEN, inhalt: 'ul.zeitplan__meilensteinliste > li', fund: 'ul.zeitplan__meilensteinliste > li:last-child',
  },
];

/** Today in local time as JJJJ-MM-TT, so that generator and browser agree on "heute". */
function heute() {
  const d = new Date();
  const zwei = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${zwei(d.getMonth() + 1)}-${zwei(d.getDate())}`;
}

describe('Große Tabellen: Suche, Druck, Screenreader und Tastatur erreichen alle Zeilen', () => {
  let umg;
  let umschlag;
  before(async () => {
    umg = await umgebung();
    // The same generator as the browser benchmark (tools/messung_multiprojektplan.mjs), in the
    // debug profile whose library `cargo test` has already built (a release build would add
    // minutes).
    umschlag = execFileSync('cargo', [
      'run', '--locked', '--quiet', '--example', 'arbeitsbereich_erzeugen', '--',
      String(PROJEKTE), String(MEILENSTEINE), heute(),
    ], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] }).trim();
    assert.equal(JSON.parse(umschlag).daten.multiprojektplan.projekte.length, PROJEKTE);
  });
  after(() => umg.schliessen());

  /** A fresh page whose workspace is the generated portfolio, opened at `t.pfad` (the
   *  timeline with its table shown), once the table holds every project. */
  async function grossesPortfolio(t) {
    const { seite, kontext, befunde } = await neueSeite(umg, { breite: t.breite });
    // The page scrolls smoothly unless reduced motion is asked for; instant scrolling lets
    // the checks below read the final positions.
    await seite.emulateMedia({ reducedMotion: 'reduce' });
    await seite.addInitScript(([schluessel, text, einstellungen]) => {
      if (localStorage.getItem(schluessel) === null) {
        localStorage.setItem(schluessel, text);
        localStorage.setItem('upo-werkzeugkasten:einstellungen', einstellungen);
      }
    }, [`upo-werkzeugkasten:arbeitsbereich:${ID}:a`, umschlag, JSON.stringify({
      art: 'upo-werkzeugkasten-einstellungen', schema: 1,
      einstellungen: { aktiver_arbeitsbereich: ID, erinnerung_nach_tagen: 0, letzte_sicherung: {} },
    })]);
    await seite.goto(new URL(t.pfad, umg.url).href);
    await seite.locator('main h1').first().waitFor();
    if (t.pfad.endsWith('/zeitplan')) {
      await seite.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
    }
    await seite.waitForFunction(([s, n, tabelle]) => document.querySelectorAll(s).length === n
      && !document.querySelector(`${tabelle}[aria-busy]`), [t.zeilen, PROJEKTE, t.tabelle]);
    return { seite, kontext, befunde };
  }

  /** State of row `index` (negative: from the end) of table `t`: its Projekt-ID, the text find
   *  in page is to find, the content-visibility of the row and of its checked element, whether
   *  that element is rendered and its height, and whether the focused element lies in the row
   *  and in the viewport. */
  const zeilenzustand = (seite, t, index) => seite.evaluate(([t, i]) => {
    const alle = document.querySelectorAll(t.zeilen);
    const zeile = alle[i < 0 ? alle.length + i : i];
    const inhalt = zeile.querySelector(t.inhalt);
    const fokus = document.activeElement.getBoundingClientRect();
    return {
      kennung: zeile.querySelector('th a').textContent.trim(),
      text: zeile.querySelector(t.fund).textContent.trim(),
      inhaltsSichtbarkeit: [zeile, inhalt.parentElement, inhalt].map((e) => getComputedStyle(e).contentVisibility),
      gezeichnet: inhalt.checkVisibility({ contentVisibilityAuto: true }),
      hoehe: inhalt.getBoundingClientRect().height,
      fokusImFenster: zeile.contains(document.activeElement)
        && fokus.top >= 0 && fokus.bottom <= innerHeight && fokus.height > 0,
    };
  }, [t, index]);

  /** Waits until the browser renders row `index` of table `t` (with content-visibility it
   *  decides that on the next frames); fails after five seconds. */
  const wirdGezeichnet = (seite, t, index, meldung) => seite.waitForFunction(([t, i]) => {
    const alle = document.querySelectorAll(t.zeilen);
    return alle[alle.length + i].querySelector(t.inhalt).checkVisibility({ contentVisibilityAuto: true });
  }, [t, index], { timeout: 5000 }).catch(() => assert.fail(meldung));

  /** A fresh page with the generated portfolio whose init script watches the portfolio table
   *  from its first data row on: `window.__erste` holds the number of rows and the aria-busy
   *  state at that moment; with `drucken`, a `beforeprint` event is sent right then and
   *  `window.__druck` holds the rows before it and after the microtasks it started (no frame
   *  is drawn in between, so no step of growth can add rows). */
  async function beobachtetesPortfolio({ drucken = false } = {}) {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await seite.addInitScript(([schluessel, text, einstellungen, zeilen, drucken]) => {
      if (localStorage.getItem(schluessel) === null) {
        localStorage.setItem(schluessel, text);
        localStorage.setItem('upo-werkzeugkasten:einstellungen', einstellungen);
      }
      const beobachter = new MutationObserver(async () => {
        const anzahl = () => document.querySelectorAll(zeilen).length;
        if (anzahl() === 0) return;
        beobachter.disconnect();
        window.__erste = { zeilen: anzahl(), busy: document.querySelector('.portfolio table').getAttribute('aria-busy') };
        if (!drucken) return;
        const vorher = anzahl();
        window.dispatchEvent(new Event('beforeprint'));
        for (let i = 0; i < 200; i++) await Promise.resolve();
        window.__druck = { vorher, nachher: anzahl() };
      });
      beobachter.observe(document, { subtree: true, childList: true });
    }, [`upo-werkzeugkasten:arbeitsbereich:${ID}:a`, umschlag, JSON.stringify({
      art: 'upo-werkzeugkasten-einstellungen', schema: 1,
      einstellungen: { aktiver_arbeitsbereich: ID, erinnerung_nach_tagen: 0, letzte_sicherung: {} },
    }), PORTFOLIOZEILEN, drucken]);
    await seite.goto(new URL(BASIS, umg.url).href);
    await seite.locator('main h1').first().waitFor();
    return { seite, kontext, befunde };
  }

  /** Resolves once the portfolio table holds every project and is no longer aria-busy. */
  const alleZeilenDa = (seite) => seite.waitForFunction((n) => document.querySelectorAll(
    '.portfolio .datentabelle__tabelle tbody tr:not(.datentabelle__gruppe)').length === n
    && !document.querySelector('.portfolio table[aria-busy]'), PROJEKTE);

  it('Portfolio: die erste Bildschirmseite kommt sofort, die übrigen Zeilen folgen, bis dahin ist die Tabelle aria-busy', async () => {
    const { seite, kontext, befunde } = await beobachtetesPortfolio();
    await seite.waitForFunction(() => window.__erste !== undefined);
    const erste = await seite.evaluate(() => window.__erste);
    assert.ok(erste.zeilen > 0 && erste.zeilen < PROJEKTE, `erst ein Teil der Zeilen: ${JSON.stringify(erste)}`);
    assert.equal(erste.busy, 'true');
    await alleZeilenDa(seite);
    // Sorting starts again with the first screen (in the new order) and then brings every row.
    await seite.locator('.portfolio thead button', { hasText: 'Verzug' }).click();
    await seite.locator('.portfolio th[aria-sort="ascending"]', { hasText: 'Verzug' }).waitFor();
    await alleZeilenDa(seite);
    const verzug = await seite.evaluate(() => [...document.querySelectorAll(
      '.portfolio td[data-titel="Verzug (Tage)"]')].map((td) => td.textContent.trim()));
    const zahlen = verzug.filter((t) => t !== '–').map((t) => Number(t.replace('\u2212', '-').replace('+', '').replace('.', '')));
    assert.ok(zahlen.length > PROJEKTE / 2, `Verzug in den Zeilen: ${zahlen.length}`);
    assert.deepEqual(zahlen, [...zahlen].sort((a, b) => a - b), 'alle Zeilen aufsteigend nach Verzug');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('Portfolio: beim Drucken (beforeprint) sind sofort alle Zeilen da', async () => {
    const { seite, kontext, befunde } = await beobachtetesPortfolio({ drucken: true });
    await seite.waitForFunction(() => window.__druck !== undefined);
    const druck = await seite.evaluate(() => window.__druck);
    assert.ok(druck.vorher < PROJEKTE, `vor dem Drucken erst ein Teil: ${JSON.stringify(druck)}`);
    assert.equal(druck.nachher, PROJEKTE, 'nach beforeprint alle Zeilen, ohne einen Frame dazwischen');
    pruefeSauber(befunde);
    await kontext.close();
  });

  for (const t of TABELLEN) {
    it(`${t.name}: die Suche im Browser findet die letzte Zeile, ins Bild gerollt ist sie gezeichnet`, async () => {
      const { seite, kontext, befunde } = await grossesPortfolio(t);
      const { text } = await zeilenzustand(seite, t, -1);
      assert.ok(text.length > 0);
      // Find in page searches the DOM text, which must hold every row.
      assert.ok(await seite.evaluate((x) => document.querySelector('main').textContent.includes(x), text));
      // Chromium's find (window.find, like Strg+F), backwards from the end of the page,
      // selects the last occurrence: in the last row.
      const gefunden = await seite.evaluate((x) => {
        getSelection().collapse(document.body, document.body.childNodes.length);
        return window.find(x, true, true, false);
      }, text);
      assert.ok(gefunden, `window.find(${text})`);
      assert.ok(await seite.evaluate((s) => {
        const zeilen = document.querySelectorAll(s);
        return zeilen[zeilen.length - 1].contains(getSelection().anchorNode);
      }, t.zeilen), 'der Treffer liegt in der letzten Zeile');
      // Scrolled into view (as find in page does with its match), the row is rendered.
      await seite.evaluate(() => getSelection().getRangeAt(0).startContainer.parentElement
        .scrollIntoView({ block: 'center' }));
      await wirdGezeichnet(seite, t, -1, 'ins Bild gerollt wird die letzte Zeile gezeichnet');
      assert.ok((await zeilenzustand(seite, t, -1)).hoehe > 0);
      assert.ok(await seite.evaluate(() => {
        const r = getSelection().getRangeAt(0).getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
      }), 'der Treffer ist im Fenster');
      pruefeSauber(befunde);
      await kontext.close();
    });

    it(`${t.name}: der Druck zeigt alle Zeilen`, async () => {
      const { seite, kontext, befunde } = await grossesPortfolio(t);
      await seite.emulateMedia({ media: 'print' });
      for (const index of [-3, -2, -1]) {
        const z = await zeilenzustand(seite, t, index);
        assert.deepEqual(z.inhaltsSichtbarkeit, ['visible', 'visible', 'visible'], `Zeile ${index} im Druck`);
        assert.equal(z.gezeichnet, true, `Zeile ${index} wird gedruckt`);
        assert.ok(z.hoehe > 0);
      }
      pruefeSauber(befunde);
      await kontext.close();
    });

    it(`${t.name}: Screenreader bekommen alle Zeilen und ihren Inhalt (Zugänglichkeitsbaum)`, async () => {
      const { seite, kontext, befunde } = await grossesPortfolio(t);
      const cdp = await kontext.newCDPSession(seite);
      await cdp.send('Accessibility.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: t.tabelle });
      const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId, role: 'row' });
      const gruppenzeilen = await seite.evaluate((s) => document.querySelectorAll(
        `${s} tbody tr.datentabelle__gruppe, ${s} tbody tr.zeitplan__tabellengruppe`).length, t.tabelle);
      // One header row, one row per project, one per group title.
      assert.equal(nodes.length, 1 + PROJEKTE + gruppenzeilen);
      // The content of the last row, far off screen, is in the tree and not ignored.
      const letzte = await zeilenzustand(seite, t, -1);
      for (const name of new Set([letzte.kennung, letzte.text])) {
        const { nodes: treffer } = await cdp.send('Accessibility.queryAXTree', { nodeId, accessibleName: name });
        assert.ok(treffer.some((n) => !n.ignored), `„${name}“ im Zugänglichkeitsbaum: ${JSON.stringify(treffer)}`);
      }
      pruefeSauber(befunde);
      await kontext.close();
    });

    it(`${t.name}: die Tabulatortaste erreicht die letzten Zeilen, fokussiert sind sie sichtbar`, async () => {
      const { seite, kontext, befunde } = await grossesPortfolio(t);
      // Start from the link of the fourth row from the end, back at the top of the page, then
      // Tab on: the keyboard alone reaches the rows after it.
      await seite.evaluate((s) => [...document.querySelectorAll(s)].at(-4).querySelector('a').focus(), t.zeilen);
      await seite.evaluate(() => scrollTo(0, 0));
      for (const index of [-3, -2, -1]) {
        await seite.keyboard.press('Tab');
        const fokus = await seite.evaluate(([s, i]) => {
          const alle = document.querySelectorAll(s);
          return alle[alle.length + i].contains(document.activeElement) && document.activeElement.matches('a');
        }, [t.zeilen, index]);
        assert.ok(fokus, `Tab erreicht den Link der Zeile ${index}`);
        // The browser scrolls the focused link into view, and it stays there.
        await wirdGezeichnet(seite, t, index, `Zeile ${index} fokussiert gezeichnet`);
        await seite.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
        const z = await zeilenzustand(seite, t, index);
        assert.ok(z.hoehe > 0 && z.fokusImFenster, `Zeile ${index} fokussiert im Fenster: ${JSON.stringify(z)}`);
      }
      pruefeSauber(befunde);
      await kontext.close();
    });
  }
});
