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
use crate::export::{
    aufzaehlungen, Blatt, Blattauswahl, Info, Legende, Legendeneintrag, Mappe, Tabelle,
};
use crate::shared::datum::Datum;
use crate::shared::sortieren::Sortieren;
use crate::tools::multiprojektplan::model::Multiprojektplan;

aufzaehlungen!(
    Modell,
    Themenfeld,
    LeikaTyp,
    Sdg,
    Zielstufenstatus,
    Nachweisstufe
);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 4] = ["Leistungen", "Bewertungen", "Zielstufen", "Nachweise"];

/// Column heading of a criterion: "RGM 1.1 K3 Nutzerkonto".
pub fn kriteriumsspalte(katalog: &Katalog, nr: u8) -> String {
    format!(
        "{} K{nr} {}",
        katalog.modell.kurz(),
        katalog.kriteriumsname(nr)
    )
}

/// The workbook; overdue days are counted at `heute`.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(
    plan: &Zielstufenplaner,
    mpp: &Multiprojektplan,
    info: Info,
    heute: Datum,
    nur_blatt: Option<usize>,
) -> Mappe {
    let kataloge: Vec<Katalog> = Modell::ALLE.iter().map(|&m| plan.katalog(m)).collect();
    Mappe {
        info,
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| leistungen(plan, &kataloge))
            .blatt(|| bewertungen(plan, &kataloge))
            .blatt(|| zielstufen(plan, mpp, heute))
            .blatt(|| nachweise(plan))
            .fertig(),
        legende: legende(&kataloge),
    }
}

/// The catalogue of `modell` among the catalogues of [`Modell::ALLE`].
fn katalog(kataloge: &[Katalog], modell: Modell) -> &Katalog {
    &kataloge[Modell::ALLE.iter().position(|&m| m == modell).unwrap_or(0)]
}

/// The texts "Limitierende Kriterien" and "Fehlende Kriterien" of an overall result (at most
/// one of them is not empty).
fn kriterientexte(k: &Katalog, gesamt: Option<&Gesamt>) -> (String, String) {
    match gesamt {
        Some(Gesamt::Vollstaendig { limitierend, .. }) => {
            (calc::kriterienliste(k, limitierend), String::new())
        }
        Some(Gesamt::Unvollstaendig { fehlend }) => {
            (String::new(), calc::kriterienliste(k, fehlend))
        }
        None => (String::new(), String::new()),
    }
}

fn leistungen(plan: &Zielstufenplaner, kataloge: &[Katalog]) -> Blatt {
    let zeilen: Vec<_> = plan
        .leistungen
        .iter()
        .map(|l| {
            let stand = calc::stand(plan, l);
            let k = katalog(kataloge, l.modell);
            let texte = kriterientexte(k, stand.gesamt.as_ref());
            let letzte = plan.zielstufen_von(l.id).into_iter().last();
            let hinweise: Vec<String> = calc::pruefe_leistung(plan, l)
                .iter()
                .map(calc::Leistungsbefund::text)
                .collect();
            let entwurf = stand.entwurfstext(k);
            (l, stand, texte, letzte, (hinweise.join(" "), entwurf))
        })
        .collect();
    Tabelle::neu(BLAETTER[0], &zeilen)
        .id("ID", "L", |(l, ..)| l.id)
        .text("OZG-ID", |(l, ..)| &l.ozg_id)
        .text("LeiKa-ID", |(l, ..)| &l.leika_id)
        .text("Bezeichnung", |(l, ..)| &l.bezeichnung)
        .wort("Themenfeld", |(l, ..)| l.themenfeld)
        .text("Lebens-/Geschäftslage", |(l, ..)| &l.lage)
        .wort("LeiKa-Typ", |(l, ..)| l.leika_typ)
        .wort("SDG-Relevanz", |(l, ..)| l.sdg)
        .wort("Reifegradmodell", |(l, ..)| l.modell)
        .ganzzahl("Ist-Reifegrad", |(_, s, ..)| s.stufe())
        .datum("Stichtag der Bewertung", |(_, s, ..)| s.stichtag)
        .text("Limitierende Kriterien", |(_, _, (limitierend, _), ..)| {
            limitierend
        })
        .text("Fehlende Kriterien", |(_, _, (_, fehlend), ..)| fehlend)
        .ganzzahl("Abstand zur OZG-Konformität", |(l, s, ..)| {
            s.stufe()
                .map(|st| calc::ozg_schwelle(l.modell).saturating_sub(st))
        })
        .ganzzahl("Ziel-Reifegrad (letzte Zielstufe)", |(.., z, _)| {
            z.map(|z| z.ziel_reifegrad)
        })
        .datum("Zieltermin (letzte Zielstufe)", |(.., z, _)| {
            z.and_then(|z| z.zieltermin)
        })
        .text("Neuerer Entwurf", |(.., (_, entwurf))| entwurf)
        .text("Befunde zur Leistung", |(.., (hinweise, _))| hinweise)
        .blatt()
}

/// Fixed columns, then one block of criterion columns per model.
fn bewertungen(plan: &Zielstufenplaner, kataloge: &[Katalog]) -> Blatt {
    let mut liste: Vec<_> = plan.bewertungen.iter().collect();
    liste.sortiere_nach_schluessel(|b| (b.leistung, b.stichtag, b.modell, b.id));
    let zeilen: Vec<_> = liste
        .into_iter()
        .map(|b| {
            let gesamt = calc::gesamt(b, katalog(kataloge, b.modell));
            let texte = kriterientexte(katalog(kataloge, b.modell), Some(&gesamt));
            (b, plan.leistung(b.leistung), gesamt.stufe(), texte)
        })
        .collect();
    Tabelle::neu(BLAETTER[1], &zeilen)
        .id("ID", "B", |(b, ..)| b.id)
        .id("Leistung", "L", |(b, ..)| b.leistung)
        .text("OZG-ID", |(_, l, ..)| l.map_or("", |l| &l.ozg_id))
        .text("LeiKa-ID", |(_, l, ..)| l.map_or("", |l| &l.leika_id))
        .text("Bezeichnung", |(_, l, ..)| l.map_or("", |l| &l.bezeichnung))
        .wort("Reifegradmodell", |(b, ..)| b.modell)
        .datum("Stichtag", |(b, ..)| b.stichtag)
        .text("Bewertet von", |(b, ..)| &b.bewertet_von)
        .text("Onlinedienst/URL", |(b, ..)| &b.onlinedienst)
        .text("Kommentar", |(b, ..)| &b.kommentar)
        .ganzzahl("Gesamt-Reifegrad", |(_, _, stufe, _)| *stufe)
        .text("Limitierende Kriterien", |(.., (limitierend, _))| {
            limitierend
        })
        .text("Fehlende Kriterien", |(.., (_, fehlend))| fehlend)
        .je(kataloge, |t, k| {
            t.je(1..=k.modell.kriterienzahl(), |t, nr| {
                // A row fills only the block of its own model.
                t.ganzzahl(kriteriumsspalte(k, nr), move |(b, ..)| {
                    b.werte.get(&nr).copied().filter(|_| b.modell == k.modell)
                })
            })
        })
        // After the criterion blocks, so their columns keep their place.
        .text("Nicht anwendbar (n. a.)", |(b, ..)| {
            let liste: Vec<String> = b.nicht_anwendbar.iter().map(|k| format!("K{k}")).collect();
            liste.join(", ")
        })
        .blatt()
}

fn zielstufen(plan: &Zielstufenplaner, mpp: &Multiprojektplan, heute: Datum) -> Blatt {
    let mut zeilen = Vec::new();
    for l in &plan.leistungen {
        let befunde = calc::pruefe_plan(plan, l, heute);
        for z in plan.zielstufen_von(l.id) {
            let eigene: Vec<String> = befunde
                .iter()
                .filter(|b| b.stufe() == z.id)
                .map(calc::Befund::text)
                .collect();
            zeilen.push((l, z, eigene.join(" ")));
        }
    }
    Tabelle::neu(BLAETTER[2], &zeilen)
        .id("ID", "Z", |(_, z, _)| z.id)
        .id("Leistung", "L", |(l, ..)| l.id)
        .text("OZG-ID", |(l, ..)| &l.ozg_id)
        .text("Bezeichnung der Leistung", |(l, ..)| &l.bezeichnung)
        .ganzzahl("Stufe-Nr.", |(_, z, _)| z.nr)
        .text("Bezeichnung", |(_, z, _)| &z.bezeichnung)
        .wort("Reifegradmodell", |(l, ..)| l.modell)
        .ganzzahl("Ziel-Reifegrad", |(_, z, _)| z.ziel_reifegrad)
        .datum("Zieltermin", |(_, z, _)| z.zieltermin)
        .wort("Status", |(_, z, _)| z.status)
        .ganzzahl("Überfällig (Tage)", move |(_, z, _)| {
            calc::ueberfaellig(z, heute)
        })
        .text("Voraussetzungen", |(_, z, _)| z.voraussetzungen.join("; "))
        .text("Projekte/Meilensteine", |(_, z, _)| {
            let verknuepft: Vec<String> = z
                .verknuepfungen
                .iter()
                .map(|b| calc::verknuepfung_text(mpp, *b))
                .collect();
            verknuepft.join("; ")
        })
        .text("Befunde", |(.., befunde)| befunde)
        .text("Bemerkung", |(_, z, _)| &z.bemerkung)
        .blatt()
}

fn nachweise(plan: &Zielstufenplaner) -> Blatt {
    let zeilen = plan
        .leistungen
        .iter()
        .flat_map(|l| plan.nachweise_von(l.id).into_iter().map(move |n| (l, n)));
    Tabelle::neu(BLAETTER[3], zeilen)
        .id("ID", "N", |(_, n)| n.id)
        .id("Leistung", "L", |(l, _)| l.id)
        .text("OZG-ID", |(l, _)| &l.ozg_id)
        .text("Bezeichnung der Leistung", |(l, _)| &l.bezeichnung)
        .text("Nachweis", |(_, n)| &n.name)
        .wort("Nachweis-Reifegrad", |(_, n)| n.stufe)
        .wort("Ziel-Nachweis-Reifegrad", |(_, n)| n.ziel)
        .blatt()
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
    let mut l = Legende::neu();
    l.aufzaehlung("Reifegradmodell", Modell::ALLE);
    for k in kataloge {
        let merkmal = format!("{} Reifegrad", k.modell.kurz());
        for s in &k.stufen {
            let wert = markiert(&format!("{} {}", s.stufe, s.name), s.bitte_pruefen);
            l.eintrag(&merkmal, wert, &s.beschreibung);
        }
        let merkmal = format!("{} Kriterium", k.modell.kurz());
        for kr in &k.kriterien {
            let wert = markiert(&format!("K{} {}", kr.nr, kr.name), kr.bitte_pruefen);
            l.eintrag(&merkmal, wert, &kr.beschreibung);
        }
    }
    l.aufzaehlung("Themenfeld", Themenfeld::ALLE);
    l.aufzaehlung("LeiKa-Typ", LeikaTyp::ALLE);
    l.aufzaehlung("SDG-Relevanz", Sdg::ALLE);
    l.aufzaehlung("Status", Zielstufenstatus::ALLE);
    l.aufzaehlung("Nachweis-Reifegrad", Nachweisstufe::ALLE);
    l.gruppe("Berechnete Spalte", [
        ("Ist-Reifegrad", "Gesamt-Reifegrad der neuesten vollständigen Bewertung im Modell der Leistung; ein neuerer unvollständiger Entwurf ändert ihn nicht"),
        ("Neuerer Entwurf", "eine neuere, noch unvollständige Bewertung (Entwurf); zählt erst, wenn sie vollständig ist"),
        ("Gesamt-Reifegrad", "Minimum über die bewerteten Kriterien (RGM 2.0: Minimum-Regel eigene Lesart, bitte prüfen); leer, solange ein bestätigtes Kriterium unbewertet ist; Kriterien mit unbestätigtem Namen blockieren nicht, solange sie unbewertet sind"),
        ("Limitierende Kriterien", "alle Kriterien, deren Stufe gleich dem Gesamt-Reifegrad ist"),
        ("Fehlende Kriterien", "unbewertete Kriterien; ohne sie gibt es keinen Gesamt-Reifegrad"),
        ("Nicht anwendbar (n. a.)", "Kriterien, die für die Leistung nicht gelten (z. B. keine Gebühren); sie zählen nicht zum Minimum, auch nicht als Stufe 4"),
        ("Befunde zur Leistung", "SDG-Anhang II unter Stufe 4 (RGM 1.1; RGM 2.0: Stufe 6, eigene Lesart); Widerspruch zwischen K6 Nachweise und Nachweis-Reifegrad (Regel rekonstruiert, bitte prüfen)"),
        ("Abstand zur OZG-Konformität", "max(0, 3 − Ist-Reifegrad); OZG-konform ab Stufe 3 (RGM 1.1); für RGM 2.0 eigene Lesart: Stufe 3 als Ende der Frontend-Stufen"),
        ("online (ab Stufe 2)", "Zählweise des OZG-Dashboards: eine OZG-Leistung ist online, sobald mindestens eine ihrer Verwaltungsleistungen Stufe 2 erreicht (zusammengefasst nach OZG-ID); getrennt von „OZG-konform“ berichtet"),
        ("OZG-konform (ab Stufe 3)", "RGM 1.1: Beantragung einschließlich aller Nachweise online"),
        ("Überfällig (Tage)", "Tage seit dem Zieltermin, wenn die Zielstufe nicht erreicht ist (am Exporttag)"),
        ("Befunde", "Ziel-Reifegrad oder Zieltermin fällt gegenüber der vorigen Stufe, überfällig, verschoben, schon erreicht, als erreicht markiert trotz niedrigerem Ist-Reifegrad"),
        ("Projekte/Meilensteine", "verknüpfte Projekte oder Meilensteine des Multiprojektplans; „(gelöscht)“, wenn das Ziel nicht mehr existiert"),
        (BITTE_PRUEFEN, "Name oder Text ist in unseren Quellen nicht bestätigt; unter Einstellungen korrigierbar"),
    ]);
    l.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Zelle;
    use crate::tools::multiprojektplan::model::{Bezug, Projekt};
    use crate::tools::zielstufenplaner::examples;

    fn info() -> Info {
        crate::export::testhilfe::info("Zielstufenplaner", Datum::neu(2026, 11, 28).unwrap())
    }

    #[test]
    fn blaetter_spalten_und_werte() {
        let heute = Datum::neu(2026, 11, 28).unwrap();
        let mut mpp = Multiprojektplan::default();
        mpp.speichere_projekt(Projekt {
            kennung: "P-1".into(),
            titel: "T".into(),
            // Implements the example's Elterngeld, so its Zielstufen link to it.
            ozg_leistungen: vec!["10367".into()],
            ..Projekt::default()
        });
        let mut plan = examples::beispiel(heute, &mpp);
        plan.zielstufen[0]
            .verknuepfungen
            .push(Bezug::Meilenstein(999));
        let m = mappe(&plan, &mpp, info(), heute, None);
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
        // Wohngeld: criteria 8–10 unrated (names unconfirmed) do not block: 2, limited by K6.
        let w = &l.zeilen[1];
        assert_eq!(w[9], Zelle::Ganzzahl(2));
        assert_eq!(w[11], Zelle::Text("K6 Nachweise".into()));
        assert_eq!(l.spalten[16], "Neuerer Entwurf");
        assert_eq!(w[16], Zelle::Leer);
        // Gewerbe anmelden (SDG2, RGM 1.1 at 3): the SDG Annex II gap is exported.
        assert_eq!(l.spalten[17], "Befunde zur Leistung");
        assert!(matches!(&l.zeilen[2][17], Zelle::Text(t) if t.starts_with("SDG-Anhang II")));
        assert_eq!(e[17], Zelle::Leer);
        let b = &m.blaetter[1];
        assert_eq!(b.spalten.len(), 13 + 10 + 13 + 1);
        assert_eq!(b.spalten[36], "Nicht anwendbar (n. a.)");
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
