// Keyboard only: the skip link, walking the navigation with Tab and Enter, visible focus on
// everything that takes focus, no keyboard trap, and reflow at 320 px (WCAG 1.4.10).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { umgebung, neueSeite, oeffne, pruefeSauber, fokusAufHauptueberschrift } from './hilfen.mjs';

/** Describes the focused element: tag, text and href, plus whether its focus is visible. */
const fokus = (seite) => seite.evaluate(() => {
  const el = document.activeElement;
  const stil = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(),
    text: (el.innerText || el.getAttribute('aria-label') || '').trim(),
    href: el.getAttribute('href'),
    imNav: !!el.closest('nav[aria-label="Hauptnavigation"]'),
    sichtbar: (stil.outlineStyle !== 'none' && parseFloat(stil.outlineWidth) >= 2)
      || stil.boxShadow !== 'none',
  };
});

/** Presses Tab until the focused element matches, at most `max` times; returns the steps. */
async function tabBis(seite, passt, max = 60) {
  for (let schritt = 1; schritt <= max; schritt++) {
    await seite.keyboard.press('Tab');
    const f = await fokus(seite);
    if (passt(f)) return f;
  }
  throw new Error('Ziel mit der Tabulatortaste nicht erreicht');
}

describe('Tastatur', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('der erste Tab erreicht den Sprunglink, Enter springt zum Hauptinhalt', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/datenschutz');
    await seite.keyboard.press('Tab');
    const erster = await fokus(seite);
    assert.equal(erster.text, 'Zum Hauptinhalt springen');
    assert.ok(erster.sichtbar, 'Sprunglink zeigt den Fokus');
    assert.ok(await seite.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }), 'Sprunglink ist bei Fokus sichtbar');
    await seite.keyboard.press('Enter');
    await seite.waitForFunction(() => document.activeElement?.id === 'hauptinhalt');
    // The route is untouched: a reload still shows the same page.
    assert.equal(new URL(seite.url()).hash, '#/datenschutz');
    await seite.keyboard.press('Tab');
    const danach = await fokus(seite);
    assert.equal(danach.imNav, false, 'nach dem Sprung geht es im Inhalt weiter, nicht in der Navigation');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('jeder Link der Hauptnavigation ist mit Tab und Enter erreichbar', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/ueber');
    const ziele = await seite.$$eval('nav[aria-label="Hauptnavigation"] a',
      (links) => links.map((a) => a.getAttribute('href')));
    assert.ok(ziele.length >= 1);
    for (const ziel of ziele) {
      // Start from the top of the page each time, as a keyboard user would after loading.
      await oeffne(umg, seite, '#/ueber');
      const f = await tabBis(seite, (f) => f.imNav && f.href === ziel);
      assert.ok(f.sichtbar, `sichtbarer Fokus auf ${ziel}`);
      await seite.keyboard.press('Enter');
      await seite.waitForFunction((z) => location.hash === z, ziel);
      await fokusAufHauptueberschrift(seite);
    }
    // The footer links too, without a mouse.
    await oeffne(umg, seite, '#/');
    await tabBis(seite, (f) => f.text === 'Barrierefreiheit');
    await seite.keyboard.press('Enter');
    await seite.waitForFunction(() => document.title.startsWith('Erklärung zur Barrierefreiheit'));
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('alle fokussierbaren Elemente sind erreichbar, zeigen den Fokus, und es gibt keine Falle', async () => {
    for (const route of ['#/', '#/datenschutz', '#/barrierefreiheit', '#/ueber']) {
      const { seite, kontext, befunde } = await neueSeite(umg);
      await oeffne(umg, seite, route);
      const anzahl = await seite.$$eval('a[href], button, input, select, textarea, [tabindex="0"]',
        // Hidden controls (the "Menü" button is only shown below 768 px) cannot take focus.
        (els) => els.filter((e) => !e.disabled && e.getClientRects().length > 0).length);
      const gesehen = new Set();
      for (let i = 0; i < anzahl + 5; i++) {
        await seite.keyboard.press('Tab');
        const f = await fokus(seite);
        if (f.tag === 'body') continue;
        assert.ok(f.sichtbar, `kein sichtbarer Fokus auf ${f.tag} „${f.text}“ (${route})`);
        gesehen.add(await seite.evaluate(() => {
          const el = document.activeElement;
          return [...document.querySelectorAll('*')].indexOf(el);
        }));
      }
      assert.ok(gesehen.size >= anzahl, `${gesehen.size} von ${anzahl} Elementen erreicht (${route})`);
      pruefeSauber(befunde);
      await kontext.close();
    }
  });

  it('bei 320 px Breite gibt es keinen waagerechten Bildlauf', async () => {
    for (const route of ['#/', '#/datenschutz', '#/barrierefreiheit', '#/ueber', '#/unbekannt']) {
      const { seite, kontext, befunde } = await neueSeite(umg, { breite: 320, hoehe: 640 });
      await oeffne(umg, seite, route);
      const breite = await seite.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(breite <= 320, `${route}: Seitenbreite ${breite} px`);
      pruefeSauber(befunde);
      await kontext.close();
    }
  });
});
