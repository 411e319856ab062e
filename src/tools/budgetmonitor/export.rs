//! Export of the Budgetmonitor: one [`Mappe`] with the sheets Haushaltsstellen (the columns of a
//! Haushaltsüberwachungsliste, in HÜL order), Buchungen, VE, Monatsverlauf (with a native line
//! chart of the cumulative Plan / Ist / Prognose), Projekte_Finanzen, and the Legende of every
//! value and computed column.
//!
//! **Formulas.** Every derived figure is a live spreadsheet formula that also carries the value
//! the app computed ([`Zelle::Formel`]), so the file shows the right numbers before any
//! recalculation and a budget officer can trace and extend them: verfügbares Soll (`=H+I+J−K`),
//! frei, the quotas (`ROUND(…,3)`, the app's rounding), deviations, the expected Ausgaberest,
//! the Kapitel / Einzelplan / total rows (`SUBTOTAL(9,…)`, which ignores nested subtotal rows
//! and follows the autofilter), the cumulative columns of the monthly curve and the sums of VE
//! and project sheets. Entered amounts (Ansatz, Reste, …, Ist, gebunden, Prognose) are plain
//! numbers. The report covers the Haushaltsjahr and Berichtsstichtag of the settings; the
//! Stichtag is the Info sheet's "Stand".
//!
//! Formulas refer to cells by column position; the `H_…` constants and the column numbers in
//! the formulas of the other sheets follow the order in which the columns are declared.

use std::collections::HashMap;

use super::calc::{self, Ausgaberest, Baum, MassgeblichePrognose, Rahmen, Summen, Titelzeile};
use super::model::{
    Buchungsart, Budgetmonitor, Haushaltsstelle, Haushaltsvermerk, Prognosemethode, Tendenz,
};
use crate::export::{
    aufzaehlungen, spaltenname, zellbezug, Bereich, Blatt, Blattauswahl, Datenreihe, Diagramm,
    Diagrammart, Info, Legende, Legendeneintrag, Mappe, Tabelle, Zelle,
};
use crate::shared::format;
use crate::shared::sortieren::Sortieren;
use crate::shared::vokabular::Ampel;
use crate::tools::multiprojektplan::model::Multiprojektplan;

aufzaehlungen!(Haushaltsvermerk, Buchungsart, Prognosemethode, Tendenz);

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 5] = [
    "Haushaltsstellen",
    "Buchungen",
    "VE",
    "Monatsverlauf",
    "Projekte_Finanzen",
];

// Column positions on "Haushaltsstellen".
const H_ANSATZ: u16 = 7;
const H_SOLL: u16 = 11;
const H_IST: u16 = 12;
const H_GEBUNDEN: u16 = 13;
const H_PROGNOSE: u16 = 17;
const H_ABW: u16 = 18;
const H_PLAN: u16 = 26;
const H_FESTLEGUNGEN: u16 = 31;

/// The workbook. `projekte` resolves project ids to Projekt-ID and title; `rahmen` is the
/// report's Haushaltsjahr and Stichtag.
/// With `nur_blatt` only that data sheet is built (see [`Blattauswahl`]).
pub fn mappe(
    bm: &Budgetmonitor,
    projekte: &Multiprojektplan,
    mut info: Info,
    rahmen: Rahmen,
    nur_blatt: Option<usize>,
) -> Mappe {
    info.stand = Some(rahmen.stichtag);
    Mappe {
        info,
        blaetter: Blattauswahl::neu(nur_blatt)
            .blatt(|| haushaltsstellen(bm, &calc::baum(bm, rahmen)))
            .blatt(|| buchungen(bm, projekte, rahmen))
            .blatt(|| ves(bm, rahmen))
            .blatt(|| monatsverlauf(bm, rahmen))
            .blatt(|| projekte_finanzen(bm, projekte, rahmen))
            .fertig(),
        legende: legende(bm),
    }
}

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

/// A1 reference of column `s` in sheet row `z` (0 = header).
fn r(s: u16, z: u32) -> String {
    zellbezug(z, s)
}

/// `ROUND(zaehler/nenner,3)` or "–" when the denominator is 0, as the app computes it.
fn quote(zaehler: &str, nenner: &str, wert: Option<i64>) -> Zelle {
    let wert = wert.map_or(Zelle::Text("–".to_owned()), |w| Zelle::prozent(w, 3));
    Zelle::formel(
        format!("IF({nenner}=0,\"–\",ROUND({zaehler}/{nenner},3))"),
        wert,
    )
}

/// Where verfügbares Soll, Ist and gebunden stand on a sheet, for the formulas built on them.
#[derive(Clone, Copy)]
struct Mittelspalten {
    soll: u16,
    ist: u16,
    gebunden: u16,
}

impl Mittelspalten {
    /// "frei" of sheet row `z`: Soll − Ist − gebunden.
    fn frei(self, z: u32, wert: i64) -> Zelle {
        Zelle::formel(
            format!(
                "{}-{}-{}",
                r(self.soll, z),
                r(self.ist, z),
                r(self.gebunden, z)
            ),
            Zelle::Euro(wert),
        )
    }

    /// "Abfluss %" of sheet row `z`: Ist ÷ Soll.
    fn abfluss(self, z: u32, wert: Option<i64>) -> Zelle {
        quote(&r(self.ist, z), &r(self.soll, z), wert)
    }

    /// "Bindung %" of sheet row `z`: (Ist + gebunden) ÷ Soll.
    fn bindung(self, z: u32, wert: Option<i64>) -> Zelle {
        let zaehler = format!("({}+{})", r(self.ist, z), r(self.gebunden, z));
        quote(&zaehler, &r(self.soll, z), wert)
    }
}

/// Text of the Vermerke, e.g. "UEB, GSD".
fn vermerke(liste: &[Haushaltsvermerk]) -> String {
    let mut v = liste.to_vec();
    v.sortiere();
    v.dedup();
    v.iter().map(|v| v.name()).collect::<Vec<_>>().join(", ")
}

fn rest_text(rest: Ausgaberest) -> &'static str {
    match rest {
        Ausgaberest::Keiner => "kein Rest",
        Ausgaberest::Uebertragbar(..) => "übertragbar",
        Ausgaberest::Verfaellt(_) => "verfällt",
        Ausgaberest::Mehrbedarf(_) => "Mehrbedarf",
    }
}

// ---------------------------------------------------------------------------------------------
// Haushaltsstellen
// ---------------------------------------------------------------------------------------------

/// A row of "Haushaltsstellen": one Titel, or the subtotal of a Kapitel, an Einzelplan or the
/// year.
struct Stellenzeile<'a> {
    summen: &'a Summen,
    art: Stellenart<'a>,
}

/// What a row of "Haushaltsstellen" shows.
enum Stellenart<'a> {
    /// A Titel with its figures.
    Titel(&'a Haushaltsstelle, &'a Titelzeile),
    /// A subtotal.
    Summe(Summenzeile<'a>),
}

/// A subtotal row: its ID ("Kap 0601"), Einzelplan and Kapitel, its name in the column
/// Zweckbestimmung, its Ebene, and the sheet rows `von..=bis` it adds up.
struct Summenzeile<'a> {
    id: String,
    einzelplan: &'a str,
    kapitel: &'a str,
    bezeichnung: String,
    ebene: &'static str,
    von: u32,
    bis: u32,
}

impl<'a> Stellenzeile<'a> {
    /// The Haushaltsstelle and figures of a Titel row.
    fn titel(&self) -> Option<(&'a Haushaltsstelle, &'a Titelzeile)> {
        match self.art {
            Stellenart::Titel(h, t) => Some((h, t)),
            Stellenart::Summe(_) => None,
        }
    }

    /// The Haushaltsstelle of a Titel row.
    fn stelle(&self) -> Option<&'a Haushaltsstelle> {
        self.titel().map(|(h, _)| h)
    }

    /// The forecast that counts for a Titel row, if it has one.
    fn prognose(&self) -> Option<&'a MassgeblichePrognose> {
        self.titel().and_then(|(_, t)| t.prognose.as_ref())
    }

    /// An entered amount: a plain number on a Titel row, `SUBTOTAL` over the rows of a subtotal.
    fn betrag(&self, spalte: u16, wert: i64) -> Zelle {
        match &self.art {
            Stellenart::Titel(..) => Zelle::Euro(wert),
            Stellenart::Summe(s) => Zelle::formel(
                format!("SUBTOTAL(9,{}:{})", r(spalte, s.von), r(spalte, s.bis)),
                Zelle::Euro(wert),
            ),
        }
    }

    /// A cell only rows with a forecast have.
    fn mit_prognose(&self, zelle: impl FnOnce() -> Zelle) -> Zelle {
        if self.summen.hat_prognose {
            zelle()
        } else {
            Zelle::Leer
        }
    }
}

/// The rows of the tree: each Kapitel's Titel followed by its subtotal, each Einzelplan closed
/// by its subtotal, the year's total last.
fn stellenzeilen<'a>(bm: &'a Budgetmonitor, baum: &'a Baum) -> Vec<Stellenzeile<'a>> {
    let mut zeilen: Vec<Stellenzeile<'a>> = Vec::new();
    // Sheet row of the next data row.
    let naechste = |zeilen: &Vec<Stellenzeile<'a>>| zeilen.len() as u32 + 1;
    let summe = |summen, zeile| Stellenzeile {
        summen,
        art: Stellenart::Summe(zeile),
    };
    for e in &baum.einzelplaene {
        let ep_von = naechste(&zeilen);
        for k in &e.kapitel {
            let kap_von = naechste(&zeilen);
            let mut tg_von = kap_von;
            let mut tg_vorher = "";
            for teil in k.teile() {
                match teil {
                    calc::Kapitelteil::Titel(t) => {
                        if t.titelgruppe != tg_vorher {
                            tg_von = naechste(&zeilen);
                            tg_vorher = &t.titelgruppe;
                        }
                        if let Some(h) = bm.haushaltsstelle(t.haushaltsstelle) {
                            zeilen.push(Stellenzeile {
                                summen: &t.summen,
                                art: Stellenart::Titel(h, t),
                            });
                        }
                    }
                    calc::Kapitelteil::Titelgruppe(g) => {
                        let zeile = Summenzeile {
                            id: format!("TG {} {}", k.kapitel, g.titelgruppe),
                            einzelplan: &e.einzelplan,
                            kapitel: &k.kapitel,
                            bezeichnung: format!(
                                "Summe Titelgruppe {} (Kapitel {})",
                                g.titelgruppe, k.kapitel
                            ),
                            ebene: "Titelgruppe",
                            von: tg_von,
                            bis: naechste(&zeilen) - 1,
                        };
                        zeilen.push(summe(&g.summen, zeile));
                    }
                }
            }
            let (id, bezeichnung) = if k.kapitel.is_empty() {
                (
                    "Summe frei".to_owned(),
                    "Summe freie Haushaltsstellen".to_owned(),
                )
            } else {
                (
                    format!("Kap {}", k.kapitel),
                    format!("Summe Kapitel {}", k.kapitel),
                )
            };
            let zeile = Summenzeile {
                id,
                einzelplan: &e.einzelplan,
                kapitel: &k.kapitel,
                bezeichnung,
                ebene: "Kapitel",
                von: kap_von,
                bis: naechste(&zeilen) - 1,
            };
            zeilen.push(summe(&k.summen, zeile));
        }
        if !e.einzelplan.is_empty() {
            let zeile = Summenzeile {
                id: format!("EP {}", e.einzelplan),
                einzelplan: &e.einzelplan,
                kapitel: "",
                bezeichnung: format!("Summe Einzelplan {}", e.einzelplan),
                ebene: "Einzelplan",
                von: ep_von,
                bis: naechste(&zeilen) - 1,
            };
            zeilen.push(summe(&e.summen, zeile));
        }
    }
    if !zeilen.is_empty() {
        let zeile = Summenzeile {
            id: "Gesamt".to_owned(),
            einzelplan: "",
            kapitel: "",
            bezeichnung: format!("Gesamtsumme Haushaltsjahr {}", baum.rahmen.jahr),
            ebene: "Gesamt",
            von: 1,
            bis: naechste(&zeilen) - 1,
        };
        zeilen.push(summe(&baum.gesamt, zeile));
    }
    zeilen
}

fn haushaltsstellen(bm: &Budgetmonitor, baum: &Baum) -> Blatt {
    use Stellenart::{Summe, Titel};
    let mittel = Mittelspalten {
        soll: H_SOLL,
        ist: H_IST,
        gebunden: H_GEBUNDEN,
    };
    Tabelle::neu(BLAETTER[0], stellenzeilen(bm, baum))
        .spalte("ID", |z| match &z.art {
            Titel(h, _) => Zelle::id("H", h.id),
            Summe(s) => Zelle::Text(s.id.clone()),
        })
        .text("EP", |z| match &z.art {
            Titel(h, _) => &h.einzelplan,
            Summe(s) => s.einzelplan,
        })
        .text("Kapitel", |z| match &z.art {
            Titel(h, _) => &h.kapitel,
            Summe(s) => s.kapitel,
        })
        .text("Titel", |z| z.stelle().map_or("", |h| &h.titel))
        .text("TG", |z| z.stelle().map_or("", |h| &h.titelgruppe))
        .spalte("Zweckbestimmung", |z| match &z.art {
            Titel(h, _) => Zelle::text(&h.zweckbestimmung),
            Summe(s) => Zelle::Text(s.bezeichnung.clone()),
        })
        .text("Vermerke", |z| {
            z.stelle().map_or(String::new(), |h| vermerke(&h.vermerke))
        })
        .spalte("Ansatz", |z| z.betrag(H_ANSATZ, z.summen.ansatz))
        .spalte("Reste", |z| z.betrag(H_ANSATZ + 1, z.summen.reste))
        .spalte("Mittelumsetzungen", |z| {
            z.betrag(H_ANSATZ + 2, z.summen.zuweisungen)
        })
        .spalte("Sperren", |z| z.betrag(H_ANSATZ + 3, z.summen.sperren))
        .formel("verf. Soll", |nr, z| {
            let [ansatz, reste, zuweisungen, sperren] = [0, 1, 2, 3].map(|s| r(H_ANSATZ + s, nr));
            Zelle::formel(
                format!("{ansatz}+{reste}+{zuweisungen}-{sperren}"),
                Zelle::Euro(z.summen.soll()),
            )
        })
        .spalte("Ist", |z| z.betrag(H_IST, z.summen.ist))
        .spalte("gebunden", |z| z.betrag(H_GEBUNDEN, z.summen.gebunden))
        .formel("frei", |nr, z| mittel.frei(nr, z.summen.frei()))
        .formel("Abfluss %", |nr, z| {
            mittel.abfluss(nr, z.summen.abflussquote())
        })
        .formel("Bindung %", |nr, z| {
            mittel.bindung(nr, z.summen.bindungsquote())
        })
        .spalte("Prognose", |z| {
            z.mit_prognose(|| z.betrag(H_PROGNOSE, z.summen.prognose))
        })
        .formel("Abw. €", |nr, z| {
            z.mit_prognose(|| {
                Zelle::formel(
                    format!("{}-{}", r(H_PROGNOSE, nr), r(H_SOLL, nr)),
                    Zelle::Euro(z.summen.abweichung().unwrap_or(0)),
                )
            })
        })
        .formel("Abw. %", |nr, z| {
            z.mit_prognose(|| {
                quote(
                    &r(H_ABW, nr),
                    &r(H_SOLL, nr),
                    z.summen.abweichung_promille(),
                )
            })
        })
        .text("Tendenz", |z| z.prognose().map_or("", |p| p.tendenz.name()))
        .ampel("Ampel", |z| match &z.art {
            Titel(_, t) => t.ampel,
            Summe(_) => calc::bewerte(z.summen, bm.toleranz_gruen, bm.toleranz_gelb),
        })
        .text("Erläuterung", |z| {
            z.prognose().map_or("", |p| &p.erlaeuterung)
        })
        .spalte("Haushaltsstelle", |z| {
            z.stelle()
                .map_or(Zelle::Leer, |h| Zelle::Text(h.bezeichnung()))
        })
        .wort("Prognosemethode", |z| z.prognose().map(|p| p.methode))
        .euro("statische Hochrechnung", |z| {
            z.titel().and_then(|(_, t)| t.hochrechnung)
        })
        .spalte("Soll-Abfluss bis Stichtag", |z| {
            z.betrag(H_PLAN, z.summen.plan_bis_stichtag)
        })
        .formel("Ist − Soll-Abfluss", |nr, z| {
            Zelle::formel(
                format!("{}-{}", r(H_IST, nr), r(H_PLAN, nr)),
                Zelle::Euro(z.summen.abfluss_abweichung()),
            )
        })
        .formel("vorauss. Ausgaberest", |nr, z| {
            z.mit_prognose(|| {
                Zelle::formel(
                    format!("{}-{}", r(H_SOLL, nr), r(H_PROGNOSE, nr)),
                    Zelle::Euro(z.summen.soll() - z.summen.prognose),
                )
            })
        })
        .text("Behandlung Ausgaberest", |z| {
            z.titel().map_or("", |(_, t)| rest_text(t.ausgaberest))
        })
        .text("Ebene", |z| match &z.art {
            Titel(..) => "Titel",
            Summe(s) => s.ebene,
        })
        .spalte("Festlegungen (offen)", |z| {
            z.betrag(H_FESTLEGUNGEN, z.summen.festlegungen)
        })
        .spalte("Vorbindungen (offen)", |z| {
            z.betrag(H_FESTLEGUNGEN + 1, z.summen.vorbindungen)
        })
        .spalte("Reste ohne Einwilligung BMF", |z| {
            z.betrag(H_FESTLEGUNGEN + 2, z.summen.reste_ohne_einwilligung)
        })
        .text("FKZ", |z| z.stelle().map_or("", |h| &h.funktionskennzahl))
        .text("Bewirtschafter", |z| {
            z.stelle().map_or("", |h| &h.bewirtschafter)
        })
        .text("Deckungskreis", |z| {
            z.stelle().map_or("", |h| &h.deckungskreis)
        })
        .text("Hinweise", |z| match &z.art {
            Titel(_, t) => t.hinweise.join("; "),
            Summe(_) => calc::hinweis_frei(z.summen).unwrap_or_default(),
        })
        .blatt()
}

// ---------------------------------------------------------------------------------------------
// Buchungen
// ---------------------------------------------------------------------------------------------

fn buchungen(bm: &Budgetmonitor, projekte: &Multiprojektplan, rahmen: Rahmen) -> Blatt {
    let ausw = calc::Auswertung::neu(bm, rahmen.stichtag);
    let stellen = calc::stellen_des_jahres(bm, rahmen.jahr);
    let reihenfolge: HashMap<u32, usize> =
        stellen.iter().enumerate().map(|(i, h)| (h.id, i)).collect();
    let mut liste: Vec<_> = bm
        .buchungen
        .iter()
        .filter(|b| reihenfolge.contains_key(&b.haushaltsstelle))
        .collect();
    liste.sortiere_nach_schluessel(|b| (reihenfolge[&b.haushaltsstelle], b.datum, b.id));
    let stelle_von: HashMap<u32, &Haushaltsstelle> = stellen.iter().map(|h| (h.id, *h)).collect();
    let ansatz_von: HashMap<u32, &crate::tools::budgetmonitor::model::Ansatz> =
        bm.ansaetze.iter().map(|a| (a.id, a)).collect();
    let zeilen = liste.into_iter().map(|b| {
        let h = stelle_von.get(&b.haushaltsstelle).copied();
        let ansatz = b.ansatz.and_then(|a| ansatz_von.get(&a).copied());
        let projekt = ansatz
            .and_then(|a| a.projekt)
            .and_then(|p| projekte.projekt(p));
        (b, h, ansatz, projekt)
    });
    Tabelle::neu(BLAETTER[1], zeilen)
        .id("ID", "B", |(b, ..)| b.id)
        .ganzzahl("Haushaltsjahr", |(_, h, ..)| h.map(|h| h.haushaltsjahr))
        .spalte("Haushaltsstelle", |(_, h, ..)| {
            h.map_or(Zelle::Leer, |h| Zelle::Text(h.bezeichnung()))
        })
        .datum("Datum", |(b, ..)| b.datum)
        .wort("Art", |(b, ..)| b.art)
        .euro("Betrag", |(b, ..)| b.betrag)
        .euro("wirksamer Betrag", |(b, ..)| match b.art {
            Buchungsart::Storno => None,
            _ => ausw.wirksam.get(&b.id).copied(),
        })
        .euro("davon offen (gebunden)", |(b, ..)| {
            ausw.offen.get(&b.id).copied()
        })
        .spalte("Bezug", |(b, ..)| {
            b.bezug.map_or(Zelle::Leer, |z| Zelle::id("B", z))
        })
        .text("Auftrag/Vertrag", |(b, ..)| &b.vertrag)
        .spalte("VE", |(b, ..)| {
            b.ve.map_or(Zelle::Leer, |v| Zelle::id("VE", v))
        })
        .ganzzahl("Fälligkeit (HJ)", |(b, ..)| b.faelligkeit)
        .text("Projekt-ID", |(.., p)| p.map_or("", |p| &p.kennung))
        .text("Projekttitel", |(.., p)| p.map_or("", |p| &p.titel))
        .text("Finanzierungsquelle", |(_, _, a, _)| {
            bm.quellenname(a.and_then(|a| a.quelle))
        })
        .text("Beleg", |(b, ..)| &b.beleg)
        .wahr("zählt zum Stichtag", |(b, ..)| {
            b.datum.is_some_and(|d| d <= rahmen.stichtag)
        })
        .blatt()
}

// ---------------------------------------------------------------------------------------------
// VE
// ---------------------------------------------------------------------------------------------

fn ves(bm: &Budgetmonitor, rahmen: Rahmen) -> Blatt {
    let j = rahmen.jahr;
    let mut blatt = Tabelle::neu(BLAETTER[2], calc::ve_zeilen(bm, rahmen))
        .id("ID", "VE", |(ve, _)| ve.id)
        .spalte("Haushaltsstelle", |(ve, _)| {
            bm.haushaltsstelle(ve.haushaltsstelle)
                .map_or(Zelle::Leer, |h| Zelle::Text(h.bezeichnung()))
        })
        .text("Bezeichnung", |(ve, _)| &ve.bezeichnung)
        .euro("VE-Ansatz", |(_, z)| z.ansatz)
        .euro("in Anspruch genommen", |(_, z)| z.in_anspruch)
        .formel("VE frei", |nr, (_, z)| {
            Zelle::formel(format!("{}-{}", r(3, nr), r(4, nr)), Zelle::Euro(z.frei()))
        })
        .je(1..=3, |t, k| {
            t.euro(format!("Vorbelastung {}", j + k), move |(_, z)| {
                z.vorbelastung.get(&(j + k)).copied().unwrap_or(0)
            })
        })
        .euro(format!("Vorbelastung ab {}", j + 4), |(_, z)| {
            z.vorbelastung
                .iter()
                .filter(|(jahr, _)| **jahr >= j + 4)
                .map(|(_, b)| b)
                .sum::<i64>()
        })
        .text("geplante Fälligkeiten", |(ve, _)| {
            ve.faelligkeiten
                .iter()
                .map(|(jahr, b)| format!("{jahr}: {}", format::euro(*b)))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .text("Abweichung vom Jahresbetrag", |(_, z)| {
            z.abweichungen()
                .iter()
                .map(calc::VeAbweichung::text)
                .collect::<Vec<_>>()
                .join("; ")
        })
        .blatt();
    let bis = blatt.zeilen.len() as u32;
    if bis > 0 {
        let mut summe = vec![Zelle::Text("Summe".to_owned()), Zelle::Leer, Zelle::Leer];
        for s in 3..10_u16 {
            let wert: i64 = blatt
                .zeilen
                .iter()
                .map(|z| match z[s as usize].wert() {
                    Zelle::Euro(c) => *c,
                    _ => 0,
                })
                .sum();
            summe.push(Zelle::formel(
                format!("SUM({}:{})", r(s, 1), r(s, bis)),
                Zelle::Euro(wert),
            ));
        }
        blatt.zeilen.push(summe);
    }
    blatt
}

// ---------------------------------------------------------------------------------------------
// Monatsverlauf
// ---------------------------------------------------------------------------------------------

const MONATSNAMEN: [&str; 12] = [
    "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez",
];

fn monatsverlauf(bm: &Budgetmonitor, rahmen: Rahmen) -> Blatt {
    let stellen = calc::stellen_des_jahres(bm, rahmen.jahr);
    let alle: Vec<u32> = stellen.iter().map(|h| h.id).collect();
    let ausw = calc::Auswertung::neu(bm, rahmen.stichtag);
    let mut bloecke: Vec<(String, String, Vec<calc::Monatswert>)> = vec![(
        "Gesamt".to_owned(),
        format!("Alle Haushaltsstellen {}", rahmen.jahr),
        calc::monatsverlauf_mit(bm, rahmen, &alle, &ausw),
    )];
    for h in &stellen {
        bloecke.push((
            format!("H{}", h.id),
            h.bezeichnung(),
            calc::monatsverlauf_mit(bm, rahmen, &[h.id], &ausw),
        ));
    }
    // Rows of the Haushaltsstellen blocks, for the SUMIFS of the total block.
    let erste = 13_u32;
    let letzte = 12 * bloecke.len() as u32;
    let mit_stellen = bloecke.len() > 1;
    // Plan and Ist of the total block add up the same month of every Haushaltsstelle.
    let summe_ueber = |block: usize, z: u32, s: u16, wert: Zelle| {
        if block == 0 && mit_stellen {
            let c = spaltenname(s);
            Zelle::formel(
                format!(
                    "SUMIFS(${c}${a}:${c}${b},$C${a}:$C${b},C{z1})",
                    a = erste + 1,
                    b = letzte + 1,
                    z1 = z + 1
                ),
                wert,
            )
        } else {
            wert
        }
    };
    // The previous month's cumulative value plus this month's; January starts the sum.
    let kumuliert = |w: &calc::Monatswert, z: u32, s: u16, quelle: u16, wert: i64| {
        if w.monat == 1 {
            Zelle::formel(r(quelle, z), Zelle::Euro(wert))
        } else {
            Zelle::formel(
                format!("{}+{}", r(s, z - 1), r(quelle, z)),
                Zelle::Euro(wert),
            )
        }
    };
    let zeilen = bloecke
        .iter()
        .enumerate()
        .flat_map(|(block, (id, name, werte))| werte.iter().map(move |w| (block, id, name, w)));
    let blatt = Tabelle::neu(BLAETTER[3], zeilen)
        .spalte("ID", |(_, id, _, w)| {
            Zelle::Text(format!("{id}-{:02}", w.monat))
        })
        .spalte("Haushaltsstelle", |(_, _, name, _)| {
            Zelle::Text((*name).clone())
        })
        .spalte("Monat", |(.., w)| {
            let monat = MONATSNAMEN[w.monat as usize - 1];
            Zelle::Text(format!("{monat} {}", rahmen.jahr))
        })
        .formel("Plan", |nr, &(block, .., w)| {
            summe_ueber(block, nr, 3, Zelle::Euro(w.plan))
        })
        .formel("Ist", |nr, &(block, .., w)| {
            w.ist
                .map_or(Zelle::Leer, |i| summe_ueber(block, nr, 4, Zelle::Euro(i)))
        })
        .formel("Plan kumuliert", |nr, (.., w)| {
            kumuliert(w, nr, 5, 3, w.plan_kumuliert)
        })
        .formel("Ist kumuliert", |nr, (.., w)| {
            w.ist_kumuliert
                .map_or(Zelle::Leer, |i| kumuliert(w, nr, 6, 4, i))
        })
        .euro("Prognose kumuliert", |(.., w)| w.prognose_kumuliert)
        .blatt();
    let reihe = |name: &str, spalte: u16| Datenreihe {
        name: name.to_owned(),
        werte: Bereich {
            spalte,
            von: 1,
            bis: 12,
        },
    };
    Blatt {
        diagramme: vec![Diagramm {
            art: Diagrammart::Linie,
            titel: format!(
                "Mittelabfluss {} kumuliert: Plan, Ist, Prognose",
                rahmen.jahr
            ),
            kategorien: Bereich {
                spalte: 2,
                von: 1,
                bis: 12,
            },
            reihen: vec![
                reihe("Plan kumuliert", 5),
                reihe("Ist kumuliert", 6),
                reihe("Prognose kumuliert", 7),
            ],
            x_achse: "Monat".to_owned(),
            y_achse: "Euro".to_owned(),
            y_zahlenformat: "#,##0 \"€\"".to_owned(),
            anker: (1, 9),
        }],
        ..blatt
    }
}

// ---------------------------------------------------------------------------------------------
// Projekte_Finanzen
// ---------------------------------------------------------------------------------------------

fn projekte_finanzen(bm: &Budgetmonitor, projekte: &Multiprojektplan, rahmen: Rahmen) -> Blatt {
    let mittel = Mittelspalten {
        soll: 5,
        ist: 6,
        gebunden: 7,
    };
    let zeilen = calc::projektfinanzen(bm, rahmen.stichtag)
        .into_iter()
        .map(|p| (p.projekt.and_then(|id| projekte.projekt(id)), p));
    let ohne = |id: Option<u32>| id.map_or("ohne".to_owned(), |id| id.to_string());
    Tabelle::neu(BLAETTER[4], zeilen)
        .spalte("ID", |(_, p)| {
            let id = format!("PF{}-{}-{}", ohne(p.projekt), p.jahr, ohne(p.quelle));
            Zelle::Text(id)
        })
        .spalte("Projekt-ID", |(projekt, p)| match (p.projekt, projekt) {
            (None, _) => Zelle::Text("ohne Projektzuordnung".to_owned()),
            (Some(_), Some(pr)) => Zelle::text(&pr.kennung),
            (Some(id), None) => {
                Zelle::Text(crate::shared::text::geloescht("Projekt", &id.to_string()))
            }
        })
        .text("Projekttitel", |(projekt, _)| {
            projekt.map_or("", |p| &p.titel)
        })
        .ganzzahl("Haushaltsjahr", |(_, p)| p.jahr)
        .text("Finanzierungsquelle", |(_, p)| bm.quellenname(p.quelle))
        .euro("verf. Soll", |(_, p)| p.soll)
        .euro("Ist", |(_, p)| p.ist)
        .euro("gebunden", |(_, p)| p.gebunden)
        .formel("frei", |nr, (_, p)| {
            mittel.frei(nr, p.soll - p.ist - p.gebunden)
        })
        .formel("Abfluss %", |nr, (_, p)| {
            mittel.abfluss(nr, calc::promille(p.ist, p.soll))
        })
        .formel("Bindung %", |nr, (_, p)| {
            mittel.bindung(nr, calc::promille(p.ist + p.gebunden, p.soll))
        })
        .euro("Festlegungen (offen)", |(_, p)| p.festlegungen)
        .euro("Vorbindungen (offen)", |(_, p)| p.vorbindungen)
        .blatt()
}

// ---------------------------------------------------------------------------------------------
// Legende
// ---------------------------------------------------------------------------------------------

fn prozent(promille: u32) -> String {
    format::dezimal(i64::from(promille), 1) + " %"
}

fn legende(bm: &Budgetmonitor) -> Vec<Legendeneintrag> {
    let mut l = Legende::neu();
    l.aufzaehlung("Vermerke", Haushaltsvermerk::ALLE);
    l.aufzaehlung("Art", Buchungsart::ALLE);
    l.aufzaehlung("Prognosemethode", Prognosemethode::ALLE);
    let mit_tendenz = Tendenz::ALLE.iter().filter(|t| **t != Tendenz::Keine);
    l.aufzaehlung("Tendenz", mit_tendenz);
    let quelle = "Finanzierungsquelle (Katalog in den Einstellungen)";
    l.gruppe(
        "Finanzierungsquelle",
        bm.quellen.iter().map(|q| (&q.name, quelle)),
    );
    let (g, y) = (prozent(bm.toleranz_gruen), prozent(bm.toleranz_gelb));
    l.ampel(Ampel::Gruen, format!("Prognose unter dem verf. Soll, |Abw. %| höchstens {g}"))
        .ampel(Ampel::Gelb, format!("Prognose unter dem verf. Soll mit |Abw. %| über {g}, höchstens {y}; oder jeder Mehrbedarf bis {y} oder durch den Deckungskreis gedeckt (nie grün: {})", calc::HINWEIS_MEHRBEDARF))
        .ampel(Ampel::Rot, format!("|Abw. %| über {y}, bei Mehrbedarf ohne Deckung im Deckungskreis"))
        .ampel(
            Ampel::Grau,
            "nicht bewertet: kein verfügbares Soll, oder weder eine erfasste Prognose noch ein Monatsplan für die automatische Prognose",
        );
    l.gruppe("Behandlung Ausgaberest", [
        ("übertragbar", "voraussichtlicher Ausgaberest wird übertragen: kraft Gesetzes bei Investitionen (Hauptgruppen 7 und 8) und Ausgaben aus zweckgebundenen Einnahmen (§ 19 Abs. 1 Satz 1 BHO), sonst mit Vermerk UEB oder als flexibilisierter Titel"),
        ("verfällt", "voraussichtlicher Ausgaberest verfällt am Jahresende (Titel nicht übertragbar)"),
        ("Mehrbedarf", "Prognose über dem verfügbaren Soll"),
        ("kein Rest", "Prognose gleich verfügbarem Soll oder keine Prognose"),
    ]);
    l.gruppe("Spalte", [
        ("verf. Soll", "Ansatz + Reste + Mittelumsetzungen − Sperren (Formel); Reste nur mit Einwilligung des BMF (§ 45 Abs. 3 BHO); Mittelumsetzungen des Ansatzes und der Buchungen"),
        ("Ist", "Σ wirksame Zahlungen bis zum Stichtag (nach Storno/Rückfluss)"),
        ("gebunden", "Festlegungen (offen) + Vorbindungen (offen): Betrag − Σ Zahlungen und Festlegungen, die auf sie verweisen, nie unter 0"),
        ("Festlegungen (offen)", "rechtlich bindende Verpflichtungen (Auftrag, Vertrag), noch nicht gezahlt"),
        ("Vorbindungen (offen)", "reservierte Mittel ohne rechtliche Verpflichtung"),
        ("Reste ohne Einwilligung BMF", "Ausgabereste, in deren Inanspruchnahme das BMF noch nicht eingewilligt hat (§ 45 Abs. 3 BHO); nicht im verf. Soll"),
        ("frei", "verf. Soll − Ist − gebunden (Formel); negativ = überzogen (siehe Hinweise)"),
        ("Hinweise", "Mehrbedarf (Deckung oder § 37 BHO), negatives frei, Reste ohne Einwilligung, nicht bewertet, Deckung im Deckungskreis"),
        ("Abweichung vom Jahresbetrag", "VE-Inanspruchnahmen je Fälligkeitsjahr gegenüber den geplanten Jahresbeträgen (§ 16 BHO); nicht in Anspruch genommene VE verfallen mit dem Ende des Haushaltsjahres"),
        ("Abfluss %", "Ist ÷ verf. Soll, auf 0,1 % gerundet (Formel; „–“ ohne Soll)"),
        ("Bindung %", "(Ist + gebunden) ÷ verf. Soll, auf 0,1 % gerundet (Formel)"),
        ("Prognose", "maßgebliche Prognose: die letzte erfasste zum oder vor dem Stichtag, sonst mit Monatsplan automatisch Ist + gebunden + noch nicht gebundener Rest des Monatsplans, sonst keine (nicht bewertet)"),
        ("Abw. €", "Prognose − verf. Soll (Formel)"),
        ("Abw. %", "Abw. € ÷ verf. Soll, auf 0,1 % gerundet (Formel)"),
        ("statische Hochrechnung", "Ist × 12 ÷ vergangene Monate, nur zur Information; vergangene Monate = volle Monate vor dem Stichtag + vergangene Tage des Stichtagsmonats (15.05. → 4 + 15/31)"),
        ("Soll-Abfluss bis Stichtag", "Σ Monatsplan der vollen Monate + Tagesanteil des Stichtagsmonats; ohne Monatsplan ebenso aus dem gleichmäßig verteilten verf. Soll (volle Euro je Monat, Rest im Dezember)"),
        ("vorauss. Ausgaberest", "verf. Soll − Prognose (Formel)"),
        ("Ebene", "Titel, Kapitel, Einzelplan oder Gesamt; Summenzeilen rechnen mit TEILERGEBNIS (SUBTOTAL) und folgen dem Autofilter"),
        ("wirksamer Betrag", "Betrag abzüglich Stornos, die auf die Buchung verweisen"),
        ("zählt zum Stichtag", "ja, wenn das Buchungsdatum am oder vor dem Berichtsstichtag liegt"),
        ("Vorbelastung", "Σ VE-Inanspruchnahmen je Fälligkeitsjahr"),
        ("VE frei", "VE-Ansatz − in Anspruch genommen (Formel)"),
        ("Prognose kumuliert", "ab dem Stichtagsmonat linear vom kumulierten Ist zur Prognose im Dezember"),
    ]);
    l.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::datum::Datum;
    use crate::tools::budgetmonitor::examples::beispiel;

    pub(crate) fn info() -> Info {
        Info {
            behoerde: "BMI".into(),
            ressort: "BMI".into(),
            ..crate::export::testhilfe::info("Budgetmonitor", Datum::neu(2026, 7, 1).unwrap())
        }
    }

    fn f(zelle: &Zelle) -> (&str, &Zelle) {
        match zelle {
            Zelle::Formel { formel, wert } => (formel.as_str(), wert.as_ref()),
            anders => panic!("Formel erwartet, gefunden {anders:?}"),
        }
    }

    #[test]
    fn haushaltsstellen_mit_formeln_und_summen() {
        let bm = beispiel(2026, |_, _| None);
        let rahmen = Rahmen::von(&bm, Datum::neu(2000, 1, 1).unwrap());
        let m = mappe(&bm, &Multiprojektplan::default(), info(), rahmen, None);
        assert_eq!(m.info.stand, Datum::neu(2026, 6, 30));
        let names: Vec<&str> = m.blaetter.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, BLAETTER);
        let h = &m.blaetter[0];
        // 0601/526 01, Summe Kapitel 0601, 632 01, 532 01, 812 01, Summe TG 55, Summe 0634,
        // EP 06, Gesamt.
        let ids: Vec<String> = h
            .zeilen
            .iter()
            .map(|z| match &z[0] {
                Zelle::Text(t) => t.clone(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(ids.len(), 9);
        assert_eq!(&ids[1], "Kap 0601");
        assert_eq!(&ids[5], "TG 0634 55");
        assert_eq!(&ids[6], "Kap 0634");
        assert_eq!(&ids[7], "EP 06");
        assert_eq!(&ids[8], "Gesamt");
        // Row 4 (sheet row 5): 532 01.
        let z = &h.zeilen[3];
        assert_eq!(z[3], Zelle::Text("532 01".into()));
        assert_eq!(z[6], Zelle::Text("UEB, GSD".into()));
        assert_eq!(f(&z[11]), ("H5+I5+J5-K5", &Zelle::Euro(270_000_000)));
        assert_eq!(z[12], Zelle::Euro(52_234_567));
        assert_eq!(z[13], Zelle::Euro(72_000_000));
        assert_eq!(
            f(&z[14]),
            (
                "L5-M5-N5",
                &Zelle::Euro(270_000_000 - 52_234_567 - 72_000_000)
            )
        );
        assert_eq!(
            f(&z[15]),
            ("IF(L5=0,\"–\",ROUND(M5/L5,3))", &Zelle::prozent(193, 3))
        );
        assert_eq!(f(&z[16]).1, &Zelle::prozent(460, 3));
        assert_eq!(z[17], Zelle::Euro(250_000_000));
        assert_eq!(f(&z[18]), ("R5-L5", &Zelle::Euro(-20_000_000)));
        assert_eq!(f(&z[19]).1, &Zelle::prozent(-74, 3));
        assert_eq!(z[20], Zelle::Text("schlechter ↓".into()));
        assert_eq!(z[21], Zelle::Ampel(Ampel::Gelb));
        assert_eq!(z[23], Zelle::Text("0634/532 01".into()));
        assert_eq!(z[26], Zelle::Euro(90_000_000));
        assert_eq!(f(&z[28]), ("L5-R5", &Zelle::Euro(20_000_000)));
        assert_eq!(z[29], Zelle::Text("übertragbar".into()));
        assert_eq!(z[30], Zelle::Text("Titel".into()));
        // Festlegungen and Vorbindungen apart, FKZ, Bewirtschafter, Deckungskreis.
        assert_eq!(z[31], Zelle::Euro(57_000_000));
        assert_eq!(z[32], Zelle::Euro(15_000_000));
        assert_eq!(z[33], Zelle::Euro(0));
        assert_eq!(z[34], Zelle::Text("011".into()));
        assert_eq!(z[35], Zelle::Text("BW 0610".into()));
        assert_eq!(z[36], Zelle::Text("DK 55".into()));
        // 812 01: Reste without the BMF's consent, the Mehrbedarf's note.
        let ikt = &h.zeilen[4];
        assert_eq!(ikt[33], Zelle::Euro(8_000_000));
        assert!(
            matches!(&ikt[37], Zelle::Text(t) if t.contains("§ 37 BHO") && t.contains("Deckungskreis DK 55"))
        );
        // TG 55 over 532 01 and 812 01; Kapitel 0634 over rows 4..7 (SUBTOTAL skips the TG
        // subtotal), EP over 2..8, total over 2..9.
        let tg = &h.zeilen[5];
        assert_eq!(f(&tg[7]).0, "SUBTOTAL(9,H5:H6)");
        assert_eq!(f(&tg[7]).1, &Zelle::Euro(320_000_000));
        assert_eq!(tg[30], Zelle::Text("Titelgruppe".into()));
        let k = &h.zeilen[6];
        assert_eq!(f(&k[7]).0, "SUBTOTAL(9,H4:H7)");
        assert_eq!(f(&k[11]).0, "H8+I8+J8-K8");
        assert_eq!(f(&h.zeilen[7][12]).0, "SUBTOTAL(9,M2:M8)");
        let g = &h.zeilen[8];
        assert_eq!(f(&g[7]).0, "SUBTOTAL(9,H2:H9)");
        assert_eq!(f(&g[11]).1, &Zelle::Euro(465_000_000));
        assert_eq!(g[30], Zelle::Text("Gesamt".into()));
        // The formulas refer to the columns where they are declared.
        assert_eq!(h.spalten.len(), 38);
        for (spalte, titel) in [
            (H_ANSATZ, "Ansatz"),
            (H_SOLL, "verf. Soll"),
            (H_IST, "Ist"),
            (H_GEBUNDEN, "gebunden"),
            (H_PROGNOSE, "Prognose"),
            (H_ABW, "Abw. €"),
            (H_PLAN, "Soll-Abfluss bis Stichtag"),
            (H_FESTLEGUNGEN, "Festlegungen (offen)"),
        ] {
            assert_eq!(h.spalten[usize::from(spalte)], titel);
        }
        for zeile in &h.zeilen {
            assert_eq!(zeile.len(), h.spalten.len());
        }
    }

    #[test]
    fn monatsverlauf_mit_diagramm() {
        let bm = beispiel(2026, |_, _| None);
        let rahmen = Rahmen::von(&bm, Datum::neu(2000, 1, 1).unwrap());
        let m = mappe(&bm, &Multiprojektplan::default(), info(), rahmen, None);
        let mv = &m.blaetter[3];
        assert_eq!(mv.zeilen.len(), 12 * 5);
        assert_eq!(mv.diagramme.len(), 1);
        // Gesamt, März: Plan is SUMIFS over the Haushaltsstellen blocks (rows 14..61).
        let (formel, _) = f(&mv.zeilen[2][3]);
        assert_eq!(formel, "SUMIFS($D$14:$D$61,$C$14:$C$61,C4)");
        assert_eq!(f(&mv.zeilen[2][5]).0, "F3+D4");
        // Juli: after the Stichtag, no Ist.
        assert_eq!(mv.zeilen[6][4], Zelle::Leer);
        assert_eq!(mv.zeilen[6][6], Zelle::Leer);
    }

    #[test]
    fn buchungen_ve_und_projekte() {
        let mut plan = Multiprojektplan::default();
        plan.projekte
            .push(crate::tools::multiprojektplan::model::Projekt {
                id: 7,
                kennung: "P-7".into(),
                titel: "Portal".into(),
                ..Default::default()
            });
        let bm = beispiel(2026, |_, _| Some(7));
        let rahmen = Rahmen::von(&bm, Datum::neu(2000, 1, 1).unwrap());
        let m = mappe(&bm, &plan, info(), rahmen, None);
        // Buchungen: every booking of the year, in tree order (0601 first).
        let b = &m.blaetter[1];
        assert_eq!(b.zeilen.len(), bm.buchungen.len());
        assert_eq!(b.zeilen[0][2], Zelle::Text("0601/526 01".into()));
        assert_eq!(b.zeilen[0][12], Zelle::Text("P-7".into()));
        // The Storno on the notebooks (812 01): wirksamer Betrag empty, and the payment shows
        // 18.500 − 1.500.
        let notebooks = b
            .zeilen
            .iter()
            .find(|z| z[9] == Zelle::Text("Notebooks".into()))
            .unwrap();
        assert_eq!(notebooks[5], Zelle::Euro(1_850_000));
        assert_eq!(notebooks[6], Zelle::Euro(1_700_000));
        // VE: one VE, Vorbelastung 2027 and 2028, sums.
        let ve = &m.blaetter[2];
        assert_eq!(ve.spalten[6], "Vorbelastung 2027");
        assert_eq!(ve.zeilen.len(), 2);
        assert_eq!(ve.zeilen[0][3], Zelle::Euro(300_000_000));
        assert_eq!(ve.zeilen[0][4], Zelle::Euro(170_000_000));
        assert_eq!(f(&ve.zeilen[0][5]), ("D2-E2", &Zelle::Euro(130_000_000)));
        assert_eq!(ve.zeilen[0][6], Zelle::Euro(110_000_000));
        assert_eq!(ve.zeilen[0][7], Zelle::Euro(60_000_000));
        assert_eq!(
            f(&ve.zeilen[1][5]),
            ("SUM(F2:F2)", &Zelle::Euro(130_000_000))
        );
        // § 16 BHO: Inanspruchnahmen against the planned Jahresbeträge.
        assert_eq!(ve.spalten[11], "Abweichung vom Jahresbetrag");
        assert!(matches!(&ve.zeilen[0][11], Zelle::Text(t)
            if t.starts_with("2027: 1.100.000,00\u{a0}€ in Anspruch genommen, 100.000,00\u{a0}€ über dem Jahresbetrag")));
        // Projekte_Finanzen: the IT-Titel's Ansatz has no project, the others belong to P-7;
        // all from the Stammhaushalt.
        let p = &m.blaetter[4];
        let projekte: Vec<&Zelle> = p.zeilen.iter().map(|z| &z[1]).collect();
        assert_eq!(
            projekte,
            [
                &Zelle::Text("ohne Projektzuordnung".into()),
                &Zelle::Text("P-7".into())
            ]
        );
        assert!(p
            .zeilen
            .iter()
            .all(|z| z[4] == Zelle::Text("Stammhaushalt".into())));
        // Festlegungen and Vorbindungen apart: 532 01 (ohne) 570.000 and 150.000.
        assert_eq!(p.zeilen[0][11], Zelle::Euro(57_000_000));
        assert_eq!(p.zeilen[0][12], Zelle::Euro(15_000_000));
        let soll: i64 = p
            .zeilen
            .iter()
            .map(|z| match z[5] {
                Zelle::Euro(c) => c,
                _ => 0,
            })
            .sum();
        assert_eq!(soll, 465_000_000);
        // Legende: every value of every vocabulary.
        let werte: Vec<&str> = m.legende.iter().map(|l| l.wert.as_str()).collect();
        for a in Buchungsart::ALLE {
            assert!(werte.contains(&a.name()), "{}", a.name());
        }
        for v in Haushaltsvermerk::ALLE {
            assert!(werte.contains(&v.name()), "{}", v.name());
        }
        assert!(m.legende.iter().any(|l| l.wert == "grün"
            && l.bedeutung == "Prognose unter dem verf. Soll, |Abw. %| höchstens 5,0 %"));
    }
}
