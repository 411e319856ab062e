//! Export of the Behördenaustausch (fachkonzept §2.12, "Export"): the sheets Termine,
//! Teilnahmen, Lessons_Learned (every result: Lessons Learned, Good Practice, offene Fragen),
//! Nachnutzungsangebote, Follow_ups, then the Legende. First columns are permanent ids: `T`
//! Termin, `P` Teilnahme, `E` Ergebnis, `A` Angebot, `F` Follow-up; Behörden are `B`.

use super::calc;
use super::model::{
    Angebotsstatus, Behoerdenaustausch, Ergebnisart, Folgestatus, Formattyp, Gegenstand,
};
use crate::export::{
    aufzaehlungen, Blatt, Blattauswahl, Info, Legende, Legendeneintrag, Mappe, Tabelle, Zelle,
};
use crate::shared::datum::Datum;
use crate::shared::sortieren::Sortieren;
use crate::shared::vokabular::Handlungsfeld;

aufzaehlungen!(
    Formattyp,
    Ergebnisart,
    Gegenstand,
    Angebotsstatus,
    Folgestatus
);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 5] = [
    "Termine",
    "Teilnahmen",
    "Lessons_Learned",
    "Nachnutzungsangebote",
    "Follow_ups",
];

/// The workbook; overdue follow-ups at `heute`.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(
    ba: &Behoerdenaustausch,
    mut info: Info,
    heute: Datum,
    nur_blatt: Option<usize>,
) -> Mappe {
    info.stand = Some(heute);
    info.hinweise
        .push(("Stichtag der Fälligkeit".to_owned(), heute.deutsch()));
    Mappe {
        info,
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| termine(ba))
            .blatt(|| teilnahmen(ba))
            .blatt(|| ergebnisse(ba))
            .blatt(|| angebote(ba))
            .blatt(|| folgeaufgaben(ba, heute))
            .fertig(),
        legende: legende(),
    }
}

fn behoerde_zelle(id: Option<u32>) -> Zelle {
    id.map_or(Zelle::Leer, |b| Zelle::id("B", b))
}

fn termine(ba: &Behoerdenaustausch) -> Blatt {
    let mut zeilen: Vec<_> = ba.termine.iter().collect();
    zeilen.sortiere_nach_schluessel(|t| (t.datum.is_none(), t.datum, t.id));
    Tabelle::neu(BLAETTER[0], &zeilen)
        .id("ID", "T", |t| t.id)
        .datum("Datum", |t| t.datum)
        .text("Uhrzeit", |t| &t.uhrzeit)
        .text("Thema", |t| &t.thema)
        .text("Austauschformat", |t| {
            t.format
                .and_then(|f| ba.format(f))
                .map(|f| f.titel.clone())
                .unwrap_or_default()
        })
        .text("Formattyp", |t| {
            t.format
                .and_then(|f| ba.format(f))
                .map_or("", |f| f.typ.name())
        })
        .text("Ort", |t| t.ort_text())
        .text("Handlungsfeld", |t| {
            t.handlungsfeld.map_or("", Handlungsfeld::name)
        })
        .ganzzahl("Behörden", |t| calc::behoerden_von(ba, t.id).len())
        .ganzzahl("Ergebnisse", |t| {
            ba.ergebnisse.iter().filter(|e| e.termin == t.id).count()
        })
        .blatt()
}

fn teilnahmen(ba: &Behoerdenaustausch) -> Blatt {
    Tabelle::neu(BLAETTER[1], &ba.teilnahmen)
        .id("ID", "P", |t| t.id)
        .id("Termin-ID", "T", |t| t.termin)
        .text("Termin", |t| ba.termintitel(t.termin).unwrap_or_default())
        .spalte("Behörde-ID", |t| behoerde_zelle(Some(t.behoerde)))
        .text("Behörde", |t| {
            ba.behoerde(t.behoerde)
                .map(|b| b.name.clone())
                .unwrap_or_else(|| ba.behoerdenname(t.behoerde))
        })
        .text("Kürzel", |t| {
            ba.behoerde(t.behoerde)
                .map(|b| b.kuerzel.clone())
                .unwrap_or_default()
        })
        .text("Ressort", |t| ba.ressort_von(t.behoerde))
        .text("Person oder Rolle", |t| &t.person)
        .blatt()
}

fn ergebnisse(ba: &Behoerdenaustausch) -> Blatt {
    let zeilen = calc::suche_ergebnisse(ba, "", None);
    Tabelle::neu(BLAETTER[2], &zeilen)
        .id("ID", "E", |e| e.id)
        .id("Termin-ID", "T", |e| e.termin)
        .text("Termin", |e| ba.termintitel(e.termin).unwrap_or_default())
        .wort("Art", |e| e.art)
        .text("Titel", |e| &e.titel)
        .text("Text", |e| &e.text)
        .text("Schlagworte", |e| e.schlagworte.join(", "))
        .blatt()
}

fn angebote(ba: &Behoerdenaustausch) -> Blatt {
    Tabelle::neu(BLAETTER[3], &ba.angebote)
        .id("ID", "A", |a| a.id)
        .spalte("Behörde-ID", |a| behoerde_zelle(a.behoerde))
        .text("Anbietende Behörde", |a| {
            a.behoerde.map(|b| ba.behoerdenname(b)).unwrap_or_default()
        })
        .wort("Gegenstand", |a| a.gegenstand)
        .text("Titel", |a| &a.titel)
        .text("Kontakt", |a| &a.kontakt)
        .text("Bedingungen", |a| &a.bedingungen)
        .wort("Status", |a| a.status)
        .blatt()
}

fn folgeaufgaben(ba: &Behoerdenaustausch, heute: Datum) -> Blatt {
    Tabelle::neu(BLAETTER[4], &ba.folgeaufgaben)
        .id("ID", "F", |f| f.id)
        .spalte("Termin-ID", |f| {
            f.termin.map_or(Zelle::Leer, |t| Zelle::id("T", t))
        })
        .text("Maßnahme", |f| &f.massnahme)
        .text("Verantwortlich", |f| &f.verantwortlich)
        .datum("Fällig", |f| f.faellig)
        .wort("Status", |f| f.status)
        .spalte("Überfällig (Tage)", |f| {
            calc::ueberfaellig(f, heute).map_or(Zelle::Leer, Zelle::Ganzzahl)
        })
        .blatt()
}

/// The Legende: every enumeration and the computed columns.
pub fn legende() -> Vec<Legendeneintrag> {
    let mut l = Legende::neu();
    l.aufzaehlung("Formattyp", Formattyp::ALLE);
    l.aufzaehlung("Art", Ergebnisart::ALLE);
    l.aufzaehlung("Gegenstand", Gegenstand::ALLE);
    l.aufzaehlung("Status (Nachnutzungsangebote)", Angebotsstatus::ALLE);
    l.aufzaehlung("Status (Follow_ups)", Folgestatus::ALLE);
    l.gruppe(
        "Handlungsfeld",
        Handlungsfeld::ALLE.map(|h| (h.name(), h.beschreibung())),
    );
    l.gruppe(
        "Berechnete Spalte",
        [
            (
                "Behörden",
                "Wie viele verschiedene Behörden am Termin teilgenommen haben",
            ),
            ("Ergebnisse", "Wie viele Ergebnisse zum Termin erfasst sind"),
            (
                "Überfällig (Tage)",
                "Tage seit der Fälligkeit am Stichtag, wenn das Follow-up nicht erledigt ist",
            ),
            (
                "Ressort",
                "Das Ressort der Behörde laut Behördenkatalog (Vorschläge „bitte prüfen“)",
            ),
        ],
    );
    l.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testhilfe::zellwert;
    use crate::export::xlsx;
    use crate::tools::behoerdenaustausch::examples;
    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
    use std::io::Cursor;

    fn heute() -> Datum {
        Datum::neu(2026, 12, 4).unwrap()
    }

    fn info() -> Info {
        Info {
            arbeitsbereich: "Beispiel".into(),
            ..crate::export::testhilfe::info("Behördenaustausch", heute())
        }
    }

    /// The workbook written as .xlsx and read back: sheet order, ids, words, dates.
    #[test]
    fn excel_datei_wird_zurueckgelesen() {
        let ba = examples::beispiel(heute());
        let m = mappe(&ba, info(), heute(), None);
        let bytes = xlsx::erstellen(&m).expect("Excel-Datei");
        let mut datei: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("lesbar");
        assert_eq!(
            datei.sheet_names(),
            [
                "Info",
                "Termine",
                "Teilnahmen",
                "Lessons_Learned",
                "Nachnutzungsangebote",
                "Follow_ups",
                "Legende"
            ]
        );
        let t = datei.worksheet_range("Termine").unwrap();
        assert_eq!(t.height(), ba.termine.len() + 1);
        assert_eq!(zellwert(&t, 0, 0), Data::String("ID".into()));
        let treffen = ba
            .termine
            .iter()
            .find(|t| t.thema.contains("Wohngeld"))
            .unwrap();
        let z = (1..t.height())
            .find(|&z| zellwert(&t, z, 0) == Data::String(format!("T{}", treffen.id)))
            .unwrap();
        let bt = &m.blaetter[0];
        assert_eq!(
            zellwert(&t, z, bt.spalte_nr("Thema")),
            Data::String(treffen.thema.clone())
        );
        assert_eq!(
            zellwert(&t, z, bt.spalte_nr("Formattyp")),
            Data::String("Netzwerktreffen".into())
        );
        assert_eq!(zellwert(&t, z, bt.spalte_nr("Behörden")), Data::Float(3.0));
        assert!(matches!(
            zellwert(&t, z, bt.spalte_nr("Datum")),
            Data::DateTime(_)
        ));
        let p = datei.worksheet_range("Teilnahmen").unwrap();
        assert_eq!(p.height(), ba.teilnahmen.len() + 1);
        assert!((1..p.height())
            .any(|z| zellwert(&p, z, m.blaetter[1].spalte_nr("Ressort"))
                == Data::String("BMI".into())));
        let e = datei.worksheet_range("Lessons_Learned").unwrap();
        let arten: Vec<Data> = (1..e.height())
            .map(|z| zellwert(&e, z, m.blaetter[2].spalte_nr("Art")))
            .collect();
        assert_eq!(
            arten
                .iter()
                .filter(|a| **a == Data::String("Lessons Learned".into()))
                .count(),
            2
        );
        assert!(arten.contains(&Data::String("Good Practice".into())));
        let a = datei.worksheet_range("Nachnutzungsangebote").unwrap();
        assert_eq!(
            zellwert(&a, 1, m.blaetter[3].spalte_nr("Gegenstand")),
            Data::String("Vorlage".into())
        );
        let f = datei.worksheet_range("Follow_ups").unwrap();
        assert_eq!(f.height(), 3);
        let formeln = datei.worksheet_formula("Termine").unwrap();
        assert!(formeln.used_cells().all(|(_, _, f)| f.is_empty()));
    }

    /// Every word of the data sheets' enum columns is explained in the Legende.
    #[test]
    fn legende_erklaert_jede_aufzaehlung() {
        let m = mappe(&examples::beispiel(heute()), info(), heute(), None);
        let werte: Vec<(&str, &str)> = m
            .legende
            .iter()
            .map(|l| (l.merkmal.as_str(), l.wert.as_str()))
            .collect();
        for (blatt, spalte, merkmal) in [
            (0, "Formattyp", "Formattyp"),
            (2, "Art", "Art"),
            (3, "Gegenstand", "Gegenstand"),
            (3, "Status", "Status (Nachnutzungsangebote)"),
            (4, "Status", "Status (Follow_ups)"),
            (0, "Handlungsfeld", "Handlungsfeld"),
        ] {
            let b = &m.blaetter[blatt];
            let nr = b.spalte_nr(spalte);
            for z in &b.zeilen {
                if let Zelle::Text(w) = &z[nr] {
                    assert!(
                        w.is_empty() || werte.contains(&(merkmal, w.as_str())),
                        "{spalte}: {w}"
                    );
                }
            }
        }
        for f in Formattyp::ALLE {
            assert!(werte.contains(&("Formattyp", f.name())));
        }
    }
}
