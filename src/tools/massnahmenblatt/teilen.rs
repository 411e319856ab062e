//! The KP-Maßnahmenblatt's part in sharing packages (`tools::paket`): the catalogue of
//! Finanzierungswege, entry by entry with name and description. Shipped names nobody has
//! confirmed yet ("bitte prüfen", no description) are not offered: every installation has
//! them. A conflict is an entry of the same name (case, accents and umlauts do not matter):
//! "als Kopie" adds it as "… (Kopie)", "übernehmen" takes over the description (the id stays,
//! so measures keep their route).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::Finanzierungsweg;
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datensatz::Datensaetze;
use crate::shared::text::falten;
use crate::tools::paket::{
    kopietitel, teil_lesen, wahl, Gepackt, Konflikt, Teilangebot, Teilbar, Teilvorschau, Wahl,
    Wahlen,
};

/// The hook in the registry entry.
pub fn teilbar() -> Teilbar {
    Teilbar::neu(angebote, packe, vorschau, uebernimm)
}

/// A Finanzierungsweg as packed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Paketweg {
    /// Name.
    pub name: String,
    /// What it means at the sending agency.
    pub beschreibung: String,
}

fn bezeichnung(name: &str) -> String {
    format!("Finanzierungsweg „{}“", name.trim())
}

/// Whether the entry holds something of the agency's own (not an untouched shipped name).
fn eigen(w: &Finanzierungsweg) -> bool {
    !w.bitte_pruefen || !w.beschreibung.trim().is_empty()
}

fn angebote(ab: &Arbeitsbereich) -> Vec<Teilangebot> {
    ab.werkzeuge
        .massnahmenblatt
        .wege
        .iter()
        .filter(|w| eigen(w))
        .map(|w| Teilangebot {
            id: format!("weg:{}", w.id),
            bezeichnung: bezeichnung(&w.name),
            ..Teilangebot::default()
        })
        .collect()
}

fn packe(ab: &Arbeitsbereich, ids: &[String], _: bool) -> Gepackt {
    let wege: Vec<Paketweg> = ab
        .werkzeuge
        .massnahmenblatt
        .wege
        .iter()
        .filter(|w| ids.contains(&format!("weg:{}", w.id)))
        .map(|w| Paketweg {
            name: w.name.trim().to_owned(),
            beschreibung: w.beschreibung.clone(),
        })
        .collect();
    let eintraege = wege.iter().map(|w| bezeichnung(&w.name)).collect();
    (serde_json::json!({ "wege": wege }), eintraege)
}

fn teil(wert: &Value) -> Result<Vec<Paketweg>, String> {
    let wege: Vec<Paketweg> = teil_lesen(wert.get("wege").unwrap_or(&Value::Null))?;
    if wege.iter().any(|w| w.name.trim().is_empty()) {
        return Err("Ein Finanzierungsweg hat keinen Namen.".into());
    }
    Ok(wege)
}

fn gleicher(wege: &[Finanzierungsweg], name: &str) -> Option<u32> {
    wege.iter()
        .find(|w| falten(w.name.trim()) == falten(name.trim()))
        .map(|w| w.id)
}

fn schluessel(w: &Paketweg) -> String {
    format!("weg:{}", falten(w.name.trim()))
}

fn vorschau(ab: &Arbeitsbereich, wert: &Value) -> Result<Teilvorschau, String> {
    let wege = &ab.werkzeuge.massnahmenblatt.wege;
    let mut v = Teilvorschau::default();
    for w in teil(wert)? {
        match gleicher(wege, &w.name) {
            Some(_) => v.konflikte.push(Konflikt {
                schluessel: schluessel(&w),
                bezeichnung: bezeichnung(&w.name),
                grund: "gleicher Name".into(),
            }),
            None => v.neu.push(bezeichnung(&w.name)),
        }
    }
    Ok(v)
}

fn uebernimm(ab: &mut Arbeitsbereich, wert: &Value, wahlen: &Wahlen) -> String {
    let Ok(liste) = teil(wert) else {
        return "Nicht eingelesen: der Teil ist beschädigt.".into();
    };
    let mb = &mut ab.werkzeuge.massnahmenblatt;
    let (mut neu, mut kopiert, mut ersetzt, mut uebersprungen) = (0, 0, 0, 0);
    for w in liste {
        let (id, name) = match (gleicher(&mb.wege, &w.name), wahl(wahlen, &schluessel(&w))) {
            (Some(_), Wahl::Ueberspringen) => {
                uebersprungen += 1;
                continue;
            }
            (Some(id), Wahl::Uebernehmen) => {
                ersetzt += 1;
                let name = mb
                    .wege
                    .mit_id(id)
                    .map(|x| x.name.clone())
                    .unwrap_or_default();
                (id, name)
            }
            (Some(_), Wahl::AlsKopie) => {
                kopiert += 1;
                (0, kopietitel(&w.name, |t| gleicher(&mb.wege, t).is_some()))
            }
            (None, _) => {
                neu += 1;
                (0, w.name.clone())
            }
        };
        mb.speichere_weg(Finanzierungsweg {
            id,
            name,
            beschreibung: w.beschreibung,
            bitte_pruefen: false,
        });
    }
    format!(
        "Finanzierungswege: {neu} neu, {kopiert} als Kopie, {ersetzt} übernommen, {uebersprungen} übersprungen."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Untouched shipped names are not offered; an own entry travels, is new in a fresh
    /// workspace, and a conflict there on the second import.
    #[test]
    fn eigene_wege_wandern_vorgaben_nicht() {
        let mut quelle = Arbeitsbereich::neu("q", "Quelle", "2026-12-03T09:00:00Z");
        assert!(angebote(&quelle).is_empty(), "nur unbestätigte Vorgaben");
        let mb = &mut quelle.werkzeuge.massnahmenblatt;
        let id = mb.speichere_weg(Finanzierungsweg {
            id: 0,
            name: "Sondervermögen Digitales".into(),
            beschreibung: "Mittel aus dem Sondervermögen, Antrag über das Haushaltsreferat.".into(),
            bitte_pruefen: false,
        });
        let angebote = angebote(&quelle);
        assert_eq!(angebote.len(), 1);
        let (wert, _) = packe(&quelle, &[format!("weg:{id}")], false);
        let mut ziel = Arbeitsbereich::neu("z", "Ziel", "2026-12-03T09:00:00Z");
        let v = vorschau(&ziel, &wert).unwrap();
        assert_eq!((v.neu.len(), v.konflikte.len()), (1, 0));
        uebernimm(&mut ziel, &wert, &Wahlen::new());
        let wege = &ziel.werkzeuge.massnahmenblatt.wege;
        assert!(wege.iter().any(|w| w.name == "Sondervermögen Digitales"));
        let v = vorschau(&ziel, &wert).unwrap();
        assert_eq!(v.konflikte.len(), 1);
        let vorher = ziel.werkzeuge.massnahmenblatt.clone();
        uebernimm(&mut ziel, &wert, &Wahlen::new());
        assert_eq!(
            ziel.werkzeuge.massnahmenblatt, vorher,
            "überspringen ändert nichts"
        );
        let wahl = Wahlen::from([(v.konflikte[0].schluessel.clone(), Wahl::AlsKopie)]);
        uebernimm(&mut ziel, &wert, &wahl);
        assert!(ziel
            .werkzeuge
            .massnahmenblatt
            .wege
            .iter()
            .any(|w| w.name == "Sondervermögen Digitales (Kopie)"));
    }
}
