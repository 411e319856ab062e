//! Export of the KP-Maßnahmenblatt (fachkonzept §2.5): the sheets "Massnahmen" (one row per
//! measure with bewilligt, Tranchen, abgerufen, Ist and Finanzbedarf), "Meilensteine_Tranchen"
//! (one row per milestone) and "Finanzplan_HJ" (one row per measure × Haushaltsjahr × Kostenart,
//! a `SUBTOTAL` row per measure and one for all), then the Legende.
//!
//! Money is written exactly from integer cents. First columns are permanent ids: `K` measure,
//! `T` milestone with tranche.

use super::calc;
use super::model::{Bedarf, Efa, Kostenart, Massnahme, Meilensteinstatus, Status};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::export::{
    aufzaehlungen, zellbezug, Blatt, Blattauswahl, Info, Legende, Legendeneintrag, Mappe, Tabelle,
    Zelle,
};
use crate::shared::datum::Datum;
use crate::tools::multiprojektplan::model::Umsetzungsweg;

aufzaehlungen!(Status, Kostenart, Efa, Meilensteinstatus);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 3] = ["Massnahmen", "Meilensteine_Tranchen", "Finanzplan_HJ"];

/// The workbook; Ist is taken at the Budgetmonitor's Stichtag, else at `heute`.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(ab: &Arbeitsbereich, info: Info, heute: Datum, nur_blatt: Option<usize>) -> Mappe {
    Mappe {
        info,
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| massnahmen(ab, heute))
            .blatt(|| meilensteine(ab))
            .blatt(|| finanzplan(ab))
            .fertig(),
        legende: legende(),
    }
}

fn massnahmen(ab: &Arbeitsbereich, heute: Datum) -> Blatt {
    let plan = &ab.werkzeuge.massnahmenblatt;
    let zeilen: Vec<(&Massnahme, calc::Mittel)> = calc::sortiert(plan)
        .into_iter()
        .map(|m| (m, calc::mittel(ab, m, heute)))
        .collect();
    Tabelle::neu(BLAETTER[0], &zeilen)
        .id("ID", "K", |(m, _)| m.id)
        .text("Maßnahmen-ID", |(m, _)| &m.kennung)
        .text("Titel", |(m, _)| &m.titel)
        .text("Ressort", |(m, _)| &m.ressort)
        .text("Behörde", |(m, _)| &m.behoerde)
        .text("Ansprechperson", |(m, _)| &m.ansprechperson)
        .text("Finanzierungsweg", |(m, _)| {
            if m.weg.is_some() {
                plan.wegname(m.weg)
            } else {
                String::new()
            }
        })
        .wort("Status", |(m, _)| m.status)
        .datum("Eingereicht am", |(m, _)| m.eingereicht_am)
        .datum("Entschieden am", |(m, _)| m.entschieden_am)
        .euro("Bewilligt", |(_, x)| x.bewilligt)
        .euro("Summe Tranchen", |(_, x)| x.tranchen)
        .euro("Abgerufen", |(_, x)| x.abgerufen)
        .euro("Ist", |(_, x)| x.ist)
        .text("Herkunft Ist", |(_, x)| x.quelle.text())
        .euro("Finanzbedarf", |(_, x)| x.bedarf)
        .text("Prüfung Tranchen", |(m, _)| {
            calc::tranchenpruefung(plan, m).text()
        })
        .text("OZG-Leistungen", |(m, _)| {
            calc::leistungen(ab, m)
                .into_iter()
                .map(|(_, t, _)| t)
                .collect::<Vec<_>>()
                .join("; ")
        })
        .text("Ausgangslage", |(m, _)| &m.ausgangslage)
        .text("Ziel und erwartetes Ergebnis", |(m, _)| &m.ziel)
        .ganzzahl("Ziel-Reifegrad", |(m, _)| m.ziel_reifegrad)
        .datum("Beginn", |(m, _)| m.beginn)
        .datum("Zieltermin", |(m, _)| m.zieltermin)
        .text("Umsetzungsweg", |(m, _)| {
            m.umsetzungsweg.map_or("", Umsetzungsweg::name)
        })
        .wort("EfA / Nachnutzung", |(m, _)| m.efa)
        .text("Risiken und Abhängigkeiten", |(m, _)| &m.risiken)
        .dezimal("Personalbedarf (VZÄ)", 2, |(m, _)| m.vzae_hundertstel)
        .ganzzahl("Kapazitätsbedarf (PT)", |(m, _)| m.personentage)
        .text("Begründung", |(m, _)| &m.begruendung)
        .text("Projekt", |(m, _)| {
            m.projekt
                .map(|p| calc::projekt_text(ab, p).0)
                .unwrap_or_default()
        })
        .text("Haushaltsstelle", |(m, _)| {
            m.haushaltsstelle
                .map(|h| calc::haushaltsstelle_name(ab, h).0)
                .unwrap_or_default()
        })
        .blatt()
}

fn meilensteine(ab: &Arbeitsbereich) -> Blatt {
    let plan = &ab.werkzeuge.massnahmenblatt;
    let zeilen: Vec<_> = calc::sortiert(plan)
        .into_iter()
        .flat_map(|m| {
            plan.meilensteine_von(m.id)
                .into_iter()
                .map(move |ms| (m, ms))
        })
        .collect();
    Tabelle::neu(BLAETTER[1], &zeilen)
        .id("ID", "T", |(_, ms)| ms.id)
        .id("Maßnahme", "K", |(m, _)| m.id)
        .text("Maßnahmen-ID", |(m, _)| &m.kennung)
        .text("Bezeichnung", |(_, ms)| &ms.bezeichnung)
        .datum("Termin", |(_, ms)| ms.termin)
        .text("Liefergegenstand", |(_, ms)| &ms.liefergegenstand)
        .euro("Tranche", |(_, ms)| ms.tranche_cent)
        .wort("Status", |(_, ms)| ms.status)
        .blatt()
}

/// A row of "Finanzplan_HJ".
enum Planzeile<'a> {
    /// One entry.
    Bedarf(&'a Massnahme, &'a Bedarf),
    /// A measure's subtotal over sheet rows `von..=bis`.
    Summe(&'a Massnahme, u32, u32, i64),
    /// The total over sheet rows `von..=bis`.
    Gesamt(u32, u32, i64),
}

/// The measure of a row (none for the total).
fn massnahme_von<'a>(z: &Planzeile<'a>) -> Option<&'a Massnahme> {
    match *z {
        Planzeile::Bedarf(m, _) | Planzeile::Summe(m, ..) => Some(m),
        Planzeile::Gesamt(..) => None,
    }
}

/// Column of the amount in "Finanzplan_HJ" (from 0).
const BETRAGSSPALTE: u16 = 6;

fn finanzplan(ab: &Arbeitsbereich) -> Blatt {
    let plan = &ab.werkzeuge.massnahmenblatt;
    let mut zeilen: Vec<Planzeile> = Vec::new();
    for m in calc::sortiert(plan) {
        let eigene = plan.bedarf_von(m.id);
        if eigene.is_empty() {
            continue;
        }
        let von = zeilen.len() as u32 + 1;
        let summe = eigene.iter().map(|b| b.betrag_cent).sum();
        zeilen.extend(eigene.into_iter().map(|b| Planzeile::Bedarf(m, b)));
        let bis = zeilen.len() as u32;
        zeilen.push(Planzeile::Summe(m, von, bis, summe));
    }
    if !zeilen.is_empty() {
        let gesamt = plan
            .bedarf
            .iter()
            .filter(|b| plan.massnahme(b.massnahme).is_some())
            .map(|b| b.betrag_cent)
            .sum();
        zeilen.push(Planzeile::Gesamt(1, zeilen.len() as u32, gesamt));
    }
    let teilsumme = |von: u32, bis: u32, wert: i64| {
        Zelle::formel(
            format!(
                "SUBTOTAL(9,{}:{})",
                zellbezug(von, BETRAGSSPALTE),
                zellbezug(bis, BETRAGSSPALTE)
            ),
            Zelle::Euro(wert),
        )
    };
    let massnahme = massnahme_von;
    Tabelle::neu(BLAETTER[2], &zeilen)
        .spalte("Maßnahme", move |z| {
            massnahme(z).map_or(Zelle::Leer, |m| Zelle::id("K", m.id))
        })
        .text("Maßnahmen-ID", move |z| {
            massnahme(z).map_or("", |m| m.kennung.as_str())
        })
        .text("Finanzierungsweg", move |z| {
            massnahme(z)
                .filter(|m| m.weg.is_some())
                .map(|m| plan.wegname(m.weg))
                .unwrap_or_default()
        })
        .text("Ebene", |z| match z {
            Planzeile::Bedarf(..) => "Position",
            Planzeile::Summe(..) => "Summe Maßnahme",
            Planzeile::Gesamt(..) => "Summe gesamt",
        })
        .ganzzahl("Haushaltsjahr", |z| match z {
            Planzeile::Bedarf(_, b) => Some(b.jahr),
            _ => None,
        })
        .wort("Kostenart", |z| match z {
            Planzeile::Bedarf(_, b) => Some(b.kostenart),
            _ => None,
        })
        .formel("Betrag", move |_, z| match **z {
            Planzeile::Bedarf(_, b) => Zelle::Euro(b.betrag_cent),
            Planzeile::Summe(_, von, bis, s) | Planzeile::Gesamt(von, bis, s) => {
                teilsumme(von, bis, s)
            }
        })
        .text("Hinweis", |z| match z {
            Planzeile::Bedarf(_, b) if b.kostenart == Kostenart::Betrieb => {
                "Betrieb: Projektbudgets schließen den Regelbetrieb oft aus"
            }
            _ => "",
        })
        .blatt()
}

/// The Legende: the states, Kostenarten, EfA, milestone states and the computed columns.
pub fn legende() -> Vec<Legendeneintrag> {
    let mut l = Legende::neu();
    l.aufzaehlung("Status", Status::ALLE);
    l.aufzaehlung("Status (Meilenstein)", Meilensteinstatus::ALLE);
    l.aufzaehlung("Kostenart", Kostenart::ALLE);
    l.aufzaehlung("EfA / Nachnutzung", Efa::ALLE);
    l.gruppe(
        "Umsetzungsweg",
        Umsetzungsweg::ALLE
            .iter()
            .map(|u| (u.name(), u.bedeutung())),
    );
    l.gruppe("Berechnete Spalte", [
        ("Summe Tranchen", "Summe der Tranchen aller Meilensteine der Maßnahme"),
        ("Abgerufen", "Summe der Tranchen im Status „Tranche abgerufen“"),
        ("Ist", "Zahlungen (Ist-Buchungen, Stornos abgezogen) der verknüpften Haushaltsstelle im Budgetmonitor zum Berichtsstichtag, bei verknüpftem Projekt nur auf dessen Ansätze; ohne Haushaltsstelle der von Hand erfasste Betrag"),
        ("Prüfung Tranchen", "Summe der Tranchen gegen den bewilligten Betrag"),
        ("Ebene", "Position: eine Zeile je Maßnahme × Haushaltsjahr × Kostenart; Summenzeilen rechnen mit TEILERGEBNIS (SUBTOTAL) und folgen dem Autofilter"),
        ("Finanzierungsweg", "Eintrag aus dem Katalog des Arbeitsbereichs; die vorgegebenen Namen (KP Weg 1 bis 3, Stammhaushalt) sind nicht öffentlich belegt: bitte prüfen"),
    ]);
    l.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(heute: Datum) -> Info {
        Info {
            titel: "KP-Maßnahmenblatt".into(),
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
        }
    }

    #[test]
    fn blaetter_mit_massnahmen_tranchen_und_finanzplan_mit_teilergebnissen() {
        let heute = Datum::neu(2026, 12, 3).unwrap();
        let mut ab = Arbeitsbereich::neu("b", "B", "2026-12-03T09:00:00Z");
        crate::tools::alle_beispiele(&mut ab, heute);
        let m = mappe(&ab, info(heute), heute, None);
        let [ms, tr, fp] = &m.blaetter[..] else {
            panic!("drei Blätter")
        };
        assert_eq!(
            [ms.name.as_str(), tr.name.as_str(), fp.name.as_str()],
            BLAETTER
        );
        let plan = &ab.werkzeuge.massnahmenblatt;
        assert_eq!(ms.zeilen.len(), plan.massnahmen.len());
        let erste = &ms.zeilen[0];
        let bsp = calc::sortiert(plan)[0];
        assert_eq!(erste[0], Zelle::id("K", bsp.id));
        assert_eq!(
            erste[ms.spalte_nr("Maßnahmen-ID")],
            Zelle::text(&bsp.kennung)
        );
        assert_eq!(
            erste[ms.spalte_nr("Bewilligt")],
            Zelle::euro_opt(bsp.bewilligt_cent)
        );
        assert_eq!(
            erste[ms.spalte_nr("Status")],
            Zelle::text(bsp.status.name())
        );
        let x = calc::mittel(&ab, bsp, heute);
        assert_eq!(erste[ms.spalte_nr("Ist")], Zelle::euro_opt(x.ist));
        assert_eq!(erste[ms.spalte_nr("Abgerufen")], Zelle::Euro(x.abgerufen));
        assert_eq!(tr.zeilen.len(), plan.meilensteine.len());
        assert_eq!(
            tr.zeilen[0][tr.spalte_nr("Maßnahme")],
            Zelle::id("K", bsp.id)
        );
        // Finanzplan: entries, one subtotal per measure with entries, one total.
        assert_eq!(fp.spalte_nr("Betrag"), usize::from(BETRAGSSPALTE));
        let mit_bedarf = plan
            .massnahmen
            .iter()
            .filter(|m| !plan.bedarf_von(m.id).is_empty())
            .count();
        assert_eq!(fp.zeilen.len(), plan.bedarf.len() + mit_bedarf + 1);
        let eintraege = plan.bedarf_von(bsp.id).len();
        let summe = &fp.zeilen[eintraege];
        assert_eq!(summe[fp.spalte_nr("Ebene")], Zelle::text("Summe Maßnahme"));
        assert_eq!(
            summe[fp.spalte_nr("Betrag")],
            Zelle::formel(
                format!("SUBTOTAL(9,G2:G{})", eintraege + 1),
                Zelle::Euro(calc::bedarf_gesamt(plan, bsp.id))
            )
        );
        let gesamt = fp.zeilen.last().unwrap();
        let alle: i64 = plan.bedarf.iter().map(|b| b.betrag_cent).sum();
        assert_eq!(
            gesamt[fp.spalte_nr("Betrag")],
            Zelle::formel(
                format!("SUBTOTAL(9,G2:G{})", fp.zeilen.len()),
                Zelle::Euro(alle)
            )
        );
        assert!(fp
            .zeilen
            .iter()
            .any(|z| z[fp.spalte_nr("Kostenart")] == Zelle::text("Betrieb")
                && z[fp.spalte_nr("Hinweis")] != Zelle::Leer));
        assert!(m.legende.iter().any(|e| e.wert == "Tranche abgerufen"));
        assert!(m.legende.iter().any(|e| e.wert == "externe Dienstleistung"));
    }

    #[test]
    fn leerer_arbeitsbereich_gibt_leere_blaetter() {
        let heute = Datum::neu(2026, 12, 3).unwrap();
        let ab = Arbeitsbereich::neu("b", "B", "2026-12-03T09:00:00Z");
        let m = mappe(&ab, info(heute), heute, None);
        assert!(m.blaetter.iter().all(|b| b.zeilen.is_empty()));
    }
}
