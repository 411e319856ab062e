//! Sharing a test case library between agencies: the library as a JSON file (`art` =
//! [`ART`], `format` = [`FORMAT`]) with its cases and the quality criteria they link to, and
//! reading such a file back: a preview (how many cases, which are new, which IDs already exist),
//! a choice per duplicate ([`Wahl`]: skip, take as a copy, take over) and one step that applies
//! it. Reading never changes anything; a refused file (damaged, foreign, newer format) is named
//! in German.
//!
//! Taking a duplicate over replaces the library case through
//! [`Testmanagement::speichere_testfall`], so a case used in runs gets a new version and the
//! runs keep the copy they ran (versioning and traceability [Q:S55c]).

use crate::shared::datensatz::Datensaetze;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::model::{Kriterium, Testfall, Testmanagement};

/// What a library file says it is.
pub const ART: &str = "upo-testfallbibliothek";
/// Format of library files written by this version.
pub const FORMAT: u32 = 1;
/// Largest library file read (4 MiB): a library of a few hundred cases is well below.
pub const MAX_BYTES: u64 = 4 * 1024 * 1024;

/// The file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Bibliotheksdatei {
    /// Always [`ART`].
    pub art: String,
    /// Format number.
    pub format: u32,
    /// App version that wrote it.
    #[serde(default)]
    pub app_version: String,
    /// The quality criteria the cases link to (ids local to the file).
    #[serde(default)]
    pub kriterien: Vec<Kriterium>,
    /// The cases (links to the file's criterion ids).
    #[serde(default)]
    pub testfaelle: Vec<Testfall>,
}

/// The file of the library of `tm`: every case, and the criteria at least one of them links
/// to (pretty JSON, UTF-8).
pub fn schreiben(tm: &Testmanagement) -> Vec<u8> {
    let benutzt: BTreeSet<u32> = tm
        .testfaelle
        .iter()
        .flat_map(|t| t.kriterien.iter().copied())
        .collect();
    let datei = Bibliotheksdatei {
        art: ART.into(),
        format: FORMAT,
        app_version: crate::APP_VERSION.into(),
        kriterien: tm
            .kriterien
            .iter()
            .filter(|k| benutzt.contains(&k.id))
            .cloned()
            .collect(),
        testfaelle: tm.testfaelle.clone(),
    };
    serde_json::to_vec_pretty(&datei).unwrap_or_default()
}

/// File name, e.g. `Testfallbibliothek_2026-12-04.json`.
pub fn dateiname(heute: crate::shared::datum::Datum) -> String {
    format!("Testfallbibliothek_{}.json", heute.iso())
}

/// The refusal for a file above [`MAX_BYTES`].
pub fn zu_gross() -> String {
    format!(
        "Die Datei ist zu groß für eine Testfallbibliothek (höchstens {}).",
        crate::shared::format::bytes(MAX_BYTES)
    )
}

/// Reads a library file: its content, or the German reason it is refused (foreign file, newer
/// format, damaged content). Every check of the case form applies, IDs are unique within the
/// file and every link names a criterion of the file.
pub fn lesen(bytes: &[u8]) -> Result<Bibliotheksdatei, String> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(zu_gross());
    }
    let wert: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| {
        "Die Datei ist keine Testfallbibliothek: Sie enthält kein lesbares JSON (beschädigt oder ein anderes Format).".to_owned()
    })?;
    if wert.get("art").and_then(|a| a.as_str()) != Some(ART) {
        return Err("Die Datei ist keine Testfallbibliothek des UPO-Werkzeugkastens (zum Beispiel eine Sicherung, eine Checklisten-Vorlage oder eine fremde Datei).".into());
    }
    let format = wert
        .get("format")
        .and_then(serde_json::Value::as_u64)
        .unwrap_or(0);
    if format > u64::from(FORMAT) {
        return Err(format!(
            "Die Testfallbibliothek stammt aus einer neueren Version des Werkzeugkastens (Format {format}); diese Version liest Format {FORMAT}. Bitte aktualisieren Sie die Anwendung."
        ));
    }
    if format == 0 {
        return Err(
            "Die Testfallbibliothek nennt kein gültiges Format; sie ist beschädigt.".into(),
        );
    }
    // Through its text, like every reading of tool data (see `daten::umschlag::decodieren_text`).
    let datei: Bibliotheksdatei = crate::daten::umschlag::aus_wert_lesen(&wert).map_err(|_| {
        "Die Testfallbibliothek ist beschädigt: Ihr Inhalt hat nicht die erwartete Form.".to_owned()
    })?;
    let mut probleme = Vec::new();
    if datei.testfaelle.is_empty() {
        probleme.push("Sie enthält keinen Testfall.".to_owned());
    }
    let leer = Testmanagement::default();
    let mut kriterien_ids = BTreeSet::new();
    let mut kriterien_kennungen = BTreeSet::new();
    for k in &datei.kriterien {
        let name = if k.kennung.trim().is_empty() {
            k.id.to_string()
        } else {
            k.kennung.trim().to_owned()
        };
        if !kriterien_ids.insert(k.id) {
            probleme.push(format!("Die Kriteriennummer {} kommt doppelt vor.", k.id));
        }
        if !k.kennung.trim().is_empty() && !kriterien_kennungen.insert(k.kennung.trim().to_owned())
        {
            probleme.push(format!("Das Kriterium „{name}“ kommt doppelt vor."));
        }
        for f in leer.pruefe_kriterium(k) {
            probleme.push(format!("Kriterium {name}: {}", f.meldung));
        }
    }
    let mut kennungen = BTreeSet::new();
    for (i, t) in datei.testfaelle.iter().enumerate() {
        let name = if t.kennung.trim().is_empty() {
            format!("Nr. {}", i + 1)
        } else {
            t.kennung.trim().to_owned()
        };
        if !t.kennung.trim().is_empty() && !kennungen.insert(t.kennung.trim().to_owned()) {
            probleme.push(format!("Die Testfall-ID „{name}“ kommt doppelt vor."));
        }
        for f in leer.pruefe_testfall(t) {
            probleme.push(format!("Testfall {name}: {}", f.meldung));
        }
        if t.kriterien.iter().any(|k| !kriterien_ids.contains(k)) {
            probleme.push(format!(
                "Testfall {name} verweist auf ein Qualitätskriterium, das in der Datei fehlt."
            ));
        }
    }
    match probleme.first() {
        Some(erstes) => Err(format!("Die Testfallbibliothek ist beschädigt. {erstes}")),
        None => Ok(datei),
    }
}

/// What to do with a case of the file whose ID already exists in the library.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Wahl {
    /// Keep the own case, leave the file's out (the default: nothing is lost).
    #[default]
    Ueberspringen,
    /// Add the file's case beside the own one, with a new ID ([`kopiekennung`]).
    AlsKopie,
    /// Replace the own case by the file's content (a case used in runs gets a new version).
    Uebernehmen,
}

impl Wahl {
    /// All choices in the order offered.
    pub const ALLE: [Wahl; 3] = [Wahl::Ueberspringen, Wahl::AlsKopie, Wahl::Uebernehmen];

    /// The choice's German label.
    pub fn name(self) -> &'static str {
        match self {
            Wahl::Ueberspringen => "überspringen",
            Wahl::AlsKopie => "als Kopie",
            Wahl::Uebernehmen => "übernehmen",
        }
    }

    /// The choice with label `name`.
    pub fn aus_name(name: &str) -> Option<Wahl> {
        Wahl::ALLE.into_iter().find(|w| w.name() == name)
    }
}

/// A case of the file whose ID exists in the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Doppel {
    /// Its ID.
    pub kennung: String,
    /// Title in the file.
    pub titel_datei: String,
    /// Title in the library.
    pub titel_eigen: String,
    /// Id of the library case.
    pub eigen: u32,
    /// Version of the library case.
    pub version: u32,
    /// Whether the library case was used in a run (taking over makes a new version).
    pub benutzt: bool,
    /// Whether both have the same content (then skipping loses nothing).
    pub gleich: bool,
}

/// The preview of a file against the library.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vorschau {
    /// Cases in the file.
    pub faelle: usize,
    /// IDs of the cases that are new to the library.
    pub neu: Vec<String>,
    /// Cases whose ID already exists.
    pub doppelt: Vec<Doppel>,
    /// Criteria in the file.
    pub kriterien: usize,
    /// Of them, IDs not in the library yet (added on import).
    pub kriterien_neu: Vec<String>,
}

/// Compares the file with the library: new cases, duplicates by ID, new criteria.
pub fn vorschau(tm: &Testmanagement, datei: &Bibliotheksdatei) -> Vorschau {
    let mut v = Vorschau {
        faelle: datei.testfaelle.len(),
        kriterien: datei.kriterien.len(),
        ..Vorschau::default()
    };
    for t in &datei.testfaelle {
        let kennung = t.kennung.trim();
        match tm.testfaelle.iter().find(|x| x.kennung.trim() == kennung) {
            Some(x) => v.doppelt.push(Doppel {
                kennung: kennung.to_owned(),
                titel_datei: t.titel.clone(),
                titel_eigen: x.titel.clone(),
                eigen: x.id,
                version: x.version,
                benutzt: tm.version_benutzt(x.id, x.version),
                gleich: inhalt_gleich(tm, datei, t, x),
            }),
            None => v.neu.push(kennung.to_owned()),
        }
    }
    v.kriterien_neu = datei
        .kriterien
        .iter()
        .filter(|k| {
            !tm.kriterien
                .iter()
                .any(|x| x.kennung.trim() == k.kennung.trim())
        })
        .map(|k| k.kennung.trim().to_owned())
        .collect();
    v
}

/// Whether case `t` of the file says the same as library case `x` (links compared by the
/// criteria's IDs).
fn inhalt_gleich(
    tm: &Testmanagement,
    datei: &Bibliotheksdatei,
    t: &Testfall,
    x: &Testfall,
) -> bool {
    let kennungen_datei: BTreeSet<&str> = t
        .kriterien
        .iter()
        .filter_map(|k| datei.kriterien.mit_id(*k))
        .map(|k| k.kennung.trim())
        .collect();
    let kennungen_eigen: BTreeSet<&str> = x
        .kriterien
        .iter()
        .filter_map(|k| tm.kriterium(*k))
        .map(|k| k.kennung.trim())
        .collect();
    let norm = |t: &Testfall| Testfall {
        id: 0,
        version: 0,
        vorlage: false,
        kriterien: Vec::new(),
        ..t.clone()
    };
    kennungen_datei == kennungen_eigen && norm(t) == norm(x)
}

/// Longest Testfall-ID the form accepts (`Testfall::pruefen`).
const KENNUNG_MAX: usize = 40;

/// The ID of a copy: `<ID>-Kopie`, `<ID>-Kopie2`, … — the first not in `vergeben`; the ID is
/// shortened in front of the suffix so the copy stays within the form's 40 characters.
pub fn kopiekennung(kennung: &str, vergeben: &BTreeSet<String>) -> String {
    let basis = kennung.trim();
    (1..)
        .map(|n| {
            let zusatz = if n == 1 {
                "-Kopie".to_owned()
            } else {
                format!("-Kopie{n}")
            };
            let vorne: String = basis
                .chars()
                .take(KENNUNG_MAX.saturating_sub(zusatz.chars().count()))
                .collect();
            format!("{vorne}{zusatz}")
        })
        .find(|k| !vergeben.contains(k))
        .unwrap_or_default()
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bericht {
    /// New cases added.
    pub neu: usize,
    /// Duplicates added as copies.
    pub kopiert: usize,
    /// Library cases replaced.
    pub ersetzt: usize,
    /// Of the replaced ones, those that got a new version (used in runs).
    pub neue_version: usize,
    /// Duplicates left out.
    pub uebersprungen: usize,
    /// Criteria added.
    pub kriterien_neu: usize,
}

impl Bericht {
    /// The report in one German sentence.
    pub fn text(&self) -> String {
        use crate::shared::text::anzahl;
        let mut teile = vec![format!("{} neu", anzahl(self.neu, "Testfall", "Testfälle"))];
        if self.kopiert > 0 {
            teile.push(format!("{} als Kopie", self.kopiert));
        }
        if self.ersetzt > 0 {
            let version = if self.neue_version > 0 {
                format!(" ({} in neuer Version)", self.neue_version)
            } else {
                String::new()
            };
            teile.push(format!("{} übernommen{version}", self.ersetzt));
        }
        if self.uebersprungen > 0 {
            teile.push(format!("{} übersprungen", self.uebersprungen));
        }
        if self.kriterien_neu > 0 {
            teile.push(anzahl(
                self.kriterien_neu,
                "Qualitätskriterium neu",
                "Qualitätskriterien neu",
            ));
        }
        format!("Eingelesen: {}.", teile.join(", "))
    }
}

impl Testmanagement {
    /// Applies library file `datei`: criteria matched by ID (new ones added, existing ones
    /// kept as they are), new cases added, and each duplicate as `wahl` says (by ID; missing
    /// means [`Wahl::Ueberspringen`]). Links follow the criteria's ids in this library.
    pub fn uebernimm_bibliothek(
        &mut self,
        datei: &Bibliotheksdatei,
        wahl: &BTreeMap<String, Wahl>,
    ) -> Bericht {
        let mut bericht = Bericht::default();
        let mut zuordnung = BTreeMap::new();
        for k in &datei.kriterien {
            let id = match self
                .kriterien
                .iter()
                .find(|x| x.kennung.trim() == k.kennung.trim())
            {
                Some(x) => x.id,
                None => {
                    bericht.kriterien_neu += 1;
                    self.speichere_kriterium(Kriterium {
                        id: 0,
                        kennung: k.kennung.trim().to_owned(),
                        ..k.clone()
                    })
                }
            };
            zuordnung.insert(k.id, id);
        }
        let umschreiben = |t: &Testfall| Testfall {
            kriterien: t
                .kriterien
                .iter()
                .filter_map(|k| zuordnung.get(k).copied())
                .collect(),
            kennung: t.kennung.trim().to_owned(),
            ..t.clone()
        };
        let vorhanden: BTreeMap<String, u32> = self
            .testfaelle
            .iter()
            .map(|t| (t.kennung.trim().to_owned(), t.id))
            .collect();
        let mut kopien = Vec::new();
        for t in &datei.testfaelle {
            let t = umschreiben(t);
            match vorhanden.get(&t.kennung) {
                None => {
                    self.speichere_testfall(Testfall {
                        id: 0,
                        version: t.version.max(1),
                        ..t
                    });
                    bericht.neu += 1;
                }
                Some(&eigen) => match wahl.get(&t.kennung).copied().unwrap_or_default() {
                    Wahl::Ueberspringen => bericht.uebersprungen += 1,
                    Wahl::AlsKopie => kopien.push(t),
                    Wahl::Uebernehmen => {
                        let vorher = self.testfall(eigen).map_or(1, |x| x.version);
                        self.speichere_testfall(Testfall { id: eigen, ..t });
                        bericht.ersetzt += 1;
                        if self.testfall(eigen).is_some_and(|x| x.version > vorher) {
                            bericht.neue_version += 1;
                        }
                    }
                },
            }
        }
        // Copies last, so their IDs avoid every ID the file brought in.
        for t in kopien {
            let vergeben: BTreeSet<String> = self
                .testfaelle
                .iter()
                .map(|x| x.kennung.trim().to_owned())
                .collect();
            let kennung = kopiekennung(&t.kennung, &vergeben);
            self.speichere_testfall(Testfall {
                id: 0,
                version: 1,
                kennung,
                ..t
            });
            bericht.kopiert += 1;
        }
        bericht
    }
}

/// The Testmanagement's part in sharing packages (`tools::paket`): the test case library (the
/// library file's content, read back with every check of [`lesen`]) and the catalogue of
/// quality criteria. Conflicts are cases with the same Testfall-ID and criteria with the same
/// ID; a case taken over goes through [`Testmanagement::uebernimm_bibliothek`].
pub fn teilbar() -> crate::tools::paket::Teilbar {
    crate::tools::paket::Teilbar::neu(
        paket_angebote,
        paket_packen,
        paket_vorschau,
        paket_uebernehmen,
    )
}

fn paket_angebote(
    ab: &crate::daten::arbeitsbereich::Arbeitsbereich,
) -> Vec<crate::tools::paket::Teilangebot> {
    use crate::shared::text::anzahl;
    let tm = &ab.werkzeuge.testmanagement;
    let mut liste = Vec::new();
    if !tm.testfaelle.is_empty() {
        liste.push(crate::tools::paket::Teilangebot {
            id: "bibliothek".into(),
            bezeichnung: format!(
                "Testfallbibliothek ({})",
                anzahl(tm.testfaelle.len(), "Testfall", "Testfälle")
            ),
            ..Default::default()
        });
    }
    if !tm.kriterien.is_empty() {
        liste.push(crate::tools::paket::Teilangebot {
            id: "kriterien".into(),
            bezeichnung: format!(
                "Katalog der Qualitätskriterien ({})",
                anzahl(tm.kriterien.len(), "Kriterium", "Kriterien")
            ),
            ..Default::default()
        });
    }
    liste
}

fn paket_packen(
    ab: &crate::daten::arbeitsbereich::Arbeitsbereich,
    ids: &[String],
    _: bool,
) -> (serde_json::Value, Vec<String>) {
    let tm = &ab.werkzeuge.testmanagement;
    let mut wert = serde_json::Map::new();
    let mut eintraege = Vec::new();
    for a in paket_angebote(ab) {
        if !ids.contains(&a.id) {
            continue;
        }
        if a.id == "bibliothek" {
            let datei: serde_json::Value =
                serde_json::from_slice(&schreiben(tm)).unwrap_or_default();
            wert.insert("bibliothek".into(), datei);
        } else {
            wert.insert(
                "kriterien".into(),
                serde_json::to_value(&tm.kriterien).unwrap_or_default(),
            );
        }
        eintraege.push(a.bezeichnung);
    }
    (serde_json::Value::Object(wert), eintraege)
}

/// The part's content: the library file (checked) and the criteria (checked).
fn paket_teil(
    wert: &serde_json::Value,
) -> Result<(Option<Bibliotheksdatei>, Vec<Kriterium>), String> {
    let bibliothek = match wert.get("bibliothek") {
        Some(b) => Some(lesen(&serde_json::to_vec(b).unwrap_or_default())?),
        None => None,
    };
    let kriterien: Vec<Kriterium> = match wert.get("kriterien") {
        Some(k) => crate::tools::paket::teil_lesen(k)?,
        None => Vec::new(),
    };
    let leer = Testmanagement::default();
    let mut kennungen = BTreeSet::new();
    for k in &kriterien {
        if let Some(f) = leer.pruefe_kriterium(k).into_iter().next() {
            return Err(format!("Kriterium {}: {}", k.kennung.trim(), f.meldung));
        }
        if !kennungen.insert(k.kennung.trim().to_owned()) {
            return Err(format!(
                "Das Kriterium „{}“ kommt doppelt vor.",
                k.kennung.trim()
            ));
        }
    }
    if bibliothek.is_none() && kriterien.is_empty() {
        return Err("Er enthält weder Testfälle noch Qualitätskriterien.".into());
    }
    Ok((bibliothek, kriterien))
}

fn paket_vorschau(
    ab: &crate::daten::arbeitsbereich::Arbeitsbereich,
    wert: &serde_json::Value,
) -> Result<crate::tools::paket::Teilvorschau, String> {
    use crate::tools::paket::{Konflikt, Teilvorschau};
    let tm = &ab.werkzeuge.testmanagement;
    let (bibliothek, kriterien) = paket_teil(wert)?;
    let mut v = Teilvorschau::default();
    if let Some(datei) = &bibliothek {
        let b = vorschau(tm, datei);
        v.neu.extend(b.neu.iter().map(|k| format!("Testfall {k}")));
        v.konflikte.extend(b.doppelt.iter().map(|d| Konflikt {
            schluessel: format!("fall:{}", d.kennung),
            bezeichnung: format!("Testfall {} „{}“", d.kennung, d.titel_datei),
            grund: if d.gleich {
                "gleiche Testfall-ID, gleicher Inhalt".into()
            } else {
                format!("gleiche Testfall-ID (bei Ihnen: „{}“)", d.titel_eigen)
            },
        }));
    }
    for k in &kriterien {
        let kennung = k.kennung.trim();
        match tm.kriterien.iter().find(|x| x.kennung.trim() == kennung) {
            Some(x) => v.konflikte.push(Konflikt {
                schluessel: format!("kriterium:{kennung}"),
                bezeichnung: format!("Qualitätskriterium {kennung} „{}“", k.titel),
                grund: if x.titel == k.titel && x.quelle == k.quelle {
                    "gleiche ID, gleicher Inhalt".into()
                } else {
                    "gleiche ID".into()
                },
            }),
            None => v.neu.push(format!("Qualitätskriterium {kennung}")),
        }
    }
    Ok(v)
}

fn paket_uebernehmen(
    ab: &mut crate::daten::arbeitsbereich::Arbeitsbereich,
    wert: &serde_json::Value,
    wahlen: &crate::tools::paket::Wahlen,
) -> String {
    use crate::tools::paket::wahl;
    let Ok((bibliothek, kriterien)) = paket_teil(wert) else {
        return "Nicht eingelesen: der Teil ist beschädigt.".into();
    };
    let tm = &mut ab.werkzeuge.testmanagement;
    let mut teile = Vec::new();
    let (mut neu, mut kopiert, mut ersetzt, mut uebersprungen) = (0, 0, 0, 0);
    for k in &kriterien {
        let kennung = k.kennung.trim().to_owned();
        let eigen = tm
            .kriterien
            .iter()
            .find(|x| x.kennung.trim() == kennung)
            .map(|x| x.id);
        match (eigen, wahl(wahlen, &format!("kriterium:{kennung}"))) {
            (None, _) => {
                tm.speichere_kriterium(Kriterium {
                    id: 0,
                    kennung,
                    ..k.clone()
                });
                neu += 1;
            }
            (Some(_), Wahl::Ueberspringen) => uebersprungen += 1,
            (Some(_), Wahl::AlsKopie) => {
                let vergeben: BTreeSet<String> = tm
                    .kriterien
                    .iter()
                    .map(|x| x.kennung.trim().to_owned())
                    .collect();
                tm.speichere_kriterium(Kriterium {
                    id: 0,
                    kennung: kopiekennung(&kennung, &vergeben),
                    ..k.clone()
                });
                kopiert += 1;
            }
            (Some(id), Wahl::Uebernehmen) => {
                tm.speichere_kriterium(Kriterium {
                    id,
                    kennung,
                    ..k.clone()
                });
                ersetzt += 1;
            }
        }
    }
    if !kriterien.is_empty() {
        teile.push(format!("Qualitätskriterien: {neu} neu, {kopiert} als Kopie, {ersetzt} übernommen, {uebersprungen} übersprungen."));
    }
    if let Some(datei) = bibliothek {
        let faelle: BTreeMap<String, Wahl> = wahlen
            .iter()
            .filter_map(|(k, w)| k.strip_prefix("fall:").map(|k| (k.to_owned(), *w)))
            .collect();
        teile.push(tm.uebernimm_bibliothek(&datei, &faelle).text());
    }
    teile.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::testmanagement::model::{schritte_lesen, Testlauf};

    fn bibliothek() -> Testmanagement {
        let mut tm = Testmanagement::default();
        tm.uebernimm_startbibliothek();
        tm
    }

    /// A library written and read back is the same; only linked criteria travel.
    #[test]
    fn hin_und_zurueck() {
        let mut tm = bibliothek();
        let unbenutzt = tm.speichere_kriterium(Kriterium {
            kennung: "X".into(),
            titel: "Unbenutzt".into(),
            ..Kriterium::default()
        });
        let datei = lesen(&schreiben(&tm)).unwrap();
        assert_eq!(datei.testfaelle, tm.testfaelle);
        assert!(
            !datei.kriterien.iter().any(|k| k.id == unbenutzt),
            "nur verknüpfte Kriterien"
        );
        let verknuepft: BTreeSet<u32> = tm
            .testfaelle
            .iter()
            .flat_map(|t| t.kriterien.iter().copied())
            .collect();
        assert_eq!(datei.kriterien.len(), verknuepft.len());
        assert_eq!(
            dateiname(crate::shared::datum::Datum::neu(2026, 12, 4).unwrap()),
            "Testfallbibliothek_2026-12-04.json"
        );
        // Into an empty library: everything is new, links follow the new ids.
        let mut leer = Testmanagement {
            naechste_id: 500,
            ..Testmanagement::default()
        };
        let v = vorschau(&leer, &datei);
        assert_eq!(
            (
                v.faelle,
                v.neu.len(),
                v.doppelt.len(),
                v.kriterien_neu.len()
            ),
            (12, 12, 0, datei.kriterien.len())
        );
        let b = leer.uebernimm_bibliothek(&datei, &BTreeMap::new());
        assert_eq!((b.neu, b.kriterien_neu), (12, datei.kriterien.len()));
        for t in &leer.testfaelle {
            assert!(t.id >= 500);
            for k in &t.kriterien {
                assert!(leer.kriterium(*k).is_some(), "{}", t.kennung);
            }
        }
        let alt = tm
            .testfaelle
            .iter()
            .find(|t| t.kennung == "STD-01")
            .unwrap();
        let neu = leer
            .testfaelle
            .iter()
            .find(|t| t.kennung == "STD-01")
            .unwrap();
        let kennungen = |tm: &Testmanagement, t: &Testfall| {
            t.kriterien
                .iter()
                .map(|k| tm.kriterium(*k).unwrap().kennung.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(kennungen(&leer, neu), kennungen(&tm, alt));
    }

    /// Duplicates by ID: skipped by default (nothing lost), as a copy with a new ID, or taken
    /// over — and a case used in a run then gets a new version while the run keeps its copy
    /// [Q:S55c].
    #[test]
    fn doppelte_je_wahl() {
        let mut tm = bibliothek();
        let std01 = tm
            .testfaelle
            .iter()
            .find(|t| t.kennung == "STD-01")
            .unwrap()
            .id;
        let std02 = tm
            .testfaelle
            .iter()
            .find(|t| t.kennung == "STD-02")
            .unwrap()
            .id;
        let lauf = tm.lege_lauf_an(
            Testlauf {
                titel: "L".into(),
                ..Testlauf::default()
            },
            &[std01],
        );
        let mut fremd = bibliothek();
        for t in fremd.testfaelle.iter_mut() {
            t.titel.push_str(" (Landkreis)");
        }
        fremd.testfaelle[0].schritte = schritte_lesen("Nur ein Schritt => erledigt");
        let mut neu = fremd.testfaelle[0].clone();
        neu.id = 0;
        neu.kennung = "LK-01".into();
        fremd.speichere_testfall(neu);
        let datei = lesen(&schreiben(&fremd)).unwrap();
        let v = vorschau(&tm, &datei);
        assert_eq!(v.neu, ["LK-01"]);
        assert_eq!(v.doppelt.len(), 12);
        let d1 = v.doppelt.iter().find(|d| d.kennung == "STD-01").unwrap();
        assert!(d1.benutzt && !d1.gleich);
        assert!(v.kriterien_neu.is_empty());
        assert!(vorschau(&tm, &lesen(&schreiben(&tm)).unwrap())
            .doppelt
            .iter()
            .all(|d| d.gleich));

        let wahl = BTreeMap::from([
            ("STD-01".to_owned(), Wahl::Uebernehmen),
            ("STD-02".to_owned(), Wahl::AlsKopie),
            ("STD-03".to_owned(), Wahl::Uebernehmen),
        ]);
        let vorher = tm.testfaelle.len();
        let b = tm.uebernimm_bibliothek(&datei, &wahl);
        assert_eq!(
            b,
            Bericht {
                neu: 1,
                kopiert: 1,
                ersetzt: 2,
                neue_version: 1,
                uebersprungen: 9,
                kriterien_neu: 0
            }
        );
        assert_eq!(tm.testfaelle.len(), vorher + 2);
        let t1 = tm.testfall(std01).unwrap();
        assert_eq!(
            (t1.version, t1.schritte.len()),
            (2, 1),
            "benutzt: neue Version"
        );
        let stand = &tm.lauf(lauf).unwrap().eintraege[0].stand;
        assert_eq!(
            (stand.version, stand.schritte.len()),
            (1, 3),
            "der Lauf behält seine Fassung"
        );
        let t3 = tm
            .testfaelle
            .iter()
            .find(|t| t.kennung == "STD-03")
            .unwrap();
        assert_eq!(t3.version, 1, "unbenutzt: gleiche Version");
        assert!(t3.titel.ends_with("(Landkreis)"));
        assert!(
            tm.testfall(std02)
                .unwrap()
                .titel
                .ends_with("Anmeldung abgebrochen"),
            "das eigene bleibt"
        );
        let kopie = tm
            .testfaelle
            .iter()
            .find(|t| t.kennung == "STD-02-Kopie")
            .unwrap();
        assert!(kopie.titel.ends_with("(Landkreis)"));
        assert!(b.text().starts_with("Eingelesen: 1 Testfall neu, 1 als Kopie, 2 übernommen (1 in neuer Version), 9 übersprungen"), "{}", b.text());
        let vergeben = BTreeSet::from(["A-Kopie".to_owned()]);
        assert_eq!(kopiekennung(" A ", &vergeben), "A-Kopie2");
        // A long ID keeps the copy within the 40 characters the form allows.
        let lang = "X".repeat(40);
        let kopie = kopiekennung(&lang, &BTreeSet::new());
        assert_eq!(kopie.chars().count(), 40);
        assert!(kopie.ends_with("-Kopie"));
        assert_eq!(Wahl::aus_name("als Kopie"), Some(Wahl::AlsKopie));
    }

    /// Foreign, newer and damaged files are refused with their own German message.
    #[test]
    fn fremde_neuere_und_beschaedigte_dateien_werden_abgelehnt() {
        assert!(lesen(b"kein json")
            .unwrap_err()
            .contains("kein lesbares JSON"));
        assert!(lesen(br#"{"art":"upo-checkliste-vorlage","format":1}"#)
            .unwrap_err()
            .contains("keine Testfallbibliothek"));
        let mut wert: serde_json::Value =
            serde_json::from_slice(&schreiben(&bibliothek())).unwrap();
        assert_eq!(wert["art"], ART);
        wert["format"] = 2.into();
        assert!(lesen(wert.to_string().as_bytes())
            .unwrap_err()
            .contains("neueren Version"));
        wert["format"] = 0.into();
        assert!(lesen(wert.to_string().as_bytes())
            .unwrap_err()
            .contains("kein gültiges Format"));
        wert["format"] = 1.into();
        let mut doppelt = wert.clone();
        doppelt["testfaelle"][1]["kennung"] = "STD-01".into();
        assert!(lesen(doppelt.to_string().as_bytes())
            .unwrap_err()
            .contains("„STD-01“ kommt doppelt"));
        let mut ohne_titel = wert.clone();
        ohne_titel["testfaelle"][0]["titel"] = "".into();
        assert!(lesen(ohne_titel.to_string().as_bytes())
            .unwrap_err()
            .contains("Testfall STD-01: Geben Sie einen Titel ein."));
        let mut verwaist = wert.clone();
        verwaist["kriterien"] = serde_json::json!([]);
        assert!(lesen(verwaist.to_string().as_bytes())
            .unwrap_err()
            .contains("verweist auf ein Qualitätskriterium"));
        let mut leer = wert.clone();
        leer["testfaelle"] = serde_json::json!([]);
        leer["kriterien"] = serde_json::json!([]);
        assert!(lesen(leer.to_string().as_bytes())
            .unwrap_err()
            .contains("keinen Testfall"));
        wert["testfaelle"] = "x".into();
        assert!(lesen(wert.to_string().as_bytes())
            .unwrap_err()
            .starts_with("Die Testfallbibliothek ist beschädigt"));
        assert!(lesen(&vec![b' '; (MAX_BYTES + 1) as usize])
            .unwrap_err()
            .contains("zu groß"));
    }
}
