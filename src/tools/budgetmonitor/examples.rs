//! Example data of the Budgetmonitor: one Haushaltsjahr of an OZG programme with four Titel in
//! two Kapitel of Einzelplan 06, Festlegungen, payments, a VE, a Monatsplan and forecasts
//! ("Beispiel laden"), and a generator for large data sets (benchmarks, load tests).

use super::model::{
    Ansatz, Buchung, Buchungsart, Budgetmonitor, Haushaltsstelle, Haushaltsvermerk, Prognose,
    Prognosemethode, Tendenz, Verpflichtungsermaechtigung,
};
use crate::shared::datum::Datum;

fn d(j: i32, m: u32, t: u32) -> Option<Datum> {
    Datum::neu(j, m, t)
}

/// Euro amount in cents from whole euros.
const fn eur(euro: i64) -> i64 {
    euro * 100
}

/// The example year 2026 with Stichtag 30.06.2026. `projekte` are ids of Multiprojektplan
/// projects the Ansätze are assigned to in turn (may be empty).
pub fn beispiel(projekte: &[u32]) -> Budgetmonitor {
    let mut bm = Budgetmonitor {
        haushaltsjahr: Some(2026),
        stichtag: d(2026, 6, 30),
        ..Budgetmonitor::default()
    };
    let projekt = |i: usize| {
        if projekte.is_empty() {
            None
        } else {
            Some(projekte[i % projekte.len()])
        }
    };
    use Haushaltsvermerk::{Flexibilisiert, Gsd, Qsp, Ueb};
    // Kapitel, Titel, Titelgruppe, Zweckbestimmung, Funktionskennzahl, Vermerke.
    type Stelle = (&'static str, &'static str, &'static str, &'static str, &'static str);
    let stellen: [(Stelle, &[Haushaltsvermerk]); 4] = [
        (("0634", "532 01", "55", "Aufträge und Dienstleistungen im Bereich Informationstechnik (OZG-Umsetzung)", "011"), &[Ueb, Gsd]),
        (("0634", "812 01", "55", "Erwerb von Datenverarbeitungsanlagen, Geräten, Software", "011"), &[Flexibilisiert]),
        (("0634", "686 01", "", "Zuschüsse an Länder für die Nachnutzung von EfA-Leistungen", "019"), &[Qsp]),
        (("0601", "526 01", "", "Sachverständige, Gutachten", "011"), &[]),
    ];
    // Their Ansätze in euros: Ansatz, Reste, Zuweisungen, Sperren, source.
    let ansaetze = [
        (2_400_000, 300_000, 0, 0, 2),
        (800_000, 0, 50_000, 0, 1),
        (1_500_000, 0, 0, 500_000, 2),
        (120_000, 0, -20_000, 0, 1),
    ];
    let mut hst_ids = Vec::new();
    for (i, (((kapitel, titel, tg, zweck, fkz), vermerke), (ansatz, reste, zuw, sperre, quelle))) in
        stellen.into_iter().zip(ansaetze).enumerate()
    {
        let id = bm.neue_id();
        hst_ids.push(id);
        bm.haushaltsstellen.push(Haushaltsstelle {
            id,
            haushaltsjahr: 2026,
            einzelplan: "06".into(),
            kapitel: kapitel.into(),
            titel: titel.into(),
            titelgruppe: tg.into(),
            zweckbestimmung: zweck.into(),
            funktionskennzahl: fkz.into(),
            bewirtschafter: format!("BW 06{}", 10 + i),
            deckungskreis: if i == 0 {
                "DK 55".into()
            } else {
                String::new()
            },
            vermerke: vermerke.to_vec(),
            monatsplan: Vec::new(),
            frei: String::new(),
        });
        let aid = bm.neue_id();
        bm.ansaetze.push(Ansatz {
            id: aid,
            haushaltsstelle: id,
            projekt: projekt(i),
            quelle: Some(quelle),
            ansatz: eur(ansatz),
            reste: eur(reste),
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
    let buche = |bm: &mut Budgetmonitor,
                 h: usize,
                 art: Buchungsart,
                 datum: Option<Datum>,
                 betrag: i64,
                 vertrag: &str,
                 bezug: Option<u32>| {
        let id = bm.neue_id();
        let haushaltsstelle = hst_ids[h];
        let ansatz = ansatz_von(bm, haushaltsstelle);
        bm.buchungen.push(Buchung {
            id,
            haushaltsstelle,
            art,
            datum,
            betrag,
            vertrag: vertrag.into(),
            bezug,
            ansatz,
            beleg: format!("KZ-2026-{id:05}"),
            ..Buchung::default()
        });
        id
    };
    use Buchungsart::{Festlegung, Ist, Storno, Vorbindung};
    // Titel (index), Art, date in 2026, amount in cents, Vertrag, and the booking (index in
    // this list) it settles or reverses.
    type Zeile = (usize, Buchungsart, (u32, u32), i64, &'static str, Option<usize>);
    let buchungen: [Zeile; 14] = [
        (0, Festlegung, (1, 20), eur(900_000), "V-2026-014 Portal-Dienstleister", None),
        (0, Ist, (3, 31), eur(225_000), "V-2026-014 Abschlag 1", Some(0)),
        (0, Ist, (6, 30), eur(225_000), "V-2026-014 Abschlag 2", Some(0)),
        (0, Festlegung, (4, 2), eur(180_000), "V-2026-031 Barrierefreiheitsprüfung", None),
        (0, Ist, (5, 15), eur(60_000), "V-2026-031 Teilleistung", Some(3)),
        (0, Ist, (2, 10), eur(12_345) + 67, "Lizenzen Kollaborationsplattform", None),
        (0, Vorbindung, (6, 1), eur(150_000), "Ausschreibung Formularserver", None),
        (1, Festlegung, (2, 15), eur(240_000), "V-2026-020 Server", None),
        (1, Ist, (4, 30), eur(240_000), "V-2026-020 Lieferung", Some(7)),
        (1, Ist, (5, 5), eur(18_500), "Notebooks", None),
        (1, Storno, (6, 12), eur(1_500), "Gutschrift Notebooks", Some(9)),
        (2, Festlegung, (3, 1), eur(400_000), "Zuweisung Land Hessen (EfA)", None),
        (2, Ist, (6, 15), eur(100_000), "1. Tranche nach Meilenstein", Some(11)),
        (3, Ist, (6, 20), eur(24_990) + 50, "Gutachten Datenschutz", None),
    ];
    let mut ids: Vec<u32> = Vec::new();
    for (h, art, (monat, tag), betrag, vertrag, bezug) in buchungen {
        let bezug = bezug.map(|i| ids[i]);
        ids.push(buche(&mut bm, h, art, d(2026, monat, tag), betrag, vertrag, bezug));
    }

    // VE on the IT-Titel with planned Fälligkeiten and one Inanspruchnahme.
    let ve = bm.neue_id();
    bm.ves.push(Verpflichtungsermaechtigung {
        id: ve,
        haushaltsstelle: hst_ids[0],
        bezeichnung: "VE Betrieb Plattform 2027–2029".into(),
        ansatz: eur(3_000_000),
        faelligkeiten: vec![
            (2027, eur(1_000_000)),
            (2028, eur(1_000_000)),
            (2029, eur(1_000_000)),
        ],
    });
    for (jahr, betrag) in [(2027, eur(600_000)), (2028, eur(600_000))] {
        let id = bm.neue_id();
        bm.buchungen.push(Buchung {
            id,
            haushaltsstelle: hst_ids[0],
            art: Buchungsart::VeInanspruchnahme,
            datum: d(2026, 5, 20),
            betrag,
            vertrag: "V-2026-040 Betriebsvertrag".into(),
            ve: Some(ve),
            faelligkeit: Some(jahr),
            beleg: format!("KZ-2026-{id:05}"),
            ..Buchung::default()
        });
    }

    // Forecasts.
    for (h, betrag, methode, erlaeuterung, tendenz) in [
        (
            0,
            eur(2_500_000),
            Prognosemethode::Manuell,
            "Abschläge V-2026-014 planmäßig, Formularserver erst 2027",
            Tendenz::Schlechter,
        ),
        (
            2,
            eur(950_000),
            Prognosemethode::Manuell,
            "Sperre von 500.000 € wird voraussichtlich nicht aufgehoben",
            Tendenz::ImToleranzbereich,
        ),
    ] {
        let id = bm.neue_id();
        bm.prognosen.push(Prognose {
            id,
            haushaltsstelle: hst_ids[h],
            stichtag: d(2026, 6, 30),
            betrag,
            methode,
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

    #[test]
    fn beispiel_ist_gueltig() {
        let bm = beispiel(&[7, 8]);
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
        assert_eq!(bm.ansaetze[0].projekt, Some(7));
        assert_eq!(bm.ansaetze[1].projekt, Some(8));
        assert_eq!(beispiel(&[]).ansaetze[0].projekt, None);
    }

    /// The example's key figures, computed by hand.
    #[test]
    fn beispiel_von_hand_gerechnet() {
        let bm = beispiel(&[]);
        let b = baum(&bm, Rahmen::von(&bm, Datum::neu(2000, 1, 1).unwrap()));
        let t: Vec<_> = b.titel().collect();
        // Order: 0601/526 01, 0634/532 01, 0634/686 01, 0634/812 01.
        let titel: Vec<&str> = t
            .iter()
            .map(|z| {
                bm.haushaltsstelle(z.haushaltsstelle)
                    .unwrap()
                    .titel
                    .as_str()
            })
            .collect();
        assert_eq!(titel, ["526 01", "532 01", "686 01", "812 01"]);
        // 532 01: Soll 2.700.000; Ist 225.000 + 225.000 + 60.000 + 12.345,67 = 522.345,67;
        // gebunden (900.000 − 450.000) + (180.000 − 60.000) + 150.000 = 720.000.
        let s = t[1].summen;
        assert_eq!(s.soll(), eur(2_700_000));
        assert_eq!(s.ist, eur(522_345) + 67);
        assert_eq!(s.gebunden, eur(720_000));
        assert_eq!(s.frei(), eur(2_700_000) - eur(522_345) - 67 - eur(720_000));
        assert_eq!(s.abflussquote(), Some(193)); // 19,346… %
        assert_eq!(s.bindungsquote(), Some(460)); // 45,9… %: 1.242.345,67 / 2.700.000 = 0,46013
        assert_eq!(s.plan_bis_stichtag, eur(900_000));
        assert_eq!(s.abweichung(), Some(eur(-200_000)));
        assert_eq!(s.abweichung_promille(), Some(-74)); // −7,4 % → gelb
        assert_eq!(t[1].ampel, crate::shared::vokabular::Ampel::Gelb);
        // 812 01: Soll 850.000; Ist 240.000 + 18.500 − 1.500 = 257.000; Hochrechnung × 12/6.
        assert_eq!(t[3].summen.ist, eur(257_000));
        assert_eq!(t[3].hochrechnung, Some(eur(514_000)));
        // Total Soll: 100.000 + 2.700.000 + 1.000.000 + 850.000.
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
