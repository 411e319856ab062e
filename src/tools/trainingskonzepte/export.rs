//! Export of the Trainingskonzepte (fachkonzept §2.8): Info, Konzept (one row per concept with
//! its figures), Module, Termine, Teilnahmen, Evaluation, Zielgruppe_x_Modul (the curriculum
//! matrix: one row per target group, one column per module, hours where the module is for the
//! group) and Legende.
//!
//! First columns are permanent ids: `TK` concept, `M` module, `T` Termin, `A` registration
//! (Anmeldung), `E` evaluation entry, `Z` target group; linked competences of the
//! Kompetenzreflexion are `K<id>` as there.

use super::calc;
use super::model::{
    stunden_hundertstel, uhrzeit_text, Ebene, Format, Konzeptstatus, Modul, Phase, Teilnahmestatus,
    Trainerart, Trainingskonzept, Trainingskonzepte,
};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::export::{
    aufzaehlungen, Blatt, Blattauswahl, Info, Legende, Legendeneintrag, Mappe, Tabelle, Zelle,
};
use crate::shared::datum::Datum;

aufzaehlungen!(
    Phase,
    Konzeptstatus,
    Format,
    Trainerart,
    Teilnahmestatus,
    Ebene
);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 6] = [
    "Konzept",
    "Module",
    "Termine",
    "Teilnahmen",
    "Evaluation",
    "Zielgruppe_x_Modul",
];

/// The workbook of the workspace's Trainingskonzepte on `heute`.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(
    ab: &Arbeitsbereich,
    info: Info,
    heute: Datum,
    mit_namen: bool,
    nur_blatt: Option<usize>,
) -> Mappe {
    let tk = &ab.werkzeuge.trainingskonzepte;
    let kr = &ab.werkzeuge.kompetenzreflexion;
    Mappe {
        info,
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| konzepte(tk, kr, heute))
            .blatt(|| module(tk, kr))
            .blatt(|| termine(tk))
            .blatt(|| teilnahmen(tk, mit_namen))
            .blatt(|| evaluation(tk))
            .blatt(|| matrix(tk))
            .fertig(),
        legende: legende(),
    }
}

fn stunden(minuten: u32) -> Zelle {
    Zelle::dezimal(stunden_hundertstel(minuten), 2)
}

fn konzepte(
    tk: &Trainingskonzepte,
    kr: &crate::tools::kompetenzreflexion::model::Kompetenzreflexion,
    heute: Datum,
) -> Blatt {
    Tabelle::neu(BLAETTER[0], &tk.konzepte)
        .id("ID", "TK", |k| k.id)
        .text("Titel", |k| &k.titel)
        .text("Anlass/Bedarf", |k| &k.anlass)
        .text("Verantwortlich", |k| &k.verantwortlich)
        .wort("Status", |k| k.status)
        .wort("Phase", |k| k.phase)
        .euro("Budget", |k| k.budget_cent)
        .datum("Beginn", |k| k.beginn)
        .datum("Ende", |k| k.ende)
        .text("Lernziele Wissen", |k| &k.ziele_wissen)
        .text("Lernziele Können", |k| &k.ziele_koennen)
        .text("Lernziele Anwenden", |k| &k.ziele_anwenden)
        .liste("Zielgruppen", |k| {
            k.zielgruppen
                .iter()
                .map(|z| z.name.clone())
                .collect::<Vec<_>>()
        })
        .ganzzahl("Module", |k| k.module.len())
        .ganzzahl("Termine", |k| k.termine.len())
        .ganzzahl("Teilnehmende", |k| calc::teilnehmende(k))
        .euro("Kosten je Teilnehmende", |k| calc::kosten_je_teilnehmer(k))
        .prozent("Teilnahmequote", 3, move |k| {
            calc::teilnahmequote(k, heute).2
        })
        .prozent("Abdeckung prioritärer Lücken", 3, move |k| {
            calc::abdeckung(kr, k.module.iter()).promille()
        })
        .ganzzahl("Offene prioritäre Lücken", move |k| {
            calc::abdeckung(kr, k.module.iter()).offen.len()
        })
        .dezimal("Feedback (Mittel)", 1, |k| {
            calc::feedback_mittel(k.termine.iter()).map(i64::from)
        })
        .blatt()
}

fn module(
    tk: &Trainingskonzepte,
    kr: &crate::tools::kompetenzreflexion::model::Kompetenzreflexion,
) -> Blatt {
    let zeilen: Vec<(&Trainingskonzept, &Modul)> = tk
        .konzepte
        .iter()
        .flat_map(|k| k.module.iter().map(move |m| (k, m)))
        .collect();
    Tabelle::neu(BLAETTER[1], zeilen)
        .id("ID", "M", |(_, m)| m.id)
        .id("Konzept-ID", "TK", |(k, _)| k.id)
        .text("Modul", |(_, m)| &m.titel)
        .wort("Format", |(_, m)| m.format)
        .spalte("Dauer (Std.)", |(_, m)| stunden(m.dauer_minuten))
        .wort("Trainer (Art)", |(_, m)| m.trainerart)
        .text("Trainer/in", |(_, m)| &m.trainer)
        .text("Inhalte", |(_, m)| &m.inhalte)
        .text("Lernziele", |(_, m)| &m.lernziele)
        .text("Materialien", |(_, m)| &m.materialien)
        .text("Voraussetzungen", |(_, m)| &m.voraussetzungen)
        .liste("Kompetenz-IDs", |(_, m)| {
            m.kompetenzen
                .iter()
                .map(|k| format!("K{k}"))
                .collect::<Vec<_>>()
        })
        .liste("Kompetenzen", move |(_, m)| {
            m.kompetenzen
                .iter()
                .map(|k| calc::kompetenzname(kr, *k))
                .collect::<Vec<_>>()
        })
        .text("Für Rollen", move |(_, m)| {
            if m.rollen.is_empty() {
                "alle".to_owned()
            } else {
                m.rollen
                    .iter()
                    .map(|r| calc::rollenname(kr, *r))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        })
        .blatt()
}

fn termine(tk: &Trainingskonzepte) -> Blatt {
    let zeilen: Vec<_> = tk
        .konzepte
        .iter()
        .flat_map(|k| k.termine_sortiert().into_iter().map(move |t| (k, t)))
        .collect();
    Tabelle::neu(BLAETTER[2], zeilen)
        .id("ID", "T", |(_, t)| t.id)
        .id("Konzept-ID", "TK", |(k, _)| k.id)
        .id("Modul-ID", "M", |(_, t)| t.modul)
        .text("Modul", |(k, t)| calc::modultitel(k, t.modul))
        .datum("Datum", |(_, t)| t.datum)
        .text("Beginn", |(_, t)| {
            t.von.map(uhrzeit_text).unwrap_or_default()
        })
        .text("Ende", |(_, t)| t.bis.map(uhrzeit_text).unwrap_or_default())
        .wahr("Online", |(_, t)| t.online)
        .text("Ort", |(_, t)| &t.ort)
        .ganzzahl("Kapazität", |(_, t)| t.kapazitaet)
        .ganzzahl("Belegt", |(_, t)| t.belegt())
        .ganzzahl("Warteliste", |(_, t)| {
            t.teilnahmen
                .iter()
                .filter(|x| x.status == Teilnahmestatus::Warteliste)
                .count()
        })
        .dezimal("Feedback (Mittel)", 1, |(_, t)| {
            calc::feedback_mittel([*t]).map(i64::from)
        })
        .blatt()
}

/// Participants by name only when the user chose so on the export page (personal data);
/// otherwise the Teilnahme's ID stands in the column.
fn teilnahmen(tk: &Trainingskonzepte, mit_namen: bool) -> Blatt {
    let zeilen: Vec<_> = tk
        .konzepte
        .iter()
        .flat_map(|k| {
            k.termine_sortiert()
                .into_iter()
                .flat_map(move |t| t.teilnahmen.iter().map(move |x| (k, t, x)))
        })
        .collect();
    Tabelle::neu(BLAETTER[3], zeilen)
        .id("ID", "A", |(_, _, x)| x.id)
        .id("Termin-ID", "T", |(_, t, _)| t.id)
        .datum("Datum", |(_, t, _)| t.datum)
        .text("Modul", |(k, t, _)| calc::modultitel(k, t.modul))
        .text("Person oder Rolle", move |(_, _, x)| {
            if mit_namen {
                x.wer.clone()
            } else {
                format!("Teilnahme A{}", x.id)
            }
        })
        .wort("Status", |(_, _, x)| x.status)
        .ganzzahl("Feedback (1–5)", |(_, _, x)| x.feedback)
        .blatt()
}

fn evaluation(tk: &Trainingskonzepte) -> Blatt {
    let zeilen: Vec<_> = tk
        .konzepte
        .iter()
        .flat_map(|k| k.evaluationen.iter().map(move |e| (k, e)))
        .collect();
    Tabelle::neu(BLAETTER[4], zeilen)
        .id("ID", "E", |(_, e)| e.id)
        .id("Konzept-ID", "TK", |(k, _)| k.id)
        .wort("Ebene", |(_, e)| e.ebene)
        .spalte("Modul-ID", |(_, e)| {
            e.modul.map_or(Zelle::Leer, |m| Zelle::id("M", m))
        })
        .text("Modul", |(k, e)| {
            e.modul
                .map(|m| calc::modultitel(k, m))
                .unwrap_or_else(|| "ganzes Konzept".to_owned())
        })
        .text("Methode", |(_, e)| &e.methode)
        .text("Ergebnis", |(_, e)| &e.ergebnis)
        .datum("Datum", |(_, e)| e.datum)
        .blatt()
}

fn matrix(tk: &Trainingskonzepte) -> Blatt {
    let zeilen: Vec<_> = tk
        .konzepte
        .iter()
        .flat_map(|k| k.zielgruppen.iter().map(move |z| (k, z)))
        .collect();
    let module: Vec<(u32, &Modul)> = tk
        .konzepte
        .iter()
        .flat_map(|k| k.module.iter().map(move |m| (k.id, m)))
        .collect();
    Tabelle::neu(BLAETTER[5], zeilen)
        .id("ID", "Z", |(_, z)| z.id)
        .id("Konzept-ID", "TK", |(k, _)| k.id)
        .text("Zielgruppe", |(_, z)| &z.name)
        .je(module, |t, (konzept, m)| {
            t.spalte(format!("M{} {}", m.id, m.titel), move |(k, z)| {
                if k.id == konzept && m.zielgruppen.contains(&z.id) {
                    stunden(m.dauer_minuten)
                } else {
                    Zelle::Leer
                }
            })
        })
        .spalte("Stunden gesamt", |(k, z)| {
            let minuten = calc::minuten_je_zielgruppe(k)
                .into_iter()
                .find(|(id, _)| *id == z.id)
                .map_or(0, |(_, m)| m);
            stunden(minuten)
        })
        .blatt()
}

/// The Legende: every enumeration and the computed columns.
pub fn legende() -> Vec<Legendeneintrag> {
    let mut l = Legende::neu();
    l.aufzaehlung(
        "Phase (Reihenfolge nach Quelle; was fehlt: unsere Rekonstruktion, bitte prüfen)",
        Phase::ALLE,
    );
    l.aufzaehlung("Status (Konzept)", Konzeptstatus::ALLE);
    l.aufzaehlung("Format", Format::ALLE);
    l.aufzaehlung("Trainer (Art)", Trainerart::ALLE);
    l.aufzaehlung("Status (Teilnahme)", Teilnahmestatus::ALLE);
    l.aufzaehlung("Ebene (Evaluation)", Ebene::ALLE);
    l.gruppe("Berechnete Spalte", [
        ("Teilnahmequote", "teilgenommen / (angemeldet + teilgenommen) der Termine vor dem Exporttag; Absagen und Warteliste zählen nicht"),
        ("Teilnehmende", "verschiedene Personen mit Status teilgenommen (gleicher Text = eine Person)"),
        ("Kosten je Teilnehmende", "Budget / Teilnehmende, auf ganze Cent kaufmännisch gerundet"),
        ("Abdeckung prioritärer Lücken", "prioritäre Lücken der Kompetenzreflexion, deren Kompetenz ein Modul nennt (bei Rollenbegrenzung nur für diese Rollen) / alle prioritären Lücken"),
        ("Dauer (Std.), Zielgruppe_x_Modul", "Stunden des Moduls, wo es für die Zielgruppe vorgesehen ist; „Stunden gesamt“ ist ihre Summe"),
        ("Feedback (Mittel)", "Mittelwert der Feedback-Werte 1 (schlecht) bis 5 (sehr gut)"),
    ]);
    l.into()
}

#[cfg(test)]
mod tests {
    use crate::export::testhilfe::{spalte, zellwert as zelle};
    use std::io::Cursor;

    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

    use super::*;
    use crate::export::xlsx;

    fn heute() -> Datum {
        Datum::neu(2026, 12, 3).unwrap()
    }

    fn info() -> Info {
        crate::export::testhilfe::info("Trainingskonzepte", heute())
    }

    /// Names of participants are personal data (fachkonzept §1.4): without the user's choice
    /// on the export page the Teilnahmen sheet holds the Teilnahme's ID, never the name.
    #[test]
    fn teilnehmende_nur_mit_wahl_namentlich() {
        let mut ab = Arbeitsbereich::neu("t", "Test", "2026-12-03T09:00:00Z");
        crate::tools::alle_beispiele(&mut ab, heute());
        let namen: Vec<String> = ab
            .werkzeuge
            .trainingskonzepte
            .konzepte
            .iter()
            .flat_map(|k| &k.termine)
            .flat_map(|t| &t.teilnahmen)
            .map(|x| x.wer.clone())
            .collect();
        assert!(!namen.is_empty());
        for (mit_namen, erwartet_namen) in [(false, false), (true, true)] {
            let bytes = xlsx::erstellen(&mappe(&ab, info(), heute(), mit_namen, None)).unwrap();
            let mut datei: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
            let r = datei.worksheet_range("Teilnahmen").unwrap();
            let s = spalte(&r, "Person oder Rolle");
            let werte: Vec<Data> = (1..r.height()).map(|z| zelle(&r, z, s)).collect();
            assert_eq!(werte.len(), namen.len());
            for (wert, name) in werte.iter().zip(&namen) {
                match wert {
                    Data::String(t) if erwartet_namen => assert_eq!(t, name),
                    Data::String(t) => assert!(t.starts_with("Teilnahme A") && t != name, "{t}"),
                    anderes => panic!("{anderes:?}"),
                }
            }
        }
    }

    /// Reads the workbook back: the sheets in order, typed cells, the computed figures as the
    /// app shows them, the matrix with hours, every enum word in the Legende.
    #[test]
    fn arbeitsmappe_wird_zurueckgelesen() {
        let mut ab = Arbeitsbereich::neu("t", "Test", "2026-12-03T09:00:00Z");
        crate::tools::alle_beispiele(&mut ab, heute());
        let bytes = xlsx::erstellen(&mappe(&ab, info(), heute(), true, None)).unwrap();
        let mut datei: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
        let mut erwartet = vec!["Info"];
        erwartet.extend(BLAETTER);
        erwartet.push("Legende");
        assert_eq!(datei.sheet_names(), erwartet);
        let tk = &ab.werkzeuge.trainingskonzepte;
        let k = &tk.konzepte[0];

        let r = datei.worksheet_range("Konzept").unwrap();
        assert_eq!(zelle(&r, 1, 0), Data::String(format!("TK{}", k.id)));
        assert_eq!(
            zelle(&r, 1, spalte(&r, "Phase")),
            Data::String("Durchführung und Erfolgskontrolle".into())
        );
        assert_eq!(zelle(&r, 1, spalte(&r, "Budget")), Data::Float(12_000.0));
        assert_eq!(
            zelle(&r, 1, spalte(&r, "Kosten je Teilnehmende")),
            Data::Float(2_400.0)
        );
        assert_eq!(
            zelle(&r, 1, spalte(&r, "Teilnahmequote")),
            Data::Float(0.857)
        );
        assert!(matches!(
            zelle(&r, 1, spalte(&r, "Beginn")),
            Data::DateTime(_)
        ));

        let m = datei.worksheet_range("Module").unwrap();
        assert_eq!(m.height() - 1, 3);
        assert_eq!(zelle(&m, 1, spalte(&m, "Dauer (Std.)")), Data::Float(6.0));
        assert_eq!(
            zelle(&m, 1, spalte(&m, "Kompetenzen")),
            Data::String("Risikomanagement".into())
        );
        assert_eq!(
            zelle(&m, 1, spalte(&m, "Format")),
            Data::String("Präsenzschulung".into())
        );

        let t = datei.worksheet_range("Termine").unwrap();
        assert_eq!(t.height() - 1, 4);
        assert_eq!(
            zelle(&t, 1, spalte(&t, "Beginn")),
            Data::String("09:00".into())
        );

        let tn = datei.worksheet_range("Teilnahmen").unwrap();
        let alle: usize = k.termine.iter().map(|t| t.teilnahmen.len()).sum();
        assert_eq!(tn.height() - 1, alle);
        let status = spalte(&tn, "Status");
        assert!(
            (1..tn.height()).any(|z| zelle(&tn, z, status) == Data::String("Warteliste".into()))
        );

        let e = datei.worksheet_range("Evaluation").unwrap();
        assert_eq!(e.height() - 1, 4);

        let z = datei.worksheet_range("Zielgruppe_x_Modul").unwrap();
        assert_eq!(z.height() - 1, 3);
        // IT-Projektleitungen: 6 + 3 + 4 hours.
        assert_eq!(
            zelle(&z, 1, spalte(&z, "Stunden gesamt")),
            Data::Float(13.0)
        );
        assert_eq!(
            zelle(&z, 3, 3),
            Data::Empty,
            "Fachaufgabenträger haben Modul 1 nicht"
        );

        let l = datei.worksheet_range("Legende").unwrap();
        let texte: Vec<String> = l
            .rows()
            .flat_map(|r| r.iter().map(|d| d.to_string()))
            .collect();
        for w in Phase::ALLE
            .iter()
            .map(|x| x.name())
            .chain(Format::ALLE.iter().map(|x| x.name()))
            .chain(Teilnahmestatus::ALLE.iter().map(|x| x.name()))
            .chain(Ebene::ALLE.iter().map(|x| x.name()))
            .chain(Konzeptstatus::ALLE.iter().map(|x| x.name()))
            .chain(Trainerart::ALLE.iter().map(|x| x.name()))
        {
            assert!(texte.iter().any(|t| t == w), "{w} fehlt in der Legende");
        }
    }
}
