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
//! - `verfügbares Soll = Ansatz + Ausgabereste + Mittelumsetzungen − Sperren`, where only
//!   Ausgabereste with the BMF's consent count (§ 45 Abs. 3 BHO) and Mittelumsetzungen are the
//!   Ansätze' own plus Mittelumsetzung bookings.
//! - `gebunden = Festlegungen + Vorbindungen` (open parts; Festlegungen bind legally,
//!   Vorbindungen do not, so both are also shown on their own).
//! - `frei = verfügbares Soll − Ist − gebunden`; a negative `frei` is flagged ("überzogen").
//! - `Abflussquote = Ist / verfügbares Soll`, `Bindungsquote = (Ist + gebunden) / verfügbares Soll`.
//! - `vergangene Monate` of the Stichtag in the Haushaltsjahr: 0 before the year, 12 after it,
//!   otherwise the full months before the Stichtag's month plus the elapsed days of that month
//!   (15.05. → 4 + 15/31). `monate` of the [`Rahmen`] is the number of months with bookings
//!   (15.05. → 5) for the monthly curve.
//! - `Soll-Abfluss bis Stichtag` = Σ Monatsplan of the full past months + the elapsed days'
//!   share of the current month; without a Monatsplan the same of the even distribution
//!   ([`verteile`]: whole euros per month, the remainder in December).
//! - `statische Hochrechnung = Ist × 12 / vergangene Monate` (`None` at 0): shown for
//!   information only; after one payment it says nothing about the year.
//! - the **maßgebliche Prognose** is the latest forecast with a Stichtag on or before the
//!   Berichtsstichtag; without one and with a Monatsplan the automatic forecast
//!   `Ist + gebunden + max(0, Rest des Monatsplans − gebunden)` (open commitments are paid out
//!   of the planned months, so they are not counted twice); otherwise none: "nicht bewertet".
//! - `Prognose-Abweichung = Prognose − verfügbares Soll`, in % of the verfügbares Soll.
//! - `voraussichtlicher Ausgaberest = verfügbares Soll − Prognose` if positive: carried over
//!   where the Titel is übertragbar ([`Haushaltsstelle::uebertragbar_weil`]: Investitionen and
//!   zweckgebundene Einnahmen by law, § 19 Abs. 1 BHO, otherwise UEB or flexibilisiert), else
//!   it lapses ("verfällt"). A negative value is a Mehrbedarf.
//! - Ampel: under-spending within the grün tolerance → grün, within the gelb tolerance → gelb,
//!   beyond → rot. Over-spending (any Mehrbedarf) is never grün: gelb within the gelb tolerance
//!   or when the Deckungskreis' expected savings cover the Mehrbedarf of its Titel, else rot;
//!   either way with the note on Deckung or § 37 BHO. grau ("nicht bewertet") without
//!   verfügbares Soll or without a forecast.
//! - VE: `VE frei = VE-Ansatz − Σ VE-Inanspruchnahmen`; `Vorbelastung HJ j = Σ
//!   VE-Inanspruchnahmen fällig in j`, compared with the planned Jahresbeträge.

use std::collections::{BTreeMap, HashMap};

use super::model::{
    Buchung, Buchungsart, Budgetmonitor, Haushaltsstelle, Prognosemethode, Tendenz,
    Verpflichtungsermaechtigung,
};
use crate::shared::datum::Datum;
use crate::shared::sortieren::Sortieren;
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

/// Days of the month of `d`.
fn tage_im_monat(d: Datum) -> u32 {
    d.monatsanfang().plus_monate(1).plus_tage(-1).tag()
}

/// Elapsed months of the Haushaltsjahr `jahr` at `stichtag` as an exact fraction
/// `(zaehler, nenner)`: the full months before the Stichtag's month plus the elapsed days of
/// that month (15.05.2026 → (4 × 31 + 15) / 31).
pub fn vergangene_monate_genau(jahr: i32, stichtag: Datum) -> (i128, i128) {
    match stichtag.jahr().cmp(&jahr) {
        std::cmp::Ordering::Less => (0, 1),
        std::cmp::Ordering::Greater => (12, 1),
        std::cmp::Ordering::Equal => {
            let t = i128::from(tage_im_monat(stichtag));
            (
                i128::from(stichtag.monat() - 1) * t + i128::from(stichtag.tag()),
                t,
            )
        }
    }
}

/// An amount spread evenly over the twelve months without odd cents: whole euros per month,
/// the remainder in December.
pub fn verteile(betrag: i64) -> [i64; 12] {
    let monat = betrag / 1200 * 100;
    let mut plan = [monat; 12];
    plan[11] = betrag - 11 * monat;
    plan
}

/// The monthly plan of `h`: its Monatsplan, or the verfügbares Soll `soll` spread evenly.
pub fn monatsplan_von(h: &Haushaltsstelle, soll: i64) -> [i64; 12] {
    match <[i64; 12]>::try_from(h.monatsplan.as_slice()) {
        Ok(plan) => plan,
        Err(_) => verteile(soll),
    }
}

/// Planned outflow up to the Stichtag: the full months before it plus the elapsed days' share
/// of its month.
fn plan_bis(plan: &[i64; 12], jahr: i32, stichtag: Datum) -> i64 {
    let (z, n) = vergangene_monate_genau(jahr, stichtag);
    let volle = (z / n) as usize;
    let mut summe: i64 = plan[..volle].iter().sum();
    if volle < 12 {
        let teil = i128::from(plan[volle]) * (z - n * volle as i128);
        summe += geteilt_gerundet(teil, n).unwrap_or(0) as i64;
    }
    summe
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
    /// Open Festlegungen (legally binding), part of `gebunden`.
    pub festlegungen: i64,
    /// Open Vorbindungen (not legally binding), part of `gebunden`.
    pub vorbindungen: i64,
    /// Ausgabereste without the BMF's consent (§ 45 Abs. 3 BHO), not in `reste`.
    pub reste_ohne_einwilligung: i64,
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
        self.festlegungen += andere.festlegungen;
        self.vorbindungen += andere.vorbindungen;
        self.reste_ohne_einwilligung += andere.reste_ohne_einwilligung;
        self.plan_bis_stichtag += andere.plan_bis_stichtag;
        self.prognose += andere.prognose;
        self.hat_prognose |= andere.hat_prognose;
    }
}

/// The Ampel for a deviation in per mille against the tolerances (per mille as well). The
/// tolerance band applies to under-spending only: a forecast above the verfügbares Soll is at
/// least gelb (§ 37 BHO), rot beyond the gelb tolerance.
pub fn ampel(abweichung_promille: Option<i64>, gruen: u32, gelb: u32) -> Ampel {
    match abweichung_promille {
        None => Ampel::Grau,
        Some(a) if a > 0 && a.unsigned_abs() <= u64::from(gelb) => Ampel::Gelb,
        Some(a) if a <= 0 && a.unsigned_abs() <= u64::from(gruen) => Ampel::Gruen,
        Some(a) if a.unsigned_abs() <= u64::from(gelb) => Ampel::Gelb,
        Some(_) => Ampel::Rot,
    }
}

/// The Ampel of a row's figures ([`ampel`] of the deviation), where any Mehrbedarf, even one
/// that rounds to 0,0 %, is at least gelb.
pub fn bewerte(s: &Summen, gruen: u32, gelb: u32) -> Ampel {
    match (ampel(s.abweichung_promille(), gruen, gelb), s.abweichung()) {
        (Ampel::Gruen, Some(a)) if a > 0 => Ampel::Gelb,
        (a, _) => a,
    }
}

/// The note on a Mehrbedarf (forecast above the verfügbares Soll).
pub const HINWEIS_MEHRBEDARF: &str =
    "Deckung (ESG/GSD) oder über-/außerplanmäßige Ausgabe nach § 37 BHO";

/// The note on a negative "frei" (Ist and commitments above the verfügbares Soll).
pub fn hinweis_frei(s: &Summen) -> Option<String> {
    (s.frei() < 0).then(|| {
        format!(
            "frei negativ ({}): Ist und Bindungen übersteigen das verfügbare Soll",
            crate::shared::format::euro(s.frei())
        )
    })
}

/// Notes on a row's figures: a Mehrbedarf, a negative "frei", Reste without the BMF's consent,
/// a missing forecast.
pub fn hinweise(s: &Summen) -> Vec<String> {
    use crate::shared::format::euro;
    let mut liste = Vec::new();
    if let Some(a) = s.abweichung().filter(|a| *a > 0) {
        liste.push(format!("Mehrbedarf {}: {HINWEIS_MEHRBEDARF}", euro(a)));
    }
    liste.extend(hinweis_frei(s));
    if s.reste_ohne_einwilligung > 0 {
        liste.push(format!(
            "Ausgabereste {} ohne Einwilligung des BMF (§ 45 Abs. 3 BHO): nicht im verfügbaren Soll",
            euro(s.reste_ohne_einwilligung)
        ));
    }
    if !s.hat_prognose {
        liste.push(
            "nicht bewertet: keine Prognose erfasst und kein Monatsplan für die automatische Prognose"
                .to_owned(),
        );
    }
    liste
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
    /// Left over and carried into the next year, with the reason
    /// ([`Haushaltsstelle::uebertragbar_weil`]).
    Uebertragbar(i64, &'static str),
    /// Left over and lapsing at year-end.
    Verfaellt(i64),
    /// Forecast above the verfügbares Soll: missing amount.
    Mehrbedarf(i64),
}

impl Ausgaberest {
    /// German text, e.g. "1.234,56 € übertragbar (Investition, § 19 Abs. 1 BHO)".
    pub fn text(self) -> String {
        use crate::shared::format::euro;
        match self {
            Ausgaberest::Keiner => "kein Rest".to_owned(),
            Ausgaberest::Uebertragbar(b, grund) => format!("{} übertragbar ({grund})", euro(b)),
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
    /// Titelgruppe of the Haushaltsstelle ("" = none).
    pub titelgruppe: String,
    /// Money figures.
    pub summen: Summen,
    /// statische Hochrechnung (information only).
    pub hochrechnung: Option<i64>,
    /// The forecast used (`None`: none entered and no Monatsplan: "nicht bewertet").
    pub prognose: Option<MassgeblichePrognose>,
    /// Ampel of the forecast deviation.
    pub ampel: Ampel,
    /// Expected Ausgaberest.
    pub ausgaberest: Ausgaberest,
    /// Notes on the figures ([`hinweise`], and the Deckungskreis covering a Mehrbedarf).
    pub hinweise: Vec<String>,
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

/// The figures of Haushaltsstelle `h` (within the frame's Stichtag), including whether its
/// Deckungskreis covers a Mehrbedarf.
pub fn titelzeile(
    bm: &Budgetmonitor,
    h: &Haushaltsstelle,
    rahmen: Rahmen,
    auswertung: &Auswertung,
) -> Titelzeile {
    let zeile = titelzeile_ohne_deckung(bm, h, rahmen, auswertung);
    let kreis = h.deckungskreis.trim();
    if kreis.is_empty() || !matches!(zeile.ausgaberest, Ausgaberest::Mehrbedarf(_)) {
        return zeile;
    }
    let mut kreis_zeilen: Vec<(Titelzeile, &str)> = bm
        .haushaltsstellen
        .iter()
        .filter(|x| {
            x.id != h.id && x.haushaltsjahr == h.haushaltsjahr && x.deckungskreis.trim() == kreis
        })
        .map(|x| (titelzeile_ohne_deckung(bm, x, rahmen, auswertung), kreis))
        .collect();
    kreis_zeilen.push((zeile, kreis));
    decke(&mut kreis_zeilen);
    kreis_zeilen.pop().map(|(z, _)| z).expect("eben angehängt")
}

/// Deckungsfähigkeit (HRB; ESG/GSD): within each Deckungskreis, when the expected savings of
/// its Titel (verfügbares Soll − Prognose where positive) cover the Mehrbedarf of all of them,
/// a Titel with Mehrbedarf is not rot; it keeps gelb with the note how it is covered.
fn decke(zeilen: &mut [(Titelzeile, &str)]) {
    let mut kreise: HashMap<&str, (i64, i64)> = HashMap::new();
    for (z, kreis) in zeilen.iter().filter(|(_, k)| !k.is_empty()) {
        let e = kreise.entry(kreis).or_default();
        match z.summen.abweichung() {
            Some(a) if a > 0 => e.0 += a,
            Some(a) => e.1 -= a,
            None => {}
        }
    }
    for (z, kreis) in zeilen.iter_mut() {
        let Some(&(mehr, spar)) = kreise.get(kreis) else {
            continue;
        };
        if matches!(z.ausgaberest, Ausgaberest::Mehrbedarf(_)) && spar >= mehr {
            if z.ampel == Ampel::Rot {
                z.ampel = Ampel::Gelb;
            }
            z.hinweise.push(format!(
                "Mehrbedarf gedeckt durch erwartete Einsparungen im Deckungskreis {kreis} ({})",
                crate::shared::format::euro(spar)
            ));
        }
    }
}

/// [`titelzeile`] without looking at the Deckungskreis.
fn titelzeile_ohne_deckung(
    bm: &Budgetmonitor,
    h: &Haushaltsstelle,
    rahmen: Rahmen,
    auswertung: &Auswertung,
) -> Titelzeile {
    let mut s = Summen::default();
    for a in auswertung.ansaetze(bm, h.id) {
        s.ansatz += a.ansatz;
        s.reste += a.verfuegbare_reste();
        s.reste_ohne_einwilligung += a.reste - a.verfuegbare_reste();
        s.zuweisungen += a.zuweisungen;
        s.sperren += a.sperren;
    }
    for b in auswertung.buchungen(bm, h.id) {
        let w = auswertung.wirksam.get(&b.id).copied();
        let offen = || auswertung.offen.get(&b.id).copied().unwrap_or(0);
        match b.art {
            Buchungsart::Ist => s.ist += w.unwrap_or(0),
            Buchungsart::Mittelumsetzung => s.zuweisungen += w.unwrap_or(0),
            Buchungsart::Festlegung => s.festlegungen += offen(),
            Buchungsart::Vorbindung => s.vorbindungen += offen(),
            _ => {}
        }
    }
    s.gebunden = s.festlegungen + s.vorbindungen;
    let plan = monatsplan_von(h, s.soll());
    s.plan_bis_stichtag = plan_bis(&plan, h.haushaltsjahr, rahmen.stichtag);
    let (z, n) = vergangene_monate_genau(h.haushaltsjahr, rahmen.stichtag);
    let hochrechnung = geteilt_gerundet(i128::from(s.ist) * 12 * n, z).map(|v| v as i64);
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
        // Without a Monatsplan nothing says how the rest of the year goes: not rated.
        None if h.monatsplan.len() == 12 => {
            let rest: i64 = plan.iter().sum::<i64>() - s.plan_bis_stichtag;
            Some(MassgeblichePrognose {
                betrag: s.ist + s.gebunden + (rest - s.gebunden).max(0),
                methode: Prognosemethode::IstPlusBindungen,
                stichtag: None,
                erlaeuterung:
                    "automatisch: Ist + gebunden + noch nicht gebundener Rest des Monatsplans"
                        .to_owned(),
                tendenz: Tendenz::Keine,
            })
        }
        None => None,
    };
    if let Some(p) = &prognose {
        s.prognose = p.betrag;
        s.hat_prognose = true;
    }
    let ampel = bewerte(&s, bm.toleranz_gruen, bm.toleranz_gelb);
    let ausgaberest = match s.abweichung() {
        None => Ausgaberest::Keiner,
        Some(a) if a > 0 => Ausgaberest::Mehrbedarf(a),
        Some(0) => Ausgaberest::Keiner,
        Some(a) => match h.uebertragbar_weil() {
            Some(grund) => Ausgaberest::Uebertragbar(-a, grund),
            None => Ausgaberest::Verfaellt(-a),
        },
    };
    Titelzeile {
        haushaltsstelle: h.id,
        titelgruppe: h.titelgruppe.trim().to_owned(),
        hinweise: hinweise(&s),
        summen: s,
        hochrechnung,
        prognose,
        ampel,
        ausgaberest,
    }
}

/// A Titelgruppe of a Kapitel with its subtotal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Titelgruppenknoten {
    /// Titelgruppe, e.g. "55".
    pub titelgruppe: String,
    /// Subtotal of its Titel.
    pub summen: Summen,
}

/// One Kapitel with its Titel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kapitelknoten {
    /// Kapitel number ("" for free-form Haushaltsstellen).
    pub kapitel: String,
    /// Subtotal.
    pub summen: Summen,
    /// The Titel, sorted: those without Titelgruppe first, then by Titelgruppe.
    pub titel: Vec<Titelzeile>,
    /// The Titelgruppen of the Kapitel with their subtotals, in the order of `titel`.
    pub titelgruppen: Vec<Titelgruppenknoten>,
}

/// A row of a Kapitel in report order: a Titel, or the subtotal of the Titelgruppe whose
/// Titel stand right above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kapitelteil<'a> {
    /// A Titel.
    Titel(&'a Titelzeile),
    /// The subtotal of a Titelgruppe.
    Titelgruppe(&'a Titelgruppenknoten),
}

impl Kapitelknoten {
    /// The Titel in order, each Titelgruppe closed by its subtotal.
    pub fn teile(&self) -> Vec<Kapitelteil<'_>> {
        let mut liste = Vec::new();
        for (i, t) in self.titel.iter().enumerate() {
            liste.push(Kapitelteil::Titel(t));
            let ende = self
                .titel
                .get(i + 1)
                .is_none_or(|n| n.titelgruppe != t.titelgruppe);
            if ende && !t.titelgruppe.is_empty() {
                if let Some(g) = self
                    .titelgruppen
                    .iter()
                    .find(|g| g.titelgruppe == t.titelgruppe)
                {
                    liste.push(Kapitelteil::Titelgruppe(g));
                }
            }
        }
        liste
    }
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

/// The tree Einzelplan → Kapitel → (Titelgruppe →) Titel of one Haushaltsjahr with subtotals
/// and total.
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

/// Tree order: federal Titel by EP, Kapitel, Titelgruppe (none first), Titel; free-form ones
/// after them by name.
fn baumordnung(a: &Haushaltsstelle, b: &Haushaltsstelle) -> std::cmp::Ordering {
    let tg = |h: &Haushaltsstelle| h.titelgruppe.trim().to_owned();
    (a.ist_frei(), &a.einzelplan, &a.kapitel, tg(a), &a.titel)
        .cmp(&(b.ist_frei(), &b.einzelplan, &b.kapitel, tg(b), &b.titel))
        .then_with(|| crate::shared::text::vergleiche(&a.frei, &b.frei))
}

/// The Haushaltsstellen of the frame's year, in tree order.
pub fn stellen_des_jahres(bm: &Budgetmonitor, jahr: i32) -> Vec<&Haushaltsstelle> {
    let mut liste: Vec<&Haushaltsstelle> = bm
        .haushaltsstellen
        .iter()
        .filter(|h| h.haushaltsjahr == jahr)
        .collect();
    liste.sortiere_nach(|a, b| baumordnung(a, b));
    liste
}

/// Builds the tree of the frame's Haushaltsjahr.
pub fn baum(bm: &Budgetmonitor, rahmen: Rahmen) -> Baum {
    let auswertung = Auswertung::neu(bm, rahmen.stichtag);
    let stellen = stellen_des_jahres(bm, rahmen.jahr);
    let mut zeilen: Vec<(Titelzeile, &str)> = stellen
        .iter()
        .map(|h| {
            let z = titelzeile_ohne_deckung(bm, h, rahmen, &auswertung);
            (z, h.deckungskreis.trim())
        })
        .collect();
    decke(&mut zeilen);
    let mut einzelplaene: Vec<Einzelplanknoten> = Vec::new();
    let mut gesamt = Summen::default();
    for (h, (zeile, _)) in stellen.into_iter().zip(zeilen) {
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
                titelgruppen: Vec::new(),
            });
        }
        let k = e.kapitel.last_mut().expect("eben angelegt");
        if !zeile.titelgruppe.is_empty() {
            if k.titelgruppen
                .last()
                .is_none_or(|g| g.titelgruppe != zeile.titelgruppe)
            {
                k.titelgruppen.push(Titelgruppenknoten {
                    titelgruppe: zeile.titelgruppe.clone(),
                    summen: Summen::default(),
                });
            }
            if let Some(g) = k.titelgruppen.last_mut() {
                g.summen.plus(&zeile.summen);
            }
        }
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
    /// Planned outflow in the month (Monatsplan; without one [`verteile`] of the verfügbares
    /// Soll: whole euros, the remainder in December).
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
        let zeile = titelzeile_ohne_deckung(bm, h, rahmen, auswertung);
        for (p, m) in plan.iter_mut().zip(monatsplan_von(h, zeile.summen.soll())) {
            *p += m;
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
    /// Planned Jahresbeträge per due year (the VE's Fälligkeiten).
    pub plan: BTreeMap<i32, i64>,
}

/// A due year in which the Inanspruchnahmen of a VE differ from its planned Jahresbetrag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VeAbweichung {
    /// Due year.
    pub jahr: i32,
    /// Planned Jahresbetrag (0 if none was planned for the year).
    pub plan: i64,
    /// Σ Inanspruchnahmen due in the year.
    pub in_anspruch: i64,
}

impl VeAbweichung {
    /// German text, e.g. "2027: 700.000,00 € in Anspruch genommen, 100.000,00 € über dem
    /// Jahresbetrag 600.000,00 €".
    pub fn text(&self) -> String {
        use crate::shared::format::euro;
        let differenz = self.in_anspruch - self.plan;
        let richtung = if differenz > 0 { "über" } else { "unter" };
        format!(
            "{}: {} in Anspruch genommen, {} {richtung} dem Jahresbetrag {}",
            self.jahr,
            euro(self.in_anspruch),
            euro(differenz.abs()),
            euro(self.plan)
        )
    }
}

impl VeZeile {
    /// VE frei.
    pub fn frei(&self) -> i64 {
        self.ansatz - self.in_anspruch
    }

    /// The due years whose Inanspruchnahmen differ from the planned Jahresbeträge (§ 16 BHO:
    /// the Haushaltsplan gives a VE's Jahresbeträge), over the years of either, ascending. Without
    /// planned Fälligkeiten there is nothing to compare.
    pub fn abweichungen(&self) -> Vec<VeAbweichung> {
        if self.plan.is_empty() {
            return Vec::new();
        }
        let jahre: std::collections::BTreeSet<i32> = self
            .plan
            .keys()
            .chain(self.vorbelastung.keys())
            .copied()
            .collect();
        jahre
            .into_iter()
            .map(|jahr| VeAbweichung {
                jahr,
                plan: self.plan.get(&jahr).copied().unwrap_or(0),
                in_anspruch: self.vorbelastung.get(&jahr).copied().unwrap_or(0),
            })
            .filter(|a| a.plan != a.in_anspruch)
            .collect()
    }

    /// The due years in which more was drawn than planned.
    pub fn ueberschreitungen(&self) -> Vec<VeAbweichung> {
        self.abweichungen()
            .into_iter()
            .filter(|a| a.in_anspruch > a.plan)
            .collect()
    }
}

/// Unused VE lapse at the end of their Haushaltsjahr and are not transferable.
pub const HINWEIS_VE_VERFALL: &str = "Nicht in Anspruch genommene Verpflichtungsermächtigungen verfallen mit dem Ende des Haushaltsjahres; sie sind nicht übertragbar (§ 45 Abs. 1 BHO).";

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
                plan: ve.faelligkeiten.iter().copied().collect(),
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
    /// Open Festlegungen charged to these Ansätze (part of `gebunden`).
    pub festlegungen: i64,
    /// Open Vorbindungen charged to these Ansätze (part of `gebunden`).
    pub vorbindungen: i64,
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
                festlegungen: 0,
                vorbindungen: 0,
            });
        e.soll += a.soll();
        for b in nach_ansatz.get(&a.id).into_iter().flatten() {
            let wirksam = ausw.wirksam.get(&b.id).copied().unwrap_or(0);
            let offen = ausw.offen.get(&b.id).copied().unwrap_or(0);
            match b.art {
                Buchungsart::Ist => e.ist += wirksam,
                Buchungsart::Mittelumsetzung => e.soll += wirksam,
                Buchungsart::Festlegung => e.festlegungen += offen,
                Buchungsart::Vorbindung => e.vorbindungen += offen,
                _ => {}
            }
        }
        e.gebunden = e.festlegungen + e.vorbindungen;
    }
    map.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::budgetmonitor::model::{Ansatz, Haushaltsvermerk, Prognose};
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
        // … shown apart: Festlegungen 200.000 + 2.000, Vorbindung 5.000 − 2.000.
        assert_eq!((s.festlegungen, s.vorbindungen), (20_200_000, 300_000));
        // frei = 1.000.000 − 120.000 − 205.000 = 675.000,00 €
        assert_eq!(s.frei(), 67_500_000);
        assert_eq!(s.abflussquote(), Some(120)); // 12,0 %
        assert_eq!(s.bindungsquote(), Some(325)); // 32,5 %
                                                  // No Monatsplan: 1.000.000 € spread as 83.333,00 € a month (the remainder in
                                                  // December); at 15.05. four months and 15 of May's 31 days have passed:
                                                  // 4 × 83.333,00 + 83.333,00 × 15/31 = 333.332,00 + 40.322,42 = 373.654,42 €.
        assert_eq!(s.plan_bis_stichtag, 37_365_442);
        assert_eq!(s.abfluss_abweichung(), 12_000_000 - 37_365_442);
        // Hochrechnung (information only) 120.000 × 12 / (4 + 15/31) = 321.151,08 €
        assert_eq!(z.hochrechnung, Some(32_115_108));
        // Without a forecast and without a Monatsplan the Titel is not rated.
        assert_eq!(z.prognose, None);
        assert_eq!(s.abweichung(), None);
        assert_eq!(z.ampel, Ampel::Grau);
        assert_eq!(z.ausgaberest, Ausgaberest::Keiner);
        assert!(z.hinweise.iter().any(|h| h.starts_with("nicht bewertet")));
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
        assert_eq!(
            z.ausgaberest,
            Ausgaberest::Uebertragbar(5_000_000, "Vermerk UEB")
        );
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
        bm.buchungen.push(buchung(
            13,
            1,
            Buchungsart::Mittelumsetzung,
            d(2026, 1, 2),
            -800,
        ));
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
        // No forecast entered, but a Monatsplan: the automatic forecast. At 15.05. the plan
        // up to the Stichtag is 10.000 + 20.000 + 30.000 + 40.000 + 50.000 × 15/31 =
        // 124.193,55 €, the rest of the plan 780.000 − 124.193,55 = 655.806,45 €, of which
        // gebunden (205.000 €) is paid: Prognose = 120.000 + 205.000 + 450.806,45 = 775.806,45 €.
        let z = baum(&bm, rahmen);
        assert_eq!(z.gesamt.plan_bis_stichtag, 12_419_355);
        let t = z.titel().next().unwrap();
        let p = t.prognose.as_ref().unwrap();
        assert_eq!(p.methode, Prognosemethode::IstPlusBindungen);
        assert_eq!(p.betrag, 77_580_645);
        // Linear from the cumulative Ist in May to the forecast in December.
        assert_eq!(v[3].prognose_kumuliert, None);
        assert_eq!(v[4].prognose_kumuliert, Some(12_000_000));
        // June: 120.000 + 655.806,45 × 1/7 = 213.686,64 €
        assert_eq!(v[5].prognose_kumuliert, Some(21_368_664));
        assert_eq!(v[11].prognose_kumuliert, Some(77_580_645));
        // Without Monatsplan: whole euros per month (83.333,00 €), the remainder in December.
        bm.haushaltsstellen[0].monatsplan.clear();
        bm.ansaetze[0].ansatz += 5; // Soll 1.000.000,05 €
        let v = monatsverlauf(&bm, rahmen, &[1]);
        assert_eq!(v[0].plan, 8_333_300);
        assert_eq!(v[11].plan, 8_333_705);
        assert_eq!(v[11].prognose_kumuliert, None, "nicht bewertet");
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

    /// A Titel `titel` of 2026 with Ansatz 1.000.000 € and a manual forecast `prognose` (€)
    /// at 30.06.2026, evaluated at that Stichtag.
    fn mit_prognose(titel: &str, vermerke: &[Haushaltsvermerk], prognose: i64) -> Titelzeile {
        let mut bm = Budgetmonitor::default();
        let mut h = hst(1, "06", "0634", titel);
        h.vermerke = vermerke.to_vec();
        bm.haushaltsstellen.push(h);
        bm.ansaetze.push(Ansatz {
            id: 2,
            haushaltsstelle: 1,
            ansatz: 100_000_000,
            ..Ansatz::default()
        });
        bm.prognosen.push(Prognose {
            id: 3,
            haushaltsstelle: 1,
            stichtag: Some(d(2026, 6, 30)),
            betrag: prognose * 100,
            ..Prognose::default()
        });
        let rahmen = Rahmen::von(&bm, d(2026, 6, 30));
        baum(&bm, rahmen).titel().next().unwrap().clone()
    }

    /// § 19 Abs. 1 Satz 1 BHO: Ausgaben für Investitionen (Hauptgruppen 7 and 8 of the
    /// Gruppierungsplan) and Ausgaben aus zweckgebundenen Einnahmen are übertragbar by law;
    /// other Ausgaben only when the Haushaltsplan says so (Vermerk UEB, § 19 Abs. 1 Satz 2) or
    /// as flexibilisierte Titel (§ 20 BHO). The rest of any other Titel lapses ("verfällt").
    #[test]
    fn uebertragbarkeit_nach_paragraph_19_bho() {
        use Haushaltsvermerk::{Flexibilisiert, Ueb, Zweckgebunden};
        for (titel, vermerke, grund) in [
            ("812 01", &[][..], Some("Investition, § 19 Abs. 1 BHO")),
            ("712 01", &[], Some("Investition, § 19 Abs. 1 BHO")),
            (
                "532 01",
                &[Zweckgebunden],
                Some("zweckgebundene Einnahmen, § 19 Abs. 1 BHO"),
            ),
            ("532 01", &[Ueb], Some("Vermerk UEB")),
            ("532 01", &[Flexibilisiert], Some("flexibilisiert")),
            ("532 01", &[], None),
            ("632 01", &[], None),
        ] {
            let z = mit_prognose(titel, vermerke, 900_000);
            let erwartet = match grund {
                Some(g) => Ausgaberest::Uebertragbar(10_000_000, g),
                None => Ausgaberest::Verfaellt(10_000_000),
            };
            assert_eq!(z.ausgaberest, erwartet, "{titel} {vermerke:?}");
        }
        assert_eq!(
            mit_prognose("812 01", &[], 900_000).ausgaberest.text(),
            "100.000,00\u{a0}€ übertragbar (Investition, § 19 Abs. 1 BHO)"
        );
    }

    /// § 37 BHO: spending above the verfügbares Soll needs Deckung (ESG/GSD) or the BMF's
    /// consent as über-/außerplanmäßige Ausgabe, so a Mehrbedarf is never grün; the tolerance
    /// band (5 %, fachkonzept [Q:S41]) applies to under-spending only.
    #[test]
    fn mehrbedarf_ist_nie_gruen() {
        for (prognose, ampel) in [
            (950_000, Ampel::Gruen),   // −5,0 %
            (949_000, Ampel::Gelb),    // −5,1 %
            (1_000_000, Ampel::Gruen), // exactly the Soll
            (1_000_001, Ampel::Gelb),  // +0,0001 %: still a Mehrbedarf
            (1_050_000, Ampel::Gelb),  // +5,0 %
            (1_100_000, Ampel::Gelb),  // +10,0 %
            (1_101_000, Ampel::Rot),   // +10,1 %
            (899_000, Ampel::Rot),     // −10,1 %
        ] {
            let z = mit_prognose("532 01", &[], prognose);
            assert_eq!(z.ampel, ampel, "Prognose {prognose}");
            let hinweis = z.hinweise.iter().any(|h| h.contains(HINWEIS_MEHRBEDARF));
            assert_eq!(hinweis, prognose > 1_000_000, "Prognose {prognose}");
        }
        // A negative "frei" is flagged.
        let mut s = Summen {
            ansatz: 100,
            ist: 80,
            gebunden: 30,
            ..Summen::default()
        };
        assert_eq!(s.frei(), -10);
        assert!(hinweis_frei(&s).unwrap().starts_with("frei negativ (-0,10"));
        s.gebunden = 20;
        assert_eq!(hinweis_frei(&s), None);
    }

    /// fachkonzept §2.3 (statische Hochrechnung [Q:S41], outflow back-loaded [Q:S42]): without
    /// a manual forecast one early payment must not paint a Titel rot. With a Monatsplan the
    /// forecast is Ist + gebunden + the not yet bound rest of the plan; without one the Titel is
    /// "nicht bewertet" (grau). Only elapsed days of the current month count.
    #[test]
    fn prognose_ohne_manuelle_prognose() {
        let mut bm = Budgetmonitor::default();
        bm.haushaltsstellen.push(hst(1, "06", "0634", "532 01"));
        bm.ansaetze.push(Ansatz {
            id: 2,
            haushaltsstelle: 1,
            ansatz: 120_000_000,
            ..Ansatz::default()
        });
        bm.buchungen
            .push(buchung(3, 1, Buchungsart::Ist, d(2026, 1, 10), 1_000_000));
        let rahmen = Rahmen::von(&bm, d(2026, 2, 14));
        let z = baum(&bm, rahmen).titel().next().unwrap().clone();
        // One payment of 10.000 € in January: the old Hochrechnung would say 10.000 × 12 /
        // (1 + 14/28) = 80.000 € of 1.200.000 € (−93 %, rot). Now: not rated.
        assert_eq!(z.hochrechnung, Some(8_000_000));
        assert_eq!((z.prognose.as_ref(), z.ampel), (None, Ampel::Grau));
        // Soll-Abfluss: January 100.000 + February 100.000 × 14/28 = 150.000 €.
        assert_eq!(z.summen.plan_bis_stichtag, 15_000_000);
        // With a Monatsplan of 100.000 € a month and a Festlegung of 300.000 €: rest of the plan
        // 1.200.000 − 150.000 = 1.050.000, of which 300.000 are bound: Prognose = 10.000 +
        // 300.000 + 750.000 = 1.060.000 € (−11,7 %).
        bm.haushaltsstellen[0].monatsplan = vec![10_000_000; 12];
        bm.buchungen.push(buchung(
            4,
            1,
            Buchungsart::Festlegung,
            d(2026, 2, 1),
            30_000_000,
        ));
        let z = baum(&bm, rahmen).titel().next().unwrap().clone();
        let p = z.prognose.unwrap();
        assert_eq!(
            (p.betrag, p.methode),
            (106_000_000, Prognosemethode::IstPlusBindungen)
        );
        assert_eq!(z.summen.plan_bis_stichtag, 15_000_000);
        // Bound more than the rest of the plan: Ist + gebunden.
        bm.buchungen[1].betrag = 110_000_000;
        let z = baum(&bm, rahmen).titel().next().unwrap().clone();
        assert_eq!(z.prognose.unwrap().betrag, 111_000_000);
        // Elapsed days: before the year 0, on 31.12. all twelve months, 15.05. = 4 + 15/31.
        assert_eq!(vergangene_monate_genau(2026, d(2025, 12, 31)), (0, 1));
        assert_eq!(vergangene_monate_genau(2026, d(2027, 1, 1)), (12, 1));
        assert_eq!(
            vergangene_monate_genau(2026, d(2026, 12, 31)),
            (11 * 31 + 31, 31)
        );
        assert_eq!(
            vergangene_monate_genau(2026, d(2026, 5, 15)),
            (4 * 31 + 15, 31)
        );
        assert_eq!(vergangene_monate_genau(2028, d(2028, 2, 29)), (29 + 29, 29));
    }

    /// § 45 Abs. 3 BHO: Ausgabereste may be used only with the BMF's consent; until then they
    /// do not count to the verfügbares Soll (they are shown apart).
    #[test]
    fn ausgabereste_nur_mit_einwilligung() {
        let mut bm = beispiel();
        let rahmen = Rahmen::von(&bm, d(2000, 1, 1));
        assert_eq!(baum(&bm, rahmen).gesamt.soll(), 100_000_000);
        bm.ansaetze[0].reste_ohne_einwilligung = true;
        let z = baum(&bm, rahmen).titel().next().unwrap().clone();
        assert_eq!(z.summen.soll(), 95_000_000);
        assert_eq!(
            (z.summen.reste, z.summen.reste_ohne_einwilligung),
            (0, 5_000_000)
        );
        assert!(z.hinweise.iter().any(|h| h.contains("§ 45 Abs. 3 BHO")));
        assert_eq!(projektfinanzen(&bm, d(2026, 5, 15))[0].soll, 95_000_000);
    }

    /// HRB (fachkonzept §2.3 [Q:S36]): Titel of a Titelgruppe are added up to a subtotal; a
    /// Titel in a Deckungskreis (gegenseitige Deckungsfähigkeit) whose expected savings cover
    /// its Mehrbedarf is not rot.
    #[test]
    fn titelgruppen_und_deckungskreis() {
        let mut bm = Budgetmonitor::default();
        for (id, titel, tg, kreis, ansatz, prognose) in [
            (1, "532 01", "55", "DK 55", 100_000_000, 80_000_000), // saves 200.000
            (2, "812 01", "55", "DK 55", 50_000_000, 65_000_000),  // +30 %: 150.000 more
            (3, "526 01", "", "", 10_000_000, 15_000_000),         // +50 %, no Deckungskreis
        ] {
            let mut h = hst(id, "06", "0634", titel);
            h.titelgruppe = tg.into();
            h.deckungskreis = kreis.into();
            bm.haushaltsstellen.push(h);
            bm.ansaetze.push(Ansatz {
                id: 10 + id,
                haushaltsstelle: id,
                ansatz,
                ..Ansatz::default()
            });
            bm.prognosen.push(Prognose {
                id: 20 + id,
                haushaltsstelle: id,
                stichtag: Some(d(2026, 6, 30)),
                betrag: prognose,
                ..Prognose::default()
            });
        }
        let rahmen = Rahmen::von(&bm, d(2026, 6, 30));
        let b = baum(&bm, rahmen);
        let k = &b.einzelplaene[0].kapitel[0];
        // Without Titelgruppe first, then TG 55 with its subtotal after its last Titel.
        let teile: Vec<String> = k
            .teile()
            .iter()
            .map(|t| match t {
                Kapitelteil::Titel(t) => t.haushaltsstelle.to_string(),
                Kapitelteil::Titelgruppe(g) => format!("TG {}", g.titelgruppe),
            })
            .collect();
        assert_eq!(teile, ["3", "1", "2", "TG 55"]);
        assert_eq!(k.titelgruppen[0].summen.ansatz, 150_000_000);
        let ampel = |id: u32| b.titel().find(|t| t.haushaltsstelle == id).unwrap().ampel;
        assert_eq!(ampel(2), Ampel::Gelb, "gedeckt durch 532 01");
        assert_eq!(ampel(3), Ampel::Rot, "kein Deckungskreis");
        // The Titel page (one Titel) comes to the same result.
        let a = Auswertung::neu(&bm, rahmen.stichtag);
        let z = titelzeile(&bm, &bm.haushaltsstellen[1], rahmen, &a);
        assert_eq!(z.ampel, Ampel::Gelb);
        assert!(z
            .hinweise
            .iter()
            .any(|h| h.contains("Deckungskreis DK 55 (200.000,00")));
        // Savings smaller than the Mehrbedarf: rot.
        bm.prognosen[0].betrag = 90_000_000;
        let b = baum(&bm, rahmen);
        assert_eq!(
            b.titel().find(|t| t.haushaltsstelle == 2).unwrap().ampel,
            Ampel::Rot
        );
    }

    /// § 16 BHO (the Haushaltsplan gives a VE's Jahresbeträge): Inanspruchnahmen per
    /// Fälligkeitsjahr are compared with them, over and under.
    #[test]
    fn ve_gegen_jahresbetraege() {
        let z = VeZeile {
            ve: 1,
            ansatz: 300,
            in_anspruch: 250,
            vorbelastung: [(2027, 150), (2028, 100)].into_iter().collect(),
            plan: [(2027, 100), (2028, 100), (2029, 100)]
                .into_iter()
                .collect(),
        };
        let a = z.abweichungen();
        assert_eq!(
            a.iter()
                .map(|a| (a.jahr, a.plan, a.in_anspruch))
                .collect::<Vec<_>>(),
            [(2027, 100, 150), (2029, 100, 0)]
        );
        assert_eq!(z.ueberschreitungen().len(), 1);
        assert_eq!(
            a[0].text(),
            "2027: 1,50\u{a0}€ in Anspruch genommen, 0,50\u{a0}€ über dem Jahresbetrag 1,00\u{a0}€"
        );
        assert!(a[1].text().contains("unter dem Jahresbetrag"));
        let ohne_plan = VeZeile {
            plan: BTreeMap::new(),
            ..z
        };
        assert!(ohne_plan.abweichungen().is_empty());
        assert!(HINWEIS_VE_VERFALL.contains("verfallen"));
    }

    /// fachkonzept §2.3 Monatsplan [I] (issue #25, 17): an amount spread over the months has no
    /// odd cents; the remainder goes to December.
    #[test]
    fn verteilung_ohne_krumme_cent() {
        assert_eq!(verteile(100_000_000)[0], 8_333_300);
        assert_eq!(verteile(100_000_000)[11], 8_333_700);
        for betrag in [0, 1, 99, 1_199, 123_456_789, -5_000_001] {
            let plan = verteile(betrag);
            assert_eq!(plan.iter().sum::<i64>(), betrag);
            assert!(plan[..11].iter().all(|m| m % 100 == 0 && *m == plan[0]));
        }
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
