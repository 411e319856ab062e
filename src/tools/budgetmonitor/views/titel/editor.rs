//! What the editors of a Haushaltsstelle's page share: [`Editor`], the state of one record
//! editor (Buchungen, Ansätze, Prognosen, VE) with its draft kept across navigation in an
//! `app::entwurf::Formularentwurf`; [`Art`], how a kind of record is named in ids, headings,
//! undo steps and messages; the heading, the buttons, the "bearbeiten" button and the table
//! every editor shows; deleting with a reason for a refusal.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::entwurf::{self, Formularentwurf};
use crate::app::tabelle::Zeilenmenue;
use crate::tools::budgetmonitor::eingabe::Datensatzentwurf;
use crate::tools::budgetmonitor::model::{Budgetmonitor, Datensatz, Feldfehler};

use super::super::{zeige_fehler, Fehlerliste};
use crate::app::components::{Knopf, Knopfart};

/// The key a form's draft is filed under: `budgetmonitor:<form>:<workspace>:<record>`.
pub(super) fn entwurfsschluessel(daten: Daten, form: &str, datensatz: u32) -> String {
    format!(
        "budgetmonitor:{form}:{}:{datensatz}",
        daten.offene_id().unwrap_or_default()
    )
}

/// How the page names one kind of record in ids, headings, buttons, undo steps and messages.
pub(super) struct Art {
    /// Name of the form in the draft's key: `ansatz`.
    pub(super) form: &'static str,
    /// Prefix of the form's ids: `an` gives `an-titel`, `an-speichern`, `an-bearbeiten-5`.
    pub(super) praefix: &'static str,
    /// Prefix of record numbers: `A` gives "A5".
    pub(super) kuerzel: &'static str,
    /// The kind in undo steps and messages: "Ansatz erfasst", "Ansatz A5 geändert"; a number
    /// that starts with it stands alone ("VE erfasst", "VE5 geändert").
    pub(super) wort: &'static str,
    /// Heading of the form for a new record.
    pub(super) neu: &'static str,
    /// Save button for a new record.
    pub(super) erfassen: &'static str,
    /// Selector of the field that gets the cursor when a record is loaded.
    pub(super) fokus: &'static str,
}

impl Art {
    /// "A5".
    fn nummer(&self, id: u32) -> String {
        format!("{}{id}", self.kuerzel)
    }

    /// "Ansatz A5", "VE5".
    fn name(&self, id: u32) -> String {
        if self.kuerzel.starts_with(self.wort) {
            self.nummer(id)
        } else {
            format!("{} {}", self.wort, self.nummer(id))
        }
    }
}

/// The state of one record editor of the page (Buchungen, Ansätze, Prognosen, VE): the draft,
/// kept across navigation; which stored record it changes; the problems and the success
/// message. A draft taken back from an earlier visit goes on changing the record it changed.
pub(super) struct Editor<T: Send + Sync + 'static> {
    art: &'static Art,
    daten: Daten,
    entwurf: StoredValue<Formularentwurf<T>>,
    /// The form's fields.
    pub(super) wert: RwSignal<T>,
    /// The stored record loaded into the form; `None`: a new one.
    auswahl: RwSignal<Option<u32>>,
    /// What the form shows for a new record.
    vorlage: RwSignal<T>,
    pub(super) fehler: Fehlerliste,
    pub(super) meldung: RwSignal<String>,
}

impl<T: Send + Sync + 'static> Clone for Editor<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Editor<T> {}

impl<T: Datensatzentwurf> Editor<T> {
    /// The editor of records of `art` on Haushaltsstelle `haushaltsstelle`, showing `vorlage`
    /// for a new record.
    pub(super) fn neu(art: &'static Art, haushaltsstelle: u32, vorlage: T) -> Self {
        let daten = expect_context::<Daten>();
        let schluessel = entwurfsschluessel(daten, art.form, haushaltsstelle);
        let auswahl = RwSignal::new(entwurf::holen::<T>(&schluessel).and_then(|e| e.bearbeitet()));
        let vorlage = RwSignal::new(vorlage);
        let entwurf = Formularentwurf::neu(schluessel, move || {
            auswahl
                .get()
                .and_then(|id| daten.lies(|ab| T::laden(&ab?.werkzeuge.budgetmonitor, id)))
                .unwrap_or_else(|| vorlage.get())
        });
        Editor {
            art,
            daten,
            wert: entwurf.wert,
            entwurf: StoredValue::new(entwurf),
            auswahl,
            vorlage,
            fehler: RwSignal::new(Vec::new()),
            meldung: RwSignal::new(String::new()),
        }
    }

    /// The stored record the form changes (tracked); `None`: a new one.
    fn bearbeitet(self) -> Option<u32> {
        self.wert.with(T::bearbeitet)
    }

    /// Loads the stored record `id` into the form, replacing any input, and puts the cursor
    /// into the form.
    fn bearbeiten(self, id: u32) {
        let Some(gespeichert) = self
            .daten
            .lies_ungetrackt(|ab| T::laden(&ab?.werkzeuge.budgetmonitor, id))
        else {
            return;
        };
        self.auswahl.set(Some(id));
        self.zeigen(gespeichert, String::new());
        browser::fokussiere(self.art.fokus);
    }

    /// "Abbrechen": the form for a new record again, the cursor in it.
    fn abbrechen(self) {
        let neu = self
            .wert
            .with_untracked(|e| self.vorlage.with_untracked(|v| e.nach_abbruch(v)));
        self.zeigen(neu, String::new());
        browser::fokussiere(self.art.fokus);
    }

    /// Shows `neu` with the message `meldung`; the input is no longer a draft.
    fn zeigen(self, neu: T, meldung: String) {
        if neu.bearbeitet().is_none() {
            self.vorlage.set(neu.clone());
            self.auswahl.set(None);
        }
        self.entwurf.with_value(|e| e.zuruecksetzen(neu));
        self.fehler.set(Vec::new());
        self.meldung.set(meldung);
    }

    /// The draft read by `lesen` against the stored data; on problems shows them at the fields
    /// and gives `None`.
    pub(super) fn lesen<R>(
        self,
        lesen: impl FnOnce(&T, &Budgetmonitor) -> Result<R, Vec<Feldfehler>>,
    ) -> Option<R> {
        let gelesen = self.wert.with_untracked(|e| {
            self.daten
                .lies_ungetrackt(|ab| ab.map(|ab| lesen(e, &ab.werkzeuge.budgetmonitor)))
        })?;
        self.melden(gelesen)
    }

    /// Stores `datensatz`, read from the form, in one undoable step: a change of the record
    /// being changed or a new record under a new id ("Ansatz A5 geändert`zusatz`", "Ansatz
    /// erfasst`zusatz`"). Then the form shows `naechster` and says what was stored. Whether it
    /// was a change, or `None` after a refusal, which is shown at the fields.
    pub(super) fn ablegen(
        self,
        mut datensatz: T::Datensatz,
        naechster: T,
        zusatz: &str,
    ) -> Option<bool> {
        let art = self.art;
        let geaendert = datensatz.id() != 0;
        let schritt = if geaendert {
            format!("{} geändert{zusatz}", art.name(datensatz.id()))
        } else {
            format!("{} erfasst{zusatz}", art.wort)
        };
        // Stays an (unshown) refusal if the workspace takes no change.
        let mut ergebnis = Err(Vec::new());
        self.daten.aendere(&schritt, |ab| {
            ergebnis = ab.werkzeuge.budgetmonitor.speichere(datensatz.clone());
        });
        let id = self.melden(ergebnis)?;
        datensatz.setze_id(id);
        let was = if geaendert { "geändert" } else { "erfasst" };
        self.zeigen(naechster, format!("{} {was}{zusatz}.", art.name(id)));
        Some(geaendert)
    }

    /// The value of `ergebnis`, or `None` after showing its problems.
    fn melden<R>(self, ergebnis: Result<R, Vec<Feldfehler>>) -> Option<R> {
        match ergebnis {
            Ok(wert) => {
                self.fehler.set(Vec::new());
                Some(wert)
            }
            Err(liste) => {
                self.meldung.set(String::new());
                zeige_fehler(self.fehler, liste);
                None
            }
        }
    }
}

/// Deletes a record in one undoable step "`name` gelöscht"; `entfernen` may refuse with the
/// reason, which `hinweis` then shows instead of "`name` gelöscht.".
pub(super) fn loeschen(
    daten: Daten,
    name: &str,
    hinweis: RwSignal<String>,
    entfernen: impl FnOnce(&mut Budgetmonitor) -> Result<(), String>,
) {
    let mut ergebnis = Ok(());
    daten.aendere(&format!("{name} gelöscht"), |ab| {
        ergebnis = entfernen(&mut ab.werkzeuge.budgetmonitor);
    });
    hinweis.set(ergebnis.map_or_else(|grund| grund, |()| format!("{name} gelöscht.")));
}

/// Heading of a record editor: "A5 bearbeiten" while changing A5, else "Neuer Ansatz".
#[component]
pub(super) fn Editortitel<T: Datensatzentwurf>(editor: Editor<T>) -> impl IntoView {
    let art = editor.art;
    view! {
        <h3 class="kern-heading-small" id=format!("{}-titel", art.praefix)>
            {move || match editor.bearbeitet() {
                Some(id) => format!("{} bearbeiten", art.nummer(id)),
                None => art.neu.to_owned(),
            }}
        </h3>
    }
}

/// The buttons below a record editor ("Ansatz erfassen" or "Änderungen speichern", then
/// "Abbrechen" while changing a record) and its success message.
#[component]
pub(super) fn Editorknoepfe<T: Datensatzentwurf>(
    editor: Editor<T>,
    /// The primary button of the page (the fast booking entry).
    #[prop(optional)]
    primaer: bool,
) -> impl IntoView {
    let art = editor.art;
    let daten = editor.daten;
    let klasse = if primaer {
        "kern-btn kern-btn--primary"
    } else {
        "kern-btn kern-btn--secondary"
    };
    view! {
        <div class="knopfleiste">
            <button type="submit" class=klasse id=format!("{}-speichern", art.praefix) disabled=move || !daten.bearbeitbar()>
                <span class="kern-label">{move || if editor.bearbeitet().is_some() { "Änderungen speichern" } else { art.erfassen }}</span>
            </button>
            {move || editor.bearbeitet().is_some().then(|| view! {
                <Knopf id=format!("{}-abbrechen", art.praefix) bei_klick=move |_| editor.abbrechen()>
                    "Abbrechen"
                </Knopf>
            })}
        </div>
        <p class="kern-body meldung-erfolg" role="status" id=format!("{}-meldung", art.praefix)>{move || editor.meldung.get()}</p>
    }
}

/// "A5 bearbeiten" in a table row: loads the record into its editor.
#[component]
pub(super) fn Bearbeitenknopf<T: Datensatzentwurf>(
    /// The record.
    id: u32,
    /// Its editor.
    editor: Editor<T>,
) -> impl IntoView {
    let daten = editor.daten;
    let art = editor.art;
    view! {
        <Knopf art=Knopfart::Tertiaer id=format!("{}-bearbeiten-{id}", art.praefix) deaktiviert=move || !daten.bearbeitbar()
            bei_klick=move |_| editor.bearbeiten(id)>
            {format!("{} bearbeiten", art.nummer(id))}
        </Knopf>
    }
}

/// The actions in a record's row, in one compact "Aktionen" menu: "A5 bearbeiten" and "A5
/// löschen" (`loeschen`), or instead of the delete button the reason why the record cannot be
/// deleted (`gesperrt`).
#[component]
pub(super) fn Zeilenknoepfe<T: Datensatzentwurf>(
    /// The record.
    id: u32,
    /// Its editor.
    editor: Editor<T>,
    /// Deletes the record (or asks first).
    loeschen: Callback<()>,
    /// Why the record cannot be deleted, e.g. "mit Buchungen".
    #[prop(default = None)]
    gesperrt: Option<&'static str>,
) -> impl IntoView {
    let daten = editor.daten;
    let art = editor.art;
    let knopf = match gesperrt {
        Some(grund) => view! { <span class="kern-body">{grund}</span> }.into_any(),
        None => view! {
            <Knopf art=Knopfart::Tertiaer id=format!("{}-loeschen-{id}", art.praefix) deaktiviert=move || !daten.bearbeitbar()
                bei_klick=move |_| loeschen.run(())>
                {format!("{} löschen", art.nummer(id))}
            </Knopf>
        }
        .into_any(),
    };
    // One compact menu per row, as in every data table (`app::tabelle`).
    view! {
        <td class="datentabelle__aktionen">
            <Zeilenmenue name=art.nummer(id) id=format!("{}-aktionen-{id}", art.praefix)>
                <Bearbeitenknopf id editor/>
                {knopf}
            </Zeilenmenue>
        </td>
    }
}

/// The table of one kind of record above its editor: a caption, the column heads and the
/// rows (in a `tbody` with id `koerper`, if given).
#[component]
pub(super) fn Liste(
    /// ID of the caption.
    id: &'static str,
    /// Caption.
    titel: &'static str,
    /// Column heads.
    spalten: &'static [&'static str],
    /// ID of the `tbody`.
    #[prop(optional)]
    koerper: Option<&'static str>,
    /// The rows.
    children: Children,
) -> impl IntoView {
    view! {
        <Tabelle id titel>
            <thead>
                <tr>{spalten.iter().map(|s| view! { <th scope="col">{*s}</th> }).collect_view()}</tr>
            </thead>
            <tbody id=koerper>{children()}</tbody>
        </Tabelle>
    }
}
