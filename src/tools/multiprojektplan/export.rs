//! Export of the Multiprojektplan: one [`Mappe`] with the sheets Projekte, Meilensteine,
//! Abhaengigkeiten, Statusberichte, Prognosen (the data of the Meilensteintrendanalyse) and
//! Priorisierung, plus the Legende of every value and computed column. The shared writers turn
//! it into an Excel workbook ([`crate::export::xlsx::erstellen`]) or one sheet into CSV
//! ([`crate::export::csv::erstellen`]).
//!
//! Every sheet starts with the column "ID": the permanent record id with a type prefix (`P17`
//! project, `M203` milestone, `A5` dependency, `S9` status report, `K3` criterion), so rows can
//! be matched across exports even after a Projekt-ID was renamed. On "Prognosen" one row is one
//! forecast; its ID is the milestone's, the pair (ID, Stichtag) is unique.
//!
//! Priorities: "Priorisierung" lists the criteria catalogue (weight, share, how many projects
//! are rated and their average); the ratings themselves are columns "Bewertung: <Kriterium>" at
//! the end of "Projekte" (one row per project instead of a long project × criterion table).
//!
//! Cells are typed (dates, euros, counts, percentages, Ampeln); user text always stays text.

use std::cell::LazyCell;
use std::collections::HashMap;

use super::calc;
use super::model::{
    Abhaengigkeitsart, Ampeldimension, Ampeln, Kriteriengruppe, Meilenstein, Meilensteinstatus,
    Meilensteintyp, Multiprojektplan, MussKriterium, Phase, Prioritaet, Projekt, Projektstatus,
    Statusbericht, Umsetzungsweg, MAX_BEWERTUNG, MAX_STAERKE,
};
use crate::export::{
    aufzaehlungen, Blatt, Blattauswahl, Info, Legende, Legendeneintrag, Mappe, Tabelle, Zelle,
};
use crate::shared::datum::Datum;
use crate::shared::sortieren::Sortieren;

aufzaehlungen!(
    Ampeldimension,
    Projektstatus,
    Phase,
    Umsetzungsweg,
    MussKriterium,
    Prioritaet,
    Meilensteintyp,
    Meilensteinstatus,
    Abhaengigkeitsart,
    Kriteriengruppe,
);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 6] = [
    "Projekte",
    "Meilensteine",
    "Abhaengigkeiten",
    "Statusberichte",
    "Prognosen",
    "Priorisierung",
];

/// Prefix of a criterion's rating column on "Projekte".
const BEWERTUNG_PRAEFIX: &str = "Bewertung: ";

/// The workbook of the whole plan; computed columns (Terminverzug, Vorschlag Termin-Ampel,
/// Termintreue) are evaluated at `stichtag`. `info` is written as given.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(
    plan: &Multiprojektplan,
    info: Info,
    stichtag: Datum,
    nur_blatt: Option<usize>,
) -> Mappe {
    // Built on first use: two of the sheets do without it.
    let index = LazyCell::new(|| Index::neu(plan));
    Mappe {
        info,
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| projekte(plan, &index, stichtag))
            .blatt(|| meilensteine(&index, stichtag))
            .blatt(|| abhaengigkeiten(plan))
            .blatt(|| statusberichte(&index))
            .blatt(|| prognosen(&index))
            .blatt(|| priorisierung(plan))
            .fertig(),
        legende: legende(plan, stichtag),
    }
}

// ---------------------------------------------------------------------------------------------
// Index
// ---------------------------------------------------------------------------------------------

/// The plan's records grouped once: projects in ranking order with their milestones (sorted as
/// [`Multiprojektplan::meilensteine_von`]) and reports (newest first). Records whose project is
/// missing (damaged data) come last, so nothing is lost in the export.
struct Index<'a> {
    /// Projects in [`calc::rangfolge`] order with their rank (1 = first).
    projekte: Vec<(&'a Projekt, Option<usize>)>,
    /// Milestones per project id, in the order of the export.
    meilensteine: Vec<(Option<&'a Projekt>, Vec<&'a Meilenstein>)>,
    /// Reports per project, newest first.
    berichte: Vec<(Option<&'a Projekt>, Vec<&'a Statusbericht>)>,
    /// Milestones of a project id, for the per-project columns.
    meilensteine_von: HashMap<u32, Vec<&'a Meilenstein>>,
    /// Newest report date of a project id.
    letzter_bericht: HashMap<u32, Datum>,
}

impl<'a> Index<'a> {
    fn neu(plan: &'a Multiprojektplan) -> Self {
        let nach_id: HashMap<u32, &Projekt> = plan.projekte.iter().map(|p| (p.id, p)).collect();
        // Ranked projects first; abgeschlossene and abgebrochene (no rank) after them.
        let mut projekte: Vec<(&Projekt, Option<usize>)> = calc::rangfolge(plan)
            .into_iter()
            .filter_map(|id| nach_id.get(&id).copied())
            .zip((1..).map(Some))
            .collect();
        projekte.extend(
            plan.projekte
                .iter()
                .filter(|p| !calc::wird_priorisiert(p))
                .map(|p| (p, None)),
        );

        let mut meilensteine_von: HashMap<u32, Vec<&Meilenstein>> = HashMap::new();
        for m in &plan.meilensteine {
            meilensteine_von.entry(m.projekt).or_default().push(m);
        }
        for liste in meilensteine_von.values_mut() {
            liste.sortiere_nach_schluessel(|m| (m.termin().is_none(), m.termin(), m.id));
        }
        let mut berichte_von: HashMap<u32, Vec<&Statusbericht>> = HashMap::new();
        for b in &plan.statusberichte {
            berichte_von.entry(b.projekt).or_default().push(b);
        }
        for liste in berichte_von.values_mut() {
            liste.sortiere_nach(|a, b| b.stichtag.cmp(&a.stichtag).then(b.id.cmp(&a.id)));
        }
        let letzter_bericht = berichte_von
            .iter()
            .filter_map(|(&p, liste)| Some((p, liste.first()?.stichtag)))
            .collect();

        Index {
            meilensteine: gruppiert(&projekte, meilensteine_von.clone()),
            berichte: gruppiert(&projekte, berichte_von),
            projekte,
            meilensteine_von,
            letzter_bericht,
        }
    }

    /// The milestones of project `id` (none for a project without milestones).
    fn meilensteine_des(&self, id: u32) -> &[&'a Meilenstein] {
        self.meilensteine_von.get(&id).map_or(&[], Vec::as_slice)
    }
}

/// Records grouped by project in the order of `projekte`; groups of missing projects last (by
/// project id).
#[allow(clippy::type_complexity)]
fn gruppiert<'a, T>(
    projekte: &[(&'a Projekt, Option<usize>)],
    mut nach_projekt: HashMap<u32, Vec<&'a T>>,
) -> Vec<(Option<&'a Projekt>, Vec<&'a T>)> {
    let mut gruppen: Vec<(Option<&'a Projekt>, Vec<&'a T>)> = projekte
        .iter()
        .filter_map(|&(p, _)| Some((Some(p), nach_projekt.remove(&p.id)?)))
        .collect();
    let mut rest: Vec<(u32, Vec<&'a T>)> = nach_projekt.into_iter().collect();
    rest.sortiere_nach_schluessel(|(p, _)| *p);
    gruppen.extend(rest.into_iter().map(|(_, liste)| (None, liste)));
    gruppen
}

/// Each record of the groups, with its project.
fn je_datensatz<'a, T>(
    gruppen: &'a [(Option<&'a Projekt>, Vec<&'a T>)],
) -> impl Iterator<Item = (Option<&'a Projekt>, &'a T)> {
    gruppen
        .iter()
        .flat_map(|(projekt, liste)| liste.iter().map(move |&d| (*projekt, d)))
}

// ---------------------------------------------------------------------------------------------
// Column blocks several sheets share
// ---------------------------------------------------------------------------------------------

/// "Projekt-ID" and "Projekttitel" of a record's project (empty if it is missing).
fn projektspalten<'a, T>(
    t: Tabelle<'a, T>,
    projekt: impl Fn(&T) -> Option<&'a Projekt> + Copy + 'a,
) -> Tabelle<'a, T> {
    t.text("Projekt-ID", move |z| projekt(z).map_or("", |p| &p.kennung))
        .text("Projekttitel", move |z| projekt(z).map_or("", |p| &p.titel))
}

/// "Ampel …" and "Begründung …" of each dimension, in [`Ampeldimension::ALLE`] order.
fn ampelspalten<'a, T>(
    t: Tabelle<'a, T>,
    ampeln: impl Fn(&T) -> &'a Ampeln + Copy + 'a,
) -> Tabelle<'a, T> {
    t.je(Ampeldimension::ALLE, |t, &d| {
        t.ampel(format!("Ampel {}", d.name()), move |z| {
            ampeln(z).von(d).ampel
        })
        .text(format!("Begründung {}", d.name()), move |z| {
            &ampeln(z).von(d).begruendung
        })
    })
}

// ---------------------------------------------------------------------------------------------
// Sheets
// ---------------------------------------------------------------------------------------------

fn projekte(plan: &Multiprojektplan, index: &Index<'_>, stichtag: Datum) -> Blatt {
    let meilensteine = |p: &Projekt| index.meilensteine_des(p.id).iter().copied();
    Tabelle::neu(BLAETTER[0], &index.projekte)
        .id("ID", "P", |(p, _)| p.id)
        .text("Projekt-ID", |(p, _)| &p.kennung)
        .text("Projekttitel", |(p, _)| &p.titel)
        .text("Ziel", |(p, _)| &p.ziel)
        .text("Programm / Cluster", |(p, _)| &p.programm)
        .text("Organisationseinheit", |(p, _)| &p.organisationseinheit)
        .text("Auftraggeber/in", |(p, _)| &p.auftraggeber)
        .text("Projektleitung", |(p, _)| &p.projektleitung)
        .liste("OZG-Leistungen", |(p, _)| &p.ozg_leistungen)
        .wort("Umsetzungsweg", |(p, _)| p.umsetzungsweg)
        .wort("Phase", |(p, _)| p.phase)
        .wort("Status", |(p, _)| p.status)
        .datum("Start Plan", |(p, _)| p.start_plan)
        .datum("Start Ist", |(p, _)| p.start_ist)
        .datum("Ende Plan", |(p, _)| p.ende_plan)
        .datum("Ende Ist", |(p, _)| p.ende_ist)
        .datum("Ende Prognose", |(p, _)| p.ende_prognose)
        .datum("Start Plan (ursprünglich)", |(p, _)| {
            p.urspruenglicher_basisplan().0
        })
        .datum("Ende Plan (ursprünglich)", |(p, _)| {
            p.urspruenglicher_basisplan().1
        })
        .text("Neuplanungen (Re-Baseline)", |(p, _)| {
            p.neuplanungen
                .iter()
                .map(|n| n.text())
                .collect::<Vec<_>>()
                .join("; ")
        })
        .ganzzahl("Terminverzug (Tage)", |(p, _)| {
            calc::projektverzug_am(p, stichtag)
        })
        .mit(|t| ampelspalten(t, |(p, _)| &p.ampeln))
        .ampel("Vorschlag Termin-Ampel", |(p, _)| {
            calc::termin_ampel_aus(p, meilensteine(p), &plan.schwellen, stichtag)
        })
        .wort("Priorität", |(p, _)| p.prioritaet)
        .prozent("Prioritätswert", 3, |(p, _)| {
            calc::prioritaetswert(p, &plan.kriterien)
        })
        .ganzzahl("Rang", |(_, rang)| *rang)
        .liste("Muss-Kriterien", |(p, _)| {
            p.muss_kriterien.iter().map(|m| m.name())
        })
        .datum("Gesetzliche Frist", |(p, _)| p.gesetzliche_frist)
        .ganzzahl("Welle", |(p, _)| p.welle)
        .euro("Budget", |(p, _)| p.budget_cent)
        .dezimal("Kapazitätsbedarf (VZÄ)", 2, |(p, _)| {
            p.kapazitaet_vzae_hundertstel
        })
        .liste("Handlungsfelder", |(p, _)| {
            p.handlungsfelder.iter().map(|h| h.name())
        })
        .liste("Dimensionen", |(p, _)| {
            p.dimensionen.iter().map(|d| d.name())
        })
        .ganzzahl("Meilensteine", |(p, _)| index.meilensteine_des(p.id).len())
        .prozent("Termintreue", 3, |(p, _)| {
            calc::termintreue(meilensteine(p), stichtag).zehntel_prozent()
        })
        .datum("Letzter Statusbericht", |(p, _)| {
            index.letzter_bericht.get(&p.id).copied()
        })
        .je(&plan.kriterien, |t, k| {
            t.ganzzahl(format!("{BEWERTUNG_PRAEFIX}{}", k.name), move |(p, _)| {
                p.bewertungen.get(&k.id).map(|&b| b.min(MAX_BEWERTUNG))
            })
        })
        .blatt()
}

fn meilensteine(index: &Index<'_>, stichtag: Datum) -> Blatt {
    Tabelle::neu(BLAETTER[1], je_datensatz(&index.meilensteine))
        .id("ID", "M", |(_, m)| m.id)
        .mit(|t| projektspalten(t, |&(p, _)| p))
        .text("Meilenstein", |(_, m)| &m.bezeichnung)
        .wort("Typ", |(_, m)| m.typ)
        .datum("Basisplan", |(_, m)| m.basis)
        .datum("Prognose", |(_, m)| m.prognose())
        .datum("Ist", |(_, m)| m.ist)
        .ganzzahl("Verzug (Tage)", |(_, m)| {
            calc::meilensteinverzug(m, stichtag)
        })
        .wort("Status", |(_, m)| m.status)
        .text("Verantwortlich", |(_, m)| &m.verantwortlich)
        .text("Bemerkung", |(_, m)| &m.bemerkung)
        .blatt()
}

fn abhaengigkeiten(plan: &Multiprojektplan) -> Blatt {
    let warnungen: HashMap<u32, calc::Abhaengigkeitswarnung> = calc::abhaengigkeitswarnungen(plan)
        .into_iter()
        .map(|w| (w.abhaengigkeit, w))
        .collect();
    Tabelle::neu(BLAETTER[2], &plan.abhaengigkeiten)
        .id("ID", "A", |a| a.id)
        .spalte("Vorgänger", |a| Zelle::Text(plan.bezeichne(a.von)))
        .spalte("Nachfolger", |a| Zelle::Text(plan.bezeichne(a.zu)))
        .wort("Art", |a| a.art)
        .ganzzahl("Stärke", |a| a.staerke.min(MAX_STAERKE))
        .text("Bemerkung", |a| &a.bemerkung)
        .ganzzahl("Konflikt (Tage)", |a| warnungen.get(&a.id).map(|w| w.tage))
        .spalte("Warnung", |a| {
            warnungen
                .get(&a.id)
                .map_or(Zelle::Leer, |w| Zelle::Text(w.meldung.clone()))
        })
        .blatt()
}

fn statusberichte(index: &Index<'_>) -> Blatt {
    Tabelle::neu(BLAETTER[3], je_datensatz(&index.berichte))
        .id("ID", "S", |(_, b)| b.id)
        .mit(|t| projektspalten(t, |&(p, _)| p))
        .datum("Stichtag", |(_, b)| b.stichtag)
        .mit(|t| ampelspalten(t, |&(_, b)| &b.ampeln))
        .text("Sachstand", |(_, b)| &b.sachstand)
        .text("Nächste Schritte", |(_, b)| &b.naechste_schritte)
        .text("Abweichungen", |(_, b)| &b.abweichungen)
        .text("Risiken", |(_, b)| &b.risiken)
        .text("Entscheidungsbedarf", |(_, b)| &b.entscheidungsbedarf)
        .blatt()
}

/// One row per forecast, with the date of the milestone's forecast before it.
fn prognosen(index: &Index<'_>) -> Blatt {
    let mut zeilen = Vec::new();
    for (projekt, m) in je_datensatz(&index.meilensteine) {
        let mut vorher: Option<Datum> = None;
        for p in &m.prognosen {
            zeilen.push((projekt, m, p, vorher));
            vorher = Some(p.datum);
        }
    }
    Tabelle::neu(BLAETTER[4], zeilen)
        .id("ID", "M", |(_, m, ..)| m.id)
        .mit(|t| projektspalten(t, |&(p, ..)| p))
        .text("Meilenstein", |(_, m, ..)| &m.bezeichnung)
        .datum("Basisplan", |(_, m, ..)| m.basis)
        .datum("Stichtag", |(.., p, _)| p.stichtag)
        .datum("Prognose", |(.., p, _)| p.datum)
        .ganzzahl("Abweichung zum Basisplan (Tage)", |(_, m, p, _)| {
            calc::terminverzug(m.basis, Some(p.datum))
        })
        .ganzzahl("Änderung zur Vorprognose (Tage)", |(.., p, vorher)| {
            calc::terminverzug(*vorher, Some(p.datum))
        })
        .text("Kommentar", |(.., p, _)| &p.kommentar)
        .blatt()
}

fn priorisierung(plan: &Multiprojektplan) -> Blatt {
    let summe: i64 = plan.kriterien.iter().map(|k| i64::from(k.gewicht)).sum();
    let zeilen = plan.kriterien.iter().map(|k| {
        let bewertungen: Vec<i64> = plan
            .projekte
            .iter()
            .filter_map(|p| p.bewertungen.get(&k.id))
            .map(|&b| i64::from(b.min(MAX_BEWERTUNG)))
            .collect();
        let anzahl = bewertungen.len() as i64;
        // Average in hundredths, rounded half up.
        let durchschnitt =
            (anzahl > 0).then(|| (200 * bewertungen.iter().sum::<i64>() + anzahl) / (2 * anzahl));
        (k, anzahl, durchschnitt)
    });
    Tabelle::neu(BLAETTER[5], zeilen)
        .id("ID", "K", |(k, ..)| k.id)
        .text("Kriterium", |(k, ..)| &k.name)
        .wort("Gruppe", |(k, ..)| k.gruppe)
        .prozent("Gewicht", 2, |(k, ..)| i64::from(k.gewicht))
        .prozent("Anteil am Gesamtgewicht", 3, |(k, ..)| {
            (summe > 0).then(|| (2000 * i64::from(k.gewicht) + summe) / (2 * summe))
        })
        .ganzzahl("Bewertete Projekte", |(_, anzahl, _)| *anzahl)
        .dezimal("Durchschnittliche Bewertung", 2, |(.., durchschnitt)| {
            *durchschnitt
        })
        .blatt()
}

// ---------------------------------------------------------------------------------------------
// Legend
// ---------------------------------------------------------------------------------------------

/// Every value used in the sheets and every computed column, with the plan's thresholds.
fn legende(plan: &Multiprojektplan, stichtag: Datum) -> Vec<Legendeneintrag> {
    let mut l = Legende::mit_ampeln();
    l.aufzaehlung("Ampel-Dimension", Ampeldimension::ALLE);
    l.aufzaehlung("Status", Projektstatus::ALLE);
    l.aufzaehlung("Phase", Phase::ALLE);
    l.aufzaehlung("Umsetzungsweg", Umsetzungsweg::ALLE);
    l.aufzaehlung("Muss-Kriterium", MussKriterium::ALLE);
    l.aufzaehlung("Priorität", Prioritaet::ALLE);
    l.aufzaehlung("Meilensteintyp", Meilensteintyp::ALLE);
    l.aufzaehlung("Meilensteinstatus", Meilensteinstatus::ALLE);
    l.aufzaehlung("Abhängigkeitsart", Abhaengigkeitsart::ALLE);
    l.aufzaehlung("Kriteriengruppe", Kriteriengruppe::ALLE);
    l.gruppe(
        "Stärke (0–3)",
        [
            ("0", "keine oder nur informative Abhängigkeit"),
            ("1", "schwach: Verzug des Vorgängers ist auffangbar"),
            (
                "2",
                "mittel: Verzug des Vorgängers verschiebt den Nachfolger wahrscheinlich",
            ),
            (
                "3",
                "stark: ohne den Vorgänger kann der Nachfolger nicht weiter",
            ),
        ],
    );
    l.gruppe(
        "Bewertung (0–3)",
        [
            ("0", "trifft nicht zu (auch: nicht bewertet)"),
            ("1", "trifft wenig zu"),
            ("2", "trifft überwiegend zu"),
            ("3", "trifft voll zu"),
        ],
    );
    l.gruppe(
        "ID",
        [
            (
                "P…",
                "Projekt (interne, dauerhafte Nummer; die Projekt-ID kann sich ändern)",
            ),
            (
                "M…",
                "Meilenstein; auf dem Blatt „Prognosen“ der Meilenstein der Prognose",
            ),
            ("A…", "Abhängigkeit"),
            ("S…", "Statusbericht"),
            ("K…", "Priorisierungskriterium"),
        ],
    );

    let s = &plan.schwellen;
    let berechnet = "Berechnete Spalte";
    l.eintrag(
        berechnet,
        "Stichtag",
        format!(
            "Alle berechneten Spalten gelten zum Stichtag {}.",
            stichtag.deutsch()
        ),
    );
    l.gruppe(
        berechnet,
        [
            (
                "Terminverzug (Tage)",
                "Projektende Ist, sonst Prognose, minus Ende Plan (Basisplan), in Tagen; positiv = \
                 später. Ohne Ist und Prognose 0. Ist das erwartete Ende vor dem Stichtag \
                 verstrichen und das Projekt nicht abgeschlossen, mindestens Stichtag minus Ende \
                 Plan. Leer ohne Ende Plan.",
            ),
            (
                "Verzug (Tage)",
                "Meilenstein Ist, sonst aktuelle Prognose, minus Basisplan, in Tagen; ein offener \
                 Meilenstein, dessen Termin vor dem Stichtag liegt, mindestens Stichtag minus \
                 Basisplan. Leer ohne Basisplan und bei entfallenen Meilensteinen.",
            ),
        ],
    );
    l.eintrag(
        berechnet,
        "Vorschlag Termin-Ampel",
        format!(
            "Schlechteste Ampel aus Terminverzug des Projektendes (Prognose) und Verzug jedes \
             offenen Meilensteins (erreichte zählen nur in der Termintreue): grün bis {} Tage, \
             gelb bis {} Tage, darüber rot; rot, wenn das erwartete Ende nach der gesetzlichen \
             Frist liegt; grau ohne Termine oder bei abgebrochenen Projekten, blau bei \
             abgeschlossenen.",
            s.gruen_bis_tage, s.gelb_bis_tage
        ),
    );
    l.gruppe(
        berechnet,
        [
            (
                "Termintreue",
                "Anteil der bis zum Stichtag fälligen oder schon erreichten Meilensteine \
                 (nicht entfallen), die spätestens zum Basisplan erreicht wurden. Leer, wenn \
                 keiner fällig ist.",
            ),
            (
                "Neuplanungen (Re-Baseline)",
                "Änderungen des Basisplans (Start/Ende Plan) nach Projektbeginn: Datum, alter und \
                 neuer Termin, Grund. „ursprünglich“ = Basisplan vor der ersten Neuplanung.",
            ),
            (
                "Prioritätswert",
                "Summe aus Gewicht mal Bewertung geteilt durch Summe aus Gewicht mal 3, in Prozent \
                 (0–100 %). Fehlende Bewertungen zählen 0.",
            ),
            (
                "Rang",
                "Reihenfolge der laufenden und geplanten Projekte (abgeschlossene und \
                 abgebrochene haben keinen Rang): zuerst Projekte mit Muss-Kriterium, unter \
                 ihnen die frühere gesetzliche Frist zuerst, dann nach Prioritätswert (höchster \
                 zuerst), dann nach Projekt-ID.",
            ),
            (
                "Bewertung: …",
                "Bewertung des Projekts im jeweiligen Kriterium (0–3, siehe Blatt „Priorisierung“); \
                 leer = nicht bewertet.",
            ),
            (
                "Konflikt (Tage)",
                "Der Nachfolger beginnt so viele Tage vor dem Ende des Vorgängers (Projekt: \
                 erwarteter Start bzw. erwartetes Ende; Meilenstein: Ist, sonst Prognose, sonst \
                 Basisplan). Leer ohne Konflikt.",
            ),
            (
                "Abweichung zum Basisplan (Tage)",
                "Prognose minus Basisplan des Meilensteins, in Tagen.",
            ),
            (
                "Änderung zur Vorprognose (Tage)",
                "Prognose minus die Prognose des vorigen Stichtags, in Tagen; leer bei der ersten.",
            ),
            (
                "Anteil am Gesamtgewicht",
                "Gewicht des Kriteriums geteilt durch die Summe aller Gewichte.",
            ),
        ],
    );
    l.into()
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

    use super::*;
    use crate::export::testhilfe::zellwert;
    use crate::export::xlsx;
    use crate::shared::vokabular::Ampel;
    use crate::tools::multiprojektplan::examples::beispielportfolio;

    fn d(text: &str) -> Datum {
        Datum::aus_iso(text).expect("gültiges Datum")
    }

    /// The fixed columns of "Projekte" as the export must write them (the criterion columns follow).
    const PROJEKTSPALTEN: [&str; 45] = [
        "ID",
        "Projekt-ID",
        "Projekttitel",
        "Ziel",
        "Programm / Cluster",
        "Organisationseinheit",
        "Auftraggeber/in",
        "Projektleitung",
        "OZG-Leistungen",
        "Umsetzungsweg",
        "Phase",
        "Status",
        "Start Plan",
        "Start Ist",
        "Ende Plan",
        "Ende Ist",
        "Ende Prognose",
        "Start Plan (ursprünglich)",
        "Ende Plan (ursprünglich)",
        "Neuplanungen (Re-Baseline)",
        "Terminverzug (Tage)",
        "Ampel Gesamt",
        "Begründung Gesamt",
        "Ampel Termine",
        "Begründung Termine",
        "Ampel Budget",
        "Begründung Budget",
        "Ampel Qualität",
        "Begründung Qualität",
        "Ampel Ressourcen",
        "Begründung Ressourcen",
        "Vorschlag Termin-Ampel",
        "Priorität",
        "Prioritätswert",
        "Rang",
        "Muss-Kriterien",
        "Gesetzliche Frist",
        "Welle",
        "Budget",
        "Kapazitätsbedarf (VZÄ)",
        "Handlungsfelder",
        "Dimensionen",
        "Meilensteine",
        "Termintreue",
        "Letzter Statusbericht",
    ];

    const MEILENSTEINSPALTEN: [&str; 12] = [
        "ID",
        "Projekt-ID",
        "Projekttitel",
        "Meilenstein",
        "Typ",
        "Basisplan",
        "Prognose",
        "Ist",
        "Verzug (Tage)",
        "Status",
        "Verantwortlich",
        "Bemerkung",
    ];

    const ABHAENGIGKEITSSPALTEN: [&str; 8] = [
        "ID",
        "Vorgänger",
        "Nachfolger",
        "Art",
        "Stärke",
        "Bemerkung",
        "Konflikt (Tage)",
        "Warnung",
    ];

    const PROGNOSESPALTEN: [&str; 10] = [
        "ID",
        "Projekt-ID",
        "Projekttitel",
        "Meilenstein",
        "Basisplan",
        "Stichtag",
        "Prognose",
        "Abweichung zum Basisplan (Tage)",
        "Änderung zur Vorprognose (Tage)",
        "Kommentar",
    ];

    const KRITERIENSPALTEN: [&str; 7] = [
        "ID",
        "Kriterium",
        "Gruppe",
        "Gewicht",
        "Anteil am Gesamtgewicht",
        "Bewertete Projekte",
        "Durchschnittliche Bewertung",
    ];

    const HEUTE: &str = "2026-05-17";
    const FORMEL: &str = "=HYPERLINK(\"http://example.org\";\"klick\")";

    fn info() -> Info {
        Info {
            arbeitsbereich: "OZG-Programm".into(),
            behoerde: "Musterbehörde".into(),
            ressort: "BMI".into(),
            stand: Some(d(HEUTE)),
            ..crate::export::testhilfe::info("Multiprojektplan", d(HEUTE))
        }
    }

    /// The example portfolio with a budget in cents and a formula-like text in Wohngeld.
    fn plan() -> Multiprojektplan {
        let mut plan = beispielportfolio(d(HEUTE));
        let p = plan
            .projekte
            .iter_mut()
            .find(|p| p.titel == "Wohngeld digital")
            .unwrap();
        p.budget_cent = Some(125_000_050);
        p.ziel = FORMEL.into();
        plan
    }

    fn blatt<'a>(mappe: &'a Mappe, name: &str) -> &'a Blatt {
        mappe.blaetter.iter().find(|b| b.name == name).unwrap()
    }

    fn zeile<'a>(blatt: &'a Blatt, id: &str) -> &'a [Zelle] {
        blatt
            .zeilen
            .iter()
            .find(|z| z[0] == Zelle::Text(id.into()))
            .unwrap_or_else(|| panic!("Zeile {id} fehlt in {}", blatt.name))
    }

    fn zelle<'a>(blatt: &'a Blatt, id: &str, spaltenname: &str) -> &'a Zelle {
        &zeile(blatt, id)[blatt.spalte_nr(spaltenname)]
    }

    #[test]
    fn blaetter_und_kopfzeilen() {
        let plan = plan();
        let m = mappe(&plan, info(), d(HEUTE), None);
        let namen: Vec<&str> = m.blaetter.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(namen, BLAETTER);
        assert_eq!(m.info, info());
        let projekte = blatt(&m, "Projekte");
        assert_eq!(&projekte.spalten[..PROJEKTSPALTEN.len()], PROJEKTSPALTEN);
        assert_eq!(
            &projekte.spalten[PROJEKTSPALTEN.len()..],
            [
                "Bewertung: Strategische Bedeutung",
                "Bewertung: Nutzen für Bürgerinnen, Bürger und Unternehmen",
                "Bewertung: Fallzahl",
                "Bewertung: Umsetzungsreife (Voraussetzungen erfüllt)",
                "Bewertung: Geringes Umsetzungsrisiko",
            ]
        );
        assert_eq!(blatt(&m, "Meilensteine").spalten, MEILENSTEINSPALTEN);
        assert_eq!(blatt(&m, "Abhaengigkeiten").spalten, ABHAENGIGKEITSSPALTEN);
        assert_eq!(blatt(&m, "Prognosen").spalten, PROGNOSESPALTEN);
        assert_eq!(blatt(&m, "Priorisierung").spalten, KRITERIENSPALTEN);
        let berichte = blatt(&m, "Statusberichte");
        assert_eq!(berichte.spalten.len(), 4 + 10 + 5);
        assert_eq!(
            berichte.spalten[4..8],
            [
                "Ampel Gesamt",
                "Begründung Gesamt",
                "Ampel Termine",
                "Begründung Termine"
            ]
        );
        assert_eq!(berichte.spalten[18], "Entscheidungsbedarf");
        // Every row is as long as its header and starts with a prefixed id.
        for (b, praefix) in m.blaetter.iter().zip(['P', 'M', 'A', 'S', 'M', 'K']) {
            assert!(!b.zeilen.is_empty(), "{}", b.name);
            assert_eq!(b.spalten[0], "ID");
            for z in &b.zeilen {
                assert_eq!(z.len(), b.spalten.len(), "{}", b.name);
                match &z[0] {
                    Zelle::Text(id) => {
                        assert!(id.starts_with(praefix), "{id}");
                        assert!(id[1..].parse::<u32>().is_ok(), "{id}");
                    }
                    andere => panic!("ID als Text erwartet: {andere:?}"),
                }
            }
        }
        assert_eq!(projekte.zeilen.len(), plan.projekte.len());
        assert_eq!(
            blatt(&m, "Meilensteine").zeilen.len(),
            plan.meilensteine.len()
        );
        assert_eq!(
            blatt(&m, "Abhaengigkeiten").zeilen.len(),
            plan.abhaengigkeiten.len()
        );
        assert_eq!(berichte.zeilen.len(), plan.statusberichte.len());
        assert_eq!(
            blatt(&m, "Prognosen").zeilen.len(),
            plan.meilensteine
                .iter()
                .map(|m| m.prognosen.len())
                .sum::<usize>()
        );
        assert_eq!(
            blatt(&m, "Priorisierung").zeilen.len(),
            plan.kriterien.len()
        );
    }

    #[test]
    fn projekte_mit_typisierten_zellen_in_rangfolge() {
        let plan = plan();
        let stichtag = d(HEUTE);
        let m = mappe(&plan, info(), stichtag, None);
        let b = blatt(&m, "Projekte");
        let reihenfolge: Vec<Zelle> = b.zeilen.iter().map(|z| z[0].clone()).collect();
        // Ranked projects first, then abgeschlossene/abgebrochene without a rank.
        let ungerankt: Vec<u32> = plan
            .projekte
            .iter()
            .filter(|p| !calc::wird_priorisiert(p))
            .map(|p| p.id)
            .collect();
        assert!(!ungerankt.is_empty());
        let erwartet: Vec<Zelle> = calc::rangfolge(&plan)
            .into_iter()
            .chain(ungerankt.iter().copied())
            .map(|i| Zelle::id("P", i))
            .collect();
        assert_eq!(reihenfolge, erwartet);
        let rang: Vec<&Zelle> = b.zeilen.iter().map(|z| &z[b.spalte_nr("Rang")]).collect();
        let gerankt = b.zeilen.len() - ungerankt.len();
        assert_eq!(rang[0], &Zelle::Ganzzahl(1));
        assert_eq!(rang[gerankt - 1], &Zelle::Ganzzahl(gerankt as i64));
        assert_eq!(rang[gerankt], &Zelle::Leer);

        let p = plan
            .projekte
            .iter()
            .find(|p| p.titel == "Wohngeld digital")
            .unwrap();
        let pid = format!("P{}", p.id);
        let z = |name| zelle(b, &pid, name).clone();
        assert_eq!(z("Projekt-ID"), Zelle::Text("P-2026-001".into()));
        assert_eq!(z("Budget"), Zelle::Euro(125_000_050));
        assert_eq!(z("Ziel"), Zelle::Text(FORMEL.into()));
        assert_eq!(z("Start Plan"), Zelle::Datum(stichtag.plus_monate(-14)));
        assert_eq!(z("Ende Ist"), Zelle::Leer);
        assert_eq!(z("Ende Prognose"), Zelle::Datum(stichtag.plus_monate(10)));
        let verzug = stichtag.plus_monate(8).tage_bis(stichtag.plus_monate(10));
        assert_eq!(z("Terminverzug (Tage)"), Zelle::Ganzzahl(verzug));
        assert_eq!(z("Ampel Gesamt"), Zelle::Ampel(Ampel::Gelb));
        assert!(matches!(z("Begründung Gesamt"), Zelle::Text(t) if t.starts_with("Go-live")));
        assert_eq!(z("Ampel Budget"), Zelle::Ampel(Ampel::Gruen));
        assert_eq!(z("Begründung Budget"), Zelle::Leer);
        assert_eq!(
            z("Vorschlag Termin-Ampel"),
            Zelle::Ampel(calc::vorgeschlagene_termin_ampel(&plan, p, stichtag))
        );
        assert_eq!(z("Vorschlag Termin-Ampel"), Zelle::Ampel(Ampel::Rot));
        assert_eq!(z("Status"), Zelle::Text("aktiv".into()));
        assert_eq!(z("Phase"), Zelle::Text("Durchführung".into()));
        assert_eq!(z("Umsetzungsweg"), Zelle::Text("EfA-Nachnutzung".into()));
        assert_eq!(z("Priorität"), Zelle::Text("hoch".into()));
        // (25·3 + 25·3 + 20·3 + 15·2 + 15·2) / 300 = 270/300 = 90 %
        assert_eq!(z("Prioritätswert"), Zelle::prozent(900, 3));
        assert_eq!(z("Muss-Kriterien"), Zelle::Leer);
        assert_eq!(z("Welle"), Zelle::Ganzzahl(1));
        assert_eq!(z("Kapazitätsbedarf (VZÄ)"), Zelle::dezimal(350, 2));
        assert_eq!(z("OZG-Leistungen"), Zelle::Text("10340".into()));
        assert_eq!(
            z("Handlungsfelder"),
            Zelle::Text("Multiprojektmanagement".into())
        );
        assert_eq!(z("Meilensteine"), Zelle::Ganzzahl(5));
        // Due: Projektauftrag (on time), Feinkonzept (12 days late) → 50 %.
        assert_eq!(z("Termintreue"), Zelle::prozent(500, 3));
        assert_eq!(z("Letzter Statusbericht"), Zelle::Datum(d("2026-04-30")));
        assert_eq!(z("Bewertung: Fallzahl"), Zelle::Ganzzahl(3));
        assert_eq!(
            z("Bewertung: Geringes Umsetzungsrisiko"),
            Zelle::Ganzzahl(2)
        );

        let e = plan
            .projekte
            .iter()
            .find(|p| p.kennung == "P-2026-002")
            .unwrap();
        let eid = format!("P{}", e.id);
        assert_eq!(
            zelle(b, &eid, "Muss-Kriterien"),
            &Zelle::Text("gesetzliche Vorgabe (Zieldatum)".into())
        );
        assert_eq!(
            zelle(b, &eid, "Gesetzliche Frist"),
            &Zelle::Datum(stichtag.plus_monate(9))
        );
        assert_eq!(zelle(b, &eid, "Letzter Statusbericht"), &Zelle::Leer);
        assert_eq!(
            zelle(b, &eid, "OZG-Leistungen"),
            &Zelle::Text("10367, 10368".into())
        );
        // A planned project without due milestones has no Termintreue.
        let k = plan
            .projekte
            .iter()
            .find(|p| p.kennung == "P-2026-005")
            .unwrap();
        assert_eq!(zelle(b, &format!("P{}", k.id), "Termintreue"), &Zelle::Leer);
        let n = plan
            .projekte
            .iter()
            .find(|p| p.kennung == "P-2025-014")
            .unwrap();
        assert_eq!(
            zelle(b, &format!("P{}", n.id), "Vorschlag Termin-Ampel"),
            &Zelle::Ampel(Ampel::Blau)
        );
        assert_eq!(
            zelle(b, &format!("P{}", n.id), "Ende Ist"),
            &Zelle::Datum(stichtag.plus_monate(-5))
        );
    }

    #[test]
    fn meilensteine_prognosen_und_berichte() {
        let plan = plan();
        let stichtag = d(HEUTE);
        let m = mappe(&plan, info(), stichtag, None);
        let ms = blatt(&m, "Meilensteine");
        let golive = plan
            .meilensteine
            .iter()
            .find(|m| m.bezeichnung == "Go-live Pilot-Wohngeldstellen")
            .unwrap();
        let mid = format!("M{}", golive.id);
        assert_eq!(
            zelle(ms, &mid, "Projekt-ID"),
            &Zelle::Text("P-2026-001".into())
        );
        assert_eq!(zelle(ms, &mid, "Typ"), &Zelle::Text("Go-live".into()));
        assert_eq!(
            zelle(ms, &mid, "Basisplan"),
            &Zelle::Datum(stichtag.plus_monate(4))
        );
        assert_eq!(
            zelle(ms, &mid, "Prognose"),
            &Zelle::Datum(stichtag.plus_monate(6))
        );
        assert_eq!(zelle(ms, &mid, "Ist"), &Zelle::Leer);
        assert_eq!(
            zelle(ms, &mid, "Verzug (Tage)"),
            &Zelle::Ganzzahl(stichtag.plus_monate(4).tage_bis(stichtag.plus_monate(6)))
        );
        assert_eq!(zelle(ms, &mid, "Status"), &Zelle::Text("verschoben".into()));
        let entfallen = plan
            .meilensteine
            .iter()
            .find(|m| m.status == Meilensteinstatus::Entfallen)
            .unwrap();
        assert_eq!(
            zelle(ms, &format!("M{}", entfallen.id), "Verzug (Tage)"),
            &Zelle::Leer
        );
        // Milestones follow the project ranking, by date inside a project.
        let projekte_in_folge: Vec<&Zelle> = ms.zeilen.iter().map(|z| &z[1]).collect();
        let mut gesehen: Vec<&Zelle> = Vec::new();
        for p in projekte_in_folge {
            if gesehen.last() != Some(&p) {
                assert!(!gesehen.contains(&p), "Projekt {p:?} zerrissen");
                gesehen.push(p);
            }
        }

        let pg = blatt(&m, "Prognosen");
        let zeilen: Vec<&Vec<Zelle>> = pg
            .zeilen
            .iter()
            .filter(|z| z[0] == Zelle::Text(mid.clone()))
            .collect();
        assert_eq!(zeilen.len(), 3);
        let monate = |n| stichtag.plus_monate(n);
        let spalte_abw = pg.spalte_nr("Abweichung zum Basisplan (Tage)");
        let spalte_aend = pg.spalte_nr("Änderung zur Vorprognose (Tage)");
        assert_eq!(
            zeilen[0][pg.spalte_nr("Stichtag")],
            Zelle::Datum(d("2025-12-31"))
        );
        assert_eq!(zeilen[0][spalte_abw], Zelle::Ganzzahl(0));
        assert_eq!(zeilen[0][spalte_aend], Zelle::Leer);
        assert_eq!(
            zeilen[2][pg.spalte_nr("Stichtag")],
            Zelle::Datum(d("2026-04-30"))
        );
        assert_eq!(zeilen[2][pg.spalte_nr("Prognose")], Zelle::Datum(monate(6)));
        assert_eq!(
            zeilen[2][spalte_abw],
            Zelle::Ganzzahl(monate(4).tage_bis(monate(6)))
        );
        assert_eq!(
            zeilen[2][spalte_aend],
            Zelle::Ganzzahl(monate(5).tage_bis(monate(6)))
        );
        assert_eq!(
            zeilen[2][pg.spalte_nr("Kommentar")],
            Zelle::Text("folgt der Schnittstelle".into())
        );

        let sb = blatt(&m, "Statusberichte");
        let stichtage: Vec<&Zelle> = sb.zeilen.iter().map(|z| &z[3]).collect();
        // Wohngeld ranks before Gewerbeanmeldung? Both have reports; inside Wohngeld newest first.
        let wohngeld: Vec<&Zelle> = sb
            .zeilen
            .iter()
            .filter(|z| z[1] == Zelle::Text("P-2026-001".into()))
            .map(|z| &z[3])
            .collect();
        assert_eq!(
            wohngeld,
            [
                &Zelle::Datum(d("2026-04-30")),
                &Zelle::Datum(d("2026-02-28"))
            ]
        );
        assert_eq!(stichtage.len(), 3);
        assert!(sb.zeilen.iter().all(|z| matches!(z[4], Zelle::Ampel(_))));
        let gewerbe = sb
            .zeilen
            .iter()
            .find(|z| z[1] == Zelle::Text("P-2026-004".into()))
            .unwrap();
        assert_eq!(
            gewerbe[sb.spalte_nr("Ampel Gesamt")],
            Zelle::Ampel(Ampel::Rot)
        );
        assert!(
            matches!(&gewerbe[sb.spalte_nr("Entscheidungsbedarf")], Zelle::Text(t) if t.contains("40.000 €"))
        );
    }

    #[test]
    fn abhaengigkeiten_mit_konflikt() {
        let plan = plan();
        let m = mappe(&plan, info(), d(HEUTE), None);
        let b = blatt(&m, "Abhaengigkeiten");
        let erste = &b.zeilen[0];
        assert_eq!(erste[0], Zelle::id("A", plan.abhaengigkeiten[0].id));
        assert_eq!(erste[1], Zelle::Text("P-2026-006 › Go-live".into()));
        assert_eq!(erste[2], Zelle::Text("P-2026-004 › Go-live".into()));
        assert_eq!(erste[3], Zelle::Text("Basiskomponente".into()));
        assert_eq!(erste[4], Zelle::Ganzzahl(3));
        let tage = d(HEUTE).plus_monate(3).tage_bis(d(HEUTE).plus_monate(5));
        assert_eq!(erste[6], Zelle::Ganzzahl(tage));
        assert!(
            matches!(&erste[7], Zelle::Text(t) if t.starts_with("Der Meilenstein „P-2026-004 › Go-live“"))
        );
        for z in &b.zeilen[1..] {
            assert_eq!(z[6], Zelle::Leer);
            assert_eq!(z[7], Zelle::Leer);
        }
        assert_eq!(b.zeilen[1][1], Zelle::Text("P-2025-014".into()));
    }

    #[test]
    fn priorisierung_je_kriterium() {
        let mut plan = plan();
        // One project unrated on criterion 5: 7 rated.
        plan.projekte[0].bewertungen.remove(&5);
        let m = mappe(&plan, info(), d(HEUTE), None);
        let b = blatt(&m, "Priorisierung");
        assert_eq!(b.zeilen[0][0], Zelle::Text("K1".into()));
        assert_eq!(b.zeilen[0][1], Zelle::Text("Strategische Bedeutung".into()));
        assert_eq!(b.zeilen[0][2], Zelle::Text("Strategie".into()));
        assert_eq!(b.zeilen[0][3], Zelle::prozent(25, 2));
        assert_eq!(b.zeilen[0][4], Zelle::prozent(250, 3));
        assert_eq!(b.zeilen[0][5], Zelle::Ganzzahl(8));
        // Strategie ratings 3, 3, 2, 3, 1, 3, 3, 2 → 20/8 = 2.5
        assert_eq!(b.zeilen[0][6], Zelle::dezimal(250, 2));
        assert_eq!(b.zeilen[4][5], Zelle::Ganzzahl(7));
        // Risiko without Wohngeld: 2, 2, 1, 3, 1, 3, 2 → 14/7 = 2
        assert_eq!(b.zeilen[4][6], Zelle::dezimal(200, 2));
        let p = blatt(&m, "Projekte");
        let wohngeld = format!("P{}", plan.projekte[0].id);
        assert_eq!(
            zelle(p, &wohngeld, "Bewertung: Geringes Umsetzungsrisiko"),
            &Zelle::Leer
        );

        let mut ohne = plan.clone();
        ohne.kriterien.iter_mut().for_each(|k| k.gewicht = 0);
        let m = mappe(&ohne, info(), d(HEUTE), None);
        assert_eq!(blatt(&m, "Priorisierung").zeilen[0][4], Zelle::Leer);
        assert_eq!(
            zelle(blatt(&m, "Projekte"), &wohngeld, "Prioritätswert"),
            &Zelle::Leer
        );
    }

    #[test]
    fn legende_erklaert_jeden_wert() {
        let mut plan = plan();
        plan.schwellen.gruen_bis_tage = 7;
        plan.schwellen.gelb_bis_tage = 45;
        let m = mappe(&plan, info(), d(HEUTE), None);
        let l = &m.legende;
        assert_eq!(&l[..5], &Legendeneintrag::ampeln()[..]);
        let werte = |merkmal: &str| -> Vec<&str> {
            l.iter()
                .filter(|e| e.merkmal == merkmal)
                .map(|e| e.wert.as_str())
                .collect()
        };
        assert_eq!(werte("Ampel-Dimension").len(), 5);
        assert_eq!(
            werte("Status"),
            [
                "geplant",
                "aktiv",
                "pausiert",
                "abgeschlossen",
                "abgebrochen"
            ]
        );
        assert_eq!(werte("Phase").len(), Phase::ALLE.len());
        assert_eq!(werte("Umsetzungsweg").len(), Umsetzungsweg::ALLE.len());
        assert_eq!(werte("Muss-Kriterium").len(), MussKriterium::ALLE.len());
        assert_eq!(werte("Priorität"), ["hoch", "mittel", "niedrig"]);
        assert_eq!(werte("Meilensteintyp").len(), Meilensteintyp::ALLE.len());
        assert_eq!(
            werte("Meilensteinstatus").len(),
            Meilensteinstatus::ALLE.len()
        );
        assert_eq!(
            werte("Abhängigkeitsart").len(),
            Abhaengigkeitsart::ALLE.len()
        );
        assert_eq!(werte("Kriteriengruppe").len(), Kriteriengruppe::ALLE.len());
        assert_eq!(werte("Stärke (0–3)"), ["0", "1", "2", "3"]);
        assert_eq!(werte("ID").len(), 5);
        // Every word in an enum column of a sheet is explained.
        for (blattname, spaltenname, merkmal) in [
            ("Projekte", "Status", "Status"),
            ("Projekte", "Phase", "Phase"),
            ("Projekte", "Umsetzungsweg", "Umsetzungsweg"),
            ("Projekte", "Priorität", "Priorität"),
            ("Meilensteine", "Typ", "Meilensteintyp"),
            ("Meilensteine", "Status", "Meilensteinstatus"),
            ("Abhaengigkeiten", "Art", "Abhängigkeitsart"),
            ("Priorisierung", "Gruppe", "Kriteriengruppe"),
        ] {
            let b = blatt(&m, blattname);
            let s = b.spalte_nr(spaltenname);
            for z in &b.zeilen {
                if let Zelle::Text(wort) = &z[s] {
                    assert!(
                        werte(merkmal).contains(&wort.as_str()),
                        "{wort} fehlt unter {merkmal}"
                    );
                }
            }
        }
        let berechnet = werte("Berechnete Spalte");
        for spaltenname in [
            "Terminverzug (Tage)",
            "Verzug (Tage)",
            "Vorschlag Termin-Ampel",
            "Termintreue",
            "Prioritätswert",
            "Rang",
            "Konflikt (Tage)",
            "Abweichung zum Basisplan (Tage)",
            "Änderung zur Vorprognose (Tage)",
            "Anteil am Gesamtgewicht",
        ] {
            assert!(berechnet.contains(&spaltenname), "{spaltenname}");
        }
        let vorschlag = l
            .iter()
            .find(|e| e.wert == "Vorschlag Termin-Ampel")
            .unwrap();
        assert!(
            vorschlag
                .bedeutung
                .contains("grün bis 7 Tage, gelb bis 45 Tage"),
            "{}",
            vorschlag.bedeutung
        );
        let stichtag = l.iter().find(|e| e.wert == "Stichtag").unwrap();
        assert!(stichtag.bedeutung.contains("17.05.2026"));
        assert!(l[5..].iter().all(|e| e.ampel.is_none()));
    }

    #[test]
    fn leerer_plan_gibt_leere_blaetter() {
        let plan = Multiprojektplan::default();
        let m = mappe(&plan, info(), d(HEUTE), None);
        assert_eq!(m.blaetter.len(), 6);
        assert!(m.blaetter[..5].iter().all(|b| b.zeilen.is_empty()));
        assert_eq!(m.blaetter[5].zeilen.len(), 5);
        assert!(xlsx::erstellen(&m).is_ok());
    }

    #[test]
    fn verwaiste_datensaetze_gehen_nicht_verloren() {
        let mut plan = plan();
        let id = plan.projekte[0].id;
        // Damaged data: the project is gone, its milestones and reports remain.
        plan.projekte.remove(0);
        let m = mappe(&plan, info(), d(HEUTE), None);
        let ms = blatt(&m, "Meilensteine");
        assert_eq!(ms.zeilen.len(), plan.meilensteine.len());
        let verwaist = plan.meilensteine.iter().find(|m| m.projekt == id).unwrap();
        let z = zeile(ms, &format!("M{}", verwaist.id));
        assert_eq!((&z[1], &z[2]), (&Zelle::Leer, &Zelle::Leer));
        assert_eq!(ms.zeilen.last().unwrap()[1], Zelle::Leer);
        assert_eq!(blatt(&m, "Statusberichte").zeilen.len(), 3);
    }

    #[test]
    fn excel_datei_enthaelt_die_werte() {
        let plan = plan();
        let stichtag = d(HEUTE);
        let m = mappe(&plan, info(), stichtag, None);
        let bytes = xlsx::erstellen(&m).expect("Excel-Datei");
        let mut datei: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("lesbar");
        let namen = datei.sheet_names();
        assert_eq!(
            namen,
            [
                "Info",
                "Projekte",
                "Meilensteine",
                "Abhaengigkeiten",
                "Statusberichte",
                "Prognosen",
                "Priorisierung",
                "Legende"
            ]
        );
        let projekte = datei.worksheet_range("Projekte").expect("Blatt Projekte");
        let b = blatt(&m, "Projekte");
        let wohngeld = plan
            .projekte
            .iter()
            .find(|p| p.titel == "Wohngeld digital")
            .unwrap();
        let z = 1 + b
            .zeilen
            .iter()
            .position(|z| z[0] == Zelle::id("P", wohngeld.id))
            .unwrap();
        assert_eq!(zellwert(&projekte, 0, 0), Data::String("ID".into()));
        assert_eq!(
            zellwert(&projekte, z, 0),
            Data::String(format!("P{}", wohngeld.id))
        );
        assert_eq!(
            zellwert(&projekte, z, b.spalte_nr("Budget")),
            Data::Float(1_250_000.5)
        );
        match zellwert(&projekte, z, b.spalte_nr("Start Plan")) {
            Data::DateTime(dt) => {
                let serial =
                    stichtag.plus_monate(-14).tagesnummer() - d("1899-12-30").tagesnummer();
                assert_eq!(dt.as_f64(), serial as f64);
            }
            andere => panic!("Datum erwartet, gefunden {andere:?}"),
        }
        assert_eq!(
            zellwert(&projekte, z, b.spalte_nr("Ampel Gesamt")),
            Data::String("gelb".into())
        );
        assert_eq!(
            zellwert(&projekte, z, b.spalte_nr("Ziel")),
            Data::String(FORMEL.into())
        );
        assert_eq!(
            zellwert(&projekte, z, b.spalte_nr("Prioritätswert")),
            Data::Float(0.9)
        );
        assert_eq!(
            zellwert(&projekte, z, b.spalte_nr("Meilensteine")),
            Data::Float(5.0)
        );
        assert_eq!(
            zellwert(&projekte, z, b.spalte_nr("Kapazitätsbedarf (VZÄ)")),
            Data::Float(3.5)
        );
        assert_eq!(zellwert(&projekte, z, b.spalte_nr("Ende Ist")), Data::Empty);
        let formeln = datei.worksheet_formula("Projekte").expect("Formeln lesbar");
        assert!(
            formeln.used_cells().all(|(_, _, f)| f.is_empty()),
            "keine Formeln"
        );

        let legende = datei.worksheet_range("Legende").expect("Blatt Legende");
        let texte: Vec<String> = legende
            .rows()
            .flat_map(|r| r.iter().map(|c| c.to_string()))
            .collect();
        assert!(texte.iter().any(|t| t == "Vorschlag Termin-Ampel"));
        assert!(texte.iter().any(|t| t == "Basiskomponente"));
    }
}
