//! "Seite nicht gefunden" for unknown routes.

use leptos::prelude::*;

use crate::app::components::Seitenkopf;
use crate::shared::route::Route;

/// Shown for every `#/…` path that is neither a fixed page nor a registered tool.
#[component]
pub fn NichtGefunden() -> impl IntoView {
    view! {
        <Seitenkopf titel="Seite nicht gefunden".to_owned()/>
        <p class="kern-body">
            "Unter dieser Adresse gibt es im UPO-Werkzeugkasten keine Seite. "
            "Vielleicht stammt der Link aus einer anderen Version der Anwendung oder er wurde "
            "beim Kopieren gekürzt."
        </p>
        <p class="kern-body">
            <a class="kern-link" href=Route::Uebersicht.href()>"Zur Übersicht"</a>
        </p>
    }
}
