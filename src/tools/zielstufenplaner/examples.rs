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

#[allow(clippy::too_many_arguments)]
fn leistung(
    plan: &mut Zielstufenplaner,
    ozg: &str,
    leika: &str,
    name: &str,
    feld: Themenfeld,
    lage: &str,
    typ: LeikaTyp,
    sdg: Sdg,
    modell: Modell,
) -> u32 {
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
}

fn bewerte(plan: &mut Zielstufenplaner, leistung: u32, stichtag: Datum, modell: Modell, w: &[u8]) {
    plan.speichere_bewertung(Bewertung {
        id: 0,
        leistung,
        stichtag: Some(stichtag),
        modell,
        werte: werte(w),
        antworten: Default::default(),
        bewertet_von: "OZG-Koordination".into(),
        onlinedienst: String::new(),
        kommentar: String::new(),
    });
}

#[allow(clippy::too_many_arguments)]
fn stufe(
    plan: &mut Zielstufenplaner,
    leistung: u32,
    nr: u32,
    name: &str,
    ziel: u8,
    termin: Datum,
    status: Zielstufenstatus,
    voraussetzungen: &[&str],
    verknuepfungen: Vec<Bezug>,
) {
    plan.speichere_zielstufe(Zielstufe {
        id: 0,
        leistung,
        nr,
        bezeichnung: name.into(),
        ziel_reifegrad: ziel,
        zieltermin: Some(termin),
        voraussetzungen: voraussetzungen.iter().map(|s| (*s).to_owned()).collect(),
        status,
        verknuepfungen,
        bemerkung: String::new(),
    });
}

/// The example set, dated around `heute`. Zielstufen of the first Leistung link to the first
/// project of `mpp` (and its first milestone) if there is one.
pub fn beispiel(heute: Datum, mpp: &Multiprojektplan) -> Zielstufenplaner {
    let mut plan = Zielstufenplaner::default();
    let vor = |monate: i32| heute.plus_monate(-monate);
    let in_ = |monate: i32| heute.plus_monate(monate);
    let rgm = Modell::Rgm11;
    let elterngeld = leistung(
        &mut plan,
        "10200",
        "99041008000000",
        "Elterngeld beantragen",
        Themenfeld::FamilieKind,
        "Geburt",
        LeikaTyp::Typ2,
        Sdg::Nein,
        rgm,
    );
    let wohngeld = leistung(
        &mut plan,
        "10300",
        "99107004000000",
        "Wohngeld beantragen",
        Themenfeld::BauenWohnen,
        "Wohnen",
        LeikaTyp::Typ2,
        Sdg::Nein,
        rgm,
    );
    let gewerbe = leistung(
        &mut plan,
        "10400",
        "99050012104000",
        "Gewerbe anmelden",
        Themenfeld::Unternehmensfuehrung,
        "Unternehmensgründung",
        LeikaTyp::Typ4,
        Sdg::Sdg2,
        rgm,
    );
    let bafoeg = leistung(
        &mut plan,
        "10500",
        "99008001000000",
        "BAföG beantragen",
        Themenfeld::Bildung,
        "Studium",
        LeikaTyp::Typ2,
        Sdg::Sdg2,
        rgm,
    );
    let visum = leistung(
        &mut plan,
        "10600",
        "99012001000000",
        "Visum beantragen",
        Themenfeld::EinAuswanderung,
        "Einreise",
        LeikaTyp::Typ1,
        Sdg::Sdg1,
        Modell::Rgm20,
    );
    let zoll = leistung(
        &mut plan,
        "10700",
        "99110002000000",
        "Zollanmeldung abgeben",
        Themenfeld::SteuernZoll,
        "Import und Export",
        LeikaTyp::Typ1,
        Sdg::Nein,
        Modell::Rgm20,
    );

    bewerte(
        &mut plan,
        elterngeld,
        vor(12),
        rgm,
        &[2, 1, 1, 2, 4, 1, 2, 2, 2, 2],
    );
    bewerte(
        &mut plan,
        elterngeld,
        vor(1),
        rgm,
        &[4, 3, 2, 3, 4, 2, 3, 3, 3, 3],
    );
    bewerte(
        &mut plan,
        wohngeld,
        vor(2),
        rgm,
        &[4, 2, 3, 3, 4, 1, 3, 2, 3, 3],
    );
    bewerte(
        &mut plan,
        gewerbe,
        vor(2),
        rgm,
        &[4, 4, 4, 4, 3, 4, 4, 4, 4, 4],
    );
    bewerte(
        &mut plan,
        bafoeg,
        vor(3),
        rgm,
        &[4, 3, 3, 3, 4, 3, 3, 4, 3, 3],
    );
    bewerte(
        &mut plan,
        visum,
        vor(1),
        Modell::Rgm20,
        &[3, 3, 2, 3, 3, 4, 3, 3, 3, 2, 3, 3, 3],
    );
    bewerte(
        &mut plan,
        zoll,
        vor(1),
        Modell::Rgm20,
        &[5, 5, 4, 5, 6, 5, 5, 4, 5, 5, 5, 5, 5],
    );
    // Incomplete: criteria 8–10 not yet rated.
    plan.speichere_bewertung(Bewertung {
        leistung: wohngeld,
        stichtag: Some(heute),
        modell: rgm,
        werte: werte(&[4, 3, 3, 3, 4, 2, 3]),
        bewertet_von: "Fachreferat".into(),
        kommentar: "Kriterien 8–10 noch offen".into(),
        ..Bewertung::default()
    });

    let projekt = mpp.projekte.first().map(|p| p.id);
    let meilenstein = projekt.and_then(|p| {
        mpp.meilensteine
            .iter()
            .find(|m| m.projekt == p)
            .map(|m| m.id)
    });
    let mut links = Vec::new();
    if let Some(p) = projekt {
        links.push(Bezug::Projekt(p));
    }
    let mut links2 = Vec::new();
    if let Some(m) = meilenstein {
        links2.push(Bezug::Meilenstein(m));
    }
    let basis = "Basiskomponente verfügbar (z. B. DeutschlandID, Organisationskonto, NOOTS)";
    stufe(
        &mut plan,
        elterngeld,
        1,
        "MVP",
        3,
        vor(2),
        Zielstufenstatus::InUmsetzung,
        &["Anbindung an das Fachverfahren"],
        links,
    );
    stufe(
        &mut plan,
        elterngeld,
        2,
        "Ausbaustufe 1",
        3,
        in_(4),
        Zielstufenstatus::Geplant,
        &["E-Payment (ePayBL) angebunden"],
        links2,
    );
    stufe(
        &mut plan,
        elterngeld,
        3,
        "Zielvision",
        4,
        in_(14),
        Zielstufenstatus::Geplant,
        &[basis, "Rechtsänderung nötig"],
        Vec::new(),
    );
    stufe(
        &mut plan,
        wohngeld,
        1,
        "MVP",
        3,
        in_(3),
        Zielstufenstatus::InUmsetzung,
        &["Anbindung an das Fachverfahren"],
        Vec::new(),
    );
    stufe(
        &mut plan,
        wohngeld,
        2,
        "Zielvision",
        4,
        in_(12),
        Zielstufenstatus::Verschoben,
        &[basis],
        Vec::new(),
    );
    stufe(
        &mut plan,
        gewerbe,
        1,
        "Zielvision",
        4,
        in_(6),
        Zielstufenstatus::Geplant,
        &["E-Payment (ePayBL) angebunden"],
        Vec::new(),
    );
    stufe(
        &mut plan,
        visum,
        1,
        "MVP",
        3,
        vor(3),
        Zielstufenstatus::Erreicht,
        &[],
        Vec::new(),
    );
    stufe(
        &mut plan,
        visum,
        2,
        "Ausbaustufe 1",
        5,
        in_(9),
        Zielstufenstatus::Geplant,
        &[basis],
        Vec::new(),
    );
    stufe(
        &mut plan,
        visum,
        3,
        "Zielvision",
        7,
        in_(30),
        Zielstufenstatus::Geplant,
        &[basis, "Rechtsänderung nötig"],
        Vec::new(),
    );

    for (l, name, st, ziel) in [
        (
            elterngeld,
            "Geburtsurkunde",
            Nachweisstufe::B,
            Some(Nachweisstufe::D),
        ),
        (
            elterngeld,
            "Einkommensnachweis",
            Nachweisstufe::A,
            Some(Nachweisstufe::C),
        ),
        (
            wohngeld,
            "Einkommensnachweis",
            Nachweisstufe::A,
            Some(Nachweisstufe::C),
        ),
        (wohngeld, "Mietvertrag", Nachweisstufe::B, None),
        (
            gewerbe,
            "Personalausweis",
            Nachweisstufe::C,
            Some(Nachweisstufe::D),
        ),
        (
            bafoeg,
            "Immatrikulationsbescheinigung",
            Nachweisstufe::B,
            Some(Nachweisstufe::D),
        ),
        (
            bafoeg,
            "Einkommensnachweis",
            Nachweisstufe::B,
            Some(Nachweisstufe::C),
        ),
    ] {
        plan.speichere_nachweis(Nachweis {
            id: 0,
            leistung: l,
            name: name.into(),
            stufe: st,
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
            stufe(
                &mut plan,
                id,
                nr,
                name,
                (nr as u8 + 1).min(modell.hoechste_stufe()),
                heute.plus_monate(nr as i32 * 6),
                Zielstufenstatus::Geplant,
                &["Rechtsänderung nötig"],
                Vec::new(),
            );
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
    use crate::tools::zielstufenplaner::calc;

    #[test]
    fn beispiel_ist_gueltig_und_zeigt_jede_lage() {
        let heute = Datum::neu(2026, 11, 28).unwrap();
        let plan = beispiel(heute, &Multiprojektplan::default());
        assert_eq!(plan.leistungen.len(), 6);
        for l in &plan.leistungen {
            let mut ohne = plan.clone();
            ohne.leistungen.retain(|x| x.id != l.id);
            assert!(ohne.pruefe_leistung(l).is_empty(), "{}", l.bezeichnung);
        }
        for z in &plan.zielstufen {
            assert!(plan.pruefe_zielstufe(z).is_empty());
        }
        // Something below OZG-Konformität, an incomplete assessment, and an overdue stage.
        assert!(!calc::unter_ozg(&plan).is_empty());
        assert_eq!(calc::zaehle(&plan, Modell::Rgm11).unvollstaendig, 1);
        let elterngeld = &plan.leistungen[0];
        assert!(calc::pruefe_plan(&plan, elterngeld, heute)
            .iter()
            .any(|b| matches!(b, calc::Befund::Ueberfaellig { .. })));
        let gross = generiere(50, heute);
        assert_eq!(gross.leistungen.len(), 50);
        assert_eq!(gross.bewertungen.len(), 100);
    }
}
