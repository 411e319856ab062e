//! Form fields in KERN UX style with one vocabulary of props, shared by every tool's forms:
//! `id`, `beschriftung` (label), `hinweis` (hint below the label), `pflicht` (required),
//! `wert` (current value), `bei_eingabe` (called with the new value), `fehler` (message shown
//! at the field), `deaktiviert`.
//!
//! Fields are controlled: they show `wert` and report every change, so a form keeps its draft
//! in one signal and validates it as a whole. [`Fehlerzusammenfassung`] lists all problems
//! above the form and links each to its field (GOV.UK error-summary pattern).

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Feldfehler;

fn beschreibung(id: &str, hinweis: bool, fehler: Signal<Option<String>>) -> Signal<Option<String>> {
    let hinweis_id = format!("{id}-hinweis");
    let fehler_id = format!("{id}-fehler");
    Signal::derive(move || {
        let mut ids = Vec::new();
        if hinweis {
            ids.push(hinweis_id.clone());
        }
        if fehler.with(Option::is_some) {
            ids.push(fehler_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    })
}

#[component]
fn Beschriftung(
    id: String,
    beschriftung: String,
    pflicht: bool,
    /// A filter or search field: never "optional" (nothing is required there).
    filter: bool,
    hinweis: Option<String>,
    fehler: Signal<Option<String>>,
    /// Required only in some cases, said at the label instead of "optional"
    /// (e.g. "Pflicht bei Gelb und Rot").
    #[prop(optional_no_strip)]
    pflicht_wenn: Option<&'static str>,
) -> impl IntoView {
    let zusatz = match pflicht_wenn {
        Some(bedingung) => Some(format!(" – {bedingung}")),
        None => (!pflicht && !filter).then(|| " – optional".to_owned()),
    };
    view! {
        <label class="kern-label" for=id.clone()>
            {beschriftung}
            {zusatz.map(|text| view! { <span class="kern-label__optional">{text}</span> })}
        </label>
        {hinweis.map(|text| view! { <div class="kern-hint" id=format!("{id}-hinweis")>{text}</div> })}
        <Feldfehler id=format!("{id}-fehler") fehler/>
    }
}

/// A text input, or a text area with `mehrzeilig`.
#[component]
pub fn Eingabe(
    /// ID of the input; label, hint and error derive theirs from it.
    #[prop(into)]
    id: String,
    /// Label text.
    #[prop(into)]
    beschriftung: String,
    /// Current value.
    #[prop(into)]
    wert: Signal<String>,
    /// Called with the new text on every keystroke.
    bei_eingabe: Callback<String>,
    /// Error message at the field.
    #[prop(optional, into)]
    fehler: Signal<Option<String>>,
    /// Hint below the label (format, example).
    #[prop(optional, into)]
    hinweis: Option<String>,
    /// Required field (otherwise the label says "optional").
    #[prop(optional)]
    pflicht: bool,
    /// A filter or search field: its label never says "optional".
    #[prop(optional)]
    filter: bool,
    /// Required only in some cases, said at the label instead of "optional", e.g.
    /// "Pflicht bei Gelb und Rot" (the check itself stays with the form).
    #[prop(optional)]
    pflicht_wenn: Option<&'static str>,
    /// Multi-line text area.
    #[prop(optional)]
    mehrzeilig: bool,
    /// Narrow input for dates, amounts and numbers (CSS modifier).
    #[prop(optional)]
    schmal: bool,
    /// Disabled (read-only workspace).
    #[prop(optional, into)]
    deaktiviert: Signal<bool>,
) -> impl IntoView {
    let beschrieben = beschreibung(&id, hinweis.is_some(), fehler);
    let ungueltig = move || fehler.with(Option::is_some).then_some("true");
    let feld = if mehrzeilig {
        view! {
            <textarea class="kern-form-input__input eingabe__mehrzeilig" id=id.clone() name=id.clone() rows="4"
                class:kern-form-input__input--error=move || fehler.with(Option::is_some)
                aria-invalid=ungueltig aria-describedby=beschrieben required=pflicht disabled=deaktiviert
                prop:value=wert
                on:input=move |ev| bei_eingabe.run(event_target_value(&ev))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input class="kern-form-input__input" type="text" id=id.clone() name=id.clone()
                class:kern-form-input__input--error=move || fehler.with(Option::is_some)
                class:eingabe--schmal=schmal
                aria-invalid=ungueltig aria-describedby=beschrieben required=pflicht disabled=deaktiviert
                prop:value=wert
                on:input=move |ev| bei_eingabe.run(event_target_value(&ev))/>
        }
        .into_any()
    };
    view! {
        <div class="kern-form-input" class:kern-form-input--error=move || fehler.with(Option::is_some)>
            <Beschriftung id=id.clone() beschriftung pflicht filter hinweis fehler pflicht_wenn/>
            {feld}
        </div>
    }
}

/// A date field: a text input that takes dates as people type them (`1.2.26`, `01.02.2026`,
/// `2026-02-01`; see `shared::datum::Datum::aus_deutsch`) and, beside it, the browser's own date
/// picker where it has one. Both edit the same value; the picker writes `TT.MM.JJJJ`.
#[component]
pub fn Datumseingabe(
    /// ID of the text input; label, hint, error and picker derive theirs from it.
    #[prop(into)]
    id: String,
    /// Label text.
    #[prop(into)]
    beschriftung: String,
    /// Current value as typed.
    #[prop(into)]
    wert: Signal<String>,
    /// Called with the new text.
    bei_eingabe: Callback<String>,
    /// Called when the user has finished a date (leaving the text field, or picking one), with
    /// the text normalised to `TT.MM.JJJJ` where it is a date; for fields that commit on
    /// change instead of through a form's "Speichern".
    #[prop(optional)]
    bei_aenderung: Option<Callback<String>>,
    /// Error message at the field.
    #[prop(optional, into)]
    fehler: Signal<Option<String>>,
    /// Hint below the label; defaults to the accepted forms.
    #[prop(optional, into)]
    hinweis: Option<String>,
    /// Required field.
    #[prop(optional)]
    pflicht: bool,
    /// A filter field: its label never says "optional".
    #[prop(optional)]
    filter: bool,
    /// Disabled.
    #[prop(optional, into)]
    deaktiviert: Signal<bool>,
) -> impl IntoView {
    let hinweis = Some(hinweis.unwrap_or_else(|| "TT.MM.JJJJ, zum Beispiel 05.01.2026".to_owned()));
    let beschrieben = beschreibung(&id, true, fehler);
    let ungueltig = move || fehler.with(Option::is_some).then_some("true");
    let iso = move || {
        wert.with(|w| {
            crate::shared::datum::Datum::aus_deutsch(w)
                .map(|d| d.iso())
                .unwrap_or_default()
        })
    };
    let waehler_id = format!("{id}-kalender");
    let waehler_name = format!("{beschriftung} aus dem Kalender wählen");
    view! {
        <div class="kern-form-input" class:kern-form-input--error=move || fehler.with(Option::is_some)>
            <Beschriftung id=id.clone() beschriftung pflicht filter hinweis fehler/>
            <div class="datumseingabe">
                <input class="kern-form-input__input eingabe--schmal" type="text" inputmode="numeric" autocomplete="off"
                    id=id.clone() name=id.clone()
                    class:kern-form-input__input--error=move || fehler.with(Option::is_some)
                    aria-invalid=ungueltig aria-describedby=beschrieben required=pflicht disabled=deaktiviert
                    prop:value=wert
                    on:input=move |ev| bei_eingabe.run(event_target_value(&ev))
                    on:change=move |ev| {
                        // Leaving the field shows a readable date in the usual form.
                        let mut text = event_target_value(&ev);
                        if let Some(d) = crate::shared::datum::Datum::aus_deutsch(&text) {
                            text = d.deutsch();
                            bei_eingabe.run(text.clone());
                        }
                        if let Some(fertig) = bei_aenderung {
                            fertig.run(text);
                        }
                    }/>
                <input class="datumseingabe__kalender" type="date" id=waehler_id aria-label=waehler_name
                    disabled=deaktiviert prop:value=iso
                    on:change=move |ev| {
                        if let Some(d) = crate::shared::datum::Datum::aus_iso(&event_target_value(&ev)) {
                            bei_eingabe.run(d.deutsch());
                            if let Some(fertig) = bei_aenderung {
                                fertig.run(d.deutsch());
                            }
                        }
                    }/>
            </div>
        </div>
    }
}

/// A file chooser with German wording instead of the browser's own: a button "Datei
/// auswählen …" and the chosen file's name. The native input stays in the tab order (visually
/// hidden, its focus drawn on the button), so keyboard, screen readers and tests use it as usual.
#[component]
pub fn Dateiwahl(
    /// ID of the file input.
    #[prop(into)]
    id: String,
    /// Label text, e.g. "Sicherungsdatei (.json)".
    #[prop(into)]
    beschriftung: String,
    /// Hint below the label.
    #[prop(optional, into)]
    hinweis: Option<String>,
    /// Accepted types, e.g. `.json,application/json`.
    annehmen: &'static str,
    /// The input, for reading the chosen file.
    feld: NodeRef<leptos::html::Input>,
    /// Called when a file was chosen.
    bei_auswahl: Callback<leptos::ev::Event>,
) -> impl IntoView {
    let name = RwSignal::new(None::<String>);
    let beschriftung_id = format!("{id}-beschriftung");
    let knopf_id = format!("{id}-knopf");
    let hinweis_id = hinweis.as_ref().map(|_| format!("{id}-hinweis"));
    let gewaehlt = move |ev: leptos::ev::Event| {
        let datei = feld
            .get_untracked()
            .and_then(|f| f.files())
            .and_then(|liste| liste.get(0))
            .map(|d| d.name());
        name.set(datei);
        bei_auswahl.run(ev);
    };
    view! {
        <div class="kern-form-input dateiwahl">
            <span class="kern-label" id=beschriftung_id.clone()>{beschriftung}</span>
            {hinweis.map(|text| view! { <div class="kern-hint" id=format!("{id}-hinweis")>{text}</div> })}
            <input class="dateiwahl__feld" type="file" id=id.clone() node_ref=feld accept=annehmen
                aria-labelledby=beschriftung_id aria-describedby=hinweis_id on:change=gewaehlt/>
            <label class="kern-btn kern-btn--secondary dateiwahl__knopf" for=id id=knopf_id>
                <span class="kern-label">"Datei auswählen …"</span>
            </label>
            <span class="kern-body dateiwahl__name">
                {move || name.get().unwrap_or_else(|| "Keine Datei ausgewählt".to_owned())}
            </span>
        </div>
    }
}

/// The message for field `feld` among a form's `(field id, message)` problems, for the
/// field's `fehler` prop.
pub fn fehler_bei(
    fehler: RwSignal<Vec<(String, String)>>,
    feld: impl Into<String>,
) -> Signal<Option<String>> {
    let feld = feld.into();
    Signal::derive(move || {
        fehler.with(|f| f.iter().find(|(id, _)| *id == feld).map(|(_, m)| m.clone()))
    })
}

/// Binds a `String` field of a form's draft signal to a field's `wert` and `bei_eingabe`:
/// `let (titel, titel_setzen) = feldbindung!(entwurf.titel);`
macro_rules! feldbindung {
    ($entwurf:ident . $feld:ident) => {
        (
            Signal::derive(move || $entwurf.with(|e| e.$feld.clone())),
            Callback::new(move |wert: String| $entwurf.update(|e| e.$feld = wert)),
        )
    };
}
pub(crate) use feldbindung;

/// Options for an [`Auswahl`] led by the empty value, labelled `leer` ("alle", "bitte wählen",
/// "nicht festgelegt").
pub fn mit_leerem_wert(
    leer: &str,
    werte: impl IntoIterator<Item = (String, String)>,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), leer.to_owned()))
        .chain(werte)
        .collect()
}

/// A select list. `optionen` are `(value, label)` pairs; an empty value means "none". Only a
/// list with such an empty choice says "optional": without one the field always holds a value.
#[component]
pub fn Auswahl(
    /// ID of the select.
    #[prop(into)]
    id: String,
    /// Label text.
    #[prop(into)]
    beschriftung: String,
    /// `(value, label)` pairs in display order.
    optionen: Vec<(String, String)>,
    /// Current value.
    #[prop(into)]
    wert: Signal<String>,
    /// Called with the chosen value.
    bei_eingabe: Callback<String>,
    /// Error message at the field.
    #[prop(optional, into)]
    fehler: Signal<Option<String>>,
    /// Hint below the label.
    #[prop(optional, into)]
    hinweis: Option<String>,
    /// Required field.
    #[prop(optional)]
    pflicht: bool,
    /// A filter: its label never says "optional".
    #[prop(optional)]
    filter: bool,
    /// Required only in some cases: the label says when instead of "optional".
    #[prop(optional)]
    pflicht_wenn: Option<&'static str>,
    /// Disabled.
    #[prop(optional, into)]
    deaktiviert: Signal<bool>,
) -> impl IntoView {
    let beschrieben = beschreibung(&id, hinweis.is_some(), fehler);
    // A select without an empty choice always holds a value: "optional" would mislead.
    let filter = filter || !optionen.iter().any(|(w, _)| w.is_empty());
    let optionen = optionen
        .into_iter()
        .map(|(w, text)| {
            let gewaehlt = w.clone();
            view! { <option value=w selected=move || wert.with(|v| *v == gewaehlt)>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="kern-form-input" class:kern-form-input--error=move || fehler.with(Option::is_some)>
            <Beschriftung id=id.clone() beschriftung pflicht filter hinweis fehler pflicht_wenn/>
            <div class="kern-form-input__select-wrapper">
                <select class="kern-form-input__select" id=id.clone() name=id
                    aria-describedby=beschrieben
                    aria-invalid=move || fehler.with(Option::is_some).then_some("true")
                    disabled=deaktiviert
                    prop:value=wert
                    on:change=move |ev| bei_eingabe.run(event_target_value(&ev))>
                    {optionen}
                </select>
            </div>
        </div>
    }
}

/// A single checkbox.
#[component]
pub fn Ankreuzfeld(
    /// ID of the checkbox.
    #[prop(into)]
    id: String,
    /// Label text.
    #[prop(into)]
    beschriftung: String,
    /// Checked.
    #[prop(into)]
    wert: Signal<bool>,
    /// Called with the new state.
    bei_eingabe: Callback<bool>,
    /// Disabled.
    #[prop(optional, into)]
    deaktiviert: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="kern-form-check">
            <input class="kern-form-check__checkbox" type="checkbox" id=id.clone() name=id.clone()
                prop:checked=wert disabled=deaktiviert
                on:change=move |ev| bei_eingabe.run(event_target_checked(&ev))/>
            <label class="kern-label" for=id>{beschriftung}</label>
        </div>
    }
}

/// A group of fields with a legend.
#[component]
pub fn Feldgruppe(
    /// Legend.
    #[prop(into)]
    titel: String,
    /// The fields.
    children: Children,
) -> impl IntoView {
    view! {
        <fieldset class="kern-fieldset formular__gruppe">
            <legend class="kern-label formular__legende">{titel}</legend>
            <div class="kern-fieldset__body">{children()}</div>
        </fieldset>
    }
}

/// The list of all problems of a form, shown above it after a failed save. It takes focus
/// when it appears, so keyboard and screen-reader users land on it; each entry is a link that
/// moves focus to its field. `fehler` holds `(field id, message)` pairs.
#[component]
pub fn Fehlerzusammenfassung(
    /// ID of the box.
    #[prop(into)]
    id: String,
    /// `(field id, message)` pairs; the box is hidden while empty.
    #[prop(into)]
    fehler: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let box_id = id.clone();
    Effect::new(move |_| {
        if fehler.with(|f| !f.is_empty()) {
            let selektor = format!("#{box_id}");
            request_animation_frame(move || {
                browser::fokussiere(&selektor);
            });
        }
    });
    move || {
        let liste = fehler.get();
        (!liste.is_empty()).then(|| {
            let eintraege = liste
                .into_iter()
                .map(|(feld, meldung)| {
                    let ziel = format!("#{feld}");
                    let selektor = ziel.clone();
                    view! {
                        <li>
                            <a class="kern-link" href=ziel on:click=move |ev| {
                                ev.prevent_default();
                                browser::fokussiere(&selektor);
                            }>{meldung}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="kern-alert kern-alert--danger fehlerzusammenfassung" id=id.clone() tabindex="-1"
                    role="alert" aria-labelledby=format!("{id}-titel")>
                    <div class="kern-alert__header">
                        <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
                        <span class="kern-title" id=format!("{id}-titel")>"Bitte prüfen Sie Ihre Eingaben"</span>
                    </div>
                    <div class="kern-alert__body">
                        <ul class="fehlerzusammenfassung__liste">{eintraege}</ul>
                    </div>
                </div>
            }
        })
    }
}
