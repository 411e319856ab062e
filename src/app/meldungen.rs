//! The data layer's messages on every page: storage unavailable, quota full, another tab,
//! read-only data, notices, and the backup reminder. Faults that appear while the user works
//! are announced (`role="alert"`); the permanent warning is present from the start.

use leptos::prelude::*;

use super::browser;
use super::components::{Hinweis, HinweisArt};
use super::daten::{Daten, Konflikt, Speicherstatus};
use crate::app::components::{Knopf, Knopfart};
use crate::daten::einstellungen::Erinnerung;
use crate::shared::datum::Datum;
use crate::shared::format;
use crate::shared::route::Route;
use crate::shared::speicher::KONTINGENT;

/// Downloads a backup of one workspace (`Some(id)`) or of all (the open one with its unsaved
/// changes) and returns an error text if something could not be included or downloaded.
pub fn sicherung_herunterladen(daten: Daten, nur: Option<&str>) -> Option<String> {
    let (dateiname, inhalt, ausgelassen) = daten.sicherung(nur);
    let mut meldung =
        browser::herunterladen(&dateiname, "application/json", inhalt.as_bytes()).err();
    if !ausgelassen.is_empty() {
        let text = format!(
            "Nicht enthalten, weil beschädigt: {}. Deren gespeicherten Text sichern Sie in der Wiederherstellung.",
            ausgelassen.join(", ")
        );
        meldung = Some(meldung.map_or(text.clone(), |m| format!("{m} {text}")));
    }
    daten.ansagen(format!("Sicherung „{dateiname}“ wird heruntergeladen."));
    meldung
}

/// A button that downloads a backup of all workspaces.
#[component]
pub fn Sicherungsknopf(
    /// Button text.
    text: &'static str,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let fehler = RwSignal::new(None::<String>);
    view! {
        <Knopf bei_klick=move |_| fehler.set(sicherung_herunterladen(daten, None))>{text}</Knopf>
        {move || fehler.get().map(|f| view! { <p class="kern-body" role="alert">{f}</p> })}
    }
}

fn belegung_text(daten: Daten) -> String {
    let belegung = daten.belegung().get();
    format!(
        "Belegt: {} von {} ({} %).",
        format::bytes(belegung.gesamt()),
        format::bytes(KONTINGENT),
        belegung.prozent()
    )
}

/// All data messages, in order of urgency.
#[component]
pub fn Datenmeldungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let status = move || daten.status().get();

    let ohne_speicher = move || {
        (status() == Speicherstatus::OhneSpeicher).then(|| view! {
            <Hinweis art=HinweisArt::Warnung titel="Es wird nichts gespeichert".to_owned()>
                <p class="kern-body">
                    "Dieser Browser erlaubt der Anwendung keinen lokalen Speicher (etwa wegen einer Richtlinie oder im privaten Modus). "
                    "Sie können arbeiten, aber beim Schließen oder Neuladen der Seite ist alles verloren. "
                    "Laden Sie vor dem Schließen eine Sicherung herunter."
                </p>
                <Sicherungsknopf text="Sicherung herunterladen"/>
            </Hinweis>
        })
    };

    let voll = move || {
        (status() == Speicherstatus::Voll).then(|| view! {
            <div role="alert">
                <Hinweis art=HinweisArt::Fehler titel="Nicht gespeichert: Der Speicher ist voll".to_owned()>
                    <p class="kern-body">
                        "Der Browser hat keinen Platz mehr für Ihre letzte Änderung. Sie ist nur in diesem Tab vorhanden "
                        "und geht beim Schließen verloren. " {move || belegung_text(daten)}
                    </p>
                    <p class="kern-body">
                        "Laden Sie jetzt eine Sicherung herunter. Danach können Sie unter "
                        <a class="kern-link" href=Route::Arbeitsbereiche.href()>"Arbeitsbereiche"</a>
                        " nicht mehr benötigte Arbeitsbereiche löschen; die nächste Änderung wird dann wieder gespeichert."
                    </p>
                    <Sicherungsknopf text="Sicherung herunterladen"/>
                </Hinweis>
            </div>
        })
    };

    let fehler = move || match status() {
        Speicherstatus::Fehler(meldung) => Some(view! {
            <div role="alert">
                <Hinweis art=HinweisArt::Fehler titel="Nicht gespeichert".to_owned()>
                    <p class="kern-body">{meldung} " Ihre Änderungen sind nur in diesem Tab vorhanden."</p>
                    <Sicherungsknopf text="Sicherung herunterladen"/>
                </Hinweis>
            </div>
        }),
        _ => None,
    };

    let konflikt = move || {
        match status() {
        Speicherstatus::Konflikt(Konflikt::Geaendert { revision, gespeichert_am }) => {
            let fehler = RwSignal::new(None::<String>);
            Some(view! {
                <div role="alert">
                    <Hinweis art=HinweisArt::Warnung titel="In einem anderen Tab geändert".to_owned()>
                        <p class="kern-body">
                            "Dieser Arbeitsbereich wurde in einem anderen Tab oder Fenster gespeichert (Revision "
                            {revision} ", " {browser::datum_uhrzeit(&gespeichert_am)} "). "
                            "Ihre Änderungen in diesem Tab sind noch nicht gespeichert. Damit nichts verloren geht, "
                            "speichert dieser Tab nicht, bis Sie entscheiden."
                        </p>
                        <div class="knopfleiste">
                            <Knopf art=Knopfart::Primaer
                                bei_klick=move |_| fehler.set(daten.konflikt_als_neu_speichern().err())>
                                "Meine Fassung als neuen Arbeitsbereich speichern"
                            </Knopf>
                            <Knopf bei_klick=move |_| fehler.set(sicherung_herunterladen(daten, daten.offene_id().as_deref()))>
                                "Meine Fassung herunterladen"
                            </Knopf>
                            <Knopf bei_klick=move |_| daten.konflikt_verwerfen()>
                                "Meine Änderungen verwerfen und neueste Fassung laden"
                            </Knopf>
                        </div>
                        {move || fehler.get().map(|f| view! { <p class="kern-body">{f}</p> })}
                    </Hinweis>
                </div>
            }
            .into_any())
        }
        Speicherstatus::Konflikt(Konflikt::Geloescht) => Some(view! {
            <div role="alert">
                <Hinweis art=HinweisArt::Warnung titel="In einem anderen Tab gelöscht".to_owned()>
                    <p class="kern-body">
                        "Dieser Arbeitsbereich wurde in einem anderen Tab gelöscht. Er ist hier noch geöffnet, "
                        "wird aber nicht mehr gespeichert."
                    </p>
                    <div class="knopfleiste">
                        <Knopf art=Knopfart::Primaer bei_klick=move |_| daten.erneut_speichern()>
                            "Wieder speichern"
                        </Knopf>
                        <Sicherungsknopf text="Sicherung herunterladen"/>
                    </div>
                </Hinweis>
            </div>
        }.into_any()),
        _ => None,
    }
    };

    let nur_lesen = move || match status() {
        Speicherstatus::NurLesen { app_version } => Some(view! {
            <Hinweis art=HinweisArt::Info titel="Schreibgeschützt: gespeichert mit einer neueren Version".to_owned()>
                <p class="kern-body">
                    "Dieser Arbeitsbereich wurde mit Version " {app_version} " des Werkzeugkastens gespeichert; "
                    "dies ist Version " {crate::APP_VERSION} ". Sie können ihn ansehen und sichern, aber nicht ändern: "
                    "Diese ältere Version könnte Angaben der neueren nicht erhalten. Bearbeiten Sie ihn mit der neueren Version."
                </p>
            </Hinweis>
        }),
        _ => None,
    };

    let hinweis = move || {
        daten.hinweis().get().map(|text| {
            view! {
                <Hinweis art=HinweisArt::Info titel="Hinweis".to_owned()>
                    <p class="kern-body">{text}</p>
                    <Knopf art=Knopfart::Tertiaer bei_klick=move |_| daten.hinweis_schliessen()>
                        "Hinweis schließen"
                    </Knopf>
                </Hinweis>
            }
        })
    };

    // Only what the reminder needs, passed on when it changes: this component is always
    // mounted, and copying the workspace on every edit cost a large portfolio 10–20 ms (#14).
    let kopf = daten.ableiten(|ab| {
        Some((
            ab.id.clone(),
            Datum::aus_iso(&ab.angelegt_am),
            ab.metadaten.bezeichnung.clone(),
        ))
    });
    let erinnerung = move || {
        let (id, angelegt, bezeichnung) = kopf.get()?;
        let erinnerung = daten
            .einstellungen()
            .with(|e| e.erinnerung(&id, angelegt, browser::heute()))?;
        let text = match erinnerung {
            Erinnerung::NochNie { tage } => format!(
                "Von „{bezeichnung}“ gibt es noch keine Sicherung; der Arbeitsbereich besteht seit {tage} Tagen."
            ),
            Erinnerung::Veraltet { am, tage } => format!(
                "Die letzte Sicherung von „{bezeichnung}“ ist vom {} und damit {tage} Tage alt.",
                am.deutsch()
            ),
        };
        Some(view! {
            <Hinweis art=HinweisArt::Info titel="Sicherung empfohlen".to_owned()>
                <p class="kern-body">
                    {text} " Die Daten liegen nur in diesem Browser; eine Sicherungsdatei schützt sie, "
                    "wenn Browserdaten gelöscht werden. Die Erinnerung stellen Sie unter "
                    <a class="kern-link" href=Route::Sicherung.href()>"Sicherung"</a> " ein."
                </p>
                <Sicherungsknopf text="Jetzt alle Arbeitsbereiche sichern"/>
            </Hinweis>
        })
    };

    view! {
        <div class="datenmeldungen">
            {ohne_speicher}
            {voll}
            {fehler}
            {konflikt}
            {nur_lesen}
            <super::seiten::datei::Dateimeldungen/>
            {hinweis}
            {erinnerung}
        </div>
        <p class="kern-sr-only" role="status" aria-live="polite" aria-atomic="true">
            {move || daten.ansage().get()}
        </p>
    }
}
