//! The Budgetmonitor's calculations, all in integer cents and exact integer arithmetic
//! (fachkonzept §2.3). Percentages are tenths of a percent (per mille of the fraction), rounded
//! half away from zero — the rule of Excel's `ROUND`, which the export's formulas use, so the
//! app, the cached values and a recalculated workbook agree to the last digit. A division by
//! zero gives `None` (shown as "–").
//!
//! **Which bookings count.** Every figure is "zum Berichtsstichtag": a booking counts if its
//! date is on or before the Stichtag. A Storno counts from its own date and takes back the
//! booking it refers to by its amount (`wirksamer Betrag = Betrag − Σ Stornos`; towards zero for
//! a negative Zuweisung).
//!
//! **When a commitment is "abgeflossen" (the rule for `gebunden`).** Festlegungen and
//! Vorbindungen are commitments. A payment (Ist) that refers to a Festlegung or Vorbindung
//! settles it by its amount; a Festlegung that refers to a Vorbindung turns that part of the
//! reservation into a legal commitment. The open part of a commitment is
//! `max(0, wirksamer Betrag − Σ wirksame Beträge der Buchungen, die auf sie verweisen)`, and
//! `gebunden = Σ offene Teile aller Festlegungen und Vorbindungen`. A payment without a
//! reference is Ist only and settles nothing; paying more than was committed never makes
//! `gebunden` negative.
//!
//! **Definitions.**
//! - `verfügbares Soll = Ansatz + Ausgabereste + Zuweisungen/Umsetzungen − Sperren`, where
//!   Zuweisungen are the Ansätze' own plus Zuweisung bookings.
//! - `frei = verfügbares Soll − Ist − gebunden`.
//! - `Abflussquote = Ist / verfügbares Soll`, `Bindungsquote = (Ist + gebunden) / verfügbares Soll`.
//! - `vergangene Monate` of the Stichtag in the Haushaltsjahr: 0 before the year, 12 after it,
//!   otherwise the Stichtag's month number including the current month (15.05. → 5).
//! - `Soll-Abfluss bis Stichtag` = Σ Monatsplan of the past months; without a Monatsplan the
//!   time share `verfügbares Soll × vergangene Monate / 12`.
//! - `statische Hochrechnung = Ist × 12 / vergangene Monate` (`None` at 0 months).
//! - the **maßgebliche Prognose** is the latest forecast with a Stichtag on or before the
//!   Berichtsstichtag, otherwise the statische Hochrechnung.
//! - `Prognose-Abweichung = Prognose − verfügbares Soll`, in % of the verfügbares Soll.
//! - `voraussichtlicher Ausgaberest = verfügbares Soll − Prognose` if positive: carried over
//!   where the Titel has UEB or is flexibilisiert, otherwise it lapses ("verfällt"). A negative
//!   value is a Mehrbedarf.
//! - Ampel: |Abweichung %| ≤ grün tolerance → grün, ≤ gelb tolerance → gelb, else rot; grau
//!   without verfügbares Soll or without any forecast.
//! - VE: `VE frei = VE-Ansatz − Σ VE-Inanspruchnahmen`; `Vorbelastung HJ j = Σ
//!   VE-Inanspruchnahmen fällig in j`.

use std::collections::{BTreeMap, HashMap};

use super::model::{
    Buchung, Buchungsart, Budgetmonitor, Haushaltsstelle, Haushaltsvermerk, Prognosemethode,
    Tendenz, Verpflichtungsermaechtigung,
};
use crate::shared::datum::Datum;
use crate::shared::vokabular::Ampel;

/// `zaehler / nenner` rounded half away from zero; `None` for `nenner == 0`.
pub fn geteilt_gerundet(zaehler: i128, nenner: i128) -> Option<i128> {
    if nenner == 0 {
        return None;
    }
    let (z, n) = if nenner < 0 {
        (-zaehler, -nenner)
    } else {
        (zaehler, nenner)
    };
    // Truncating division, then away from zero if the remainder is at least half.
    let q = z / n;
    let r = z % n;
    Some(if 2 * r.abs() >= n {
        q + if z >= 0 { 1 } else { -1 }
    } else {
        q
    })
}

/// `teil / ganzes` in tenths of a percent (per mille), rounded half away from zero.
pub fn promille(teil: i64, ganzes: i64) -> Option<i64> {
    geteilt_gerundet(i128::from(teil) * 1000, i128::from(ganzes)).map(|v| v as i64)
}

/// Months of the Haushaltsjahr `jahr` elapsed at `stichtag`, the current month included.
pub fn vergangene_monate(jahr: i32, stichtag: Datum) -> u32 {
    match stichtag.jahr().cmp(&jahr) {
        std::cmp::Ordering::Less => 0,
        std::cmp::Ordering::Greater => 12,
        std::cmp::Ordering::Equal => stichtag.monat(),
    }
}

/// Whether a booking counts at the Stichtag.
fn zaehlt(b: &Buchung, stichtag: Datum) -> bool {
    b.datum.is_some_and(|d| d <= stichtag)
}

/// Effective amounts of all bookings counting at the Stichtag (Stornos applied), by id.
pub fn wirksame_betraege(bm: &Budgetmonitor, stichtag: Datum) -> HashMap<u32, i64> {
    let mut storniert: HashMap<u32, i64> = HashMap::new();
    for b in &bm.buchungen {
        if b.art == Buchungsart::Storno && zaehlt(b, stichtag) {
            if let Some(bezug) = b.bezug {
                *storniert.entry(bezug).or_default() += b.betrag;
            }
        }
    }
    bm.buchungen
        .iter()
        .filter(|b| zaehlt(b, stichtag) && b.art != Buchungsart::Storno)
        .map(|b| {
            let s = storniert.get(&b.id).copied().unwrap_or(0);
            let wert = if b.betrag < 0 {
                b.betrag + s
            } else {
                b.betrag - s
            };
            (b.id, wert)
        })
        .collect()
}

/// Summed money figures of one Titel or of a group of Titel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Summen {
    /// Ansatz.
    pub ansatz: i64,
    /// Ausgabereste.
    pub reste: i64,
    /// Zuweisungen / Umsetzungen (+/−).
    pub zuweisungen: i64,
    /// Sperren.
    pub sperren: i64,
    /// Ist zum Stichtag.
    pub ist: i64,
    /// gebunden zum Stichtag (open Festlegungen and Vorbindungen).
    pub gebunden: i64,
    /// Soll-Abfluss bis Stichtag (Monatsplan or time share).
    pub plan_bis_stichtag: i64,
    /// Maßgebliche Prognose (0 where there is none).
    pub prognose: i64,
    /// Whether any Titel in the group has a forecast.
    pub hat_prognose: bool,
}

impl Summen {
    /// verfügbares Soll.
    pub fn soll(&self) -> i64 {
        self.ansatz + self.reste + self.zuweisungen - self.sperren
    }

    /// frei (verfügbar).
    pub fn frei(&self) -> i64 {
        self.soll() - self.ist - self.gebunden
    }

    /// Abflussquote, per mille.
    pub fn abflussquote(&self) -> Option<i64> {
        promille(self.ist, self.soll())
    }

    /// Bindungsquote, per mille.
    pub fn bindungsquote(&self) -> Option<i64> {
        promille(self.ist + self.gebunden, self.soll())
    }

    /// Ist − Soll-Abfluss bis Stichtag.
    pub fn abfluss_abweichung(&self) -> i64 {
        self.ist - self.plan_bis_stichtag
    }

    /// Prognose − verfügbares Soll (`None` without forecast).
    pub fn abweichung(&self) -> Option<i64> {
        self.hat_prognose.then(|| self.prognose - self.soll())
    }

    /// Prognose-Abweichung in per mille of the verfügbares Soll.
    pub fn abweichung_promille(&self) -> Option<i64> {
        self.abweichung().and_then(|a| promille(a, self.soll()))
    }

    /// Adds another group's figures.
    pub fn plus(&mut self, andere: &Summen) {
        self.ansatz += andere.ansatz;
        self.reste += andere.reste;
        self.zuweisungen += andere.zuweisungen;
        self.sperren += andere.sperren;
        self.ist += andere.ist;
        self.gebunden += andere.gebunden;
        self.plan_bis_stichtag += andere.plan_bis_stichtag;
        self.prognose += andere.prognose;
        self.hat_prognose |= andere.hat_prognose;
    }
}

/// The Ampel for a deviation in per mille against the tolerances (per mille as well).
pub fn ampel(abweichung_promille: Option<i64>, gruen: u32, gelb: u32) -> Ampel {
    match abweichung_promille {
        None => Ampel::Grau,
        Some(a) if a.unsigned_abs() <= u64::from(gruen) => Ampel::Gruen,
        Some(a) if a.unsigned_abs() <= u64::from(gelb) => Ampel::Gelb,
        Some(_) => Ampel::Rot,
    }
}

/// The forecast a Titel is measured by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MassgeblichePrognose {
    /// Forecast year-end outflow, cents.
    pub betrag: i64,
    /// Method.
    pub methode: Prognosemethode,
    /// Date of the forecast (`None` for the automatic Hochrechnung).
    pub stichtag: Option<Datum>,
    /// Explanation.
    pub erlaeuterung: String,
    /// Direction.
    pub tendenz: Tendenz,
}

/// Expected Ausgaberest at year-end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ausgaberest {
    /// Nothing left, nothing missing (or no forecast).
    Keiner,
    /// Left over and carried into the next year (UEB or flexibilisiert).
    Uebertragbar(i64),
    /// Left over and lapsing at year-end.
    Verfaellt(i64),
    /// Forecast above the verfügbares Soll: missing amount.
    Mehrbedarf(i64),
}

impl Ausgaberest {
    /// German text, e.g. "1.234,56 € übertragbar".
    pub fn text(self) -> String {
        use crate::shared::format::euro;
        match self {
            Ausgaberest::Keiner => "kein Rest".to_owned(),
            Ausgaberest::Uebertragbar(b) => format!("{} übertragbar", euro(b)),
            Ausgaberest::Verfaellt(b) => format!("{} verfällt", euro(b)),
            Ausgaberest::Mehrbedarf(b) => format!("{} Mehrbedarf", euro(b)),
        }
    }
}

/// Everything the monitor shows for one Titel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Titelzeile {
    /// Id of the Haushaltsstelle.
    pub haushaltsstelle: u32,
    /// Money figures.
    pub summen: Summen,
    /// statische Hochrechnung.
    pub hochrechnung: Option<i64>,
    /// The forecast used (`None`: none entered, no month elapsed).
    pub prognose: Option<MassgeblichePrognose>,
    /// Ampel of the forecast deviation.
    pub ampel: Ampel,
    /// Expected Ausgaberest.
    pub ausgaberest: Ausgaberest,
}

/// The report frame: Stichtag, Haushaltsjahr, elapsed months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rahmen {
    /// Berichtsstichtag.
    pub stichtag: Datum,
    /// Haushaltsjahr.
    pub jahr: i32,
    /// vergangene Monate.
    pub monate: u32,
}

impl Rahmen {
    /// The frame of `bm` with `heute` as fallback Stichtag.
    pub fn von(bm: &Budgetmonitor, heute: Datum) -> Rahmen {
        let stichtag = bm.stichtag.unwrap_or(heute);
        let jahr = bm.berichtsjahr(stichtag);
        Rahmen {
            stichtag,
            jahr,
            monate: vergangene_monate(jahr, stichtag),
        }
    }
}

/// Open (not yet settled) amount of every counting commitment, by id.
fn offene_bindungen(bm: &Budgetmonitor, wirksam: &HashMap<u32, i64>) -> HashMap<u32, i64> {
    let mut verbraucht: HashMap<u32, i64> = HashMap::new();
    for b in &bm.buchungen {
        if matches!(b.art, Buchungsart::Ist | Buchungsart::Festlegung) {
            if let (Some(bezug), Some(w)) = (b.bezug, wirksam.get(&b.id)) {
                *verbraucht.entry(bezug).or_default() += w;
            }
        }
    }
    bm.buchungen
        .iter()
        .filter(|b| matches!(b.art, Buchungsart::Festlegung | Buchungsart::Vorbindung))
        .filter_map(|b| {
            let w = *wirksam.get(&b.id)?;
            let v = verbraucht.get(&b.id).copied().unwrap_or(0);
            Some((b.id, (w - v).max(0)))
        })
        .collect()
}

/// Precomputed booking figures at a Stichtag, and the records of each Haushaltsstelle (so
/// that figures per Titel cost time in proportion to that Titel's records, not to all).
pub struct Auswertung {
    /// Effective amounts.
    pub wirksam: HashMap<u32, i64>,
    /// Open commitments.
    pub offen: HashMap<u32, i64>,
    /// Indices into `bm.buchungen` per Haushaltsstelle.
    buchungen_von: HashMap<u32, Vec<usize>>,
    /// Indices into `bm.ansaetze` per Haushaltsstelle.
    ansaetze_von: HashMap<u32, Vec<usize>>,
}

impl Auswertung {
    /// Evaluates the bookings of `bm` at `stichtag`.
    pub fn neu(bm: &Budgetmonitor, stichtag: Datum) -> Auswertung {
        let wirksam = wirksame_betraege(bm, stichtag);
        let offen = offene_bindungen(bm, &wirksam);
        let mut buchungen_von: HashMap<u32, Vec<usize>> = HashMap::new();
        for (i, b) in bm.buchungen.iter().enumerate() {
            buchungen_von.entry(b.haushaltsstelle).or_default().push(i);
        }
        let mut ansaetze_von: HashMap<u32, Vec<usize>> = HashMap::new();
        for (i, a) in bm.ansaetze.iter().enumerate() {
            ansaetze_von.entry(a.haushaltsstelle).or_default().push(i);
        }
        Auswertung {
            wirksam,
            offen,
            buchungen_von,
            ansaetze_von,
        }
    }

    /// The bookings of Haushaltsstelle `id`, in stored order.
    pub fn buchungen<'a>(
        &self,
        bm: &'a Budgetmonitor,
        id: u32,
    ) -> impl Iterator<Item = &'a Buchung> + use<'a, '_> {
        self.buchungen_von
            .get(&id)
            .into_iter()
            .flatten()
            .map(move |&i| &bm.buchungen[i])
    }

    /// The Ansätze of Haushaltsstelle `id`.
    pub fn ansaetze<'a>(
        &self,
        bm: &'a Budgetmonitor,
        id: u32,
    ) -> impl Iterator<Item = &'a super::model::Ansatz> + use<'a, '_> {
        self.ansaetze_von
            .get(&id)
            .into_iter()
            .flatten()
            .map(move |&i| &bm.ansaetze[i])
    }
}

/// The figures of Haushaltsstelle `h` (within the frame's Stichtag).
pub fn titelzeile(
    bm: &Budgetmonitor,
    h: &Haushaltsstelle,
    rahmen: Rahmen,
    auswertung: &Auswertung,
) -> Titelzeile {
    let mut s = Summen::default();
    for a in auswertung.ansaetze(bm, h.id) {
        s.ansatz += a.ansatz;
        s.reste += a.reste;
        s.zuweisungen += a.zuweisungen;
        s.sperren += a.sperren;
    }
    for b in auswertung.buchungen(bm, h.id) {
        let w = auswertung.wirksam.get(&b.id).copied();
        match b.art {
            Buchungsart::Ist => s.ist += w.unwrap_or(0),
            Buchungsart::Zuweisung => s.zuweisungen += w.unwrap_or(0),
            Buchungsart::Festlegung | Buchungsart::Vorbindung => {
                s.gebunden += auswertung.offen.get(&b.id).copied().unwrap_or(0);
            }
            _ => {}
        }
    }
    let monate = vergangene_monate(h.haushaltsjahr, rahmen.stichtag);
    s.plan_bis_stichtag = if h.monatsplan.len() == 12 {
        h.monatsplan[..monate as usize].iter().sum()
    } else {
        geteilt_gerundet(i128::from(s.soll()) * i128::from(monate), 12).unwrap_or(0) as i64
    };
    let hochrechnung =
        geteilt_gerundet(i128::from(s.ist) * 12, i128::from(monate)).map(|v| v as i64);
    let erfasst = bm
        .prognosen
        .iter()
        .filter(|p| p.haushaltsstelle == h.id && p.stichtag.is_some_and(|d| d <= rahmen.stichtag))
        .max_by_key(|p| (p.stichtag, p.id));
    let prognose = match erfasst {
        Some(p) => Some(MassgeblichePrognose {
            betrag: p.betrag,
            methode: p.methode,
            stichtag: p.stichtag,
            erlaeuterung: p.erlaeuterung.clone(),
            tendenz: p.tendenz,
        }),
        None => hochrechnung.map(|betrag| MassgeblichePrognose {
            betrag,
            methode: Prognosemethode::StatischeHochrechnung,
            stichtag: None,
            erlaeuterung: String::new(),
            tendenz: Tendenz::Keine,
        }),
    };
    if let Some(p) = &prognose {
        s.prognose = p.betrag;
        s.hat_prognose = true;
    }
    let ampel = ampel(s.abweichung_promille(), bm.toleranz_gruen, bm.toleranz_gelb);
    let ausgaberest = match s.abweichung() {
        None => Ausgaberest::Keiner,
        Some(a) if a > 0 => Ausgaberest::Mehrbedarf(a),
        Some(0) => Ausgaberest::Keiner,
        Some(a) => {
            if h.hat(Haushaltsvermerk::Ueb) || h.hat(Haushaltsvermerk::Flexibilisiert) {
                Ausgaberest::Uebertragbar(-a)
            } else {
                Ausgaberest::Verfaellt(-a)
            }
        }
    };
    Titelzeile {
        haushaltsstelle: h.id,
        summen: s,
        hochrechnung,
        prognose,
        ampel,
        ausgaberest,
    }
}

/// One Kapitel with its Titel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kapitelknoten {
    /// Kapitel number ("" for free-form Haushaltsstellen).
    pub kapitel: String,
    /// Subtotal.
    pub summen: Summen,
    /// The Titel, sorted.
    pub titel: Vec<Titelzeile>,
}

/// One Einzelplan with its Kapitel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Einzelplanknoten {
    /// Einzelplan ("" for free-form Haushaltsstellen).
    pub einzelplan: String,
    /// Subtotal.
    pub summen: Summen,
    /// The Kapitel, sorted.
    pub kapitel: Vec<Kapitelknoten>,
}

/// The tree Einzelplan → Kapitel → Titel of one Haushaltsjahr with subtotals and total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Baum {
    /// The report frame.
    pub rahmen: Rahmen,
    /// Einzelplan nodes, sorted; free-form Haushaltsstellen last (empty Einzelplan).
    pub einzelplaene: Vec<Einzelplanknoten>,
    /// Total.
    pub gesamt: Summen,
}

impl Baum {
    /// All Titel rows in tree order.
    pub fn titel(&self) -> impl Iterator<Item = &Titelzeile> {
        self.einzelplaene
            .iter()
            .flat_map(|e| e.kapitel.iter())
            .flat_map(|k| k.titel.iter())
    }
}

/// Tree order: federal Titel by EP, Kapitel, Titel; free-form ones after them by name.
fn baumordnung(a: &Haushaltsstelle, b: &Haushaltsstelle) -> std::cmp::Ordering {
    (a.ist_frei(), &a.einzelplan, &a.kapitel, &a.titel)
        .cmp(&(b.ist_frei(), &b.einzelplan, &b.kapitel, &b.titel))
        .then_with(|| crate::shared::text::vergleiche(&a.frei, &b.frei))
}

/// The Haushaltsstellen of the frame's year, in tree order.
pub fn stellen_des_jahres(bm: &Budgetmonitor, jahr: i32) -> Vec<&Haushaltsstelle> {
    let mut liste: Vec<&Haushaltsstelle> = bm
        .haushaltsstellen
        .iter()
        .filter(|h| h.haushaltsjahr == jahr)
        .collect();
    liste.sort_by(|a, b| baumordnung(a, b));
    liste
}

/// Builds the tree of the frame's Haushaltsjahr.
pub fn baum(bm: &Budgetmonitor, rahmen: Rahmen) -> Baum {
    let auswertung = Auswertung::neu(bm, rahmen.stichtag);
    let mut einzelplaene: Vec<Einzelplanknoten> = Vec::new();
    let mut gesamt = Summen::default();
    for h in stellen_des_jahres(bm, rahmen.jahr) {
        let zeile = titelzeile(bm, h, rahmen, &auswertung);
        let (ep, kap) = if h.ist_frei() {
            (String::new(), String::new())
        } else {
            (h.einzelplan.clone(), h.kapitel.clone())
        };
        if einzelplaene.last().is_none_or(|e| e.einzelplan != ep) {
            einzelplaene.push(Einzelplanknoten {
                einzelplan: ep,
                summen: Summen::default(),
                kapitel: Vec::new(),
            });
        }
        let e = einzelplaene.last_mut().expect("eben angelegt");
        if e.kapitel.last().is_none_or(|k| k.kapitel != kap) {
            e.kapitel.push(Kapitelknoten {
                kapitel: kap,
                summen: Summen::default(),
                titel: Vec::new(),
            });
        }
        let k = e.kapitel.last_mut().expect("eben angelegt");
        k.summen.plus(&zeile.summen);
        e.summen.plus(&zeile.summen);
        gesamt.plus(&zeile.summen);
        k.titel.push(zeile);
    }
    Baum {
        rahmen,
        einzelplaene,
        gesamt,
    }
}

/// One month of the outflow curve of a Haushaltsstelle (or of all of them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Monatswert {
    /// Month 1..=12.
    pub monat: u32,
    /// Planned outflow in the month (Monatsplan; without one 1/12 of the verfügbares Soll,
    /// the remainder in December).
    pub plan: i64,
    /// Ist in the month (`None` after the Stichtag).
    pub ist: Option<i64>,
    /// Cumulative plan.
    pub plan_kumuliert: i64,
    /// Cumulative Ist (`None` after the Stichtag).
    pub ist_kumuliert: Option<i64>,
    /// Cumulative forecast curve from the Stichtag month on: linear from the cumulative Ist to
    /// the forecast in December (`None` before the Stichtag month or without forecast).
    pub prognose_kumuliert: Option<i64>,
}

/// The monthly curve of the Haushaltsstellen `ids` (all of the year for the whole report).
pub fn monatsverlauf(bm: &Budgetmonitor, rahmen: Rahmen, ids: &[u32]) -> Vec<Monatswert> {
    monatsverlauf_mit(bm, rahmen, ids, &Auswertung::neu(bm, rahmen.stichtag))
}

/// [`monatsverlauf`] with an [`Auswertung`] computed once for many calls.
pub fn monatsverlauf_mit(
    bm: &Budgetmonitor,
    rahmen: Rahmen,
    ids: &[u32],
    auswertung: &Auswertung,
) -> Vec<Monatswert> {
    let mut plan = [0_i64; 12];
    let mut ist = [0_i64; 12];
    let mut prognose = 0_i64;
    let mut hat_prognose = false;
    // Payments of these Haushaltsstellen that count at the Stichtag.
    let eigene: Vec<&Buchung> = ids
        .iter()
        .flat_map(|&id| auswertung.buchungen(bm, id))
        .collect();
    let ist_ids: HashMap<u32, u32> = eigene
        .iter()
        .filter(|b| b.art == Buchungsart::Ist)
        .filter(|b| auswertung.wirksam.contains_key(&b.id))
        .map(|b| (b.id, b.haushaltsstelle))
        .collect();
    for &id in ids {
        let Some(h) = bm.haushaltsstelle(id) else {
            continue;
        };
        let zeile = titelzeile(bm, h, rahmen, auswertung);
        if h.monatsplan.len() == 12 {
            for (m, p) in plan.iter_mut().enumerate() {
                *p += h.monatsplan[m];
            }
        } else {
            let soll = zeile.summen.soll();
            let monat = soll / 12;
            for p in plan.iter_mut() {
                *p += monat;
            }
            plan[11] += soll - monat * 12;
        }
        if zeile.summen.hat_prognose {
            prognose += zeile.summen.prognose;
            hat_prognose = true;
        }
    }
    // A Storno belongs to the Haushaltsstelle of the booking it reverses (checked on entry), so
    // the bookings of `ids` hold every Storno of their payments.
    for b in eigene {
        let Some(d) = b
            .datum
            .filter(|d| *d <= rahmen.stichtag && d.jahr() == rahmen.jahr)
        else {
            continue;
        };
        let m = d.monat() as usize - 1;
        match b.art {
            Buchungsart::Ist if ist_ids.contains_key(&b.id) => ist[m] += b.betrag,
            Buchungsart::Storno if b.bezug.is_some_and(|z| ist_ids.contains_key(&z)) => {
                ist[m] -= b.betrag;
            }
            _ => {}
        }
    }
    let monate = rahmen.monate;
    let mut liste = Vec::with_capacity(12);
    let (mut pk, mut ik) = (0_i64, 0_i64);
    let mut ist_bis_stichtag = 0;
    for m in 1..=12_u32 {
        pk += plan[m as usize - 1];
        let bekannt = m <= monate;
        if bekannt {
            ik += ist[m as usize - 1];
            ist_bis_stichtag = ik;
        }
        liste.push(Monatswert {
            monat: m,
            plan: plan[m as usize - 1],
            ist: bekannt.then_some(ist[m as usize - 1]),
            plan_kumuliert: pk,
            ist_kumuliert: bekannt.then_some(ik),
            prognose_kumuliert: None,
        });
    }
    if hat_prognose && monate >= 1 {
        for w in liste.iter_mut().filter(|w| w.monat >= monate) {
            w.prognose_kumuliert = Some(if w.monat == 12 {
                prognose
            } else {
                let anteil = geteilt_gerundet(
                    i128::from(prognose - ist_bis_stichtag) * i128::from(w.monat - monate),
                    i128::from(12 - monate),
                )
                .unwrap_or(0) as i64;
                ist_bis_stichtag + anteil
            });
        }
    }
    liste
}

/// One VE with its figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VeZeile {
    /// Id of the VE.
    pub ve: u32,
    /// VE-Ansatz.
    pub ansatz: i64,
    /// Σ VE-Inanspruchnahmen.
    pub in_anspruch: i64,
    /// Vorbelastung per due year (from the Inanspruchnahmen).
    pub vorbelastung: BTreeMap<i32, i64>,
}

impl VeZeile {
    /// VE frei.
    pub fn frei(&self) -> i64 {
        self.ansatz - self.in_anspruch
    }
}

/// The VEs of the frame's Haushaltsjahr.
pub fn ve_zeilen(
    bm: &Budgetmonitor,
    rahmen: Rahmen,
) -> Vec<(&Verpflichtungsermaechtigung, VeZeile)> {
    let wirksam = wirksame_betraege(bm, rahmen.stichtag);
    let stellen = stellen_des_jahres(bm, rahmen.jahr);
    let mut liste = Vec::new();
    for h in stellen {
        for ve in bm.ves.iter().filter(|v| v.haushaltsstelle == h.id) {
            let mut zeile = VeZeile {
                ve: ve.id,
                ansatz: ve.ansatz,
                in_anspruch: 0,
                vorbelastung: BTreeMap::new(),
            };
            for b in bm
                .buchungen
                .iter()
                .filter(|b| b.art == Buchungsart::VeInanspruchnahme && b.ve == Some(ve.id))
            {
                if let Some(w) = wirksam.get(&b.id) {
                    zeile.in_anspruch += w;
                    *zeile
                        .vorbelastung
                        .entry(b.faelligkeit.unwrap_or(h.haushaltsjahr + 1))
                        .or_default() += w;
                }
            }
            liste.push((ve, zeile));
        }
    }
    liste
}

/// One row of the project finances: project × Haushaltsjahr × source.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Projektfinanzen {
    /// Project id (Multiprojektplan); `None` = not assigned.
    pub projekt: Option<u32>,
    /// Haushaltsjahr.
    pub jahr: i32,
    /// Source id.
    pub quelle: Option<u32>,
    /// verfügbares Soll of the Ansätze.
    pub soll: i64,
    /// Ist charged to these Ansätze.
    pub ist: i64,
    /// gebunden charged to these Ansätze.
    pub gebunden: i64,
}

/// Project finances across all years (bookings charged to an Ansatz count for its project).
pub fn projektfinanzen(bm: &Budgetmonitor, stichtag: Datum) -> Vec<Projektfinanzen> {
    let ausw = Auswertung::neu(bm, stichtag);
    let mut map: BTreeMap<(Option<u32>, i32, Option<u32>), Projektfinanzen> = BTreeMap::new();
    let jahre: HashMap<u32, i32> = bm
        .haushaltsstellen
        .iter()
        .map(|h| (h.id, h.haushaltsjahr))
        .collect();
    let jahr_von = |hst: u32| jahre.get(&hst).copied();
    let mut nach_ansatz: HashMap<u32, Vec<&Buchung>> = HashMap::new();
    for b in &bm.buchungen {
        if let Some(a) = b.ansatz {
            nach_ansatz.entry(a).or_default().push(b);
        }
    }
    for a in &bm.ansaetze {
        let Some(jahr) = jahr_von(a.haushaltsstelle) else {
            continue;
        };
        let e = map
            .entry((a.projekt, jahr, a.quelle))
            .or_insert_with(|| Projektfinanzen {
                projekt: a.projekt,
                jahr,
                quelle: a.quelle,
                soll: 0,
                ist: 0,
                gebunden: 0,
            });
        e.soll += a.ansatz + a.reste + a.zuweisungen - a.sperren;
        for b in nach_ansatz.get(&a.id).into_iter().flatten() {
            match b.art {
                Buchungsart::Ist => e.ist += ausw.wirksam.get(&b.id).copied().unwrap_or(0),
                Buchungsart::Zuweisung => e.soll += ausw.wirksam.get(&b.id).copied().unwrap_or(0),
                Buchungsart::Festlegung | Buchungsart::Vorbindung => {
                    e.gebunden += ausw.offen.get(&b.id).copied().unwrap_or(0);
                }
                _ => {}
            }
        }
    }
    map.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::budgetmonitor::model::{Ansatz, Prognose};
    use proptest::prelude::*;

    fn d(j: i32, m: u32, t: u32) -> Datum {
        Datum::neu(j, m, t).unwrap()
    }

    fn hst(id: u32, ep: &str, kap: &str, titel: &str) -> Haushaltsstelle {
        Haushaltsstelle {
            id,
            haushaltsjahr: 2026,
            einzelplan: ep.into(),
            kapitel: kap.into(),
            titel: titel.into(),
            zweckbestimmung: "Z".into(),
            ..Haushaltsstelle::default()
        }
    }

    fn buchung(id: u32, h: u32, art: Buchungsart, datum: Datum, betrag: i64) -> Buchung {
        Buchung {
            id,
            haushaltsstelle: h,
            art,
            datum: Some(datum),
            betrag,
            ..Buchung::default()
        }
    }

    /// The worked example of the Legende: 0634/532 01, Stichtag 15.05.2026.
    fn beispiel() -> Budgetmonitor {
        let mut bm = Budgetmonitor {
            stichtag: Some(d(2026, 5, 15)),
            ..Budgetmonitor::default()
        };
        bm.haushaltsstellen.push(hst(1, "06", "0634", "532 01"));
        bm.ansaetze.push(Ansatz {
            id: 2,
            haushaltsstelle: 1,
            ansatz: 100_000_000,     // 1.000.000,00 €
            reste: 5_000_000,        //    50.000,00 €
            zuweisungen: -1_000_000, // −10.000,00 €
            sperren: 4_000_000,      //    40.000,00 €
            ..Ansatz::default()
        });
        // verfügbares Soll = 1.000.000 + 50.000 − 10.000 − 40.000 = 1.000.000,00 €
        let mut f = buchung(10, 1, Buchungsart::Festlegung, d(2026, 2, 1), 30_000_000);
        f.vertrag = "V-1".into();
        bm.buchungen.push(f);
        let mut i1 = buchung(11, 1, Buchungsart::Ist, d(2026, 3, 10), 10_000_000);
        i1.bezug = Some(10);
        bm.buchungen.push(i1);
        // Ist without reference: Ist only.
        bm.buchungen
            .push(buchung(12, 1, Buchungsart::Ist, d(2026, 4, 20), 2_345_678));
        // Storno of 345.678 cents on the unreferenced payment (Rückfluss).
        let mut s = buchung(13, 1, Buchungsart::Storno, d(2026, 5, 2), 345_678);
        s.bezug = Some(12);
        bm.buchungen.push(s);
        // Vorbindung 5.000 €, partly turned into a Festlegung of 2.000 €.
        bm.buchungen.push(buchung(
            14,
            1,
            Buchungsart::Vorbindung,
            d(2026, 5, 3),
            500_000,
        ));
        let mut f2 = buchung(15, 1, Buchungsart::Festlegung, d(2026, 5, 4), 200_000);
        f2.bezug = Some(14);
        bm.buchungen.push(f2);
        // After the Stichtag: does not count.
        bm.buchungen
            .push(buchung(16, 1, Buchungsart::Ist, d(2026, 6, 1), 99_999));
        bm
    }

    #[test]
    fn runden_und_quoten() {
        assert_eq!(geteilt_gerundet(5, 2), Some(3));
        assert_eq!(geteilt_gerundet(-5, 2), Some(-3));
        assert_eq!(geteilt_gerundet(7, 3), Some(2));
        assert_eq!(geteilt_gerundet(-7, 3), Some(-2));
        assert_eq!(geteilt_gerundet(8, 3), Some(3));
        assert_eq!(geteilt_gerundet(5, -2), Some(-3));
        assert_eq!(geteilt_gerundet(1, 0), None);
        assert_eq!(promille(1, 8), Some(125)); // 12,5 %
        assert_eq!(promille(1, 16), Some(63)); // 6,25 % → 6,3 %
        assert_eq!(promille(-1, 16), Some(-63));
        assert_eq!(promille(1, 3), Some(333));
        assert_eq!(promille(2, 3), Some(667));
        assert_eq!(promille(5, 0), None);
    }

    #[test]
    fn vergangene_monate_am_stichtag() {
        assert_eq!(vergangene_monate(2026, d(2026, 1, 1)), 1);
        assert_eq!(vergangene_monate(2026, d(2026, 5, 15)), 5);
        assert_eq!(vergangene_monate(2026, d(2026, 12, 31)), 12);
        assert_eq!(vergangene_monate(2026, d(2025, 12, 31)), 0);
        assert_eq!(vergangene_monate(2026, d(2027, 1, 2)), 12);
    }

    #[test]
    fn handrechnung_einer_haushaltsstelle() {
        let bm = beispiel();
        let rahmen = Rahmen::von(&bm, d(2000, 1, 1));
        assert_eq!(rahmen.jahr, 2026);
        assert_eq!(rahmen.monate, 5);
        let b = baum(&bm, rahmen);
        let z = b.titel().next().unwrap();
        let s = z.summen;
        assert_eq!(s.soll(), 100_000_000);
        // Ist = 100.000,00 + 23.456,78 − 3.456,78 = 120.000,00 €
        assert_eq!(s.ist, 12_000_000);
        // gebunden = (300.000 − 100.000) + (5.000 − 2.000) + 2.000 = 205.000,00 €
        assert_eq!(s.gebunden, 20_500_000);
        // frei = 1.000.000 − 120.000 − 205.000 = 675.000,00 €
        assert_eq!(s.frei(), 67_500_000);
        assert_eq!(s.abflussquote(), Some(120)); // 12,0 %
        assert_eq!(s.bindungsquote(), Some(325)); // 32,5 %
                                                  // No Monatsplan: time share 1.000.000 × 5/12 = 416.666,666… → 416.666,67 €
        assert_eq!(s.plan_bis_stichtag, 41_666_667);
        assert_eq!(s.abfluss_abweichung(), 12_000_000 - 41_666_667);
        // Hochrechnung 120.000 × 12 / 5 = 288.000,00 €
        assert_eq!(z.hochrechnung, Some(28_800_000));
        let p = z.prognose.as_ref().unwrap();
        assert_eq!(p.methode, Prognosemethode::StatischeHochrechnung);
        assert_eq!(s.abweichung(), Some(28_800_000 - 100_000_000));
        assert_eq!(s.abweichung_promille(), Some(-712)); // −71,2 %
        assert_eq!(z.ampel, Ampel::Rot);
        assert_eq!(z.ausgaberest, Ausgaberest::Verfaellt(71_200_000));
    }

    #[test]
    fn erfasste_prognose_und_toleranzen() {
        let mut bm = beispiel();
        bm.haushaltsstellen[0].vermerke = vec![Haushaltsvermerk::Ueb];
        bm.prognosen.push(Prognose {
            id: 20,
            haushaltsstelle: 1,
            stichtag: Some(d(2026, 4, 30)),
            betrag: 95_000_000,
            methode: Prognosemethode::Manuell,
            erlaeuterung: "Rechnung Q4".into(),
            tendenz: Tendenz::Besser,
        });
        // A later forecast after the Stichtag is ignored.
        bm.prognosen.push(Prognose {
            id: 21,
            haushaltsstelle: 1,
            stichtag: Some(d(2026, 6, 30)),
            betrag: 1,
            ..Prognose::default()
        });
        let rahmen = Rahmen::von(&bm, d(2000, 1, 1));
        let b = baum(&bm, rahmen);
        let z = b.titel().next().unwrap();
        assert_eq!(z.prognose.as_ref().unwrap().betrag, 95_000_000);
        assert_eq!(z.summen.abweichung(), Some(-5_000_000));
        assert_eq!(z.summen.abweichung_promille(), Some(-50)); // exactly 5,0 % → grün
        assert_eq!(z.ampel, Ampel::Gruen);
        assert_eq!(z.ausgaberest, Ausgaberest::Uebertragbar(5_000_000));
        assert_eq!(ampel(Some(51), 50, 100), Ampel::Gelb);
        assert_eq!(ampel(Some(-100), 50, 100), Ampel::Gelb);
        assert_eq!(ampel(Some(101), 50, 100), Ampel::Rot);
        assert_eq!(ampel(None, 50, 100), Ampel::Grau);
        // Forecast above Soll: Mehrbedarf.
        bm.prognosen[0].betrag = 100_000_001;
        let b = baum(&bm, rahmen);
        assert_eq!(
            b.titel().next().unwrap().ausgaberest,
            Ausgaberest::Mehrbedarf(1)
        );
    }

    #[test]
    fn ohne_soll_keine_quote_und_grau() {
        let mut bm = Budgetmonitor::default();
        bm.haushaltsstellen.push(hst(1, "06", "0634", "532 01"));
        let rahmen = Rahmen {
            stichtag: d(2026, 1, 31),
            jahr: 2026,
            monate: 1,
        };
        let b = baum(&bm, rahmen);
        let z = b.titel().next().unwrap();
        assert_eq!(z.summen.abflussquote(), None);
        assert_eq!(z.summen.abweichung_promille(), None);
        assert_eq!(z.ampel, Ampel::Grau);
        // Before the year: no month elapsed, no Hochrechnung.
        let vorher = Rahmen {
            stichtag: d(2025, 12, 1),
            jahr: 2026,
            monate: 0,
        };
        let b = baum(&bm, vorher);
        assert_eq!(b.titel().next().unwrap().hochrechnung, None);
        assert_eq!(b.titel().next().unwrap().prognose, None);
    }

    #[test]
    fn zahlung_ueber_festlegung_macht_gebunden_nicht_negativ() {
        let mut bm = Budgetmonitor::default();
        bm.haushaltsstellen.push(hst(1, "06", "0634", "532 01"));
        bm.buchungen
            .push(buchung(10, 1, Buchungsart::Festlegung, d(2026, 1, 5), 1000));
        let mut i = buchung(11, 1, Buchungsart::Ist, d(2026, 1, 6), 1500);
        i.bezug = Some(10);
        bm.buchungen.push(i);
        // Storno of the whole Festlegung: nothing bound.
        let rahmen = Rahmen {
            stichtag: d(2026, 2, 1),
            jahr: 2026,
            monate: 2,
        };
        let z = baum(&bm, rahmen).titel().next().unwrap().clone();
        assert_eq!((z.summen.ist, z.summen.gebunden), (1500, 0));
        bm.buchungen.truncate(1);
        let mut s = buchung(12, 1, Buchungsart::Storno, d(2026, 1, 20), 1000);
        s.bezug = Some(10);
        bm.buchungen.push(s);
        let z = baum(&bm, rahmen).titel().next().unwrap().clone();
        assert_eq!(z.summen.gebunden, 0);
        // Negative Zuweisung partly reversed.
        bm.buchungen
            .push(buchung(13, 1, Buchungsart::Zuweisung, d(2026, 1, 2), -800));
        let mut s2 = buchung(14, 1, Buchungsart::Storno, d(2026, 1, 3), 300);
        s2.bezug = Some(13);
        bm.buchungen.push(s2);
        let z = baum(&bm, rahmen).titel().next().unwrap().clone();
        assert_eq!(z.summen.zuweisungen, -500);
    }

    #[test]
    fn monatsverlauf_mit_plan_und_prognose() {
        let mut bm = beispiel();
        bm.haushaltsstellen[0].monatsplan = (1..=12).map(|m| m * 1_000_000).collect();
        let rahmen = Rahmen::von(&bm, d(2000, 1, 1));
        let v = monatsverlauf(&bm, rahmen, &[1]);
        assert_eq!(v.len(), 12);
        assert_eq!(v[2].ist, Some(10_000_000)); // März
        assert_eq!(v[3].ist, Some(2_345_678)); // April
        assert_eq!(v[4].ist, Some(-345_678)); // Mai: Rückfluss
        assert_eq!(v[5].ist, None); // Juni: after the Stichtag
        assert_eq!(v[4].ist_kumuliert, Some(12_000_000));
        assert_eq!(v[4].plan_kumuliert, 15_000_000); // 1+2+3+4+5 Mio cents
        assert_eq!(v[11].plan_kumuliert, 78_000_000);
        // Prognose = Hochrechnung 288.000 €: linear from 120.000 € in May to December.
        assert_eq!(v[3].prognose_kumuliert, None);
        assert_eq!(v[4].prognose_kumuliert, Some(12_000_000));
        // June: 120.000 + 168.000 × 1/7 = 144.000 €
        assert_eq!(v[5].prognose_kumuliert, Some(14_400_000));
        assert_eq!(v[11].prognose_kumuliert, Some(28_800_000));
        let z = baum(&bm, rahmen);
        assert_eq!(z.gesamt.plan_bis_stichtag, 15_000_000);
        // Without Monatsplan: 1/12 per month, remainder in December.
        bm.haushaltsstellen[0].monatsplan.clear();
        bm.ansaetze[0].ansatz += 5; // Soll 1.000.000,05 €
        let v = monatsverlauf(&bm, rahmen, &[1]);
        assert_eq!(v[0].plan, 8_333_333);
        assert_eq!(v[11].plan, 8_333_333 + 100_000_005 - 8_333_333 * 12);
        assert_eq!(v[11].plan_kumuliert, 100_000_005);
    }

    #[test]
    fn ve_frei_und_vorbelastung() {
        let mut bm = beispiel();
        bm.ves.push(Verpflichtungsermaechtigung {
            id: 30,
            haushaltsstelle: 1,
            bezeichnung: "VE Betrieb".into(),
            ansatz: 60_000_000,
            faelligkeiten: vec![(2027, 30_000_000), (2028, 30_000_000)],
        });
        for (id, jahr, betrag) in [
            (31, 2027, 10_000_000),
            (32, 2028, 15_000_000),
            (33, 2027, 1),
        ] {
            let mut b = buchung(id, 1, Buchungsart::VeInanspruchnahme, d(2026, 3, 1), betrag);
            b.ve = Some(30);
            b.faelligkeit = Some(jahr);
            bm.buchungen.push(b);
        }
        let mut s = buchung(34, 1, Buchungsart::Storno, d(2026, 4, 1), 1);
        s.bezug = Some(33);
        bm.buchungen.push(s);
        let rahmen = Rahmen::von(&bm, d(2000, 1, 1));
        let ves = ve_zeilen(&bm, rahmen);
        let (_, z) = &ves[0];
        assert_eq!(z.in_anspruch, 25_000_000);
        assert_eq!(z.frei(), 35_000_000);
        assert_eq!(z.vorbelastung[&2027], 10_000_000);
        assert_eq!(z.vorbelastung[&2028], 15_000_000);
        // VE-Inanspruchnahmen are not Ist of the current year.
        assert_eq!(baum(&bm, rahmen).gesamt.ist, 12_000_000);
    }

    #[test]
    fn projektfinanzen_nach_jahr_und_quelle() {
        let mut bm = beispiel();
        bm.ansaetze[0].projekt = Some(7);
        bm.ansaetze[0].quelle = Some(2);
        bm.buchungen[1].ansatz = Some(2); // Ist 100.000 € of the Festlegung
        bm.buchungen[0].ansatz = Some(2); // the Festlegung itself
        let p = projektfinanzen(&bm, d(2026, 5, 15));
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].projekt, Some(7));
        assert_eq!(p[0].jahr, 2026);
        assert_eq!(p[0].soll, 100_000_000);
        assert_eq!(p[0].ist, 10_000_000);
        assert_eq!(p[0].gebunden, 20_000_000);
    }

    #[test]
    fn baum_sortiert_und_gruppiert() {
        let mut bm = Budgetmonitor::default();
        for (id, ep, kap, titel) in [
            (1, "06", "0634", "532 01"),
            (2, "04", "0401", "511 01"),
            (3, "06", "0612", "812 01"),
            (4, "06", "0634", "422 01"),
        ] {
            bm.haushaltsstellen.push(hst(id, ep, kap, titel));
            bm.ansaetze.push(Ansatz {
                id: 100 + id,
                haushaltsstelle: id,
                ansatz: i64::from(id) * 100,
                ..Ansatz::default()
            });
        }
        let mut frei = hst(5, "", "", "");
        frei.frei = "Produkt 1.1".into();
        bm.haushaltsstellen.push(frei);
        let rahmen = Rahmen {
            stichtag: d(2026, 6, 30),
            jahr: 2026,
            monate: 6,
        };
        let b = baum(&bm, rahmen);
        let eps: Vec<&str> = b
            .einzelplaene
            .iter()
            .map(|e| e.einzelplan.as_str())
            .collect();
        assert_eq!(eps, ["04", "06", ""]);
        let kap06: Vec<&str> = b.einzelplaene[1]
            .kapitel
            .iter()
            .map(|k| k.kapitel.as_str())
            .collect();
        assert_eq!(kap06, ["0612", "0634"]);
        let ids: Vec<u32> = b.titel().map(|t| t.haushaltsstelle).collect();
        assert_eq!(ids, [2, 3, 4, 1, 5]);
        assert_eq!(b.einzelplaene[1].kapitel[1].summen.ansatz, 500);
        assert_eq!(b.einzelplaene[1].summen.ansatz, 800);
        assert_eq!(b.gesamt.ansatz, 1000);
    }

    fn zufall() -> impl Strategy<Value = Budgetmonitor> {
        let stelle = (0_usize..3, 0_usize..3, 0_usize..4);
        let zahl = -1_000_000_i64..10_000_000;
        (
            prop::collection::vec((stelle, zahl.clone(), zahl.clone(), zahl.clone()), 1..12),
            prop::collection::vec(
                (
                    0_usize..12,
                    0_usize..6,
                    1_u32..13,
                    1_i64..5_000_000,
                    0_usize..12,
                ),
                0..40,
            ),
        )
            .prop_map(|(stellen, buchungen)| {
                let mut bm = Budgetmonitor::default();
                for (i, ((e, k, t), ansatz, zuw, sperre)) in stellen.iter().enumerate() {
                    let id = i as u32 + 1;
                    let ep = format!("0{}", e + 1);
                    bm.haushaltsstellen.push(Haushaltsstelle {
                        id,
                        haushaltsjahr: 2026,
                        einzelplan: ep.clone(),
                        kapitel: format!("{ep}1{k}"),
                        titel: format!("5{t}{i:01} 01").chars().take(3).collect::<String>() + " 01",
                        frei: if *t == 3 {
                            format!("frei {i}")
                        } else {
                            String::new()
                        },
                        ..Haushaltsstelle::default()
                    });
                    bm.ansaetze.push(Ansatz {
                        id: 1000 + id,
                        haushaltsstelle: id,
                        ansatz: *ansatz,
                        zuweisungen: *zuw,
                        sperren: sperre.abs(),
                        ..Ansatz::default()
                    });
                }
                let n = bm.haushaltsstellen.len();
                for (j, (h, art, monat, betrag, bezug)) in buchungen.into_iter().enumerate() {
                    let id = 5000 + j as u32;
                    let art = Buchungsart::ALLE[art];
                    let bezug = (bezug < j).then(|| 5000 + bezug as u32);
                    bm.buchungen.push(Buchung {
                        id,
                        haushaltsstelle: (h % n) as u32 + 1,
                        art,
                        datum: Datum::neu(2026, monat, 1),
                        betrag,
                        bezug,
                        ..Buchung::default()
                    });
                }
                bm
            })
    }

    proptest! {
        /// Subtotals of every Kapitel and Einzelplan and the total equal the sums of their
        /// leaves, and frei = Soll − Ist − gebunden holds at every level.
        #[test]
        fn zwischensummen_sind_summen_der_blaetter(bm in zufall(), monat in 1_u32..13) {
            let rahmen = Rahmen { stichtag: Datum::neu(2026, monat, 28).unwrap(), jahr: 2026, monate: monat };
            let b = baum(&bm, rahmen);
            let mut gesamt = Summen::default();
            let mut anzahl = 0;
            for e in &b.einzelplaene {
                let mut ep = Summen::default();
                for k in &e.kapitel {
                    let mut kap = Summen::default();
                    for t in &k.titel {
                        kap.plus(&t.summen);
                        anzahl += 1;
                        prop_assert!(t.summen.gebunden >= 0);
                    }
                    prop_assert_eq!(kap, k.summen);
                    ep.plus(&kap);
                }
                prop_assert_eq!(ep, e.summen);
                gesamt.plus(&ep);
            }
            prop_assert_eq!(gesamt, b.gesamt);
            prop_assert_eq!(anzahl, bm.haushaltsstellen.len());
            prop_assert_eq!(b.gesamt.frei(), b.gesamt.soll() - b.gesamt.ist - b.gesamt.gebunden);
            // The monthly Ist adds up to the Ist of the tree.
            let ids: Vec<u32> = bm.haushaltsstellen.iter().map(|h| h.id).collect();
            let v = monatsverlauf(&bm, rahmen, &ids);
            prop_assert_eq!(v[monat as usize - 1].ist_kumuliert, Some(b.gesamt.ist));
        }
    }
}
