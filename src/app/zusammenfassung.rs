//! Record pages as summaries (GOV.UK "summary list" and "summary card" patterns): a record page
//! opens with its key facts as a list of "Bezeichnung – Wert" ([`Zusammenfassung`],
//! [`Angabe`]); each section ([`Abschnitt`]) shows its facts and is edited on its own: its
//! "Bearbeiten" button swaps the summary for the section's form, and the form ends editing
//! through [`Bearbeitung`] after saving or on "Abbrechen". Focus moves into the form when it
//! opens and back to the button when it closes, so keyboard users keep their place.

use leptos::context::Provider;
use leptos::prelude::*;

use crate::app::browser;

/// A summary list of key facts.
#[component]
pub fn Zusammenfassung(children: Children) -> impl IntoView {
    view! { <dl class="zusammenfassung">{children()}</dl> }
}

/// One fact of a [`Zusammenfassung`]: its label and its value (`children`). An empty value is
/// shown as "–", so a missing fact reads as missing, not as an error of the page. Listed
/// abbreviations in the label are explained with `<abbr>`.
#[component]
pub fn Angabe(
    /// The label, e.g. "Projektleitung".
    #[prop(into)]
    bezeichnung: String,
    /// The value.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="zusammenfassung__zeile">
            <dt class="zusammenfassung__bezeichnung">{crate::app::components::mit_abkuerzungen(&bezeichnung)}</dt>
            <dd class="zusammenfassung__wert">{children()}</dd>
        </div>
    }
}

/// A text value for an [`Angabe`]: the text, or "–" where it is empty.
pub fn oder_strich(text: &str) -> String {
    if text.trim().is_empty() {
        "–".to_owned()
    } else {
        text.to_owned()
    }
}

/// The editing state of the [`Abschnitt`] a form is in, provided as context to its form:
/// `beenden()` after saving or on "Abbrechen" returns to the summary.
#[derive(Clone, Copy)]
pub struct Bearbeitung {
    offen: RwSignal<bool>,
}

impl Bearbeitung {
    /// Ends editing: the section shows its summary again, focus returns to "Bearbeiten".
    pub fn beenden(&self) {
        self.offen.set(false);
    }

    /// Opens the section's form, e.g. from a row's "Bearbeiten" in the section's summary.
    pub fn beginnen(&self) {
        self.offen.set(true);
    }

    /// The section's editing state in the form's scope, if the form is inside an [`Abschnitt`].
    pub fn im_abschnitt() -> Option<Self> {
        use_context::<Self>()
    }
}

/// A section of a record page: heading, a "Bearbeiten" button and the summary, or the form
/// while editing. `id` is the heading's id (for the page's in-page navigation); the button is
/// `#{id}-bearbeiten`.
#[component]
pub fn Abschnitt(
    /// The heading's id.
    id: &'static str,
    /// The heading.
    #[prop(into)]
    titel: String,
    /// The summary shown while not editing.
    anzeige: ViewFn,
    /// The form; `None` for a section without one. It ends editing via [`Bearbeitung`].
    #[prop(optional)]
    formular: Option<ViewFn>,
    /// Open in editing at first, e.g. because the form holds an unsaved draft.
    #[prop(optional)]
    offen: bool,
    /// Whether "Bearbeiten" is enabled (read-only workspaces disable it).
    #[prop(into, default = Signal::from(true))]
    bearbeitbar: Signal<bool>,
) -> impl IntoView {
    let offen = RwSignal::new(offen && formular.is_some());
    let knopf = format!("{id}-bearbeiten");
    let bereich = format!("{id}-bereich");
    // Focus follows the switch (not on the first render): into the form, back to the button.
    let knopf_fokus = knopf.clone();
    let bereich_fokus = bereich.clone();
    Effect::new(move |vorher: Option<bool>| {
        let jetzt = offen.get();
        if vorher.is_some_and(|v| v != jetzt) {
            let ziel = if jetzt {
                format!(
                    "#{bereich_fokus} input, #{bereich_fokus} select, #{bereich_fokus} textarea"
                )
            } else {
                format!("#{knopf_fokus}")
            };
            request_animation_frame(move || {
                browser::fokussiere(&ziel);
            });
        }
        jetzt
    });
    let hat_formular = formular.is_some();
    let inhalt = move || {
        if offen.get() {
            formular
                .as_ref()
                .map(|f| f.run())
                .unwrap_or_else(|| anzeige.run())
        } else {
            anzeige.run()
        }
    };
    let titel_knopf = titel.clone();
    // Each section provides its own editing state: a component has no owner of its own, so
    // `provide_context` here would be shared by all sections of the page (the last one wins).
    view! {
        <Provider value=Bearbeitung { offen }>
        <section class="abschnitt" aria-labelledby=id>
            <div class="abschnitt__kopf">
                <h2 class="kern-heading-medium" id=id tabindex="-1">{titel}</h2>
                {hat_formular.then(|| view! {
                    <button type="button" class="kern-btn kern-btn--secondary" id=knopf.clone()
                        aria-expanded=move || offen.get().to_string()
                        aria-controls=bereich.clone()
                        disabled=move || !bearbeitbar.get() && !offen.get()
                        on:click=move |_| offen.update(|o| *o = !*o)>
                        <span class="kern-label">
                            {move || if offen.get() { "Bearbeiten beenden" } else { "Bearbeiten" }}
                        </span>
                        <span class="kern-sr-only">{format!(": {titel_knopf}")}</span>
                    </button>
                })}
            </div>
            <div id=bereich.clone()>{inhalt}</div>
        </section>
        </Provider>
    }
}
