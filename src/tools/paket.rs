//! Sharing packages between agencies ("Austauschpakete"): the user picks what to share from
//! any tool that offers it, and the app writes one JSON file `UPO-Paket_<Behörde>_<Datum>.json`
//! with a manifest (what, from which agency, when, app version); another agency reads it back
//! with a preview per tool and a choice per conflict. No server is involved.
//!
//! A tool takes part through the optional registry hook [`crate::tools::Werkzeug::teilen`]
//! (written by [`teilbar!`](crate::tools::teilbar)), a [`Teilbar`] built in its folder's
//! `teilen.rs`: what it offers ([`Teilangebot`], with the flags
//! `vertraulich`/`personenbezogen`), how it packs the chosen items (a JSON value of its own
//! design), how it previews a packed part against the open workspace ([`Teilvorschau`]: new
//! items and conflicts — the same permanent id or the same natural key, such as a Testfall-ID
//! or a template's title) and how it takes it over with the user's [`Wahlen`].
//!
//! **Invariants.** Reading a package changes nothing; a refused package (not JSON, foreign
//! `art`, newer `format`, too large, a damaged part) is named in German and changes nothing; a
//! part of a tool this version does not know is listed as "nicht unterstützt" and the rest
//! stays importable. An import never overwrites silently: every conflict is skipped unless the
//! user chose "als Kopie" or "übernehmen" for it, and the whole import is one change of the
//! workspace (one undo step, done by the view with one `Daten::aendere`). Confidential or
//! non-consented personal items are packed only when the user includes them explicitly.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datum::Datum;

pub use crate::tools::testmanagement::teilen::Wahl;

/// What a package file says it is.
pub const ART: &str = "upo-austauschpaket";
/// Format of packages written by this version.
pub const FORMAT: u32 = 1;
/// Largest package read (8 MiB), checked before the file is loaded.
pub const MAX_BYTES: u64 = 8 * 1024 * 1024;

/// A packed part: its content and the labels of the items it holds.
pub type Gepackt = (Value, Vec<String>);

/// A tool's part in sharing packages.
#[derive(Clone, Copy)]
pub struct Teilbar {
    /// What the tool offers from the workspace.
    pub angebote: fn(&Arbeitsbereich) -> Vec<Teilangebot>,
    /// Packs the items with the given ids: the part's content and the labels of what it holds
    /// (for the manifest). Confidential and personal items only `mit_vertraulichem`.
    pub packe: fn(&Arbeitsbereich, &[String], bool) -> Gepackt,
    /// Compares a packed part with the workspace; `Err` with a German reason if it is damaged.
    pub vorschau: fn(&Arbeitsbereich, &Value) -> Result<Teilvorschau, String>,
    /// Takes a (previewed) part over with the user's choices; returns the report in German.
    pub uebernimm: fn(&mut Arbeitsbereich, &Value, &Wahlen) -> String,
}

impl Teilbar {
    /// A tool's part, built at run time. In the split release build the sharing code of every
    /// tool is its own part of the app, `austausch`, fetched when a page of packages opens
    /// ([`teilbare_laden`]), not with the start page. That holds only for functions named in
    /// code inside that part: a `static` of function pointers lies in the shell's data and
    /// would keep them in the shell. `black_box` keeps the compiler from turning this
    /// constructor into such a constant.
    pub fn neu(
        angebote: fn(&Arbeitsbereich) -> Vec<Teilangebot>,
        packe: fn(&Arbeitsbereich, &[String], bool) -> Gepackt,
        vorschau: fn(&Arbeitsbereich, &Value) -> Result<Teilvorschau, String>,
        uebernimm: fn(&mut Arbeitsbereich, &Value, &Wahlen) -> String,
    ) -> Self {
        use std::hint::black_box;
        Self {
            angebote: black_box(angebote),
            packe: black_box(packe),
            vorschau: black_box(vorschau),
            uebernimm: black_box(uebernimm),
        }
    }
}

/// Fetching a tool's [`Teilbar`] (in the split build: the part `austausch`, see
/// [`crate::tools::teilbar`]).
pub type Teilladen = fn() -> std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<Teilbar, crate::tools::Ladefehler>>>,
>;

/// Fetches the sharing code of every tool. The pages of packages await it before they are
/// shown (`braucht` in their [`crate::tools::seiten!`] entry), so their view code finds every
/// [`Teilbar`] there ([`teilbare`]); a failed fetch shows the frame's message with "Erneut
/// versuchen" and changes nothing.
pub async fn teilbare_laden() -> Result<(), crate::tools::Ladefehler> {
    for laden in crate::tools::WERKZEUGE.iter().filter_map(|w| w.teilen) {
        laden().await?;
    }
    Ok(())
}

/// The [`Teilbar`] of a tool whose code is there: at once in a build without split points,
/// after [`teilbare_laden`] in the split one. A loaded part stays loaded, so the loader's
/// future is then ready on its first poll.
fn geladen(werkzeug: &crate::tools::Werkzeug) -> Option<Teilbar> {
    let mut laden = (werkzeug.teilen?)();
    match laden
        .as_mut()
        .poll(&mut std::task::Context::from_waker(std::task::Waker::noop()))
    {
        std::task::Poll::Ready(Ok(teilbar)) => Some(teilbar),
        _ => None,
    }
}

/// An item a tool offers for a package.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Teilangebot {
    /// Id within the tool, e.g. `vorlage:12`.
    pub id: String,
    /// What the user sees, e.g. "Vorlage „Reality Check“ (Version 2)".
    pub bezeichnung: String,
    /// Holds confidential entries (left out unless included explicitly).
    pub vertraulich: bool,
    /// Holds personal data without consent (left out unless included explicitly).
    pub personenbezogen: bool,
}

impl Teilangebot {
    /// Whether the item is unticked and marked by default.
    pub fn heikel(&self) -> bool {
        self.vertraulich || self.personenbezogen
    }
}

/// A packed item that already exists in the workspace.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Konflikt {
    /// Key of the choice in [`Wahlen`], unique within the part.
    pub schluessel: String,
    /// What it is, e.g. "Testfall STD-01 „Anmeldung“".
    pub bezeichnung: String,
    /// Why it is a conflict, e.g. "gleiche Testfall-ID".
    pub grund: String,
}

/// The preview of one part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Teilvorschau {
    /// Items that are new to the workspace.
    pub neu: Vec<String>,
    /// Items that exist already.
    pub konflikte: Vec<Konflikt>,
}

/// The user's choice per conflict key; a missing key means [`Wahl::Ueberspringen`].
pub type Wahlen = BTreeMap<String, Wahl>;

/// What the manifest says about one tool's part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Manifesteintrag {
    /// The tool's title when packed.
    pub titel: String,
    /// Number of items.
    pub anzahl: usize,
    /// Their labels.
    pub eintraege: Vec<String>,
}

/// The package file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Paket {
    /// Always [`ART`].
    pub art: String,
    /// Format number.
    pub format: u32,
    /// App version that wrote it.
    pub app_version: String,
    /// The sending agency as the user typed it.
    pub absender: String,
    /// When it was made (ISO timestamp).
    pub erstellt_am: String,
    /// The manifest: per tool slug what the package holds.
    pub inhalt: BTreeMap<String, Manifesteintrag>,
    /// Per tool slug the packed part.
    pub teile: BTreeMap<String, Value>,
}

/// The tools that take part in packages, in registry order (in the split build: after
/// [`teilbare_laden`]).
pub fn teilbare() -> Vec<(&'static crate::tools::Werkzeug, Teilbar)> {
    crate::tools::WERKZEUGE
        .iter()
        .filter_map(|w| geladen(w).map(|t| (*w, t)))
        .collect()
}

/// Packs the chosen items (`auswahl`: per tool slug the item ids) into a package.
pub fn schnueren(
    ab: &Arbeitsbereich,
    auswahl: &BTreeMap<String, Vec<String>>,
    mit_vertraulichem: bool,
    absender: &str,
    erstellt_am: &str,
) -> Paket {
    let mut paket = Paket {
        art: ART.into(),
        format: FORMAT,
        app_version: crate::APP_VERSION.into(),
        absender: absender.trim().to_owned(),
        erstellt_am: erstellt_am.to_owned(),
        ..Paket::default()
    };
    for (w, t) in teilbare() {
        let Some(ids) = auswahl.get(w.slug).filter(|ids| !ids.is_empty()) else {
            continue;
        };
        let (wert, eintraege) = (t.packe)(ab, ids, mit_vertraulichem);
        if eintraege.is_empty() {
            continue;
        }
        paket.inhalt.insert(
            w.slug.to_owned(),
            Manifesteintrag {
                titel: w.titel.to_owned(),
                anzahl: eintraege.len(),
                eintraege,
            },
        );
        paket.teile.insert(w.slug.to_owned(), wert);
    }
    paket
}

/// The file's bytes (pretty JSON, UTF-8).
pub fn schreiben(paket: &Paket) -> Vec<u8> {
    serde_json::to_vec_pretty(paket).unwrap_or_default()
}

/// `UPO-Paket_<Behörde>_<JJJJ-MM-TT>.json`, the agency reduced to letters, digits and `-`.
pub fn dateiname(absender: &str, heute: Datum) -> String {
    let mut name = String::new();
    for c in absender.trim().chars() {
        let c = if c.is_alphanumeric() || c == '-' {
            c
        } else {
            '_'
        };
        if !(c == '_' && (name.is_empty() || name.ends_with('_'))) {
            name.push(c);
        }
    }
    let name = name.trim_end_matches('_');
    let name = if name.is_empty() { "Behoerde" } else { name };
    format!("UPO-Paket_{name}_{}.json", heute.iso())
}

/// The refusal for a file above [`MAX_BYTES`].
pub fn zu_gross() -> String {
    format!(
        "Die Datei ist zu groß für ein Austauschpaket (höchstens {}). Es wurde nichts geändert.",
        crate::shared::format::bytes(MAX_BYTES)
    )
}

/// Reads a package file: the package, or the German reason it is refused.
pub fn lesen(bytes: &[u8]) -> Result<Paket, String> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(zu_gross());
    }
    let wert: Value = serde_json::from_slice(bytes).map_err(|_| {
        "Die Datei ist kein Austauschpaket: Sie enthält kein lesbares JSON (beschädigt oder ein anderes Format).".to_owned()
    })?;
    if wert.get("art").and_then(Value::as_str) != Some(ART) {
        return Err("Die Datei ist kein Austauschpaket des UPO-Werkzeugkastens (zum Beispiel eine Sicherung, eine einzelne Vorlage oder eine fremde Datei).".into());
    }
    let format = wert.get("format").and_then(Value::as_u64).unwrap_or(0);
    if format > u64::from(FORMAT) {
        return Err(format!(
            "Das Austauschpaket stammt aus einer neueren Version des Werkzeugkastens (Format {format}); diese Version liest Format {FORMAT}. Bitte aktualisieren Sie die Anwendung."
        ));
    }
    if format == 0 {
        return Err("Das Austauschpaket nennt kein gültiges Format; es ist beschädigt.".into());
    }
    let paket: Paket = crate::daten::umschlag::aus_wert_lesen(&wert).map_err(|_| {
        "Das Austauschpaket ist beschädigt: Sein Inhalt hat nicht die erwartete Form.".to_owned()
    })?;
    if paket.teile.is_empty() {
        return Err("Das Austauschpaket ist leer: Es enthält aus keinem Werkzeug etwas.".into());
    }
    Ok(paket)
}

/// How one part of a package looks against the workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Teilstand {
    /// A tool this version does not have, or one that does not take part in packages.
    NichtUnterstuetzt,
    /// The preview.
    Vorschau(Teilvorschau),
}

/// The preview of one part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Teilansicht {
    /// Tool slug as in the package.
    pub slug: String,
    /// Tool title (from this version, else from the manifest, else the slug).
    pub titel: String,
    /// New items and conflicts, or "nicht unterstützt".
    pub stand: Teilstand,
}

/// The preview of the whole package against the workspace; `Err` with the German reason if a
/// supported part is damaged (then nothing can be imported).
pub fn vorschau(ab: &Arbeitsbereich, paket: &Paket) -> Result<Vec<Teilansicht>, String> {
    let mut ansichten = Vec::new();
    for (slug, wert) in &paket.teile {
        let werkzeug = crate::tools::finde(slug);
        let titel = werkzeug
            .map(|w| w.titel.to_owned())
            .or_else(|| {
                paket
                    .inhalt
                    .get(slug)
                    .map(|m| m.titel.clone())
                    .filter(|t| !t.is_empty())
            })
            .unwrap_or_else(|| slug.clone());
        let stand =
            match werkzeug.and_then(geladen) {
                None => Teilstand::NichtUnterstuetzt,
                Some(t) => Teilstand::Vorschau((t.vorschau)(ab, wert).map_err(|f| {
                    format!("Das Austauschpaket ist beschädigt (Teil „{titel}“): {f}")
                })?),
            };
        ansichten.push(Teilansicht {
            slug: slug.clone(),
            titel,
            stand,
        });
    }
    Ok(ansichten)
}

/// Takes over every supported part with the choices `wahlen` (per slug). Returns per part
/// `(title, report)`. The caller runs this inside one change of the workspace.
pub fn uebernimm(
    ab: &mut Arbeitsbereich,
    paket: &Paket,
    wahlen: &BTreeMap<String, Wahlen>,
) -> Vec<(String, String)> {
    let leer = Wahlen::new();
    let mut berichte = Vec::new();
    for (slug, wert) in &paket.teile {
        let Some(w) = crate::tools::finde(slug) else {
            continue;
        };
        let Some(t) = geladen(w) else { continue };
        let bericht = (t.uebernimm)(ab, wert, wahlen.get(slug).unwrap_or(&leer));
        berichte.push((w.titel.to_owned(), bericht));
    }
    berichte
}

/// `titel (Kopie)`, `titel (Kopie 2)`, … — the first for which `vergeben` is false.
pub fn kopietitel(titel: &str, vergeben: impl Fn(&str) -> bool) -> String {
    let basis = titel.trim();
    (1..)
        .map(|n| {
            if n == 1 {
                format!("{basis} (Kopie)")
            } else {
                format!("{basis} (Kopie {n})")
            }
        })
        .find(|t| !vergeben(t))
        .unwrap_or_default()
}

/// The choice for key `schluessel` (default: skip).
pub fn wahl(wahlen: &Wahlen, schluessel: &str) -> Wahl {
    wahlen.get(schluessel).copied().unwrap_or_default()
}

/// Reads a part's value as `T`, or the German reason. Through its text, like every reading of
/// tool data (see `daten::umschlag::decodieren_text`).
pub fn teil_lesen<T: serde::de::DeserializeOwned>(wert: &Value) -> Result<T, String> {
    crate::daten::umschlag::aus_wert_lesen(wert)
        .map_err(|_| "Der Inhalt hat nicht die erwartete Form.".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heute() -> Datum {
        Datum::neu(2026, 12, 4).unwrap()
    }

    /// The sender: examples of all tools, plus an own copy of the Reality Check.
    fn absender() -> Arbeitsbereich {
        let mut ab = Arbeitsbereich::neu("a", "Absender", "2026-12-04T09:00:00Z");
        crate::tools::alle_beispiele(&mut ab, heute());
        let rc = crate::tools::checklisten::vorlagen::reality_check();
        ab.werkzeuge
            .checklisten
            .kopiere(&rc, "Reality Check (eigene Kopie)".into());
        ab
    }

    fn alles(ab: &Arbeitsbereich) -> BTreeMap<String, Vec<String>> {
        teilbare()
            .into_iter()
            .map(|(w, t)| {
                (
                    w.slug.to_owned(),
                    (t.angebote)(ab)
                        .into_iter()
                        .map(|a| a.id)
                        .filter(|id| !id.starts_with("mitgeliefert:"))
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn schnueren_schreibt_manifest_und_liest_zurueck() {
        let ab = absender();
        let paket = schnueren(&ab, &alles(&ab), false, "BVA", "2026-12-04T10:00:00Z");
        assert_eq!(
            (paket.art.as_str(), paket.format, paket.absender.as_str()),
            (ART, FORMAT, "BVA")
        );
        for slug in ["checklisten", "testmanagement", "behoerdenaustausch"] {
            let m = &paket.inhalt[slug];
            assert!(
                m.anzahl > 0 && m.anzahl == m.eintraege.len(),
                "{slug}: {m:?}"
            );
        }
        let gelesen = lesen(&schreiben(&paket)).unwrap();
        assert_eq!(gelesen, paket);
        assert_eq!(
            dateiname("BVA / Referat Z 3", heute()),
            "UPO-Paket_BVA_Referat_Z_3_2026-12-04.json"
        );
        assert_eq!(
            dateiname("  ", heute()),
            "UPO-Paket_Behoerde_2026-12-04.json"
        );
    }

    #[test]
    fn verweigerte_pakete_sagen_warum() {
        let fehler = |bytes: &[u8]| lesen(bytes).unwrap_err();
        assert!(fehler(b"{kaputt").contains("kein lesbares JSON"));
        assert!(fehler(br#"{"art":"upo-testfallbibliothek","format":1}"#)
            .contains("kein Austauschpaket des UPO-Werkzeugkastens"));
        assert!(
            fehler(br#"{"art":"upo-austauschpaket","format":2,"teile":{}}"#)
                .contains("neueren Version")
        );
        assert!(
            fehler(br#"{"art":"upo-austauschpaket","format":0}"#).contains("kein gültiges Format")
        );
        assert!(
            fehler(br#"{"art":"upo-austauschpaket","format":1,"teile":[]}"#).contains("beschädigt")
        );
        assert!(fehler(br#"{"art":"upo-austauschpaket","format":1,"teile":{}}"#).contains("leer"));
        assert!(fehler(&vec![b' '; MAX_BYTES as usize + 1]).contains("zu groß"));
        // A damaged part refuses the whole package before anything changes.
        let paket = lesen(br#"{"art":"upo-austauschpaket","format":1,"teile":{"testmanagement":{"bibliothek":{"art":"x"}}}}"#).unwrap();
        let leer = Arbeitsbereich::neu("b", "Empfänger", "2026-12-04T09:00:00Z");
        assert!(vorschau(&leer, &paket)
            .unwrap_err()
            .contains("Teil „Testmanagement“"));
    }

    #[test]
    fn unbekanntes_werkzeug_ist_nicht_unterstuetzt_der_rest_geht() {
        let ab = absender();
        let mut paket = schnueren(&ab, &alles(&ab), false, "BVA", "2026-12-04T10:00:00Z");
        paket
            .teile
            .insert("zukunftswerkzeug".into(), serde_json::json!({"x": 1}));
        paket.inhalt.insert(
            "zukunftswerkzeug".into(),
            Manifesteintrag {
                titel: "Zukunft".into(),
                anzahl: 1,
                eintraege: vec!["x".into()],
            },
        );
        let mut leer = Arbeitsbereich::neu("b", "Empfänger", "2026-12-04T09:00:00Z");
        let v = vorschau(&leer, &paket).unwrap();
        let zukunft = v.iter().find(|t| t.slug == "zukunftswerkzeug").unwrap();
        assert_eq!(
            (zukunft.titel.as_str(), &zukunft.stand),
            ("Zukunft", &Teilstand::NichtUnterstuetzt)
        );
        let berichte = uebernimm(&mut leer, &paket, &BTreeMap::new());
        assert!(!berichte.iter().any(|(t, _)| t == "Zukunft"));
        assert!(!leer.werkzeuge.testmanagement.testfaelle.is_empty());
        assert_eq!(leer.werkzeuge.checklisten.eigene().len(), 1);
    }

    /// The invariant: an import never overwrites silently. Into a workspace that holds the
    /// same items, without choices everything conflicting is skipped and the workspace stays
    /// as it was; "als Kopie" adds beside, never replaces.
    #[test]
    fn einlesen_ueberschreibt_nie_still() {
        let ab = absender();
        let paket = lesen(&schreiben(&schnueren(
            &ab,
            &alles(&ab),
            false,
            "BVA",
            "2026-12-04T10:00:00Z",
        )))
        .unwrap();
        let mut gleich = ab.clone();
        let v = vorschau(&gleich, &paket).unwrap();
        let konflikte: usize = v
            .iter()
            .map(|t| match &t.stand {
                Teilstand::Vorschau(p) => p.konflikte.len(),
                Teilstand::NichtUnterstuetzt => 0,
            })
            .sum();
        assert!(konflikte > 0);
        for t in &v {
            if let Teilstand::Vorschau(p) = &t.stand {
                assert!(
                    p.neu.is_empty(),
                    "{}: alles ist schon da: {:?}",
                    t.slug,
                    p.neu
                );
            }
        }
        uebernimm(&mut gleich, &paket, &BTreeMap::new());
        assert_eq!(gleich, ab, "ohne Wahl wird nichts geändert");
        // "als Kopie" for every conflict: everything old stays, copies are added.
        let alle_kopie: BTreeMap<String, Wahlen> = v
            .iter()
            .filter_map(|t| match &t.stand {
                Teilstand::Vorschau(p) => Some((
                    t.slug.clone(),
                    p.konflikte
                        .iter()
                        .map(|k| (k.schluessel.clone(), Wahl::AlsKopie))
                        .collect(),
                )),
                Teilstand::NichtUnterstuetzt => None,
            })
            .collect();
        uebernimm(&mut gleich, &paket, &alle_kopie);
        let tm_alt = &ab.werkzeuge.testmanagement.testfaelle;
        let tm_neu = &gleich.werkzeuge.testmanagement.testfaelle;
        assert_eq!(tm_neu.len(), 2 * tm_alt.len());
        assert!(tm_alt.iter().all(|t| tm_neu.contains(t)), "keiner ersetzt");
        assert_eq!(gleich.werkzeuge.checklisten.eigene().len(), 2);
        assert!(gleich
            .werkzeuge
            .checklisten
            .eigene()
            .iter()
            .any(|v| v.titel == "Reality Check (eigene Kopie) (Kopie)"));
        let ba_alt = &ab.werkzeuge.behoerdenaustausch.angebote;
        let ba_neu = &gleich.werkzeuge.behoerdenaustausch.angebote;
        assert_eq!(ba_neu.len(), 2 * ba_alt.len());
        assert!(ba_alt.iter().all(|a| ba_neu.contains(a)));
    }

    #[test]
    fn kopietitel_waehlt_den_ersten_freien() {
        assert_eq!(kopietitel("A", |_| false), "A (Kopie)");
        assert_eq!(kopietitel(" A ", |t| t == "A (Kopie)"), "A (Kopie 2)");
    }
}
