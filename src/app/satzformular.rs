//! What every tool's forms share on top of `app::formular` (fields, error summary) and
//! `app::entwurf` (drafts):
//!
//! - [`entwurfsschluessel`]: the key a form files its draft under;
//! - [`Satzformular`]: the draft of a form that adds records and, after "Bearbeiten", changes
//!   one of them;
//! - [`Verbindungsentwurf`]: the fields of a form that links two records;
//! - [`fehler_melden`], [`fehler_am`] and [`fehlerliste`]: a form keeps its problems as
//!   [`Feldfehler`] named by the input's id; these hand them to `app::formular`, which takes
//!   `(id, message)` pairs.
//!
//! Reading typed dates and numbers into `Feldfehler` is pure code:
//! [`datum_lesen`](crate::shared::text::datum_lesen) and
//! [`zahl_lesen`](crate::shared::text::zahl_lesen).

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::feldbindung;
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::text::Feldfehler;

/// The key a form files its draft under: tool, form, the open workspace and the record the
/// form is shown for (0: none, or a new one), e.g. `multiprojektplan:projekt:<workspace>:7`.
pub fn entwurfsschluessel(werkzeug: &str, formular: &str, datensatz: u32) -> String {
    let arbeitsbereich = expect_context::<Daten>().offene_id().unwrap_or_default();
    format!("{werkzeug}:{formular}:{arbeitsbereich}:{datensatz}")
}

/// The draft of a form that adds records of one kind and, after "Bearbeiten", changes one of
/// them (a milestone, a measure, a stage). While a record is edited the draft follows its
/// stored state (undo, another tab), otherwise the empty form's; a draft taken back from an
/// earlier visit goes on editing its record.
pub struct Satzformular<T: Send + Sync + 'static> {
    /// The draft the fields edit.
    pub entwurf: StoredValue<Formularentwurf<T>>,
    /// The record being edited; 0 while the form adds a new one.
    bearbeitet: RwSignal<u32>,
    lesen: StoredValue<Lesen<T>>,
    daten: Daten,
}

/// The form for a new record, from the workspace.
type Leer<T> = Box<dyn Fn(Option<&Arbeitsbereich>) -> T + Send + Sync>;

/// The form of stored record `id`, `None` if there is none.
type Gespeichert<T> = Box<dyn Fn(&Arbeitsbereich, u32) -> Option<T> + Send + Sync>;

/// How a [`Satzformular`] fills its fields from the workspace.
struct Lesen<T> {
    leer: Leer<T>,
    gespeichert: Gespeichert<T>,
}

impl<T> Lesen<T> {
    fn formular(&self, ab: Option<&Arbeitsbereich>, id: u32) -> T {
        ab.and_then(|ab| (self.gespeichert)(ab, id))
            .unwrap_or_else(|| (self.leer)(ab))
    }
}

impl<T: Send + Sync + 'static> Clone for Satzformular<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Satzformular<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Satzformular<T> {
    /// The form filed under `schluessel`. `leer` is the form for a new record and
    /// `gespeichert(ab, id)` the form of stored record `id` (both read the workspace, so the
    /// form follows it); `id_von` names the record a draft edits.
    pub fn neu(
        schluessel: String,
        leer: impl Fn(Option<&Arbeitsbereich>) -> T + Send + Sync + 'static,
        gespeichert: impl Fn(&Arbeitsbereich, u32) -> Option<T> + Send + Sync + 'static,
        id_von: fn(&T) -> u32,
    ) -> Self {
        let daten = expect_context::<Daten>();
        let lesen = StoredValue::new(Lesen {
            leer: Box::new(leer),
            gespeichert: Box::new(gespeichert),
        });
        let bearbeitet = RwSignal::new(0);
        let entwurf = Formularentwurf::neu(schluessel, move || {
            let id = bearbeitet.get();
            daten.lies(|ab| lesen.with_value(|l| l.formular(ab, id)))
        });
        bearbeitet.set(entwurf.wert.with_untracked(id_von));
        Satzformular {
            entwurf: StoredValue::new(entwurf),
            bearbeitet,
            lesen,
            daten,
        }
    }

    /// The values in the form's fields.
    pub fn wert(&self) -> RwSignal<T> {
        self.entwurf.read_value().wert
    }

    /// Whether the form edits a stored record or holds input not saved yet (tracked): then
    /// a folded form opens by itself.
    pub fn in_arbeit(&self) -> bool {
        self.bearbeitet.get() != 0 || self.entwurf.read_value().geaendert()
    }

    /// Shows stored record `id` for editing; `false` if there is none. Input not saved is
    /// dropped.
    pub fn bearbeiten(&self, id: u32) -> bool {
        let lesen = self.lesen;
        let gespeichert = self
            .daten
            .lies_ungetrackt(|ab| lesen.with_value(|l| (l.gespeichert)(ab?, id)));
        let Some(wert) = gespeichert else {
            return false;
        };
        self.bearbeitet.set(id);
        self.entwurf.read_value().zuruecksetzen(wert);
        true
    }

    /// The empty form for a new record (after saving, "Abbrechen", deleting the edited
    /// record). Input not saved is dropped.
    pub fn leeren(&self) {
        let lesen = self.lesen;
        let leer = self
            .daten
            .lies_ungetrackt(|ab| lesen.with_value(|l| (l.leer)(ab)));
        self.bearbeitet.set(0);
        self.entwurf.read_value().zuruecksetzen(leer);
    }
}

/// The fields of a form that links two records (a dependency between projects, a relation
/// between stakeholders): from, to, kind and strength as chosen, and a remark.
#[derive(Clone, Debug, PartialEq)]
pub struct Verbindungsentwurf {
    /// Value of the "from" choice.
    pub von: String,
    /// Value of the "to" choice.
    pub zu: String,
    /// Name of the kind.
    pub art: String,
    /// Strength as chosen.
    pub staerke: String,
    /// Remark as typed.
    pub bemerkung: String,
}

impl Verbindungsentwurf {
    /// The empty form: kind `art`, strength 2 (medium).
    pub fn neu(art: &str) -> Self {
        Verbindungsentwurf {
            von: String::new(),
            zu: String::new(),
            art: art.to_owned(),
            staerke: "2".to_owned(),
            bemerkung: String::new(),
        }
    }

    /// Value and setter of each field of the draft `entwurf`: from, to, kind, strength, remark.
    pub fn felder(entwurf: RwSignal<Self>) -> [(Signal<String>, Callback<String>); 5] {
        [
            feldbindung!(entwurf.von),
            feldbindung!(entwurf.zu),
            feldbindung!(entwurf.art),
            feldbindung!(entwurf.staerke),
            feldbindung!(entwurf.bemerkung),
        ]
    }
}

/// Shows `probleme` at the form's inputs: the model names a problem by field (`kennung`), the
/// input's id adds `praefix` (`mpp-kennung`). `true` if there are none.
pub fn fehler_melden(
    fehler: RwSignal<Vec<Feldfehler>>,
    praefix: &str,
    probleme: Vec<Feldfehler>,
) -> bool {
    let keine = probleme.is_empty();
    fehler.set(
        probleme
            .into_iter()
            .map(|f| f.mit_praefix(praefix))
            .collect(),
    );
    keine
}

/// The message at field `feld` among a form's problems, for an `app::formular` field's
/// `fehler`.
pub fn fehler_am(
    fehler: RwSignal<Vec<Feldfehler>>,
    feld: impl Into<String>,
) -> Signal<Option<String>> {
    let feld = feld.into();
    Signal::derive(move || {
        fehler.with(|f| f.iter().find(|x| x.feld == feld).map(|x| x.meldung.clone()))
    })
}

/// A form's problems as the `(input id, message)` pairs of `app::formular::Fehlerzusammenfassung`.
pub fn fehlerliste(fehler: RwSignal<Vec<Feldfehler>>) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        fehler.with(|f| {
            f.iter()
                .map(|x| (x.feld.clone(), x.meldung.clone()))
                .collect()
        })
    })
}
