//! The Stakeholderanalyse's part in sharing packages (`tools::paket`): the stakeholders with
//! their assessments and their Kategorie, Kanal and Frequenz by name (catalogue ids are local
//! to a workspace; missing entries are added on import). Confidential stakeholders are a
//! separate item, marked and unticked, and packed only when the user includes confidential
//! entries explicitly. Links to projects, relations and measures stay at home. A conflict is
//! a stakeholder with the same name (case, accents and umlauts do not matter).

use crate::shared::datensatz::Datensaetze;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::{Katalogart, Stakeholder, Stakeholderanalyse};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::text::{anzahl, falten};
use crate::tools::paket::{
    kopietitel, teil_lesen, wahl, Gepackt, Konflikt, Teilangebot, Teilbar, Teilvorschau, Wahl,
    Wahlen,
};

/// The hook in the registry entry.
pub fn teilbar() -> Teilbar {
    Teilbar::neu(angebote, packe, vorschau, uebernimm)
}

/// A stakeholder as packed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Paketstakeholder {
    /// The stakeholder without catalogue ids and project links.
    pub stakeholder: Stakeholder,
    /// Kategorie by name.
    pub kategorie: String,
    /// Kanal by name.
    pub kanal: String,
    /// Frequenz by name.
    pub frequenz: String,
}

fn angebote(ab: &Arbeitsbereich) -> Vec<Teilangebot> {
    let sa = &ab.werkzeuge.stakeholderanalyse;
    let offen = sa.stakeholder.iter().filter(|s| !s.vertraulich).count();
    let vertraulich = sa.stakeholder.len() - offen;
    let mut liste = Vec::new();
    if offen > 0 {
        liste.push(Teilangebot {
            id: "stakeholder".into(),
            bezeichnung: format!(
                "Stakeholderanalyse ohne vertrauliche Einträge ({})",
                anzahl(offen, "Stakeholder", "Stakeholder")
            ),
            ..Teilangebot::default()
        });
    }
    if vertraulich > 0 {
        liste.push(Teilangebot {
            id: "vertraulich".into(),
            bezeichnung: format!("Vertraulich markierte Stakeholder ({vertraulich})"),
            vertraulich: true,
            ..Teilangebot::default()
        });
    }
    liste
}

fn name_von(sa: &Stakeholderanalyse, art: Katalogart, id: Option<u32>) -> String {
    Stakeholderanalyse::katalogname(sa.katalog(art), id)
        .unwrap_or_default()
        .to_owned()
}

fn packe(ab: &Arbeitsbereich, ids: &[String], mit_vertraulichem: bool) -> Gepackt {
    let sa = &ab.werkzeuge.stakeholderanalyse;
    let offen = ids.iter().any(|i| i == "stakeholder");
    let vertraulich = mit_vertraulichem && ids.iter().any(|i| i == "vertraulich");
    let mut liste = Vec::new();
    let mut eintraege = Vec::new();
    for s in sa
        .stakeholder
        .iter()
        .filter(|s| if s.vertraulich { vertraulich } else { offen })
    {
        liste.push(Paketstakeholder {
            stakeholder: Stakeholder {
                kategorie: None,
                kanal: None,
                frequenz: None,
                projekte: Vec::new(),
                ..s.clone()
            },
            kategorie: name_von(sa, Katalogart::Kategorie, s.kategorie),
            kanal: name_von(sa, Katalogart::Kanal, s.kanal),
            frequenz: name_von(sa, Katalogart::Frequenz, s.frequenz),
        });
        eintraege.push(format!(
            "Stakeholder „{}“{}",
            s.name.trim(),
            if s.vertraulich { " (vertraulich)" } else { "" }
        ));
    }
    (serde_json::json!({ "stakeholder": liste }), eintraege)
}

fn teil(wert: &Value) -> Result<Vec<Paketstakeholder>, String> {
    let liste: Vec<Paketstakeholder> = teil_lesen(wert.get("stakeholder").unwrap_or(&Value::Null))?;
    let leer = Stakeholderanalyse::default();
    for p in &liste {
        if let Some(f) = leer.pruefe_stakeholder(&p.stakeholder).into_iter().next() {
            return Err(format!(
                "Stakeholder „{}“: {}",
                p.stakeholder.name.trim(),
                f.meldung
            ));
        }
    }
    Ok(liste)
}

fn eigener(sa: &Stakeholderanalyse, name: &str) -> Option<u32> {
    sa.stakeholder
        .iter()
        .find(|s| falten(s.name.trim()) == falten(name.trim()))
        .map(|s| s.id)
}

fn schluessel(name: &str) -> String {
    format!("stakeholder:{}", falten(name.trim()))
}

fn vorschau(ab: &Arbeitsbereich, wert: &Value) -> Result<Teilvorschau, String> {
    let sa = &ab.werkzeuge.stakeholderanalyse;
    let mut v = Teilvorschau::default();
    for p in teil(wert)? {
        let name = p.stakeholder.name.trim().to_owned();
        match eigener(sa, &name) {
            Some(_) => v.konflikte.push(Konflikt {
                schluessel: schluessel(&name),
                bezeichnung: format!("Stakeholder „{name}“"),
                grund: "gleicher Name".into(),
            }),
            None => v.neu.push(format!("Stakeholder „{name}“")),
        }
    }
    Ok(v)
}

fn katalog_id(sa: &mut Stakeholderanalyse, art: Katalogart, name: &str) -> Option<u32> {
    if name.trim().is_empty() {
        return None;
    }
    match sa
        .katalog(art)
        .iter()
        .find(|k| falten(k.name.trim()) == falten(name.trim()))
    {
        Some(k) => Some(k.id),
        None => Some(sa.neuer_katalogeintrag(art, name)),
    }
}

fn uebernimm(ab: &mut Arbeitsbereich, wert: &Value, wahlen: &Wahlen) -> String {
    let Ok(liste) = teil(wert) else {
        return "Nicht eingelesen: der Teil ist beschädigt.".into();
    };
    let sa = &mut ab.werkzeuge.stakeholderanalyse;
    let (mut neu, mut kopiert, mut ersetzt, mut uebersprungen) = (0, 0, 0, 0);
    for p in liste {
        let name = p.stakeholder.name.trim().to_owned();
        let eigen = eigener(sa, &name);
        let w = wahl(wahlen, &schluessel(&name));
        if eigen.is_some() && w == Wahl::Ueberspringen {
            uebersprungen += 1;
            continue;
        }
        let s = Stakeholder {
            id: 0,
            kategorie: katalog_id(sa, Katalogart::Kategorie, &p.kategorie),
            kanal: katalog_id(sa, Katalogart::Kanal, &p.kanal),
            frequenz: katalog_id(sa, Katalogart::Frequenz, &p.frequenz),
            ..p.stakeholder.clone()
        };
        match (eigen, w) {
            (None, _) => {
                sa.speichere_stakeholder(Stakeholder { name, ..s });
                neu += 1;
            }
            (Some(_), Wahl::AlsKopie) => {
                let titel =
                    kopietitel(&name, |t| sa.stakeholder.iter().any(|x| x.name.trim() == t));
                sa.speichere_stakeholder(Stakeholder { name: titel, ..s });
                kopiert += 1;
            }
            (Some(id), _) => {
                let projekte = sa
                    .stakeholder
                    .mit_id(id)
                    .map(|x| x.projekte.clone())
                    .unwrap_or_default();
                sa.speichere_stakeholder(Stakeholder { id, projekte, ..s });
                ersetzt += 1;
            }
        }
    }
    format!("Stakeholder: {neu} neu, {kopiert} als Kopie, {ersetzt} übernommen, {uebersprungen} übersprungen.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::datum::Datum;

    fn mit_beispiel() -> Arbeitsbereich {
        let mut ab = Arbeitsbereich::neu("a", "A", "2026-12-04T09:00:00Z");
        ab.werkzeuge.stakeholderanalyse =
            super::super::examples::beispiel(Datum::neu(2026, 12, 4).unwrap());
        ab
    }

    /// Confidential stakeholders leave only with both the item and the explicit choice.
    #[test]
    fn vertrauliche_nur_auf_ausdrueckliche_wahl() {
        let ab = mit_beispiel();
        let sa = &ab.werkzeuge.stakeholderanalyse;
        let vertrauliche: Vec<&str> = sa
            .stakeholder
            .iter()
            .filter(|s| s.vertraulich)
            .map(|s| s.name.as_str())
            .collect();
        assert!(!vertrauliche.is_empty());
        let a = angebote(&ab);
        assert!(a.iter().any(|x| x.id == "vertraulich" && x.heikel()));
        let alle: Vec<String> = a.iter().map(|x| x.id.clone()).collect();
        for (mit, erwartet) in [(false, false), (true, true)] {
            let (wert, eintraege) = packe(&ab, &alle, mit);
            let text = wert.to_string();
            assert_eq!(
                vertrauliche.iter().all(|n| text.contains(n)),
                erwartet,
                "mit_vertraulichem = {mit}"
            );
            assert_eq!(
                eintraege.len(),
                if mit {
                    sa.stakeholder.len()
                } else {
                    sa.stakeholder.len() - vertrauliche.len()
                }
            );
        }
        // Into an empty analysis: all new, catalogue entries by name.
        let (wert, _) = packe(&ab, &alle, false);
        let mut leer = Arbeitsbereich::neu("b", "B", "2026-12-04T09:00:00Z");
        assert_eq!(vorschau(&leer, &wert).unwrap().konflikte.len(), 0);
        uebernimm(&mut leer, &wert, &Wahlen::new());
        let neu = &leer.werkzeuge.stakeholderanalyse;
        assert_eq!(
            neu.stakeholder.len(),
            sa.stakeholder.len() - vertrauliche.len()
        );
        for s in &neu.stakeholder {
            let alt = sa.stakeholder.iter().find(|x| x.name == s.name).unwrap();
            assert_eq!(
                name_von(neu, Katalogart::Kategorie, s.kategorie),
                name_von(sa, Katalogart::Kategorie, alt.kategorie)
            );
            assert_eq!(s.bewertungen, alt.bewertungen);
        }
    }
}
