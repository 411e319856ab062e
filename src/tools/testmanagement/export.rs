//! Export of the Testmanagement tool (fachkonzept §2.11 "xlsx export"): Info, Testfaelle (one
//! row per case, steps joined with line breaks), Testlaeufe (one row per case in a run),
//! Maengel, Traceability (Kriterium | Testfall-IDs | Abdeckung), Abnahme (Gate-Kriterium |
//! erfüllt | Nachweis, then the proposal and the decision) and Legende.
//!
//! First columns are permanent ids: `T` case, `L` run, `M` defect, `K` criterion, `G` gate
//! criterion.

use super::calc;
use super::model::{
    Entscheidung, Ergebnis, Kategorie, Klasse, Mangelstatus, Prioritaet, Regel, Testart,
    Testmanagement, Testobjektart, Umgebung,
};
use crate::export::{
    aufzaehlungen, Blatt, Blattauswahl, Info, Legende, Legendeneintrag, Mappe, Tabelle, Zelle,
};

aufzaehlungen!(
    Kategorie,
    Testobjektart,
    Testart,
    Prioritaet,
    Umgebung,
    Ergebnis,
    Klasse,
    Mangelstatus,
    Entscheidung,
    Regel
);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 5] = [
    "Testfaelle",
    "Testlaeufe",
    "Maengel",
    "Traceability",
    "Abnahme",
];

/// The workbook.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(tm: &Testmanagement, info: Info, nur_blatt: Option<usize>) -> Mappe {
    Mappe {
        info,
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| testfaelle(tm))
            .blatt(|| testlaeufe(tm))
            .blatt(|| maengel(tm))
            .blatt(|| traceability(tm))
            .blatt(|| abnahme(tm))
            .fertig(),
        legende: legende(),
    }
}

/// Steps as numbered lines "1. Aktion → erwartet".
pub fn schritte_zeilen(t: &super::model::Testfall) -> String {
    t.schritte
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if s.erwartet.is_empty() {
                format!("{}. {}", i + 1, s.aktion)
            } else {
                format!("{}. {} → {}", i + 1, s.aktion, s.erwartet)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn kriterien_kennungen(tm: &Testmanagement, ids: &[u32]) -> Vec<String> {
    ids.iter()
        .filter_map(|k| tm.kriterium(*k))
        .map(|k| k.kennung.clone())
        .collect()
}

fn testfaelle(tm: &Testmanagement) -> Blatt {
    Tabelle::neu(BLAETTER[0], &tm.testfaelle)
        .id("ID", "T", |t| t.id)
        .text("Testfall-ID", |t| &t.kennung)
        .text("Titel", |t| &t.titel)
        .ganzzahl("Version", |t| t.version)
        .text("Autor", |t| &t.autor)
        .wort("Testobjektart", |t| t.testobjektart)
        .text("Testobjekt", |t| &t.testobjekt)
        .text("OZG-ID", |t| &t.ozg_id)
        .text("LeiKa-ID", |t| &t.leika_id)
        .wort("Kategorie", |t| t.kategorie)
        .wort("Art", |t| t.art)
        .wort("Priorität", |t| t.prioritaet)
        .text("Vorbedingungen", |t| &t.vorbedingungen)
        .text("Testdaten", |t| &t.testdaten)
        .text("Schritte", |t| schritte_zeilen(t))
        .text("Nachbedingungen", |t| &t.nachbedingungen)
        .liste("Tags", |t| t.tags.clone())
        .liste("Qualitätskriterien", |t| {
            kriterien_kennungen(tm, &t.kriterien)
        })
        .wort("Letztes Ergebnis", |t| {
            calc::letztes_ergebnis(tm, t.id).map(|(e, _)| e)
        })
        .text("Vorlage", |t| {
            if t.vorlage {
                "Vorlage – bitte anpassen"
            } else {
                ""
            }
        })
        .blatt()
}

fn testlaeufe(tm: &Testmanagement) -> Blatt {
    let zeilen: Vec<_> = calc::laeufe_sortiert(tm)
        .into_iter()
        .flat_map(|l| l.eintraege.iter().map(move |e| (l, e)))
        .collect();
    Tabelle::neu(BLAETTER[1], &zeilen)
        .id("ID", "L", |(l, _)| l.id)
        .text("Testlauf", |(l, _)| &l.titel)
        .text("Release", |(l, _)| &l.release)
        .wort("Umgebung", |(l, _)| l.umgebung)
        .text("Nachtest", |(l, _)| if l.nachtest { "ja" } else { "nein" })
        .spalte("Testfall", |(_, e)| Zelle::id("T", e.testfall))
        .text("Testfall-ID", |(_, e)| &e.stand.kennung)
        .text("Titel", |(_, e)| &e.stand.titel)
        .ganzzahl("Version", |(_, e)| e.stand.version)
        .wort("Ergebnis", |(_, e)| e.ergebnis)
        .text("Tatsächliches Ergebnis", |(_, e)| {
            e.schritte
                .iter()
                .enumerate()
                .filter(|(_, s)| !s.ist.is_empty())
                .map(|(i, s)| format!("Schritt {}: {}", i + 1, s.ist))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .text("Tester", |(l, e)| {
            if e.tester.is_empty() {
                &l.tester
            } else {
                &e.tester
            }
        })
        .datum("Datum", |(l, e)| e.datum.or(l.datum))
        .spalte("Mangel", |(_, e)| {
            e.mangel.map_or(Zelle::Leer, |m| Zelle::id("M", m))
        })
        .text("Bemerkung", |(_, e)| &e.bemerkung)
        .blatt()
}

fn maengel(tm: &Testmanagement) -> Blatt {
    Tabelle::neu(BLAETTER[2], &tm.maengel)
        .id("ID", "M", |m| m.id)
        .text("Mangel-ID", |m| &m.kennung)
        .text("Titel", |m| &m.titel)
        .text("Beschreibung", |m| &m.beschreibung)
        .wort("Klasse", |m| m.klasse)
        .wort("Status", |m| m.status)
        .text("Offen", |m| if m.status.offen() { "ja" } else { "nein" })
        .text("Gemeldet von", |m| &m.gemeldet_von)
        .datum("Gemeldet am", |m| m.gemeldet_am)
        .datum("Frist", |m| m.frist)
        .text("Auftragnehmer", |m| &m.auftragnehmer)
        .text("Testfall-ID", |m| {
            m.testfall
                .and_then(|t| tm.testfall(t))
                .map_or("", |t| t.kennung.as_str())
        })
        .spalte("Testlauf", |m| {
            m.lauf.map_or(Zelle::Leer, |l| Zelle::id("L", l))
        })
        .blatt()
}

fn traceability(tm: &Testmanagement) -> Blatt {
    let spuren = calc::traceability(tm);
    Tabelle::neu(BLAETTER[3], &spuren)
        .id("ID", "K", |s| s.kriterium.id)
        .text("Kennung", |s| &s.kriterium.kennung)
        .text("Kriterium", |s| &s.kriterium.titel)
        .text("Quelle", |s| &s.kriterium.quelle)
        .liste("Testfall-IDs", |s| {
            s.faelle
                .iter()
                .map(|t| t.kennung.clone())
                .collect::<Vec<_>>()
        })
        .ganzzahl("Anzahl Testfälle", |s| s.faelle.len())
        .text("Abdeckung", |s| {
            if s.faelle.is_empty() {
                "nicht abgedeckt"
            } else {
                "abgedeckt"
            }
        })
        .ganzzahl("Davon zuletzt bestanden", |s| s.bestanden)
        .blatt()
}

fn abnahme(tm: &Testmanagement) -> Blatt {
    let kriterien = tm.abnahme.kriterien();
    let (vorschlag, gruende) = calc::vorschlag(tm);
    let mut b = Tabelle::neu(BLAETTER[4], &kriterien)
        .id("ID", "G", |k| k.id)
        .text("Gate-Kriterium", |k| &k.titel)
        .text("erfüllt", |k| {
            if calc::erfuellt(tm, k) {
                "ja"
            } else {
                "nein"
            }
        })
        .wort("Regel", |k| k.regel)
        .text("Nachweis", |k| &k.nachweis)
        .text("Quelle", |k| &k.quelle)
        .blatt();
    let leer = || vec![Zelle::Leer; b.spalten.len().saturating_sub(2)];
    let zeile = |name: &str, wert: Zelle| {
        let mut z = vec![Zelle::Leer, Zelle::text(name), wert];
        z.extend(leer().into_iter().skip(1));
        z
    };
    let rows = vec![
        zeile("Vorschlag", Zelle::text(vorschlag.name())),
        zeile("Begründung", Zelle::text(gruende.join("\n"))),
        zeile(
            "Geschäftsvorfälle umgesetzt",
            Zelle::text(format!(
                "{} von {} ({})",
                tm.abnahme.gv_umgesetzt,
                tm.abnahme.gv_relevant,
                calc::prozent_text(calc::gv_quote(tm))
            )),
        ),
        zeile(
            "Entscheidung",
            tm.abnahme
                .entscheidung
                .map_or(Zelle::Leer, |e| Zelle::text(e.name())),
        ),
        zeile(
            "Datum der Entscheidung",
            tm.abnahme.datum.map_or(Zelle::Leer, Zelle::Datum),
        ),
        zeile(
            "Begründung der Entscheidung",
            Zelle::text(&tm.abnahme.begruendung),
        ),
    ];
    b.zeilen.extend(rows);
    b
}

/// The Legende: every enumeration and the computed columns.
pub fn legende() -> Vec<Legendeneintrag> {
    let mut l = Legende::neu();
    l.aufzaehlung("Kategorie", Kategorie::ALLE);
    l.aufzaehlung("Testobjektart", Testobjektart::ALLE);
    l.aufzaehlung("Art", Testart::ALLE);
    l.aufzaehlung("Priorität", Prioritaet::ALLE);
    l.aufzaehlung("Umgebung", Umgebung::ALLE);
    l.aufzaehlung("Ergebnis", Ergebnis::ALLE);
    l.aufzaehlung("Klasse", Klasse::ALLE);
    l.aufzaehlung("Status (Mangel)", Mangelstatus::ALLE);
    l.aufzaehlung("Entscheidung", Entscheidung::ALLE);
    l.aufzaehlung("Regel", Regel::ALLE);
    l.gruppe("Berechnete Spalte", [
        ("Letztes Ergebnis", "Ergebnis der letzten Ausführung des Testfalls über alle Testläufe (nach Datum des Laufs)"),
        ("Offen", "jeder Status außer nachgetestet und geschlossen; zurückgestellte Mängel zählen als offen"),
        ("Abdeckung", "abgedeckt, wenn mindestens ein Testfall auf das Kriterium verweist"),
        ("erfüllt", "manuelle Kriterien wie bestätigt; berechnete nach ihrer Regel"),
        ("Vorschlag", "verweigert bei offenem betriebsverhinderndem oder -behinderndem Mangel oder nicht erfülltem Kriterium; unter Vorbehalt bei nur leichten offenen Mängeln; sonst abgenommen"),
    ]);
    l.into()
}

#[cfg(test)]
mod tests {
    use crate::export::testhilfe::{spalte, zellwert as wert};
    use std::io::Cursor;

    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

    use super::*;
    use crate::export::xlsx;
    use crate::shared::datum::Datum;

    fn heute() -> Datum {
        Datum::neu(2026, 12, 4).unwrap()
    }

    fn info() -> Info {
        Info {
            arbeitsbereich: "B".into(),
            stand: Some(heute()),
            ..crate::export::testhilfe::info("Testmanagement", heute())
        }
    }

    /// Writes the example's workbook and reads it back cell by cell.
    #[test]
    fn excel_datei_zurueckgelesen() {
        let ab0 = crate::daten::arbeitsbereich::Arbeitsbereich::neu("b", "B", "t");
        let mut tm = super::super::examples::beispiel(heute(), &ab0);
        tm.testfaelle[0].titel = "=HYPERLINK(\"http://x\")".into();
        let m = mappe(&tm, info(), None);
        let bytes = xlsx::erstellen(&m).expect("Excel-Datei");
        let mut datei: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("lesbar");
        assert_eq!(
            datei.sheet_names(),
            [
                "Info",
                "Testfaelle",
                "Testlaeufe",
                "Maengel",
                "Traceability",
                "Abnahme",
                "Legende"
            ]
        );
        let tf = datei.worksheet_range("Testfaelle").unwrap();
        assert_eq!(tf.height(), tm.testfaelle.len() + 1);
        let t0 = &tm.testfaelle[0];
        assert_eq!(wert(&tf, 1, 0), Data::String(format!("T{}", t0.id)));
        assert_eq!(
            wert(&tf, 1, spalte(&tf, "Titel")),
            Data::String("=HYPERLINK(\"http://x\")".into()),
            "Text bleibt Text"
        );
        assert_eq!(
            wert(&tf, 1, spalte(&tf, "Testfall-ID")),
            Data::String(t0.kennung.clone())
        );
        assert_eq!(
            wert(&tf, 1, spalte(&tf, "Kategorie")),
            Data::String(t0.kategorie.name().into())
        );
        let schritte = wert(&tf, 1, spalte(&tf, "Schritte")).to_string();
        assert_eq!(
            schritte.lines().count(),
            t0.schritte.len(),
            "ein Schritt je Zeile"
        );
        assert!(schritte.starts_with("1. "), "{schritte}");
        assert_eq!(
            wert(&tf, 1, spalte(&tf, "Version")),
            Data::Float(f64::from(t0.version))
        );

        let tl = datei.worksheet_range("Testlaeufe").unwrap();
        let zeilen: usize = tm.laeufe.iter().map(|l| l.eintraege.len()).sum();
        assert_eq!(tl.height(), zeilen + 1);
        let erg = spalte(&tl, "Ergebnis");
        let fehl = (1..tl.height())
            .filter(|&z| wert(&tl, z, erg) == Data::String("fehlgeschlagen".into()))
            .count();
        assert_eq!(fehl, 2, "zwei Fehlschläge im ersten Lauf des Beispiels");
        let ist = spalte(&tl, "Tatsächliches Ergebnis");
        assert!((1..tl.height()).any(|z| wert(&tl, z, ist).to_string().starts_with("Schritt ")));
        assert!(
            matches!(wert(&tl, 1, spalte(&tl, "Datum")), Data::DateTime(_)),
            "echtes Datum"
        );

        let mg = datei.worksheet_range("Maengel").unwrap();
        assert_eq!(mg.height(), tm.maengel.len() + 1);
        let kl = spalte(&mg, "Klasse");
        assert!((1..mg.height())
            .any(|z| wert(&mg, z, kl) == Data::String("betriebsverhindernd".into())));

        let tr = datei.worksheet_range("Traceability").unwrap();
        assert_eq!(tr.height(), tm.kriterien.len() + 1);
        let bitv = (1..tr.height())
            .find(|&z| wert(&tr, z, 1) == Data::String("BITV".into()))
            .unwrap();
        assert_eq!(
            wert(&tr, bitv, spalte(&tr, "Testfall-IDs")),
            Data::String("STD-04, STD-10, STD-11".into())
        );
        assert_eq!(
            wert(&tr, bitv, spalte(&tr, "Abdeckung")),
            Data::String("abgedeckt".into())
        );

        let ab = datei.worksheet_range("Abnahme").unwrap();
        assert_eq!(wert(&ab, 0, 1), Data::String("Gate-Kriterium".into()));
        let vorschlag = (1..ab.height())
            .find(|&z| wert(&ab, z, 1) == Data::String("Vorschlag".into()))
            .unwrap();
        assert_eq!(
            wert(&ab, vorschlag, 2),
            Data::String(calc::vorschlag(&tm).0.name().into())
        );
        let kein = (1..ab.height())
            .find(|&z| {
                wert(&ab, z, 1) == Data::String("Keine offenen betriebsverhindernden Mängel".into())
            })
            .unwrap();
        assert_eq!(
            wert(&ab, kein, 2),
            Data::String("nein".into()),
            "im Beispiel ist ein betriebsverhindernder Mangel offen"
        );

        let lg = datei.worksheet_range("Legende").unwrap();
        for w in [
            "betriebsverhindernd",
            "zurückgestellt",
            "unter Vorbehalt",
            "Integration",
            "SDG/Mehrsprachigkeit",
        ] {
            assert!(
                (0..lg.height())
                    .any(|z| (0..lg.width()).any(|s| wert(&lg, z, s) == Data::String(w.into()))),
                "{w}"
            );
        }
    }
}
