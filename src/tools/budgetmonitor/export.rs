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

use std::collections::HashMap;

use super::calc::{self, Ausgaberest, Baum, Rahmen, Summen, Titelzeile};
use super::model::{Buchungsart, Budgetmonitor, Haushaltsvermerk, Prognosemethode, Tendenz};
use crate::export::{
    spaltenname, Bereich, Blatt, Datenreihe, Diagramm, Diagrammart, Info, Legendeneintrag, Mappe,
    Zelle,
};
use crate::shared::vokabular::Ampel;
use crate::tools::multiprojektplan::model::Multiprojektplan;

/// Names of the data sheets, in order.
pub const BLAETTER: [&str; 5] = [
    "Haushaltsstellen",
    "Buchungen",
    "VE",
    "Monatsverlauf",
    "Projekte_Finanzen",
];

/// Columns of "Haushaltsstellen": ID, then the HÜL order, then additional figures.
pub const HST_SPALTEN: [&str; 31] = [
    "ID",
    "EP",
    "Kapitel",
    "Titel",
    "TG",
    "Zweckbestimmung",
    "Vermerke",
    "Ansatz",
    "Reste",
    "Zuweisungen",
    "Sperren",
    "verf. Soll",
    "Ist",
    "gebunden",
    "frei",
    "Abfluss %",
    "Bindung %",
    "Prognose",
    "Abw. €",
    "Abw. %",
    "Tendenz",
    "Ampel",
    "Erläuterung",
    "Haushaltsstelle",
    "Prognosemethode",
    "statische Hochrechnung",
    "Soll-Abfluss bis Stichtag",
    "Ist − Soll-Abfluss",
    "vorauss. Ausgaberest",
    "Behandlung Ausgaberest",
    "Ebene",
];

// Column positions on "Haushaltsstellen".
const H_ANSATZ: u16 = 7;
const H_SOLL: u16 = 11;
const H_IST: u16 = 12;
const H_GEBUNDEN: u16 = 13;
const H_PROGNOSE: u16 = 17;
const H_ABW: u16 = 18;
const H_PLAN: u16 = 26;

/// The workbook. `projekte` resolves project ids to Projekt-ID and title; `rahmen` is the
/// report's Haushaltsjahr and Stichtag.
pub fn mappe(
    bm: &Budgetmonitor,
    projekte: &Multiprojektplan,
    mut info: Info,
    rahmen: Rahmen,
) -> Mappe {
    info.stand = Some(rahmen.stichtag);
    let baum = calc::baum(bm, rahmen);
    Mappe {
        info,
        blaetter: vec![
            haushaltsstellen(bm, &baum),
            buchungen(bm, projekte, rahmen),
            ves(bm, rahmen),
            monatsverlauf(bm, rahmen),
            projekte_finanzen(bm, projekte, rahmen),
        ],
        legende: legende(bm),
    }
}

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

fn text(text: &str) -> Zelle {
    if text.trim().is_empty() {
        Zelle::Leer
    } else {
        Zelle::Text(text.to_owned())
    }
}

fn promille_zelle(wert: Option<i64>) -> Zelle {
    match wert {
        Some(w) => Zelle::Prozent {
            wert: w,
            stellen: 3,
        },
        None => Zelle::Text("–".to_owned()),
    }
}

/// A1 reference of column `s` in sheet row `z` (0 = header).
fn r(s: u16, z: u32) -> String {
    format!("{}{}", spaltenname(s), z + 1)
}

/// `ROUND(zaehler/nenner,3)` or "–" when the denominator is 0, as the app computes it.
fn quote(zaehler: &str, nenner: &str, wert: Option<i64>) -> Zelle {
    Zelle::formel(
        format!("IF({nenner}=0,\"–\",ROUND({zaehler}/{nenner},3))"),
        promille_zelle(wert),
    )
}

fn spalten(namen: &[&str]) -> Vec<String> {
    namen.iter().map(|&n| n.to_owned()).collect()
}

/// Text of the Vermerke, e.g. "UEB, GSD".
fn vermerke(liste: &[Haushaltsvermerk]) -> String {
    let mut v = liste.to_vec();
    v.sort();
    v.dedup();
    v.iter().map(|v| v.name()).collect::<Vec<_>>().join(", ")
}

fn rest_text(rest: Ausgaberest) -> &'static str {
    match rest {
        Ausgaberest::Keiner => "kein Rest",
        Ausgaberest::Uebertragbar(_) => "übertragbar",
        Ausgaberest::Verfaellt(_) => "verfällt",
        Ausgaberest::Mehrbedarf(_) => "Mehrbedarf",
    }
}

// ---------------------------------------------------------------------------------------------
// Haushaltsstellen
// ---------------------------------------------------------------------------------------------

/// The figures columns H..AC of a row at sheet row `z`; `summe(spalte)` gives the formula of
/// an amount column for subtotal rows, `None` for Titel rows (plain values).
fn zahlenzellen(
    z: u32,
    s: &Summen,
    zeile: Option<&Titelzeile>,
    summe: &dyn Fn(u16) -> Option<String>,
) -> Vec<Zelle> {
    let betrag = |spalte: u16, wert: i64| match summe(spalte) {
        Some(f) => Zelle::formel(f, Zelle::Euro(wert)),
        None => Zelle::Euro(wert),
    };
    let mut zellen = vec![
        betrag(H_ANSATZ, s.ansatz),
        betrag(H_ANSATZ + 1, s.reste),
        betrag(H_ANSATZ + 2, s.zuweisungen),
        betrag(H_ANSATZ + 3, s.sperren),
        Zelle::formel(
            format!(
                "{}+{}+{}-{}",
                r(H_ANSATZ, z),
                r(H_ANSATZ + 1, z),
                r(H_ANSATZ + 2, z),
                r(H_ANSATZ + 3, z)
            ),
            Zelle::Euro(s.soll()),
        ),
        betrag(H_IST, s.ist),
        betrag(H_GEBUNDEN, s.gebunden),
        Zelle::formel(
            format!("{}-{}-{}", r(H_SOLL, z), r(H_IST, z), r(H_GEBUNDEN, z)),
            Zelle::Euro(s.frei()),
        ),
        quote(&r(H_IST, z), &r(H_SOLL, z), s.abflussquote()),
        quote(
            &format!("({}+{})", r(H_IST, z), r(H_GEBUNDEN, z)),
            &r(H_SOLL, z),
            s.bindungsquote(),
        ),
    ];
    if s.hat_prognose {
        zellen.push(betrag(H_PROGNOSE, s.prognose));
        zellen.push(Zelle::formel(
            format!("{}-{}", r(H_PROGNOSE, z), r(H_SOLL, z)),
            Zelle::Euro(s.abweichung().unwrap_or(0)),
        ));
        zellen.push(quote(&r(H_ABW, z), &r(H_SOLL, z), s.abweichung_promille()));
    } else {
        zellen.extend([Zelle::Leer, Zelle::Leer, Zelle::Leer]);
    }
    // Tendenz, Ampel, Erläuterung, Haushaltsstelle, Methode: filled by the caller.
    zellen.extend([
        Zelle::Leer,
        Zelle::Leer,
        Zelle::Leer,
        Zelle::Leer,
        Zelle::Leer,
    ]);
    zellen.push(match zeile.and_then(|z| z.hochrechnung) {
        Some(h) => Zelle::Euro(h),
        None => Zelle::Leer,
    });
    zellen.push(betrag(H_PLAN, s.plan_bis_stichtag));
    zellen.push(Zelle::formel(
        format!("{}-{}", r(H_IST, z), r(H_PLAN, z)),
        Zelle::Euro(s.abfluss_abweichung()),
    ));
    if s.hat_prognose {
        zellen.push(Zelle::formel(
            format!("{}-{}", r(H_SOLL, z), r(H_PROGNOSE, z)),
            Zelle::Euro(s.soll() - s.prognose),
        ));
    } else {
        zellen.push(Zelle::Leer);
    }
    zellen
}

fn haushaltsstellen(bm: &Budgetmonitor, baum: &Baum) -> Blatt {
    let mut zeilen: Vec<Vec<Zelle>> = Vec::new();
    // Sheet row of the next data row.
    let naechste = |zeilen: &Vec<Vec<Zelle>>| zeilen.len() as u32 + 1;
    let teilsumme =
        |von: u32, bis: u32| move |s: u16| Some(format!("SUBTOTAL(9,{}:{})", r(s, von), r(s, bis)));
    let summenzeile = |id: String,
                       ep: &str,
                       kap: &str,
                       bezeichnung: String,
                       ebene: &str,
                       z: u32,
                       s: &Summen,
                       von: u32,
                       bis: u32| {
        let mut zeile = vec![
            Zelle::Text(id),
            text(ep),
            text(kap),
            Zelle::Leer,
            Zelle::Leer,
            Zelle::Text(bezeichnung),
            Zelle::Leer,
        ];
        zeile.extend(zahlenzellen(z, s, None, &teilsumme(von, bis)));
        zeile[21] = Zelle::Ampel(calc::ampel(
            s.abweichung_promille(),
            bm.toleranz_gruen,
            bm.toleranz_gelb,
        ));
        zeile.push(Zelle::Leer);
        zeile.push(Zelle::Text(ebene.to_owned()));
        zeile
    };
    for e in &baum.einzelplaene {
        let ep_von = naechste(&zeilen);
        for k in &e.kapitel {
            let kap_von = naechste(&zeilen);
            for t in &k.titel {
                let Some(h) = bm.haushaltsstelle(t.haushaltsstelle) else {
                    continue;
                };
                let z = naechste(&zeilen);
                let mut zeile = vec![
                    Zelle::Text(format!("H{}", h.id)),
                    text(&h.einzelplan),
                    text(&h.kapitel),
                    text(&h.titel),
                    text(&h.titelgruppe),
                    text(&h.zweckbestimmung),
                    text(&vermerke(&h.vermerke)),
                ];
                zeile.extend(zahlenzellen(z, &t.summen, Some(t), &|_| None));
                if let Some(p) = &t.prognose {
                    zeile[20] = text(p.tendenz.name());
                    zeile[22] = text(&p.erlaeuterung);
                    zeile[24] = Zelle::Text(p.methode.name().to_owned());
                }
                zeile[21] = Zelle::Ampel(t.ampel);
                zeile[23] = Zelle::Text(h.bezeichnung());
                zeile.push(Zelle::Text(rest_text(t.ausgaberest).to_owned()));
                zeile.push(Zelle::Text("Titel".to_owned()));
                zeilen.push(zeile);
            }
            let bis = naechste(&zeilen) - 1;
            let z = naechste(&zeilen);
            let (id, name) = if k.kapitel.is_empty() {
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
            zeilen.push(summenzeile(
                id,
                &e.einzelplan,
                &k.kapitel,
                name,
                "Kapitel",
                z,
                &k.summen,
                kap_von,
                bis,
            ));
        }
        if !e.einzelplan.is_empty() {
            let bis = naechste(&zeilen) - 1;
            let z = naechste(&zeilen);
            zeilen.push(summenzeile(
                format!("EP {}", e.einzelplan),
                &e.einzelplan,
                "",
                format!("Summe Einzelplan {}", e.einzelplan),
                "Einzelplan",
                z,
                &e.summen,
                ep_von,
                bis,
            ));
        }
    }
    if !zeilen.is_empty() {
        let bis = naechste(&zeilen) - 1;
        let z = naechste(&zeilen);
        zeilen.push(summenzeile(
            "Gesamt".to_owned(),
            "",
            "",
            format!("Gesamtsumme Haushaltsjahr {}", baum.rahmen.jahr),
            "Gesamt",
            z,
            &baum.gesamt,
            1,
            bis,
        ));
    }
    Blatt {
        name: BLAETTER[0].to_owned(),
        spalten: spalten(&HST_SPALTEN),
        zeilen,
        ..Blatt::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Buchungen
// ---------------------------------------------------------------------------------------------

/// Columns of "Buchungen".
pub const BUCHUNGSSPALTEN: [&str; 17] = [
    "ID",
    "Haushaltsjahr",
    "Haushaltsstelle",
    "Datum",
    "Art",
    "Betrag",
    "wirksamer Betrag",
    "davon offen (gebunden)",
    "Bezug",
    "Auftrag/Vertrag",
    "VE",
    "Fälligkeit (HJ)",
    "Projekt-ID",
    "Projekttitel",
    "Finanzierungsquelle",
    "Beleg",
    "zählt zum Stichtag",
];

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
    liste.sort_by_key(|b| (reihenfolge[&b.haushaltsstelle], b.datum, b.id));
    let stelle_von: HashMap<u32, &crate::tools::budgetmonitor::model::Haushaltsstelle> =
        stellen.iter().map(|h| (h.id, *h)).collect();
    let ansatz_von: HashMap<u32, &crate::tools::budgetmonitor::model::Ansatz> =
        bm.ansaetze.iter().map(|a| (a.id, a)).collect();
    let zeilen = liste
        .into_iter()
        .map(|b| {
            let h = stelle_von.get(&b.haushaltsstelle).copied();
            let ansatz = b.ansatz.and_then(|a| ansatz_von.get(&a).copied());
            let projekt = ansatz
                .and_then(|a| a.projekt)
                .and_then(|p| projekte.projekt(p));
            let wirksam = ausw.wirksam.get(&b.id).copied();
            vec![
                Zelle::Text(format!("B{}", b.id)),
                h.map_or(Zelle::Leer, |h| Zelle::Ganzzahl(i64::from(h.haushaltsjahr))),
                h.map_or(Zelle::Leer, |h| Zelle::Text(h.bezeichnung())),
                b.datum.map_or(Zelle::Leer, Zelle::Datum),
                Zelle::Text(b.art.name().to_owned()),
                Zelle::Euro(b.betrag),
                match (b.art, wirksam) {
                    (Buchungsart::Storno, _) | (_, None) => Zelle::Leer,
                    (_, Some(w)) => Zelle::Euro(w),
                },
                ausw.offen
                    .get(&b.id)
                    .map_or(Zelle::Leer, |o| Zelle::Euro(*o)),
                b.bezug
                    .map_or(Zelle::Leer, |z| Zelle::Text(format!("B{z}"))),
                text(&b.vertrag),
                b.ve.map_or(Zelle::Leer, |v| Zelle::Text(format!("VE{v}"))),
                b.faelligkeit
                    .map_or(Zelle::Leer, |j| Zelle::Ganzzahl(i64::from(j))),
                projekt.map_or(Zelle::Leer, |p| text(&p.kennung)),
                projekt.map_or(Zelle::Leer, |p| text(&p.titel)),
                text(bm.quellenname(ansatz.and_then(|a| a.quelle))),
                text(&b.beleg),
                Zelle::Wahr(b.datum.is_some_and(|d| d <= rahmen.stichtag)),
            ]
        })
        .collect();
    Blatt {
        name: BLAETTER[1].to_owned(),
        spalten: spalten(&BUCHUNGSSPALTEN),
        zeilen,
        ..Blatt::default()
    }
}

// ---------------------------------------------------------------------------------------------
// VE
// ---------------------------------------------------------------------------------------------

fn ves(bm: &Budgetmonitor, rahmen: Rahmen) -> Blatt {
    let j = rahmen.jahr;
    let mut spaltennamen = spalten(&[
        "ID",
        "Haushaltsstelle",
        "Bezeichnung",
        "VE-Ansatz",
        "in Anspruch genommen",
        "VE frei",
    ]);
    for k in 1..=3 {
        spaltennamen.push(format!("Vorbelastung {}", j + k));
    }
    spaltennamen.push(format!("Vorbelastung ab {}", j + 4));
    spaltennamen.push("geplante Fälligkeiten".to_owned());
    let liste = calc::ve_zeilen(bm, rahmen);
    let mut zeilen: Vec<Vec<Zelle>> = Vec::new();
    for (ve, z) in &liste {
        let sz = zeilen.len() as u32 + 1;
        let mut zeile = vec![
            Zelle::Text(format!("VE{}", ve.id)),
            bm.haushaltsstelle(ve.haushaltsstelle)
                .map_or(Zelle::Leer, |h| Zelle::Text(h.bezeichnung())),
            text(&ve.bezeichnung),
            Zelle::Euro(z.ansatz),
            Zelle::Euro(z.in_anspruch),
            Zelle::formel(format!("{}-{}", r(3, sz), r(4, sz)), Zelle::Euro(z.frei())),
        ];
        for k in 1..=3 {
            zeile.push(Zelle::Euro(
                z.vorbelastung.get(&(j + k)).copied().unwrap_or(0),
            ));
        }
        zeile.push(Zelle::Euro(
            z.vorbelastung
                .iter()
                .filter(|(jahr, _)| **jahr >= j + 4)
                .map(|(_, b)| b)
                .sum(),
        ));
        zeile.push(text(
            &ve.faelligkeiten
                .iter()
                .map(|(jahr, b)| format!("{jahr}: {}", crate::shared::format::euro(*b)))
                .collect::<Vec<_>>()
                .join("; "),
        ));
        zeilen.push(zeile);
    }
    if !zeilen.is_empty() {
        let bis = zeilen.len() as u32;
        let mut summe = vec![Zelle::Text("Summe".to_owned()), Zelle::Leer, Zelle::Leer];
        for s in 3..10_u16 {
            let wert: i64 = zeilen
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
        zeilen.push(summe);
    }
    Blatt {
        name: BLAETTER[2].to_owned(),
        spalten: spaltennamen,
        zeilen,
        ..Blatt::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Monatsverlauf
// ---------------------------------------------------------------------------------------------

/// Columns of "Monatsverlauf".
pub const MONATSSPALTEN: [&str; 8] = [
    "ID",
    "Haushaltsstelle",
    "Monat",
    "Plan",
    "Ist",
    "Plan kumuliert",
    "Ist kumuliert",
    "Prognose kumuliert",
];

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
    let mut zeilen = Vec::new();
    for (b, (id, name, werte)) in bloecke.iter().enumerate() {
        for w in werte {
            let z = zeilen.len() as u32 + 1;
            let monat = format!("{} {}", MONATSNAMEN[w.monat as usize - 1], rahmen.jahr);
            let summe_ueber = |s: u16, wert: Zelle| {
                if b == 0 && bloecke.len() > 1 {
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
            let kumuliert = |s: u16, quelle: u16, wert: i64| {
                if w.monat == 1 {
                    Zelle::formel(r(quelle, z), Zelle::Euro(wert))
                } else {
                    Zelle::formel(
                        format!("{}+{}", r(s, z - 1), r(quelle, z)),
                        Zelle::Euro(wert),
                    )
                }
            };
            zeilen.push(vec![
                Zelle::Text(format!("{id}-{:02}", w.monat)),
                Zelle::Text(name.clone()),
                Zelle::Text(monat),
                summe_ueber(3, Zelle::Euro(w.plan)),
                match w.ist {
                    Some(i) => summe_ueber(4, Zelle::Euro(i)),
                    None => Zelle::Leer,
                },
                kumuliert(5, 3, w.plan_kumuliert),
                match w.ist_kumuliert {
                    Some(i) => kumuliert(6, 4, i),
                    None => Zelle::Leer,
                },
                w.prognose_kumuliert.map_or(Zelle::Leer, Zelle::Euro),
            ]);
        }
    }
    let reihe = |name: &str, spalte: u16| Datenreihe {
        name: name.to_owned(),
        werte: Bereich {
            spalte,
            von: 1,
            bis: 12,
        },
    };
    Blatt {
        name: BLAETTER[3].to_owned(),
        spalten: spalten(&MONATSSPALTEN),
        zeilen,
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
    }
}

// ---------------------------------------------------------------------------------------------
// Projekte_Finanzen
// ---------------------------------------------------------------------------------------------

/// Columns of "Projekte_Finanzen".
pub const PROJEKTSPALTEN: [&str; 11] = [
    "ID",
    "Projekt-ID",
    "Projekttitel",
    "Haushaltsjahr",
    "Finanzierungsquelle",
    "verf. Soll",
    "Ist",
    "gebunden",
    "frei",
    "Abfluss %",
    "Bindung %",
];

fn projekte_finanzen(bm: &Budgetmonitor, projekte: &Multiprojektplan, rahmen: Rahmen) -> Blatt {
    let liste = calc::projektfinanzen(bm, rahmen.stichtag);
    let mut zeilen = Vec::new();
    for (i, p) in liste.iter().enumerate() {
        let z = i as u32 + 1;
        let projekt = p.projekt.and_then(|id| projekte.projekt(id));
        let frei = p.soll - p.ist - p.gebunden;
        zeilen.push(vec![
            Zelle::Text(format!(
                "PF{}-{}-{}",
                p.projekt.map_or("ohne".to_owned(), |p| p.to_string()),
                p.jahr,
                p.quelle.map_or("ohne".to_owned(), |q| q.to_string())
            )),
            match (p.projekt, projekt) {
                (None, _) => Zelle::Text("ohne Projektzuordnung".to_owned()),
                (Some(_), Some(pr)) => text(&pr.kennung),
                (Some(id), None) => Zelle::Text(format!("(Projekt {id} gelöscht)")),
            },
            projekt.map_or(Zelle::Leer, |p| text(&p.titel)),
            Zelle::Ganzzahl(i64::from(p.jahr)),
            text(bm.quellenname(p.quelle)),
            Zelle::Euro(p.soll),
            Zelle::Euro(p.ist),
            Zelle::Euro(p.gebunden),
            Zelle::formel(
                format!("{}-{}-{}", r(5, z), r(6, z), r(7, z)),
                Zelle::Euro(frei),
            ),
            quote(&r(6, z), &r(5, z), calc::promille(p.ist, p.soll)),
            quote(
                &format!("({}+{})", r(6, z), r(7, z)),
                &r(5, z),
                calc::promille(p.ist + p.gebunden, p.soll),
            ),
        ]);
    }
    Blatt {
        name: BLAETTER[4].to_owned(),
        spalten: spalten(&PROJEKTSPALTEN),
        zeilen,
        ..Blatt::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Legende
// ---------------------------------------------------------------------------------------------

fn eintrag(merkmal: &str, wert: &str, bedeutung: impl Into<String>) -> Legendeneintrag {
    Legendeneintrag {
        merkmal: merkmal.to_owned(),
        wert: wert.to_owned(),
        bedeutung: bedeutung.into(),
        ampel: None,
    }
}

fn prozent(promille: u32) -> String {
    crate::shared::format::dezimal(i64::from(promille), 1) + " %"
}

fn legende(bm: &Budgetmonitor) -> Vec<Legendeneintrag> {
    let mut l = Vec::new();
    for v in Haushaltsvermerk::ALLE {
        l.push(eintrag("Vermerke", v.name(), v.bedeutung()));
    }
    for a in Buchungsart::ALLE {
        l.push(eintrag("Art", a.name(), a.bedeutung()));
    }
    for m in Prognosemethode::ALLE {
        l.push(eintrag("Prognosemethode", m.name(), m.bedeutung()));
    }
    for t in Tendenz::ALLE.iter().filter(|t| **t != Tendenz::Keine) {
        l.push(eintrag("Tendenz", t.name(), t.bedeutung()));
    }
    for q in &bm.quellen {
        l.push(eintrag(
            "Finanzierungsquelle",
            &q.name,
            "Finanzierungsquelle (Katalog in den Einstellungen)",
        ));
    }
    let (g, y) = (prozent(bm.toleranz_gruen), prozent(bm.toleranz_gelb));
    for (ampel, bedeutung) in [
        (Ampel::Gruen, format!("|Abw. %| höchstens {g}")),
        (Ampel::Gelb, format!("|Abw. %| über {g}, höchstens {y}")),
        (Ampel::Rot, format!("|Abw. %| über {y}")),
        (
            Ampel::Grau,
            "nicht bewertet: kein verfügbares Soll oder keine Prognose".to_owned(),
        ),
    ] {
        l.push(Legendeneintrag {
            merkmal: "Ampel".to_owned(),
            wert: ampel.name().to_owned(),
            bedeutung,
            ampel: Some(ampel),
        });
    }
    for (wert, bedeutung) in [
        ("übertragbar", "voraussichtlicher Ausgaberest wird übertragen (Vermerk UEB oder flexibilisiert, § 45 BHO)"),
        ("verfällt", "voraussichtlicher Ausgaberest verfällt am Jahresende (weder UEB noch flexibilisiert)"),
        ("Mehrbedarf", "Prognose über dem verfügbaren Soll"),
        ("kein Rest", "Prognose gleich verfügbarem Soll oder keine Prognose"),
    ] {
        l.push(eintrag("Behandlung Ausgaberest", wert, bedeutung));
    }
    for (spalte, bedeutung) in [
        ("verf. Soll", "Ansatz + Reste + Zuweisungen − Sperren (Formel); Zuweisungen enthalten die Zuweisungs-Buchungen"),
        ("Ist", "Σ wirksame Zahlungen bis zum Stichtag (nach Storno/Rückfluss)"),
        ("gebunden", "Σ offene Teile der Festlegungen und Vorbindungen: Betrag − Σ Zahlungen und Festlegungen, die auf sie verweisen, nie unter 0"),
        ("frei", "verf. Soll − Ist − gebunden (Formel)"),
        ("Abfluss %", "Ist ÷ verf. Soll, auf 0,1 % gerundet (Formel; „–“ ohne Soll)"),
        ("Bindung %", "(Ist + gebunden) ÷ verf. Soll, auf 0,1 % gerundet (Formel)"),
        ("Prognose", "maßgebliche Prognose: die letzte erfasste zum oder vor dem Stichtag, sonst die statische Hochrechnung"),
        ("Abw. €", "Prognose − verf. Soll (Formel)"),
        ("Abw. %", "Abw. € ÷ verf. Soll, auf 0,1 % gerundet (Formel)"),
        ("statische Hochrechnung", "Ist × 12 ÷ vergangene Monate; vergangene Monate = Monat des Stichtags im Haushaltsjahr (15.05. → 5)"),
        ("Soll-Abfluss bis Stichtag", "Σ Monatsplan der vergangenen Monate; ohne Monatsplan verf. Soll × vergangene Monate ÷ 12"),
        ("vorauss. Ausgaberest", "verf. Soll − Prognose (Formel)"),
        ("Ebene", "Titel, Kapitel, Einzelplan oder Gesamt; Summenzeilen rechnen mit TEILERGEBNIS (SUBTOTAL) und folgen dem Autofilter"),
        ("wirksamer Betrag", "Betrag abzüglich Stornos, die auf die Buchung verweisen"),
        ("zählt zum Stichtag", "ja, wenn das Buchungsdatum am oder vor dem Berichtsstichtag liegt"),
        ("Vorbelastung", "Σ VE-Inanspruchnahmen je Fälligkeitsjahr"),
        ("VE frei", "VE-Ansatz − in Anspruch genommen (Formel)"),
        ("Prognose kumuliert", "ab dem Stichtagsmonat linear vom kumulierten Ist zur Prognose im Dezember"),
    ] {
        l.push(eintrag("Spalte", spalte, bedeutung));
    }
    l
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Zeitstempel;
    use crate::shared::datum::Datum;
    use crate::tools::budgetmonitor::examples::beispiel;

    pub(crate) fn info() -> Info {
        let d = Datum::neu(2026, 7, 1).unwrap();
        Info {
            hinweise: Vec::new(),
            titel: "Budgetmonitor".into(),
            arbeitsbereich: "Test".into(),
            behoerde: "BMI".into(),
            ressort: "BMI".into(),
            stand: None,
            exportiert_am: Zeitstempel {
                datum: d,
                stunde: 9,
                minute: 30,
            },
            app_version: "0".into(),
            datenversion: 3,
            einstufung: String::new(),
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
        let bm = beispiel(&[]);
        let rahmen = Rahmen::von(&bm, Datum::neu(2000, 1, 1).unwrap());
        let m = mappe(&bm, &Multiprojektplan::default(), info(), rahmen);
        assert_eq!(m.info.stand, Datum::neu(2026, 6, 30));
        let names: Vec<&str> = m.blaetter.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, BLAETTER);
        let h = &m.blaetter[0];
        // 0601/526 01, Summe Kapitel 0601, 532 01, 686 01, 812 01, Summe 0634, EP 06, Gesamt.
        let ids: Vec<String> = h
            .zeilen
            .iter()
            .map(|z| match &z[0] {
                Zelle::Text(t) => t.clone(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(ids.len(), 8);
        assert_eq!(&ids[1], "Kap 0601");
        assert_eq!(&ids[5], "Kap 0634");
        assert_eq!(&ids[6], "EP 06");
        assert_eq!(&ids[7], "Gesamt");
        // Row 3 (sheet row 4): 532 01.
        let z = &h.zeilen[2];
        assert_eq!(z[3], Zelle::Text("532 01".into()));
        assert_eq!(z[6], Zelle::Text("UEB, GSD".into()));
        assert_eq!(f(&z[11]), ("H4+I4+J4-K4", &Zelle::Euro(270_000_000)));
        assert_eq!(z[12], Zelle::Euro(52_234_567));
        assert_eq!(z[13], Zelle::Euro(72_000_000));
        assert_eq!(
            f(&z[14]),
            (
                "L4-M4-N4",
                &Zelle::Euro(270_000_000 - 52_234_567 - 72_000_000)
            )
        );
        assert_eq!(
            f(&z[15]),
            (
                "IF(L4=0,\"–\",ROUND(M4/L4,3))",
                &Zelle::Prozent {
                    wert: 193,
                    stellen: 3
                }
            )
        );
        assert_eq!(
            f(&z[16]).1,
            &Zelle::Prozent {
                wert: 460,
                stellen: 3
            }
        );
        assert_eq!(z[17], Zelle::Euro(250_000_000));
        assert_eq!(f(&z[18]), ("R4-L4", &Zelle::Euro(-20_000_000)));
        assert_eq!(
            f(&z[19]).1,
            &Zelle::Prozent {
                wert: -74,
                stellen: 3
            }
        );
        assert_eq!(z[20], Zelle::Text("schlechter ↓".into()));
        assert_eq!(z[21], Zelle::Ampel(Ampel::Gelb));
        assert_eq!(z[23], Zelle::Text("0634/532 01".into()));
        assert_eq!(z[26], Zelle::Euro(90_000_000));
        assert_eq!(f(&z[28]), ("L4-R4", &Zelle::Euro(20_000_000)));
        assert_eq!(z[29], Zelle::Text("übertragbar".into()));
        assert_eq!(z[30], Zelle::Text("Titel".into()));
        // Kapitel 0634 subtotal over rows 4..6, EP over 2..7, total over 2..8.
        let k = &h.zeilen[5];
        assert_eq!(f(&k[7]).0, "SUBTOTAL(9,H4:H6)");
        assert_eq!(f(&k[11]).0, "H7+I7+J7-K7");
        assert_eq!(f(&h.zeilen[6][12]).0, "SUBTOTAL(9,M2:M7)");
        let g = &h.zeilen[7];
        assert_eq!(f(&g[7]).0, "SUBTOTAL(9,H2:H8)");
        assert_eq!(f(&g[11]).1, &Zelle::Euro(465_000_000));
        assert_eq!(g[30], Zelle::Text("Gesamt".into()));
        for zeile in &h.zeilen {
            assert_eq!(zeile.len(), HST_SPALTEN.len());
        }
    }

    #[test]
    fn monatsverlauf_mit_diagramm() {
        let bm = beispiel(&[]);
        let rahmen = Rahmen::von(&bm, Datum::neu(2000, 1, 1).unwrap());
        let m = mappe(&bm, &Multiprojektplan::default(), info(), rahmen);
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
        let bm = beispiel(&[7]);
        let rahmen = Rahmen::von(&bm, Datum::neu(2000, 1, 1).unwrap());
        let m = mappe(&bm, &plan, info(), rahmen);
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
        assert_eq!(ve.zeilen[0][4], Zelle::Euro(120_000_000));
        assert_eq!(f(&ve.zeilen[0][5]), ("D2-E2", &Zelle::Euro(180_000_000)));
        assert_eq!(ve.zeilen[0][6], Zelle::Euro(60_000_000));
        assert_eq!(ve.zeilen[0][7], Zelle::Euro(60_000_000));
        assert_eq!(
            f(&ve.zeilen[1][5]),
            ("SUM(F2:F2)", &Zelle::Euro(180_000_000))
        );
        // Projekte_Finanzen: all Ansätze belong to P-7; one row per source.
        let p = &m.blaetter[4];
        assert!(p.zeilen.iter().all(|z| z[1] == Zelle::Text("P-7".into())));
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
        assert!(m
            .legende
            .iter()
            .any(|l| l.wert == "grün" && l.bedeutung == "|Abw. %| höchstens 5,0 %"));
    }
}
