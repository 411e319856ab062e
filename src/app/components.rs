//! Shared UI components in KERN UX style.
//!
//! One vocabulary of props across all components, named like HTML attributes: `id`, `titel`
//! (heading text), `art` (variant), `children` (body). Booleans are affirmative.

use leptos::prelude::*;

/// The page's main heading. Every page starts with exactly one; it takes focus after each route
/// change (hence `tabindex="-1"`), so screen-reader users hear where they are.
#[component]
pub fn Seitenkopf(
    /// Heading text; also the first part of the page title. Pages whose heading names a
    /// record pass a signal, so a renamed record renames the heading.
    #[prop(into)]
    titel: Signal<String>,
    /// Optional lead paragraph below the heading.
    #[prop(optional, into)]
    einleitung: Option<String>,
) -> impl IntoView {
    view! {
        <h1 class="kern-heading-large seitenkopf" tabindex="-1">{titel}</h1>
        {einleitung.map(|text| view! { <p class="kern-body kern-body--large">{text}</p> })}
    }
}

/// Variant of a [`Hinweis`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HinweisArt {
    /// Neutral information.
    Info,
    /// Something went well.
    Erfolg,
    /// The user should act.
    Warnung,
    /// Something failed.
    Fehler,
}

impl HinweisArt {
    fn klasse(self) -> &'static str {
        match self {
            HinweisArt::Info => "kern-alert kern-alert--info",
            HinweisArt::Erfolg => "kern-alert kern-alert--success",
            HinweisArt::Warnung => "kern-alert kern-alert--warning",
            HinweisArt::Fehler => "kern-alert kern-alert--danger",
        }
    }

    fn icon(self) -> &'static str {
        match self {
            HinweisArt::Info => "kern-icon kern-icon--info",
            HinweisArt::Erfolg => "kern-icon kern-icon--success",
            HinweisArt::Warnung => "kern-icon kern-icon--warning",
            HinweisArt::Fehler => "kern-icon kern-icon--danger",
        }
    }
}

/// A KERN alert box with a title and body text. Present at page load, so it carries no live
/// role; messages that appear later are announced by their own live region.
#[component]
pub fn Hinweis(
    /// Variant (colour and icon; the title always states the meaning in words).
    art: HinweisArt,
    /// Short title.
    titel: String,
    /// Body.
    children: Children,
) -> impl IntoView {
    view! {
        <div class=art.klasse()>
            <div class="kern-alert__header">
                <span class=art.icon() aria-hidden="true"></span>
                <span class="kern-title">{titel}</span>
            </div>
            <div class="kern-alert__body">{children()}</div>
        </div>
    }
}

/// Text of a setting the hosting agency has not filled in yet, marked so it stands out.
#[component]
pub fn Auszufuellen() -> impl IntoView {
    view! {
        <span class="auszufuellen">{crate::shared::betreiber::NICHT_AUSGEFUELLT}</span>
    }
}

/// A value from the operator settings, or [`Auszufuellen`] where it is missing or blank.
pub fn angabe(text: Option<String>) -> AnyView {
    match text {
        Some(text) if !text.trim().is_empty() => text.into_any(),
        _ => view! { <Auszufuellen/> }.into_any(),
    }
}

/// A list of terms and their descriptions (`<dl class="begriffsliste">`): label beside value on
/// wide screens, below it on narrow ones.
#[component]
pub fn Begriffsliste(
    /// `(term, description)` pairs, in order.
    eintraege: Vec<(&'static str, AnyView)>,
) -> impl IntoView {
    let zeilen = eintraege
        .into_iter()
        .map(|(begriff, beschreibung)| {
            view! {
                <dt class="kern-label">{begriff}</dt>
                <dd class="kern-body">{beschreibung}</dd>
            }
        })
        .collect_view();
    view! { <dl class="begriffsliste">{zeilen}</dl> }
}

/// A data table in KERN style inside a focusable, labelled scroll region, so that wide tables
/// scroll by keyboard and the page itself never scrolls sideways (WCAG 1.4.10). The caption
/// names both the table and the region.
#[component]
pub fn Tabelle(
    /// ID of the caption; must be unique on the page.
    #[prop(into)]
    id: String,
    /// Caption text.
    titel: &'static str,
    /// Column headings: with them the table draws its own header row (`<thead>`); without,
    /// `children` bring theirs.
    #[prop(optional)]
    spalten: &'static [&'static str],
    /// Indexes of the `spalten` that hold numbers (right-aligned headings).
    #[prop(optional)]
    zahlenspalten: &'static [usize],
    /// `<tbody>` and optionally `<thead>` and `<tfoot>`.
    children: Children,
) -> impl IntoView {
    let kopf = (!spalten.is_empty()).then(|| {
        let koepfe = spalten
            .iter()
            .enumerate()
            .map(|(i, &text)| {
                view! {
                    <th scope="col" class="kern-table__header"
                        class:kern-table__header--numeric=zahlenspalten.contains(&i)>{text}</th>
                }
            })
            .collect_view();
        view! { <thead class="kern-table__head"><tr class="kern-table__row">{koepfe}</tr></thead> }
    });
    let bezug = id.clone();
    view! {
        <div class="kern-table-responsive" tabindex="0" role="region" aria-labelledby=bezug>
            <table class="kern-table">
                <caption class="kern-title" id=id>{titel}</caption>
                {kopf}
                {children()}
            </table>
        </div>
    }
}

/// The variant of a [`Knopf`] (KERN button styles).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Knopfart {
    /// The one main action of a form or page.
    Primaer,
    /// Further actions.
    #[default]
    Sekundaer,
    /// Quiet actions (filters, rows).
    Tertiaer,
}

impl Knopfart {
    fn klasse(self) -> &'static str {
        match self {
            Knopfart::Primaer => "kern-btn kern-btn--primary",
            Knopfart::Sekundaer => "kern-btn kern-btn--secondary",
            Knopfart::Tertiaer => "kern-btn kern-btn--tertiary",
        }
    }
}

/// A KERN button with its label: `<Knopf art=Knopfart::Primaer absenden=true>"Speichern"</Knopf>`.
#[component]
pub fn Knopf(
    /// Variant; secondary unless said otherwise.
    #[prop(optional)]
    art: Knopfart,
    /// Submits its form (`type="submit"`); otherwise `type="button"`.
    #[prop(optional)]
    absenden: bool,
    /// Destroys data (red).
    #[prop(optional)]
    gefaehrlich: bool,
    /// ID of the button.
    #[prop(optional, into)]
    id: Option<String>,
    /// Disabled, e.g. in a read-only workspace.
    #[prop(optional, into)]
    deaktiviert: Signal<bool>,
    /// Runs on click.
    #[prop(optional, into)]
    bei_klick: Option<Callback<leptos::ev::MouseEvent>>,
    /// The label.
    children: Children,
) -> impl IntoView {
    let klasse = if gefaehrlich {
        format!("{} knopf--gefaehrlich", art.klasse())
    } else {
        art.klasse().to_owned()
    };
    view! {
        <button type=if absenden { "submit" } else { "button" } class=klasse id=id disabled=deaktiviert
            on:click=move |ereignis| {
                if let Some(bei_klick) = bei_klick {
                    bei_klick.run(ereignis);
                }
            }>
            <span class="kern-label">{children()}</span>
        </button>
    }
}

/// A modal confirmation dialog (native `<dialog>` opened with `showModal()`, so the page behind
/// it is inert). Escape and "Abbrechen" close it; focus returns to where it was before.
///
/// `titel` names what happens ("Arbeitsbereich „X“ löschen?"), the body says what is lost.
#[component]
pub fn Bestaetigung(
    /// ID of the dialog; its heading gets `<id>-titel`.
    id: &'static str,
    /// Heading, a question.
    #[prop(into)]
    titel: Signal<String>,
    /// Opens and closes the dialog.
    offen: RwSignal<bool>,
    /// Label of the confirming button, a verb ("Löschen").
    bestaetigen: &'static str,
    /// Whether confirming destroys data (red button).
    #[prop(optional)]
    gefaehrlich: bool,
    /// Runs on confirmation, before the dialog closes.
    #[prop(into)]
    bei_bestaetigung: Callback<()>,
    /// Body text.
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let vorher = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |_| {
        let soll_offen = offen.get();
        let Some(element) = dialog.get() else { return };
        if soll_offen && !element.open() {
            let aktiv = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
            vorher.set_value(aktiv);
            let _ = element.show_modal();
        } else if !soll_offen && element.open() {
            element.close();
        }
    });
    let geschlossen = move |_| {
        offen.set(false);
        if let Some(element) = vorher.get_value() {
            if element.is_connected() {
                let _ = element.focus();
            }
        }
    };
    let titel_id = format!("{id}-titel");
    let titel_verweis = titel_id.clone();
    let knopf = if gefaehrlich {
        "kern-btn kern-btn--primary knopf--gefaehrlich"
    } else {
        "kern-btn kern-btn--primary"
    };
    view! {
        <dialog id=id class="kern-dialog" aria-labelledby=titel_verweis node_ref=dialog on:close=geschlossen>
            <header class="kern-dialog__header">
                <h2 class="kern-title kern-title--large" id=titel_id>{titel}</h2>
            </header>
            <section class="kern-dialog__body">{children()}</section>
            <footer class="kern-dialog__footer">
                <button type="button" class="kern-btn kern-btn--secondary" on:click=move |_| offen.set(false)>
                    <span class="kern-label">"Abbrechen"</span>
                </button>
                <button type="button" class=knopf on:click=move |_| {
                    bei_bestaetigung.run(());
                    offen.set(false);
                }>
                    <span class="kern-label">{bestaetigen}</span>
                </button>
            </footer>
        </dialog>
    }
}

/// The error message of a form field (KERN `kern-error`), shown while `fehler` holds a text.
/// The field refers to it with `aria-describedby` and sets `aria-invalid`; `role="alert"`
/// announces it when it appears.
#[component]
pub fn Feldfehler(
    /// ID of the message, referenced by the field.
    #[prop(into)]
    id: String,
    /// The message; nothing is shown while it is `None`.
    #[prop(into)]
    fehler: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        fehler.get().map(|text| {
            view! {
                <p class="kern-error" id=id.clone() role="alert">
                    <span class="kern-icon kern-icon--danger kern-icon--md" aria-hidden="true"></span>
                    <span class="kern-body">{text}</span>
                </p>
            }
        })
    }
}

/// A form that adds records, folded behind its title so that a record page stays a summary.
/// It opens when the user opens it, and by itself when `offen` becomes true (a record is being
/// edited, or the form holds unsaved input); it never closes by itself, so the focus stays
/// in the form after saving.
///
/// The open state lives in the element alone. It used to be `user opened || offen`, with the
/// user's part learnt from the `toggle` event, which the browser sends later: input in the
/// just-opened form before that event re-evaluated the binding with the user's part still
/// false and closed the form under the cursor (seen in the e2e suite under load).
#[component]
pub fn Aufklappformular(
    /// ID of the title (`summary`), for focus and tests.
    id: &'static str,
    /// The title, e.g. "Meilenstein hinzufügen".
    #[prop(into)]
    titel: Signal<String>,
    /// Opens the form when it becomes true.
    #[prop(into)]
    offen: Signal<bool>,
    /// The form.
    children: Children,
) -> impl IntoView {
    let element = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        if let (true, Some(details)) = (offen.get(), element.get()) {
            let _ = details.set_attribute("open", "");
        }
    });
    view! {
        <details class="aufklappformular" node_ref=element open=offen.get_untracked()>
            <summary class="aufklappformular__titel" id=id>
                <span class="kern-heading-small">{titel}</span>
            </summary>
            <div class="aufklappformular__inhalt">{children()}</div>
        </details>
    }
}

/// An abbreviation explained on first use: `<abbr title="Onlinezugangsgesetz">OZG</abbr>`. The
/// meanings are listed in [`crate::shared::vokabular::ABKUERZUNGEN`].
#[component]
pub fn Abk(
    /// The abbreviation as listed.
    kurz: &'static str,
) -> impl IntoView {
    view! { <abbr title=crate::shared::vokabular::abkuerzung(kurz).unwrap_or(kurz)>{kurz}</abbr> }
}

/// A text whose listed abbreviations are explained with `<abbr>` on their first use in it.
pub fn mit_abkuerzungen(text: &str) -> impl IntoView + use<> {
    crate::shared::vokabular::abkuerzungen_markieren(text)
        .into_iter()
        .map(|(teil, lang)| match lang {
            Some(lang) => view! { <abbr title=lang>{teil.to_owned()}</abbr> }.into_any(),
            None => teil.to_owned().into_any(),
        })
        .collect_view()
}

/// A status word with its traffic-light colour, e.g. "rot" on red. The word always carries the
/// meaning; the colour and the shape (circle, triangle, square) only repeat it.
#[component]
pub fn AmpelMarke(
    /// The colour.
    ampel: crate::shared::vokabular::Ampel,
) -> impl IntoView {
    use crate::shared::vokabular::Ampel;
    let klasse = match ampel {
        Ampel::Gruen => "ampel ampel--gruen",
        Ampel::Gelb => "ampel ampel--gelb",
        Ampel::Rot => "ampel ampel--rot",
        Ampel::Grau => "ampel ampel--grau",
        Ampel::Blau => "ampel ampel--blau",
    };
    view! { <span class=klasse>{ampel.name()}</span> }
}
