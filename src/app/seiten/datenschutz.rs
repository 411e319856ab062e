//! Datenschutzhinweis: nothing is transmitted; what local storage holds, live.

use leptos::prelude::*;

use crate::app::components::{angabe, Seitenkopf, Tabelle};
use crate::app::speicher::{self, Speicherzugriff};
use crate::app::BetreiberKontext;
use crate::shared::{format, speicher::belegung};

/// The privacy notice.
#[component]
pub fn Datenschutz() -> impl IntoView {
    let BetreiberKontext(betreiber) = expect_context();
    // "Behörde, Anschrift" on one line.
    let verantwortlich = move || {
        betreiber.with(|stand| {
            let b = stand.geladen()?;
            let name = b.behoerde.clone()?;
            Some(
                std::iter::once(name)
                    .chain(b.anschrift.iter().cloned())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        })
    };
    let dsb = move || betreiber.with(|stand| stand.geladen()?.datenschutzbeauftragte.clone());

    view! {
        <Seitenkopf
            titel="Datenschutz".to_owned()
            einleitung="Der UPO-Werkzeugkasten verarbeitet Ihre Eingaben ausschließlich in Ihrem Browser auf diesem Gerät."
        />
        <h2 class="kern-heading-medium">"Verantwortliche Stelle"</h2>
        <p class="kern-body">{move || angabe(verantwortlich())}</p>
        <p class="kern-body">
            "Datenschutzbeauftragte: "
            {move || angabe(dsb())}
        </p>

        <h2 class="kern-heading-medium">"Keine Übertragung"</h2>
        <ul class="kern-body aufzaehlung">
            <li>"Ihre Eingaben werden nicht an die betreibende Behörde, an Server oder an Dritte übertragen."</li>
            <li>"Die Anwendung verwendet keine Cookies, keine Analyse- oder Trackingdienste und lädt keine Schriften oder Skripte von fremden Servern."</li>
            <li>"Der Server liefert nur die Programmdateien aus. Dabei fallen die üblichen Protokolldaten des Webservers der betreibenden Behörde an."</li>
            <li>"Eine technische Sperre (Content-Security-Policy) verhindert, dass die Anwendung Verbindungen zu anderen Adressen aufbaut."</li>
        </ul>

        <h2 class="kern-heading-medium">"Was im Browser gespeichert wird"</h2>
        <p class="kern-body">
            "Ihre Arbeitsstände legt der Browser im lokalen Speicher (localStorage) dieses Geräts ab, "
            "getrennt nach der Adresse, unter der Sie die Anwendung aufrufen. Das ist für den von Ihnen "
            "gewünschten Dienst unbedingt erforderlich (§ 25 Abs. 2 Nr. 2 TDDDG); eine Einwilligung ist nicht nötig."
        </p>
        <GespeicherteDaten/>

        <h2 class="kern-heading-medium">"Löschen und Sichern"</h2>
        <p class="kern-body">
            "Wenn Sie die Websitedaten Ihres Browsers löschen, werden auch alle Arbeitsstände gelöscht. "
            "Einige Browser löschen Daten selbstständig, etwa im privaten Modus beim Schließen des Fensters. "
            "Sichern Sie Ihre Arbeit deshalb regelmäßig als Datei. Exportierte Dateien (.xlsx, .csv, .json) "
            "liegen danach in Ihrer Verantwortung und unterliegen den Regeln Ihrer Behörde."
        </p>
        <p class="kern-body">
            "Erfassen Sie personenbezogene Daten, etwa Namen von Ansprechpersonen, nur soweit nötig. "
            "Wo möglich, genügen Rollen oder Organisationseinheiten."
        </p>
    }
}

/// Live table of the app's local-storage entries and their size.
#[component]
fn GespeicherteDaten() -> impl IntoView {
    match speicher::app_eintraege() {
        Speicherzugriff::NichtVerfuegbar => view! {
            <p class="kern-body">
                "Dieser Browser erlaubt der Anwendung derzeit keinen lokalen Speicher. "
                "Es wird nichts gespeichert."
            </p>
        }
        .into_any(),
        Speicherzugriff::Eintraege(eintraege) if eintraege.is_empty() => view! {
            <p class="kern-body">"Derzeit sind keine Daten der Anwendung gespeichert."</p>
        }
        .into_any(),
        Speicherzugriff::Eintraege(eintraege) => {
            let summe: u64 = eintraege.iter().map(|(k, v)| belegung(k, v)).sum();
            let zeilen = eintraege
                .into_iter()
                .map(|(schluessel, inhalt)| {
                    let groesse = format::bytes(belegung(&schluessel, &inhalt));
                    view! {
                        <tr class="kern-table__row">
                            <th class="kern-table__header" scope="row"><code>{schluessel}</code></th>
                            <td class="kern-table__cell kern-table__cell--numeric">{groesse}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <Tabelle id="speicher-titel" titel="Gespeicherte Einträge" spalten=&["Schlüssel", "Größe"] zahlenspalten=&[1]>
                        <tbody class="kern-table__body">{zeilen}</tbody>
                        <tfoot class="kern-table__footer">
                            <tr class="kern-table__row">
                                <th class="kern-table__header" scope="row">"Zusammen"</th>
                                <td class="kern-table__cell kern-table__cell--numeric">{format::bytes(summe)}</td>
                            </tr>
                        </tfoot>
                </Tabelle>
            }
            .into_any()
        }
    }
}
