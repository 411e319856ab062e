//! "Arbeitsbereich wiederherstellen": shown when stored data of a workspace cannot be read.
//!
//! The damaged text stays in storage, untouched, until the user decides here. The user can
//! download it as it is (in the emergency-backup format, which "Sicherung einspielen" reads),
//! open the last intact revision as a new workspace, start a fresh workspace beside it, or
//! delete the damaged entry after confirming.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Bestaetigung, Hinweis, HinweisArt, Seitenkopf};
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::speicher;
use crate::daten::ablage::{self, bewerte, Befund, Slot};
use crate::shared::{notfall, route::Route};

/// The recovery view for workspace `id`.
#[component]
pub fn Wiederherstellung(id: String) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let texte: Vec<(String, String)> = Slot::BEIDE
        .iter()
        .filter_map(|&slot| {
            let schluessel = ablage::schluessel(&id, slot);
            speicher::lies(&schluessel)
                .ok()
                .flatten()
                .map(|text| (schluessel, text))
        })
        .collect();
    let text_von = |slot: Slot| ablage::slottext(&texte, &id, slot);
    let befund = bewerte(text_von(Slot::A), text_von(Slot::B));
    let meldung = RwSignal::new(None::<String>);
    let loeschen_offen = RwSignal::new(false);

    let inhalt = match befund {
        Befund::Leer => view! {
            <p class="kern-body">"Unter dieser Kennung ist kein Arbeitsbereich gespeichert."</p>
            <p class="kern-body"><a class="kern-link" href=Route::Arbeitsbereiche.href()>"Zu den Arbeitsbereichen"</a></p>
        }
        .into_any(),
        Befund::Intakt { .. } => {
            let id = id.clone();
            view! {
                <p class="kern-body">"Dieser Arbeitsbereich ist lesbar und muss nicht wiederhergestellt werden."</p>
                <button type="button" class="kern-btn kern-btn--primary" on:click=move |_| {
                    match daten.oeffne(&id) {
                        Ok(_) => browser::setze_hash(&Route::Arbeitsbereiche.href()),
                        Err(f) => meldung.set(Some(f)),
                    }
                }>
                    <span class="kern-label">"Öffnen"</span>
                </button>
            }
            .into_any()
        }
        Befund::Beschaedigt { fehler, letzte_intakte } => {
            let gruende = fehler
                .iter()
                .map(|(slot, f)| {
                    let teil = match slot {
                        Slot::A => "Speicherplatz A",
                        Slot::B => "Speicherplatz B",
                    };
                    view! { <li>{format!("{teil}: {f}")}</li> }
                })
                .collect_view();
            let herunterladen = {
                let texte = texte.clone();
                let id = id.clone();
                move |_| {
                    let jetzt = browser::jetzt_iso();
                    let json = notfall::sicherung_json(&texte, crate::APP_VERSION, &jetzt);
                    let name = format!("upo-gespeicherte-daten-{id}-{}.json", browser::heute().iso());
                    meldung.set(Some(match browser::herunterladen(&name, "application/json", json.as_bytes()) {
                        Ok(()) => format!("„{name}“ wird heruntergeladen. Die Datei enthält den gespeicherten Text unverändert."),
                        Err(f) => f,
                    }));
                }
            };
            let intakte = letzte_intakte.map(|(_, g)| {
                let arbeitsbereich = g.arbeitsbereich.clone();
                let beschreibung = format!(
                    "Revision {} vom {}, „{}“",
                    g.revision,
                    browser::datum_uhrzeit(&g.gespeichert_am),
                    g.arbeitsbereich.metadaten.bezeichnung
                );
                view! {
                    <h2 class="kern-heading-medium">"Letzte intakte Fassung"</h2>
                    <p class="kern-body">
                        {format!("Eine ältere Fassung ist noch vollständig lesbar: {beschreibung}. ")}
                        "Sie wird als neuer Arbeitsbereich geöffnet; die beschädigten Daten bleiben daneben erhalten."
                    </p>
                    <button type="button" class="kern-btn kern-btn--primary" id="intakte-oeffnen" on:click=move |_| {
                        let mut kopie = arbeitsbereich.clone();
                        kopie.metadaten.bezeichnung = format!("{} (wiederhergestellt)", kopie.metadaten.bezeichnung);
                        match daten.einspielen_als_neu(&[kopie]) {
                            Ok(()) => browser::setze_hash(&Route::Arbeitsbereiche.href()),
                            Err(f) => meldung.set(Some(f)),
                        }
                    }>
                        <span class="kern-label">"Letzte intakte Fassung als neuen Arbeitsbereich öffnen"</span>
                    </button>
                }
            });
            let neu = move |_| match daten.neu("Neuer Arbeitsbereich") {
                Ok(()) => browser::setze_hash(&Route::Arbeitsbereiche.href()),
                Err(f) => meldung.set(Some(f)),
            };
            let loeschen = {
                let id = id.clone();
                Callback::new(move |()| {
                    let umleitung = daten.loeschen(&id);
                    browser::setze_hash(&umleitung.unwrap_or(Route::Arbeitsbereiche).href());
                })
            };
            view! {
                <Hinweis art=HinweisArt::Fehler titel="Die gespeicherten Daten sind nicht lesbar".to_owned()>
                    <ul class="kern-body aufzaehlung">{gruende}</ul>
                    <p class="kern-body">
                        "Die gespeicherten Daten bleiben unverändert erhalten, bis Sie hier entscheiden. "
                        "Laden Sie sie zuerst herunter, damit Fachleute sie prüfen oder reparieren können."
                    </p>
                </Hinweis>
                <h2 class="kern-heading-medium">"Gespeicherte Daten sichern"</h2>
                <Knopf art=Knopfart::Primaer id="rohdaten-herunterladen" bei_klick=herunterladen>
                    "Gespeicherte Daten unverändert herunterladen"
                </Knopf>
                {intakte}
                <h2 class="kern-heading-medium">"Neu beginnen"</h2>
                <p class="kern-body">
                    "Sie können daneben einen leeren Arbeitsbereich anlegen oder einen anderen öffnen ("
                    <a class="kern-link" href=Route::Arbeitsbereiche.href()>"Arbeitsbereiche"</a>
                    ") oder eine Sicherung einspielen ("
                    <a class="kern-link" href=Route::Sicherung.href()>"Sicherung"</a> ")."
                </p>
                <div class="knopfleiste">
                    <Knopf id="leer-anlegen" bei_klick=neu>"Leeren Arbeitsbereich anlegen"</Knopf>
                    <Knopf gefaehrlich=true bei_klick=move |_| loeschen_offen.set(true)>
                        "Beschädigte Daten löschen …"
                    </Knopf>
                </div>
                <Bestaetigung id="dialog-beschaedigt-loeschen" titel="Beschädigte Daten löschen?".to_owned()
                    offen=loeschen_offen bestaetigen="Endgültig löschen" gefaehrlich=true bei_bestaetigung=loeschen>
                    <p class="kern-body">
                        "Der gespeicherte Text dieses Arbeitsbereichs wird aus dem Browser gelöscht. Haben Sie ihn heruntergeladen? "
                        "Ohne diese Datei lässt er sich nicht wiederherstellen."
                    </p>
                </Bestaetigung>
            }
            .into_any()
        }
    };

    view! {
        <Seitenkopf titel="Arbeitsbereich wiederherstellen".to_owned()/>
        <p class="kern-body">{format!("Kennung des Arbeitsbereichs: {id}")}</p>
        {inhalt}
        {move || meldung.get().map(|text| view! { <p class="kern-body" role="status">{text}</p> })}
    }
}
