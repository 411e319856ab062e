//! Example data of the Budgetmonitor: one Haushaltsjahr of a Bundesbehörde's OZG programme with
//! four Titel in two Kapitel of Einzelplan 06 (one Titelgruppe with a Deckungskreis),
//! Festlegungen, Vorbindungen, payments, a VE, a Monatsplan and forecasts ("Beispiel laden"),
//! and a generator for large data sets (benchmarks, load tests).
//!
//! The example tells the same story as the other tools' examples: its Ansätze belong to the
//! Multiprojektplan's projects by their Projekt-ID (Wohngeld digital, Gewerbeanmeldung,
//! Basisdienst Bezahlen), a project is only charged once it has started, its verfügbares Soll
//! stays within the project's budget, payments to Länder are Zuweisungen (Obergruppe 63), and
//! the money comes from the Stammhaushalt (the Konjunkturpaket ended in 2025).

use super::model::{
    Ansatz, Buchung, Buchungsart, Budgetmonitor, Haushaltsstelle, Haushaltsvermerk, Prognose,
    Prognosemethode, Tendenz, Verpflichtungsermaechtigung,
};
use crate::shared::datum::Datum;
use crate::tools::multiprojektplan::model::Multiprojektplan;

fn d(j: i32, m: u32, t: u32) -> Option<Datum> {
    Datum::neu(j, m, t)
}

/// Euro amount in cents from whole euros.
const fn eur(euro: i64) -> i64 {
    euro * 100
}

/// The Haushaltsjahr of the example at `heute`: the latest year whose 30 June has passed, so
/// that every booking of the example (January to June) lies in the past.
pub fn beispieljahr(heute: Datum) -> i32 {
    if heute.monat() >= 7 {
        heute.jahr()
    } else {
        heute.jahr() - 1
    }
}

/// Finds the Multiprojektplan project with Projekt-ID `kennung` that had started on or before
/// `datum` (actual start, else planned start): the example charges no project before it starts.
pub fn gestartetes_projekt(plan: &Multiprojektplan, kennung: &str, datum: Datum) -> Option<u32> {
    plan.projekte
        .iter()
        .find(|p| p.kennung == kennung)
        .filter(|p| p.start_ist.or(p.start_plan).is_some_and(|s| s <= datum))
        .map(|p| p.id)
}

/// The example year `jahr` with Stichtag 30.06.`jahr`. `projekt(kennung, datum)` gives the
/// project an Ansatz belongs to, if that project exists and had started by the first booking on
/// the Ansatz (`|_, _| None`: no project links).
pub fn beispiel(jahr: i32, projekt: impl Fn(&str, Datum) -> Option<u32>) -> Budgetmonitor {
    let mut bm = Budgetmonitor {
        haushaltsjahr: Some(jahr),
        stichtag: d(jahr, 6, 30),
        ..Budgetmonitor::default()
    };
    let tag = |m: u32, t: u32| d(jahr, m, t);
    use Haushaltsvermerk::{Gsd, Qsp, Ueb};
    // Kapitel, Titel, Titelgruppe, Zweckbestimmung, Funktionskennzahl, Deckungskreis, Vermerke.
    type Stelle = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    );
    let stellen: [(Stelle, &[Haushaltsvermerk]); 4] = [
        (
            (
                "0634",
                "532 01",
                "55",
                "Aufträge und Dienstleistungen im Bereich Informationstechnik (OZG-Umsetzung)",
                "011",
                "DK 55",
            ),
            &[Ueb, Gsd],
        ),
        // Hauptgruppe 8 (Investitionen): übertragbar by law (§ 19 Abs. 1 BHO), no Vermerk needed.
        (
            (
                "0634",
                "812 01",
                "55",
                "Erwerb von Datenverarbeitungsanlagen, Geräten, Software",
                "011",
                "DK 55",
            ),
            &[Gsd],
        ),
        // Payments to Länder are Zuweisungen (Gruppierungsplan, Obergruppe 63).
        (
            (
                "0634",
                "632 01",
                "",
                "Zuweisungen an Länder für die Nachnutzung von EfA-Leistungen",
                "019",
                "",
            ),
            &[Qsp],
        ),
        (
            (
                "0601",
                "526 01",
                "",
                "Sachverständige, Gutachten",
                "011",
                "",
            ),
            &[],
        ),
    ];
    // Their Ansätze in euros: Ansatz, Reste (with the BMF's consent?), Mittelumsetzungen,
    // Sperren, the project (Projekt-ID in the Multiprojektplan) and the first booking's date.
    type Beispielansatz = (i64, i64, bool, i64, i64, &'static str, (u32, u32));
    let ansaetze: [Beispielansatz; 4] = [
        (2_400_000, 300_000, true, 0, 0, "", (1, 20)),
        (800_000, 80_000, false, 50_000, 0, "P-2026-006", (4, 15)),
        (1_500_000, 0, true, 0, 500_000, "P-2026-001", (3, 1)),
        (120_000, 0, true, -20_000, 0, "P-2026-004", (6, 20)),
    ];
    let mut hst_ids = Vec::new();
    for (
        i,
        (
            ((kapitel, titel, tg, zweck, fkz, kreis), vermerke),
            (ansatz, reste, einwilligung, zuw, sperre, kennung, erste),
        ),
    ) in stellen.into_iter().zip(ansaetze).enumerate()
    {
        let id = bm.neue_id();
        hst_ids.push(id);
        bm.haushaltsstellen.push(Haushaltsstelle {
            id,
            haushaltsjahr: jahr,
            einzelplan: "06".into(),
            kapitel: kapitel.into(),
            titel: titel.into(),
            titelgruppe: tg.into(),
            zweckbestimmung: zweck.into(),
            funktionskennzahl: fkz.into(),
            bewirtschafter: format!("BW 06{}", 10 + i),
            deckungskreis: kreis.into(),
            vermerke: vermerke.to_vec(),
            monatsplan: Vec::new(),
            frei: String::new(),
        });
        let aid = bm.neue_id();
        let erste = Datum::neu(jahr, erste.0, erste.1).expect("gültiges Datum");
        bm.ansaetze.push(Ansatz {
            id: aid,
            haushaltsstelle: id,
            projekt: if kennung.is_empty() {
                None
            } else {
                projekt(kennung, erste)
            },
            quelle: Some(1), // Stammhaushalt
            ansatz: eur(ansatz),
            reste: eur(reste),
            reste_ohne_einwilligung: !einwilligung,
            zuweisungen: eur(zuw),
            sperren: eur(sperre),
        });
    }
    // Monatsplan of the IT-Titel: back-loaded, as outflow is in practice (sum 2.700.000 €).
    bm.haushaltsstellen[0].monatsplan = [
        100_000, 100_000, 150_000, 150_000, 200_000, 200_000, 200_000, 200_000, 250_000, 300_000,
        400_000, 450_000,
    ]
    .iter()
    .map(|e| eur(*e))
    .collect();

    let ansatz_von = |bm: &Budgetmonitor, h: u32| {
        bm.ansaetze
            .iter()
            .find(|a| a.haushaltsstelle == h)
            .map(|a| a.id)
    };
    use Buchungsart::{Festlegung, Ist, Storno, Vorbindung};
    // Titel (index), Art, date, amount in cents, Vertrag, and the booking (index in this list)
    // it settles or reverses.
    type Zeile = (usize, Buchungsart, (u32, u32), i64, String, Option<usize>);
    let v = |nr: &str, text: &str| format!("V-{jahr}-{nr} {text}");
    let buchungen: [Zeile; 14] = [
        (
            0,
            Festlegung,
            (1, 20),
            eur(900_000),
            v("014", "Portal-Dienstleister"),
            None,
        ),
        (
            0,
            Ist,
            (3, 31),
            eur(225_000),
            v("014", "Abschlag 1"),
            Some(0),
        ),
        (
            0,
            Ist,
            (6, 30),
            eur(225_000),
            v("014", "Abschlag 2"),
            Some(0),
        ),
        (
            0,
            Festlegung,
            (4, 2),
            eur(180_000),
            v("031", "Barrierefreiheitsprüfung"),
            None,
        ),
        (
            0,
            Ist,
            (5, 15),
            eur(60_000),
            v("031", "Teilleistung"),
            Some(3),
        ),
        (
            0,
            Ist,
            (2, 10),
            eur(12_345) + 67,
            "Lizenzen Kollaborationsplattform".into(),
            None,
        ),
        (
            0,
            Vorbindung,
            (6, 1),
            eur(150_000),
            "Ausschreibung Formularserver".into(),
            None,
        ),
        (
            1,
            Festlegung,
            (4, 15),
            eur(240_000),
            v("020", "Server ePayment"),
            None,
        ),
        (
            1,
            Ist,
            (4, 30),
            eur(240_000),
            v("020", "Lieferung"),
            Some(7),
        ),
        (1, Ist, (5, 5), eur(18_500), "Notebooks".into(), None),
        (
            1,
            Storno,
            (6, 12),
            eur(1_500),
            "Gutschrift Notebooks".into(),
            Some(9),
        ),
        (
            2,
            Festlegung,
            (3, 1),
            eur(400_000),
            "Zuweisung an das Land Hessen (EfA Wohngeld)".into(),
            None,
        ),
        (
            2,
            Ist,
            (6, 15),
            eur(100_000),
            "1. Tranche nach Meilenstein".into(),
            Some(11),
        ),
        (
            3,
            Ist,
            (6, 20),
            eur(24_990) + 50,
            "Gutachten Datenschutz".into(),
            None,
        ),
    ];
    let mut ids: Vec<u32> = Vec::new();
    for (h, art, (monat, t), betrag, vertrag, bezug) in buchungen {
        let id = bm.neue_id();
        let haushaltsstelle = hst_ids[h];
        let ansatz = ansatz_von(&bm, haushaltsstelle);
        bm.buchungen.push(Buchung {
            id,
            haushaltsstelle,
            art,
            datum: tag(monat, t),
            betrag,
            vertrag,
            bezug: bezug.map(|i| ids[i]),
            ansatz,
            beleg: format!("KZ-{jahr}-{id:05}"),
            ..Buchung::default()
        });
        ids.push(id);
    }

    // VE on the IT-Titel with planned Jahresbeträge; the Inanspruchnahme due next year exceeds
    // its Jahresbetrag (flagged), the rest is still open and lapses at year-end if unused.
    let ve = bm.neue_id();
    bm.ves.push(Verpflichtungsermaechtigung {
        id: ve,
        haushaltsstelle: hst_ids[0],
        bezeichnung: format!("VE Betrieb Plattform {}–{}", jahr + 1, jahr + 3),
        ansatz: eur(3_000_000),
        faelligkeiten: vec![
            (jahr + 1, eur(1_000_000)),
            (jahr + 2, eur(1_000_000)),
            (jahr + 3, eur(1_000_000)),
        ],
    });
    for (faellig, betrag) in [(jahr + 1, eur(1_100_000)), (jahr + 2, eur(600_000))] {
        let id = bm.neue_id();
        bm.buchungen.push(Buchung {
            id,
            haushaltsstelle: hst_ids[0],
            art: Buchungsart::VeInanspruchnahme,
            datum: tag(5, 20),
            betrag,
            vertrag: v("040", "Betriebsvertrag"),
            ve: Some(ve),
            faelligkeit: Some(faellig),
            beleg: format!("KZ-{jahr}-{id:05}"),
            ..Buchung::default()
        });
    }

    // Forecasts of the Fachbereich (the Gutachten-Titel has none and no Monatsplan: not rated).
    for (h, betrag, erlaeuterung, tendenz) in [
        (
            0,
            eur(2_500_000),
            "Abschläge V-014 planmäßig, Formularserver erst im Folgejahr",
            Tendenz::Schlechter,
        ),
        (
            1,
            eur(950_000),
            "Zusätzliche Server für den Basisdienst Bezahlen; Deckung aus 532 01 (Deckungskreis 55)",
            Tendenz::Schlechter,
        ),
        (
            2,
            eur(950_000),
            "Sperre von 500.000 € wird voraussichtlich nicht aufgehoben",
            Tendenz::ImToleranzbereich,
        ),
    ] {
        let id = bm.neue_id();
        bm.prognosen.push(Prognose {
            id,
            haushaltsstelle: hst_ids[h],
            stichtag: tag(6, 30),
            betrag,
            methode: Prognosemethode::Manuell,
            erlaeuterung: erlaeuterung.into(),
            tendenz,
        });
    }
    bm
}

/// A large data set: `titel` Haushaltsstellen over several Einzelpläne with `buchungen_je`
/// bookings each (deterministic).
pub fn gross(titel: usize, buchungen_je: usize) -> Budgetmonitor {
    let mut bm = Budgetmonitor {
        haushaltsjahr: Some(2026),
        stichtag: d(2026, 9, 30),
        ..Budgetmonitor::default()
    };
    for i in 0..titel {
        let id = bm.neue_id();
        let ep = format!("{:02}", 1 + (i / 400) % 40);
        bm.haushaltsstellen.push(Haushaltsstelle {
            id,
            haushaltsjahr: 2026,
            einzelplan: ep.clone(),
            kapitel: format!("{ep}{:02}", (i / 20) % 100),
            titel: format!("{:03} {:02}", 500 + (i % 20) * 10, i % 100),
            zweckbestimmung: format!("Titel {i}"),
            ..Haushaltsstelle::default()
        });
        let aid = bm.neue_id();
        bm.ansaetze.push(Ansatz {
            id: aid,
            haushaltsstelle: id,
            ansatz: eur(100_000 + (i as i64 % 17) * 10_000),
            ..Ansatz::default()
        });
        let mut festlegung = None;
        for j in 0..buchungen_je {
            let bid = bm.neue_id();
            let art = if j % 3 == 0 {
                Buchungsart::Festlegung
            } else {
                Buchungsart::Ist
            };
            bm.buchungen.push(Buchung {
                id: bid,
                haushaltsstelle: id,
                art,
                datum: d(2026, 1 + (j % 12) as u32, 1 + (j % 28) as u32),
                betrag: eur(1_000) + j as i64 * 37,
                bezug: if art == Buchungsart::Ist {
                    festlegung
                } else {
                    None
                },
                ansatz: Some(aid),
                ..Buchung::default()
            });
            if art == Buchungsart::Festlegung {
                festlegung = Some(bid);
            }
        }
    }
    bm
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::budgetmonitor::calc::{baum, Rahmen};

    /// A plan with the projects the example refers to, all started long ago.
    fn plan() -> Multiprojektplan {
        let mut plan = Multiprojektplan::default();
        for (id, kennung) in [(7, "P-2026-001"), (8, "P-2026-004"), (9, "P-2026-006")] {
            plan.projekte
                .push(crate::tools::multiprojektplan::model::Projekt {
                    id,
                    kennung: kennung.into(),
                    start_plan: Datum::neu(2025, 1, 1),
                    ..Default::default()
                });
        }
        plan
    }

    #[test]
    fn beispiel_ist_gueltig() {
        let plan = plan();
        let bm = beispiel(2026, |k, d| gestartetes_projekt(&plan, k, d));
        for h in &bm.haushaltsstellen {
            assert!(bm.pruefe_haushaltsstelle(h).is_empty(), "{h:?}");
        }
        for b in &bm.buchungen {
            assert!(
                bm.pruefe_buchung(b).is_empty(),
                "{b:?}: {:?}",
                bm.pruefe_buchung(b)
            );
        }
        let projekte: Vec<Option<u32>> = bm.ansaetze.iter().map(|a| a.projekt).collect();
        assert_eq!(projekte, [None, Some(9), Some(7), Some(8)]);
        assert!(beispiel(2026, |_, _| None)
            .ansaetze
            .iter()
            .all(|a| a.projekt.is_none()));
        // A project that starts after the first booking on its Ansatz is not charged.
        let mut spaet = plan.clone();
        spaet.projekte[0].start_plan = Datum::neu(2026, 3, 2);
        let bm = beispiel(2026, |k, d| gestartetes_projekt(&spaet, k, d));
        assert_eq!(bm.ansaetze[2].projekt, None);
        // The year follows the last 30 June.
        assert_eq!(beispieljahr(Datum::neu(2026, 12, 3).unwrap()), 2026);
        assert_eq!(beispieljahr(Datum::neu(2027, 6, 30).unwrap()), 2026);
        assert_eq!(beispieljahr(Datum::neu(2027, 7, 1).unwrap()), 2027);
    }

    /// The example's key figures, computed by hand.
    #[test]
    fn beispiel_von_hand_gerechnet() {
        use crate::shared::vokabular::Ampel;
        use crate::tools::budgetmonitor::calc::Ausgaberest;
        let bm = beispiel(2026, |_, _| None);
        let b = baum(&bm, Rahmen::von(&bm, Datum::neu(2000, 1, 1).unwrap()));
        let t: Vec<_> = b.titel().collect();
        // Order: 0601/526 01, then 0634 without Titelgruppe (632 01), then TG 55.
        let titel: Vec<&str> = t
            .iter()
            .map(|z| {
                bm.haushaltsstelle(z.haushaltsstelle)
                    .unwrap()
                    .titel
                    .as_str()
            })
            .collect();
        assert_eq!(titel, ["526 01", "632 01", "532 01", "812 01"]);
        // 532 01: Soll 2.700.000; Ist 225.000 + 225.000 + 60.000 + 12.345,67 = 522.345,67;
        // Festlegungen (900.000 − 450.000) + (180.000 − 60.000) = 570.000, Vorbindung 150.000.
        let s = t[2].summen;
        assert_eq!(s.soll(), eur(2_700_000));
        assert_eq!(s.ist, eur(522_345) + 67);
        assert_eq!(
            (s.festlegungen, s.vorbindungen),
            (eur(570_000), eur(150_000))
        );
        assert_eq!(s.gebunden, eur(720_000));
        assert_eq!(s.frei(), eur(2_700_000) - eur(522_345) - 67 - eur(720_000));
        assert_eq!(s.abflussquote(), Some(193)); // 19,346… %
        assert_eq!(s.bindungsquote(), Some(460)); // 1.242.345,67 / 2.700.000 = 0,46013
        assert_eq!(s.plan_bis_stichtag, eur(900_000));
        assert_eq!(s.abweichung(), Some(eur(-200_000)));
        assert_eq!(s.abweichung_promille(), Some(-74)); // −7,4 % → gelb
        assert_eq!(t[2].ampel, Ampel::Gelb);
        assert_eq!(
            t[2].ausgaberest,
            Ausgaberest::Uebertragbar(eur(200_000), "Vermerk UEB")
        );
        // 812 01: Soll 800.000 + 50.000 (Reste 80.000 without the BMF's consent do not count);
        // Ist 240.000 + 18.500 − 1.500 = 257.000; Prognose 950.000: Mehrbedarf 100.000 =
        // 11,8 % — rot on its own, but 532 01 saves 200.000 in Deckungskreis 55: gelb.
        let s = t[3].summen;
        assert_eq!(
            (s.soll(), s.reste_ohne_einwilligung),
            (eur(850_000), eur(80_000))
        );
        assert_eq!(s.ist, eur(257_000));
        assert_eq!(s.abweichung_promille(), Some(118));
        assert_eq!(t[3].ausgaberest, Ausgaberest::Mehrbedarf(eur(100_000)));
        assert_eq!(t[3].ampel, Ampel::Gelb);
        assert!(t[3].hinweise.iter().any(|h| h.contains("§ 37 BHO")));
        assert!(t[3]
            .hinweise
            .iter()
            .any(|h| h.contains("Deckungskreis DK 55")));
        // 632 01: Soll 1.000.000, Prognose 950.000 → −5,0 % grün; the rest lapses.
        assert_eq!(t[1].ampel, Ampel::Gruen);
        assert_eq!(t[1].ausgaberest, Ausgaberest::Verfaellt(eur(50_000)));
        // 526 01: no forecast, no Monatsplan → not rated.
        assert_eq!(t[0].ampel, Ampel::Grau);
        // TG 55 = 532 01 + 812 01; total Soll: 100.000 + 1.000.000 + 2.700.000 + 850.000.
        let kap = &b.einzelplaene[0].kapitel[1];
        assert_eq!(kap.titelgruppen.len(), 1);
        assert_eq!(kap.titelgruppen[0].summen.soll(), eur(3_550_000));
        assert_eq!(b.gesamt.soll(), eur(4_650_000));
    }

    #[test]
    fn generator() {
        let bm = gross(50, 6);
        assert_eq!(bm.haushaltsstellen.len(), 50);
        assert_eq!(bm.buchungen.len(), 300);
        for h in &bm.haushaltsstellen {
            assert!(bm.pruefe_haushaltsstelle(h).is_empty(), "{h:?}");
        }
    }
}
