// "No network" is enforced, not promised: the shipped index.html carries a strict CSP without
// inline code, every asset is local, and the guards of this suite really catch a violation.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { umgebung, neueSeite, oeffne, pruefeSauber } from './hilfen.mjs';

describe('Netz und Content-Security-Policy', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('dist/index.html hat eine strenge CSP und keinen Inline-Code', async () => {
    const html = await readFile('dist/index.html', 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(csp, 'CSP-Meta vorhanden');
    const regeln = Object.fromEntries(csp.split(';').map((r) => r.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(regeln['default-src'], ["'self'"]);
    assert.deepEqual(regeln['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(regeln['connect-src'], ["'self'"]);
    assert.ok(!csp.includes('unsafe-inline'), 'kein unsafe-inline');
    for (const skript of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      assert.ok(skript[1].includes('src='), 'nur externe Skripte');
      assert.equal(skript[2].trim(), '');
    }
    assert.ok(!/\sstyle=/.test(html), 'keine style-Attribute');
  });

  it('keine Datei der Auslieferung verweist auf fremde Adressen zum Nachladen', async () => {
    const dateien = (await readdir('dist')).filter((d) => /\.(css|js|html)$/.test(d));
    for (const datei of dateien) {
      const text = await readFile(`dist/${datei}`, 'utf8');
      assert.ok(!/url\(\s*["']?(https?:)?\/\//.test(text), `${datei} lädt aus dem Netz`);
      assert.ok(!/@import\s+["']?(url\()?\s*["']?https?:/.test(text), `${datei} importiert aus dem Netz`);
    }
  });

  it('die Wächter erkennen einen Verbindungsversuch nach außen', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/');
    // Resolves once the browser has reported the blocked connection.
    await seite.evaluate(() => new Promise((gemeldet) => {
      document.addEventListener('securitypolicyviolation', () => gemeldet(), { once: true });
      fetch('https://beispiel.invalid/telemetrie').catch(() => null);
    }));
    // The guard's report travels to Node separately; a few round trips let it arrive.
    for (let i = 0; i < 50 && befunde.csp.length === 0; i++) await seite.evaluate(() => 0);
    assert.ok(befunde.csp.some((v) => v.startsWith('connect-src')), `CSP meldet: ${befunde.csp}`);
    assert.throws(() => pruefeSauber(befunde));
    await kontext.close();
  });
});
