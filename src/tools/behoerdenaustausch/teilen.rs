//! The Behördenaustausch's part in sharing packages (`tools::paket`): its
//! Nachnutzungsangebote, each with the offering Behörde and its Ressort written out (ids are
//! local to a workspace). On import the Behörde is found by Kürzel or name, or added to the
//! catalogue. A conflict is an offer with the same title from the same Behörde (the natural
//! key; case, accents and umlauts do not matter): "als Kopie" adds it as "… (Kopie)",
//! "übernehmen" replaces the own offer's fields (its id stays).

use crate::shared::datensatz::Datensaetze;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::{Angebot, Angebotsstatus, Behoerde, Behoerdenaustausch, Gegenstand, Ressort};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::text::falten;
use crate::tools::paket::{
    kopietitel, teil_lesen, wahl, Konflikt, Teilangebot, Teilbar, Teilvorschau, Wahl, Wahlen,
};

/// The hook in the registry entry.
pub fn teilbar() -> Teilbar {
    Teilbar::neu(angebote, packe, vorschau, uebernimm)
}

/// An offer as packed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Paketangebot {
    /// Offering Behörde: name.
    pub behoerde: String,
    /// Its Kürzel.
    pub kuerzel: String,
    /// Its Ressort's Kürzel.
    pub ressort: String,
    /// What is offered.
    pub gegenstand: Gegenstand,
    /// Title.
    pub titel: String,
    /// Contact.
    pub kontakt: String,
    /// Conditions.
    pub bedingungen: String,
    /// State.
    pub status: Angebotsstatus,
}

fn bezeichnung(titel: &str, behoerde: &str) -> String {
    if behoerde.is_empty() {
        format!("Nachnutzungsangebot „{}“", titel.trim())
    } else {
        format!("Nachnutzungsangebot „{}“ ({behoerde})", titel.trim())
    }
}

fn angebote(ab: &Arbeitsbereich) -> Vec<Teilangebot> {
    let ba = &ab.werkzeuge.behoerdenaustausch;
    ba.angebote
        .iter()
        .map(|a| Teilangebot {
            id: format!("angebot:{}", a.id),
            bezeichnung: bezeichnung(
                &a.titel,
                &a.behoerde.map(|b| ba.behoerdenname(b)).unwrap_or_default(),
            ),
            ..Teilangebot::default()
        })
        .collect()
}

fn packe(ab: &Arbeitsbereich, ids: &[String], _: bool) -> (Value, Vec<String>) {
    let ba = &ab.werkzeuge.behoerdenaustausch;
    let mut liste = Vec::new();
    let mut eintraege = Vec::new();
    for a in ba
        .angebote
        .iter()
        .filter(|a| ids.contains(&format!("angebot:{}", a.id)))
    {
        let b = a.behoerde.and_then(|b| ba.behoerde(b));
        let p = Paketangebot {
            behoerde: b.map(|b| b.name.clone()).unwrap_or_default(),
            kuerzel: b.map(|b| b.kuerzel.clone()).unwrap_or_default(),
            ressort: a.behoerde.map(|b| ba.ressort_von(b)).unwrap_or_default(),
            gegenstand: a.gegenstand,
            titel: a.titel.clone(),
            kontakt: a.kontakt.clone(),
            bedingungen: a.bedingungen.clone(),
            status: a.status,
        };
        eintraege.push(bezeichnung(
            &p.titel,
            &b.map(Behoerde::kurz).unwrap_or_default(),
        ));
        liste.push(p);
    }
    (serde_json::json!({ "angebote": liste }), eintraege)
}

fn teil(wert: &Value) -> Result<Vec<Paketangebot>, String> {
    let liste: Vec<Paketangebot> = teil_lesen(wert.get("angebote").unwrap_or(&Value::Null))?;
    for p in &liste {
        if p.titel.trim().is_empty() {
            return Err("Ein Nachnutzungsangebot hat keinen Titel.".into());
        }
        if p.behoerde.trim().is_empty() && p.kuerzel.trim().is_empty() {
            return Err(format!(
                "Das Nachnutzungsangebot „{}“ nennt keine anbietende Behörde.",
                p.titel.trim()
            ));
        }
    }
    Ok(liste)
}

/// The catalogue's Behörde of a packed offer: same Kürzel or same name.
fn finde_behoerde(ba: &Behoerdenaustausch, p: &Paketangebot) -> Option<u32> {
    let gleich = |x: &str, y: &str| !y.trim().is_empty() && falten(x.trim()) == falten(y.trim());
    ba.behoerden
        .iter()
        .find(|b| gleich(&b.kuerzel, &p.kuerzel) || gleich(&b.name, &p.behoerde))
        .map(|b| b.id)
}

/// The own offer with the same natural key (title and Behörde).
fn finde_angebot(ba: &Behoerdenaustausch, p: &Paketangebot) -> Option<u32> {
    let behoerde = finde_behoerde(ba, p)?;
    ba.angebote
        .iter()
        .find(|a| a.behoerde == Some(behoerde) && falten(a.titel.trim()) == falten(p.titel.trim()))
        .map(|a| a.id)
}

fn schluessel(p: &Paketangebot) -> String {
    format!(
        "angebot:{}|{}",
        falten(p.kuerzel.trim()),
        falten(p.titel.trim())
    )
}

fn vorschau(ab: &Arbeitsbereich, wert: &Value) -> Result<Teilvorschau, String> {
    let ba = &ab.werkzeuge.behoerdenaustausch;
    let mut v = Teilvorschau::default();
    for p in teil(wert)? {
        let name = bezeichnung(
            &p.titel,
            if p.kuerzel.is_empty() {
                &p.behoerde
            } else {
                &p.kuerzel
            },
        );
        match finde_angebot(ba, &p) {
            Some(_) => v.konflikte.push(Konflikt {
                schluessel: schluessel(&p),
                bezeichnung: name,
                grund: "gleicher Titel, gleiche Behörde".into(),
            }),
            None => v.neu.push(name),
        }
    }
    Ok(v)
}

/// The Behörde of a packed offer, added to the catalogue (with its Ressort) if missing.
fn behoerde_sicherstellen(ba: &mut Behoerdenaustausch, p: &Paketangebot) -> u32 {
    if let Some(id) = finde_behoerde(ba, p) {
        return id;
    }
    let ressort = (!p.ressort.trim().is_empty()).then(|| {
        match ba
            .ressorts
            .iter()
            .find(|r| r.kuerzel.trim().eq_ignore_ascii_case(p.ressort.trim()))
        {
            Some(r) => r.id,
            None => ba.speichere_ressort(Ressort {
                id: 0,
                kuerzel: p.ressort.trim().to_owned(),
                ..Ressort::default()
            }),
        }
    });
    let name = if p.behoerde.trim().is_empty() {
        p.kuerzel.trim()
    } else {
        p.behoerde.trim()
    };
    ba.speichere_behoerde(Behoerde {
        id: 0,
        name: name.to_owned(),
        kuerzel: p.kuerzel.trim().to_owned(),
        ressort,
        bitte_pruefen: false,
    })
}

fn uebernimm(ab: &mut Arbeitsbereich, wert: &Value, wahlen: &Wahlen) -> String {
    let Ok(liste) = teil(wert) else {
        return "Nicht eingelesen: der Teil ist beschädigt.".into();
    };
    let ba = &mut ab.werkzeuge.behoerdenaustausch;
    let (mut neu, mut kopiert, mut ersetzt, mut uebersprungen) = (0, 0, 0, 0);
    for p in liste {
        let eigen = finde_angebot(ba, &p);
        let angebot = |ba: &mut Behoerdenaustausch, id: u32, titel: String| Angebot {
            id,
            behoerde: Some(behoerde_sicherstellen(ba, &p)),
            gegenstand: p.gegenstand,
            titel,
            kontakt: p.kontakt.clone(),
            bedingungen: p.bedingungen.clone(),
            status: p.status,
        };
        match (eigen, wahl(wahlen, &schluessel(&p))) {
            (None, _) => {
                ba.katalog_sicherstellen();
                let a = angebot(ba, 0, p.titel.trim().to_owned());
                ba.speichere_angebot(a);
                neu += 1;
            }
            (Some(_), Wahl::Ueberspringen) => uebersprungen += 1,
            (Some(_), Wahl::AlsKopie) => {
                let titel = kopietitel(&p.titel, |t| {
                    ba.angebote.iter().any(|a| a.titel.trim() == t)
                });
                let a = angebot(ba, 0, titel);
                ba.speichere_angebot(a);
                kopiert += 1;
            }
            (Some(id), Wahl::Uebernehmen) => {
                let titel = ba
                    .angebote
                    .mit_id(id)
                    .map(|a| a.titel.clone())
                    .unwrap_or_default();
                let a = angebot(ba, id, titel);
                ba.speichere_angebot(a);
                ersetzt += 1;
            }
        }
    }
    format!("Nachnutzungsangebote: {neu} neu, {kopiert} als Kopie, {ersetzt} übernommen, {uebersprungen} übersprungen.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::datum::Datum;

    fn mit_beispiel() -> Arbeitsbereich {
        let mut ab = Arbeitsbereich::neu("a", "A", "2026-12-04T09:00:00Z");
        ab.werkzeuge.behoerdenaustausch =
            super::super::examples::beispiel(Datum::neu(2026, 12, 4).unwrap());
        ab
    }

    #[test]
    fn angebot_reist_mit_behoerde_und_ressort() {
        let ab = mit_beispiel();
        let ids: Vec<String> = angebote(&ab).into_iter().map(|a| a.id).collect();
        let (wert, eintraege) = packe(&ab, &ids, false);
        assert_eq!(
            eintraege,
            ["Nachnutzungsangebot „Testfallbibliothek Antragsassistent“ (BVA)"]
        );
        let mut leer = Arbeitsbereich::neu("b", "B", "2026-12-04T09:00:00Z");
        let v = vorschau(&leer, &wert).unwrap();
        assert_eq!((v.neu.len(), v.konflikte.len()), (1, 0));
        uebernimm(&mut leer, &wert, &Wahlen::new());
        let ba = &leer.werkzeuge.behoerdenaustausch;
        let a = &ba.angebote[0];
        assert_eq!(ba.behoerdenname(a.behoerde.unwrap()), "BVA");
        assert_eq!(ba.ressort_von(a.behoerde.unwrap()), "BMI");
        // A second time: the same offer is a conflict; "übernehmen" keeps its id.
        let v = vorschau(&leer, &wert).unwrap();
        assert_eq!(v.konflikte.len(), 1);
        let id = a.id;
        let wahlen: Wahlen = [(v.konflikte[0].schluessel.clone(), Wahl::Uebernehmen)].into();
        let bericht = uebernimm(&mut leer, &wert, &wahlen);
        assert!(bericht.contains("1 übernommen"), "{bericht}");
        assert_eq!(leer.werkzeuge.behoerdenaustausch.angebote.len(), 1);
        assert_eq!(leer.werkzeuge.behoerdenaustausch.angebote[0].id, id);
    }

    #[test]
    fn angebot_ohne_behoerde_ist_beschaedigt() {
        let wert = serde_json::json!({ "angebote": [{ "titel": "X" }] });
        let leer = Arbeitsbereich::neu("b", "B", "2026-12-04T09:00:00Z");
        assert!(vorschau(&leer, &wert)
            .unwrap_err()
            .contains("keine anbietende Behörde"));
    }
}
