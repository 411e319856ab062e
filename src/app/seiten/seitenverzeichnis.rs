//! The diagnostic page list (`#/diagnose/seiten`): every page of every registered tool, read
//! from the registry, with the record pages of the open workspace (the first record of each
//! kind) and the number of the stored data format. The end-to-end sweep reads it, so a tool is
//! covered the day it is registered; operators can use it to check an installation.

use leptos::prelude::*;

use crate::app::components::Seitenkopf;
use crate::app::daten::Daten;
use crate::daten::umschlag::SCHEMA;
use crate::tools::{Seitentitel, WERKZEUGE};

/// The page list.
#[component]
pub fn Seitenverzeichnis() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let werkzeuge = move || {
        daten.lies(|ab| {
            WERKZEUGE
                .iter()
                .map(|w| {
                    let seiten = w
                        .seiten
                        .iter()
                        .filter_map(|seite| match &seite.titel {
                            Seitentitel::Fest(_) => Some(seite.pfad.to_owned()),
                            Seitentitel::Datensatz { ids, .. } => {
                                let id = ab.and_then(|ab| ids(ab).first().copied())?;
                                Some(seite.pfad.replace('*', &id.to_string()))
                            }
                        })
                        .chain(std::iter::once("export".to_owned()))
                        .map(|pfad| {
                            let href = w.href(&[&pfad]);
                            view! { <li><a class="kern-link" href=href.clone() data-werkzeug=w.slug>{href.clone()}</a></li> }
                        })
                        .collect_view();
                    view! {
                        <h2 class="kern-heading-small">{w.titel}</h2>
                        <ul class="seitenverzeichnis">{seiten}</ul>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Seitenkopf titel="Seitenverzeichnis"/>
        <p class="kern-body">
            "Version "<span id="app-version">{crate::APP_VERSION}</span>
            ", Datenformat "<span id="datenformat">{SCHEMA}</span>
            ". Seiten mit Datensätzen erscheinen, sobald der geöffnete Arbeitsbereich einen enthält."
        </p>
        {werkzeuge}
    }
}
