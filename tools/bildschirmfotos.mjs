// Screenshots of every page with the examples of all tools loaded, at the widths users have
// (390 px phone, 1280 px laptop, 1920 px desktop), so that squeezed columns, cut-off tables and
// walls of form fields are seen, not only measured. Writes full-page PNGs to
// target/bildschirmfotos/<breite>/<route>.png. Run after `make dist`:
//   node tools/bildschirmfotos.mjs [breite …] [--nur teil-der-route]
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { starteServer } from '../tests/e2e/server.mjs';

const args = process.argv.slice(2);
const nurIndex = args.indexOf('--nur');
const nur = nurIndex >= 0 ? args[nurIndex + 1] : null;
const breiten = args.filter((a, i) => /^\d+$/.test(a) && (nurIndex < 0 || i !== nurIndex + 1)).map(Number);
const BREITEN = breiten.length ? breiten : [390, 1280, 1920];

const server = await starteServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const kontext = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
const seite = await kontext.newPage();
await seite.goto(new URL('#/diagnose/seiten', server.url).href);
await seite.locator('#datenformat').waitFor();
const werkzeuge = [...new Set(await seite.$$eval('a[data-werkzeug]', (a) => a.map((l) => l.dataset.werkzeug)))];
for (const w of werkzeuge) {
  await seite.evaluate((r) => { location.hash = r; }, `#/${w}`);
  await seite.locator('#beispiel-laden').click();
  await seite.locator('#beispiel-laden').waitFor({ state: 'detached' });
}
await seite.locator('#speicherstatus', { hasText: 'Alle Änderungen gespeichert' }).waitFor();
await seite.evaluate(() => { location.hash = '#/diagnose/seiten'; });
await seite.locator('#datenformat').waitFor();
const routen = ['#/', '#/arbeitsbereiche', '#/sicherung',
  ...await seite.$$eval('a[data-werkzeug]', (a) => a.map((l) => l.getAttribute('href')))]
  .filter((r) => !nur || r.includes(nur));
for (const breite of BREITEN) {
  await mkdir(`target/bildschirmfotos/${breite}`, { recursive: true });
  await seite.setViewportSize({ width: breite, height: 900 });
  for (const route of routen) {
    await seite.evaluate((r) => { location.hash = r; }, route);
    await seite.waitForFunction((r) => location.hash === r, route);
    await seite.locator('main h1').waitFor();
    await seite.waitForTimeout(150);
    const name = route.replace(/^#\//, '').replace(/\//g, '_') || 'start';
    const masse = await seite.evaluate(() => ({
      breite: document.documentElement.scrollWidth, hoehe: document.documentElement.scrollHeight,
    }));
    await seite.screenshot({ path: `target/bildschirmfotos/${breite}/${name}.png`, fullPage: true });
    console.log(`${breite} px ${route}: ${masse.breite} × ${masse.hoehe} px`);
  }
}
await browser.close();
await server.schliessen();
