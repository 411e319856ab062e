//! Whether the browser promised to keep the data (`navigator.storage.persist()`), shown on the
//! start page (what a user sees on the first start) and on the Arbeitsbereiche page. Where it
//! did not, the app recommends keeping the work as a file as well: browsers on virtual
//! desktops or with profiles deleted at logoff lose their site data.

use leptos::prelude::*;

use crate::app::components::{Hinweis, HinweisArt};
use crate::app::daten::{Daten, Persistenz};
use crate::shared::route::Route;

/// The recommendation where persistent storage was not granted.
pub fn empfehlung() -> impl IntoView {
    view! {
        <p class="kern-body" id="speicher-empfehlung">
            "Empfehlung: Wo der Browser Daten beim Abmelden löscht (etwa auf virtuellen Arbeitsplätzen "
            "oder mit Profilen, die beim Abmelden verworfen werden), legen Sie Ihre Arbeit zusätzlich als "
            "Datei ab: Laden Sie unter "
            <a class="kern-link" href=Route::Sicherung.href()>"Sicherung"</a>
            " regelmäßig eine Sicherungsdatei herunter und speichern Sie sie auf einem Laufwerk, das "
            "Ihre IT sichert, etwa einem Netzlaufwerk. Die Datei lässt sich auf jedem Gerät wieder einspielen."
        </p>
    }
}

/// The notice on the start page.
#[component]
pub fn Speicherzusage() -> impl IntoView {
    let daten = expect_context::<Daten>();
    move || {
        let (art, titel, text) = match daten.persistenz().get() {
            Persistenz::Dauerhaft => (
                HinweisArt::Erfolg,
                "Der Browser bewahrt Ihre Daten dauerhaft auf",
                "Der Browser hat zugesagt, die Daten dieser Anwendung nicht bei Speichermangel zu löschen.",
            ),
            Persistenz::Unbekannt => (
                HinweisArt::Info,
                "Dauerhafte Speicherung noch nicht zugesagt",
                "Beim ersten Speichern bittet der Werkzeugkasten den Browser, die Daten dauerhaft aufzubewahren.",
            ),
            Persistenz::NichtDauerhaft => (
                HinweisArt::Warnung,
                "Dauerhafte Speicherung nicht zugesagt",
                "Der Browser hat nicht zugesagt, die Daten dauerhaft aufzubewahren; er kann sie bei Speichermangel löschen.",
            ),
            Persistenz::NichtVerfuegbar => (
                HinweisArt::Warnung,
                "Dauerhafte Speicherung nicht verfügbar",
                "Dieser Browser bietet hier keine Zusage für dauerhafte Speicherung an.",
            ),
        };
        let zugesagt = art == HinweisArt::Erfolg;
        view! {
            <div id="speicherzusage">
                <Hinweis art=art titel=titel.to_owned()>
                    <p class="kern-body">{text}</p>
                    {(!zugesagt).then(empfehlung)}
                </Hinweis>
            </div>
        }
    }
}
