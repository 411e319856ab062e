//! The Trainingskonzepte's part in sharing packages (`tools::paket`): whole concepts with
//! their target groups, modules, Termine and evaluation. Participants are personal data: a
//! concept's Teilnahmen are a separate item ("Teilnahmen zu …", marked personenbezogen) and
//! travel only when the user ticks that item and "vertrauliche Einträge einschließen".
//!
//! Ids are local to a workspace, so the receiving side numbers every record anew and keeps
//! the links inside the concept (Termin → Modul, Modul → Zielgruppe, Evaluation → Modul). The
//! links to the Kompetenzreflexion travel as names and are matched by name (case, accents and
//! umlauts do not matter) with the receiver's Kompetenzen and Rollen; a link without a match is
//! dropped and the report says how many. A conflict is a concept with the same title (the
//! natural key): "als Kopie" adds it as "… (Kopie)", "übernehmen" replaces the own concept's
//! content (its id stays, so links to it stay valid).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::{Trainingskonzept, Trainingskonzepte};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datensatz::Datensaetze;
use crate::shared::text::{anzahl, falten};
use crate::tools::kompetenzreflexion::model::Kompetenzreflexion;
use crate::tools::paket::{
    kopietitel, teil_lesen, wahl, Gepackt, Konflikt, Teilangebot, Teilbar, Teilvorschau, Wahl,
    Wahlen,
};

/// The hook in the registry entry.
pub fn teilbar() -> Teilbar {
    Teilbar::neu(angebote, packe, vorschau, uebernimm)
}

/// A concept as packed: the concept (without Teilnahmen unless included) and the names of the
/// Kompetenzen and Rollen its ids refer to in the sender's Kompetenzreflexion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Paketkonzept {
    /// The concept as the sender keeps it.
    pub konzept: Trainingskonzept,
    /// Sender's Kompetenz id → name.
    pub kompetenzen: BTreeMap<u32, String>,
    /// Sender's Rolle id → name.
    pub rollen: BTreeMap<u32, String>,
}

fn hat_teilnahmen(k: &Trainingskonzept) -> bool {
    k.termine.iter().any(|t| !t.teilnahmen.is_empty())
}

fn angebote(ab: &Arbeitsbereich) -> Vec<Teilangebot> {
    let mut liste = Vec::new();
    for k in &ab.werkzeuge.trainingskonzepte.konzepte {
        liste.push(Teilangebot {
            id: format!("konzept:{}", k.id),
            bezeichnung: format!(
                "Trainingskonzept „{}“ ({}, {})",
                k.titel.trim(),
                anzahl(k.module.len(), "Modul", "Module"),
                anzahl(k.termine.len(), "Termin", "Termine")
            ),
            ..Teilangebot::default()
        });
        if hat_teilnahmen(k) {
            let n = k.termine.iter().map(|t| t.teilnahmen.len()).sum();
            liste.push(Teilangebot {
                id: format!("teilnahmen:{}", k.id),
                bezeichnung: format!(
                    "{} zu „{}“ (Namen von Teilnehmenden)",
                    anzahl(n, "Teilnahme", "Teilnahmen"),
                    k.titel.trim()
                ),
                personenbezogen: true,
                ..Teilangebot::default()
            });
        }
    }
    liste
}

fn packe(ab: &Arbeitsbereich, ids: &[String], mit_vertraulichem: bool) -> Gepackt {
    let kr = &ab.werkzeuge.kompetenzreflexion;
    let gewaehlt = |art: &str, id: u32| ids.contains(&format!("{art}:{id}"));
    let mut liste = Vec::new();
    let mut eintraege = Vec::new();
    for k in &ab.werkzeuge.trainingskonzepte.konzepte {
        if !gewaehlt("konzept", k.id) {
            continue;
        }
        let mut konzept = k.clone();
        let mit_teilnahmen = mit_vertraulichem && gewaehlt("teilnahmen", k.id);
        if !mit_teilnahmen {
            for t in &mut konzept.termine {
                t.teilnahmen.clear();
            }
        }
        let mut p = Paketkonzept {
            konzept,
            ..Paketkonzept::default()
        };
        for m in &k.module {
            for &id in &m.kompetenzen {
                if let Some(x) = kr.kompetenzen.mit_id(id) {
                    p.kompetenzen.insert(id, x.name.clone());
                }
            }
            for &id in &m.rollen {
                if let Some(x) = kr.rollen.mit_id(id) {
                    p.rollen.insert(id, x.name.clone());
                }
            }
        }
        for id in k.zielgruppen.iter().filter_map(|z| z.rolle) {
            if let Some(x) = kr.rollen.mit_id(id) {
                p.rollen.insert(id, x.name.clone());
            }
        }
        eintraege.push(if mit_teilnahmen && hat_teilnahmen(k) {
            format!("Trainingskonzept „{}“ mit Teilnahmen", k.titel.trim())
        } else {
            format!("Trainingskonzept „{}“", k.titel.trim())
        });
        liste.push(p);
    }
    (serde_json::json!({ "konzepte": liste }), eintraege)
}

fn teil(wert: &Value) -> Result<Vec<Paketkonzept>, String> {
    let liste: Vec<Paketkonzept> = teil_lesen(wert.get("konzepte").unwrap_or(&Value::Null))?;
    for p in &liste {
        if p.konzept.titel.trim().is_empty() {
            return Err("Ein Trainingskonzept hat keinen Titel.".into());
        }
    }
    Ok(liste)
}

/// The own concept with the same title.
fn gleiches(tk: &Trainingskonzepte, titel: &str) -> Option<u32> {
    tk.konzepte
        .iter()
        .find(|k| falten(k.titel.trim()) == falten(titel.trim()))
        .map(|k| k.id)
}

fn schluessel(p: &Paketkonzept) -> String {
    format!("konzept:{}", falten(p.konzept.titel.trim()))
}

fn vorschau(ab: &Arbeitsbereich, wert: &Value) -> Result<Teilvorschau, String> {
    let tk = &ab.werkzeuge.trainingskonzepte;
    let mut v = Teilvorschau::default();
    for p in teil(wert)? {
        let name = format!("Trainingskonzept „{}“", p.konzept.titel.trim());
        match gleiches(tk, &p.konzept.titel) {
            Some(_) => v.konflikte.push(Konflikt {
                schluessel: schluessel(&p),
                bezeichnung: name,
                grund: "gleicher Titel".into(),
            }),
            None => v.neu.push(name),
        }
    }
    Ok(v)
}

/// Gives `k` and every record in it new ids of `tk`, keeps the links inside the concept, and
/// maps the links to Kompetenzen and Rollen by name onto `kr`. Returns how many links to the
/// Kompetenzreflexion found no match and were dropped.
fn einpassen(
    p: Paketkonzept,
    tk: &mut Trainingskonzepte,
    kr: &Kompetenzreflexion,
    id: Option<u32>,
) -> (Trainingskonzept, usize) {
    let mut k = p.konzept;
    k.id = id.unwrap_or_else(|| tk.vergib_id());
    let per_name = |namen: &BTreeMap<u32, String>, ziel: &[(u32, String)], alt: u32| {
        let name = falten(namen.get(&alt)?.trim());
        ziel.iter()
            .find(|(_, n)| falten(n.trim()) == name)
            .map(|(id, _)| *id)
    };
    let kompetenzen: Vec<(u32, String)> = kr
        .kompetenzen
        .iter()
        .map(|x| (x.id, x.name.clone()))
        .collect();
    let rollen: Vec<(u32, String)> = kr.rollen.iter().map(|x| (x.id, x.name.clone())).collect();
    let mut verloren = 0;
    let mut abbilden = |alt: &[u32], namen: &BTreeMap<u32, String>, ziel: &[(u32, String)]| {
        let neu: Vec<u32> = alt
            .iter()
            .filter_map(|&a| per_name(namen, ziel, a))
            .collect();
        verloren += alt.len() - neu.len();
        neu
    };
    let mut zielgruppen = HashMap::new();
    for z in &mut k.zielgruppen {
        let neu = tk.vergib_id();
        zielgruppen.insert(z.id, neu);
        z.id = neu;
        if let Some(r) = z.rolle {
            z.rolle = abbilden(&[r], &p.rollen, &rollen).first().copied();
        }
    }
    let mut module = HashMap::new();
    for m in &mut k.module {
        let neu = tk.vergib_id();
        module.insert(m.id, neu);
        m.id = neu;
        m.kompetenzen = abbilden(&m.kompetenzen, &p.kompetenzen, &kompetenzen);
        m.rollen = abbilden(&m.rollen, &p.rollen, &rollen);
        m.zielgruppen = m
            .zielgruppen
            .iter()
            .filter_map(|z| zielgruppen.get(z).copied())
            .collect();
    }
    for t in &mut k.termine {
        t.id = tk.vergib_id();
        t.modul = module.get(&t.modul).copied().unwrap_or(0);
        for x in &mut t.teilnahmen {
            x.id = tk.vergib_id();
        }
    }
    for e in &mut k.evaluationen {
        e.id = tk.vergib_id();
        e.modul = e.modul.and_then(|m| module.get(&m).copied());
    }
    (k, verloren)
}

fn uebernimm(ab: &mut Arbeitsbereich, wert: &Value, wahlen: &Wahlen) -> String {
    let Ok(liste) = teil(wert) else {
        return "Nicht eingelesen: der Teil ist beschädigt.".into();
    };
    let kr = ab.werkzeuge.kompetenzreflexion.clone();
    let tk = &mut ab.werkzeuge.trainingskonzepte;
    let (mut neu, mut kopiert, mut ersetzt, mut uebersprungen, mut verloren) = (0, 0, 0, 0, 0);
    for mut p in liste {
        let eigen = gleiches(tk, &p.konzept.titel);
        let (ziel_id, titel) = match (eigen, wahl(wahlen, &schluessel(&p))) {
            (None, _) => (None, None),
            (Some(_), Wahl::Ueberspringen) => {
                uebersprungen += 1;
                continue;
            }
            (Some(_), Wahl::AlsKopie) => {
                let titel = kopietitel(&p.konzept.titel, |t| gleiches(tk, t).is_some());
                (None, Some(titel))
            }
            (Some(id), Wahl::Uebernehmen) => (Some(id), None),
        };
        if let Some(titel) = titel {
            p.konzept.titel = titel;
            kopiert += 1;
        } else if ziel_id.is_some() {
            ersetzt += 1;
        } else {
            neu += 1;
        }
        let (k, fehlend) = einpassen(p, tk, &kr, ziel_id);
        verloren += fehlend;
        tk.konzepte.ersetze_oder_fuege_an(k);
    }
    let mut teile = vec![format!(
        "{} neu, {} als Kopie, {} übernommen, {} übersprungen",
        neu, kopiert, ersetzt, uebersprungen
    )];
    if verloren > 0 {
        teile.push(format!(
            "{} ohne Gegenstück in Ihrer Kompetenzreflexion entfernt",
            anzahl(
                verloren,
                "Verweis auf Kompetenz oder Rolle",
                "Verweise auf Kompetenzen oder Rollen"
            )
        ));
    }
    format!("Trainingskonzepte: {}.", teile.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::datum::Datum;

    fn beispiel() -> Arbeitsbereich {
        let mut ab = Arbeitsbereich::neu("t", "Test", "2026-12-03T09:00:00Z");
        crate::tools::alle_beispiele(&mut ab, Datum::neu(2026, 12, 3).unwrap());
        ab
    }

    fn alle_ids(ab: &Arbeitsbereich) -> Vec<String> {
        angebote(ab).into_iter().map(|a| a.id).collect()
    }

    /// Personal data leaves only on explicit choice (fachkonzept §1.4): the Teilnahmen are a
    /// separate, marked item and need "vertrauliche Einträge einschließen" as well.
    #[test]
    fn teilnahmen_nur_mit_ausdruecklicher_wahl() {
        let ab = beispiel();
        let angebote = angebote(&ab);
        assert!(angebote
            .iter()
            .any(|a| a.id.starts_with("teilnahmen:") && a.heikel()));
        assert!(angebote
            .iter()
            .any(|a| a.id.starts_with("konzept:") && !a.heikel()));
        let zaehle = |wert: &Value| -> usize {
            teil(wert)
                .unwrap()
                .iter()
                .flat_map(|p| &p.konzept.termine)
                .map(|t| t.teilnahmen.len())
                .sum()
        };
        let (ohne, _) = packe(&ab, &alle_ids(&ab), false);
        assert_eq!(zaehle(&ohne), 0);
        let nur_konzept: Vec<String> = alle_ids(&ab)
            .into_iter()
            .filter(|i| i.starts_with("konzept:"))
            .collect();
        assert_eq!(zaehle(&packe(&ab, &nur_konzept, true).0), 0);
        assert!(zaehle(&packe(&ab, &alle_ids(&ab), true).0) > 0);
    }

    /// Into an empty workspace with the same Kompetenzreflexion: new ids, links inside the
    /// concept and to Kompetenzen (by name) intact; a second import is a conflict, skipped by
    /// default, added as "… (Kopie)" on request.
    #[test]
    fn einlesen_nummeriert_neu_und_fragt_bei_gleichem_titel() {
        let quelle = beispiel();
        let (wert, eintraege) = packe(&quelle, &alle_ids(&quelle), false);
        assert_eq!(
            eintraege.len(),
            quelle.werkzeuge.trainingskonzepte.konzepte.len()
        );
        let mut ziel = Arbeitsbereich::neu("z", "Ziel", "2026-12-03T09:00:00Z");
        ziel.werkzeuge.kompetenzreflexion = quelle.werkzeuge.kompetenzreflexion.clone();
        ziel.werkzeuge.trainingskonzepte.naechste_id = 5000;
        let v = vorschau(&ziel, &wert).unwrap();
        assert_eq!((v.neu.len(), v.konflikte.len()), (1, 0));
        let bericht = uebernimm(&mut ziel, &wert, &Wahlen::new());
        assert!(bericht.contains("1 neu"), "{bericht}");
        let k = &ziel.werkzeuge.trainingskonzepte.konzepte[0];
        let q = &quelle.werkzeuge.trainingskonzepte.konzepte[0];
        assert!(k.id >= 5000);
        assert_eq!(k.module.len(), q.module.len());
        for (m, mq) in k.module.iter().zip(&q.module) {
            assert_eq!(
                m.kompetenzen, mq.kompetenzen,
                "gleiche Kompetenzreflexion: gleiche Ziele"
            );
            assert!(m.zielgruppen.iter().all(|z| k.zielgruppe(*z).is_some()));
        }
        assert!(k.termine.iter().all(|t| k.modul(t.modul).is_some()));

        let v = vorschau(&ziel, &wert).unwrap();
        assert_eq!((v.neu.len(), v.konflikte.len()), (0, 1));
        let vorher = ziel.werkzeuge.trainingskonzepte.clone();
        uebernimm(&mut ziel, &wert, &Wahlen::new());
        assert_eq!(
            ziel.werkzeuge.trainingskonzepte, vorher,
            "überspringen ändert nichts"
        );
        let wahlen = Wahlen::from([(v.konflikte[0].schluessel.clone(), Wahl::AlsKopie)]);
        uebernimm(&mut ziel, &wert, &wahlen);
        let titel: Vec<&str> = ziel
            .werkzeuge
            .trainingskonzepte
            .konzepte
            .iter()
            .map(|k| k.titel.as_str())
            .collect();
        assert_eq!(titel.len(), 2);
        assert!(titel[1].ends_with("(Kopie)"), "{titel:?}");
    }

    /// Without a Kompetenzreflexion on the receiving side the links cannot be kept: they are
    /// dropped and the report says so.
    #[test]
    fn verweise_ohne_gegenstueck_werden_gemeldet() {
        let quelle = beispiel();
        let (wert, _) = packe(&quelle, &alle_ids(&quelle), false);
        let mut ziel = Arbeitsbereich::neu("z", "Ziel", "2026-12-03T09:00:00Z");
        let bericht = uebernimm(&mut ziel, &wert, &Wahlen::new());
        assert!(bericht.contains("ohne Gegenstück"), "{bericht}");
        let k = &ziel.werkzeuge.trainingskonzepte.konzepte[0];
        assert!(k
            .module
            .iter()
            .all(|m| m.kompetenzen.is_empty() && m.rollen.is_empty()));
    }
}
