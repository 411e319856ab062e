//! Where workspaces live in local storage, and how a save survives being interrupted.
//!
//! Each workspace has two slots, `…:arbeitsbereich:<id>:a` and `…:b`. A save writes the new
//! revision into the slot that does **not** hold the current one and only then removes the
//! old slot. Whatever moment a save is interrupted at, one complete revision is still there:
//! reading takes the highest intact revision ([`bewerte`]). Each slot is written by a single
//! `setItem`, which browsers apply completely or not at all.
//!
//! If a slot is damaged, the workspace is [`Befund::Beschaedigt`]: the app opens the recovery
//! view and writes neither slot until the user has decided. Damaged text is never overwritten.

use std::collections::BTreeMap;

use super::arbeitsbereich::ist_gueltige_id;
use super::umschlag::{self, Gespeichert, Ladefehler, Unversehrt};
use crate::shared::sortieren::Sortieren;
use crate::shared::speicher::{belegung, SPEICHER_PRAEFIX};

/// One of the two storage slots of a workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slot {
    /// Slot `a`.
    A,
    /// Slot `b`.
    B,
}

impl Slot {
    /// Both slots, in a fixed order.
    pub const BEIDE: [Slot; 2] = [Slot::A, Slot::B];

    /// The other slot.
    pub fn andere(self) -> Slot {
        match self {
            Slot::A => Slot::B,
            Slot::B => Slot::A,
        }
    }

    fn kennung(self) -> &'static str {
        match self {
            Slot::A => "a",
            Slot::B => "b",
        }
    }
}

/// Key of the app settings.
pub fn einstellungen_schluessel() -> String {
    format!("{SPEICHER_PRAEFIX}einstellungen")
}

/// Storage key of one slot of a workspace.
pub fn schluessel(id: &str, slot: Slot) -> String {
    format!("{SPEICHER_PRAEFIX}arbeitsbereich:{id}:{}", slot.kennung())
}

/// The stored text of slot `slot` of workspace `id` among storage entries (key, text).
pub fn slottext<'a>(eintraege: &'a [(String, String)], id: &str, slot: Slot) -> Option<&'a str> {
    let gesucht = schluessel(id, slot);
    eintraege
        .iter()
        .find(|(s, _)| *s == gesucht)
        .map(|(_, text)| text.as_str())
}

/// The workspace and slot a key belongs to, if it is a workspace slot key.
pub fn zerlege(schluessel: &str) -> Option<(String, Slot)> {
    let rest = schluessel
        .strip_prefix(SPEICHER_PRAEFIX)?
        .strip_prefix("arbeitsbereich:")?;
    let (id, slot) = rest.rsplit_once(':')?;
    let slot = match slot {
        "a" => Slot::A,
        "b" => Slot::B,
        _ => return None,
    };
    ist_gueltige_id(id).then(|| (id.to_owned(), slot))
}

/// What the two slots of a workspace hold.
#[derive(Clone, Debug, PartialEq)]
pub enum Befund {
    /// Neither slot exists.
    Leer,
    /// Every present slot is intact; `gespeichert` is the highest revision, found in `slot`.
    Intakt {
        slot: Slot,
        gespeichert: Box<Gespeichert>,
    },
    /// At least one slot cannot be read. `letzte_intakte` is the best readable revision, if any.
    Beschaedigt {
        fehler: Vec<(Slot, Ladefehler)>,
        letzte_intakte: Option<(Slot, Box<Gespeichert>)>,
    },
}

/// The text a slot stores for `daten_text` (a workspace's canonical text,
/// [`umschlag::als_text`]): its envelope, packed ([`super::packung`]). Everything outside
/// local storage keeps the plain envelope.
pub fn eintrag(daten_text: &str, revision: u64, gespeichert_am: &str) -> String {
    super::packung::packen(&umschlag::schreiben_text(
        daten_text,
        revision,
        gespeichert_am,
    ))
}

/// Reads both slots of a workspace (their stored text, if present).
///
/// Both slots are present only between a save's write and its removal of the previous slot
/// (an interrupted save, or another tab saving meanwhile). Then only the newest is read whole:
/// a slot whose stored text is intact as written (checksum right on the text as it stands,
/// [`Unversehrt`]) says its revision without reading its workspace, and an older such slot
/// counts as intact unread (at 1,000 projects a full reading costs about 100 ms in the
/// browser, #14); it is read only if every newer one fails. A slot that is not intact that way
/// is read whole at once, as before, so every damage is still found.
pub fn bewerte(a: Option<&str>, b: Option<&str>) -> Befund {
    // The usual case, one slot (a save removes the previous one): read it whole at once.
    if a.is_none() || b.is_none() {
        let (slot, text) = match (a, b) {
            (Some(a), _) => (Slot::A, a),
            (None, Some(b)) => (Slot::B, b),
            (None, None) => return Befund::Leer,
        };
        return match umschlag::lesen(text) {
            Ok(gespeichert) => Befund::Intakt {
                slot,
                gespeichert: Box::new(gespeichert),
            },
            Err(f) => Befund::Beschaedigt {
                fehler: vec![(slot, f)],
                letzte_intakte: None,
            },
        };
    }
    let mut kandidaten: Vec<(Slot, u64, Kandidat)> = Vec::new();
    let mut fehler = Vec::new();
    for (slot, text) in [(Slot::A, a), (Slot::B, b)] {
        let Some(text) = text else { continue };
        match Unversehrt::pruefen(text) {
            Some(unversehrt) => {
                kandidaten.push((slot, unversehrt.revision, Kandidat::Unversehrt(unversehrt)));
            }
            None => match umschlag::lesen(text) {
                Ok(gespeichert) => {
                    kandidaten.push((
                        slot,
                        gespeichert.revision,
                        Kandidat::Gelesen(Box::new(gespeichert)),
                    ));
                }
                Err(f) => fehler.push((slot, f)),
            },
        }
    }
    // Newest first; of equal revisions slot A.
    kandidaten.sortiere_nach(|x, y| (y.1, x.0).cmp(&(x.1, y.0)));
    let mut beste = None;
    for (slot, _, kandidat) in kandidaten {
        let gelesen = match kandidat {
            Kandidat::Unversehrt(unversehrt) => unversehrt.lesen().map(Box::new),
            Kandidat::Gelesen(gespeichert) => Ok(gespeichert),
        };
        match gelesen {
            Ok(gespeichert) => {
                beste = Some((slot, gespeichert));
                break;
            }
            Err(f) => fehler.push((slot, f)),
        }
    }
    fehler.sortiere_nach(|x, y| x.0.cmp(&y.0));
    match (beste, fehler.is_empty()) {
        (None, true) => Befund::Leer,
        (Some((slot, gespeichert)), true) => Befund::Intakt { slot, gespeichert },
        (letzte_intakte, false) => Befund::Beschaedigt {
            fehler,
            letzte_intakte,
        },
    }
}

/// A slot of [`bewerte`] that may hold the workspace to open.
enum Kandidat {
    /// Intact as written, not read yet.
    Unversehrt(Unversehrt),
    /// Read whole already (its text needed more than the checksum on the text as it stands).
    Gelesen(Box<Gespeichert>),
}

/// Storage use of the app, in the browser's unit (see [`belegung`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Belegung {
    /// Per workspace id, both slots together.
    pub je_arbeitsbereich: BTreeMap<String, u64>,
    /// Everything else of the app (settings).
    pub sonstiges: u64,
    /// Entries of other applications on the same origin; they share the quota.
    pub fremd: u64,
}

impl Belegung {
    /// Counts `(key, value)` pairs of the whole origin.
    pub fn aus(eintraege: &[(String, String)]) -> Belegung {
        Belegung::aus_groessen(
            eintraege
                .iter()
                .map(|(schluessel, inhalt)| (schluessel.as_str(), belegung(schluessel, inhalt))),
        )
    }

    /// Counts `(key, size)` pairs of the whole origin, sizes already in the browser's unit.
    pub fn aus_groessen<'a>(groessen: impl IntoIterator<Item = (&'a str, u64)>) -> Belegung {
        let mut ergebnis = Belegung::default();
        for (schluessel, menge) in groessen {
            if let Some((id, _)) = zerlege(schluessel) {
                *ergebnis.je_arbeitsbereich.entry(id).or_default() += menge;
            } else if crate::shared::speicher::ist_app_schluessel(schluessel) {
                ergebnis.sonstiges += menge;
            } else {
                ergebnis.fremd += menge;
            }
        }
        ergebnis
    }

    /// Everything on this origin.
    pub fn gesamt(&self) -> u64 {
        self.je_arbeitsbereich.values().sum::<u64>() + self.sonstiges + self.fremd
    }

    /// Share of the quota in whole percent (rounded down, at most 100 shown as such).
    pub fn prozent(&self) -> u64 {
        self.gesamt() * 100 / crate::shared::speicher::KONTINGENT
    }

    /// From [`WARNSCHWELLE_PROZENT`](crate::shared::speicher::WARNSCHWELLE_PROZENT) on.
    pub fn ist_knapp(&self) -> bool {
        self.prozent() >= crate::shared::speicher::WARNSCHWELLE_PROZENT
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::daten::umschlag::{als_wert, schreiben, tests::beispiel};

    fn gespeichert(revision: u64) -> String {
        schreiben(&als_wert(&beispiel()), revision, "2026-11-28T00:00:00Z")
    }

    #[test]
    fn schluessel_und_zerlegung_sind_invers() {
        for slot in Slot::BEIDE {
            let s = schluessel("ab-1", slot);
            assert_eq!(zerlege(&s), Some(("ab-1".to_owned(), slot)));
        }
        assert_eq!(
            schluessel("x", Slot::B),
            "upo-werkzeugkasten:arbeitsbereich:x:b"
        );
        assert_eq!(zerlege("upo-werkzeugkasten:arbeitsbereich:x:c"), None);
        assert_eq!(zerlege("upo-werkzeugkasten:arbeitsbereich:X:a"), None);
        assert_eq!(zerlege("upo-werkzeugkasten:einstellungen"), None);
    }

    #[test]
    fn slottext_findet_genau_den_slot_des_arbeitsbereichs() {
        let eintraege = vec![
            (schluessel("ab-1", Slot::B), "b von ab-1".to_owned()),
            (schluessel("ab-10", Slot::A), "a von ab-10".to_owned()),
            (einstellungen_schluessel(), "{}".to_owned()),
        ];
        assert_eq!(slottext(&eintraege, "ab-1", Slot::B), Some("b von ab-1"));
        assert_eq!(slottext(&eintraege, "ab-1", Slot::A), None);
        assert_eq!(slottext(&eintraege, "ab-10", Slot::A), Some("a von ab-10"));
    }

    #[test]
    fn hoechste_intakte_revision_gewinnt() {
        let (r4, r5) = (gespeichert(4), gespeichert(5));
        assert_eq!(bewerte(None, None), Befund::Leer);
        for (a, b, slot, revision) in [
            (Some(&r4), None, Slot::A, 4),
            (Some(&r4), Some(&r5), Slot::B, 5),
            (Some(&r5), Some(&r4), Slot::A, 5),
            (None, Some(&r4), Slot::B, 4),
        ] {
            match bewerte(a.map(|s| s.as_str()), b.map(|s| s.as_str())) {
                Befund::Intakt {
                    slot: s,
                    gespeichert,
                } => {
                    assert_eq!((s, gespeichert.revision), (slot, revision));
                }
                anderes => panic!("{anderes:?}"),
            }
        }
    }

    /// The older slot is not read when the newest is intact as written; were the newest
    /// unreadable despite a right checksum (written by a faulty version), the older one is read
    /// and offered. Equal revisions: slot A.
    #[test]
    fn nur_der_neueste_slot_wird_ganz_gelesen() {
        let unlesbar = |revision| schreiben(&serde_json::json!({ "id": 5 }), revision, "t");
        let (r4, r5) = (gespeichert(4), gespeichert(5));
        match bewerte(Some(&unlesbar(4)), Some(&r5)) {
            Befund::Intakt { slot, gespeichert } => {
                assert_eq!((slot, gespeichert.revision), (Slot::B, 5));
            }
            anderes => panic!("{anderes:?}"),
        }
        match bewerte(Some(&r4), Some(&unlesbar(5))) {
            Befund::Beschaedigt {
                fehler,
                letzte_intakte,
            } => {
                assert_eq!(fehler.len(), 1);
                assert!(matches!(fehler[0], (Slot::B, Ladefehler::Ungueltig(_))));
                let (slot, g) = letzte_intakte.unwrap();
                assert_eq!((slot, g.revision), (Slot::A, 4));
            }
            anderes => panic!("{anderes:?}"),
        }
        match bewerte(Some(&r5), Some(&r5)) {
            Befund::Intakt { slot, .. } => assert_eq!(slot, Slot::A),
            anderes => panic!("{anderes:?}"),
        }
        // A slot that is not intact as written is still read whole, and its damage reported
        // even where it is the older one.
        let (mut alt, neu) = (gespeichert(4), gespeichert(5));
        alt = alt.replacen("OZG-Programm", "OZG-Pr0gramm", 1);
        match bewerte(Some(&alt), Some(&neu)) {
            Befund::Beschaedigt {
                fehler,
                letzte_intakte,
            } => {
                assert_eq!(fehler, vec![(Slot::A, Ladefehler::Pruefsumme)]);
                assert_eq!(letzte_intakte.unwrap().0, Slot::B);
            }
            anderes => panic!("{anderes:?}"),
        }
    }

    /// A save interrupted half way leaves a cut-off text in the new slot: the workspace counts
    /// as damaged (nothing is written), and the previous revision is offered.
    #[test]
    fn unterbrochenes_schreiben_bietet_die_vorige_revision() {
        let (r4, r5) = (gespeichert(4), gespeichert(5));
        let halb = &r5[..r5.len() / 2];
        match bewerte(Some(&r4), Some(halb)) {
            Befund::Beschaedigt {
                fehler,
                letzte_intakte,
            } => {
                assert_eq!(fehler, vec![(Slot::B, Ladefehler::Unvollstaendig)]);
                let (slot, g) = letzte_intakte.unwrap();
                assert_eq!((slot, g.revision), (Slot::A, 4));
            }
            anderes => panic!("{anderes:?}"),
        }
        assert!(matches!(
            bewerte(Some("Müll"), None),
            Befund::Beschaedigt {
                letzte_intakte: None,
                ..
            }
        ));
    }

    #[test]
    fn belegung_je_arbeitsbereich() {
        let eintraege = vec![
            (schluessel("a", Slot::A), "x".repeat(100)),
            (schluessel("a", Slot::B), "y".repeat(50)),
            (schluessel("b", Slot::A), "z".to_owned()),
            (einstellungen_schluessel(), "{}".to_owned()),
            ("fremde-app".to_owned(), "w".repeat(10)),
        ];
        let b = Belegung::aus(&eintraege);
        let schluessellaenge = schluessel("a", Slot::A).len() as u64;
        assert_eq!(b.je_arbeitsbereich["a"], 150 + 2 * schluessellaenge);
        assert_eq!(b.je_arbeitsbereich["b"], 1 + schluessellaenge);
        assert_eq!(b.sonstiges, 2 + einstellungen_schluessel().len() as u64);
        assert_eq!(b.fremd, 20);
        assert!(!b.ist_knapp());
        let voll = Belegung {
            fremd: crate::shared::speicher::KONTINGENT * 4 / 5,
            ..b.clone()
        };
        assert!(voll.ist_knapp());
        assert_eq!(
            Belegung {
                fremd: crate::shared::speicher::KONTINGENT * 4 / 5 - 1000,
                ..Default::default()
            }
            .prozent(),
            79
        );
    }
}
