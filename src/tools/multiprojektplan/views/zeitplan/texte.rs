//! The Zeitplan's words: what a row of the chart says to a screen reader (its accessible name
//! and its list of milestones) and how the table alternative names a milestone. Pure: no
//! browser crates, tested natively. The chart and the table use the same sentences, so both
//! say the same about a project.

use std::fmt::Write as _;

use crate::shared::datum::Datum;
use crate::shared::text::anzahl;
use crate::tools::multiprojektplan::calc;
use crate::tools::multiprojektplan::model::{Meilenstein, Projekt};

/// "1 Tag" / "14 Tage", for a positive number of days.
fn tage(n: i64) -> String {
    anzahl(n.unsigned_abs() as usize, "Tag", "Tage")
}

/// A milestone in words: "Go-live: 01.12.2026 (offen, 14 Tage verspätet)".
pub fn meilenstein_text(m: &Meilenstein, stichtag: Datum) -> String {
    let termin = m
        .termin()
        .map(Datum::deutsch)
        .unwrap_or_else(|| "ohne Termin".to_owned());
    let mut text = format!("{}: {termin} ({}", m.bezeichnung, m.status.name());
    if let Some(verzug) = calc::meilensteinverzug(m, stichtag).filter(|t| *t > 0) {
        let _ = write!(text, ", {} verspätet", tage(verzug));
    }
    text.push(')');
    text
}

/// All milestones of a row in words: "Meilensteine: …; …", empty without milestones.
pub fn meilensteinliste(meilensteine: &[&Meilenstein], stichtag: Datum) -> String {
    if meilensteine.is_empty() {
        return String::new();
    }
    let texte: Vec<String> = meilensteine
        .iter()
        .map(|m| meilenstein_text(m, stichtag))
        .collect();
    format!("Meilensteine: {}", texte.join("; "))
}

/// The accessible name of a project row: Projekt-ID, title, dates, Basisplan, delay, status,
/// Ampel, milestones (`verspaetet` of them late) and whether a dependency is in conflict.
pub fn zeilenbeschreibung(
    p: &Projekt,
    meilensteine: &[&Meilenstein],
    verspaetet: usize,
    konflikt: bool,
) -> String {
    let mut text = format!("{} {}: ", p.kennung, p.titel);
    match (p.start_erwartet(), p.ende_erwartet()) {
        (Some(start), Some(ende)) => {
            let _ = write!(text, "{} bis {}", start.deutsch(), ende.deutsch());
        }
        (Some(start), None) => {
            let _ = write!(text, "ab {}, Ende offen", start.deutsch());
        }
        (None, Some(ende)) => {
            let _ = write!(text, "bis {}, Start offen", ende.deutsch());
        }
        (None, None) => text.push_str("ohne Termine"),
    }
    if let Some(plan) = p.ende_plan.filter(|e| Some(*e) != p.ende_erwartet()) {
        let _ = write!(text, " (Basisplan bis {})", plan.deutsch());
    }
    match calc::projektverzug(p) {
        Some(t) if t > 0 => {
            let _ = write!(text, ", {} Verzug", tage(t));
        }
        Some(t) if t < 0 => {
            let _ = write!(text, ", {} früher als geplant", tage(t));
        }
        _ => {}
    }
    let _ = write!(
        text,
        ", Status {}, Ampel {}",
        p.status.name(),
        p.ampeln.gesamt.ampel.name()
    );
    match meilensteine.len() {
        0 => text.push_str(", keine Meilensteine"),
        n => {
            let _ = write!(text, ", {}", anzahl(n, "Meilenstein", "Meilensteine"));
        }
    }
    if verspaetet > 0 {
        let _ = write!(text, ", davon {verspaetet} verspätet");
    }
    if konflikt {
        text.push_str(", Terminkonflikt in einer Abhängigkeit");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tools::multiprojektplan::model::{Meilensteinstatus, Projektstatus};

    fn d(iso: &str) -> Datum {
        Datum::aus_iso(iso).expect("gültiges Datum")
    }

    #[test]
    fn meilenstein_in_worten() {
        let mut m = Meilenstein {
            bezeichnung: "Go-live".into(),
            basis: Some(d("2026-11-01")),
            ..Meilenstein::default()
        };
        m.setze_prognose(d("2026-10-31"), d("2026-12-01"), "");
        let stichtag = d("2026-11-28");
        assert_eq!(
            meilenstein_text(&m, stichtag),
            "Go-live: 01.12.2026 (offen, 30 Tage verspätet)"
        );
        let ohne = Meilenstein {
            bezeichnung: "Abnahme".into(),
            status: Meilensteinstatus::Entfallen,
            ..Meilenstein::default()
        };
        assert_eq!(
            meilenstein_text(&ohne, stichtag),
            "Abnahme: ohne Termin (entfallen)"
        );
        assert_eq!(meilensteinliste(&[], stichtag), "");
        assert_eq!(
            meilensteinliste(&[&m, &ohne], stichtag),
            "Meilensteine: Go-live: 01.12.2026 (offen, 30 Tage verspätet); \
             Abnahme: ohne Termin (entfallen)"
        );
    }

    #[test]
    fn zeile_in_worten() {
        let p = Projekt {
            kennung: "P-1".into(),
            titel: "Wohngeld digital".into(),
            status: Projektstatus::Aktiv,
            start_plan: Some(d("2026-01-15")),
            ende_plan: Some(d("2027-02-28")),
            ende_prognose: Some(d("2027-03-01")),
            ..Projekt::default()
        };
        let m = Meilenstein::default();
        assert_eq!(
            zeilenbeschreibung(&p, &[&m, &m], 1, true),
            "P-1 Wohngeld digital: 15.01.2026 bis 01.03.2027 (Basisplan bis 28.02.2027), \
             1 Tag Verzug, Status aktiv, Ampel grau, 2 Meilensteine, davon 1 verspätet, \
             Terminkonflikt in einer Abhängigkeit"
        );
        let frueher = Projekt {
            ende_prognose: Some(d("2027-02-14")),
            ..p.clone()
        };
        assert!(zeilenbeschreibung(&frueher, &[&m], 0, false)
            .contains(", 14 Tage früher als geplant, Status aktiv, Ampel grau, 1 Meilenstein"));
        let nur_start = Projekt {
            ende_plan: None,
            ende_prognose: None,
            ..p.clone()
        };
        assert_eq!(
            zeilenbeschreibung(&nur_start, &[], 0, false),
            "P-1 Wohngeld digital: ab 15.01.2026, Ende offen, Status aktiv, Ampel grau, \
             keine Meilensteine"
        );
        let nur_ende = Projekt {
            start_plan: None,
            ende_prognose: None,
            ..p.clone()
        };
        assert!(zeilenbeschreibung(&nur_ende, &[], 0, false)
            .starts_with("P-1 Wohngeld digital: bis 28.02.2027, Start offen, Status"));
        let ohne = Projekt {
            start_plan: None,
            ende_plan: None,
            ende_prognose: None,
            ..p
        };
        assert!(zeilenbeschreibung(&ohne, &[], 0, false)
            .starts_with("P-1 Wohngeld digital: ohne Termine, Status"));
    }
}
