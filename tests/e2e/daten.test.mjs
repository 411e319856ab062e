// The data layer as a user meets it: autosave, workspaces, undo and redo, backups.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, pruefeBarrierefreiheit, speicherinhalt,
  arbeitsbereichSchluessel, warteGespeichert, feldSetzen, herunterladen, gespeicherteMetadaten, PRAEFIX,
  registerDerApp, entpackt,
} from './hilfen.mjs';

describe('Arbeitsbereiche und automatisches Speichern', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('speichert jede Änderung binnen einer Sekunde und lädt sie nach dem Neuladen', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    // A fresh start writes nothing until the first change.
    assert.deepEqual(arbeitsbereichSchluessel(await speicherinhalt(seite)), []);
    await seite.locator('#speicherstatus', { hasText: 'Neu – wird bei der ersten Änderung gespeichert' }).waitFor();

    const beginn = Date.now();
    await feldSetzen(seite, 'Behörde – optional', 'Bundesverwaltungsamt');
    await warteGespeichert(seite);
    const dauer = Date.now() - beginn;
    assert.ok(dauer < 1500, `gespeichert nach ${dauer} ms`);
    assert.match(await seite.locator('#speicherstatus').innerText(), /^Alle Änderungen gespeichert · \d{2}:\d{2}$/);

    let inhalt = await speicherinhalt(seite);
    let schluessel = arbeitsbereichSchluessel(inhalt);
    assert.equal(schluessel.length, 1);
    assert.match(schluessel[0], /^upo-werkzeugkasten:arbeitsbereich:ab-[a-z0-9-]+:a$/);
    // Slots are stored packed, a small fraction of the JSON (daten::packung).
    assert.match(inhalt[schluessel[0]], /^upo-z1:\d+:/);
    const umschlag = JSON.parse(entpackt(inhalt[schluessel[0]]));
    const app = await registerDerApp(seite);
    assert.equal(umschlag.art, 'upo-werkzeugkasten-arbeitsbereich');
    assert.equal(umschlag.schema, app.datenformat);
    assert.equal(umschlag.revision, 1);
    assert.equal(umschlag.app_version, app.appVersion);
    await seite.goBack();
    await seite.locator('main h1', { hasText: 'Arbeitsbereiche' }).waitFor();
    assert.match(umschlag.gespeichert_am, /^\d{4}-\d{2}-\d{2}T/);
    assert.match(umschlag.pruefsumme, /^fnv1a64:[0-9a-f]{16}$/);
    assert.equal(umschlag.daten.metadaten.behoerde, 'Bundesverwaltungsamt');
    // The marking is part of every workspace; tools without data have no section.
    assert.equal(umschlag.daten.metadaten.einstufung, '');
    assert.equal(umschlag.daten.multiprojektplan, undefined);

    // The next save goes to the other slot and removes the old one afterwards.
    await feldSetzen(seite, 'Stand – optional', '30.11.2026');
    await warteGespeichert(seite);
    inhalt = await speicherinhalt(seite);
    schluessel = arbeitsbereichSchluessel(inhalt);
    assert.equal(schluessel.length, 1);
    assert.match(schluessel[0], /:b$/);
    assert.equal(JSON.parse(entpackt(inhalt[schluessel[0]])).revision, 2);
    assert.equal(JSON.parse(entpackt(inhalt[schluessel[0]])).daten.metadaten.stand, '2026-11-30');

    await seite.reload();
    await seite.locator('main h1').waitFor();
    assert.equal(await seite.getByLabel('Behörde – optional', { exact: true }).inputValue(), 'Bundesverwaltungsamt');
    assert.equal(await seite.getByLabel('Stand – optional', { exact: true }).inputValue(), '30.11.2026');
    // The list's line of the workspace opened at start comes from the open state (the slot holds
    // exactly the entry read), not from decoding it a second time: same revision and agency.
    const zeile = seite.locator('main table tbody tr', { hasText: 'Bundesverwaltungsamt' });
    assert.match(await zeile.innerText(), /In Ordnung, Revision 2/);
    await pruefeBarrierefreiheit(seite, 'Arbeitsbereiche');

    // Storage use (measured in JavaScript, app::speicher::alle_groessen) counts UTF-16 units of
    // key and value of every entry, other applications' entries included, and follows a save.
    await seite.evaluate(() => localStorage.setItem('fremde-app', 'ä'.repeat(2038)));
    await feldSetzen(seite, 'Behörde – optional', 'Bundesverwaltungsamt (BVA)');
    await warteGespeichert(seite);
    const erwartet = await seite.evaluate(() => {
      let summe = 0;
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        summe += k.length + localStorage.getItem(k).length;
      }
      return summe;
    });
    const alsText = (n) => n < 1024
      ? `${n}\u00a0Byte`
      : `${String(Math.floor((n * 10 + 512) / 1024) / 10).replace('.', ',').replace(/^(\d+)$/, '$1,0')}\u00a0KB`;
    const belegung = await seite.locator('#speicher-belegung').innerText();
    assert.ok(belegung.startsWith(`Belegt: ${alsText(erwartet)} von`), `${belegung} ≠ ${alsText(erwartet)}`);
    assert.match(await seite.locator('main').innerText(), /andere Anwendungen unter derselben Adresse 2,0\u00a0KB/);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('prüft Eingaben und nennt den Fehler am Feld', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Stand – optional', '31.02.2026');
    const fehler = seite.locator('#ab-stand-fehler');
    await fehler.waitFor();
    assert.match(await fehler.innerText(), /TT\.MM\.JJJJ/);
    assert.equal(await seite.getByLabel('Stand – optional', { exact: true }).getAttribute('aria-invalid'), 'true');
    await feldSetzen(seite, 'Bezeichnung', '   ');
    await seite.locator('#ab-bezeichnung-fehler', { hasText: 'Geben Sie eine Bezeichnung ein.' }).waitFor();
    await pruefeBarrierefreiheit(seite, 'Arbeitsbereiche mit Fehlern');
    // Nothing invalid was stored.
    assert.deepEqual(arbeitsbereichSchluessel(await speicherinhalt(seite)), []);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('macht 55 Änderungen rückgängig und wiederholt sie, per Knopf und per Tastatur', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    const feld = seite.getByLabel('Ressort – optional', { exact: true });
    for (let i = 1; i <= 55; i++) {
      await feld.fill(`Ressort ${i}`);
      await feld.press('Enter');
    }
    await warteGespeichert(seite);
    const rueckgaengig = seite.locator('#knopf-rueckgaengig');
    await seite.getByRole('button', { name: 'Rückgängig: Ressort geändert' }).waitFor();

    // Ctrl+Z outside a text field undoes the app's last change.
    await seite.locator('main h1').click();
    await seite.keyboard.press('Control+z');
    await seite.waitForFunction(() => document.querySelector('#ab-ressort').value === 'Ressort 54');
    await seite.locator('[role="status"]', { hasText: 'Rückgängig gemacht: Ressort geändert' }).waitFor();
    for (let i = 0; i < 54; i++) await rueckgaengig.click();
    await seite.waitForFunction(() => document.querySelector('#ab-ressort').value === '');
    assert.ok(await rueckgaengig.isDisabled(), 'nichts mehr rückgängig zu machen');

    await seite.locator('main h1').click();
    await seite.keyboard.press('Control+y');
    await seite.waitForFunction(() => document.querySelector('#ab-ressort').value === 'Ressort 1');
    const wiederholen = seite.locator('#knopf-wiederholen');
    for (let i = 0; i < 54; i++) await wiederholen.click();
    await seite.waitForFunction(() => document.querySelector('#ab-ressort').value === 'Ressort 55');
    assert.ok(await wiederholen.isDisabled());

    // Undo is saved like any other change.
    await rueckgaengig.click();
    await warteGespeichert(seite);
    await seite.reload();
    await seite.locator('main h1').waitFor();
    assert.equal(await feld.inputValue(), 'Ressort 54');
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('legt an, wechselt, dupliziert und löscht Arbeitsbereiche, mit Bestätigung per Tastatur', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Bezeichnung', 'Programm A');
    await warteGespeichert(seite);
    await seite.getByLabel('Bezeichnung des neuen Arbeitsbereichs').fill('Programm B');
    await seite.getByRole('button', { name: 'Anlegen und öffnen' }).click();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Programm B' }).waitFor();
    const zeilen = seite.locator('#arbeitsbereiche-titel').locator('xpath=ancestor::table').locator('tbody tr');
    assert.equal(await zeilen.count(), 2, await zeilen.allInnerTexts());

    await seite.getByRole('button', { name: 'Öffnen: Programm A' }).click();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Programm A' }).waitFor();
    assert.equal(await seite.getByLabel('Bezeichnung', { exact: true }).inputValue(), 'Programm A');

    await seite.getByRole('button', { name: 'Duplizieren: Programm A' }).click();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Programm A (Kopie)' }).waitFor();
    assert.equal(await zeilen.count(), 3);

    // The delete dialog: opened by keyboard, names what is lost, Escape cancels.
    const loeschen = seite.getByRole('button', { name: 'Löschen: Programm B' });
    await loeschen.focus();
    await seite.keyboard.press('Enter');
    const dialog = seite.getByRole('dialog', { name: 'Arbeitsbereich „Programm B“ löschen?' });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /lässt sich nicht rückgängig machen/);
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'Fokus im Dialog');
    await pruefeBarrierefreiheit(seite, 'Löschdialog');
    await seite.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(await loeschen.evaluate((k) => k === document.activeElement), 'Fokus zurück am Auslöser');
    assert.equal(await zeilen.count(), 3);

    await loeschen.click();
    await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
    await seite.locator('[role="status"]', { hasText: 'Der Arbeitsbereich „Programm B“ wurde gelöscht.' }).waitFor();
    assert.equal(await zeilen.count(), 2);
    const namen = (await gespeicherteMetadaten(seite)).map((m) => m.bezeichnung).sort();
    assert.deepEqual(namen, ['Programm A', 'Programm A (Kopie)']);

    // The workspace opened last is opened again after a reload.
    await seite.reload();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Programm A (Kopie)' }).waitFor();
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('„Beispiel in neuem Arbeitsbereich öffnen“: die Beispiele aller Werkzeuge, der eigene Arbeitsbereich bleibt', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Bezeichnung', 'Referat DG II 3');
    await warteGespeichert(seite);
    const eigener = arbeitsbereichSchluessel(await speicherinhalt(seite));
    assert.equal(eigener.length, 1);
    const vorher = (await speicherinhalt(seite))[eigener[0]];

    // Offered on the start page of an empty tool, the way the start page's steps describe it.
    await oeffne(umg, seite, '#/wissenslandkarte');
    await seite.getByRole('button', { name: 'Beispiel in neuem Arbeitsbereich öffnen' }).click();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Beispiel' }).waitFor();
    await seite.locator('[role="status"]', { hasText: 'Der Arbeitsbereich „Beispiel“ ist angelegt und geöffnet.' }).waitFor();
    await seite.locator('#beispiel-laden').waitFor({ state: 'detached' });
    await warteGespeichert(seite);

    const inhalt = await speicherinhalt(seite);
    const schluessel = arbeitsbereichSchluessel(inhalt);
    assert.equal(schluessel.length, 2, schluessel.join());
    assert.equal(inhalt[eigener[0]], vorher, 'der eigene Arbeitsbereich ist unverändert');
    const namen = (await gespeicherteMetadaten(seite)).map((m) => [m.bezeichnung, m.behoerde]).sort();
    assert.deepEqual(namen, [['Beispiel', 'Bundesamt für Beispiele (erfunden)'], ['Referat DG II 3', '']]);
    // Every registered tool holds its example: none shows its empty state.
    const { seiten } = await registerDerApp(seite);
    for (const werkzeug of new Set(seiten.map((s) => s.werkzeug))) {
      await oeffne(umg, seite, `#/${werkzeug}`);
      await seite.locator('main .nachladen').waitFor({ state: 'detached' });
      assert.equal(await seite.locator('#beispiel-laden').count(), 0, `${werkzeug} ohne Beispiel`);
    }
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('lädt eine Sicherung herunter und spielt sie in einem leeren Browser wieder ein', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Bezeichnung', 'OZG-Programm Süd');
    await feldSetzen(seite, 'Behörde – optional', 'Bundesamt Süd');
    await warteGespeichert(seite);
    await seite.getByRole('link', { name: 'Sicherung', exact: true }).first().click();
    await seite.getByRole('heading', { level: 1, name: 'Sicherung' }).waitFor();
    await pruefeBarrierefreiheit(seite, 'Sicherung');
    const download = await herunterladen(seite, seite.getByRole('button', { name: 'Geöffneten Arbeitsbereich sichern' }));
    assert.match(download.name, /^upo-sicherung-ozg-programm-sued-\d{4}-\d{2}-\d{2}\.json$/);
    const datei = JSON.parse(download.inhalt);
    assert.equal(datei.art, 'upo-werkzeugkasten-sicherung');
    assert.equal(datei.format, 1);
    assert.equal(datei.arbeitsbereiche.length, 1);
    assert.equal(datei.arbeitsbereiche[0].daten.metadaten.behoerde, 'Bundesamt Süd');
    await seite.locator('p', { hasText: /Letzte Sicherung von „OZG-Programm Süd“: \d{2}\.\d{2}\.\d{4}\./ }).waitFor();
    assert.equal(datei.arbeitsbereiche[0].schema, (await registerDerApp(seite)).datenformat);
    pruefeSauber(befunde);
    await kontext.close();

    // A fresh browser: import as a new workspace.
    const zweiter = await neueSeite(umg);
    await oeffne(umg, zweiter.seite, '#/sicherung');
    await zweiter.seite.getByLabel('Sicherungsdatei (.json)').setInputFiles({ name: download.name, mimeType: 'application/json', buffer: download.inhalt });
    const vorschau = zweiter.seite.locator('#vorschau-titel').locator('xpath=ancestor::table');
    await vorschau.waitFor();
    const text = await vorschau.innerText();
    assert.match(text, /OZG-Programm Süd/);
    assert.match(text, /Bundesamt Süd/);
    await pruefeBarrierefreiheit(zweiter.seite, 'Vorschau der Sicherung');
    await zweiter.seite.getByRole('button', { name: 'Als neuen Arbeitsbereich einspielen' }).click();
    await zweiter.seite.locator('#aktueller-arbeitsbereich', { hasText: 'OZG-Programm Süd' }).waitFor();
    await zweiter.seite.reload();
    await zweiter.seite.locator('#aktueller-arbeitsbereich', { hasText: 'OZG-Programm Süd' }).waitFor();

    // Replacing the open workspace asks first and can be undone.
    await oeffne(umg, zweiter.seite, '#/arbeitsbereiche');
    await feldSetzen(zweiter.seite, 'Behörde – optional', 'Geändert');
    await warteGespeichert(zweiter.seite);
    await oeffne(umg, zweiter.seite, '#/sicherung');
    await zweiter.seite.getByLabel('Sicherungsdatei (.json)').setInputFiles({ name: download.name, mimeType: 'application/json', buffer: download.inhalt });
    await zweiter.seite.getByRole('button', { name: 'Geöffneten Arbeitsbereich ersetzen …' }).click();
    const dialog = zweiter.seite.getByRole('dialog', { name: '„OZG-Programm Süd“ durch die Sicherung ersetzen?' });
    await dialog.getByRole('button', { name: 'Ersetzen' }).click();
    await zweiter.seite.locator('[role="status"]', { hasText: 'wurde durch „OZG-Programm Süd“ ersetzt' }).waitFor();
    await oeffne(umg, zweiter.seite, '#/arbeitsbereiche');
    assert.equal(await zweiter.seite.getByLabel('Behörde – optional', { exact: true }).inputValue(), 'Bundesamt Süd');
    await zweiter.seite.locator('#knopf-rueckgaengig').click();
    await zweiter.seite.waitForFunction(() => document.querySelector('#ab-behoerde').value === 'Geändert');
    pruefeSauber(zweiter.befunde);
    await zweiter.kontext.close();
  });

  it('erinnert an eine fällige Sicherung und verstummt nach dem Sichern', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Bezeichnung', 'Alter Bereich');
    await warteGespeichert(seite);
    const id = arbeitsbereichSchluessel(await speicherinhalt(seite))[0].split(':')[2];
    await seite.evaluate(([schluessel, id]) => {
      localStorage.setItem(schluessel, JSON.stringify({
        art: 'upo-werkzeugkasten-einstellungen', schema: 1,
        einstellungen: { aktiver_arbeitsbereich: id, erinnerung_nach_tagen: 7, letzte_sicherung: { [id]: '2026-01-05' } },
      }));
    }, [`${PRAEFIX}einstellungen`, id]);
    await seite.reload();
    const erinnerung = seite.locator('.kern-alert', { hasText: 'Sicherung empfohlen' });
    await erinnerung.waitFor();
    assert.match(await erinnerung.innerText(), /vom 05\.01\.2026/);
    const download = await herunterladen(seite, erinnerung.getByRole('button', { name: 'Jetzt alle Arbeitsbereiche sichern' }));
    assert.match(download.name, /^upo-sicherung-alle-\d{4}-\d{2}-\d{2}\.json$/);
    await erinnerung.waitFor({ state: 'detached' });
    pruefeSauber(befunde);
    await kontext.close();
  });
});
