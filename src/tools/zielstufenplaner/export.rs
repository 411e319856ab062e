//! Export of the Zielstufenplaner: one [`Mappe`] with the sheets Leistungen, Bewertungen,
//! Zielstufen and Nachweise, plus the Legende with the official level texts of both maturity
//! models, the criterion names (with "bitte prüfen" where unconfirmed) and every other value
//! and computed column.
//!
//! Every sheet starts with the column "ID", the permanent record id with a type prefix (`L`
//! Leistung, `B` Bewertung, `Z` Zielstufe, `N` Nachweis). On "Bewertungen" both models have
//! their own block of criterion columns ("RGM 1.1 K1 …", "RGM 2.0 K1 …") on one sheet: the
//! sheet list stays as the issue names it, the column set does not depend on the data (so
//! exports can be compared and re-imported), and a K7 of one model is never mistaken for a K7
//! of the other. A row fills only the block of its model.

use super::calc::{self, Gesamt};
use super::model::{
    Katalog, LeikaTyp, Modell, Nachweisstufe, Sdg, Themenfeld, Zielstufenplaner, Zielstufenstatus,
};
use crate::export::{Blatt, Info, Legendeneintrag, Mappe, Zelle};
use crate::shared::datum::Datum;
use crate::tools::multiprojektplan::model::Multiprojektplan;

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 4] = ["Leistungen", "Bewertungen", "Zielstufen", "Nachweise"];

const LEISTUNGSSPALTEN: [&str; 16] = [
    "ID",
    "OZG-ID",
    "LeiKa-ID",
    "Bezeichnung",
    "Themenfeld",
    "Lebens-/Geschäftslage",
    "LeiKa-Typ",
    "SDG-Relevanz",
    "Reifegradmodell",
    "Ist-Reifegrad",
    "Stichtag der Bewertung",
    "Limitierende Kriterien",
    "Fehlende Kriterien",
    "Abstand zur OZG-Konformität",
    "Ziel-Reifegrad (letzte Zielstufe)",
    "Zieltermin (letzte Zielstufe)",
];

const BEWERTUNGSSPALTEN: [&str; 13] = [
    "ID",
    "Leistung",
    "OZG-ID",
    "LeiKa-ID",
    "Bezeichnung",
    "Reifegradmodell",
    "Stichtag",
    "Bewertet von",
    "Onlinedienst/URL",
    "Kommentar",
    "Gesamt-Reifegrad",
    "Limitierende Kriterien",
    "Fehlende Kriterien",
];

const ZIELSTUFENSPALTEN: [&str; 15] = [
    "ID",
    "Leistung",
    "OZG-ID",
    "Bezeichnung der Leistung",
    "Stufe-Nr.",
    "Bezeichnung",
    "Reifegradmodell",
    "Ziel-Reifegrad",
    "Zieltermin",
    "Status",
    "Überfällig (Tage)",
    "Voraussetzungen",
    "Projekte/Meilensteine",
    "Befunde",
    "Bemerkung",
];

const NACHWEISSPALTEN: [&str; 7] = [
    "ID",
    "Leistung",
    "OZG-ID",
    "Bezeichnung der Leistung",
    "Nachweis",
    "Nachweis-Reifegrad",
    "Ziel-Nachweis-Reifegrad",
];

fn text(t: &str) -> Zelle {
    if t.trim().is_empty() {
        Zelle::Leer
    } else {
        Zelle::Text(t.to_owned())
    }
}

fn datum(d: Option<Datum>) -> Zelle {
    d.map(Zelle::Datum).unwrap_or(Zelle::Leer)
}

fn zahl(z: Option<u8>) -> Zelle {
    z.map(|z| Zelle::Ganzzahl(i64::from(z)))
        .unwrap_or(Zelle::Leer)
}

/// Column heading of a criterion: "RGM 1.1 K3 Nutzerkonto".
pub fn kriteriumsspalte(katalog: &Katalog, nr: u8) -> String {
    format!(
        "{} K{nr} {}",
        katalog.modell.kurz(),
        katalog.kriteriumsname(nr)
    )
}

/// The workbook; overdue days are counted at `heute`.
pub fn mappe(plan: &Zielstufenplaner, mpp: &Multiprojektplan, info: Info, heute: Datum) -> Mappe {
    let kataloge: Vec<Katalog> = Modell::ALLE.iter().map(|&m| plan.katalog(m)).collect();
    let katalog = |m: Modell| &kataloge[Modell::ALLE.iter().position(|&x| x == m).unwrap_or(0)];
    let leistung_von = |id: u32| plan.leistung(id);

    // Leistungen
    let mut zeilen = Vec::new();
    for l in &plan.leistungen {
        let s = calc::stand(plan, l);
        let k = katalog(l.modell);
        let (limitierend, fehlend) = match &s.gesamt {
            Some(Gesamt::Vollstaendig { limitierend, .. }) => {
                (calc::kriterienliste(k, limitierend), String::new())
            }
            Some(Gesamt::Unvollstaendig { fehlend }) => {
                (String::new(), calc::kriterienliste(k, fehlend))
            }
            None => (String::new(), String::new()),
        };
        let letzte = plan.zielstufen_von(l.id).into_iter().last();
        zeilen.push(vec![
            Zelle::Text(format!("L{}", l.id)),
            text(&l.ozg_id),
            text(&l.leika_id),
            text(&l.bezeichnung),
            l.themenfeld.map_or(Zelle::Leer, |t| text(t.name())),
            text(&l.lage),
            l.leika_typ.map_or(Zelle::Leer, |t| text(t.name())),
            l.sdg.map_or(Zelle::Leer, |t| text(t.name())),
            text(l.modell.name()),
            zahl(s.stufe()),
            datum(s.stichtag),
            text(&limitierend),
            text(&fehlend),
            zahl(
                s.stufe()
                    .map(|st| calc::ozg_schwelle(l.modell).saturating_sub(st)),
            ),
            zahl(letzte.map(|z| z.ziel_reifegrad)),
            datum(letzte.and_then(|z| z.zieltermin)),
        ]);
    }
    let leistungen = Blatt {
        diagramme: Vec::new(),
        name: BLAETTER[0].to_owned(),
        spalten: LEISTUNGSSPALTEN.iter().map(|s| (*s).to_owned()).collect(),
        zeilen,
    };

    // Bewertungen: fixed columns, then one block per model.
    let mut spalten: Vec<String> = BEWERTUNGSSPALTEN.iter().map(|s| (*s).to_owned()).collect();
    for k in &kataloge {
        for nr in 1..=k.modell.kriterienzahl() {
            spalten.push(kriteriumsspalte(k, nr));
        }
    }
    let mut bewertungen: Vec<_> = plan.bewertungen.iter().collect();
    bewertungen.sort_by_key(|b| (b.leistung, b.stichtag, b.modell, b.id));
    let mut zeilen = Vec::new();
    for b in bewertungen {
        let l = leistung_von(b.leistung);
        let k = katalog(b.modell);
        let g = calc::gesamt(b);
        let (stufe, limitierend, fehlend) = match &g {
            Gesamt::Vollstaendig { stufe, limitierend } => (
                Some(*stufe),
                calc::kriterienliste(k, limitierend),
                String::new(),
            ),
            Gesamt::Unvollstaendig { fehlend } => {
                (None, String::new(), calc::kriterienliste(k, fehlend))
            }
        };
        let mut zeile = vec![
            Zelle::Text(format!("B{}", b.id)),
            Zelle::Text(format!("L{}", b.leistung)),
            l.map_or(Zelle::Leer, |l| text(&l.ozg_id)),
            l.map_or(Zelle::Leer, |l| text(&l.leika_id)),
            l.map_or(Zelle::Leer, |l| text(&l.bezeichnung)),
            text(b.modell.name()),
            datum(b.stichtag),
            text(&b.bewertet_von),
            text(&b.onlinedienst),
            text(&b.kommentar),
            zahl(stufe),
            text(&limitierend),
            text(&fehlend),
        ];
        for kat in &kataloge {
            for nr in 1..=kat.modell.kriterienzahl() {
                zeile.push(if kat.modell == b.modell {
                    zahl(b.werte.get(&nr).copied())
                } else {
                    Zelle::Leer
                });
            }
        }
        zeilen.push(zeile);
    }
    let bewertungsblatt = Blatt {
        diagramme: Vec::new(),
        name: BLAETTER[1].to_owned(),
        spalten,
        zeilen,
    };

    // Zielstufen
    let mut zeilen = Vec::new();
    for l in &plan.leistungen {
        let befunde = calc::pruefe_plan(plan, l, heute);
        for z in plan.zielstufen_von(l.id) {
            let verknuepft: Vec<String> = z
                .verknuepfungen
                .iter()
                .map(|b| calc::verknuepfung_text(mpp, *b))
                .collect();
            let eigene: Vec<String> = befunde
                .iter()
                .filter(|b| b.stufe() == z.id)
                .map(calc::Befund::text)
                .collect();
            zeilen.push(vec![
                Zelle::Text(format!("Z{}", z.id)),
                Zelle::Text(format!("L{}", l.id)),
                text(&l.ozg_id),
                text(&l.bezeichnung),
                Zelle::Ganzzahl(i64::from(z.nr)),
                text(&z.bezeichnung),
                text(l.modell.name()),
                Zelle::Ganzzahl(i64::from(z.ziel_reifegrad)),
                datum(z.zieltermin),
                text(z.status.name()),
                calc::ueberfaellig(z, heute).map_or(Zelle::Leer, Zelle::Ganzzahl),
                text(&z.voraussetzungen.join("; ")),
                text(&verknuepft.join("; ")),
                text(&eigene.join(" ")),
                text(&z.bemerkung),
            ]);
        }
    }
    let zielstufen = Blatt {
        diagramme: Vec::new(),
        name: BLAETTER[2].to_owned(),
        spalten: ZIELSTUFENSPALTEN.iter().map(|s| (*s).to_owned()).collect(),
        zeilen,
    };

    // Nachweise
    let mut zeilen = Vec::new();
    for l in &plan.leistungen {
        for n in plan.nachweise_von(l.id) {
            zeilen.push(vec![
                Zelle::Text(format!("N{}", n.id)),
                Zelle::Text(format!("L{}", l.id)),
                text(&l.ozg_id),
                text(&l.bezeichnung),
                text(&n.name),
                text(n.stufe.name()),
                n.ziel.map_or(Zelle::Leer, |z| text(z.name())),
            ]);
        }
    }
    let nachweise = Blatt {
        diagramme: Vec::new(),
        name: BLAETTER[3].to_owned(),
        spalten: NACHWEISSPALTEN.iter().map(|s| (*s).to_owned()).collect(),
        zeilen,
    };

    Mappe {
        info,
        blaetter: vec![leistungen, bewertungsblatt, zielstufen, nachweise],
        legende: legende(&kataloge),
    }
}

fn eintrag(
    merkmal: &str,
    wert: impl Into<String>,
    bedeutung: impl Into<String>,
) -> Legendeneintrag {
    Legendeneintrag {
        merkmal: merkmal.to_owned(),
        wert: wert.into(),
        bedeutung: bedeutung.into(),
        ampel: None,
    }
}

/// Marker appended to unconfirmed catalogue entries.
pub const BITTE_PRUEFEN: &str = "[bitte prüfen]";

fn markiert(text: &str, bitte_pruefen: bool) -> String {
    if bitte_pruefen {
        format!("{text} {BITTE_PRUEFEN}")
    } else {
        text.to_owned()
    }
}

/// The Legende: models, level texts and criteria of both models, every enum, computed columns.
pub fn legende(kataloge: &[Katalog]) -> Vec<Legendeneintrag> {
    let mut liste = Vec::new();
    for &m in Modell::ALLE {
        liste.push(eintrag("Reifegradmodell", m.name(), m.bedeutung()));
    }
    for k in kataloge {
        let merkmal = format!("{} Reifegrad", k.modell.kurz());
        for s in &k.stufen {
            liste.push(eintrag(
                &merkmal,
                markiert(&format!("{} {}", s.stufe, s.name), s.bitte_pruefen),
                s.beschreibung.clone(),
            ));
        }
        let merkmal = format!("{} Kriterium", k.modell.kurz());
        for kr in &k.kriterien {
            liste.push(eintrag(
                &merkmal,
                markiert(&format!("K{} {}", kr.nr, kr.name), kr.bitte_pruefen),
                kr.beschreibung.clone(),
            ));
        }
    }
    for &t in Themenfeld::ALLE {
        liste.push(eintrag("Themenfeld", t.name(), t.bedeutung()));
    }
    for &t in LeikaTyp::ALLE {
        liste.push(eintrag("LeiKa-Typ", t.name(), t.bedeutung()));
    }
    for &t in Sdg::ALLE {
        liste.push(eintrag("SDG-Relevanz", t.name(), t.bedeutung()));
    }
    for &t in Zielstufenstatus::ALLE {
        liste.push(eintrag("Status", t.name(), t.bedeutung()));
    }
    for &t in Nachweisstufe::ALLE {
        liste.push(eintrag("Nachweis-Reifegrad", t.name(), t.bedeutung()));
    }
    for (spalte, bedeutung) in [
        ("Ist-Reifegrad", "Gesamt-Reifegrad der neuesten Bewertung im Modell der Leistung"),
        ("Gesamt-Reifegrad", "Minimum über alle Kriterien; leer, solange ein Kriterium unbewertet ist"),
        ("Limitierende Kriterien", "alle Kriterien, deren Stufe gleich dem Gesamt-Reifegrad ist"),
        ("Fehlende Kriterien", "unbewertete Kriterien; ohne sie gibt es keinen Gesamt-Reifegrad"),
        ("Abstand zur OZG-Konformität", "max(0, 3 − Ist-Reifegrad); OZG-konform ab Stufe 3 (RGM 1.1); für RGM 2.0 eigene Lesart: Stufe 3 als Ende der Frontend-Stufen"),
        ("online (ab Stufe 2)", "RGM 1.1: Zählweise des OZG-Dashboards; getrennt von „OZG-konform“ berichtet"),
        ("OZG-konform (ab Stufe 3)", "RGM 1.1: Beantragung einschließlich aller Nachweise online"),
        ("Überfällig (Tage)", "Tage seit dem Zieltermin, wenn die Zielstufe nicht erreicht ist (am Exporttag)"),
        ("Befunde", "Ziel-Reifegrad oder Zieltermin fällt gegenüber der vorigen Stufe, überfällig, verschoben, schon erreicht"),
        ("Projekte/Meilensteine", "verknüpfte Projekte oder Meilensteine des Multiprojektplans; „(gelöscht)“, wenn das Ziel nicht mehr existiert"),
        (BITTE_PRUEFEN, "Name oder Text ist in unseren Quellen nicht bestätigt; unter Einstellungen korrigierbar"),
    ] {
        liste.push(eintrag("Berechnete Spalte", spalte, bedeutung));
    }
    liste
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Zeitstempel;
    use crate::tools::multiprojektplan::model::{Bezug, Projekt};
    use crate::tools::zielstufenplaner::examples;

    fn info() -> Info {
        let d = Datum::neu(2026, 11, 28).unwrap();
        Info {
            hinweise: Vec::new(),
            titel: "Zielstufenplaner".into(),
            arbeitsbereich: "Test".into(),
            behoerde: String::new(),
            ressort: String::new(),
            stand: None,
            exportiert_am: Zeitstempel {
                datum: d,
                stunde: 9,
                minute: 0,
            },
            app_version: "0".into(),
            datenversion: 2,
            einstufung: String::new(),
        }
    }

    #[test]
    fn blaetter_spalten_und_werte() {
        let heute = Datum::neu(2026, 11, 28).unwrap();
        let mut mpp = Multiprojektplan::default();
        mpp.speichere_projekt(Projekt {
            kennung: "P-1".into(),
            titel: "T".into(),
            ..Projekt::default()
        });
        let mut plan = examples::beispiel(heute, &mpp);
        plan.zielstufen[0]
            .verknuepfungen
            .push(Bezug::Meilenstein(999));
        let m = mappe(&plan, &mpp, info(), heute);
        let namen: Vec<&str> = m.blaetter.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(namen, BLAETTER);
        let l = &m.blaetter[0];
        assert_eq!(l.zeilen.len(), 6);
        // Elterngeld: latest RGM 1.1 assessment → min 2, limited by K3 and K6.
        let e = &l.zeilen[0];
        assert_eq!(e[0], Zelle::Text("L1".into()));
        assert_eq!(e[9], Zelle::Ganzzahl(2));
        assert_eq!(e[11], Zelle::Text("K3 Nutzerkonto, K6 Nachweise".into()));
        assert_eq!(e[13], Zelle::Ganzzahl(1));
        // Wohngeld: incomplete latest assessment.
        let w = &l.zeilen[1];
        assert_eq!(w[9], Zelle::Leer);
        assert!(matches!(&w[12], Zelle::Text(t) if t.starts_with("K8 ")));
        let b = &m.blaetter[1];
        assert_eq!(b.spalten.len(), 13 + 10 + 13);
        assert_eq!(b.spalten[13], "RGM 1.1 K1 Leistungsbeschreibung");
        assert_eq!(b.spalten[23], "RGM 2.0 K1 Kriterium 1");
        assert_eq!(b.zeilen.len(), plan.bewertungen.len());
        let visum = b
            .zeilen
            .iter()
            .find(|z| z[4] == Zelle::Text("Visum beantragen".into()))
            .unwrap();
        assert_eq!(visum[13], Zelle::Leer);
        assert_eq!(visum[23], Zelle::Ganzzahl(3));
        assert_eq!(visum[10], Zelle::Ganzzahl(2));
        let z = &m.blaetter[2];
        assert_eq!(z.zeilen[0][12], Zelle::Text("P-1 T; (gelöscht)".to_owned()));
        assert!(matches!(&z.zeilen[0][10], Zelle::Ganzzahl(t) if *t > 0));
        assert_eq!(m.blaetter[3].zeilen.len(), 7);
        // Legende: every level text, every criterion with its marker.
        let leg = &m.legende;
        assert!(leg
            .iter()
            .any(|e| e.wert == "3 Online-Leistung" && e.bedeutung.starts_with("Beantragung")));
        assert!(leg
            .iter()
            .any(|e| e.wert == format!("K7 Kriterium 7: Bescheid {BITTE_PRUEFEN}")));
        assert_eq!(
            leg.iter()
                .filter(|e| e.merkmal == "RGM 2.0 Kriterium")
                .count(),
            13
        );
        assert_eq!(
            leg.iter()
                .filter(|e| e.merkmal == "RGM 2.0 Reifegrad")
                .count(),
            8
        );
        assert_eq!(leg.iter().filter(|e| e.merkmal == "Themenfeld").count(), 14);
    }
}
