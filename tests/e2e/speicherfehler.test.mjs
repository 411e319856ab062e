// One test per fault of the data layer: each gets a clear German message, and the user's data
// stays untouched.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, pruefeBarrierefreiheit, speicherinhalt,
  arbeitsbereichSchluessel, warteGespeichert, feldSetzen, umschlag, arbeitsbereichDaten, PRAEFIX,
  herunterladen, gespeicherteMetadaten, entpackt, gepackteLaenge,
} from './hilfen.mjs';

const einstellungen = (id) => JSON.stringify({
  art: 'upo-werkzeugkasten-einstellungen', schema: 1,
  einstellungen: { aktiver_arbeitsbereich: id, erinnerung_nach_tagen: 0, letzte_sicherung: {} },
});

/** Opens the app once (same origin), writes `eintraege` into local storage and reloads. */
async function mitGespeichertem(umg, seite, eintraege, pfad = '#/') {
  await oeffne(umg, seite, '#/datenschutz');
  await seite.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, eintraege);
  await seite.goto(new URL(pfad, umg.url).href);
  await seite.reload();
  await seite.locator('main h1').waitFor();
}

/** Fills local storage with a foreign entry until a real QuotaExceededError leaves at most
 *  `rest` characters free. Returns the number of characters stored. */
function fuelleSpeicher(seite, rest = 0) {
  return seite.evaluate((rest) => {
    let block = 1 << 20;
    let fuellung = '';
    let teil = 0;
    while (block >= 1) {
      const kandidat = 'x'.repeat(block);
      try {
        localStorage.setItem(`fuellung-${teil}`, kandidat);
        teil++;
      } catch (fehler) {
        if (fehler.name !== 'QuotaExceededError') throw fehler;
        block = Math.floor(block / 2);
      }
    }
    if (rest > 0) localStorage.removeItem('fuellung-0');
    return teil;
  }, rest);
}

describe('Fehlerfälle der Datenhaltung', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('überschreibt unlesbare Daten nie und öffnet die Wiederherstellung', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    const schluessel = `${PRAEFIX}arbeitsbereich:kaputt:a`;
    const muell = '{"art":"upo-werkzeugkasten-arbeitsbereich", Müll';
    await mitGespeichertem(umg, seite, { [schluessel]: muell, [`${PRAEFIX}einstellungen`]: einstellungen('kaputt') });
    await seite.getByRole('heading', { level: 1, name: 'Arbeitsbereich wiederherstellen' }).waitFor();
    assert.match(seite.url(), /#\/wiederherstellung\/kaputt$/);
    const text = await seite.locator('main').innerText();
    assert.match(text, /kein gültiges JSON \(Fehler in Zeile 1, Spalte \d+\)/);
    assert.match(text, /bleiben unverändert erhalten/);
    assert.match(await seite.locator('#speicherstatus').innerText(), /Wiederherstellung nötig/);
    await pruefeBarrierefreiheit(seite, 'Wiederherstellung');

    // Working elsewhere in the app writes nothing over the damaged entry.
    await seite.waitForTimeout(1200);
    assert.equal((await speicherinhalt(seite))[schluessel], muell);

    const download = await herunterladen(seite, seite.getByRole('button', { name: 'Gespeicherte Daten unverändert herunterladen' }));
    assert.match(download.name, /^upo-gespeicherte-daten-kaputt-\d{4}-\d{2}-\d{2}\.json$/);
    const datei = JSON.parse(download.inhalt);
    assert.deepEqual(datei.eintraege, [{ schluessel, inhalt: muell }]);

    // A fresh workspace beside it; the damaged one stays and is listed as such.
    await seite.getByRole('button', { name: 'Leeren Arbeitsbereich anlegen' }).click();
    await seite.getByRole('heading', { level: 1, name: 'Arbeitsbereiche' }).waitFor();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Neuer Arbeitsbereich' }).waitFor();
    await seite.locator('td', { hasText: 'Beschädigt: Die gespeicherten Daten sind beschädigt' }).waitFor();
    assert.equal((await speicherinhalt(seite))[schluessel], muell);

    await seite.reload();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Neuer Arbeitsbereich' }).waitFor();
    assert.equal((await speicherinhalt(seite))[schluessel], muell);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('legt unlesbare Einstellungen beiseite, statt sie zu überschreiben', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    const daten = arbeitsbereichDaten('einst', 'Mit kaputten Einstellungen');
    await mitGespeichertem(umg, seite, {
      [`${PRAEFIX}arbeitsbereich:einst:a`]: umschlag(daten),
      [`${PRAEFIX}einstellungen`]: '{"art": "upo-werkzeugkasten-einstellungen", kaputt',
    });
    // The only workspace opens; the damaged settings text is kept under its own key.
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Mit kaputten Einstellungen' }).waitFor();
    const inhalt = await speicherinhalt(seite);
    const beiseite = Object.keys(inhalt).filter((k) => k.startsWith(`${PRAEFIX}einstellungen:unlesbar-`));
    assert.equal(beiseite.length, 1);
    assert.equal(inhalt[beiseite[0]], '{"art": "upo-werkzeugkasten-einstellungen", kaputt');
    assert.equal(JSON.parse(inhalt[`${PRAEFIX}einstellungen`]).einstellungen.aktiver_arbeitsbereich, 'einst');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('lädt nach einem unterbrochenen Schreibvorgang nicht den halben Stand, sondern bietet die vorige Revision', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    const daten = arbeitsbereichDaten('halb', 'Programm Nord');
    const voll = umschlag(daten, { revision: 4 });
    const neu = umschlag({ ...daten, metadaten: { ...daten.metadaten, ressort: 'BMF' } }, { revision: 5 });
    const halb = neu.slice(0, Math.floor(neu.length / 2));
    const a = `${PRAEFIX}arbeitsbereich:halb:a`;
    const b = `${PRAEFIX}arbeitsbereich:halb:b`;
    await mitGespeichertem(umg, seite, { [a]: voll, [b]: halb, [`${PRAEFIX}einstellungen`]: einstellungen('halb') });
    await seite.getByRole('heading', { level: 1, name: 'Arbeitsbereich wiederherstellen' }).waitFor();
    assert.match(await seite.locator('main').innerText(), /Speicherplatz B: Die gespeicherten Daten sind unvollständig/);
    assert.match(await seite.locator('main').innerText(), /Revision 4 vom .*„Programm Nord“/);
    await seite.getByRole('button', { name: 'Letzte intakte Fassung als neuen Arbeitsbereich öffnen' }).click();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Programm Nord (wiederhergestellt)' }).waitFor();
    assert.equal(await seite.getByLabel('Ressort – optional', { exact: true }).inputValue(), 'BMI');
    const inhalt = await speicherinhalt(seite);
    assert.equal(inhalt[a], voll);
    assert.equal(inhalt[b], halb);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('behält bei vollem Speicher (echter QuotaExceededError) die Änderung und bietet die Sicherung an', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    seite.on('dialog', (d) => d.accept());
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Bezeichnung', 'Voller Speicher');
    await warteGespeichert(seite);
    const vorher = await speicherinhalt(seite);
    await fuelleSpeicher(seite);

    await feldSetzen(seite, 'Behörde – optional', 'Diese Änderung passt nicht mehr hinein');
    const banner = seite.locator('[role="alert"]', { hasText: 'Nicht gespeichert: Der Speicher ist voll' });
    await banner.waitFor();
    assert.match(await banner.innerText(), /Belegt: 5,0\sMB von 5,0\sMB \((99|100)\s%\)/);
    assert.match(await seite.locator('#speicherstatus').innerText(), /Nicht gespeichert – der Speicher ist voll/);
    // The stored workspace is still the previous revision; the change lives in the page.
    const nachher = await speicherinhalt(seite);
    for (const k of arbeitsbereichSchluessel(vorher)) assert.equal(nachher[k], vorher[k]);
    assert.equal(await seite.getByLabel('Behörde – optional', { exact: true }).inputValue(), 'Diese Änderung passt nicht mehr hinein');
    await pruefeBarrierefreiheit(seite, 'Speicher voll');

    // Switching away would drop the unsaved change: refused until it is in a backup file.
    const neuFeld = seite.getByLabel('Bezeichnung des neuen Arbeitsbereichs');
    await neuFeld.fill('Anderer Bereich');
    await seite.getByRole('button', { name: 'Anlegen und öffnen' }).click();
    await seite.locator('#neu-bezeichnung-fehler', { hasText: 'Die Änderungen in „Voller Speicher“ sind nicht gespeichert' }).waitFor();

    const download = await herunterladen(seite, banner.getByRole('button', { name: 'Sicherung herunterladen' }));
    const datei = JSON.parse(download.inhalt);
    assert.equal(datei.arbeitsbereiche[0].daten.metadaten.behoerde, 'Diese Änderung passt nicht mehr hinein');
    // With the backup in hand, switching is allowed; the full storage still refuses the new one.
    await seite.getByRole('button', { name: 'Anlegen und öffnen' }).click();
    await seite.locator('#neu-bezeichnung-fehler', { hasText: 'Der Speicher des Browsers ist voll. Der neue Arbeitsbereich wurde nicht angelegt.' }).waitFor();
    assert.match(await seite.locator('#aktueller-arbeitsbereich').innerText(), /Voller Speicher/);

    // Space freed: the next change is saved, together with the one that did not fit.
    await seite.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('fuellung-')) localStorage.removeItem(k);
    });
    await feldSetzen(seite, 'Ressort – optional', 'BMI');
    await warteGespeichert(seite);
    await banner.waitFor({ state: 'detached' });
    await seite.reload();
    await seite.locator('main h1').waitFor();
    assert.equal(await seite.getByLabel('Behörde – optional', { exact: true }).inputValue(), 'Diese Änderung passt nicht mehr hinein');
    pruefeSauber(befunde, { erlaubteAusnahmen: [/QuotaExceeded/] });
    await kontext.close();
  });

  it('warnt ab 80 % Belegung und zeigt den Bedarf je Arbeitsbereich', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Bezeichnung', 'Messung');
    await warteGespeichert(seite);
    await seite.evaluate(() => localStorage.setItem('andere-anwendung', 'y'.repeat(4_300_000)));
    await seite.reload();
    await seite.locator('main h1').waitFor();
    const text = await seite.locator('main').innerText();
    assert.match(text, /Belegt: 4,\d\sMB von etwa 5,0\sMB \(8\d %\)/);
    assert.match(text, /Der Speicher wird knapp/);
    assert.match(text, /Davon belegen andere Anwendungen unter derselben Adresse 4,1\sMB/);
    assert.match(text, /Messung[\s\S]*\d+\sByte/);
    assert.ok(await seite.locator('progress.speicheranzeige').getAttribute('value') >= 80);
    // The browser's answer to navigator.storage.persist() is shown in words.
    assert.match(text, /Der Browser hat (zugesagt, diese Daten dauerhaft aufzubewahren|dauerhafte Speicherung nicht zugesagt)|Dauerhafte Speicherung wurde noch nicht angefragt/);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('arbeitet ohne lokalen Speicher im Arbeitsspeicher und warnt dauerhaft', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    // As with a policy that blocks site data: the property itself throws.
    await seite.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('Der Zugriff wurde verweigert.', 'SecurityError'); },
      });
    });
    await oeffne(umg, seite, '#/arbeitsbereiche');
    const warnung = seite.locator('.kern-alert', { hasText: 'Es wird nichts gespeichert' });
    await warnung.waitFor();
    await feldSetzen(seite, 'Behörde – optional', 'Nur im Speicher');
    assert.equal(await seite.getByLabel('Behörde – optional', { exact: true }).inputValue(), 'Nur im Speicher');
    assert.match(await seite.locator('#speicherstatus').innerText(), /Nicht gespeichert – der Browser erlaubt keinen Speicher/);
    // Still there on every page.
    await seite.getByRole('link', { name: 'Übersicht' }).click();
    await warnung.waitFor();
    const download = await herunterladen(seite, warnung.getByRole('button', { name: 'Sicherung herunterladen' }));
    const datei = JSON.parse(download.inhalt);
    assert.equal(datei.arbeitsbereiche[0].daten.metadaten.behoerde, 'Nur im Speicher');
    await pruefeBarrierefreiheit(seite, 'ohne Speicher');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('zeigt Daten einer neueren Version schreibgeschützt an und schreibt sie nie', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    const daten = arbeitsbereichDaten('zukunft', 'Aus der Zukunft', { neues_werkzeug: { eintraege: [1, 2, 3] } });
    const text = umschlag(daten, { schema: 7, revision: 30, appVersion: '3.2.0' });
    const schluessel = `${PRAEFIX}arbeitsbereich:zukunft:a`;
    await mitGespeichertem(umg, seite, { [schluessel]: text, [`${PRAEFIX}einstellungen`]: einstellungen('zukunft') }, '#/arbeitsbereiche');
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Aus der Zukunft' }).waitFor();
    const hinweis = seite.locator('.kern-alert', { hasText: 'Schreibgeschützt: gespeichert mit einer neueren Version' });
    await hinweis.waitFor();
    assert.match(await hinweis.innerText(), /Version 3\.2\.0/);
    assert.match(await seite.locator('#speicherstatus').innerText(), /Schreibgeschützt/);
    assert.ok(await seite.getByLabel('Behörde – optional', { exact: true }).isDisabled());
    assert.equal(await seite.getByLabel('Behörde – optional', { exact: true }).inputValue(), 'Bundesamt für Tests');
    await seite.locator('main h1').click();
    await seite.keyboard.press('Control+z');
    await seite.waitForTimeout(800);
    assert.equal((await speicherinhalt(seite))[schluessel], text);
    await pruefeBarrierefreiheit(seite, 'schreibgeschützt');
    // Its backup carries the stored envelope unchanged, unknown fields included.
    await oeffne(umg, seite, '#/sicherung');
    const download = await herunterladen(seite, seite.getByRole('button', { name: 'Geöffneten Arbeitsbereich sichern' }));
    const datei = JSON.parse(download.inhalt);
    assert.deepEqual(datei.arbeitsbereiche, [JSON.parse(text)]);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('zwei Tabs: übernimmt fremde Speicherungen, überschreibt nie neuere Daten und verliert nichts', async () => {
    const { seite: a, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, a, '#/arbeitsbereiche');
    await feldSetzen(a, 'Bezeichnung', 'Gemeinsam');
    await warteGespeichert(a);
    const b = await kontext.newPage();
    b.on('pageerror', (f) => befunde.ausnahmen.push(String(f)));
    await oeffne(umg, b, '#/arbeitsbereiche');
    await b.locator('#aktueller-arbeitsbereich', { hasText: 'Gemeinsam' }).waitFor();

    // B has no unsaved changes: it shows A's save and says so.
    await feldSetzen(a, 'Behörde – optional', 'Von Tab A');
    await warteGespeichert(a);
    await b.waitForFunction(() => document.querySelector('#ab-behoerde').value === 'Von Tab A');
    await b.locator('.kern-alert', { hasText: 'in einem anderen Tab geändert' }).waitFor();

    // Both change at once: the tab that learns of the other's newer save stops writing.
    await feldSetzen(b, 'Ressort – optional', 'Von Tab B');
    await feldSetzen(a, 'Verantwortlich – optional', 'Von Tab A');
    const konflikt = (p) => p.locator('[role="alert"]', { hasText: 'In einem anderen Tab geändert' });
    await Promise.race([konflikt(a).waitFor(), konflikt(b).waitFor()]);
    const [verlierer, gewinner] = (await konflikt(a).count()) > 0 ? [a, b] : [b, a];
    assert.equal(await konflikt(gewinner).count(), 0);
    const gespeichert = await speicherinhalt(a);
    const [schluessel] = arbeitsbereichSchluessel(gespeichert);
    const stand = JSON.parse(entpackt(gespeichert[schluessel]));
    const eigenerWert = verlierer === a
      ? ['verantwortlich', 'Von Tab A'] : ['ressort', 'Von Tab B'];
    assert.notEqual(stand.daten.metadaten[eigenerWert[0]], eigenerWert[1], 'die Speicherung des anderen Tabs blieb erhalten');
    await pruefeBarrierefreiheit(verlierer, 'Konflikt zwischen Tabs');

    // "Save mine as a new workspace": both versions are kept.
    await konflikt(verlierer).getByRole('button', { name: 'Meine Fassung als neuen Arbeitsbereich speichern' }).click();
    await verlierer.locator('#aktueller-arbeitsbereich', { hasText: 'Gemeinsam (Fassung aus diesem Tab)' }).waitFor();
    await warteGespeichert(verlierer);
    const alle = await gespeicherteMetadaten(a);
    assert.equal(alle.length, 2);
    assert.ok(alle.some((m) => m[eigenerWert[0]] === eigenerWert[1] && m.bezeichnung.endsWith('(Fassung aus diesem Tab)')));
    assert.ok(alle.some((m) => m.bezeichnung === 'Gemeinsam'));

    // Deleted in one tab while open in the other: the other keeps it and can save it again.
    await oeffne(umg, gewinner, '#/arbeitsbereiche');
    await verlierer.getByRole('button', { name: 'Löschen: Gemeinsam (Fassung aus diesem Tab)' }).waitFor();
    await gewinner.getByRole('button', { name: 'Löschen: Gemeinsam (Fassung aus diesem Tab)' }).click();
    await gewinner.getByRole('dialog').getByRole('button', { name: 'Endgültig löschen' }).click();
    const geloescht = verlierer.locator('[role="alert"]', { hasText: 'In einem anderen Tab gelöscht' });
    await geloescht.waitFor();
    await geloescht.getByRole('button', { name: 'Wieder speichern' }).click();
    await warteGespeichert(verlierer);
    const danach = await gespeicherteMetadaten(a);
    assert.equal(danach.length, 2);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('lehnt jede fehlerhafte Sicherungsdatei mit eigener Meldung ab und ändert nichts', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Bezeichnung', 'Bestand');
    await warteGespeichert(seite);
    await oeffne(umg, seite, '#/sicherung');
    const vorher = await speicherinhalt(seite);

    const daten = arbeitsbereichDaten('import-1', 'Aus der Datei');
    const sicherung = (umschlaege, format = 1) => JSON.stringify({
      art: 'upo-werkzeugkasten-sicherung', format, app_version: format > 1 ? '3.0.0' : '0.1.0',
      erstellt_am: '2026-11-28T10:00:00.000Z', arbeitsbereiche: umschlaege.map((u) => JSON.parse(u)),
    }, null, 2);
    const gut = sicherung([umschlag(daten)]);
    const faelle = [
      ['leer.json', '', /Die Datei ist leer\./],
      ['tabelle.csv', 'Projekt;Status\nA;grün\n', /kein gültiges JSON \(Fehler in Zeile 1, Spalte 1\)/],
      ['abgeschnitten.json', gut.slice(0, gut.length - 40), /Die Datei ist unvollständig/],
      ['export.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), /Das ist eine Excel- oder ZIP-Datei/],
      ['andere.json', '{"name":"Haushaltsplan"}', /keine Sicherung des UPO-Werkzeugkastens: Die Kennzeichnung „art“ fehlt/],
      ['fremd.json', '{"art":"andere-anwendung"}', /keine Sicherung des UPO-Werkzeugkastens \(Art „andere-anwendung“\)/],
      ['neuer.json', sicherung([umschlag(daten)], 2), /mit einer neueren Version des Werkzeugkastens erstellt \(Version 3\.0\.0, Dateiformat 2\)/],
      ['neues-schema.json', sicherung([umschlag(daten, { schema: 9, appVersion: '4.0.0' })]), /Arbeitsbereich Nr\. 1 stammt aus einer neueren Version des Werkzeugkastens \(4\.0\.0\)/],
      ['veraendert.json', gut.replace('Aus der Datei', 'Aus der Datei!'), /Arbeitsbereich Nr\. 1 .*Die Prüfsumme stimmt nicht/],
      ['riesig.json', Buffer.alloc(21 * 1024 * 1024, 32), /ist mit 21,0\sMB zu groß/],
    ];
    const feld = seite.getByLabel('Sicherungsdatei (.json)');
    const meldungen = new Set();
    for (const [name, inhalt, erwartet] of faelle) {
      await feld.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(inhalt) });
      const alarm = seite.locator('[role="alert"]', { hasText: 'Die Datei kann nicht eingespielt werden' });
      await alarm.locator('p', { hasText: name }).waitFor();
      const text = await alarm.innerText();
      assert.match(text, erwartet, name);
      assert.match(text, /Es wurde nichts verändert\./);
      meldungen.add(text.replace(name, ''));
    }
    assert.equal(meldungen.size, faelle.length, 'jede Datei bekommt ihre eigene Meldung');
    await pruefeBarrierefreiheit(seite, 'abgelehnte Sicherung');
    assert.deepEqual(await speicherinhalt(seite), vorher);

    // The good file still goes through afterwards.
    await feld.setInputFiles({ name: 'gut.json', mimeType: 'application/json', buffer: Buffer.from(gut) });
    await seite.getByRole('button', { name: 'Als neuen Arbeitsbereich einspielen' }).click();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Aus der Datei' }).waitFor();
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('spielt bei vollem Speicher nichts halb ein', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Bezeichnung', 'Bestand');
    await warteGespeichert(seite);
    await oeffne(umg, seite, '#/sicherung');
    const eins = umschlag(arbeitsbereichDaten('imp-a', 'Erster aus der Datei'));
    const zwei = umschlag(arbeitsbereichDaten('imp-b', 'Zweiter aus der Datei'));
    const datei = JSON.stringify({
      art: 'upo-werkzeugkasten-sicherung', format: 1, app_version: '0.1.0',
      erstellt_am: '2026-11-28T10:00:00.000Z', arbeitsbereiche: [JSON.parse(eins), JSON.parse(zwei)],
    });
    // Room for the first workspace, not for the second.
    await fuelleSpeicher(seite);
    await seite.evaluate((frei) => {
      const gross = localStorage.getItem('fuellung-0');
      localStorage.removeItem('fuellung-0');
      localStorage.setItem('fuellung-0', gross.slice(0, gross.length - frei));
    }, gepackteLaenge(eins) + 200);
    const vorher = await speicherinhalt(seite);
    await seite.getByLabel('Sicherungsdatei (.json)').setInputFiles({
      name: 'zwei.json', mimeType: 'application/json', buffer: Buffer.from(datei),
    });
    await seite.getByRole('button', { name: 'Als neue Arbeitsbereiche einspielen' }).click();
    const alarm = seite.locator('[role="alert"]', { hasText: 'Die Datei kann nicht eingespielt werden' });
    await alarm.waitFor();
    assert.match(await alarm.innerText(), /Der Speicher des Browsers ist voll\. Es wurde nichts eingespielt\./);
    assert.deepEqual(await speicherinhalt(seite), vorher);
    assert.match(await seite.locator('#aktueller-arbeitsbereich').innerText(), /Bestand/);
    pruefeSauber(befunde);
    await kontext.close();
  });
});
