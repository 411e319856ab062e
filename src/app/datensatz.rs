//! The record page every tool uses for one record (a project, a stakeholder, a Leistung, a
//! Haushaltsstelle): the way back to the list, a note instead of the content when the record
//! does not exist (any more), an in-page navigation to the page's sections, the sections, and
//! deleting the record after a confirmation (one undoable step).

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Bestaetigung;
use crate::app::components::Knopf;
use crate::app::daten::Daten;

/// How a record is deleted from its page.
#[derive(Clone, Copy)]
pub struct Loeschen {
    /// Name of the record in the dialog's question and the button, e.g. "Projekt „P-1“".
    pub name: Signal<String>,
    /// What is deleted with it ("Das Projekt wird mit allen Meilensteinen … gelöscht.").
    pub folgen: &'static str,
    /// Deletes the record; the page then returns to the list.
    pub ausfuehren: Callback<()>,
}

/// A record's page. `children` are the sections, each a `<section>` whose heading's id is
/// listed in `abschnitte`, so the in-page navigation can point to it.
#[component]
pub fn Datensatzseite(
    /// Whether the record exists (tracked).
    #[prop(into)]
    vorhanden: Signal<bool>,
    /// What kind of record this is, e.g. "Dieses Projekt", for the note when it is missing.
    nicht_vorhanden: &'static str,
    /// The list the record belongs to: link text and target, e.g.
    /// `("Zur Projektliste", href)`.
    zurueck: (&'static str, String),
    /// `(heading id, text)` of each section, for the in-page navigation; empty for none.
    #[prop(optional)]
    abschnitte: Vec<(&'static str, &'static str)>,
    /// Deleting the record; `None` if it cannot be deleted here.
    #[prop(optional)]
    loeschen: Option<Loeschen>,
    /// The sections.
    children: ChildrenFn,
) -> impl IntoView {
    let (zurueck_text, zurueck_href) = zurueck;
    let ruecklink = zurueck_href.clone();
    // Only a change of existence rebuilds the page: a derived `vorhanden` notifies on every
    // change of the record, which would rebuild every section (losing open forms and focus).
    let vorhanden = Memo::new(move |_| vorhanden.get());
    let inhalt = move || {
        if !vorhanden.get() {
            return view! {
                <p class="kern-body">
                    {format!("{nicht_vorhanden} gibt es im geöffneten Arbeitsbereich nicht (mehr). ")}
                    <a class="kern-link" href=ruecklink.clone()>{zurueck_text}</a>
                </p>
            }
            .into_any();
        }
        view! {
            <Abschnittsnavigation abschnitte=abschnitte.clone()/>
            {children()}
            {loeschen.map(|l| view! { <Loeschbereich loeschen=l zurueck=ruecklink.clone()/> })}
        }
        .into_any()
    };
    view! {
        <p class="kern-body"><a class="kern-link" href=zurueck_href>{format!("← {zurueck_text}")}</a></p>
        {inhalt}
    }
}

/// Links to the sections of a long page (GOV.UK "contents" pattern). In-page anchors must not
/// change the route (hash routing), so a link moves focus to its heading instead.
#[component]
fn Abschnittsnavigation(abschnitte: Vec<(&'static str, &'static str)>) -> impl IntoView {
    (!abschnitte.is_empty()).then(|| {
        let links = abschnitte
            .into_iter()
            .map(|(id, text)| {
                let ziel = format!("#{id}");
                view! {
                    <li>
                        <a class="kern-link" href=ziel.clone() on:click=move |ev| {
                            ev.prevent_default();
                            browser::fokussiere(&ziel);
                        }>{text}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="seitenabschnitte" aria-label="Abschnitte dieser Seite">
                <ul class="seitenabschnitte__liste">{links}</ul>
            </nav>
        }
    })
}

/// The section that deletes the record, with its confirmation dialog.
#[component]
fn Loeschbereich(loeschen: Loeschen, zurueck: String) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let offen = RwSignal::new(false);
    let Loeschen {
        name,
        folgen,
        ausfuehren,
    } = loeschen;
    let bestaetigt = Callback::new(move |_| {
        ausfuehren.run(());
        browser::setze_hash(&zurueck);
    });
    view! {
        <section aria-labelledby="abschnitt-loeschen" class="datensatz__loeschen">
            <h2 class="kern-heading-medium" id="abschnitt-loeschen">{move || format!("{} löschen", name.get())}</h2>
            <p class="kern-body">{folgen}" Sie können das Löschen mit „Rückgängig“ zurücknehmen."</p>
            <Knopf gefaehrlich=true id="datensatz-loeschen" deaktiviert=move || !daten.bearbeitbar()
                bei_klick=move |_| offen.set(true)>
                {move || format!("{} löschen", name.get())}
            </Knopf>
        </section>
        <Bestaetigung id="datensatz-loeschen-dialog" titel=Signal::derive(move || format!("{} löschen?", name.get()))
            offen bestaetigen="Löschen" gefaehrlich=true bei_bestaetigung=bestaetigt>
            <p class="kern-body">{folgen}</p>
        </Bestaetigung>
    }
}
