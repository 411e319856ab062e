//! The example: the default catalogue (marked "bitte prüfen") and the OZG team of the other
//! tools' Bundesbehörde: six persons in three roles (four named with consent, two by code
//! only), self- and peer ratings from two workshops three months apart, and two development
//! measures for priority gaps.

use super::model::{
    Einschaetzung, Kompetenzreflexion, Massnahme, Massnahmenstatus, Niveau, Person, Phase, Workshop,
};
use crate::shared::datum::Datum;

/// Roles of the example team, from the default catalogue.
const ROLLEN: [&str; 3] = [
    "IT-Projektmanager/in",
    "Prozessmanager/in",
    "Fachaufgabenträger/in",
];

/// The team: (name, role index). Names are invented.
const TEAM: [(&str, usize); 6] = [
    ("Jana Beispiel", 0),
    ("Tom Muster", 0),
    ("Aylin Probst", 1),
    ("", 1),
    ("Karl Exempel", 2),
    ("", 2),
];

/// Self and peer levels of the second workshop per person, over the 15 default competences in
/// catalogue order: "sf" pairs, `0` for none.
const BEWERTUNGEN: [&str; 6] = [
    "21 22 11 22 21 11 32 22 21 33 22 22 33 22 22",
    "11 21 10 21 11 10 22 11 11 22 21 22 22 22 33",
    "21 21 10 22 21 22 22 32 11 22 21 22 22 33 22",
    "10 11 10 11 11 11 11 21 10 22 11 11 22 22 22",
    "33 22 21 11 21 11 11 21 11 22 11 22 21 22 33",
    "22 11 11 10 11 10 11 11 10 21 11 21 22 22 22",
];

/// The example anchored at `heute`: the first workshop 100 days ago, the second 10 days ago.
pub fn beispiel(heute: Datum) -> Kompetenzreflexion {
    let mut k = Kompetenzreflexion::default();
    k.uebernimm_vorgabe();
    let rollen: Vec<u32> = ROLLEN
        .iter()
        .map(|n| {
            k.rollen
                .iter()
                .find(|r| r.name == *n)
                .map(|r| r.id)
                .unwrap_or(0)
        })
        .collect();
    let kompetenzen: Vec<u32> = super::model::vorgabe_kompetenzen()
        .iter()
        .filter_map(|v| {
            k.kompetenzen
                .iter()
                .find(|x| x.name == v.name)
                .map(|x| x.id)
        })
        .collect();
    let personen: Vec<u32> = TEAM
        .iter()
        .map(|(name, r)| {
            k.speichere_person(Person {
                name: (*name).to_owned(),
                rolle: Some(rollen[*r]),
                ..Person::default()
            })
        })
        .collect();
    let frueher = heute.plus_tage(-100);
    let zuletzt = heute.plus_tage(-10);
    for (pi, zeile) in BEWERTUNGEN.iter().enumerate() {
        for (ki, paar) in zeile.split(' ').enumerate() {
            let mut z = paar
                .chars()
                .filter_map(|c| c.to_digit(10))
                .map(|d| Niveau::aus_wert(d as u8));
            let selbst = z.next().flatten();
            let fremd = z.next().flatten();
            // First round: self-ratings only, one level lower where above 1.
            let vorher = selbst.map(|s| {
                Niveau::aus_wert(s.wert().saturating_sub(u8::from(ki % 3 == 0)).max(1)).unwrap_or(s)
            });
            k.speichere_einschaetzung(Einschaetzung {
                person: personen[pi],
                kompetenz: kompetenzen[ki],
                datum: frueher,
                selbst: vorher,
                ..Einschaetzung::default()
            });
            k.speichere_einschaetzung(Einschaetzung {
                person: personen[pi],
                kompetenz: kompetenzen[ki],
                datum: zuletzt,
                selbst,
                fremd,
                kommentar: if pi == 1 && ki == 6 {
                    "Erstes eigenes Projekt seit dem Frühjahr".to_owned()
                } else {
                    String::new()
                },
                ..Einschaetzung::default()
            });
        }
    }
    k.speichere_workshop(Workshop {
        titel: "Auftakt Kompetenzreflexion OZG-Team".into(),
        datum: Some(frueher),
        teilnehmende: personen.clone(),
        phase: Phase::Massnahmen,
        einstieg: "Ziel: gemeinsames Bild der Kompetenzen im OZG-Team. Einschätzungen sind freiwillig; Namen bleiben im Team.".into(),
        reflexion: "Selbsteinschätzung zu allen 15 Kompetenzen.".into(),
        gap_analyse: "Größte Lücken im Projekt- und Risikomanagement.".into(),
        massnahmen: "Schulungsbedarf an die Trainingskonzepte weitergeben.".into(),
        ergebnisse: "Selbstbild erfasst; Fremdeinschätzung im zweiten Workshop.".into(),
        ..Workshop::default()
    });
    k.speichere_workshop(Workshop {
        titel: "Zweiter Workshop mit Fremdeinschätzung".into(),
        datum: Some(zuletzt),
        teilnehmende: personen.clone(),
        phase: Phase::GapAnalyse,
        einstieg: "Rückblick auf die Maßnahmen seit dem Auftakt.".into(),
        reflexion: "Selbst- und Fremdeinschätzung in Paaren.".into(),
        ..Workshop::default()
    });
    k.speichere_massnahme(Massnahme {
        id: 0,
        person: Some(personen[1]),
        kompetenz: kompetenzen[8],
        titel: "Schulung Risikomanagement in IT-Projekten".into(),
        verantwortlich: "Referat Z 2 (Fortbildung)".into(),
        termin: Some(heute.plus_tage(60)),
        status: Massnahmenstatus::Geplant,
    });
    k.speichere_massnahme(Massnahme {
        id: 0,
        person: None,
        kompetenz: kompetenzen[5],
        titel: "Lerneinheit FIM-Bausteine für das ganze Team".into(),
        verantwortlich: "OZG-Koordination".into(),
        termin: Some(heute.plus_tage(30)),
        status: Massnahmenstatus::InArbeit,
    });
    k
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::kompetenzreflexion::calc;

    #[test]
    fn beispiel_hat_team_verlauf_und_prioritaere_luecken() {
        let heute = Datum::neu(2026, 12, 3).unwrap();
        let k = beispiel(heute);
        assert_eq!(k.personen.len(), 6);
        let rollen: std::collections::BTreeSet<_> = k.personen.iter().map(|p| p.rolle).collect();
        assert_eq!(rollen.len(), 3);
        assert_eq!(calc::daten(&k).len(), 2, "Verlauf über zwei Termine");
        assert!(k.einschaetzungen.iter().any(|e| e.fremd.is_some()));
        let luecken = calc::luecken(&k);
        assert!(luecken.iter().filter(|l| l.zelle.prioritaer()).count() >= 3);
        assert_eq!(k.massnahmen.len(), 2);
        assert!(k
            .massnahmen
            .iter()
            .all(|m| k.kompetenz(m.kompetenz).is_some()));
        // The personal measure addresses a priority gap of its person.
        let m = &k.massnahmen[0];
        assert!(luecken.iter().any(|l| Some(l.person) == m.person
            && l.kompetenz == m.kompetenz
            && l.zelle.prioritaer()));
        assert_eq!(k.personen.iter().filter(|p| p.name.is_empty()).count(), 2);
    }
}
