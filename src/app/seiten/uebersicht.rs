//! Start page "Übersicht": what the app is, that data stays on this device, and the tools.

use leptos::prelude::*;

use crate::app::components::{mit_abkuerzungen, Hinweis, HinweisArt, Seitenkopf};
use crate::shared::route::Route;
use crate::shared::vokabular::{Dimension, Handlungsfeld};
use crate::tools::{self, WERKZEUGE};

/// The start page.
#[component]
pub fn Uebersicht() -> impl IntoView {
    let gruppen = tools::nach_handlungsfeld(WERKZEUGE);
    let werkzeuge = if gruppen.is_empty() {
        view! {
            <p class="kern-body">
                "In dieser Version sind noch keine Werkzeuge enthalten. "
                "Sobald ein Werkzeug freigegeben ist, erscheint es hier und in der Navigation."
            </p>
        }
        .into_any()
    } else {
        gruppen
            .into_iter()
            .map(|(feld, liste)| {
                let eintraege = liste
                    .into_iter()
                    .map(|w| {
                        view! {
                            <li class="werkzeugliste__eintrag">
                                <a class="kern-link" href=Route::werkzeug_href(w.slug)>{w.titel}</a>
                                <p class="kern-body">{mit_abkuerzungen(w.kurzbeschreibung)}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3 class="kern-heading-small">{feld.name()}</h3>
                    <ul class="werkzeugliste">{eintraege}</ul>
                }
            })
            .collect_view()
            .into_any()
    };
    let felder = Handlungsfeld::ALLE
        .iter()
        .map(|feld| {
            view! {
                <dt class="kern-label">{feld.name()}</dt>
                <dd class="kern-body">{feld.beschreibung()}</dd>
            }
        })
        .collect_view();
    let dimensionen = Dimension::ALLE
        .iter()
        .map(|d| d.name())
        .collect::<Vec<_>>()
        .join(", ");

    view! {
        <Seitenkopf
            titel="Übersicht".to_owned()
            einleitung="Der UPO-Werkzeugkasten bündelt die Planungswerkzeuge aus dem Programm \
                „Unterstützung bei der Projektorganisation“ (UPO) des Bundesministeriums des Innern \
                für die Umsetzung des Onlinezugangsgesetzes (OZG)."
        />
        <Hinweis art=HinweisArt::Info titel="Ihre Daten bleiben auf diesem Gerät".to_owned()>
            <p class="kern-body">
                "Alles, was Sie eingeben, speichert der Browser auf diesem Gerät. "
                "Es wird nichts an einen Server, an die betreibende Behörde oder an Dritte übertragen. "
                "Die Anwendung lädt keine Inhalte aus dem Internet und funktioniert auch ohne Netzverbindung."
            </p>
            <p class="kern-body">
                "Jede gespeicherte Änderung – ein ausgefülltes Formular nach „Speichern“, ein verschobener "
                "Eintrag, ein gelöschter Datensatz – legt der Browser sofort ab; was Sie in ein Formular "
                "tippen, gilt erst nach „Speichern“ (die Kopfzeile sagt dann „Ungespeicherte Eingaben im Formular“). "
                "Weil es keine zweite Kopie gibt, "
                "sichern Sie Ihre Arbeit regelmäßig als Datei unter "
                <a class="kern-link" href=Route::Sicherung.href()>"Sicherung"</a> "; der Werkzeugkasten erinnert Sie daran. "
                "Mehr dazu unter "
                <a class="kern-link" href=Route::Datenschutz.href()>"Datenschutz"</a> "."
            </p>
        </Hinweis>
        <super::speicherzusage::Speicherzusage/>

        <h2 class="kern-heading-medium">"So fangen Sie an"</h2>
        <ol class="kern-body aufzaehlung schrittfolge">
            <li>
                "Wählen Sie unten ein Werkzeug"
                {crate::tools::WERKZEUGE.first().map(|w| view! {
                    ", zum Beispiel „"<a class="kern-link" href=Route::werkzeug_href(w.slug)>{w.titel}</a>"“"
                })}
                "."
            </li>
            <li>
                "Zum Kennenlernen öffnen Sie dort „Beispiel in neuem Arbeitsbereich öffnen“: erfundene Daten aller Werkzeuge, "
                "die zusammenpassen. Ihr eigener Arbeitsbereich bleibt davon unberührt."
            </li>
            <li>
                "Für Ihre eigenen Daten legen Sie unter "
                <a class="kern-link" href=Route::Arbeitsbereiche.href()>"Arbeitsbereiche"</a>
                " einen Arbeitsbereich an (etwa je Organisationseinheit) und erfassen den ersten Datensatz."
            </li>
            <li>
                "Sichern Sie Ihre Arbeit regelmäßig als Datei unter "
                <a class="kern-link" href=Route::Sicherung.href()>"Sicherung"</a>
                " und geben Sie Berichte als Excel-Datei über die Seite „Export“ jedes Werkzeugs weiter."
            </li>
        </ol>

        <h2 class="kern-heading-medium">"Werkzeuge"</h2>
        {werkzeuge}

        <h2 class="kern-heading-medium">"Handlungsfelder"</h2>
        <p class="kern-body">
            "Jedes Werkzeug dient einem von sechs Handlungsfeldern und stärkt die Dimensionen "
            {dimensionen} "."
        </p>
        <dl class="begriffsliste">{felder}</dl>

        <h2 class="kern-heading-medium">"So arbeiten Sie mit dem Werkzeugkasten"</h2>
        <ul class="kern-body aufzaehlung">
            <li>"Alle Funktionen sind mit der Tastatur bedienbar. Mit der Tabulatortaste gelangen Sie zuerst zum Link „Zum Hauptinhalt springen“."</li>
            <li>
                "Ihre Daten liegen in "
                <a class="kern-link" href=Route::Arbeitsbereiche.href()>"Arbeitsbereichen"</a>
                ", etwa einer je Organisationseinheit oder Programm. Der geöffnete steht oben unter der Kopfzeile."
            </li>
            <li>"Mit „Rückgängig“ (Strg+Z) und „Wiederholen“ (Strg+Y) nehmen Sie Änderungen in allen Werkzeugen zurück oder wiederholen sie."</li>
            <li>"Beträge und Daten werden in deutscher Schreibweise angezeigt, etwa 1.234,56 € und 05.01.2026."</li>
            <li>"Für Berichte exportieren die Werkzeuge Excel-Dateien (.xlsx), die Sie weitergeben können."</li>
        </ul>
    }
}
