//! Export of the Checklisten tool: Vorlagen (every stored version), Pruefpunkte (the items of
//! each version), Durchfuehrungen (one row per run with progress, Erfüllungsgrad and K.-o.),
//! Antworten (one row per run × item: Abschnitt, Nr, Frage, Muss, Gewicht, Antwort,
//! Kommentar, Nachweis, Maßnahme; hidden items marked), Auswertung (per run × section),
//! Massnahmen, then the Legende.
//!
//! First columns are permanent ids: `V` template version, `P` item (unique within its
//! template), `D` run. Erfüllungsgrad is a percentage cell (three decimals of the fraction).

use super::calc;
use super::model::{Antworttyp, Checklisten, Massnahmenstatus, Objektart, Pruefpunkt, Vorlage};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::export::{
    aufzaehlungen, Blatt, Blattauswahl, Info, Legende, Legendeneintrag, Mappe, Tabelle, Zelle,
};
use crate::shared::datum::Datum;
use crate::shared::vokabular::{Dimension, Handlungsfeld};

aufzaehlungen!(Antworttyp, Objektart);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 6] = [
    "Vorlagen",
    "Pruefpunkte",
    "Durchfuehrungen",
    "Antworten",
    "Auswertung",
    "Massnahmen",
];

/// The workbook; overdue days are counted at `heute`.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(ab: &Arbeitsbereich, info: Info, heute: Datum, nur_blatt: Option<usize>) -> Mappe {
    let plan = &ab.werkzeuge.checklisten;
    Mappe {
        info,
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| vorlagen(plan))
            .blatt(|| pruefpunkte(plan))
            .blatt(|| durchfuehrungen(ab, plan))
            .blatt(|| antworten(plan))
            .blatt(|| auswertung(plan))
            .blatt(|| massnahmen(ab, plan, heute))
            .fertig(),
        legende: legende(),
    }
}

fn prozent(e: &calc::Ergebnis) -> Zelle {
    Zelle::prozent_opt(e.promille().map(|p| p as i64), 3)
}

fn herkunft(v: &Vorlage) -> &'static str {
    match (v.bearbeitbar(), v.bitte_pruefen) {
        (true, _) => "eigene Vorlage",
        (false, true) => "mitgeliefert (Rekonstruktion, bitte prüfen)",
        (false, false) => "mitgeliefert",
    }
}

fn vorlagen(plan: &Checklisten) -> Blatt {
    Tabelle::neu(BLAETTER[0], plan.vorlagen.iter())
        .id("ID", "V", |v| v.id)
        .id("Familie", "V", |v| v.familie)
        .ganzzahl("Version", |v| v.version)
        .text("Titel", |v| &v.titel)
        .text("Geltungsbereich", |v| &v.geltungsbereich)
        .text("Quelle/Stand", |v| &v.quelle)
        .text("Herkunft", |v| herkunft(v))
        .prozent("teilweise zählt", 2, |v| i64::from(v.teilweise))
        .ganzzahl("Abschnitte", |v| v.abschnitte.len())
        .ganzzahl("Prüfpunkte", |v| v.punkte().count())
        .ganzzahl("Durchführungen", |v| {
            plan.durchfuehrungen
                .iter()
                .filter(|d| d.vorlage == v.id)
                .count()
        })
        .blatt()
}

/// "wenn 4.1 = ja", empty without a condition.
pub fn bedingung_text(v: &Vorlage, p: &Pruefpunkt) -> String {
    p.bedingung.as_ref().map_or(String::new(), |b| {
        let wer = v.punkt(b.punkt).map_or("?".to_owned(), |x| {
            if x.nr.is_empty() {
                x.frage.clone()
            } else {
                x.nr.clone()
            }
        });
        format!("wenn {wer} = {}", super::model::wert_name(&b.wert))
    })
}

fn pruefpunkte(plan: &Checklisten) -> Blatt {
    let zeilen: Vec<_> = plan
        .vorlagen
        .iter()
        .flat_map(|v| v.punkte().map(move |(a, p)| (v, a, p)))
        .collect();
    Tabelle::neu(BLAETTER[1], zeilen)
        .id("ID", "P", |(_, _, p)| p.id)
        .id("Vorlage-ID", "V", |(v, _, _)| v.id)
        .text("Vorlage", |(v, _, _)| &v.titel)
        .ganzzahl("Version", |(v, _, _)| v.version)
        .text("Abschnitt", |(_, a, _)| &a.titel)
        .text("Nr", |(_, _, p)| &p.nr)
        .text("Frage", |(_, _, p)| &p.frage)
        .wort("Antworttyp", |(_, _, p)| p.typ)
        .ganzzahl("Gewicht", |(_, _, p)| p.gewicht)
        .text("Muss", |(_, _, p)| if p.muss { "Muss" } else { "Kann" })
        .text("Bedingung", |(v, _, p)| bedingung_text(v, p))
        .text("Handlungsfeld", |(_, _, p)| {
            p.handlungsfeld.map_or("", Handlungsfeld::name)
        })
        .text("Dimension", |(_, _, p)| {
            p.dimension.map_or("", Dimension::name)
        })
        .text("Reifegrad-Kriterium", |(_, _, p)| &p.reifegrad)
        .text("Hilfetext", |(_, _, p)| &p.hilfe)
        .blatt()
}

fn durchfuehrungen(ab: &Arbeitsbereich, plan: &Checklisten) -> Blatt {
    let zeilen: Vec<_> = plan
        .durchfuehrungen
        .iter()
        .filter_map(|d| {
            plan.vorlage(d.vorlage)
                .map(|v| (d, v, calc::auswertung(v, d).1))
        })
        .collect();
    Tabelle::neu(BLAETTER[2], zeilen)
        .id("ID", "D", |(d, _, _)| d.id)
        .id("Vorlage-ID", "V", |(_, v, _)| v.id)
        .text("Vorlage", |(_, v, _)| &v.titel)
        .ganzzahl("Version", |(_, v, _)| v.version)
        .wort("Objektart", |(d, _, _)| d.objekt.art)
        .text("Objekt", |(d, _, _)| calc::objekt_titel(ab, &d.objekt).0)
        .datum("Datum", |(d, _, _)| d.datum)
        .text("Bearbeitende", |(d, _, _)| &d.bearbeitende)
        .ganzzahl("Beantwortet", |(_, _, e)| e.beantwortet)
        .ganzzahl("Angezeigte Prüfpunkte", |(_, _, e)| e.sichtbar)
        .spalte("Erfüllungsgrad", |(_, _, e)| prozent(e))
        .ganzzahl("K.-o.-Punkte", |(_, _, e)| e.ko)
        .blatt()
}

fn antworten(plan: &Checklisten) -> Blatt {
    let zeilen: Vec<_> = plan
        .durchfuehrungen
        .iter()
        .filter_map(|d| plan.vorlage(d.vorlage).map(|v| (d, v)))
        .flat_map(|(d, v)| {
            v.punkte()
                .filter(move |(_, p)| calc::sichtbar(v, d, p) || d.antwort(p.id).is_some())
                .map(move |(a, p)| (d, v, a, p))
        })
        .collect();
    Tabelle::neu(BLAETTER[3], zeilen)
        .id("ID", "D", |(d, _, _, _)| d.id)
        .id("Prüfpunkt-ID", "P", |(_, _, _, p)| p.id)
        .text("Abschnitt", |(_, _, a, _)| &a.titel)
        .text("Nr", |(_, _, _, p)| &p.nr)
        .text("Frage", |(_, _, _, p)| &p.frage)
        .text("Muss", |(_, _, _, p)| if p.muss { "Muss" } else { "Kann" })
        .ganzzahl("Gewicht", |(_, _, _, p)| p.gewicht)
        .text("Antwort", |(d, _, _, p)| calc::antwort_text(p, d))
        .text("K.-o.", |(d, v, _, p)| {
            if calc::sichtbar(v, d, p) && calc::ist_ko(p, d) {
                "K.-o."
            } else {
                ""
            }
        })
        .text("Ausgeblendet", |(d, v, _, p)| {
            if calc::sichtbar(v, d, p) {
                ""
            } else {
                "ja (Bedingung nicht erfüllt, Antwort aufbewahrt)"
            }
        })
        .text("Kommentar", |(d, _, _, p)| {
            d.antwort(p.id).map_or("", |a| a.kommentar.as_str())
        })
        .text("Nachweis", |(d, _, _, p)| {
            d.antwort(p.id).map_or("", |a| a.nachweis.as_str())
        })
        .text("Verantwortlich", |(d, _, _, p)| {
            d.antwort(p.id).map_or("", |a| a.verantwortlich.as_str())
        })
        .text("Maßnahme", |(d, _, _, p)| {
            d.antwort(p.id)
                .and_then(|a| a.massnahme.as_ref())
                .map_or("", |m| m.titel.as_str())
        })
        .blatt()
}

fn auswertung(plan: &Checklisten) -> Blatt {
    let zeilen: Vec<_> = plan
        .durchfuehrungen
        .iter()
        .filter_map(|d| plan.vorlage(d.vorlage).map(|v| (d, v)))
        .flat_map(|(d, v)| {
            v.abschnitte
                .iter()
                .map(move |a| (d, a, calc::abschnitt(v, a, d)))
        })
        .collect();
    Tabelle::neu(BLAETTER[4], zeilen)
        .id("ID", "D", |(d, _, _)| d.id)
        .text("Abschnitt", |(_, a, _)| &a.titel)
        .ganzzahl("Beantwortet", |(_, _, e)| e.beantwortet)
        .ganzzahl("Angezeigte Prüfpunkte", |(_, _, e)| e.sichtbar)
        .dezimal("Erreichte Gewichte", 2, |(_, _, e)| e.erreicht as i64)
        .dezimal("Anwendbare Gewichte", 2, |(_, _, e)| e.anwendbar as i64)
        .spalte("Erfüllungsgrad", |(_, _, e)| prozent(e))
        .ganzzahl("K.-o.-Punkte", |(_, _, e)| e.ko)
        .blatt()
}

fn massnahmen(ab: &Arbeitsbereich, plan: &Checklisten, heute: Datum) -> Blatt {
    Tabelle::neu(BLAETTER[5], calc::massnahmen(plan))
        .id("ID", "D", |z| z.durchfuehrung.id)
        .text("Objekt", |z| {
            calc::objekt_titel(ab, &z.durchfuehrung.objekt).0
        })
        .text("Nr", |z| z.punkt.map_or("", |p| p.nr.as_str()))
        .text("Prüfpunkt", |z| z.punkt.map_or("", |p| p.frage.as_str()))
        .text("Maßnahme", |z| &z.massnahme.titel)
        .text("Verantwortlich", |z| &z.massnahme.verantwortlich)
        .datum("Termin", |z| z.massnahme.termin)
        .wort("Status", |z| z.massnahme.status)
        .ganzzahl("Überfällig (Tage)", move |z| {
            calc::ueberfaellig(z.massnahme, heute)
        })
        .blatt()
}

/// The Legende: answer types, objects, states, Handlungsfelder, Dimensionen, computed columns.
pub fn legende() -> Vec<Legendeneintrag> {
    let mut l = Legende::neu();
    l.aufzaehlung("Antworttyp", Antworttyp::ALLE);
    l.aufzaehlung("Objektart", Objektart::ALLE);
    l.aufzaehlung("Status", Massnahmenstatus::ALLE);
    l.gruppe(
        "Muss",
        [
            ("Muss", "„nein“ macht die Durchführung K.-o."),
            ("Kann", "zählt nur zum Erfüllungsgrad"),
        ],
    );
    l.gruppe(
        "Antwort",
        [
            ("ja", "volles Gewicht"),
            (
                "teilweise",
                "Anteil der Vorlage (Spalte „teilweise zählt“, üblich 50 %)",
            ),
            ("nein", "kein Gewicht"),
            ("n. a.", "nicht anwendbar, zählt nicht mit"),
            ("0–4", "Skala: Wert/4 des Gewichts"),
        ],
    );
    l.gruppe(
        "Handlungsfeld",
        Handlungsfeld::ALLE.map(|h| (h.name(), h.beschreibung())),
    );
    l.gruppe(
        "Dimension",
        Dimension::ALLE.map(|d| (d.name(), "Dimension der UPO-Unterstützung")),
    );
    l.gruppe("Berechnete Spalte", [
        ("Erfüllungsgrad", "Summe der erreichten Gewichte / Summe der anwendbaren Gewichte der angezeigten, beantworteten Prüfpunkte; n. a., Text und Datum zählen nicht"),
        ("K.-o.", "ein angezeigter Muss-Prüfpunkt mit „nein“"),
        ("Ausgeblendet", "die Bedingung des Prüfpunkts ist nicht erfüllt; eine frühere Antwort bleibt aufbewahrt und zählt nicht"),
        ("Überfällig (Tage)", "Tage seit dem Termin einer offenen Maßnahme (geplant oder in Arbeit), am Exporttag"),
    ]);
    l.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mappe_mit_vorlagen_antworten_auswertung_und_massnahmen() {
        let heute = Datum::neu(2026, 12, 3).unwrap();
        let mut ab = Arbeitsbereich::neu("b", "Beispiel", "2026-12-03T09:00:00Z");
        crate::tools::alle_beispiele(&mut ab, heute);
        let info = Info {
            titel: "Checklisten".into(),
            arbeitsbereich: "B".into(),
            behoerde: String::new(),
            ressort: String::new(),
            stand: Some(heute),
            exportiert_am: crate::export::Zeitstempel {
                datum: heute,
                stunde: 8,
                minute: 0,
            },
            app_version: crate::APP_VERSION.into(),
            datenversion: crate::daten::umschlag::SCHEMA,
            einstufung: String::new(),
            hinweise: Vec::new(),
        };
        let m = mappe(&ab, info, heute, None);
        let namen: Vec<&str> = m.blaetter.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(namen, BLAETTER);
        let [v, p, d, a, w, mn] = &m.blaetter[..] else {
            panic!()
        };
        assert_eq!(v.zeilen.len(), 2, "zwei Schnappschüsse");
        assert_eq!(
            p.zeilen.len(),
            crate::tools::checklisten::vorlagen::alle()
                .iter()
                .map(|v| v.punkte().count())
                .sum::<usize>()
        );
        assert_eq!(
            d.zeilen.len(),
            3,
            "zwei Reality Checks, eine E-Payment-Prüfung"
        );
        assert_eq!(
            d.zeilen[0][d.spalte_nr("K.-o.-Punkte")],
            Zelle::ganzzahl_opt(Some(1))
        );
        assert!(matches!(
            d.zeilen[0][d.spalte_nr("Erfüllungsgrad")],
            Zelle::Prozent { stellen: 3, .. }
        ));
        for name in [
            "Abschnitt",
            "Nr",
            "Frage",
            "Muss",
            "Gewicht",
            "Antwort",
            "Kommentar",
            "Nachweis",
            "Maßnahme",
        ] {
            a.spalte_nr(name);
        }
        let ko = a
            .zeilen
            .iter()
            .find(|z| z[a.spalte_nr("K.-o.")] == Zelle::text("K.-o."))
            .unwrap();
        assert_eq!(ko[a.spalte_nr("Nr")], Zelle::text("4.2"));
        assert_eq!(
            ko[a.spalte_nr("Maßnahme")],
            Zelle::text("Einzelauftrag an den IT-Dienstleister vorbereiten")
        );
        assert_eq!(w.zeilen.len(), 36, "12 Abschnitte je Durchführung");
        assert_eq!(mn.zeilen.len(), 2);
        assert!(m
            .legende
            .iter()
            .any(|e| e.wert == "ja/teilweise/nein/n. a."));
    }
}
