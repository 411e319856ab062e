// The workspace as a file (issue 15): saved once into a file of the user's choice, every
// change is autosaved into it; "Datei öffnen" brings it back after site data is gone; a file
// changed behind the app's back is never overwritten. The file pickers are backed by the
// origin-private file system (OPFS), so the test reads and changes "the file on the share"
// from inside the page. Without the File System Access API: download and upload.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  umgebung, neueSeite, oeffne, pruefeSauber, pruefeBarrierefreiheit, warteGespeichert,
  feldSetzen, herunterladen,
} from './hilfen.mjs';

/** File pickers answered from OPFS: "save" creates or replaces the file named by
 *  `window.__speichernAls` (else the suggested name), "open" returns `window.__oeffnen`. */
function opfsPicker() {
  const wurzel = () => navigator.storage.getDirectory();
  window.showSaveFilePicker = async (optionen = {}) => {
    const name = window.__speichernAls ?? optionen.suggestedName;
    return (await wurzel()).getFileHandle(name, { create: true });
  };
  window.showOpenFilePicker = async () => [await (await wurzel()).getFileHandle(window.__oeffnen)];
}

/** The text of an OPFS file, read in the page. */
function dateiText(seite, name) {
  return seite.evaluate(async (n) => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle(n);
    return (await handle.getFile()).text();
  }, name);
}

/** Waits until the OPFS file holds `text`. */
function warteDateiEnthaelt(seite, name, text) {
  return seite.waitForFunction(async ([n, t]) => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle(n);
    return (await handle.getFile()).text().then((inhalt) => inhalt.includes(t));
  }, [name, text], { timeout: 10000, polling: 100 });
}

/** The single workspace's metadata in a workspace file. */
function metadaten(text) {
  const datei = JSON.parse(text);
  assert.equal(datei.art, 'upo-werkzeugkasten-sicherung');
  assert.equal(datei.arbeitsbereiche.length, 1);
  return datei.arbeitsbereiche[0].daten.metadaten;
}

const DATEI = 'programm-datei.upo.json';

describe('Arbeitsbereich als Datei', () => {
  let umg;
  before(async () => { umg = await umgebung(); });
  after(() => umg.schliessen());

  it('speichert automatisch in die Datei, öffnet sie nach dem Löschen der Browserdaten wieder und überschreibt keine fremde Änderung', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await seite.addInitScript(opfsPicker);
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await feldSetzen(seite, 'Bezeichnung', 'Programm Datei');
    await warteGespeichert(seite);

    // "In Datei speichern …" once …
    await seite.locator('#datei-speichern').click();
    await seite.locator('#dateistatus', { hasText: `gespeichert in Datei „${DATEI}“` }).waitFor();
    assert.equal(metadaten(await dateiText(seite, DATEI)).bezeichnung, 'Programm Datei');
    // … then every change goes into the file too.
    await feldSetzen(seite, 'Behörde – optional', 'Bundesamt für Dateien');
    await warteDateiEnthaelt(seite, DATEI, 'Bundesamt für Dateien');
    await seite.locator('#dateistatus', { hasText: `gespeichert in Datei „${DATEI}“` }).waitFor();
    assert.equal(metadaten(await dateiText(seite, DATEI)).behoerde, 'Bundesamt für Dateien');
    await pruefeBarrierefreiheit(seite, 'Arbeitsbereiche mit verbundener Datei');

    // The browser forgets everything it stored; the file brings the workspace back.
    await seite.evaluate(() => localStorage.clear());
    await seite.reload();
    await seite.locator('main h1').waitFor();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Mein Arbeitsbereich' }).waitFor();
    await seite.evaluate((n) => { window.__oeffnen = n; }, DATEI);
    await seite.locator('#datei-oeffnen').click();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Programm Datei' }).waitFor();
    await seite.locator('#dateistatus', { hasText: `gespeichert in Datei „${DATEI}“` }).waitFor();
    assert.equal(await seite.getByLabel('Behörde – optional', { exact: true }).inputValue(), 'Bundesamt für Dateien');

    // After a reload the remembered file is connected again (IndexedDB; OPFS needs no prompt).
    await seite.reload();
    await seite.locator('#dateistatus', { hasText: `gespeichert in Datei „${DATEI}“` }).waitFor();

    // Someone else changes the file on the share …
    const fremd = (await dateiText(seite, DATEI)).replace('Bundesamt für Dateien', 'Fremde Behörde');
    await seite.evaluate(async ([n, text]) => {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(n);
      const strom = await handle.createWritable();
      await strom.write(text);
      await strom.close();
    }, [DATEI, fremd]);
    // … the next change is saved in the browser but NOT written over it.
    await feldSetzen(seite, 'Ressort – optional', 'BMDV');
    await warteGespeichert(seite);
    await seite.locator('#datei-konflikt', { hasText: `„${DATEI}“ wurde geändert` }).waitFor();
    await seite.locator('#dateistatus', { hasText: `nicht in Datei „${DATEI}“ gespeichert` }).waitFor();
    assert.equal(await dateiText(seite, DATEI), fremd, 'die fremde Änderung bleibt unangetastet');
    await pruefeBarrierefreiheit(seite, 'Konflikt mit der Datei');

    // "Als Kopie speichern …" writes a second file and connects it.
    await seite.evaluate(() => { window.__speichernAls = 'kopie.upo.json'; });
    await seite.locator('#datei-kopie').click();
    await seite.locator('#dateistatus', { hasText: 'gespeichert in Datei „kopie.upo.json“' }).waitFor();
    const kopie = metadaten(await dateiText(seite, 'kopie.upo.json'));
    assert.equal(kopie.ressort, 'BMDV');
    assert.equal(kopie.behoerde, 'Bundesamt für Dateien');
    assert.equal(await dateiText(seite, DATEI), fremd, 'das Original bleibt, wie der andere es gespeichert hat');
    assert.equal(await seite.locator('#datei-konflikt').count(), 0);

    // Disconnecting stops writing into the file.
    await seite.locator('#datei-trennen').click();
    assert.equal(await seite.locator('#dateistatus').count(), 0);
    const vorher = await dateiText(seite, 'kopie.upo.json');
    await feldSetzen(seite, 'Verantwortlich – optional', 'Referat DG I 4');
    await warteGespeichert(seite);
    assert.equal(await dateiText(seite, 'kopie.upo.json'), vorher);
    pruefeSauber(befunde);
    await kontext.close();
  });

  it('ohne Dateizugriff des Browsers: speichern durch Herunterladen mit Erinnerung, öffnen durch Hochladen', async () => {
    const { seite, kontext, befunde } = await neueSeite(umg);
    await seite.addInitScript(() => {
      window.showSaveFilePicker = undefined;
      window.showOpenFilePicker = undefined;
    });
    await oeffne(umg, seite, '#/arbeitsbereiche');
    await seite.locator('#datei-ersatzweg').waitFor();
    assert.equal(await seite.locator('#datei-speichern').count(), 0);
    await feldSetzen(seite, 'Bezeichnung', 'Ohne Dateizugriff');
    await warteGespeichert(seite);

    const erste = await herunterladen(seite, seite.locator('#datei-herunterladen'));
    assert.equal(erste.name, 'ohne-dateizugriff.upo.json');
    assert.equal(metadaten(erste.inhalt.toString('utf8')).bezeichnung, 'Ohne Dateizugriff');
    await seite.locator('#dateistatus', { hasText: 'entspricht der Datei „ohne-dateizugriff.upo.json“' }).waitFor();

    await feldSetzen(seite, 'Behörde – optional', 'Amt ohne Dateizugriff');
    await warteGespeichert(seite);
    const erinnerung = seite.getByText('Änderungen seit dem letzten Herunterladen – Datei erneut speichern');
    await erinnerung.waitFor();
    await pruefeBarrierefreiheit(seite, 'Erinnerung an das erneute Herunterladen');
    const zweite = await herunterladen(seite, seite.locator('#datei-erneut-herunterladen'));
    assert.equal(zweite.name, 'ohne-dateizugriff.upo.json');
    assert.equal(metadaten(zweite.inhalt.toString('utf8')).behoerde, 'Amt ohne Dateizugriff');
    await erinnerung.waitFor({ state: 'detached' });

    // Opening by upload after the browser's data is gone.
    await seite.evaluate(() => localStorage.clear());
    await seite.reload();
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Mein Arbeitsbereich' }).waitFor();
    await seite.locator('#datei-hochladen').setInputFiles({
      name: zweite.name, mimeType: 'application/json', buffer: zweite.inhalt,
    });
    await seite.locator('#aktueller-arbeitsbereich', { hasText: 'Ohne Dateizugriff' }).waitFor();
    assert.equal(await seite.getByLabel('Behörde – optional', { exact: true }).inputValue(), 'Amt ohne Dateizugriff');
    await seite.locator('#dateistatus', { hasText: 'entspricht der Datei „ohne-dateizugriff.upo.json“' }).waitFor();
    pruefeSauber(befunde);
    await kontext.close();
  });
});
