//! Example data of the Zielstufenplaner: [`beispiel`] is the invented set behind the
//! "Beispiel laden" button (six Leistungen, both maturity models, a history of assessments,
//! stage plans and Nachweise), [`generiere`] a large deterministic set for benchmarks.

use super::model::{
    Bewertung, LeikaTyp, Leistung, Modell, Nachweis, Nachweisstufe, Sdg, Themenfeld, Zielstufe,
    Zielstufenplaner, Zielstufenstatus,
};
use crate::shared::datum::Datum;
use crate::tools::multiprojektplan::model::{Bezug, Multiprojektplan};

fn werte(liste: &[u8]) -> std::collections::BTreeMap<u8, u8> {
    liste
        .iter()
        .enumerate()
        .map(|(i, &w)| (i as u8 + 1, w))
        .collect()
}

/// The example's Leistungen: OZG-ID, LeiKa-ID, Bezeichnung, Themenfeld, Lage, LeiKa-Typ, SDG,
/// model.
type Beispielleistung = (
    &'static str,
    &'static str,
    &'static str,
    Themenfeld,
    &'static str,
    LeikaTyp,
    Sdg,
    Modell,
);

const LEISTUNGEN: [Beispielleistung; 6] = {
    use LeikaTyp::*;
    use Modell::*;
    use Themenfeld::*;
    [
        // OZG-IDs as in the Multiprojektplan's example projects (Elterngeld online, Wohngeld
        // digital, Gewerbeanmeldung). LeiKa-Typ: Bund regelt; Elterngeld vollziehen die Länder
        // (Typ 2), Wohngeld und Gewerbeanmeldung die Kommunen (Typ 3).
        (
            "10367",
            "99041008000000",
            "Elterngeld beantragen",
            FamilieKind,
            "Geburt",
            Typ2,
            Sdg::Nein,
            Rgm11,
        ),
        (
            "10340",
            "99107004000000",
            "Wohngeld beantragen",
            BauenWohnen,
            "Wohnen",
            Typ3,
            Sdg::Nein,
            Rgm11,
        ),
        (
            "10182",
            "99050012104000",
            "Gewerbe anmelden",
            Unternehmensfuehrung,
            "Unternehmensgründung",
            Typ3,
            Sdg::Sdg2,
            Rgm11,
        ),
        (
            "10500",
            "99008001000000",
            "BAföG beantragen",
            Bildung,
            "Studium",
            Typ2,
            Sdg::Sdg2,
            Rgm11,
        ),
        (
            "10600",
            "99012001000000",
            "Visum beantragen",
            EinAuswanderung,
            "Einreise",
            Typ1,
            Sdg::Sdg1,
            Rgm20,
        ),
        (
            "10700",
            "99110002000000",
            "Zollanmeldung abgeben",
            SteuernZoll,
            "Import und Export",
            Typ1,
            Sdg::Nein,
            Rgm20,
        ),
    ]
};

/// Complete assessments: Leistung (index), months ago, values per criterion.
const BEWERTUNGEN: &[(usize, i32, &[u8])] = &[
    (0, 12, &[2, 1, 1, 2, 4, 1, 2, 2, 2, 2]),
    (0, 1, &[4, 3, 2, 3, 4, 2, 3, 3, 3, 3]),
    (1, 2, &[4, 2, 3, 3, 4, 1, 3, 2, 3, 3]),
    (2, 2, &[4, 4, 4, 4, 3, 4, 4, 4, 4, 4]),
    (3, 3, &[4, 3, 3, 3, 4, 3, 3, 4, 3, 3]),
    (4, 1, &[3, 3, 2, 3, 3, 4, 3, 3, 3, 2, 3, 3, 3]),
    (5, 1, &[5, 5, 4, 5, 6, 5, 5, 4, 5, 5, 5, 5, 5]),
];

const BASIS: &str = "Basiskomponente verfügbar (z. B. DeutschlandID, Organisationskonto, NOOTS)";
const FACHVERFAHREN: &str = "Anbindung an das Fachverfahren";
const EPAYMENT: &str = "E-Payment (ePayBL) angebunden";
const RECHT: &str = "Rechtsänderung nötig";

/// What a stage of the example links to in the Multiprojektplan.
#[derive(Clone, Copy)]
enum Link {
    Keiner,
    Projekt,
    Meilenstein,
}

/// Stages: Leistung (index), Nr., Bezeichnung, Ziel-Reifegrad, months from today, status,
/// Voraussetzungen, link.
type Beispielstufe = (
    usize,
    u32,
    &'static str,
    u8,
    i32,
    Zielstufenstatus,
    &'static [&'static str],
    Link,
);

const STUFEN: &[Beispielstufe] = {
    use Link::*;
    use Zielstufenstatus::*;
    &[
        (0, 1, "MVP", 3, -2, InUmsetzung, &[FACHVERFAHREN], Projekt),
        (
            0,
            2,
            "Ausbaustufe 1",
            3,
            4,
            Geplant,
            &[EPAYMENT],
            Meilenstein,
        ),
        (0, 3, "Zielvision", 4, 14, Geplant, &[BASIS, RECHT], Keiner),
        (1, 1, "MVP", 3, 3, InUmsetzung, &[FACHVERFAHREN], Keiner),
        (1, 2, "Zielvision", 4, 12, Verschoben, &[BASIS], Keiner),
        (2, 1, "Zielvision", 4, 6, Geplant, &[EPAYMENT], Keiner),
        (4, 1, "MVP", 3, -3, Erreicht, &[], Keiner),
        (4, 2, "Ausbaustufe 1", 5, 9, Geplant, &[BASIS], Keiner),
        (4, 3, "Zielvision", 7, 30, Geplant, &[BASIS, RECHT], Keiner),
    ]
};

/// Nachweise: Leistung (index), name, level, target.
const NACHWEISE: &[(usize, &str, Nachweisstufe, Option<Nachweisstufe>)] = {
    use Nachweisstufe::*;
    &[
        (0, "Geburtsurkunde", B, Some(D)),
        (0, "Einkommensnachweis", A, Some(C)),
        (1, "Einkommensnachweis", A, Some(C)),
        (1, "Mietvertrag", B, None),
        (2, "Personalausweis", C, Some(D)),
        (3, "Immatrikulationsbescheinigung", B, Some(D)),
        (3, "Einkommensnachweis", B, Some(C)),
    ]
};

fn bewerte(plan: &mut Zielstufenplaner, leistung: u32, stichtag: Datum, modell: Modell, w: &[u8]) {
    plan.speichere_bewertung(Bewertung {
        id: 0,
        leistung,
        stichtag: Some(stichtag),
        modell,
        werte: werte(w),
        antworten: Default::default(),
        nicht_anwendbar: Default::default(),
        bewertet_von: "OZG-Koordination".into(),
        onlinedienst: String::new(),
        kommentar: String::new(),
    });
}

/// The example set, dated around `heute`. Zielstufen of the first Leistung link to the project
/// of `mpp` with the same OZG-ID (and its first milestone) if there is one.
pub fn beispiel(heute: Datum, mpp: &Multiprojektplan) -> Zielstufenplaner {
    let mut plan = Zielstufenplaner::default();
    let ids: Vec<u32> = LEISTUNGEN
        .iter()
        .map(|&(ozg, leika, name, feld, lage, typ, sdg, modell)| {
            plan.speichere_leistung(Leistung {
                id: 0,
                ozg_id: ozg.into(),
                leika_id: leika.into(),
                bezeichnung: name.into(),
                themenfeld: Some(feld),
                lage: lage.into(),
                leika_typ: Some(typ),
                sdg: Some(sdg),
                modell,
            })
        })
        .collect();
    for &(l, monate, w) in BEWERTUNGEN {
        bewerte(
            &mut plan,
            ids[l],
            heute.plus_monate(-monate),
            LEISTUNGEN[l].7,
            w,
        );
    }
    // Incomplete: criteria 8–10 not yet rated.
    plan.speichere_bewertung(Bewertung {
        leistung: ids[1],
        stichtag: Some(heute),
        modell: Modell::Rgm11,
        werte: werte(&[4, 3, 3, 3, 4, 2, 3]),
        bewertet_von: "Fachreferat".into(),
        kommentar: "Kriterien 8–10 noch offen".into(),
        ..Bewertung::default()
    });

    for &(l, nr, name, ziel, monate, status, voraussetzungen, link) in STUFEN {
        // The project that implements the Leistung (same OZG-ID) and its first milestone.
        let projekt = mpp
            .projekte
            .iter()
            .find(|p| p.ozg_leistungen.iter().any(|o| o == LEISTUNGEN[l].0))
            .map(|p| p.id);
        let meilenstein = projekt.and_then(|p| mpp.meilensteine.iter().find(|m| m.projekt == p));
        let verknuepfungen = match link {
            Link::Keiner => None,
            Link::Projekt => projekt.map(Bezug::Projekt),
            Link::Meilenstein => meilenstein.map(|m| Bezug::Meilenstein(m.id)),
        };
        plan.speichere_zielstufe(Zielstufe {
            id: 0,
            leistung: ids[l],
            nr,
            bezeichnung: name.into(),
            ziel_reifegrad: ziel,
            zieltermin: Some(heute.plus_monate(monate)),
            voraussetzungen: voraussetzungen.iter().map(|s| (*s).to_owned()).collect(),
            status,
            verknuepfungen: verknuepfungen.into_iter().collect(),
            bemerkung: String::new(),
        });
    }
    for &(l, name, stufe, ziel) in NACHWEISE {
        plan.speichere_nachweis(Nachweis {
            id: 0,
            leistung: ids[l],
            name: name.into(),
            stufe,
            ziel,
        });
    }
    plan
}

/// A large deterministic set for benchmarks: `anzahl` Leistungen with two assessments, three
/// stages and two Nachweise each.
pub fn generiere(anzahl: usize, heute: Datum) -> Zielstufenplaner {
    let mut plan = Zielstufenplaner::default();
    let mut zustand: u64 = 0x2545_f491_4f6c_dd1d;
    let mut zufall = |n: u64| {
        zustand ^= zustand << 13;
        zustand ^= zustand >> 7;
        zustand ^= zustand << 17;
        zustand % n
    };
    for i in 0..anzahl {
        let modell = if i % 4 == 3 {
            Modell::Rgm20
        } else {
            Modell::Rgm11
        };
        let max = u64::from(modell.hoechste_stufe()) + 1;
        let id = plan.speichere_leistung(Leistung {
            id: 0,
            ozg_id: format!("{}", 10000 + i),
            leika_id: format!("99{:012}", i),
            bezeichnung: format!("Leistung {i}"),
            themenfeld: Some(Themenfeld::ALLE[i % 14]),
            lage: "Lage".into(),
            leika_typ: Some(LeikaTyp::ALLE[i % 5]),
            sdg: Some(Sdg::ALLE[i % 3]),
            modell,
        });
        for monate in [12, 1] {
            let w: Vec<u8> = (0..modell.kriterienzahl())
                .map(|_| zufall(max) as u8)
                .collect();
            bewerte(&mut plan, id, heute.plus_monate(-monate), modell, &w);
        }
        for (nr, name) in [(1, "MVP"), (2, "Ausbaustufe 1"), (3, "Zielvision")] {
            plan.speichere_zielstufe(Zielstufe {
                leistung: id,
                nr,
                bezeichnung: name.into(),
                ziel_reifegrad: (nr as u8 + 1).min(modell.hoechste_stufe()),
                zieltermin: Some(heute.plus_monate(nr as i32 * 6)),
                voraussetzungen: vec![RECHT.to_owned()],
                ..Zielstufe::default()
            });
        }
        for name in ["Geburtsurkunde", "Einkommensnachweis"] {
            plan.speichere_nachweis(Nachweis {
                id: 0,
                leistung: id,
                name: name.into(),
                stufe: Nachweisstufe::ALLE[zufall(4) as usize],
                ziel: None,
            });
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::datensatz::Datensaetze;
    use crate::tools::zielstufenplaner::calc;

    #[test]
    fn beispiel_ist_gueltig_und_zeigt_jede_lage() {
        let heute = Datum::neu(2026, 11, 28).unwrap();
        let plan = beispiel(heute, &Multiprojektplan::default());
        assert_eq!(plan.leistungen.len(), 6);
        for l in &plan.leistungen {
            let mut ohne = plan.clone();
            ohne.leistungen.entferne_id(l.id);
            assert!(ohne.pruefe_leistung(l).is_empty(), "{}", l.bezeichnung);
        }
        for z in &plan.zielstufen {
            assert!(plan.pruefe_zielstufe(z).is_empty());
        }
        // Something below OZG-Konformität, an incomplete assessment, and an overdue stage.
        assert!(!calc::unter_ozg(&plan).is_empty());
        // Criteria 8–10 (names unconfirmed) unrated do not block Wohngeld's level (issue #25).
        assert!(matches!(
            calc::stand(&plan, &plan.leistungen[1]).gesamt,
            Some(calc::Gesamt::Vollstaendig { stufe: 2, ref ungeprueft, .. }) if ungeprueft == &[8, 9, 10]
        ));
        let elterngeld = &plan.leistungen[0];
        assert!(calc::pruefe_plan(&plan, elterngeld, heute)
            .iter()
            .any(|b| matches!(b, calc::Befund::Ueberfaellig { .. })));
        let gross = generiere(50, heute);
        assert_eq!(gross.leistungen.len(), 50);
        assert_eq!(gross.bewertungen.len(), 100);
    }
}
