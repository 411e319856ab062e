//! The Multiprojektplan's part in sharing packages (`tools::paket`): a chosen set of projects
//! with their milestones and status reports, and the dependencies among them (a dependency
//! travels only when both its ends are in the package). The Bewertungen of the
//! prioritisation travel with the criteria's names and are matched by name with the
//! receiver's criteria (case, accents and umlauts do not matter); a Bewertung without a match
//! is dropped and the report says how many.
//!
//! Ids are local to a workspace, so the receiver numbers every record anew. A conflict is a
//! project with the same Projekt-ID (the natural key): "als Kopie" adds it under
//! `<ID>-Kopie`, "übernehmen" replaces the own project's master data (its id stays, so
//! Budgetmonitor and Zielstufenplaner keep their links), updates its milestones of the same
//! Bezeichnung, adds the others and the reports of other Stichtage; nothing of the own project
//! is deleted.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::{Abhaengigkeit, Bezug, Meilenstein, Multiprojektplan, Projekt, Statusbericht};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datensatz::Datensaetze;
use crate::shared::text::{anzahl, falten};
use crate::tools::paket::{
    teil_lesen, wahl, Gepackt, Konflikt, Teilangebot, Teilbar, Teilvorschau, Wahl, Wahlen,
};
use crate::tools::testmanagement::teilen::kopiekennung;

/// The hook in the registry entry.
pub fn teilbar() -> Teilbar {
    Teilbar::neu(angebote, packe, vorschau, uebernimm)
}

/// A project as packed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Paketprojekt {
    /// The project as the sender keeps it.
    pub projekt: Projekt,
    /// Its milestones.
    pub meilensteine: Vec<Meilenstein>,
    /// Its status reports.
    pub statusberichte: Vec<Statusbericht>,
    /// Sender's criterion id → name, for the project's Bewertungen.
    pub kriterien: BTreeMap<u32, String>,
}

/// The packed part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
struct Teil {
    projekte: Vec<Paketprojekt>,
    abhaengigkeiten: Vec<Abhaengigkeit>,
}

fn bezeichnung(p: &Projekt) -> String {
    format!("Projekt {} „{}“", p.kennung.trim(), p.titel.trim())
}

fn angebote(ab: &Arbeitsbereich) -> Vec<Teilangebot> {
    ab.werkzeuge
        .multiprojektplan
        .projekte
        .iter()
        .map(|p| Teilangebot {
            id: format!("projekt:{}", p.id),
            bezeichnung: bezeichnung(p),
            ..Teilangebot::default()
        })
        .collect()
}

fn packe(ab: &Arbeitsbereich, ids: &[String], _: bool) -> Gepackt {
    let plan = &ab.werkzeuge.multiprojektplan;
    let mut teil = Teil::default();
    let mut eintraege = Vec::new();
    for p in plan
        .projekte
        .iter()
        .filter(|p| ids.contains(&format!("projekt:{}", p.id)))
    {
        let kriterien = p
            .bewertungen
            .keys()
            .filter_map(|&k| plan.kriterien.mit_id(k).map(|x| (k, x.name.clone())))
            .collect();
        teil.projekte.push(Paketprojekt {
            projekt: p.clone(),
            meilensteine: plan
                .meilensteine
                .iter()
                .filter(|m| m.projekt == p.id)
                .cloned()
                .collect(),
            statusberichte: plan
                .statusberichte
                .iter()
                .filter(|b| b.projekt == p.id)
                .cloned()
                .collect(),
            kriterien,
        });
        eintraege.push(bezeichnung(p));
    }
    let projekte: BTreeSet<u32> = teil.projekte.iter().map(|p| p.projekt.id).collect();
    let meilensteine: BTreeSet<u32> = teil
        .projekte
        .iter()
        .flat_map(|p| p.meilensteine.iter().map(|m| m.id))
        .collect();
    let drin = |b: &Bezug| match b {
        Bezug::Projekt(id) => projekte.contains(id),
        Bezug::Meilenstein(id) => meilensteine.contains(id),
    };
    teil.abhaengigkeiten = plan
        .abhaengigkeiten
        .iter()
        .filter(|a| drin(&a.von) && drin(&a.zu))
        .cloned()
        .collect();
    (
        serde_json::to_value(&teil).unwrap_or(Value::Null),
        eintraege,
    )
}

fn teil(wert: &Value) -> Result<Teil, String> {
    let teil: Teil = teil_lesen(wert)?;
    for p in &teil.projekte {
        if p.projekt.kennung.trim().is_empty() {
            return Err("Ein Projekt hat keine Projekt-ID.".into());
        }
    }
    Ok(teil)
}

/// The own project with the same Projekt-ID.
fn gleiches(plan: &Multiprojektplan, kennung: &str) -> Option<u32> {
    plan.projekte
        .iter()
        .find(|p| p.kennung.trim().eq_ignore_ascii_case(kennung.trim()))
        .map(|p| p.id)
}

fn schluessel(p: &Paketprojekt) -> String {
    format!("projekt:{}", p.projekt.kennung.trim().to_lowercase())
}

fn vorschau(ab: &Arbeitsbereich, wert: &Value) -> Result<Teilvorschau, String> {
    let plan = &ab.werkzeuge.multiprojektplan;
    let mut v = Teilvorschau::default();
    for p in teil(wert)?.projekte {
        match gleiches(plan, &p.projekt.kennung) {
            Some(_) => v.konflikte.push(Konflikt {
                schluessel: schluessel(&p),
                bezeichnung: bezeichnung(&p.projekt),
                grund: "gleiche Projekt-ID".into(),
            }),
            None => v.neu.push(bezeichnung(&p.projekt)),
        }
    }
    Ok(v)
}

/// The project's Bewertungen with the receiver's criterion ids (matched by name); returns how
/// many found no match.
fn bewertungen_abbilden(p: &Paketprojekt, plan: &Multiprojektplan) -> (BTreeMap<u32, u8>, usize) {
    let mut neu = BTreeMap::new();
    let mut fehlend = 0;
    for (k, wert) in &p.projekt.bewertungen {
        let ziel = p.kriterien.get(k).and_then(|name| {
            plan.kriterien
                .iter()
                .find(|x| falten(x.name.trim()) == falten(name.trim()))
        });
        match ziel {
            Some(x) => {
                neu.insert(x.id, *wert);
            }
            None => fehlend += 1,
        }
    }
    (neu, fehlend)
}

fn uebernimm(ab: &mut Arbeitsbereich, wert: &Value, wahlen: &Wahlen) -> String {
    let Ok(teil) = teil(wert) else {
        return "Nicht eingelesen: der Teil ist beschädigt.".into();
    };
    let plan = &mut ab.werkzeuge.multiprojektplan;
    let (mut neu, mut kopiert, mut ersetzt, mut uebersprungen, mut verloren) = (0, 0, 0, 0, 0);
    let mut projekte: HashMap<u32, u32> = HashMap::new();
    let mut meilensteine: HashMap<u32, u32> = HashMap::new();
    for mut p in teil.projekte {
        let eigen = gleiches(plan, &p.projekt.kennung);
        let (bewertungen, fehlend) = bewertungen_abbilden(&p, plan);
        let alt_id = p.projekt.id;
        let ziel = match (eigen, wahl(wahlen, &schluessel(&p))) {
            (Some(_), Wahl::Ueberspringen) => {
                uebersprungen += 1;
                continue;
            }
            (Some(id), Wahl::Uebernehmen) => {
                ersetzt += 1;
                id
            }
            (Some(_), Wahl::AlsKopie) => {
                let vergeben: BTreeSet<String> =
                    plan.projekte.iter().map(|x| x.kennung.clone()).collect();
                p.projekt.kennung = kopiekennung(&p.projekt.kennung, &vergeben);
                kopiert += 1;
                plan.vergib_id()
            }
            (None, _) => {
                neu += 1;
                plan.vergib_id()
            }
        };
        verloren += fehlend;
        projekte.insert(alt_id, ziel);
        p.projekt.id = ziel;
        p.projekt.bewertungen = bewertungen;
        plan.projekte.ersetze_oder_fuege_an(p.projekt);
        for mut m in p.meilensteine {
            let alt = m.id;
            m.projekt = ziel;
            m.id = plan
                .meilensteine
                .iter()
                .find(|x| {
                    x.projekt == ziel
                        && falten(x.bezeichnung.trim()) == falten(m.bezeichnung.trim())
                })
                .map(|x| x.id)
                .unwrap_or_else(|| plan.vergib_id());
            meilensteine.insert(alt, m.id);
            plan.meilensteine.ersetze_oder_fuege_an(m);
        }
        for mut b in p.statusberichte {
            if plan
                .statusberichte
                .iter()
                .any(|x| x.projekt == ziel && x.stichtag == b.stichtag)
            {
                continue;
            }
            b.id = plan.vergib_id();
            b.projekt = ziel;
            plan.statusberichte.push(b);
        }
    }
    let abbilden = |b: &Bezug| match b {
        Bezug::Projekt(id) => projekte.get(id).map(|&n| Bezug::Projekt(n)),
        Bezug::Meilenstein(id) => meilensteine.get(id).map(|&n| Bezug::Meilenstein(n)),
    };
    for mut a in teil.abhaengigkeiten {
        let (Some(von), Some(zu)) = (abbilden(&a.von), abbilden(&a.zu)) else {
            continue;
        };
        if plan
            .abhaengigkeiten
            .iter()
            .any(|x| x.von == von && x.zu == zu)
        {
            continue;
        }
        a.id = plan.vergib_id();
        a.von = von;
        a.zu = zu;
        plan.abhaengigkeiten.push(a);
    }
    let mut teile = vec![format!(
        "{neu} neu, {kopiert} als Kopie, {ersetzt} übernommen, {uebersprungen} übersprungen"
    )];
    if verloren > 0 {
        teile.push(format!(
            "{} ohne gleichnamiges Kriterium entfernt",
            anzahl(verloren, "Bewertung", "Bewertungen")
        ));
    }
    format!("Projekte: {}.", teile.join("; "))
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

    /// Two projects into an empty workspace: new ids, milestones, reports and the dependencies
    /// among them kept, Bewertungen matched by criterion name; again, a conflict per project
    /// (same Projekt-ID), skipped by default, `<ID>-Kopie` on request.
    #[test]
    fn projekte_wandern_mit_meilensteinen_und_fragen_bei_gleicher_id() {
        let quelle = beispiel();
        let alle: Vec<String> = angebote(&quelle).into_iter().map(|a| a.id).collect();
        let (wert, eintraege) = packe(&quelle, &alle, false);
        let plan_q = &quelle.werkzeuge.multiprojektplan;
        assert_eq!(eintraege.len(), plan_q.projekte.len());
        let mut ziel = Arbeitsbereich::neu("z", "Ziel", "2026-12-03T09:00:00Z");
        ziel.werkzeuge.multiprojektplan.kriterien = plan_q.kriterien.clone();
        ziel.werkzeuge.multiprojektplan.naechste_id = 9000;
        let v = vorschau(&ziel, &wert).unwrap();
        assert_eq!((v.neu.len(), v.konflikte.len()), (plan_q.projekte.len(), 0));
        let bericht = uebernimm(&mut ziel, &wert, &Wahlen::new());
        assert!(!bericht.contains("ohne gleichnamiges"), "{bericht}");
        let plan = &ziel.werkzeuge.multiprojektplan;
        assert_eq!(plan.meilensteine.len(), plan_q.meilensteine.len());
        assert_eq!(plan.statusberichte.len(), plan_q.statusberichte.len());
        assert_eq!(plan.abhaengigkeiten.len(), plan_q.abhaengigkeiten.len());
        for p in &plan.projekte {
            let q = plan_q
                .projekte
                .iter()
                .find(|q| q.kennung == p.kennung)
                .unwrap();
            assert!(p.id >= 9000);
            assert_eq!(
                p.bewertungen, q.bewertungen,
                "gleiche Kriterien: gleiche Bewertungen"
            );
        }
        assert!(plan
            .meilensteine
            .iter()
            .all(|m| plan.projekt(m.projekt).is_some()));

        let v = vorschau(&ziel, &wert).unwrap();
        assert_eq!(v.konflikte.len(), plan_q.projekte.len());
        let vorher = ziel.werkzeuge.multiprojektplan.clone();
        uebernimm(&mut ziel, &wert, &Wahlen::new());
        assert_eq!(
            ziel.werkzeuge.multiprojektplan, vorher,
            "überspringen ändert nichts"
        );
        let erster = v.konflikte[0].schluessel.clone();
        uebernimm(&mut ziel, &wert, &Wahlen::from([(erster, Wahl::AlsKopie)]));
        let plan = &ziel.werkzeuge.multiprojektplan;
        assert_eq!(plan.projekte.len(), plan_q.projekte.len() + 1);
        assert!(plan.projekte.iter().any(|p| p.kennung.ends_with("-Kopie")));
    }

    /// "übernehmen" keeps the own project's id (other tools link to it) and deletes nothing.
    #[test]
    fn uebernehmen_behaelt_id_und_loescht_nichts() {
        let quelle = beispiel();
        let q = &quelle.werkzeuge.multiprojektplan.projekte[0];
        let (wert, _) = packe(&quelle, &[format!("projekt:{}", q.id)], false);
        let mut ziel = beispiel();
        let eigen = ziel.werkzeuge.multiprojektplan.projekte[0].id;
        ziel.werkzeuge.multiprojektplan.projekte[0].titel = "Alter Titel".into();
        let meilensteine = ziel.werkzeuge.multiprojektplan.meilensteine.len();
        let v = vorschau(&ziel, &wert).unwrap();
        let wahl = Wahlen::from([(v.konflikte[0].schluessel.clone(), Wahl::Uebernehmen)]);
        uebernimm(&mut ziel, &wert, &wahl);
        let p = ziel.werkzeuge.multiprojektplan.projekt(eigen).unwrap();
        assert_eq!(p.titel, q.titel);
        assert_eq!(
            ziel.werkzeuge.multiprojektplan.meilensteine.len(),
            meilensteine
        );
    }
}
