//! The examples of all tools tell one story of a Bundesbehörde (issue #25, point 16): loaded
//! together (`tools::alle_beispiele`, registry order) on many days, they must not contradict
//! each other. Checked here, natively:
//!
//! - the Budgetmonitor charges only Multiprojektplan projects that exist and had started by the
//!   first booking on their Ansatz, and a project's verfügbares Soll, Ist and Bindungen stay
//!   within its budget in the Multiprojektplan;
//! - Titel numbers follow the Gruppierungsplan: payments to Länder are Zuweisungen
//!   (Obergruppe 63), Investitionen are Hauptgruppe 8;
//! - no Konjunkturpaket money from 2026 on (the Corona-Konjunkturprogramm ended in 2025);
//! - the Zielstufenplaner's Leistungen are of LeiKa-Typ 1 to 3 (regulated by the Bund), and a
//!   Zielstufe linked to a project belongs to a Leistung that project implements (same OZG-ID);
//! - the Programme carry the names a Bundesbehörde uses (Digitalisierungsprogramm Bund /
//!   Föderal).

use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datensatz::Datensaetze;
use crate::shared::datum::Datum;
use crate::tools::budgetmonitor::calc;
use crate::tools::multiprojektplan::model::Bezug;
use crate::tools::zielstufenplaner::model::LeikaTyp;

/// All examples loaded together on `heute`.
fn geschichte(heute: Datum) -> Arbeitsbereich {
    let mut ab = Arbeitsbereich::neu("g", "Beispiel", "2026-12-03T09:00:00Z");
    crate::tools::alle_beispiele(&mut ab, heute);
    ab
}

/// Days to check: the first of every month over two years, so both halves of a Haushaltsjahr
/// and the change of the example's year are covered.
fn tage() -> impl Iterator<Item = Datum> {
    (0..24).map(|m| Datum::neu(2026, 1, 1).unwrap().plus_monate(m))
}

/// fachkonzept §2.3 (project view: "all Haushaltsstellen of one project across years") and
/// issue #25/16: the Budgetmonitor's project budgets agree with the Multiprojektplan, and no
/// project is charged before it starts.
#[test]
fn budgets_gehoeren_zu_gestarteten_projekten_und_passen_ins_projektbudget() {
    let mut verknuepft = 0;
    for heute in tage() {
        let ab = geschichte(heute);
        let bm = &ab.werkzeuge.budgetmonitor;
        let mpp = &ab.werkzeuge.multiprojektplan;
        for a in &bm.ansaetze {
            let Some(pid) = a.projekt else { continue };
            verknuepft += 1;
            let p = mpp.projekt(pid).expect("verknüpftes Projekt fehlt");
            let start = p.start_ist.or(p.start_plan).expect("Projekt ohne Start");
            for b in bm.buchungen.iter().filter(|b| b.ansatz == Some(a.id)) {
                let datum = b.datum.expect("Buchung ohne Datum");
                assert!(
                    start <= datum,
                    "{heute:?}: {} startet {start:?}, Buchung B{} am {datum:?}",
                    p.kennung,
                    b.id
                );
            }
        }
        let stichtag = bm.stichtag.expect("Beispiel mit Stichtag");
        for f in calc::projektfinanzen(bm, stichtag) {
            let Some(pid) = f.projekt else { continue };
            let p = mpp.projekt(pid).unwrap();
            let budget = p.budget_cent.expect("Projekt ohne Budget");
            assert!(
                f.soll <= budget && f.ist + f.gebunden <= budget,
                "{heute:?}: {} Soll {} / Ist+gebunden {} über dem Budget {budget}",
                p.kennung,
                f.soll,
                f.ist + f.gebunden
            );
        }
    }
    assert!(
        verknuepft > 24,
        "die Beispiele verknüpfen Ansätze mit Projekten"
    );
}

/// Gruppierungsplan (fachkonzept §3.2 [Q:S37b]): the Titel's Gruppe says what is paid.
/// Payments to Länder are Zuweisungen (Obergruppe 63), not Zuschüsse (Obergruppe 68), and
/// hardware is an Investition (Hauptgruppe 8). The Corona-Konjunkturprogramm (fachkonzept
/// [Q:S10]) ended in 2025: no Konjunkturpaket money from 2026 on.
#[test]
fn titel_passen_zum_gruppierungsplan_und_kein_konjunkturpaket_ab_2026() {
    let ab = geschichte(Datum::neu(2026, 12, 3).unwrap());
    let bm = &ab.werkzeuge.budgetmonitor;
    assert!(!bm.haushaltsstellen.is_empty());
    for h in &bm.haushaltsstellen {
        assert!(
            crate::tools::budgetmonitor::model::ist_titelnummer(&h.titel),
            "{}",
            h.titel
        );
        let zweck = h.zweckbestimmung.to_lowercase();
        if zweck.contains("länder") {
            assert!(
                h.titel.starts_with("63"),
                "{}: an Länder → Obergruppe 63",
                h.titel
            );
            assert!(zweck.starts_with("zuweisungen"), "{}", h.zweckbestimmung);
        }
        if zweck.contains("erwerb") {
            assert_eq!(h.hauptgruppe(), Some(8), "{}", h.titel);
        }
    }
    for a in &bm.ansaetze {
        let jahr = bm.haushaltsstelle(a.haushaltsstelle).unwrap().haushaltsjahr;
        let quelle = bm.quellenname(a.quelle);
        assert!(
            jahr < 2026 || !quelle.contains("Konjunktur"),
            "A{}: {quelle} im Haushaltsjahr {jahr}",
            a.id
        );
    }
    // Apart from the catalogue of sources, no example text speaks of Konjunkturpaket money.
    let mut ohne_katalog = ab.clone();
    ohne_katalog.werkzeuge.budgetmonitor.quellen.clear();
    let text = serde_json::to_string(&ohne_katalog).unwrap();
    assert!(
        !text.contains("Konjunktur"),
        "ein Beispieltext nennt das Konjunkturpaket"
    );
}

/// LeiKa (fachkonzept §3.1): a Bundesbehörde plans services the Bund regulates, Typ 1 to 3;
/// a Zielstufe that links to a project links to the project implementing its Leistung (same
/// OZG-ID), and the Programme are named as the Bund names them.
#[test]
fn leistungen_typ_1_bis_3_und_verknuepfungen_passen() {
    let ab = geschichte(Datum::neu(2026, 12, 3).unwrap());
    let zsp = &ab.werkzeuge.zielstufenplaner;
    let mpp = &ab.werkzeuge.multiprojektplan;
    for l in &zsp.leistungen {
        assert!(
            matches!(
                l.leika_typ,
                Some(LeikaTyp::Typ1 | LeikaTyp::Typ2 | LeikaTyp::Typ3)
            ),
            "{}: {:?}",
            l.bezeichnung,
            l.leika_typ
        );
    }
    let mut verknuepft = 0;
    for z in &zsp.zielstufen {
        let leistung = zsp.leistungen.mit_id(z.leistung).unwrap();
        for v in &z.verknuepfungen {
            let projekt = match *v {
                Bezug::Projekt(p) => p,
                Bezug::Meilenstein(m) => mpp.meilensteine.mit_id(m).unwrap().projekt,
            };
            let p = mpp.projekt(projekt).unwrap();
            assert!(
                p.ozg_leistungen.contains(&leistung.ozg_id),
                "{} ist mit {} verknüpft, das sie nicht umsetzt",
                leistung.bezeichnung,
                p.titel
            );
            verknuepft += 1;
        }
    }
    assert!(verknuepft >= 2);
    for p in &mpp.projekte {
        assert!(
            p.programm.starts_with("Digitalisierungsprogramm "),
            "{}",
            p.programm
        );
    }
}

/// Trainingskonzepte (fachkonzept §2.8, link `Kompetenzlücke` → `Modul`): every Kompetenz and
/// Rolle the example's modules and target groups name exists in the Kompetenzreflexion's
/// example, and the concept's modules address priority gaps of that team.
#[test]
fn trainingskonzepte_nennen_nur_kompetenzen_der_kompetenzreflexion() {
    for heute in tage() {
        let ab = geschichte(heute);
        let kr = &ab.werkzeuge.kompetenzreflexion;
        let tk = &ab.werkzeuge.trainingskonzepte;
        assert!(!tk.konzepte.is_empty());
        for k in &tk.konzepte {
            for m in &k.module {
                for id in &m.kompetenzen {
                    assert!(
                        kr.kompetenz(*id).is_some(),
                        "{heute:?}: Modul „{}“ nennt Kompetenz {id}",
                        m.titel
                    );
                }
                for id in &m.rollen {
                    assert!(
                        kr.rolle(*id).is_some(),
                        "{heute:?}: Modul „{}“ nennt Rolle {id}",
                        m.titel
                    );
                }
            }
            for z in &k.zielgruppen {
                assert!(
                    z.rolle.is_none_or(|r| kr.rolle(r).is_some()),
                    "{heute:?}: Zielgruppe {}",
                    z.name
                );
            }
            let a = crate::tools::trainingskonzepte::calc::abdeckung(kr, k.module.iter());
            assert!(
                a.adressiert.len() >= 2,
                "{heute:?}: das Konzept greift prioritäre Lücken auf"
            );
        }
    }
}
