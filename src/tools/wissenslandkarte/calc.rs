//! Calculations of the Wissenslandkarte (fachkonzept §2.6, "Calculations [I]"): the tree in
//! display order with paths "A > B > C", Träger per Gebiet (bus factor), the Wissensrisiko per
//! Gebiet at a Stichtag, the coverage of process steps, the offboarding sheet of a person and
//! the layout of the map (a tree from left to right: Gebiete → Träger).
//!
//! Pure functions of the stored data; no browser crates.

use std::collections::{BTreeMap, BTreeSet};

use super::model::{
    Gebiet, Kritikalitaet, Traeger, Traegerrolle, Transfer, Wissenslandkarte, Zuordnung,
};
use crate::shared::datum::Datum;
use crate::shared::sortieren::{Einsammeln, Sortieren};

/// The Gebiete depth-first in stored order, each with its depth (0 at the top). A Gebiet whose
/// parent is missing counts as a top-level one; a cycle in stored data cannot loop.
pub fn baum(k: &Wissenslandkarte) -> Vec<(&Gebiet, usize)> {
    let ids: BTreeSet<u32> = k.gebiete.iter().map(|g| g.id).collect();
    let mut kinder: BTreeMap<Option<u32>, Vec<&Gebiet>> = BTreeMap::new();
    for g in &k.gebiete {
        let eltern = g.eltern.filter(|e| ids.contains(e) && *e != g.id);
        kinder.entry(eltern).or_default().push(g);
    }
    let mut aus = Vec::with_capacity(k.gebiete.len());
    let mut gesehen = BTreeSet::new();
    fn besuche<'a>(
        eltern: Option<u32>,
        tiefe: usize,
        kinder: &BTreeMap<Option<u32>, Vec<&'a Gebiet>>,
        gesehen: &mut BTreeSet<u32>,
        aus: &mut Vec<(&'a Gebiet, usize)>,
    ) {
        for g in kinder.get(&eltern).into_iter().flatten() {
            if gesehen.insert(g.id) {
                aus.push((g, tiefe));
                besuche(Some(g.id), tiefe + 1, kinder, gesehen, aus);
            }
        }
    }
    besuche(None, 0, &kinder, &mut gesehen, &mut aus);
    // Gebiete in a stored cycle (unreachable from the top) are shown at the top level.
    for g in &k.gebiete {
        if !gesehen.contains(&g.id) {
            gesehen.insert(g.id);
            aus.push((g, 0));
            besuche(Some(g.id), 1, &kinder, &mut gesehen, &mut aus);
        }
    }
    aus
}

/// The direct Untergebiete of `eltern` in stored order; with `None` the top-level Gebiete
/// (including those whose parent is missing).
pub fn kinder(k: &Wissenslandkarte, eltern: Option<u32>) -> Vec<&Gebiet> {
    k.gebiete
        .iter()
        .filter(|g| match eltern {
            Some(e) => g.eltern == Some(e) && g.id != e,
            None => g.eltern.is_none_or(|e| k.gebiet(e).is_none() || e == g.id),
        })
        .collect()
}

/// The path of a Gebiet from the top, "A > B > C" (the export's path column).
pub fn pfad(k: &Wissenslandkarte, id: u32) -> String {
    let mut teile = Vec::new();
    let mut aktuell = k.gebiet(id);
    while let Some(g) = aktuell {
        if teile.len() > k.gebiete.len() {
            break;
        }
        teile.push(g.titel.as_str());
        aktuell = g.eltern.filter(|&e| e != g.id).and_then(|e| k.gebiet(e));
    }
    teile.reverse();
    teile.join(" > ")
}

/// The Zuordnungen of a Gebiet, Hauptträger first.
pub fn zuordnungen_von(k: &Wissenslandkarte, gebiet: u32) -> Vec<&Zuordnung> {
    let mut liste: Vec<&Zuordnung> = k
        .zuordnungen
        .iter()
        .filter(|z| z.gebiet == gebiet)
        .collect();
    liste.sortiere_nach_schluessel(|z| (z.rolle, std::cmp::Reverse(z.expertise), z.id));
    liste
}

/// Träger per Gebiet, the bus factor (fachkonzept §2.6, "Träger je Gebiet (bus factor)" [I]):
/// how many different Träger hold knowledge of the Gebiet itself.
pub fn bus_faktor(k: &Wissenslandkarte, gebiet: u32) -> usize {
    k.zuordnungen
        .iter()
        .filter(|z| z.gebiet == gebiet)
        .map(|z| z.traeger)
        .sortiert_einmal()
        .len()
}

/// The Wissensrisiko of one Gebiet at a Stichtag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Risiko {
    /// The Gebiet.
    pub gebiet: u32,
    /// Its Kritikalität.
    pub kritikalitaet: Kritikalitaet,
    /// Risiko 0–3 (see [`risiko`]).
    pub wert: u8,
    /// How many Hauptträger it has.
    pub haupttraeger: usize,
    /// The only Hauptträger, if there is exactly one.
    pub einziger: Option<u32>,
    /// When that Hauptträger leaves, if within 12 months of the Stichtag (or already gone).
    pub abgang: Option<Datum>,
    /// Bus factor.
    pub bus_faktor: usize,
    /// Open transfer measures for the Gebiet.
    pub offene_transfers: usize,
}

/// The Wissensrisiko of a Gebiet at `stichtag` (fachkonzept §2.6, "Calculations [I]":
/// `Risiko = Kritikalität × (1 wenn ≤ 1 Hauptträger) × (1 wenn verfügbar bis < 12 Monate)`).
///
/// Read here as: Kritikalität (1–3) when the Gebiet has exactly one Hauptträger and that
/// Träger's "verfügbar bis" lies before the Stichtag plus 12 months (a date already past counts:
/// the knowledge is gone); 0 otherwise. A Gebiet without any Hauptträger has no one who could
/// leave: its gap shows as bus factor 0, not as a Risiko. Bitte prüfen.
pub fn risiko(k: &Wissenslandkarte, gebiet: &Gebiet, stichtag: Datum) -> Risiko {
    let haupt: BTreeSet<u32> = k
        .zuordnungen
        .iter()
        .filter(|z| z.gebiet == gebiet.id && z.rolle == Traegerrolle::Haupttraeger)
        .map(|z| z.traeger)
        .collect();
    let einziger = (haupt.len() == 1).then(|| *haupt.iter().next().unwrap_or(&0));
    let grenze = stichtag.plus_monate(12);
    let abgang = einziger
        .and_then(|t| k.traeger(t))
        .and_then(|t| t.verfuegbar_bis)
        .filter(|&bis| bis < grenze);
    let wert = if abgang.is_some() {
        gebiet.kritikalitaet.wert()
    } else {
        0
    };
    Risiko {
        gebiet: gebiet.id,
        kritikalitaet: gebiet.kritikalitaet,
        wert,
        haupttraeger: haupt.len(),
        einziger,
        abgang,
        bus_faktor: bus_faktor(k, gebiet.id),
        offene_transfers: k
            .transfers
            .iter()
            .filter(|t| t.gebiet == Some(gebiet.id) && t.status.offen())
            .count(),
    }
}

/// Whole calendar months from `von` to `bis` (negative if `bis` lies before), e.g. 6 from
/// 01.12.2026 to 01.06.2027, 5 to 31.05.2027.
pub fn monate_bis(von: Datum, bis: Datum) -> i64 {
    let mut monate =
        i64::from(bis.jahr() - von.jahr()) * 12 + i64::from(bis.monat()) - i64::from(von.monat());
    if monate > 0 && bis.tag() < von.tag() {
        monate -= 1;
    } else if monate < 0 && bis.tag() > von.tag() {
        monate += 1;
    }
    monate
}

/// The risk list: every Gebiet with Risiko > 0, most severe first (then the earliest
/// departure, then the tree order).
pub fn risiken(k: &Wissenslandkarte, stichtag: Datum) -> Vec<Risiko> {
    let mut liste: Vec<(usize, Risiko)> = baum(k)
        .into_iter()
        .enumerate()
        .map(|(i, (g, _))| (i, risiko(k, g, stichtag)))
        .filter(|(_, r)| r.wert > 0)
        .collect();
    liste.sortiere_nach_schluessel(|(i, r)| (std::cmp::Reverse(r.wert), r.abgang, *i));
    liste.into_iter().map(|(_, r)| r).collect()
}

/// Whether a process step is covered: every Gebiet it needs has at least two Träger
/// (fachkonzept §2.6, "coverage % of process steps with ≥ 2 Träger" [I]). A step without
/// Gebiete is not covered.
pub fn abgedeckt(k: &Wissenslandkarte, gebiete: &[u32]) -> bool {
    !gebiete.is_empty() && gebiete.iter().all(|&g| bus_faktor(k, g) >= 2)
}

/// Covered process steps and all steps.
pub fn abdeckung(k: &Wissenslandkarte) -> (usize, usize) {
    let gedeckt = k
        .prozesse
        .iter()
        .filter(|p| abgedeckt(k, &p.gebiete))
        .count();
    (gedeckt, k.prozesse.len())
}

/// The coverage as a German percentage, "67 %"; "–" without steps.
pub fn abdeckung_text(k: &Wissenslandkarte) -> String {
    match abdeckung(k) {
        (_, 0) => "–".to_owned(),
        (g, n) => format!("{} % ({g} von {n} Prozessschritten)", (g * 100 + n / 2) / n),
    }
}

/// One line of an offboarding sheet: a Gebiet the person holds, and who else does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uebergabe<'a> {
    /// The person's Zuordnung.
    pub zuordnung: &'a Zuordnung,
    /// The Gebiet.
    pub gebiet: &'a Gebiet,
    /// The other Träger of the Gebiet with their Zuordnung.
    pub andere: Vec<(&'a Traeger, &'a Zuordnung)>,
    /// Open transfer measures for the Gebiet.
    pub transfers: Vec<&'a Transfer>,
}

impl Uebergabe<'_> {
    /// Nobody else holds the Gebiet: it leaves with the person unless transferred.
    pub fn ungedeckt(&self) -> bool {
        self.andere.is_empty()
    }
}

/// The offboarding sheet of Träger `person`: every Gebiet they hold in tree order, who covers
/// it, and the open transfer measures (fachkonzept §2.6, "offboarding checklist per person" [I]).
pub fn offboarding(k: &Wissenslandkarte, person: u32) -> Vec<Uebergabe<'_>> {
    baum(k)
        .into_iter()
        .filter_map(|(g, _)| {
            let zuordnung = k
                .zuordnungen
                .iter()
                .find(|z| z.gebiet == g.id && z.traeger == person)?;
            let andere = zuordnungen_von(k, g.id)
                .into_iter()
                .filter(|z| z.traeger != person)
                .filter_map(|z| k.traeger(z.traeger).map(|t| (t, z)))
                .collect();
            let transfers = k
                .transfers
                .iter()
                .filter(|t| t.gebiet == Some(g.id) && t.status.offen())
                .collect();
            Some(Uebergabe {
                zuordnung,
                gebiet: g,
                andere,
                transfers,
            })
        })
        .collect()
}

/// Open transfer measures the person gives or receives.
pub fn offene_transfers_von(k: &Wissenslandkarte, person: u32) -> Vec<&Transfer> {
    k.transfers
        .iter()
        .filter(|t| t.status.offen() && (t.geber == Some(person) || t.nehmer == Some(person)))
        .collect()
}

/// What a node of the map stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Knotenart {
    /// A Wissensgebiet (id of the Gebiet).
    Gebiet,
    /// A Träger under a Gebiet (id of the Zuordnung).
    Traeger,
}

/// A node of the map in display order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Knoten {
    /// Gebiet or Träger.
    pub art: Knotenart,
    /// Gebiet id, or Zuordnung id.
    pub id: u32,
    /// Depth (column).
    pub tiefe: usize,
    /// Row.
    pub zeile: usize,
    /// Index of the parent node.
    pub eltern: Option<usize>,
    /// How many children the node has (shown or not).
    pub kinder: usize,
    /// The branch is collapsed.
    pub eingeklappt: bool,
}

/// The map as a tree from left to right: each Gebiet, below it first its Träger (one node per
/// Zuordnung, Hauptträger first), then its Untergebiete. Branches in `eingeklappt` show no
/// children. One row per node, so 60 Gebiete with 120 Zuordnungen are 180 rows.
pub fn karte(k: &Wissenslandkarte, eingeklappt: &BTreeSet<u32>) -> Vec<Knoten> {
    let reihenfolge = baum(k);
    let mut aus: Vec<Knoten> = Vec::new();
    // Index of the node of each shown Gebiet; a Gebiet under a collapsed one is skipped.
    let mut knoten_von: BTreeMap<u32, usize> = BTreeMap::new();
    let mut versteckt: BTreeSet<u32> = BTreeSet::new();
    let ids: BTreeSet<u32> = k.gebiete.iter().map(|g| g.id).collect();
    for (g, tiefe) in reihenfolge {
        let eltern = g.eltern.filter(|e| ids.contains(e));
        if let Some(e) = eltern {
            if versteckt.contains(&e) || eingeklappt.contains(&e) {
                versteckt.insert(g.id);
                continue;
            }
        }
        let zuordnungen = zuordnungen_von(k, g.id);
        let unter = k
            .gebiete
            .iter()
            .filter(|x| x.eltern == Some(g.id) && x.id != g.id)
            .count();
        let index = aus.len();
        aus.push(Knoten {
            art: Knotenart::Gebiet,
            id: g.id,
            tiefe,
            zeile: index,
            eltern: eltern.and_then(|e| knoten_von.get(&e).copied()),
            kinder: zuordnungen.len() + unter,
            eingeklappt: eingeklappt.contains(&g.id),
        });
        knoten_von.insert(g.id, index);
        if eingeklappt.contains(&g.id) {
            continue;
        }
        for z in zuordnungen {
            let zeile = aus.len();
            aus.push(Knoten {
                art: Knotenart::Traeger,
                id: z.id,
                tiefe: tiefe + 1,
                zeile,
                eltern: Some(index),
                kinder: 0,
                eingeklappt: false,
            });
        }
    }
    aus
}

/// The node reached from node `i` by a key of the tree (WAI-ARIA tree pattern): `"ArrowDown"`
/// / `"ArrowUp"` the next / previous shown node, `"ArrowLeft"` the parent, `"Home"` / `"End"`
/// the first / last; `"ArrowRight"` the first child if the branch is open. `None`: stay.
pub fn naechster_knoten(knoten: &[Knoten], i: usize, taste: &str) -> Option<usize> {
    match taste {
        "ArrowDown" => (i + 1 < knoten.len()).then_some(i + 1),
        "ArrowUp" => i.checked_sub(1),
        "ArrowLeft" => knoten.get(i)?.eltern,
        "ArrowRight" => {
            let k = knoten.get(i)?;
            (!k.eingeklappt
                && k.kinder > 0
                && i + 1 < knoten.len()
                && knoten[i + 1].eltern == Some(i))
            .then_some(i + 1)
        }
        "Home" => (!knoten.is_empty()).then_some(0),
        "End" => knoten.len().checked_sub(1),
        _ => None,
    }
}

/// Paper for the printed map: landscape, 10 mm margins, about 37 mm kept for the page heading,
/// the caption and a marking line (the `max-height` rules in `stil.css` use the same figures).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Papier {
    A3,
    A4,
}

impl Papier {
    /// Width and height in mm the diagram may fill.
    pub fn flaeche_mm(self) -> (f64, f64) {
        match self {
            Papier::A3 => (400.0, 240.0),
            Papier::A4 => (277.0, 153.0),
        }
    }

    /// The name in the paper select and the page class.
    pub fn name(self) -> &'static str {
        match self {
            Papier::A3 => "A3",
            Papier::A4 => "A4",
        }
    }
}

/// Row height of the printed map in CSS px.
pub const DRUCK_ZEILE: usize = 14;
/// Indent per level of the printed map in CSS px.
pub const DRUCK_EINZUG: usize = 16;
/// Font size of the printed map in CSS px.
pub const DRUCK_SCHRIFT: usize = 11;
/// Room between two columns of the printed map in CSS px.
pub const DRUCK_LUECKE: usize = 24;
/// Labels longer than this are shortened with "…" on paper (the list keeps them whole).
pub const DRUCK_ZEICHEN: usize = 56;
/// The most columns tried.
const DRUCK_SPALTEN_MAX: usize = 8;

/// The printed map: the shown nodes flowed into columns like a newspaper, so that a large map
/// (60 Gebiete, 120 Träger) fills one landscape page in readable type instead of shrinking one
/// very long column. A column that starts inside a branch repeats the branch's ancestors as
/// "(Forts.)" rows, so every Träger still stands under its Gebiet.
#[derive(Clone, Debug, PartialEq)]
pub struct Druckbild {
    /// Number of columns.
    pub spalten: usize,
    /// Rows per column.
    pub zeilen: usize,
    /// Per node (index as in the input): column and row.
    pub plaetze: Vec<(usize, usize)>,
    /// Ancestors repeated at the head of a column: column, row, index of the node repeated.
    pub fortsetzungen: Vec<(usize, usize, usize)>,
    /// Width of one column in px.
    pub spaltenbreite: usize,
}

impl Druckbild {
    /// Width and height of the whole diagram in px.
    pub fn groesse(&self) -> (usize, usize) {
        (
            self.spalten * self.spaltenbreite,
            (self.zeilen + 1) * DRUCK_ZEILE,
        )
    }

    /// The type size in pt on `papier` once the diagram is scaled to fit its printable area.
    pub fn schrift_pt(&self, papier: Papier) -> f64 {
        let (b, h) = self.groesse();
        let (pb, ph) = papier.flaeche_mm();
        let mm_je_px = f64::min(pb / b.max(1) as f64, ph / h.max(1) as f64);
        DRUCK_SCHRIFT as f64 * mm_je_px / 25.4 * 72.0
    }
}

/// The ancestors of node `i`, root first.
fn ahnen(knoten: &[Knoten], i: usize) -> Vec<usize> {
    let mut kette = Vec::new();
    let mut jetzt = knoten.get(i).and_then(|k| k.eltern);
    while let Some(e) = jetzt {
        if kette.contains(&e) || kette.len() > knoten.len() {
            break;
        }
        kette.push(e);
        jetzt = knoten.get(e).and_then(|k| k.eltern);
    }
    kette.reverse();
    kette
}

/// Flows `knoten` into columns of `zeilen` rows. With `ganze_aeste` a top-level branch that
/// fits into a column starts a new one rather than being split; any other branch that reaches
/// the end of a column is split and the next column repeats its ancestors. The column width is left at 0 for the caller; `None` when the
/// ancestors alone do not fit into a column.
fn umbrechen(knoten: &[Knoten], zeilen: usize, ganze_aeste: bool) -> Option<Druckbild> {
    let mut plaetze = Vec::with_capacity(knoten.len());
    let mut fort = Vec::new();
    let (mut spalte, mut zeile) = (0, 0);
    for (i, n) in knoten.iter().enumerate() {
        if ganze_aeste && n.eltern.is_none() && zeile > 0 {
            let ende = knoten[i + 1..]
                .iter()
                .position(|m| m.eltern.is_none())
                .map_or(knoten.len(), |p| i + 1 + p);
            let groesse = ende - i;
            if groesse <= zeilen && zeile + groesse > zeilen {
                spalte += 1;
                zeile = 0;
            }
        }
        // A Gebiet does not stand alone at the foot of a column, away from its first child.
        let allein_unten = zeile > 0
            && zeile + 1 == zeilen
            && knoten.get(i + 1).is_some_and(|m| m.eltern == Some(i));
        if zeile >= zeilen || allein_unten {
            spalte += 1;
            zeile = 0;
            let kette = ahnen(knoten, i);
            if kette.len() >= zeilen {
                return None;
            }
            for a in kette {
                fort.push((spalte, zeile, a));
                zeile += 1;
            }
        }
        plaetze.push((spalte, zeile));
        zeile += 1;
    }
    Some(Druckbild {
        spalten: spalte + 1,
        zeilen,
        plaetze,
        fortsetzungen: fort,
        spaltenbreite: 0,
    })
}

/// The printed map of `knoten` whose labels are `zeichen[i]` characters long: tries one to
/// eight columns, each with the fewest rows that hold the map, with top-level branches kept
/// whole and split, and keeps the layout with the largest type on A3 landscape (whole branches
/// first when equal).
pub fn druckbild(knoten: &[Knoten], zeichen: &[usize]) -> Druckbild {
    let text = |i: usize| zeichen.get(i).copied().unwrap_or(0).min(DRUCK_ZEICHEN);
    // Estimated label width: 0.6 of the type size per character, plus the mark before it.
    let spaltenbreite = knoten
        .iter()
        .enumerate()
        .map(|(i, k)| k.tiefe * DRUCK_EINZUG + 14 + (text(i) * DRUCK_SCHRIFT * 6).div_ceil(10))
        .max()
        .unwrap_or(0)
        + DRUCK_LUECKE;
    let mut bestes: Option<Druckbild> = None;
    let versuche =
        (1..=DRUCK_SPALTEN_MAX.min(knoten.len().max(1))).flat_map(|s| [(s, true), (s, false)]);
    for (spalten, ganze_aeste) in versuche {
        let tiefe = knoten.iter().map(|k| k.tiefe).max().unwrap_or(0);
        let mut zeilen = knoten.len().div_ceil(spalten).max(1);
        let gefunden = loop {
            match umbrechen(knoten, zeilen, ganze_aeste) {
                Some(bild) if bild.spalten <= spalten => {
                    break Druckbild {
                        spaltenbreite,
                        ..bild
                    }
                }
                _ if zeilen > knoten.len() + tiefe => {
                    break Druckbild {
                        spalten: 1,
                        zeilen,
                        plaetze: Vec::new(),
                        fortsetzungen: Vec::new(),
                        spaltenbreite,
                    }
                }
                _ => zeilen += 1,
            }
        };
        if gefunden.plaetze.len() != knoten.len() {
            continue;
        }
        let besser = bestes
            .as_ref()
            .is_none_or(|b| gefunden.schrift_pt(Papier::A3) > b.schrift_pt(Papier::A3) + 1e-9);
        if besser {
            bestes = Some(gefunden);
        }
    }
    bestes.unwrap_or(Druckbild {
        spalten: 1,
        zeilen: 0,
        plaetze: Vec::new(),
        fortsetzungen: Vec::new(),
        spaltenbreite,
    })
}

crate::shared::datensatz::mit_id!(Knoten);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::datensatz::Datensaetze;
    use crate::tools::wissenslandkarte::model::{
        Massnahmenstatus, Prozessschritt, Traegertyp, Transferart,
    };

    fn d(text: &str) -> Datum {
        Datum::aus_iso(text).unwrap()
    }

    /// A > B > C, A > D; Träger: p (person leaving 2027-06-01), q, doc.
    fn karte3() -> (Wissenslandkarte, [u32; 4], [u32; 3]) {
        let mut k = Wissenslandkarte::default();
        let a = k.speichere_gebiet(Gebiet {
            titel: "A".into(),
            kritikalitaet: Kritikalitaet::Gering,
            ..Gebiet::default()
        });
        let b = k.speichere_gebiet(Gebiet {
            titel: "B".into(),
            eltern: Some(a),
            kritikalitaet: Kritikalitaet::Hoch,
            ..Gebiet::default()
        });
        let c = k.speichere_gebiet(Gebiet {
            titel: "C".into(),
            eltern: Some(b),
            kritikalitaet: Kritikalitaet::Mittel,
            ..Gebiet::default()
        });
        let dd = k.speichere_gebiet(Gebiet {
            titel: "D".into(),
            eltern: Some(a),
            ..Gebiet::default()
        });
        let p = k.speichere_traeger(Traeger {
            bezeichnung: "Paula".into(),
            rolle: "Sachbearbeitung".into(),
            verfuegbar_bis: Some(d("2027-06-01")),
            ..Traeger::default()
        });
        let q = k.speichere_traeger(Traeger {
            bezeichnung: "Quirin".into(),
            einwilligung: true,
            ..Traeger::default()
        });
        let doc = k.speichere_traeger(Traeger {
            typ: Traegertyp::Dokument,
            bezeichnung: "Handbuch".into(),
            ..Traeger::default()
        });
        (k, [a, b, c, dd], [p, q, doc])
    }

    fn zuordnen(k: &mut Wissenslandkarte, gebiet: u32, traeger: u32, rolle: Traegerrolle) {
        k.speichere_zuordnung(Zuordnung {
            gebiet,
            traeger,
            rolle,
            ..Zuordnung::default()
        });
    }

    #[test]
    fn baum_und_pfad_in_drei_ebenen() {
        let (mut k, [a, b, c, dd], _) = karte3();
        let reihe: Vec<(&str, usize)> = baum(&k)
            .iter()
            .map(|(g, t)| (g.titel.as_str(), *t))
            .collect();
        assert_eq!(reihe, [("A", 0), ("B", 1), ("C", 2), ("D", 1)]);
        assert_eq!(pfad(&k, c), "A > B > C");
        assert_eq!(pfad(&k, dd), "A > D");
        // A stored cycle neither loops nor loses a Gebiet.
        k.gebiete.mit_id_mut(a).unwrap().eltern = Some(c);
        assert_eq!(baum(&k).len(), 4);
        assert!(pfad(&k, b).ends_with("B"));
    }

    /// The done-when case: the only Hauptträger of a critical Gebiet retires in 6 months.
    #[test]
    fn risiko_nur_bei_einzigem_haupttraeger_der_binnen_zwoelf_monaten_geht() {
        let (mut k, [_, b, c, dd], [p, q, doc]) = karte3();
        let stichtag = d("2026-12-01");
        zuordnen(&mut k, b, p, Traegerrolle::Haupttraeger);
        zuordnen(&mut k, b, doc, Traegerrolle::Vertretung);
        zuordnen(&mut k, c, p, Traegerrolle::Haupttraeger);
        zuordnen(&mut k, c, q, Traegerrolle::Haupttraeger);
        zuordnen(&mut k, dd, q, Traegerrolle::Haupttraeger);
        let r = |k: &Wissenslandkarte, id, tag| risiko(k, k.gebiet(id).unwrap(), tag);
        // B: Kritikalität 3, one Hauptträger leaving 2027-06-01 (6 months): 3.
        let rb = r(&k, b, stichtag);
        assert_eq!(
            (rb.wert, rb.einziger, rb.abgang, rb.bus_faktor),
            (3, Some(p), Some(d("2027-06-01")), 2)
        );
        // C: two Hauptträger: 0. D: one who stays: 0.
        assert_eq!(r(&k, c, stichtag).wert, 0);
        assert_eq!(r(&k, dd, stichtag).wert, 0);
        // Stichtag more than 12 months before the departure: 0; exactly 12 months: 0; one day
        // less: counted.
        assert_eq!(r(&k, b, d("2026-05-01")).wert, 0);
        assert_eq!(r(&k, b, d("2026-06-01")).wert, 0);
        assert_eq!(r(&k, b, d("2026-06-02")).wert, 3);
        // Already gone before the Stichtag still counts.
        assert_eq!(r(&k, b, d("2028-01-01")).wert, 3);
        // The list holds B only; a second Gebiet with Kritikalität 2 comes after it.
        k.speichere_traeger(Traeger {
            id: q,
            bezeichnung: "Quirin".into(),
            verfuegbar_bis: Some(d("2027-01-31")),
            einwilligung: true,
            ..Traeger::default()
        });
        let liste: Vec<(u32, u8)> = risiken(&k, stichtag)
            .iter()
            .map(|r| (r.gebiet, r.wert))
            .collect();
        assert_eq!(liste, [(b, 3), (dd, 2)]);
        // A transfer is counted while open.
        k.speichere_transfer(Transfer {
            gebiet: Some(b),
            art: Transferart::Wissensstafette,
            ..Transfer::default()
        });
        assert_eq!(r(&k, b, stichtag).offene_transfers, 1);
        k.transfers[0].status = Massnahmenstatus::Erledigt;
        assert_eq!(r(&k, b, stichtag).offene_transfers, 0);
    }

    #[test]
    fn monate_bis_zaehlt_ganze_kalendermonate() {
        assert_eq!(monate_bis(d("2026-12-01"), d("2027-06-01")), 6);
        assert_eq!(monate_bis(d("2026-12-01"), d("2027-05-31")), 5);
        assert_eq!(monate_bis(d("2026-12-15"), d("2026-12-20")), 0);
        assert_eq!(monate_bis(d("2026-12-15"), d("2026-10-15")), -2);
        assert_eq!(monate_bis(d("2026-12-15"), d("2026-10-20")), -1);
    }

    #[test]
    fn prozessschritt_gedeckt_wenn_jedes_gebiet_zwei_traeger_hat() {
        let (mut k, [a, b, c, _], [p, q, doc]) = karte3();
        zuordnen(&mut k, b, p, Traegerrolle::Haupttraeger);
        zuordnen(&mut k, b, q, Traegerrolle::Vertretung);
        zuordnen(&mut k, c, p, Traegerrolle::Haupttraeger);
        k.speichere_prozess(Prozessschritt {
            id: 0,
            titel: "eins".into(),
            gebiete: vec![b],
        });
        k.speichere_prozess(Prozessschritt {
            id: 0,
            titel: "zwei".into(),
            gebiete: vec![b, c],
        });
        k.speichere_prozess(Prozessschritt {
            id: 0,
            titel: "drei".into(),
            gebiete: vec![a],
        });
        assert_eq!(abdeckung(&k), (1, 3));
        assert_eq!(abdeckung_text(&k), "33 % (1 von 3 Prozessschritten)");
        zuordnen(&mut k, c, doc, Traegerrolle::Vertretung);
        assert_eq!(abdeckung(&k), (2, 3));
        assert_eq!(abdeckung_text(&k), "67 % (2 von 3 Prozessschritten)");
        assert!(!abgedeckt(&k, &[]));
        assert_eq!(abdeckung_text(&Wissenslandkarte::default()), "–");
    }

    #[test]
    fn offboarding_nennt_gebiete_vertretung_und_offene_transfers() {
        let (mut k, [_, b, c, _], [p, q, _]) = karte3();
        zuordnen(&mut k, c, p, Traegerrolle::Haupttraeger);
        zuordnen(&mut k, b, p, Traegerrolle::Haupttraeger);
        zuordnen(&mut k, b, q, Traegerrolle::Vertretung);
        k.speichere_transfer(Transfer {
            gebiet: Some(c),
            geber: Some(p),
            nehmer: Some(q),
            ..Transfer::default()
        });
        let blatt = offboarding(&k, p);
        let zeilen: Vec<(&str, usize, bool, usize)> = blatt
            .iter()
            .map(|u| {
                (
                    u.gebiet.titel.as_str(),
                    u.andere.len(),
                    u.ungedeckt(),
                    u.transfers.len(),
                )
            })
            .collect();
        assert_eq!(
            zeilen,
            [("B", 1, false, 0), ("C", 0, true, 1)],
            "Baumreihenfolge"
        );
        assert_eq!(offene_transfers_von(&k, q).len(), 1);
        assert!(offboarding(&k, 999).is_empty());
    }

    #[test]
    fn karte_klappt_zweige_ein_und_die_tasten_folgen_dem_baum() {
        let (mut k, [a, b, c, _], [p, q, _]) = karte3();
        zuordnen(&mut k, b, p, Traegerrolle::Vertretung);
        zuordnen(&mut k, b, q, Traegerrolle::Haupttraeger);
        let offen = karte(&k, &BTreeSet::new());
        let kurz: Vec<(Knotenart, usize, Option<usize>)> =
            offen.iter().map(|n| (n.art, n.tiefe, n.eltern)).collect();
        use Knotenart::*;
        assert_eq!(
            kurz,
            [
                (Gebiet, 0, None),
                (Gebiet, 1, Some(0)),
                (Traeger, 2, Some(1)),
                (Traeger, 2, Some(1)),
                (Gebiet, 2, Some(1)),
                (Gebiet, 1, Some(0))
            ]
        );
        // Hauptträger first.
        let erste = k.zuordnungen.iter().find(|z| z.id == offen[2].id).unwrap();
        assert_eq!(erste.traeger, q);
        assert_eq!(offen[1].kinder, 3);
        assert_eq!(naechster_knoten(&offen, 1, "ArrowRight"), Some(2));
        assert_eq!(naechster_knoten(&offen, 4, "ArrowLeft"), Some(1));
        assert_eq!(naechster_knoten(&offen, 5, "ArrowDown"), None);
        assert_eq!(naechster_knoten(&offen, 0, "ArrowUp"), None);
        assert_eq!(naechster_knoten(&offen, 2, "End"), Some(5));
        assert_eq!(naechster_knoten(&offen, 2, "ArrowRight"), None, "Blatt");
        let zu = karte(&k, &BTreeSet::from([b]));
        assert_eq!(zu.len(), 3, "A, B (eingeklappt), D");
        assert!(zu[1].eingeklappt && zu[1].id == b);
        assert_eq!(naechster_knoten(&zu, 1, "ArrowRight"), None);
        assert!(!zu.iter().any(|n| n.art == Gebiet && n.id == c));
        assert_eq!(karte(&k, &BTreeSet::from([a])).len(), 1);
    }

    #[test]
    fn grosse_karte_mit_60_gebieten_und_120_traegern() {
        let k = crate::tools::wissenslandkarte::examples::generiere(60, 120, d("2026-12-01"));
        assert_eq!((k.gebiete.len(), k.traeger.len()), (60, 120));
        let knoten = karte(&k, &BTreeSet::new());
        assert_eq!(knoten.len(), 60 + k.zuordnungen.len());
        assert!(baum(&k).iter().any(|(_, t)| *t == 2), "drei Ebenen");
        for (i, n) in knoten.iter().enumerate() {
            assert_eq!(n.zeile, i);
            if let Some(e) = n.eltern {
                assert!(e < i && knoten[e].tiefe + 1 == n.tiefe);
            }
        }
    }

    /// Label lengths as real maps have them: "Antragsannahme und Vollständigkeitsprüfung" is
    /// 42 characters, "◐ Dr. Katharina Müller-Lüdenscheidt – Vertretung" 48.
    fn laengen(knoten: &[Knoten]) -> Vec<usize> {
        knoten
            .iter()
            .map(|n| if n.art == Knotenart::Gebiet { 42 } else { 48 })
            .collect()
    }

    /// Issue 18: the map of 60 Gebiete and 120 Träger prints on one A3 landscape page in type
    /// of at least 7 pt (one long column would shrink it to about 2 pt); A4 has the same
    /// proportions, so the same layout gives √½ of that.
    #[test]
    fn druckbild_der_grossen_karte_passt_lesbar_auf_eine_a3_seite() {
        let k = crate::tools::wissenslandkarte::examples::generiere(60, 120, d("2026-12-01"));
        let knoten = karte(&k, &BTreeSet::new());
        let bild = druckbild(&knoten, &laengen(&knoten));
        assert!(bild.spalten > 1, "in Spalten umbrochen: {bild:?}");
        assert_eq!(bild.plaetze.len(), knoten.len());
        let mut belegt: BTreeSet<(usize, usize)> = bild.plaetze.iter().copied().collect();
        assert_eq!(belegt.len(), knoten.len(), "kein Platz doppelt");
        for &(s, z, _) in &bild.fortsetzungen {
            assert!(belegt.insert((s, z)), "Fortsetzungen überdecken nichts");
        }
        assert!(belegt
            .iter()
            .all(|&(s, z)| s < bild.spalten && z < bild.zeilen));
        let a3 = bild.schrift_pt(Papier::A3);
        let a4 = bild.schrift_pt(Papier::A4);
        assert!(a3 >= 7.0, "A3: {a3:.1} pt");
        assert!(a4 < a3 && a4 >= 4.5, "A4: {a4:.1} pt");
        // One column would be unreadable: that is what the columns are for.
        let eine = Druckbild {
            spalten: 1,
            zeilen: knoten.len(),
            ..bild.clone()
        };
        assert!(eine.schrift_pt(Papier::A3) < 3.0);
    }

    /// A column that starts inside a branch repeats the branch's ancestors, so every node still
    /// stands below its parent or below a repetition of it; a top-level branch that fits into a
    /// column is not split.
    #[test]
    fn umbruch_wiederholt_die_vorfahren_und_teilt_kleine_aeste_nicht() {
        let (mut k, [a, _, c, dd], [p, q, doc]) = karte3();
        for t in [p, q, doc] {
            zuordnen(&mut k, c, t, Traegerrolle::Vertretung);
            zuordnen(&mut k, dd, t, Traegerrolle::Vertretung);
        }
        let e = k.speichere_gebiet(Gebiet {
            titel: "E".into(),
            ..Gebiet::default()
        });
        zuordnen(&mut k, e, p, Traegerrolle::Haupttraeger);
        let knoten = karte(&k, &BTreeSet::new());
        // A, B, C, 3 Träger, D, 3 Träger = 10 rows; E and its Träger = 2.
        assert_eq!(knoten.len(), 12);
        let Druckbild {
            plaetze,
            fortsetzungen: fort,
            spalten,
            ..
        } = umbrechen(&knoten, 5, true).unwrap();
        assert_eq!(spalten, 4);
        for (i, n) in knoten.iter().enumerate() {
            let Some(eltern) = n.eltern else { continue };
            let (s, z) = plaetze[i];
            let darueber = plaetze[eltern].0 == s && plaetze[eltern].1 < z;
            let wiederholt = fort
                .iter()
                .any(|&(fs, fz, fi)| fs == s && fz < z && fi == eltern);
            assert!(
                darueber || wiederholt,
                "Knoten {i} ohne sichtbare Eltern: {plaetze:?} {fort:?}"
            );
        }
        // D would stand alone in the last row of column 1: it opens column 2, under A repeated.
        let kopf: Vec<usize> = fort.iter().filter(|f| f.0 == 2).map(|f| f.2).collect();
        assert_eq!(
            kopf.iter()
                .map(|&i| (knoten[i].art, knoten[i].id))
                .collect::<Vec<_>>(),
            [(Knotenart::Gebiet, a)]
        );
        let id_ = knoten
            .iter()
            .position(|n| n.art == Knotenart::Gebiet && n.id == dd)
            .unwrap();
        assert_eq!(plaetze[id_], (2, 1));
        // E (2 rows) would fit after the rest of D: no; it starts its own column, whole.
        let ie = knoten
            .iter()
            .position(|n| n.art == Knotenart::Gebiet && n.id == e)
            .unwrap();
        assert_eq!(plaetze[ie], (3, 0));
        assert_eq!(plaetze[ie + 1], (3, 1));
        // Ancestors that fill a whole column: no layout.
        assert_eq!(umbrechen(&knoten, 2, true), None);
        // Split freely, E follows D's Träger in the same column when there is room.
        let frei = umbrechen(&knoten, 7, false).unwrap();
        let ganz = umbrechen(&knoten, 6, true).unwrap();
        assert_eq!(frei.plaetze[ie].0, frei.plaetze[ie - 1].0);
        assert!(ganz.plaetze[ie].0 > ganz.plaetze[ie - 1].0 && ganz.plaetze[ie].1 == 0);
        // No Gebiet with shown children in the last row of a column.
        for bild in [&frei, &ganz, &umbrechen(&knoten, 4, false).unwrap()] {
            for (i, &(s, z)) in bild.plaetze.iter().enumerate() {
                let hat_kind = knoten.get(i + 1).is_some_and(|m| m.eltern == Some(i));
                assert!(
                    !(hat_kind && z + 1 == bild.zeilen && bild.plaetze[i + 1].0 != s),
                    "Knoten {i} allein unten: {bild:?}"
                );
            }
        }
    }
}
