//! Undo and redo over the whole workspace (`Arbeitsbereich`).
//!
//! The app serialises the workspace to a [`serde_json::Value`] after every committed change and
//! hands the value before and after the change to [`Verlauf::aufzeichnen`]. The history does not
//! keep these values: it stores only the difference between them as a [`Patch`], once in each
//! direction. Editing one field of one of 500 projects therefore costs a few hundred bytes, not
//! the 2 MB of the workspace, and well over 50 steps fit into the default bound of 16 MiB.
//!
//! [`differenz`] computes a patch, [`anwenden`] applies one. Applying checks that the patch
//! fits the value (object fields present or absent, array lengths as recorded) and leaves the
//! value untouched otherwise, so a workspace changed behind the history's back is detected in
//! most cases instead of being silently corrupted.
//!
//! Pure: only `std` and `serde_json`, no browser access.

use std::collections::VecDeque;
use std::fmt;
use std::mem::size_of;

use crate::shared::sortieren::Sortieren;
use serde_json::{Map, Value};

/// A difference between two JSON values, applicable in one direction.
///
/// Produced by [`differenz`], applied by [`anwenden`]. Only the parts that change are stored.
#[derive(Clone, Debug, PartialEq)]
pub enum Patch {
    /// Leaves the value as it is (the two values were equal).
    Nichts,
    /// Replaces the whole value; used for scalars and for changes of the JSON type.
    Ersetzen(Value),
    /// Changes single fields of an object. Fields are sorted by name and occur at most once;
    /// fields that stay the same are not listed.
    Objekt(Vec<(String, Feldaenderung)>),
    /// Splice on an array of `laenge` elements: removes `entfernt` elements from index `anfang`
    /// on and inserts `einfuegen` in their place.
    Liste {
        /// Length the array must have before the patch.
        laenge: usize,
        /// Index of the first removed element (or of the insertion point).
        anfang: usize,
        /// Number of elements removed.
        entfernt: usize,
        /// Elements inserted at `anfang`.
        einfuegen: Vec<Value>,
    },
    /// Patches single elements of an array of `laenge` elements in place. Indices ascend
    /// strictly; elements that stay the same are not listed.
    Elemente {
        /// Length the array must have before (and keeps after) the patch.
        laenge: usize,
        /// Index of an element and the patch for it.
        aenderungen: Vec<(usize, Patch)>,
    },
}

/// What a [`Patch::Objekt`] does to one field.
#[derive(Clone, Debug, PartialEq)]
pub enum Feldaenderung {
    /// Adds a field that must not exist yet.
    Einfuegen(Value),
    /// Patches a field that must exist.
    Aendern(Patch),
    /// Removes a field that must exist.
    Entfernen,
}

/// Computes a patch that turns `alt` into `neu`.
///
/// Returns [`Patch::Nichts`] exactly when the values are equal.
pub fn differenz(alt: &Value, neu: &Value) -> Patch {
    match (alt, neu) {
        (Value::Object(alt), Value::Object(neu)) => objekt_differenz(alt, neu),
        (Value::Array(alt), Value::Array(neu)) => listen_differenz(alt, neu),
        _ if alt == neu => Patch::Nichts,
        _ => Patch::Ersetzen(neu.clone()),
    }
}

/// `differenz(nachher, vorher)`, given `hin = differenz(vorher, nachher)`: it compares only
/// where `hin` says the values differ, so recording a step walks the whole workspace once, not
/// twice. Objects follow `hin` field by field; arrays and scalars along its way are compared in
/// full (an array's reverse splice depends on both sides' sizes). Where `hin` does not fit the
/// values (a field it removes that `vorher` lacks, …) that part is compared in full; a patch of
/// other values could still miss fields, so callers pass the `hin` they just computed.
pub fn gegenrichtung(hin: &Patch, vorher: &Value, nachher: &Value) -> Patch {
    let (Patch::Objekt(felder), Value::Object(vor), Value::Object(nach)) = (hin, vorher, nachher)
    else {
        return differenz(nachher, vorher);
    };
    let mut zurueck = Vec::with_capacity(felder.len());
    for (schluessel, aenderung) in felder {
        let gegen = match (aenderung, vor.get(schluessel), nach.get(schluessel)) {
            (Feldaenderung::Entfernen, Some(alt), None) => Feldaenderung::Einfuegen(alt.clone()),
            (Feldaenderung::Einfuegen(_), None, Some(_)) => Feldaenderung::Entfernen,
            (Feldaenderung::Aendern(patch), Some(alt), Some(neu)) => {
                Feldaenderung::Aendern(gegenrichtung(patch, alt, neu))
            }
            _ => return differenz(nachher, vorher),
        };
        zurueck.push((schluessel.clone(), gegen));
    }
    if zurueck.is_empty() {
        return differenz(nachher, vorher);
    }
    Patch::Objekt(zurueck)
}

/// Per-field difference of two objects, fields sorted by name.
fn objekt_differenz(alt: &Map<String, Value>, neu: &Map<String, Value>) -> Patch {
    let mut felder = Vec::new();
    for (schluessel, alter_wert) in alt {
        let aenderung = match neu.get(schluessel) {
            None => Feldaenderung::Entfernen,
            Some(neuer_wert) => match differenz(alter_wert, neuer_wert) {
                Patch::Nichts => continue,
                patch => Feldaenderung::Aendern(patch),
            },
        };
        felder.push((schluessel.clone(), aenderung));
    }
    for (schluessel, neuer_wert) in neu {
        if !alt.contains_key(schluessel) {
            felder.push((
                schluessel.clone(),
                Feldaenderung::Einfuegen(neuer_wert.clone()),
            ));
        }
    }
    if felder.is_empty() {
        return Patch::Nichts;
    }
    felder.sortiere_nach(|a, b| a.0.cmp(&b.0));
    felder.shrink_to_fit();
    Patch::Objekt(felder)
}

/// Difference of two arrays: common prefix and suffix are skipped; the rest is patched element
/// by element if both sides have the same length (and that is smaller), otherwise spliced.
fn listen_differenz(alt: &[Value], neu: &[Value]) -> Patch {
    let anfang = gemeinsamer_anfang(alt, neu);
    let ende = gemeinsames_ende(&alt[anfang..], &neu[anfang..]);
    let alte_mitte = &alt[anfang..alt.len() - ende];
    let neue_mitte = &neu[anfang..neu.len() - ende];
    if alte_mitte.is_empty() && neue_mitte.is_empty() {
        return Patch::Nichts;
    }
    if alte_mitte.len() == neue_mitte.len() {
        let elemente = elementweise(alt.len(), anfang, alte_mitte, neue_mitte);
        let spleiss_groesse = size_of::<Patch>() + werte_groesse(neue_mitte);
        if elemente.groesse() <= spleiss_groesse {
            return elemente;
        }
    }
    Patch::Liste {
        laenge: alt.len(),
        anfang,
        entfernt: alte_mitte.len(),
        einfuegen: neue_mitte.to_vec(),
    }
}

/// Number of leading elements both arrays share.
fn gemeinsamer_anfang(alt: &[Value], neu: &[Value]) -> usize {
    alt.iter().zip(neu).take_while(|(a, n)| a == n).count()
}

/// Number of trailing elements both arrays share.
fn gemeinsames_ende(alt: &[Value], neu: &[Value]) -> usize {
    alt.iter()
        .rev()
        .zip(neu.iter().rev())
        .take_while(|(a, n)| a == n)
        .count()
}

/// Element-wise patch for two equally long middles starting at index `anfang`.
fn elementweise(laenge: usize, anfang: usize, alt: &[Value], neu: &[Value]) -> Patch {
    let mut aenderungen: Vec<(usize, Patch)> = alt
        .iter()
        .zip(neu)
        .enumerate()
        .filter_map(|(i, (a, n))| match differenz(a, n) {
            Patch::Nichts => None,
            patch => Some((anfang + i, patch)),
        })
        .collect();
    aenderungen.shrink_to_fit();
    Patch::Elemente {
        laenge,
        aenderungen,
    }
}

impl Patch {
    /// Approximate heap bytes this patch holds (used for the memory bound).
    ///
    /// Counts the patch nodes, the field names and the JSON values held, with the in-memory
    /// size of `serde_json` values rather than their (smaller) serialised length.
    pub fn groesse(&self) -> usize {
        size_of::<Patch>() + self.heap_bytes()
    }

    /// Bytes held behind this patch node, excluding the node itself.
    fn heap_bytes(&self) -> usize {
        match self {
            Patch::Nichts => 0,
            Patch::Ersetzen(wert) => wert_heap_bytes(wert),
            Patch::Objekt(felder) => felder
                .iter()
                .map(|(schluessel, aenderung)| {
                    size_of::<(String, Feldaenderung)>() + schluessel.len() + aenderung.heap_bytes()
                })
                .sum(),
            Patch::Liste { einfuegen, .. } => werte_groesse(einfuegen),
            Patch::Elemente { aenderungen, .. } => aenderungen
                .iter()
                .map(|(_, patch)| size_of::<usize>() + patch.groesse())
                .sum(),
        }
    }
}

impl Feldaenderung {
    /// Bytes held behind this field change, excluding the change itself.
    fn heap_bytes(&self) -> usize {
        match self {
            Feldaenderung::Einfuegen(wert) => wert_heap_bytes(wert),
            Feldaenderung::Aendern(patch) => patch.heap_bytes(),
            Feldaenderung::Entfernen => 0,
        }
    }
}

/// Rough per-entry overhead of a `serde_json::Map` beyond key and value (tree nodes).
const MAP_EINTRAG_AUFSCHLAG: usize = 16;

/// Bytes a slice of values occupies, counting each value and what it holds.
fn werte_groesse(werte: &[Value]) -> usize {
    werte
        .iter()
        .map(|wert| size_of::<Value>() + wert_heap_bytes(wert))
        .sum()
}

/// Bytes held behind a JSON value, excluding the value itself.
fn wert_heap_bytes(wert: &Value) -> usize {
    match wert {
        Value::Null | Value::Bool(_) | Value::Number(_) => 0,
        Value::String(text) => text.len(),
        Value::Array(liste) => werte_groesse(liste),
        Value::Object(felder) => felder
            .iter()
            .map(|(schluessel, wert)| {
                size_of::<String>()
                    + schluessel.len()
                    + MAP_EINTRAG_AUFSCHLAG
                    + size_of::<Value>()
                    + wert_heap_bytes(wert)
            })
            .sum(),
    }
}

/// Applies a patch.
///
/// Returns a German message if the patch does not fit the value (wrong JSON type, field missing
/// or already present, array length different from the recorded one). The value is then left
/// unchanged: the whole patch is checked before anything is modified. Never panics.
pub fn anwenden(wert: &mut Value, patch: &Patch) -> Result<(), String> {
    pruefen(wert, patch)
        .and_then(|()| ausfuehren(wert, patch))
        .map_err(|fehler| fehler.to_string())
}

/// Why a patch does not fit, and where (path segments from the innermost outwards).
#[derive(Debug)]
struct Passfehler {
    pfad_umgekehrt: Vec<String>,
    grund: String,
}

impl Passfehler {
    fn neu(grund: String) -> Self {
        Passfehler {
            pfad_umgekehrt: Vec::new(),
            grund,
        }
    }

    /// The same error, seen from the parent of the value it occurred in.
    fn unter(mut self, segment: impl fmt::Display) -> Self {
        self.pfad_umgekehrt.push(segment.to_string());
        self
    }
}

impl fmt::Display for Passfehler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Änderung passt nicht zum aktuellen Stand bei „")?;
        if self.pfad_umgekehrt.is_empty() {
            write!(f, "/")?;
        }
        for segment in self.pfad_umgekehrt.iter().rev() {
            write!(f, "/{segment}")?;
        }
        write!(f, "“: {}", self.grund)
    }
}

/// German name of a value's JSON type, for error messages.
fn art(wert: &Value) -> &'static str {
    match wert {
        Value::Null => "null",
        Value::Bool(_) => "Wahrheitswert",
        Value::Number(_) => "Zahl",
        Value::String(_) => "Text",
        Value::Array(_) => "Liste",
        Value::Object(_) => "Objekt",
    }
}

/// Checks the whole patch against the value without changing anything.
fn pruefen(wert: &Value, patch: &Patch) -> Result<(), Passfehler> {
    knoten_pruefen(wert, patch)?;
    match (patch, wert) {
        (Patch::Objekt(felder), Value::Object(map)) => {
            for (schluessel, aenderung) in felder {
                if let (Feldaenderung::Aendern(innen), Some(feld)) =
                    (aenderung, map.get(schluessel))
                {
                    pruefen(feld, innen).map_err(|f| f.unter(schluessel))?;
                }
            }
        }
        (Patch::Elemente { aenderungen, .. }, Value::Array(liste)) => {
            for (index, innen) in aenderungen {
                if let Some(element) = liste.get(*index) {
                    pruefen(element, innen).map_err(|f| f.unter(index))?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// Checks the top node of a patch against the value: JSON type, array length and ranges,
/// presence of fields, order of fields and indices. Does not look into nested patches.
fn knoten_pruefen(wert: &Value, patch: &Patch) -> Result<(), Passfehler> {
    match (patch, wert) {
        (Patch::Nichts | Patch::Ersetzen(_), _) => Ok(()),
        (Patch::Objekt(felder), Value::Object(map)) => felder_pruefen(map, felder),
        (
            Patch::Liste {
                laenge,
                anfang,
                entfernt,
                ..
            },
            Value::Array(liste),
        ) => {
            laenge_pruefen(liste, *laenge)?;
            match anfang.checked_add(*entfernt) {
                Some(ende) if ende <= liste.len() => Ok(()),
                _ => Err(Passfehler::neu(format!(
                    "{entfernt} Elemente ab Index {anfang} liegen nicht in der Liste"
                ))),
            }
        }
        (
            Patch::Elemente {
                laenge,
                aenderungen,
            },
            Value::Array(liste),
        ) => {
            laenge_pruefen(liste, *laenge)?;
            indizes_pruefen(aenderungen, liste.len())
        }
        (Patch::Objekt(_), _) => Err(falsche_art("ein Objekt", wert)),
        (Patch::Liste { .. } | Patch::Elemente { .. }, _) => Err(falsche_art("eine Liste", wert)),
    }
}

fn falsche_art(erwartet: &str, wert: &Value) -> Passfehler {
    Passfehler::neu(format!("erwartet {erwartet}, gefunden {}", art(wert)))
}

fn laenge_pruefen(liste: &[Value], laenge: usize) -> Result<(), Passfehler> {
    if liste.len() == laenge {
        Ok(())
    } else {
        Err(Passfehler::neu(format!(
            "erwartet eine Liste mit {laenge} Elementen, gefunden {}",
            liste.len()
        )))
    }
}

/// Element indices must ascend strictly and lie inside the list.
fn indizes_pruefen(aenderungen: &[(usize, Patch)], laenge: usize) -> Result<(), Passfehler> {
    let aufsteigend = aenderungen.windows(2).all(|paar| paar[0].0 < paar[1].0);
    if !aufsteigend {
        return Err(Passfehler::neu(
            "Elementindizes sind nicht streng aufsteigend".to_string(),
        ));
    }
    match aenderungen.iter().find(|(index, _)| *index >= laenge) {
        Some((index, _)) => Err(Passfehler::neu(format!(
            "Index {index} liegt außerhalb der Liste mit {laenge} Elementen"
        ))),
        None => Ok(()),
    }
}

/// Field names must ascend strictly; inserted fields must be absent, changed and removed ones
/// present.
fn felder_pruefen(
    map: &Map<String, Value>,
    felder: &[(String, Feldaenderung)],
) -> Result<(), Passfehler> {
    if !felder.windows(2).all(|paar| paar[0].0 < paar[1].0) {
        return Err(Passfehler::neu(
            "Feldnamen sind nicht streng aufsteigend".to_string(),
        ));
    }
    for (schluessel, aenderung) in felder {
        let vorhanden = map.contains_key(schluessel);
        match aenderung {
            Feldaenderung::Einfuegen(_) if vorhanden => {
                return Err(Passfehler::neu(format!(
                    "Feld „{schluessel}“ existiert bereits"
                )));
            }
            Feldaenderung::Aendern(_) | Feldaenderung::Entfernen if !vorhanden => {
                return Err(Passfehler::neu(format!("Feld „{schluessel}“ fehlt")));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Applies the patch, checking each node again before changing it (so it cannot panic even
/// without the preceding [`pruefen`]).
fn ausfuehren(wert: &mut Value, patch: &Patch) -> Result<(), Passfehler> {
    knoten_pruefen(wert, patch)?;
    match (patch, wert) {
        (Patch::Nichts, _) => {}
        (Patch::Ersetzen(neu), wert) => *wert = neu.clone(),
        (Patch::Objekt(felder), Value::Object(map)) => felder_ausfuehren(map, felder)?,
        (
            Patch::Liste {
                anfang,
                entfernt,
                einfuegen,
                ..
            },
            Value::Array(liste),
        ) => {
            // Range checked by `knoten_pruefen`.
            liste.splice(*anfang..anfang + entfernt, einfuegen.iter().cloned());
        }
        (Patch::Elemente { aenderungen, .. }, Value::Array(liste)) => {
            for (index, innen) in aenderungen {
                let element = liste
                    .get_mut(*index)
                    .ok_or_else(|| Passfehler::neu(format!("Index {index} fehlt")))?;
                ausfuehren(element, innen).map_err(|f| f.unter(index))?;
            }
        }
        (_, wert) => return Err(falsche_art("ein Objekt oder eine Liste", wert)),
    }
    Ok(())
}

fn felder_ausfuehren(
    map: &mut Map<String, Value>,
    felder: &[(String, Feldaenderung)],
) -> Result<(), Passfehler> {
    for (schluessel, aenderung) in felder {
        match aenderung {
            Feldaenderung::Einfuegen(neu) => {
                map.insert(schluessel.clone(), neu.clone());
            }
            Feldaenderung::Aendern(innen) => {
                let feld = map
                    .get_mut(schluessel)
                    .ok_or_else(|| Passfehler::neu(format!("Feld „{schluessel}“ fehlt")))?;
                ausfuehren(feld, innen).map_err(|f| f.unter(schluessel))?;
            }
            Feldaenderung::Entfernen => {
                map.remove(schluessel);
            }
        }
    }
    Ok(())
}

/// One recorded change: how to redo it, how to undo it, and what to call it.
#[derive(Clone, Debug)]
struct Schritt {
    vorwaerts: Patch,
    rueckwaerts: Patch,
    beschreibung: String,
    /// Cached [`Schritt::groesse`] of both patches and the description.
    bytes: usize,
}

impl Schritt {
    fn neu(vorwaerts: Patch, rueckwaerts: Patch, beschreibung: String) -> Self {
        let bytes = size_of::<Schritt>()
            + vorwaerts.heap_bytes()
            + rueckwaerts.heap_bytes()
            + beschreibung.len();
        Schritt {
            vorwaerts,
            rueckwaerts,
            beschreibung,
            bytes,
        }
    }
}

/// Undo/redo history of the workspace, bounded in steps and in bytes.
///
/// Holds patches only; the caller keeps the current workspace value and passes it in. Both
/// bounds are enforced when a step is recorded by dropping the oldest steps; the newest step is
/// always kept, even if it alone exceeds the byte bound (otherwise the change just made could
/// not be undone). A step bound of 0 disables the history.
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

    /// Records one change from `vorher` to `nachher` with a German description such as
    /// "Bezeichnung geändert".
    ///
    /// Clears the redo stack. Does nothing (and keeps the redo stack) if `vorher == nachher`.
    /// Drops the oldest steps while over either bound, but always keeps the newest step.
    /// Returns whether the two values differ, so that callers need not compare them again.
    pub fn aufzeichnen(
        &mut self,
        vorher: &Value,
        nachher: &Value,
        beschreibung: impl Into<String>,
    ) -> bool {
        let vorwaerts = differenz(vorher, nachher);
        if vorwaerts == Patch::Nichts {
            return false;
        }
        let rueckwaerts = gegenrichtung(&vorwaerts, vorher, nachher);
        self.wiederholen_leeren();
        let schritt = Schritt::neu(vorwaerts, rueckwaerts, beschreibung.into());
        self.belegt += schritt.bytes;
        self.rueckgaengig_stapel.push_back(schritt);
        self.begrenzen();
        true
    }

    /// Undo, in place: turns `wert` (the current value) into the value before the most recent
    /// step, moves the step to the redo stack and returns its description. Nothing is copied:
    /// the patch changes only the parts of `wert` the step changed.
    ///
    /// `None` if there is nothing to undo. If the step does not fit `wert` (the value was
    /// changed outside the history), `wert` stays as it is, the whole history is cleared and
    /// `None` returned.
    pub fn rueckgaengig_an(&mut self, wert: &mut Value) -> Option<String> {
        let schritt = self.rueckgaengig_stapel.pop_back()?;
        self.angewendet_oder_leeren(wert, &schritt.rueckwaerts)?;
        let beschreibung = schritt.beschreibung.clone();
        self.wiederholen_stapel.push(schritt);
        Some(beschreibung)
    }

    /// Redo, in place: turns `wert` into the value after the most recently undone step, moves
    /// the step back to the undo stack and returns its description. `None` and the same
    /// clearing as [`Verlauf::rueckgaengig_an`] otherwise.
    pub fn wiederholen_an(&mut self, wert: &mut Value) -> Option<String> {
        let schritt = self.wiederholen_stapel.pop()?;
        self.angewendet_oder_leeren(wert, &schritt.vorwaerts)?;
        let beschreibung = schritt.beschreibung.clone();
        self.rueckgaengig_stapel.push_back(schritt);
        Some(beschreibung)
    }

    /// Undo on a copy of `aktuell`: the previous value and the step's description.
    #[cfg(test)]
    pub fn rueckgaengig(&mut self, aktuell: &Value) -> Option<(Value, String)> {
        let mut wert = aktuell.clone();
        self.rueckgaengig_an(&mut wert).map(|text| (wert, text))
    }

    /// Redo on a copy of `aktuell`: the next value and the step's description.
    #[cfg(test)]
    pub fn wiederholen(&mut self, aktuell: &Value) -> Option<(Value, String)> {
        let mut wert = aktuell.clone();
        self.wiederholen_an(&mut wert).map(|text| (wert, text))
    }

    /// Applies `patch` to `wert`; if it does not fit, `wert` stays as it is and the history,
    /// which no longer describes the value, is cleared.
    fn angewendet_oder_leeren(&mut self, wert: &mut Value, patch: &Patch) -> Option<()> {
        if anwenden(wert, patch).is_err() {
            self.leeren();
            return None;
        }
        Some(())
    }

    /// Description of the step [`Verlauf::rueckgaengig`] would revert.
    pub fn naechstes_rueckgaengig(&self) -> Option<&str> {
        self.rueckgaengig_stapel
            .back()
            .map(|schritt| schritt.beschreibung.as_str())
    }

    /// Description of the step [`Verlauf::wiederholen`] would repeat.
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

    /// Approximate bytes held by both stacks: both patches of every step, its description and
    /// a constant per step.
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
    use serde_json::json;

    /// Applies `patch` to a copy of `wert`, panicking with the message if it does not fit.
    fn angewendet(wert: &Value, patch: &Patch) -> Value {
        let mut kopie = wert.clone();
        if let Err(fehler) = anwenden(&mut kopie, patch) {
            panic!("{fehler}");
        }
        kopie
    }

    /// Checks both directions between `a` and `b` and returns the forward patch.
    fn hin_und_zurueck(a: &Value, b: &Value) -> Patch {
        let hin = differenz(a, b);
        assert_eq!(&angewendet(a, &hin), b);
        assert_eq!(&angewendet(b, &differenz(b, a)), a);
        hin
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
            "fortschritt": 0.25 * (nr % 4) as f64,
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
            "version": 3,
            "titel": "Planung 2025",
            "projekte": (0..anzahl).map(projekt).collect::<Vec<_>>(),
        })
    }

    fn projekte(wert: &mut Value) -> &mut Vec<Value> {
        match wert.get_mut("projekte") {
            Some(Value::Array(liste)) => liste,
            _ => panic!("Arbeitsbereich ohne Projektliste"),
        }
    }

    fn serialisiert(wert: &Value) -> usize {
        serde_json::to_string(wert).map(|s| s.len()).unwrap_or(0)
    }

    #[test]
    fn gleiche_werte_ergeben_nichts() {
        let wert = arbeitsbereich(3);
        assert_eq!(differenz(&wert, &wert), Patch::Nichts);
        assert_eq!(differenz(&json!(1.5), &json!(1.5)), Patch::Nichts);
        let mut kopie = wert.clone();
        assert_eq!(anwenden(&mut kopie, &Patch::Nichts), Ok(()));
        assert_eq!(kopie, wert);
    }

    #[test]
    fn objektfeld_hinzufuegen_aendern_entfernen() {
        let alt = json!({"a": 1, "b": "bleibt", "c": true});
        let neu = json!({"a": 2, "b": "bleibt", "d": null});
        let patch = hin_und_zurueck(&alt, &neu);
        assert_eq!(
            patch,
            Patch::Objekt(vec![
                (
                    "a".to_string(),
                    Feldaenderung::Aendern(Patch::Ersetzen(json!(2)))
                ),
                ("c".to_string(), Feldaenderung::Entfernen),
                ("d".to_string(), Feldaenderung::Einfuegen(json!(null))),
            ])
        );
    }

    #[test]
    fn verschachteltes_objekt_speichert_nur_das_geaenderte_feld() {
        let alt = json!({"projekt": {"name": "Alt", "lang": "x".repeat(1000)}});
        let neu = json!({"projekt": {"name": "Neu", "lang": "x".repeat(1000)}});
        let patch = hin_und_zurueck(&alt, &neu);
        assert!(patch.groesse() < 500, "Patch zu groß: {}", patch.groesse());
    }

    #[test]
    fn typwechsel_ersetzt_den_wert() {
        for (alt, neu) in [
            (json!({"a": 1}), json!([1])),
            (json!([1, 2]), json!("Text")),
            (json!(1), json!(1.0)),
            (json!(null), json!({"ä": "ö"})),
        ] {
            assert_eq!(hin_und_zurueck(&alt, &neu), Patch::Ersetzen(neu.clone()));
        }
        let patch = hin_und_zurueck(&json!({"x": [1, 2]}), &json!({"x": {"y": 2}}));
        assert_eq!(
            patch,
            Patch::Objekt(vec![(
                "x".to_string(),
                Feldaenderung::Aendern(Patch::Ersetzen(json!({"y": 2})))
            )])
        );
    }

    #[test]
    fn ein_feld_tief_in_500_projekten_ergibt_kleinen_patch() {
        let alt = arbeitsbereich(500);
        let mut neu = alt.clone();
        projekte(&mut neu)[250]["meilensteine"][7]["bezeichnung"] = json!("Abnahme verschoben");
        let patch = hin_und_zurueck(&alt, &neu);
        let listenlaenge = serialisiert(&alt["projekte"]);
        assert!(patch.groesse() * 50 < listenlaenge);
        assert!(patch.groesse() < 1024, "Patch zu groß: {}", patch.groesse());
        assert!(differenz(&neu, &alt).groesse() < 1024);
    }

    #[test]
    fn erstes_von_500_loeschen_ergibt_kleinen_patch() {
        let alt = arbeitsbereich(500);
        let mut neu = alt.clone();
        let geloescht = projekte(&mut neu).remove(0);
        let patch = hin_und_zurueck(&alt, &neu);
        let hin = Patch::Liste {
            laenge: 500,
            anfang: 0,
            entfernt: 1,
            einfuegen: vec![],
        };
        assert_eq!(
            patch,
            Patch::Objekt(vec![("projekte".to_string(), Feldaenderung::Aendern(hin))])
        );
        // The way back holds the deleted project, and only that.
        let zurueck = differenz(&neu, &alt);
        assert!(zurueck.groesse() < 3 * serialisiert(&geloescht));
        assert!(zurueck.groesse() * 50 < serialisiert(&alt["projekte"]));
    }

    #[test]
    fn einfuegen_in_der_mitte_ergibt_kleinen_patch() {
        let alt = arbeitsbereich(500);
        let mut neu = alt.clone();
        projekte(&mut neu).insert(250, projekt(9999));
        let patch = hin_und_zurueck(&alt, &neu);
        let hin = Patch::Liste {
            laenge: 500,
            anfang: 250,
            entfernt: 0,
            einfuegen: vec![projekt(9999)],
        };
        assert_eq!(
            patch,
            Patch::Objekt(vec![("projekte".to_string(), Feldaenderung::Aendern(hin))])
        );
        assert!(patch.groesse() * 50 < serialisiert(&alt["projekte"]));
        assert!(differenz(&neu, &alt).groesse() < 512);
    }

    #[test]
    fn gleich_lange_mitte_mit_lauter_zahlen_wird_gespleisst() {
        let alt = json!((0..100).collect::<Vec<i64>>());
        let neu = json!((0..100).rev().collect::<Vec<i64>>());
        let patch = hin_und_zurueck(&alt, &neu);
        assert!(matches!(patch, Patch::Liste { entfernt: 100, .. }));
    }

    #[test]
    fn unpassender_patch_ergibt_fehler_und_laesst_den_wert_unveraendert() {
        let alt = json!({"a": [1, 2, 3], "b": {"c": 1}});
        let neu = json!({"a": [1, 2], "b": {"c": 2, "d": 3}});
        let patch = differenz(&alt, &neu);
        let faelle = [
            json!(null),
            json!(17),
            json!("a"),
            json!([1, 2, 3]),
            json!({}),
            json!({"a": [1, 2, 3], "b": {"c": 1, "d": 0}}),
            json!({"a": [1, 2, 3, 4], "b": {"c": 1}}),
            json!({"a": {"x": 1}, "b": {"c": 1}}),
            neu.clone(),
        ];
        for fall in faelle {
            let mut wert = fall.clone();
            let fehler = anwenden(&mut wert, &patch);
            assert!(fehler.is_err(), "passt unerwartet auf {fall}");
            assert_eq!(wert, fall, "Wert trotz Fehler verändert");
        }
        // Error message names the place.
        let mut wert = json!({"a": [1, 2, 3], "b": {"c": 1, "d": 0}});
        let fehler = anwenden(&mut wert, &patch).err().unwrap_or_default();
        assert!(fehler.contains("„/b“"), "{fehler}");
        assert!(fehler.contains("existiert bereits"), "{fehler}");
    }

    #[test]
    fn handgebaute_kaputte_patches_paniken_nicht() {
        let patches = [
            Patch::Liste {
                laenge: 2,
                anfang: usize::MAX,
                entfernt: 2,
                einfuegen: vec![],
            },
            Patch::Liste {
                laenge: 2,
                anfang: 1,
                entfernt: 5,
                einfuegen: vec![],
            },
            Patch::Elemente {
                laenge: 2,
                aenderungen: vec![(7, Patch::Ersetzen(json!(1)))],
            },
            Patch::Elemente {
                laenge: 2,
                aenderungen: vec![(1, Patch::Nichts), (0, Patch::Nichts)],
            },
            Patch::Elemente {
                laenge: 2,
                aenderungen: vec![(1, Patch::Ersetzen(json!(0))), (1, Patch::Nichts)],
            },
            Patch::Objekt(vec![
                ("a".to_string(), Feldaenderung::Entfernen),
                ("a".to_string(), Feldaenderung::Entfernen),
            ]),
            Patch::Elemente {
                laenge: 2,
                aenderungen: vec![(
                    0,
                    Patch::Objekt(vec![("x".to_string(), Feldaenderung::Entfernen)]),
                )],
            },
        ];
        for patch in &patches {
            let mut wert = json!([{"a": 1}, 2]);
            assert!(anwenden(&mut wert, patch).is_err(), "{patch:?}");
            assert_eq!(wert, json!([{"a": 1}, 2]));
        }
    }

    #[test]
    fn rueckgaengig_und_wiederholen_mit_beschreibungen() {
        let mut verlauf = Verlauf::new();
        let v0 = json!({"bezeichnung": "Alt", "meilensteine": [1, 2, 3]});
        let v1 = json!({"bezeichnung": "Neu", "meilensteine": [1, 2, 3]});
        let v2 = json!({"bezeichnung": "Neu", "meilensteine": [1, 3]});
        assert_eq!(verlauf.naechstes_rueckgaengig(), None);
        verlauf.aufzeichnen(&v0, &v1, "Bezeichnung geändert");
        verlauf.aufzeichnen(&v1, &v2, "Meilenstein gelöscht");
        assert_eq!(
            verlauf.naechstes_rueckgaengig(),
            Some("Meilenstein gelöscht")
        );
        assert_eq!(verlauf.naechstes_wiederholen(), None);

        let (wert, text) = verlauf.rueckgaengig(&v2).expect("Schritt vorhanden");
        assert_eq!((wert, text.as_str()), (v1.clone(), "Meilenstein gelöscht"));
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

        let (wert, text) = verlauf.rueckgaengig(&v1).expect("Schritt vorhanden");
        assert_eq!((wert, text.as_str()), (v0.clone(), "Bezeichnung geändert"));
        assert_eq!(verlauf.rueckgaengig(&v0), None);
        assert_eq!(
            verlauf.naechstes_wiederholen(),
            Some("Bezeichnung geändert")
        );

        let (wert, text) = verlauf.wiederholen(&v0).expect("Schritt vorhanden");
        assert_eq!((wert, text.as_str()), (v1.clone(), "Bezeichnung geändert"));
        let (wert, _) = verlauf.wiederholen(&v1).expect("Schritt vorhanden");
        assert_eq!(wert, v2);
        assert_eq!(verlauf.wiederholen(&v2), None);
        assert_eq!(verlauf.anzahl_rueckgaengig(), 2);
    }

    #[test]
    fn neue_aufzeichnung_leert_wiederholen() {
        let mut verlauf = Verlauf::default();
        let (v0, v1, v2) = (json!({"a": 0}), json!({"a": 1}), json!({"a": 2}));
        verlauf.aufzeichnen(&v0, &v1, "eins");
        let (zurueck, _) = verlauf.rueckgaengig(&v1).expect("Schritt vorhanden");
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
        assert_eq!(verlauf.wiederholen(&v2), None);
        let mut vergleich = Verlauf::new();
        vergleich.aufzeichnen(&v0, &v2, "zwei");
        assert_eq!(verlauf.belegte_bytes(), vergleich.belegte_bytes());
    }

    #[test]
    fn fremd_geaenderter_wert_leert_den_verlauf() {
        let mut verlauf = Verlauf::new();
        let v0 = json!({"liste": [1, 2, 3]});
        let v1 = json!({"liste": [1, 2, 3, 4]});
        let v2 = json!({"liste": [1, 2, 3, 4], "neu": true});
        verlauf.aufzeichnen(&v0, &v1, "angehängt");
        verlauf.aufzeichnen(&v1, &v2, "Feld neu");
        let fremd = json!({"liste": [9]});
        assert_eq!(verlauf.rueckgaengig(&fremd), None);
        assert_eq!(verlauf.anzahl_rueckgaengig(), 0);
        assert_eq!(verlauf.anzahl_wiederholen(), 0);
        assert_eq!(verlauf.belegte_bytes(), 0);

        verlauf.aufzeichnen(&v0, &v1, "angehängt");
        let _ = verlauf.rueckgaengig(&v1);
        assert_eq!(verlauf.wiederholen(&fremd), None);
        assert_eq!(verlauf.belegte_bytes(), 0);
    }

    #[test]
    fn leeren_vergisst_alles() {
        let mut verlauf = Verlauf::new();
        verlauf.aufzeichnen(&json!(1), &json!(2), "a");
        verlauf.aufzeichnen(&json!(2), &json!(3), "b");
        let _ = verlauf.rueckgaengig(&json!(3));
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
        let werte: Vec<Value> = (0..=80).map(|i| json!({"zaehler": i})).collect();
        for (i, paar) in werte.windows(2).enumerate() {
            verlauf.aufzeichnen(&paar[0], &paar[1], format!("Schritt {}", i + 1));
        }
        assert_eq!(verlauf.anzahl_rueckgaengig(), 50);
        let mut aktuell = werte[80].clone();
        for erwartet in (30..80).rev() {
            let (wert, text) = verlauf.rueckgaengig(&aktuell).expect("Schritt vorhanden");
            assert_eq!(wert, werte[erwartet]);
            assert_eq!(text, format!("Schritt {}", erwartet + 1));
            aktuell = wert;
        }
        assert_eq!(verlauf.rueckgaengig(&aktuell), None);
        assert_eq!(verlauf.anzahl_wiederholen(), 50);
    }

    #[test]
    fn schrittgrenze_null_zeichnet_nichts_auf() {
        let mut verlauf = Verlauf::mit_grenzen(0, usize::MAX);
        verlauf.aufzeichnen(&json!(1), &json!(2), "a");
        assert_eq!(verlauf.anzahl_rueckgaengig(), 0);
        assert_eq!(verlauf.belegte_bytes(), 0);
    }

    #[test]
    fn bytegrenze_wird_eingehalten_ausser_fuer_den_neuesten_schritt() {
        let grenze = 4000;
        let mut verlauf = Verlauf::mit_grenzen(1000, grenze);
        let mut aktuell = json!({"text": ""});
        for i in 0..100 {
            // Text lengths vary from 0 to about 1.5 KB; step 77 alone exceeds the bound.
            let laenge = if i == 77 { 3 * grenze } else { (i * 37) % 1500 };
            let neu = json!({"text": "ä".repeat(laenge / 2), "nr": i});
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
        while let Some((wert, _)) = verlauf.rueckgaengig(&aktuell) {
            aktuell = wert;
        }
        assert_eq!(verlauf.anzahl_wiederholen(), schritte);
        assert!(verlauf.belegte_bytes() <= grenze);
        while let Some((wert, _)) = verlauf.wiederholen(&aktuell) {
            aktuell = wert;
        }
        assert_eq!(aktuell, ende);
    }

    #[test]
    fn sechzig_kleine_aenderungen_an_2_mb_bleiben_klein_und_umkehrbar() {
        let start = arbeitsbereich(500);
        let groesse = serialisiert(&start);
        assert!((1_500_000..4_000_000).contains(&groesse), "{groesse} Bytes");
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
            verlauf.aufzeichnen(&aktuell, &neu, format!("Änderung {i}"));
            aktuell = neu;
        }
        assert_eq!(verlauf.anzahl_rueckgaengig(), 60);
        // 15 inserted projects of ~4 KB dominate; everything else is a few hundred bytes.
        assert!(
            verlauf.belegte_bytes() < 200 * 1024,
            "{} Bytes",
            verlauf.belegte_bytes()
        );
        let ende = aktuell.clone();
        for _ in 0..60 {
            let (wert, _) = verlauf.rueckgaengig(&aktuell).expect("Schritt vorhanden");
            aktuell = wert;
        }
        assert_eq!(aktuell, start);
        for _ in 0..60 {
            let (wert, _) = verlauf.wiederholen(&aktuell).expect("Schritt vorhanden");
            aktuell = wert;
        }
        assert_eq!(aktuell, ende);
    }

    /// Field names from a small set (with umlauts) so that generated objects share keys.
    fn schluessel() -> impl Strategy<Value = String> {
        prop::sample::select(vec!["a", "b", "c", "ä", "öß"]).prop_map(String::from)
    }

    fn blatt() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            (0i64..3).prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>()
                .prop_filter("endlich", |zahl| zahl.is_finite())
                .prop_map(Value::from),
            "[a-zäöüÄÖÜß ]{0,6}".prop_map(Value::String),
        ]
    }

    fn wert() -> impl Strategy<Value = Value> {
        blatt().prop_recursive(4, 48, 6, |innen| {
            prop_oneof![
                prop::collection::vec(innen.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(schluessel(), innen, 0..5)
                    .prop_map(|felder| Value::Object(felder.into_iter().collect())),
            ]
        })
    }

    /// A random local edit: walk down along `pfad`, then replace, insert or remove there.
    #[derive(Clone, Debug)]
    struct Mutation {
        pfad: Vec<usize>,
        art: u8,
        index: usize,
        schluessel: String,
        neu: Value,
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        (
            prop::collection::vec(any::<usize>(), 0..4),
            0u8..3,
            any::<usize>(),
            schluessel(),
            wert(),
        )
            .prop_map(|(pfad, art, index, schluessel, neu)| Mutation {
                pfad,
                art,
                index,
                schluessel,
                neu,
            })
    }

    fn mutieren(wert: &mut Value, pfad: &[usize], m: &Mutation) {
        match (pfad.split_first(), wert) {
            (Some((i, rest)), Value::Array(liste)) if !liste.is_empty() => {
                let n = liste.len();
                mutieren(&mut liste[i % n], rest, m);
            }
            (Some((i, rest)), Value::Object(felder)) if !felder.is_empty() => {
                let n = felder.len();
                if let Some(kind) = felder.values_mut().nth(i % n) {
                    mutieren(kind, rest, m);
                }
            }
            (_, Value::Array(liste)) if m.art == 1 => {
                liste.insert(m.index % (liste.len() + 1), m.neu.clone());
            }
            (_, Value::Array(liste)) if m.art == 2 && !liste.is_empty() => {
                liste.remove(m.index % liste.len());
            }
            (_, Value::Object(felder)) if m.art == 1 => {
                felder.insert(m.schluessel.clone(), m.neu.clone());
            }
            (_, Value::Object(felder)) if m.art == 2 => {
                felder.remove(&m.schluessel);
            }
            (_, wert) => *wert = m.neu.clone(),
        }
    }

    fn mutiert(wert: &Value, mutationen: &[Mutation]) -> Value {
        let mut neu = wert.clone();
        for m in mutationen {
            mutieren(&mut neu, &m.pfad, m);
        }
        neu
    }

    proptest! {
        #[test]
        fn beliebige_werte_hin_und_zurueck(a in wert(), b in wert()) {
            prop_assert_eq!(angewendet(&a, &differenz(&a, &b)), b.clone());
            prop_assert_eq!(angewendet(&b, &differenz(&b, &a)), a.clone());
            prop_assert_eq!(differenz(&a, &b) == Patch::Nichts, a == b);
            prop_assert_eq!(gegenrichtung(&differenz(&a, &b), &a, &b), differenz(&b, &a));
            // A patch that does not fit (here the reverse one) falls back to the full comparison.
            prop_assert_eq!(gegenrichtung(&differenz(&b, &a), &a, &b), differenz(&b, &a));
        }

        #[test]
        fn verwandte_werte_hin_und_zurueck(
            a in wert(),
            mutationen in prop::collection::vec(mutation(), 1..4),
        ) {
            let b = mutiert(&a, &mutationen);
            let hin = differenz(&a, &b);
            prop_assert_eq!(angewendet(&a, &hin), b.clone());
            prop_assert_eq!(angewendet(&b, &differenz(&b, &a)), a.clone());
            prop_assert_eq!(gegenrichtung(&hin, &a, &b), differenz(&b, &a));
            // A patch never holds much more than the target value itself.
            let ganz = Patch::Ersetzen(b.clone()).groesse();
            prop_assert!(hin.groesse() <= 4 * ganz + 256, "{} > {}", hin.groesse(), ganz);
        }

        #[test]
        fn verlauf_rueckgaengig_und_wiederholen_bis_zum_ende(
            start in wert(),
            schritte in prop::collection::vec(prop::collection::vec(mutation(), 1..3), 1..8),
        ) {
            let mut verlauf = Verlauf::mit_grenzen(usize::MAX, usize::MAX);
            let mut staende = vec![start];
            for mutationen in &schritte {
                let vorher = staende[staende.len() - 1].clone();
                let nachher = mutiert(&vorher, mutationen);
                verlauf.aufzeichnen(&vorher, &nachher, format!("Schritt {}", staende.len()));
                if nachher != vorher {
                    staende.push(nachher);
                }
            }
            let letzter = staende.len() - 1;
            prop_assert_eq!(verlauf.anzahl_rueckgaengig(), letzter);

            let mut aktuell = staende[letzter].clone();
            for k in (0..letzter).rev() {
                let (wert, text) = verlauf.rueckgaengig(&aktuell).expect("Schritt vorhanden");
                prop_assert_eq!(&wert, &staende[k]);
                prop_assert_eq!(text, format!("Schritt {}", k + 1));
                aktuell = wert;
            }
            prop_assert!(verlauf.rueckgaengig(&aktuell).is_none());
            prop_assert_eq!(&aktuell, &staende[0]);

            for erwartet in &staende[1..] {
                let (wert, _) = verlauf.wiederholen(&aktuell).expect("Schritt vorhanden");
                prop_assert_eq!(&wert, erwartet);
                aktuell = wert;
            }
            prop_assert!(verlauf.wiederholen(&aktuell).is_none());
            prop_assert_eq!(&aktuell, &staende[letzter]);
        }
    }
}
