//! Undo and redo over the whole workspace (`Arbeitsbereich`).
//!
//! The app keeps the workspace's canonical JSON text ([`super::kanonisch`]) and hands the text
//! before and after every committed change to [`Verlauf::aufzeichnen`]. The history does not
//! keep these texts: it stores only the stretch between the first and the last differing
//! character, as a [`Textpatch`] that holds that stretch before and after. Editing one field of
//! one of 1,000 projects therefore costs a few dozen bytes, not the 4 MB of the workspace, and
//! finding the stretch is two comparisons of memory, not a walk over the data.
//!
//! A change at two places far apart (deleting a project also removes its milestones, which the
//! text keeps in another list) makes a long stretch; stretches above [`PACKEN_AB`] bytes are
//! kept deflated, which shrinks JSON about tenfold.
//!
//! Applying a patch checks that the text has the length the patch expects and holds exactly
//! the patch's stretch and up to [`KONTEXT`] bytes on either side of it; otherwise the text
//! stays untouched. A workspace changed behind the history's back is so detected in most cases
//! instead of being silently corrupted.
//!
//! Pure: only `std` and `flate2`, no browser access.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::io::{Read, Write};
use std::mem::size_of;

use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;

use crate::shared::bytefolgen;

/// Stretches longer than this many bytes are kept deflated.
pub const PACKEN_AB: usize = 16 * 1024;

/// Bytes of unchanged text on either side of a stretch that applying a patch checks.
pub const KONTEXT: usize = 32;

/// A stretch of text as the history keeps it.
#[derive(Clone, Debug, PartialEq)]
enum Stueck {
    Klar(String),
    /// Raw deflate of the text.
    Gepackt(Vec<u8>),
}

impl Stueck {
    fn neu(text: &str) -> Self {
        if text.len() <= PACKEN_AB {
            return Stueck::Klar(text.to_owned());
        }
        let mut kodierer = DeflateEncoder::new(Vec::new(), Compression::fast());
        // Writing into a Vec cannot fail.
        let _ = kodierer.write_all(text.as_bytes());
        match kodierer.finish() {
            Ok(bytes) => Stueck::Gepackt(bytes),
            Err(_) => Stueck::Klar(text.to_owned()),
        }
    }

    /// The text; `None` if a packed stretch does not unpack (never for one this module wrote).
    fn text(&self) -> Option<Cow<'_, str>> {
        match self {
            Stueck::Klar(text) => Some(Cow::Borrowed(text)),
            Stueck::Gepackt(bytes) => {
                let mut text = String::new();
                DeflateDecoder::new(bytes.as_slice())
                    .read_to_string(&mut text)
                    .ok()?;
                Some(Cow::Owned(text))
            }
        }
    }

    fn bytes(&self) -> usize {
        match self {
            Stueck::Klar(text) => text.len(),
            Stueck::Gepackt(bytes) => bytes.len(),
        }
    }
}

/// One change of a text, applicable in both directions: at byte `anfang`, `vorher` was
/// replaced by `nachher`.
#[derive(Clone, Debug, PartialEq)]
pub struct Textpatch {
    anfang: usize,
    vorher: Stueck,
    nachher: Stueck,
    /// Length of the whole text before and after.
    laengen: (usize, usize),
    /// Unchanged text right before and right after the stretch (at most [`KONTEXT`] bytes).
    davor: String,
    danach: String,
}

/// The patch that turns `vorher` into `nachher`; `None` exactly when the texts are equal.
pub fn differenz(vorher: &str, nachher: &str) -> Option<Textpatch> {
    let (a, b) = (vorher.as_bytes(), nachher.as_bytes());
    if bytefolgen::gleich(a, b) {
        return None;
    }
    let mut anfang = bytefolgen::gemeinsamer_anfang(a, b);
    // Cut only between characters, in both texts.
    while !(vorher.is_char_boundary(anfang) && nachher.is_char_boundary(anfang)) {
        anfang -= 1;
    }
    // The common end must not overlap the common start.
    let mut ende = bytefolgen::gemeinsames_ende(&a[anfang..], &b[anfang..]);
    while !(vorher.is_char_boundary(a.len() - ende) && nachher.is_char_boundary(b.len() - ende)) {
        ende -= 1;
    }
    let mut von = anfang.saturating_sub(KONTEXT);
    while !vorher.is_char_boundary(von) {
        von += 1;
    }
    let mut bis = (a.len() - ende + KONTEXT).min(a.len());
    while !vorher.is_char_boundary(bis) {
        bis -= 1;
    }
    Some(Textpatch {
        anfang,
        vorher: Stueck::neu(&vorher[anfang..a.len() - ende]),
        nachher: Stueck::neu(&nachher[anfang..b.len() - ende]),
        laengen: (a.len(), b.len()),
        davor: vorher[von..anfang].to_owned(),
        danach: vorher[a.len() - ende..bis].to_owned(),
    })
}

impl Textpatch {
    /// Bytes the patch holds on the heap.
    pub fn groesse(&self) -> usize {
        self.vorher.bytes() + self.nachher.bytes() + self.davor.len() + self.danach.len()
    }

    /// Applies the patch forwards (`rueckwaerts == false`: `vorher` becomes `nachher`) or
    /// backwards. If `text` does not hold what the patch expects at its place, `text` stays as
    /// it is and `Err` says where.
    pub fn anwenden(&self, text: &mut String, rueckwaerts: bool) -> Result<(), String> {
        let (erwartet, ersatz, laenge) = if rueckwaerts {
            (&self.nachher, &self.vorher, self.laengen.1)
        } else {
            (&self.vorher, &self.nachher, self.laengen.0)
        };
        let (Some(erwartet), Some(ersatz)) = (erwartet.text(), ersatz.text()) else {
            return Err("Der Schritt ließ sich nicht entpacken.".to_owned());
        };
        let ende = self.anfang + erwartet.len();
        let passt = text.len() == laenge
            && text.get(self.anfang..ende) == Some(erwartet.as_ref())
            && text.get(self.anfang - self.davor.len()..self.anfang) == Some(self.davor.as_str())
            && text.get(ende..ende + self.danach.len()) == Some(self.danach.as_str());
        if !passt {
            return Err(format!(
                "Der Text an Stelle {} passt nicht zum Schritt.",
                self.anfang
            ));
        }
        text.replace_range(self.anfang..ende, &ersatz);
        Ok(())
    }
}

/// One recorded change: the patch, what to call it and its size.
#[derive(Clone, Debug)]
struct Schritt {
    patch: Textpatch,
    beschreibung: String,
    /// Cached size of the patch, the description and the step itself.
    bytes: usize,
}

impl Schritt {
    fn neu(patch: Textpatch, beschreibung: String) -> Self {
        let bytes = size_of::<Schritt>() + patch.groesse() + beschreibung.len();
        Schritt {
            patch,
            beschreibung,
            bytes,
        }
    }
}

/// Undo/redo history of the workspace, bounded in steps and in bytes.
///
/// Holds patches only; the caller keeps the current text and passes it in. Both bounds are
/// enforced when a step is recorded by dropping the oldest steps; the newest step is always
/// kept, even if it alone exceeds the byte bound (otherwise the change just made could not be
/// undone). A step bound of 0 disables the history.
#[derive(Clone, Debug)]
pub struct Verlauf {
    /// Oldest step at the front, the step undo reverts at the back.
    rueckgaengig_stapel: VecDeque<Schritt>,
    /// The step redo repeats at the end.
    wiederholen_stapel: Vec<Schritt>,
    max_schritte: usize,
    max_bytes: usize,
    /// Sum of the step sizes in both stacks.
    belegt: usize,
}

/// Default bound on the number of undoable steps.
const STANDARD_MAX_SCHRITTE: usize = 200;
/// Default bound on the bytes held by the history (16 MiB).
const STANDARD_MAX_BYTES: usize = 16 * 1024 * 1024;

impl Default for Verlauf {
    fn default() -> Self {
        Self::new()
    }
}

impl Verlauf {
    /// Default bounds: at most 200 steps and at most 16 MiB of patches.
    pub fn new() -> Self {
        Self::mit_grenzen(STANDARD_MAX_SCHRITTE, STANDARD_MAX_BYTES)
    }

    /// An empty history keeping at most `max_schritte` steps and, apart from the newest step,
    /// at most `max_bytes` bytes (see [`Verlauf::belegte_bytes`]).
    pub fn mit_grenzen(max_schritte: usize, max_bytes: usize) -> Self {
        Verlauf {
            rueckgaengig_stapel: VecDeque::new(),
            wiederholen_stapel: Vec::new(),
            max_schritte,
            max_bytes,
            belegt: 0,
        }
    }

    /// Records one change from text `vorher` to text `nachher` with a German description such
    /// as "Bezeichnung geändert".
    ///
    /// Clears the redo stack. Does nothing (and keeps the redo stack) if `vorher == nachher`.
    /// Drops the oldest steps while over either bound, but always keeps the newest step.
    /// Returns whether the two texts differ, so that callers need not compare them again.
    pub fn aufzeichnen(
        &mut self,
        vorher: &str,
        nachher: &str,
        beschreibung: impl Into<String>,
    ) -> bool {
        let Some(patch) = differenz(vorher, nachher) else {
            return false;
        };
        self.wiederholen_leeren();
        let schritt = Schritt::neu(patch, beschreibung.into());
        self.belegt += schritt.bytes;
        self.rueckgaengig_stapel.push_back(schritt);
        self.begrenzen();
        true
    }

    /// Undo, in place: turns `text` (the current text) into the text before the most recent
    /// step, moves the step to the redo stack and returns its description. Only the step's
    /// stretch of `text` is rewritten.
    ///
    /// `None` if there is nothing to undo. If the step does not fit `text` (the workspace was
    /// changed outside the history), `text` stays as it is, the whole history is cleared and
    /// `None` returned.
    pub fn rueckgaengig_an(&mut self, text: &mut String) -> Option<String> {
        let schritt = self.rueckgaengig_stapel.pop_back()?;
        self.angewendet_oder_leeren(text, &schritt.patch, true)?;
        let beschreibung = schritt.beschreibung.clone();
        self.wiederholen_stapel.push(schritt);
        Some(beschreibung)
    }

    /// Redo, in place: turns `text` into the text after the most recently undone step, moves
    /// the step back to the undo stack and returns its description. `None` and the same
    /// clearing as [`Verlauf::rueckgaengig_an`] otherwise.
    pub fn wiederholen_an(&mut self, text: &mut String) -> Option<String> {
        let schritt = self.wiederholen_stapel.pop()?;
        self.angewendet_oder_leeren(text, &schritt.patch, false)?;
        let beschreibung = schritt.beschreibung.clone();
        self.rueckgaengig_stapel.push_back(schritt);
        Some(beschreibung)
    }

    /// Applies `patch` to `text`; if it does not fit, `text` stays as it is and the history,
    /// which no longer describes it, is cleared.
    fn angewendet_oder_leeren(
        &mut self,
        text: &mut String,
        patch: &Textpatch,
        rueckwaerts: bool,
    ) -> Option<()> {
        if patch.anwenden(text, rueckwaerts).is_err() {
            self.leeren();
            return None;
        }
        Some(())
    }

    /// Description of the step [`Verlauf::rueckgaengig_an`] would revert.
    pub fn naechstes_rueckgaengig(&self) -> Option<&str> {
        self.rueckgaengig_stapel
            .back()
            .map(|schritt| schritt.beschreibung.as_str())
    }

    /// Description of the step [`Verlauf::wiederholen_an`] would repeat.
    pub fn naechstes_wiederholen(&self) -> Option<&str> {
        self.wiederholen_stapel
            .last()
            .map(|schritt| schritt.beschreibung.as_str())
    }

    /// Number of steps that can be undone.
    pub fn anzahl_rueckgaengig(&self) -> usize {
        self.rueckgaengig_stapel.len()
    }

    /// Number of steps that can be redone.
    pub fn anzahl_wiederholen(&self) -> usize {
        self.wiederholen_stapel.len()
    }

    /// Approximate bytes held by both stacks: every step's patch, its description and a
    /// constant per step.
    pub fn belegte_bytes(&self) -> usize {
        self.belegt
    }

    /// Forgets all steps.
    pub fn leeren(&mut self) {
        self.rueckgaengig_stapel.clear();
        self.wiederholen_stapel.clear();
        self.belegt = 0;
    }

    fn wiederholen_leeren(&mut self) {
        let bytes: usize = self.wiederholen_stapel.iter().map(|s| s.bytes).sum();
        self.belegt = self.belegt.saturating_sub(bytes);
        self.wiederholen_stapel.clear();
    }

    /// Drops the oldest steps while over a bound, keeping the newest one for the byte bound.
    fn begrenzen(&mut self) {
        while self.rueckgaengig_stapel.len() > self.max_schritte
            || (self.belegt > self.max_bytes && self.rueckgaengig_stapel.len() > 1)
        {
            match self.rueckgaengig_stapel.pop_front() {
                Some(schritt) => self.belegt = self.belegt.saturating_sub(schritt.bytes),
                None => break,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{json, Value};

    fn t(wert: &Value) -> String {
        serde_json::to_string(wert).unwrap()
    }

    /// Undo on a copy of `aktuell`: the previous text and the step's description.
    fn rueckgaengig(verlauf: &mut Verlauf, aktuell: &str) -> Option<(String, String)> {
        let mut text = aktuell.to_owned();
        verlauf
            .rueckgaengig_an(&mut text)
            .map(|beschreibung| (text, beschreibung))
    }

    /// Redo on a copy of `aktuell`: the next text and the step's description.
    fn wiederholen(verlauf: &mut Verlauf, aktuell: &str) -> Option<(String, String)> {
        let mut text = aktuell.to_owned();
        verlauf
            .wiederholen_an(&mut text)
            .map(|beschreibung| (text, beschreibung))
    }

    /// Checks both directions between `a` and `b` and returns the patch.
    fn hin_und_zurueck(a: &str, b: &str) -> Textpatch {
        let patch = differenz(a, b).expect("verschieden");
        let mut text = a.to_owned();
        patch.anwenden(&mut text, false).unwrap();
        assert_eq!(text, b);
        patch.anwenden(&mut text, true).unwrap();
        assert_eq!(text, a);
        patch
    }

    fn meilenstein(projekt: usize, nr: usize) -> Value {
        json!({
            "id": projekt * 10 + nr,
            "bezeichnung": format!("Meilenstein {nr} von Projekt {projekt}"),
            "beschreibung": "Abstimmung der Ergebnisse mit der Geschäftsführung, Übergabe der \
                Unterlagen an die Fachabteilung und Prüfung der Änderungswünsche durch das \
                Projektbüro. Offene Punkte werden im nächsten Jour fixe besprochen.",
            "faellig": "2025-03-14",
            "erledigt": nr.is_multiple_of(3),
            "verantwortlich": "Jürgen Müller-Lüdenscheidt",
        })
    }

    fn projekt(nr: usize) -> Value {
        json!({
            "id": nr,
            "bezeichnung": format!("Projekt {nr}: Umbau der Geschäftsstelle Süd"),
            "status": "laufend",
            "meilensteine": (0..10).map(|m| meilenstein(nr, m)).collect::<Vec<_>>(),
        })
    }

    /// A workspace of `anzahl` projects with 10 milestones each (about 4 KB per project).
    fn arbeitsbereich(anzahl: usize) -> Value {
        json!({
            "titel": "Planung 2025",
            "projekte": (0..anzahl).map(projekt).collect::<Vec<_>>(),
        })
    }

    fn projekte(wert: &mut Value) -> &mut Vec<Value> {
        match wert.get_mut("projekte") {
            Some(Value::Array(liste)) => liste,
            _ => panic!("projekte fehlt"),
        }
    }

    #[test]
    fn gleiche_texte_ergeben_nichts() {
        assert_eq!(differenz("", ""), None);
        assert_eq!(differenz("{\"a\":1}", "{\"a\":1}"), None);
        let mut verlauf = Verlauf::new();
        assert!(!verlauf.aufzeichnen("x", "x", "nichts"));
        assert_eq!(verlauf.anzahl_rueckgaengig(), 0);
    }

    /// The patch holds only the differing stretch: one field in 2 MB gives a few bytes.
    #[test]
    fn ein_feld_tief_in_500_projekten_ergibt_kleinen_patch() {
        let mut wert = arbeitsbereich(500);
        let a = t(&wert);
        assert!(a.len() > 1_500_000, "{} Bytes", a.len());
        projekte(&mut wert)[250]["meilensteine"][4]["bezeichnung"] = json!("Abnahme");
        let patch = hin_und_zurueck(&a, &t(&wert));
        assert!(patch.groesse() < 64 + 2 * KONTEXT, "{patch:?}");
    }

    /// Inserting and deleting at the start, the middle and the end.
    #[test]
    fn einfuegen_und_loeschen_an_jeder_stelle() {
        for (a, b) in [
            ("", "abc"),
            ("abc", ""),
            ("abc", "xabc"),
            ("abc", "abcx"),
            ("abc", "axbc"),
            ("abcabc", "abc"),
            ("aaaa", "aa"),
            ("aa", "aaaa"),
        ] {
            hin_und_zurueck(a, b);
            hin_und_zurueck(b, a);
        }
    }

    /// The cut never falls inside a character, also where two characters share leading bytes
    /// ("ä" = C3 A4, "ö" = C3 B6).
    #[test]
    fn schneidet_nur_zwischen_zeichen() {
        for (a, b) in [
            ("ä", "ö"),
            ("xäy", "xöy"),
            ("ää", "äö"),
            ("😀", "😁"),
            ("a€", "a₤"),
        ] {
            let patch = hin_und_zurueck(a, b);
            let mut text = a.to_owned();
            patch.anwenden(&mut text, false).unwrap();
            assert_eq!(text, b);
        }
    }

    /// Long stretches are kept packed and still apply in both directions.
    #[test]
    fn lange_abschnitte_werden_gepackt() {
        let mut wert = arbeitsbereich(200);
        let a = t(&wert);
        let liste = projekte(&mut wert);
        liste[10]["bezeichnung"] = json!("vorne");
        liste[190]["bezeichnung"] = json!("hinten");
        let b = t(&wert);
        let patch = hin_und_zurueck(&a, &b);
        assert!(matches!(patch.vorher, Stueck::Gepackt(_)));
        assert!(matches!(patch.nachher, Stueck::Gepackt(_)));
        let klar = patch.vorher.text().unwrap().len() + patch.nachher.text().unwrap().len();
        assert!(klar > a.len(), "{klar} Bytes");
        assert!(
            patch.groesse() * 5 < klar,
            "{} Bytes gepackt für {klar} Bytes",
            patch.groesse()
        );
    }

    #[test]
    fn unpassender_patch_laesst_den_text_unveraendert() {
        let patch = differenz("{\"a\":1}", "{\"a\":22}").unwrap();
        for fremd in [
            "",
            "{\"a\":3}",
            "{\"b\":1}",
            "{\"a\":1]",
            "{\"a\":1} ",
            "{\"a\":",
            "ä",
        ] {
            let mut text = fremd.to_owned();
            assert!(patch.anwenden(&mut text, false).is_err(), "{fremd}");
            assert_eq!(text, fremd);
        }
        let mut text = "{\"a\":1}".to_owned();
        assert!(patch.anwenden(&mut text, true).is_err());
        assert_eq!(text, "{\"a\":1}");
        // Context reaches only so far: a change further away than it goes unnoticed when the
        // length stays the same, which is why the app never changes the text outside `aendere`.
        let lang = format!("{{\"x\":\"{}\",\"a\":1}}", "y".repeat(KONTEXT));
        let patch = differenz(&lang, &lang.replace(":1}", ":2}")).unwrap();
        let mut anders = lang.replacen('y', "z", 1);
        assert!(patch.anwenden(&mut anders, false).is_ok());
    }

    #[test]
    fn rueckgaengig_und_wiederholen_mit_beschreibungen() {
        let mut verlauf = Verlauf::new();
        let v0 = t(&json!({"bezeichnung": "Alt", "meilensteine": [1, 2, 3]}));
        let v1 = t(&json!({"bezeichnung": "Neu", "meilensteine": [1, 2, 3]}));
        let v2 = t(&json!({"bezeichnung": "Neu", "meilensteine": [1, 3]}));
        assert_eq!(verlauf.naechstes_rueckgaengig(), None);
        assert!(verlauf.aufzeichnen(&v0, &v1, "Bezeichnung geändert"));
        assert!(verlauf.aufzeichnen(&v1, &v2, "Meilenstein gelöscht"));
        assert_eq!(
            verlauf.naechstes_rueckgaengig(),
            Some("Meilenstein gelöscht")
        );
        assert_eq!(verlauf.naechstes_wiederholen(), None);

        let (text, was) = rueckgaengig(&mut verlauf, &v2).expect("Schritt vorhanden");
        assert_eq!((text, was.as_str()), (v1.clone(), "Meilenstein gelöscht"));
        assert_eq!(
            verlauf.naechstes_rueckgaengig(),
            Some("Bezeichnung geändert")
        );
        assert_eq!(
            verlauf.naechstes_wiederholen(),
            Some("Meilenstein gelöscht")
        );
        assert_eq!(
            (verlauf.anzahl_rueckgaengig(), verlauf.anzahl_wiederholen()),
            (1, 1)
        );

        let (text, was) = rueckgaengig(&mut verlauf, &v1).expect("Schritt vorhanden");
        assert_eq!((text, was.as_str()), (v0.clone(), "Bezeichnung geändert"));
        assert_eq!(rueckgaengig(&mut verlauf, &v0), None);
        assert_eq!(
            verlauf.naechstes_wiederholen(),
            Some("Bezeichnung geändert")
        );

        let (text, was) = wiederholen(&mut verlauf, &v0).expect("Schritt vorhanden");
        assert_eq!((text, was.as_str()), (v1.clone(), "Bezeichnung geändert"));
        let (text, _) = wiederholen(&mut verlauf, &v1).expect("Schritt vorhanden");
        assert_eq!(text, v2);
        assert_eq!(wiederholen(&mut verlauf, &v2), None);
        assert_eq!(verlauf.anzahl_rueckgaengig(), 2);
    }

    #[test]
    fn neue_aufzeichnung_leert_wiederholen() {
        let mut verlauf = Verlauf::default();
        let (v0, v1, v2) = (
            t(&json!({"a": 0})),
            t(&json!({"a": 1})),
            t(&json!({"a": 2})),
        );
        verlauf.aufzeichnen(&v0, &v1, "eins");
        let (zurueck, _) = rueckgaengig(&mut verlauf, &v1).expect("Schritt vorhanden");
        assert_eq!(verlauf.anzahl_wiederholen(), 1);
        let vorher = verlauf.belegte_bytes();

        // An unchanged commit keeps the redo stack.
        verlauf.aufzeichnen(&zurueck, &zurueck, "nichts");
        assert_eq!(verlauf.anzahl_wiederholen(), 1);
        assert_eq!(verlauf.belegte_bytes(), vorher);

        verlauf.aufzeichnen(&zurueck, &v2, "zwei");
        assert_eq!(verlauf.anzahl_wiederholen(), 0);
        assert_eq!(verlauf.naechstes_wiederholen(), None);
        assert_eq!(verlauf.naechstes_rueckgaengig(), Some("zwei"));
        assert_eq!(wiederholen(&mut verlauf, &v2), None);
        let mut vergleich = Verlauf::new();
        vergleich.aufzeichnen(&v0, &v2, "zwei");
        assert_eq!(verlauf.belegte_bytes(), vergleich.belegte_bytes());
    }

    #[test]
    fn fremd_geaenderter_text_leert_den_verlauf() {
        let mut verlauf = Verlauf::new();
        let v0 = t(&json!({"liste": [1, 2, 3]}));
        let v1 = t(&json!({"liste": [1, 2, 3, 4]}));
        let v2 = t(&json!({"liste": [1, 2, 3, 4], "neu": true}));
        verlauf.aufzeichnen(&v0, &v1, "angehängt");
        verlauf.aufzeichnen(&v1, &v2, "Feld neu");
        let fremd = t(&json!({"liste": [9]}));
        assert_eq!(rueckgaengig(&mut verlauf, &fremd), None);
        assert_eq!(verlauf.anzahl_rueckgaengig(), 0);
        assert_eq!(verlauf.anzahl_wiederholen(), 0);
        assert_eq!(verlauf.belegte_bytes(), 0);

        verlauf.aufzeichnen(&v0, &v1, "angehängt");
        let _ = rueckgaengig(&mut verlauf, &v1);
        assert_eq!(wiederholen(&mut verlauf, &fremd), None);
        assert_eq!(verlauf.belegte_bytes(), 0);
    }

    #[test]
    fn leeren_vergisst_alles() {
        let mut verlauf = Verlauf::new();
        verlauf.aufzeichnen("1", "2", "a");
        verlauf.aufzeichnen("2", "3", "b");
        let _ = rueckgaengig(&mut verlauf, "3");
        assert!(verlauf.belegte_bytes() > 0);
        verlauf.leeren();
        assert_eq!(
            (
                verlauf.anzahl_rueckgaengig(),
                verlauf.anzahl_wiederholen(),
                verlauf.belegte_bytes()
            ),
            (0, 0, 0)
        );
        assert_eq!(verlauf.naechstes_rueckgaengig(), None);
    }

    #[test]
    fn schrittgrenze_behaelt_die_neuesten_50() {
        let mut verlauf = Verlauf::mit_grenzen(50, usize::MAX);
        let texte: Vec<String> = (0..=80).map(|i| t(&json!({"zaehler": i}))).collect();
        for (i, paar) in texte.windows(2).enumerate() {
            verlauf.aufzeichnen(&paar[0], &paar[1], format!("Schritt {}", i + 1));
        }
        assert_eq!(verlauf.anzahl_rueckgaengig(), 50);
        let mut aktuell = texte[80].clone();
        for erwartet in (30..80).rev() {
            let (text, was) = rueckgaengig(&mut verlauf, &aktuell).expect("Schritt vorhanden");
            assert_eq!(text, texte[erwartet]);
            assert_eq!(was, format!("Schritt {}", erwartet + 1));
            aktuell = text;
        }
        assert_eq!(rueckgaengig(&mut verlauf, &aktuell), None);
        assert_eq!(verlauf.anzahl_wiederholen(), 50);
    }

    #[test]
    fn schrittgrenze_null_zeichnet_nichts_auf() {
        let mut verlauf = Verlauf::mit_grenzen(0, usize::MAX);
        verlauf.aufzeichnen("1", "2", "a");
        assert_eq!(verlauf.anzahl_rueckgaengig(), 0);
        assert_eq!(verlauf.belegte_bytes(), 0);
    }

    #[test]
    fn bytegrenze_wird_eingehalten_ausser_fuer_den_neuesten_schritt() {
        let grenze = 4000;
        let mut verlauf = Verlauf::mit_grenzen(1000, grenze);
        let mut aktuell = t(&json!({"text": ""}));
        for i in 0..100 {
            // Text lengths vary from 0 to about 1.5 KB; step 77 alone exceeds the bound.
            let laenge = if i == 77 { 3 * grenze } else { (i * 37) % 1500 };
            let neu = t(&json!({"text": "ä".repeat(laenge / 2), "nr": i}));
            verlauf.aufzeichnen(&aktuell, &neu, format!("Text {i}"));
            aktuell = neu;
            assert!(
                verlauf.belegte_bytes() <= grenze || verlauf.anzahl_rueckgaengig() == 1,
                "Schritt {i}: {} Bytes in {} Schritten",
                verlauf.belegte_bytes(),
                verlauf.anzahl_rueckgaengig()
            );
            assert!(verlauf.anzahl_rueckgaengig() >= 1);
            if i == 77 {
                assert_eq!(verlauf.anzahl_rueckgaengig(), 1);
                assert!(verlauf.belegte_bytes() > grenze);
            }
        }
        assert!(verlauf.anzahl_rueckgaengig() > 1);
        // Whatever is kept can still be undone and redone.
        let schritte = verlauf.anzahl_rueckgaengig();
        let ende = aktuell.clone();
        while let Some((text, _)) = rueckgaengig(&mut verlauf, &aktuell) {
            aktuell = text;
        }
        assert_eq!(verlauf.anzahl_wiederholen(), schritte);
        assert!(verlauf.belegte_bytes() <= grenze);
        while let Some((text, _)) = wiederholen(&mut verlauf, &aktuell) {
            aktuell = text;
        }
        assert_eq!(aktuell, ende);
    }

    #[test]
    fn sechzig_aenderungen_an_2_mb_bleiben_klein_und_umkehrbar() {
        let start = arbeitsbereich(500);
        let start_text = t(&start);
        assert!(
            (1_500_000..4_000_000).contains(&start_text.len()),
            "{} Bytes",
            start_text.len()
        );
        let mut verlauf = Verlauf::new();
        let mut aktuell = start.clone();
        for i in 0..60 {
            let mut neu = aktuell.clone();
            let liste = projekte(&mut neu);
            match i % 4 {
                0 => liste[(i * 7) % 500]["bezeichnung"] = json!(format!("Umbenannt {i}")),
                1 => {
                    liste[(i * 11) % 500]["meilensteine"][i % 10]["notiz"] =
                        json!(format!("Notiz {i}"))
                }
                2 => {
                    if let Some(Value::Array(m)) = liste[i * 3].get_mut("meilensteine") {
                        m.remove(i % 10);
                    }
                }
                _ => liste.insert(i * 5, projekt(1000 + i)),
            }
            verlauf.aufzeichnen(&t(&aktuell), &t(&neu), format!("Änderung {i}"));
            aktuell = neu;
        }
        assert_eq!(verlauf.anzahl_rueckgaengig(), 60);
        // 15 inserted projects of ~4 KB dominate; everything else is a few hundred bytes.
        assert!(
            verlauf.belegte_bytes() < 200 * 1024,
            "{} Bytes",
            verlauf.belegte_bytes()
        );
        let ende = t(&aktuell);
        let mut text = ende.clone();
        for _ in 0..60 {
            verlauf
                .rueckgaengig_an(&mut text)
                .expect("Schritt vorhanden");
        }
        assert_eq!(text, start_text);
        for _ in 0..60 {
            verlauf
                .wiederholen_an(&mut text)
                .expect("Schritt vorhanden");
        }
        assert_eq!(text, ende);
    }

    /// Text from a small alphabet with multi-byte characters, so that generated texts share
    /// long stretches and differ inside characters' byte sequences.
    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec!['a', 'b', 'ä', 'ö', '€', '😀', '"']),
            0..40,
        )
        .prop_map(|z| z.into_iter().collect())
    }

    /// An edit: replace `laenge` characters from character `stelle` on with `neu`.
    fn bearbeitet(text: &str, stelle: usize, laenge: usize, neu: &str) -> String {
        let zeichen: Vec<char> = text.chars().collect();
        let stelle = stelle.min(zeichen.len());
        let ende = (stelle + laenge).min(zeichen.len());
        zeichen[..stelle]
            .iter()
            .chain(neu.chars().collect::<Vec<_>>().iter())
            .chain(&zeichen[ende..])
            .collect()
    }

    proptest! {
        #[test]
        fn beliebige_texte_hin_und_zurueck(a in text(), b in text()) {
            if a != b {
                let patch = hin_und_zurueck(&a, &b);
                prop_assert!(patch.groesse() <= a.len() + b.len());
            }
        }

        #[test]
        fn verlauf_rueckgaengig_und_wiederholen_bis_zum_ende(
            start in text(),
            schritte in prop::collection::vec((0..50usize, 0..5usize, text()), 1..10),
        ) {
            let mut verlauf = Verlauf::mit_grenzen(usize::MAX, usize::MAX);
            let mut staende = vec![start];
            for (stelle, laenge, neu) in &schritte {
                let vorher = staende[staende.len() - 1].clone();
                let nachher = bearbeitet(&vorher, *stelle, *laenge, neu);
                let geaendert =
                    verlauf.aufzeichnen(&vorher, &nachher, format!("Schritt {}", staende.len()));
                prop_assert_eq!(geaendert, nachher != vorher);
                if geaendert {
                    staende.push(nachher);
                }
            }
            let letzter = staende.len() - 1;
            prop_assert_eq!(verlauf.anzahl_rueckgaengig(), letzter);

            let mut aktuell = staende[letzter].clone();
            for k in (0..letzter).rev() {
                let was = verlauf.rueckgaengig_an(&mut aktuell).expect("Schritt vorhanden");
                prop_assert_eq!(&aktuell, &staende[k]);
                prop_assert_eq!(was, format!("Schritt {}", k + 1));
            }
            prop_assert!(verlauf.rueckgaengig_an(&mut aktuell).is_none());
            prop_assert_eq!(&aktuell, &staende[0]);

            for erwartet in &staende[1..] {
                verlauf.wiederholen_an(&mut aktuell).expect("Schritt vorhanden");
                prop_assert_eq!(&aktuell, erwartet);
            }
            prop_assert!(verlauf.wiederholen_an(&mut aktuell).is_none());
            prop_assert_eq!(&aktuell, &staende[letzter]);
        }
    }
}
