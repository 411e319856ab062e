//! Export of the Verankerung tool: the sheets "Verankerung" (one row per measure, a goal without
//! measures in one row of its own: Dimension, Ziel, Ist, Soll, Lücke, Maßnahme, Verantwortlich,
//! Termin, Status) and "Verlauf" (one row per goal × Stichtag), then the Legende with the scale,
//! the states, the Dimensionen and Handlungsfelder and the computed columns.
//!
//! Levels are written as whole numbers 0–4 (so they can be averaged and filtered); the Legende
//! names each number. First columns are permanent ids: `V` goal, `M` measure, `B` assessment.

use super::calc;
use super::model::{Massnahme, Massnahmenstatus, Stufe, Verankerung, Ziel};
use crate::export::{
    aufzaehlungen, Blatt, Blattauswahl, Info, Legende, Legendeneintrag, Mappe, Tabelle,
};
use crate::shared::datum::Datum;
use crate::shared::vokabular::{Dimension, Handlungsfeld};

aufzaehlungen!(Stufe);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 2] = ["Verankerung", "Verlauf"];

/// Marker of a goal nobody has confirmed yet.
pub const BITTE_PRUEFEN: &str = "bitte prüfen";

/// The workbook; overdue days are counted at `heute`.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(plan: &Verankerung, info: Info, heute: Datum, nur_blatt: Option<usize>) -> Mappe {
    Mappe {
        info,
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| verankerung(plan, heute))
            .blatt(|| verlauf(plan))
            .fertig(),
        legende: legende(),
    }
}

/// "bitte prüfen", "ausgemustert am 01.02.2026" or nothing.
fn zielstatus(z: &Ziel) -> String {
    match (z.ausgemustert, z.bitte_pruefen) {
        (Some(d), _) => format!("ausgemustert am {}", d.deutsch()),
        (None, true) => BITTE_PRUEFEN.to_owned(),
        (None, false) => String::new(),
    }
}

fn dimension(z: &Ziel) -> &'static str {
    z.dimension.map_or("", Dimension::name)
}

fn verankerung(plan: &Verankerung, heute: Datum) -> Blatt {
    let zeilen: Vec<(&Ziel, Option<&Massnahme>)> = plan
        .ziele
        .iter()
        .flat_map(|z| {
            let eigene: Vec<Option<&Massnahme>> = calc::massnahmen_sortiert(plan)
                .into_iter()
                .filter(|m| m.ziel == z.id)
                .map(Some)
                .collect();
            let eigene = if eigene.is_empty() {
                vec![None]
            } else {
                eigene
            };
            eigene.into_iter().map(move |m| (z, m))
        })
        .collect();
    let stand = |z: &Ziel| calc::stand_am(plan, z.id, None);
    Tabelle::neu(BLAETTER[0], &zeilen)
        .id("ID", "V", |(z, _)| z.id)
        .text("Dimension", |(z, _)| dimension(z))
        .text("Ziel", |(z, _)| &z.titel)
        .datum("Stichtag", move |(z, _)| stand(z).map(|b| b.stichtag))
        .ganzzahl("Ist", move |(z, _)| stand(z).map(|b| b.ist.wert()))
        .ganzzahl("Soll", move |(z, _)| stand(z).map(|b| b.soll.wert()))
        .ganzzahl("Lücke", move |(z, _)| stand(z).map(calc::luecke))
        .text("Veränderung", |(z, _)| {
            calc::veraenderung(plan, z.id).text()
        })
        .spalte("Maßnahme-ID", |(_, m)| {
            m.map_or(crate::export::Zelle::Leer, |m| {
                crate::export::Zelle::id("M", m.id)
            })
        })
        .text("Maßnahme", |(_, m)| m.map_or("", |m| m.titel.as_str()))
        .text("Verantwortlich", |(_, m)| {
            m.map_or("", |m| m.verantwortlich.as_str())
        })
        .datum("Termin", |(_, m)| m.and_then(|m| m.termin))
        .wort("Status", |(_, m)| m.map(|m| m.status))
        .ganzzahl("Überfällig (Tage)", move |(_, m)| {
            m.and_then(|m| calc::ueberfaellig(m, heute))
        })
        .text("Handlungsfeld", |(_, m)| {
            m.and_then(|m| m.handlungsfeld)
                .map_or("", Handlungsfeld::name)
        })
        .text("Nachweis", move |(z, _)| {
            stand(z).map_or("", |b| b.nachweis.as_str())
        })
        .text("Status des Ziels", |(z, _)| zielstatus(z))
        .text("Quelle", |(z, _)| &z.quelle)
        .blatt()
}

fn verlauf(plan: &Verankerung) -> Blatt {
    let zeilen: Vec<_> = plan
        .ziele
        .iter()
        .flat_map(|z| calc::verlauf(plan, z.id).into_iter().map(move |b| (z, b)))
        .collect();
    Tabelle::neu(BLAETTER[1], &zeilen)
        .id("ID", "B", |(_, b)| b.id)
        .id("Ziel-ID", "V", |(z, _)| z.id)
        .text("Dimension", |(z, _)| dimension(z))
        .text("Ziel", |(z, _)| &z.titel)
        .datum("Stichtag", |(_, b)| b.stichtag)
        .ganzzahl("Ist", |(_, b)| b.ist.wert())
        .ganzzahl("Soll", |(_, b)| b.soll.wert())
        .ganzzahl("Lücke", |(_, b)| calc::luecke(b))
        .text("Nachweis", |(_, b)| &b.nachweis)
        .text("Verantwortlich", |(_, b)| &b.verantwortlich)
        .text("Kommentar", |(_, b)| &b.kommentar)
        .blatt()
}

/// The Legende: the scale, the states, Dimensionen, Handlungsfelder and computed columns.
pub fn legende() -> Vec<Legendeneintrag> {
    let mut l = Legende::neu();
    l.aufzaehlung("Ist / Soll (Stufe)", Stufe::ALLE);
    l.aufzaehlung("Status", Massnahmenstatus::ALLE);
    l.gruppe(
        "Dimension",
        Dimension::ALLE.map(|d| (d.name(), "Dimension der UPO-Unterstützung")),
    );
    l.gruppe(
        "Handlungsfeld",
        Handlungsfeld::ALLE.map(|h| (h.name(), h.beschreibung())),
    );
    l.gruppe("Berechnete Spalte", [
        ("Ist, Soll, Stichtag, Nachweis", "aus der neuesten Bewertung des Ziels"),
        ("Lücke", "Soll − Ist, nie unter 0"),
        ("Veränderung", "Ist der neuesten gegenüber der vorigen Bewertung desselben Ziels (▲ höher, ▼ niedriger, = unverändert)"),
        ("Überfällig (Tage)", "Tage seit dem Termin einer offenen Maßnahme (geplant oder in Arbeit), am Exporttag"),
        ("Status des Ziels", "„bitte prüfen“: vorgeschlagenes Ziel aus unserer Rekonstruktion, noch nicht bestätigt; „ausgemustert“: wird nicht mehr bewertet, der Verlauf bleibt"),
    ]);
    l.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Zelle;

    #[test]
    fn blaetter_mit_zielen_massnahmen_und_verlauf() {
        let heute = Datum::neu(2026, 12, 3).unwrap();
        let ab0 = crate::daten::arbeitsbereich::Arbeitsbereich::neu("b", "B", "t");
        let plan = super::super::examples::beispiel(heute, &ab0);
        let stempel = crate::export::Zeitstempel {
            datum: heute,
            stunde: 8,
            minute: 0,
        };
        let info = Info {
            titel: "Verankerung".into(),
            arbeitsbereich: "B".into(),
            behoerde: String::new(),
            ressort: String::new(),
            stand: Some(heute),
            exportiert_am: stempel,
            app_version: crate::APP_VERSION.into(),
            datenversion: crate::daten::umschlag::SCHEMA,
            einstufung: String::new(),
            hinweise: Vec::new(),
        };
        let m = mappe(&plan, info, heute, None);
        let [v, verlauf] = &m.blaetter[..] else {
            panic!("zwei Blätter")
        };
        assert_eq!(v.name, "Verankerung");
        for name in [
            "Dimension",
            "Ziel",
            "Ist",
            "Soll",
            "Lücke",
            "Maßnahme",
            "Verantwortlich",
            "Termin",
            "Status",
        ] {
            v.spalte_nr(name);
        }
        // 13 goals, five measures on five of them: one row per goal.
        assert_eq!(v.zeilen.len(), 13);
        let stellen = v
            .zeilen
            .iter()
            .find(|z| z[v.spalte_nr("Ziel")] == Zelle::text("Stellen für die Daueraufgabe"))
            .unwrap();
        assert_eq!(stellen[v.spalte_nr("Ist")], Zelle::ganzzahl_opt(Some(1)));
        assert_eq!(stellen[v.spalte_nr("Lücke")], Zelle::ganzzahl_opt(Some(3)));
        assert!(matches!(stellen[v.spalte_nr("Überfällig (Tage)")], Zelle::Ganzzahl(n) if n > 0));
        // 12 goals twice, FIM-Pflege once.
        assert_eq!(verlauf.zeilen.len(), 25);
        assert!(m.legende.iter().any(|e| e.wert == "4 verstetigt"));
    }
}
