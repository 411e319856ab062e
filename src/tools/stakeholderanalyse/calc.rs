//! Calculations of the Stakeholderanalyse (fachkonzept §2.2, all [I]): quadrant and 3×3 field,
//! Priorität, Gap, "kritisch", the engagement-gap list, the comparison of two dates, filters
//! and the confidentiality filter of exports. Everything works on assessments converted to the
//! analysis's current scale.
//!
//! **Thresholds.** "hoch" means above the midpoint of the scale (fachkonzept §2.2): level 3 of
//! 3, levels 4–5 of 5. The 2×2 grid splits each axis there. The 3×3 grid ("Neuntel") splits
//! each axis into the bands gering / mittel / hoch: levels 1/2/3 of 3, and 1–2 / 3 / 4–5 of 5
//! (the 5 → 3 conversion of [`Skala::umrechnen`]). Its nine fields get strategies that refine
//! the four quadrants: the corner fields carry the quadrant strategies, the fields between them
//! the transitions (see [`feldstrategie`]).

use crate::shared::text;
use std::collections::HashSet;

use super::model::{
    Bewertung, Haltung, Katalogeintrag, Machtbasis, Raster, Skala, Stakeholder, Stakeholderanalyse,
    YAchse,
};
use crate::shared::datum::Datum;
use crate::shared::sortieren::{Einsammeln, Sortieren};

/// The Bewertungsstichtag: the one set in the settings, else today.
pub fn stichtag(analyse: &Stakeholderanalyse, heute: Datum) -> Datum {
    analyse.einstellungen.stichtag.unwrap_or(heute)
}

/// Quadrant of the 2×2 grid with its strategy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Quadrant {
    /// Einfluss hoch, Interesse hoch.
    KeyPlayer,
    /// Einfluss hoch, Interesse gering.
    Zufriedenstellen,
    /// Einfluss gering, Interesse hoch.
    Informieren,
    /// Einfluss gering, Interesse gering.
    Beobachten,
}

impl Quadrant {
    /// All quadrants, most important first.
    pub const ALLE: &'static [Quadrant] = &[
        Quadrant::KeyPlayer,
        Quadrant::Zufriedenstellen,
        Quadrant::Informieren,
        Quadrant::Beobachten,
    ];

    /// Strategy as shown in the grid and exports.
    pub fn name(self) -> &'static str {
        match self {
            Quadrant::KeyPlayer => "Schlüsselakteur – eng einbinden",
            Quadrant::Zufriedenstellen => "zufriedenstellen",
            Quadrant::Informieren => "informieren",
            Quadrant::Beobachten => "beobachten",
        }
    }

    /// Explanation for the legend.
    pub fn bedeutung(self) -> &'static str {
        match self {
            Quadrant::KeyPlayer => "Einfluss hoch, Interesse/Betroffenheit hoch: aktiv beteiligen, an Entscheidungen mitwirken lassen",
            Quadrant::Zufriedenstellen => "Einfluss hoch, Interesse/Betroffenheit gering: Anliegen berücksichtigen, nicht überfordern",
            Quadrant::Informieren => "Einfluss gering, Interesse/Betroffenheit hoch: regelmäßig informieren, Rückmeldungen aufnehmen",
            Quadrant::Beobachten => "Einfluss gering, Interesse/Betroffenheit gering: beobachten, bei Bedarf informieren",
        }
    }

    /// Stable key (filters, CSS classes).
    pub fn schluessel(self) -> &'static str {
        match self {
            Quadrant::KeyPlayer => "key-player",
            Quadrant::Zufriedenstellen => "zufriedenstellen",
            Quadrant::Informieren => "informieren",
            Quadrant::Beobachten => "beobachten",
        }
    }
}

/// Whether a level counts as "hoch": above the midpoint of the scale.
pub fn hoch(stufe: u8, skala: Skala) -> bool {
    u16::from(stufe) * 2 > u16::from(skala.max()) + 1
}

/// Band of a level on the 3×3 grid: 0 gering, 1 mittel, 2 hoch.
pub fn band(stufe: u8, skala: Skala) -> u8 {
    Skala::Drei.umrechnen(stufe, skala) - 1
}

/// Quadrant of a position.
pub fn quadrant(einfluss: u8, y: u8, skala: Skala) -> Quadrant {
    match (hoch(einfluss, skala), hoch(y, skala)) {
        (true, true) => Quadrant::KeyPlayer,
        (true, false) => Quadrant::Zufriedenstellen,
        (false, true) => Quadrant::Informieren,
        (false, false) => Quadrant::Beobachten,
    }
}

/// Names of the bands.
pub const BANDNAMEN: [&str; 3] = ["gering", "mittel", "hoch"];

/// Strategy of a field of the 3×3 grid (`einfluss_band`, `y_band` each 0–2). Corners are the
/// quadrant strategies; the middle row and column are the transitions between them.
pub fn feldstrategie(einfluss_band: u8, y_band: u8) -> &'static str {
    match (einfluss_band.min(2), y_band.min(2)) {
        (2, 2) => "Schlüsselakteur – eng einbinden",
        (2, 1) => "zufriedenstellen und stärker einbinden",
        (2, 0) => "zufriedenstellen",
        (1, 2) => "einbinden und informieren",
        (1, 1) => "regelmäßig abstimmen",
        (1, 0) => "beobachten, bei Bedarf zufriedenstellen",
        (0, 2) => "informieren",
        (0, 1) => "informieren bei Bedarf",
        _ => "beobachten",
    }
}

/// The strategy of a position on the grid: the quadrant's on the 2×2 grid, the field's on the
/// 3×3 grid.
pub fn strategie(einfluss: u8, y: u8, skala: Skala, raster: Raster) -> &'static str {
    match raster {
        Raster::ZweiMalZwei => quadrant(einfluss, y, skala).name(),
        Raster::DreiMalDrei => {
            let (eb, yb) = feld(einfluss, y, skala);
            feldstrategie(eb, yb)
        }
    }
}

/// Field of a position on the 3×3 grid: `(einfluss_band, y_band)`.
pub fn feld(einfluss: u8, y: u8, skala: Skala) -> (u8, u8) {
    (band(einfluss, skala), band(y, skala))
}

/// The y value of an assessment (Interesse or Betroffenheit).
pub fn y_wert(b: &Bewertung, achse: YAchse) -> u8 {
    match achse {
        YAchse::Interesse => b.interesse,
        YAchse::Betroffenheit => b.betroffenheit,
    }
}

/// The Soll position `(einfluss, y)`; missing Soll values equal the Ist values.
pub fn soll_position(b: &Bewertung, achse: YAchse) -> (u8, u8) {
    let y = match achse {
        YAchse::Interesse => b.soll_interesse.unwrap_or(b.interesse),
        YAchse::Betroffenheit => b.soll_betroffenheit.unwrap_or(b.betroffenheit),
    };
    (b.soll_einfluss.unwrap_or(b.einfluss), y)
}

/// Priorität = Einfluss × max(Interesse, Betroffenheit): 1–9 on 3 levels, 1–25 on 5.
pub fn prioritaet(b: &Bewertung) -> u8 {
    b.einfluss * b.interesse.max(b.betroffenheit)
}

/// Gap = Soll − Ist Haltung, −4 … +4.
pub fn gap(b: &Bewertung) -> i8 {
    b.haltung_soll.wert() - b.haltung_ist.wert()
}

/// "kritisch" (our rule, fachkonzept §2.2 extended; bitte prüfen): (Einfluss ≥ mittel ∧
/// Haltung ablehnend) ∨ (Einfluss hoch ∧ Haltung ≤ skeptisch) ∨ (formale Machtbasis, e.g. Veto
/// or Mitbestimmung, ∧ Haltung < 0). "mittel" and "hoch" are the bands of the 3×3 grid.
pub fn kritisch(b: &Bewertung, machtbasis: &[Machtbasis]) -> bool {
    let band = band(b.einfluss, b.skala);
    let haltung = b.haltung_ist.wert();
    (band >= 1 && b.haltung_ist == Haltung::Ablehnend)
        || (band >= 2 && haltung <= -1)
        || (machtbasis.contains(&Machtbasis::Formal) && haltung < 0)
}

/// A stakeholder with its assessment valid at a date, converted to the analysis's scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position<'a> {
    /// The stakeholder.
    pub stakeholder: &'a Stakeholder,
    /// Assessment valid at the date, on the analysis's scale.
    pub bewertung: Bewertung,
}

impl Position<'_> {
    /// [`kritisch`] with the stakeholder's Machtbasis.
    pub fn kritisch(&self) -> bool {
        kritisch(&self.bewertung, &self.stakeholder.machtbasis)
    }

    /// Quadrant on the analysis's y axis.
    pub fn quadrant(&self, achse: YAchse) -> Quadrant {
        quadrant(
            self.bewertung.einfluss,
            y_wert(&self.bewertung, achse),
            self.bewertung.skala,
        )
    }
}

/// The assessment of `s` valid at `datum`, converted to the analysis's scale.
pub fn bewertung_am(
    analyse: &Stakeholderanalyse,
    s: &Stakeholder,
    datum: Datum,
) -> Option<Bewertung> {
    s.stand(datum).map(|b| b.in_skala(analyse.skala()))
}

/// Every stakeholder assessed on or before `datum`, in stored order.
pub fn positionen(analyse: &Stakeholderanalyse, datum: Datum) -> Vec<Position<'_>> {
    analyse
        .stakeholder
        .iter()
        .filter_map(|s| {
            bewertung_am(analyse, s, datum).map(|bewertung| Position {
                stakeholder: s,
                bewertung,
            })
        })
        .collect()
}

/// The engagement-gap list: stakeholders whose Soll attitude differs from the Ist attitude at
/// `datum`, sorted by Einfluss (highest first), then by the size of the gap (largest first),
/// then by name.
pub fn engagement_luecken(analyse: &Stakeholderanalyse, datum: Datum) -> Vec<Position<'_>> {
    let mut liste: Vec<Position> = positionen(analyse, datum)
        .into_iter()
        .filter(|p| gap(&p.bewertung) != 0)
        .collect();
    liste.sortiere_nach(|a, b| {
        b.bewertung
            .einfluss
            .cmp(&a.bewertung.einfluss)
            .then(gap(&b.bewertung).abs().cmp(&gap(&a.bewertung).abs()))
            .then_with(|| text::vergleiche(&a.stakeholder.name, &b.stakeholder.name))
    });
    liste
}

/// How a stakeholder's position changed between two dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Veraenderungsart {
    /// First assessed after the earlier date.
    Neu,
    /// Assessed at both dates with different position or attitude.
    Veraendert,
    /// Same position and attitude.
    Unveraendert,
}

impl Veraenderungsart {
    /// German word.
    pub fn name(self) -> &'static str {
        match self {
            Veraenderungsart::Neu => "neu bewertet",
            Veraenderungsart::Veraendert => "verändert",
            Veraenderungsart::Unveraendert => "unverändert",
        }
    }
}

/// One row of the comparison of two dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Veraenderung<'a> {
    /// The stakeholder.
    pub stakeholder: &'a Stakeholder,
    /// Assessment valid at the earlier date (converted).
    pub vorher: Option<Bewertung>,
    /// Assessment valid at the later date (converted).
    pub nachher: Bewertung,
    /// Kind of change.
    pub art: Veraenderungsart,
    /// Change of Einfluss (nachher − vorher).
    pub einfluss: i8,
    /// Change of the y value.
    pub y: i8,
    /// Change of the attitude (Ist).
    pub haltung: i8,
}

/// Compares positions at `vorher` and `nachher`: one row per stakeholder assessed at
/// `nachher`, changed ones first, then new ones, then unchanged; by name within each.
pub fn vergleich(
    analyse: &Stakeholderanalyse,
    vorher: Datum,
    nachher: Datum,
) -> Vec<Veraenderung<'_>> {
    let achse = analyse.einstellungen.y_achse;
    let mut liste: Vec<Veraenderung> = analyse
        .stakeholder
        .iter()
        .filter_map(|s| {
            let n = bewertung_am(analyse, s, nachher)?;
            let v = bewertung_am(analyse, s, vorher);
            let (einfluss, y, haltung, art) = match &v {
                None => (0, 0, 0, Veraenderungsart::Neu),
                Some(v) => {
                    let e = n.einfluss as i8 - v.einfluss as i8;
                    let y = y_wert(&n, achse) as i8 - y_wert(v, achse) as i8;
                    let h = n.haltung_ist.wert() - v.haltung_ist.wert();
                    let gleich = e == 0
                        && y == 0
                        && h == 0
                        && n.haltung_soll == v.haltung_soll
                        && soll_position(&n, achse) == soll_position(v, achse);
                    let art = if gleich {
                        Veraenderungsart::Unveraendert
                    } else {
                        Veraenderungsart::Veraendert
                    };
                    (e, y, h, art)
                }
            };
            Some(Veraenderung {
                stakeholder: s,
                vorher: v,
                nachher: n,
                art,
                einfluss,
                y,
                haltung,
            })
        })
        .collect();
    let rang = |a: Veraenderungsart| match a {
        Veraenderungsart::Veraendert => 0,
        Veraenderungsart::Neu => 1,
        Veraenderungsart::Unveraendert => 2,
    };
    liste.sortiere_nach(|a, b| {
        rang(a.art)
            .cmp(&rang(b.art))
            .then_with(|| text::vergleiche(&a.stakeholder.name, &b.stakeholder.name))
    });
    liste
}

/// All dates with at least one assessment, oldest first.
pub fn bewertungsdaten(analyse: &Stakeholderanalyse) -> Vec<Datum> {
    analyse
        .stakeholder
        .iter()
        .flat_map(|s| s.bewertungen.iter().map(|b| b.datum))
        .sortiert_einmal()
}

/// The default comparison: the last assessment date on or before `stichtag` against the one
/// before it ("since the last assessment"). `None` with fewer than two dates.
pub fn standardvergleich(analyse: &Stakeholderanalyse, stichtag: Datum) -> Option<(Datum, Datum)> {
    let daten: Vec<Datum> = bewertungsdaten(analyse)
        .into_iter()
        .filter(|d| *d <= stichtag)
        .collect();
    match daten.as_slice() {
        [.., a, b] => Some((*a, *b)),
        _ => None,
    }
}

/// Slots for `anzahl` markers sharing one level cell, so none overlap: a near-square
/// sub-grid, filled row by row. Returns the centres as thousandths of the cell's width and
/// height, and the sub-grid's column count.
pub fn verteilung(anzahl: usize) -> (Vec<(u32, u32)>, u32) {
    if anzahl == 0 {
        return (Vec::new(), 0);
    }
    let mut spalten = 1;
    while spalten * spalten < anzahl {
        spalten += 1;
    }
    let zeilen = anzahl.div_ceil(spalten);
    let punkte = (0..anzahl)
        .map(|i| {
            let (s, z) = (i % spalten, i / spalten);
            (
                ((2 * s + 1) * 1000 / (2 * spalten)) as u32,
                ((2 * z + 1) * 1000 / (2 * zeilen)) as u32,
            )
        })
        .collect();
    (punkte, spalten as u32)
}

/// Filter of the overview table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Text in name, role or interests (case-insensitive).
    pub suche: String,
    /// Category id.
    pub kategorie: Option<u32>,
    /// Quadrant at the Stichtag.
    pub quadrant: Option<Quadrant>,
    /// Attitude (Ist) at the Stichtag.
    pub haltung: Option<Haltung>,
    /// Only "kritisch" ones.
    pub nur_kritisch: bool,
}

/// Stakeholders matching `filter` at `datum`, in stored order.
pub fn filtern<'a>(
    analyse: &'a Stakeholderanalyse,
    datum: Datum,
    filter: &Filter,
) -> Vec<&'a Stakeholder> {
    let suche = filter.suche.trim().to_lowercase();
    let achse = analyse.einstellungen.y_achse;
    analyse
        .stakeholder
        .iter()
        .filter(|s| {
            let b = bewertung_am(analyse, s, datum);
            (suche.is_empty()
                || [&s.name, &s.rolle, &s.interessen]
                    .iter()
                    .any(|t| t.to_lowercase().contains(&suche)))
                && filter.kategorie.is_none_or(|k| s.kategorie == Some(k))
                && filter.quadrant.is_none_or(|q| {
                    b.as_ref()
                        .is_some_and(|b| quadrant(b.einfluss, y_wert(b, achse), b.skala) == q)
                })
                && filter
                    .haltung
                    .is_none_or(|h| b.as_ref().is_some_and(|b| b.haltung_ist == h))
                && (!filter.nur_kritisch || b.as_ref().is_some_and(|b| kritisch(b, &s.machtbasis)))
        })
        .collect()
}

/// The analysis as exported: without `vertraulich` stakeholders unless `mit_vertraulichen`,
/// and without everything linked only to them: their relations (any relation touching one),
/// communication rows, and measures addressed only to them (shared measures stay, without the
/// link). Returns the filtered copy and how many stakeholders were left out.
pub fn fuer_export(
    analyse: &Stakeholderanalyse,
    mit_vertraulichen: bool,
) -> (Stakeholderanalyse, usize) {
    if mit_vertraulichen {
        return (analyse.clone(), 0);
    }
    let weg: HashSet<u32> = analyse
        .stakeholder
        .iter()
        .filter(|s| s.vertraulich)
        .map(|s| s.id)
        .collect();
    let mut kopie = analyse.clone();
    kopie.stakeholder.retain(|s| !weg.contains(&s.id));
    kopie
        .beziehungen
        .retain(|b| !weg.contains(&b.von) && !weg.contains(&b.zu));
    kopie
        .kommunikation
        .retain(|k| !weg.contains(&k.stakeholder));
    kopie.massnahmen.retain_mut(|m| {
        let vorher = m.stakeholder.len();
        m.stakeholder.retain(|s| !weg.contains(s));
        vorher == 0 || !m.stakeholder.is_empty()
    });
    (kopie, weg.len())
}

/// Name of a catalogue entry, empty for none or a removed one.
pub fn katalogname(katalog: &[Katalogeintrag], id: Option<u32>) -> String {
    Stakeholderanalyse::katalogname(katalog, id)
        .unwrap_or_default()
        .to_owned()
}

/// Text of a change: "+1", "−2", "±0".
pub fn delta(wert: i8) -> String {
    match wert {
        0 => "±0".to_owned(),
        w if w > 0 => format!("+{w}"),
        w => format!("−{}", w.unsigned_abs()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::stakeholderanalyse::model::{
        Beziehung, Beziehungsart, Kommunikation, Massnahme,
    };
    use std::collections::BTreeSet;

    fn d(text: &str) -> Datum {
        Datum::aus_iso(text).unwrap()
    }

    fn b(datum: &str, e: u8, i: u8, betr: u8, ist: Haltung, soll: Haltung) -> Bewertung {
        Bewertung {
            datum: d(datum),
            einfluss: e,
            interesse: i,
            betroffenheit: betr,
            haltung_ist: ist,
            haltung_soll: soll,
            ..Bewertung::default()
        }
    }

    fn s(a: &mut Stakeholderanalyse, name: &str, bew: Vec<Bewertung>) -> u32 {
        a.speichere_stakeholder(Stakeholder {
            name: name.into(),
            bewertungen: bew,
            ..Stakeholder::default()
        })
    }

    #[test]
    fn hoch_heisst_ueber_der_skalenmitte() {
        assert_eq!(
            (1..=3).map(|x| hoch(x, Skala::Drei)).collect::<Vec<_>>(),
            [false, false, true]
        );
        assert_eq!(
            (1..=5).map(|x| hoch(x, Skala::Fuenf)).collect::<Vec<_>>(),
            [false, false, false, true, true]
        );
        assert_eq!(
            (1..=5).map(|x| band(x, Skala::Fuenf)).collect::<Vec<_>>(),
            [0, 0, 1, 2, 2]
        );
        assert_eq!(
            (1..=3).map(|x| band(x, Skala::Drei)).collect::<Vec<_>>(),
            [0, 1, 2]
        );
    }

    #[test]
    fn quadranten_und_neuntel() {
        assert_eq!(quadrant(3, 3, Skala::Drei), Quadrant::KeyPlayer);
        assert_eq!(quadrant(3, 2, Skala::Drei), Quadrant::Zufriedenstellen);
        assert_eq!(quadrant(2, 3, Skala::Drei), Quadrant::Informieren);
        assert_eq!(quadrant(2, 2, Skala::Drei), Quadrant::Beobachten);
        assert_eq!(quadrant(4, 5, Skala::Fuenf), Quadrant::KeyPlayer);
        assert_eq!(quadrant(3, 5, Skala::Fuenf), Quadrant::Informieren);
        assert_eq!(
            Quadrant::KeyPlayer.name(),
            "Schlüsselakteur – eng einbinden"
        );
        assert_eq!(feld(5, 1, Skala::Fuenf), (2, 0));
        assert_eq!(feld(3, 3, Skala::Fuenf), (1, 1));
        assert_eq!(feldstrategie(2, 2), Quadrant::KeyPlayer.name());
        assert_eq!(
            strategie(3, 1, Skala::Drei, Raster::ZweiMalZwei),
            "zufriedenstellen"
        );
        assert_eq!(
            strategie(3, 2, Skala::Drei, Raster::DreiMalDrei),
            "zufriedenstellen und stärker einbinden"
        );
        assert_eq!(feldstrategie(2, 0), Quadrant::Zufriedenstellen.name());
        assert_eq!(feldstrategie(0, 2), Quadrant::Informieren.name());
        assert_eq!(feldstrategie(0, 0), Quadrant::Beobachten.name());
        assert_eq!(feldstrategie(1, 1), "regelmäßig abstimmen");
        // Nine distinct strategies.
        let alle: BTreeSet<&str> = (0..3)
            .flat_map(|e| (0..3).map(move |y| feldstrategie(e, y)))
            .collect();
        assert_eq!(alle.len(), 9);
    }

    #[test]
    fn prioritaet_gap_kritisch() {
        let x = b("2026-01-01", 3, 1, 2, Haltung::Skeptisch, Haltung::Treibend);
        assert_eq!(prioritaet(&x), 6);
        assert_eq!(gap(&x), 3);
        let y = b("2026-01-01", 2, 3, 3, Haltung::Ablehnend, Haltung::Neutral);
        assert_eq!(prioritaet(&y), 6);
        assert_eq!(gap(&y), 2);
        let z = b("2026-01-01", 3, 3, 3, Haltung::Neutral, Haltung::Ablehnend);
        assert_eq!(prioritaet(&z), 9);
        assert_eq!(gap(&z), -2);
        let f = Bewertung {
            skala: Skala::Fuenf,
            ..b(
                "2026-01-01",
                4,
                5,
                2,
                Haltung::Ablehnend,
                Haltung::Ablehnend,
            )
        };
        assert_eq!(prioritaet(&f), 20);
    }

    /// "kritisch" (fachkonzept §2.2: Einfluss/Macht and Einstellung as analysis aspects, Q:S44;
    /// power types formal, informell, Ressourcen, zeitlich; our combination, "bitte prüfen"):
    /// (Einfluss ≥ mittel ∧ ablehnend) ∨ (Einfluss hoch ∧ Haltung ≤ skeptisch) ∨ (formale
    /// Machtbasis such as Veto/Mitbestimmung ∧ Haltung < 0).
    #[test]
    fn kritisch_nach_einfluss_haltung_und_machtbasis() {
        use super::super::model::Machtbasis::{Formal, Informell};
        use Haltung::{Ablehnend, Neutral, Skeptisch, Unterstuetzend};
        let fall = |skala, einfluss, haltung| Bewertung {
            skala,
            einfluss,
            haltung_ist: haltung,
            ..Bewertung::default()
        };
        for (skala, einfluss, haltung, machtbasis, erwartet) in [
            (Skala::Drei, 2, Ablehnend, &[][..], true),
            (Skala::Drei, 1, Ablehnend, &[], false),
            (Skala::Drei, 2, Skeptisch, &[], false),
            (Skala::Drei, 3, Skeptisch, &[], true),
            (Skala::Drei, 3, Neutral, &[], false),
            (Skala::Drei, 1, Skeptisch, &[Formal], true),
            (Skala::Drei, 1, Skeptisch, &[Informell], false),
            (Skala::Drei, 1, Neutral, &[Formal], false),
            (Skala::Drei, 3, Unterstuetzend, &[Formal], false),
            (Skala::Fuenf, 3, Ablehnend, &[], true),
            (Skala::Fuenf, 2, Ablehnend, &[], false),
            (Skala::Fuenf, 4, Skeptisch, &[], true),
            (Skala::Fuenf, 3, Skeptisch, &[], false),
        ] {
            assert_eq!(
                kritisch(&fall(skala, einfluss, haltung), machtbasis),
                erwartet,
                "{skala:?} Einfluss {einfluss}, {haltung:?}, {machtbasis:?}"
            );
        }
    }

    #[test]
    fn soll_position_folgt_sonst_dem_ist() {
        let mut x = b("2026-01-01", 1, 2, 3, Haltung::Neutral, Haltung::Neutral);
        assert_eq!(soll_position(&x, YAchse::Interesse), (1, 2));
        assert_eq!(soll_position(&x, YAchse::Betroffenheit), (1, 3));
        x.soll_einfluss = Some(3);
        x.soll_interesse = Some(3);
        assert_eq!(soll_position(&x, YAchse::Interesse), (3, 3));
        assert_eq!(soll_position(&x, YAchse::Betroffenheit), (3, 3));
    }

    #[test]
    fn engagement_luecken_nach_einfluss_dann_gap() {
        let mut a = Stakeholderanalyse::default();
        s(
            &mut a,
            "Klein",
            vec![b(
                "2026-01-01",
                1,
                1,
                1,
                Haltung::Ablehnend,
                Haltung::Treibend,
            )],
        );
        s(
            &mut a,
            "Gross eins",
            vec![b(
                "2026-01-01",
                3,
                1,
                1,
                Haltung::Neutral,
                Haltung::Unterstuetzend,
            )],
        );
        s(
            &mut a,
            "Gross drei",
            vec![b(
                "2026-01-01",
                3,
                1,
                1,
                Haltung::Skeptisch,
                Haltung::Treibend,
            )],
        );
        s(
            &mut a,
            "Ohne Lücke",
            vec![b(
                "2026-01-01",
                3,
                3,
                3,
                Haltung::Treibend,
                Haltung::Treibend,
            )],
        );
        s(
            &mut a,
            "Später",
            vec![b(
                "2026-06-01",
                3,
                3,
                3,
                Haltung::Ablehnend,
                Haltung::Treibend,
            )],
        );
        let namen: Vec<&str> = engagement_luecken(&a, d("2026-02-01"))
            .iter()
            .map(|p| p.stakeholder.name.as_str())
            .collect();
        assert_eq!(namen, ["Gross drei", "Gross eins", "Klein"]);
    }

    #[test]
    fn vergleich_zweier_stichtage() {
        let mut a = Stakeholderanalyse::default();
        s(
            &mut a,
            "Bewegt",
            vec![
                b(
                    "2026-01-01",
                    1,
                    1,
                    1,
                    Haltung::Skeptisch,
                    Haltung::Unterstuetzend,
                ),
                b(
                    "2026-03-01",
                    3,
                    2,
                    1,
                    Haltung::Unterstuetzend,
                    Haltung::Unterstuetzend,
                ),
            ],
        );
        s(
            &mut a,
            "Gleich",
            vec![b("2026-01-01", 2, 2, 2, Haltung::Neutral, Haltung::Neutral)],
        );
        s(
            &mut a,
            "Neu",
            vec![b("2026-02-01", 2, 3, 2, Haltung::Neutral, Haltung::Neutral)],
        );
        s(
            &mut a,
            "Zu spät",
            vec![b("2026-04-01", 2, 3, 2, Haltung::Neutral, Haltung::Neutral)],
        );
        let v = vergleich(&a, d("2026-01-15"), d("2026-03-01"));
        let kurz: Vec<(&str, Veraenderungsart, i8, i8, i8)> = v
            .iter()
            .map(|r| {
                (
                    r.stakeholder.name.as_str(),
                    r.art,
                    r.einfluss,
                    r.y,
                    r.haltung,
                )
            })
            .collect();
        assert_eq!(
            kurz,
            [
                ("Bewegt", Veraenderungsart::Veraendert, 2, 1, 2),
                ("Neu", Veraenderungsart::Neu, 0, 0, 0),
                ("Gleich", Veraenderungsart::Unveraendert, 0, 0, 0),
            ]
        );
        assert_eq!(
            bewertungsdaten(&a),
            [
                d("2026-01-01"),
                d("2026-02-01"),
                d("2026-03-01"),
                d("2026-04-01")
            ]
        );
        assert_eq!(
            standardvergleich(&a, d("2026-03-15")),
            Some((d("2026-02-01"), d("2026-03-01")))
        );
        assert_eq!(standardvergleich(&a, d("2026-01-15")), None);
        assert_eq!(
            (delta(2), delta(-1), delta(0)),
            ("+2".into(), "−1".into(), "±0".into())
        );
    }

    #[test]
    fn vergleich_ueber_skalenwechsel() {
        let mut a = Stakeholderanalyse::default();
        a.einstellungen.skala = Skala::Fuenf;
        s(
            &mut a,
            "X",
            vec![
                b("2026-01-01", 2, 2, 2, Haltung::Neutral, Haltung::Neutral),
                Bewertung {
                    skala: Skala::Fuenf,
                    ..b("2026-02-01", 5, 3, 3, Haltung::Neutral, Haltung::Neutral)
                },
            ],
        );
        let v = vergleich(&a, d("2026-01-01"), d("2026-02-01"));
        // 2 of 3 is 3 of 5: Einfluss +2, Interesse ±0.
        assert_eq!((v[0].einfluss, v[0].y), (2, 0));
    }

    #[test]
    fn verteilung_ohne_ueberlappung() {
        assert_eq!(verteilung(0), (vec![], 0));
        assert_eq!(verteilung(1), (vec![(500, 500)], 1));
        assert_eq!(verteilung(3), (vec![(250, 250), (750, 250), (250, 750)], 2));
        let (p, spalten) = verteilung(10);
        assert_eq!(spalten, 4);
        let eindeutig: HashSet<_> = p.iter().collect();
        assert_eq!(eindeutig.len(), 10);
    }

    #[test]
    fn filter() {
        let mut a = Stakeholderanalyse::default();
        let x = s(
            &mut a,
            "Personalrat",
            vec![b(
                "2026-01-01",
                3,
                3,
                3,
                Haltung::Skeptisch,
                Haltung::Neutral,
            )],
        );
        a.stakeholder_mut(x).unwrap().kategorie = Some(5);
        s(
            &mut a,
            "Bürger",
            vec![b("2026-01-01", 1, 3, 3, Haltung::Neutral, Haltung::Neutral)],
        );
        s(&mut a, "Unbewertet", vec![]);
        let tag = d("2026-02-01");
        let namen = |f: &Filter| -> Vec<String> {
            filtern(&a, tag, f).iter().map(|s| s.name.clone()).collect()
        };
        assert_eq!(namen(&Filter::default()).len(), 3);
        assert_eq!(
            namen(&Filter {
                suche: "RAT".into(),
                ..Filter::default()
            }),
            ["Personalrat"]
        );
        assert_eq!(
            namen(&Filter {
                kategorie: Some(5),
                ..Filter::default()
            }),
            ["Personalrat"]
        );
        assert_eq!(
            namen(&Filter {
                quadrant: Some(Quadrant::Informieren),
                ..Filter::default()
            }),
            ["Bürger"]
        );
        assert_eq!(
            namen(&Filter {
                haltung: Some(Haltung::Neutral),
                ..Filter::default()
            }),
            ["Bürger"]
        );
        assert_eq!(
            namen(&Filter {
                nur_kritisch: true,
                ..Filter::default()
            }),
            ["Personalrat"]
        );
    }

    #[test]
    fn vertrauliche_fallen_mit_allem_verknuepften_weg() {
        let mut a = Stakeholderanalyse::default();
        let geheim = s(&mut a, "Geheim", vec![]);
        a.stakeholder_mut(geheim).unwrap().vertraulich = true;
        let offen = s(&mut a, "Offen", vec![]);
        a.verknuepfe(Beziehung {
            id: 0,
            von: offen,
            zu: geheim,
            art: Beziehungsart::Beeinflusst,
            staerke: 2,
            bemerkung: String::new(),
        });
        a.speichere_massnahme(Massnahme {
            titel: "nur geheim".into(),
            stakeholder: vec![geheim],
            ..Massnahme::default()
        });
        a.speichere_massnahme(Massnahme {
            titel: "beide".into(),
            stakeholder: vec![geheim, offen],
            ..Massnahme::default()
        });
        a.speichere_kommunikation(Kommunikation {
            stakeholder: geheim,
            ..Kommunikation::default()
        });
        a.speichere_kommunikation(Kommunikation {
            stakeholder: offen,
            ..Kommunikation::default()
        });
        let (ohne, weg) = fuer_export(&a, false);
        assert_eq!(weg, 1);
        assert_eq!(ohne.stakeholder.len(), 1);
        assert!(ohne.beziehungen.is_empty());
        assert_eq!(ohne.kommunikation.len(), 1);
        assert_eq!(ohne.massnahmen.len(), 1);
        assert_eq!(ohne.massnahmen[0].stakeholder, vec![offen]);
        let (mit, weg) = fuer_export(&a, true);
        assert_eq!((weg, mit), (0, a.clone()));
    }
}
