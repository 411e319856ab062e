//! "Arbeitsbereich als Datei": the section on the Arbeitsbereiche page (save into a file of
//! one's choice, open one, disconnect; upload and download where the browser cannot write
//! files), and the notices about the file that every page shows (fault, conflict, permission,
//! download reminder).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser;
use crate::app::components::{Bestaetigung, Hinweis, HinweisArt};
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::formular::Dateiwahl;
use crate::daten::datei::{Dateifehler, Verbindung, MAX_BYTES};
use crate::shared::format;

/// Result of a file action, shown below its buttons.
type Meldung = RwSignal<Option<(bool, String)>>;

fn melden(meldung: Meldung, ergebnis: Result<Option<String>, String>, erfolg: &str) {
    match ergebnis {
        Ok(Some(name)) => meldung.set(Some((true, erfolg.replace("{}", &name)))),
        Ok(None) => {}
        Err(fehler) => meldung.set(Some((false, fehler))),
    }
}

fn meldungsanzeige(meldung: Meldung, id: &'static str) -> impl IntoView {
    move || {
        meldung.get().map(|(ok, text)| {
            if ok {
                view! { <p class="kern-body" role="status" id=id>{text}</p> }.into_any()
            } else {
                view! { <p class="kern-body" role="alert" id=id>{text}</p> }.into_any()
            }
        })
    }
}

/// "In Datei speichern …" / "Als Kopie speichern …".
fn speichern_unter(daten: Daten, meldung: Meldung, kopie: bool) {
    leptos::task::spawn_local(async move {
        let ergebnis = daten.datei_speichern_unter(kopie).await;
        melden(
            meldung,
            ergebnis,
            "Gespeichert in „{}“. Jede weitere Änderung wird auch dort gespeichert.",
        );
    });
}

/// The section on the Arbeitsbereiche page.
#[component]
pub fn ArbeitsbereichAlsDatei() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let meldung: Meldung = RwSignal::new(None);
    let verbunden = move || {
        daten
            .datei()
            .with(|v| !matches!(v, Verbindung::Keine | Verbindung::Heruntergeladen { .. }))
    };
    let zustand = move || {
        match daten.datei().get() {
        Verbindung::Keine => "Dieser Arbeitsbereich ist mit keiner Datei verbunden.".to_owned(),
        Verbindung::ZugriffErlauben { name } => format!(
            "Verbunden mit „{name}“; der Browser braucht Ihre Erlaubnis, bevor wieder in die Datei gespeichert wird (Hinweis oben)."
        ),
        Verbindung::Aktuell { name, gespeichert_am } => match gespeichert_am {
            Some(am) => format!(
                "Verbunden mit „{name}“. Zuletzt in die Datei gespeichert: {}.",
                browser::datum_uhrzeit(&am)
            ),
            None => format!("Verbunden mit „{name}“. Die Datei enthält den aktuellen Stand."),
        },
        Verbindung::Ausstehend { name } => {
            format!("Verbunden mit „{name}“. Die letzte Änderung wird gerade gespeichert.")
        }
        Verbindung::Gestoert { name, .. } | Verbindung::Konflikt { name } => format!(
            "Verbunden mit „{name}“, aber die letzten Änderungen stehen nur in diesem Browser (Hinweis oben)."
        ),
        Verbindung::NurLesen { name, .. } => format!(
            "„{name}“ ist schreibgeschützt geöffnet: Sie wurde mit einer neueren Version gespeichert und wird nicht verändert."
        ),
        Verbindung::Heruntergeladen { name, veraendert } => {
            if veraendert {
                format!("Seit dem letzten Herunterladen von „{name}“ gibt es Änderungen. Speichern Sie die Datei erneut.")
            } else {
                format!("Der Stand entspricht der Datei „{name}“.")
            }
        }
    }
    };
    let mit_zugriff = daten.dateizugriff_verfuegbar();
    let bedienung = if mit_zugriff {
        view! {
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer id="datei-speichern" deaktiviert=move || daten.lies(|ab| ab.is_none())
                    bei_klick=move |_| speichern_unter(daten, meldung, false)>
                    "In Datei speichern …"
                </Knopf>
                <button type="button" class="kern-btn kern-btn--secondary" id="datei-oeffnen"
                    on:click=move |_| leptos::task::spawn_local(async move {
                        let ergebnis = daten.datei_oeffnen().await;
                        melden(meldung, ergebnis, "„{}“ ist geöffnet. Änderungen werden auch in dieser Datei gespeichert.");
                    })>
                    <span class="kern-label">"Datei öffnen …"</span>
                </button>
                {move || verbunden().then(|| view! {
                    <button type="button" class="kern-btn kern-btn--tertiary" id="datei-trennen"
                        on:click=move |_| {
                            daten.datei_trennen();
                            meldung.set(Some((true, "Die Verbindung zur Datei ist getrennt. Änderungen werden nur noch in diesem Browser gespeichert; die Datei bleibt, wie sie ist.".to_owned())));
                        }>
                        <span class="kern-label">"Dateiverbindung trennen"</span>
                    </button>
                })}
            </div>
        }
        .into_any()
    } else {
        let feld = NodeRef::<leptos::html::Input>::new();
        let hochgeladen = move |ev: leptos::ev::Event| {
            let Some(datei) = ev
                .target()
                .and_then(|z| z.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|e| e.files())
                .and_then(|liste| liste.get(0))
            else {
                return;
            };
            let name = datei.name();
            let groesse = datei.size() as u64;
            if let Err(fehler) = crate::daten::datei::groesse_pruefen(groesse) {
                meldung.set(Some((false, format!("„{name}“: {fehler}"))));
                return;
            }
            leptos::task::spawn_local(async move {
                let ergebnis = match browser::datei_lesen(&datei).await {
                    Ok(bytes) => daten.datei_hochgeladen(&name, &bytes).map(|()| Some(name)),
                    Err(fehler) => Err(fehler),
                };
                melden(
                    meldung,
                    ergebnis,
                    "„{}“ ist geöffnet. Speichern Sie Änderungen mit „Als Datei herunterladen“.",
                );
            });
        };
        view! {
            <p class="kern-body" id="datei-ersatzweg">
                "Dieser Browser erlaubt hier nicht, in eine Datei Ihrer Wahl zu schreiben (das können Edge und Chrome, "
                "nicht aber etwa Firefox). Deshalb speichern Sie den Arbeitsbereich durch "
                "Herunterladen und öffnen ihn durch Hochladen; nach Änderungen erinnert der Werkzeugkasten Sie daran, "
                "die Datei erneut zu speichern."
            </p>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer id="datei-herunterladen" deaktiviert=move || daten.lies(|ab| ab.is_none())
                    bei_klick=move |_| if let Err(f) = daten.datei_herunterladen() { meldung.set(Some((false, f))) }>
                    "Als Datei herunterladen"
                </Knopf>
            </div>
            <Dateiwahl id="datei-hochladen" beschriftung="Datei öffnen (hochladen)"
                hinweis=format!("Eine Datei des Werkzeugkastens („….upo.json“ oder eine Sicherung mit einem Arbeitsbereich), höchstens {}.", format::bytes(MAX_BYTES))
                annehmen=".json,application/json" feld bei_auswahl=Callback::new(hochgeladen)/>
        }
        .into_any()
    };
    view! {
        <h2 class="kern-heading-medium" id="als-datei">"Arbeitsbereich als Datei"</h2>
        <p class="kern-body">
            "Zusätzlich zu diesem Browser können Sie den Arbeitsbereich in einer Datei Ihrer Wahl ablegen, etwa auf einem "
            "Netzlaufwerk, das Ihre IT sichert. Dann wird jede Änderung auch in diese Datei gespeichert, und Sie öffnen "
            "den Arbeitsbereich auf jedem Rechner wieder, auch wenn der Browser seine Daten beim Abmelden löscht. "
            "Die Datei hat dasselbe geprüfte Format wie eine Sicherung."
        </p>
        <p class="kern-body" id="datei-zustand">{zustand}</p>
        {bedienung}
        {meldungsanzeige(meldung, "datei-meldung")}
    }
}

/// The notices about the file, on every page: permission needed, fault, conflict, read-only
/// file, download reminder. Local storage keeps working in every case, and each says so.
#[component]
pub fn Dateimeldungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let meldung: Meldung = RwSignal::new(None);
    let neu_laden_offen = RwSignal::new(false);
    let name = move || {
        daten
            .datei()
            .with(|v| v.name().map(str::to_owned))
            .unwrap_or_default()
    };
    let neu_laden = Callback::new(move |()| {
        leptos::task::spawn_local(async move {
            let ergebnis = daten.datei_neu_laden().await.map(|()| Some(name()));
            melden(meldung, ergebnis, "Der Stand aus „{}“ ist geladen; Ihre verworfenen Änderungen holen Sie mit „Rückgängig“ zurück.");
        });
    });
    let erneut = move |_| {
        leptos::task::spawn_local(async move {
            if let Err(f) = daten.datei_erneut().await {
                meldung.set(Some((false, f)));
            }
        });
    };
    let kopie = move |_| speichern_unter(daten, meldung, true);
    let trennen = move |_| {
        daten.datei_trennen();
        meldung.set(None);
    };
    let kopie_knopf = move || {
        view! {
            <Knopf art=Knopfart::Primaer id="datei-kopie" bei_klick=kopie>"Als Kopie speichern …"</Knopf>
        }
    };
    let trennen_knopf = move || {
        view! {
            <Knopf art=Knopfart::Tertiaer bei_klick=trennen>"Dateiverbindung trennen"</Knopf>
        }
    };
    let anzeige = move || {
        match daten.datei().get() {
        Verbindung::ZugriffErlauben { name } => Some(view! {
            <Hinweis art=HinweisArt::Info titel=format!("Zugriff auf „{name}“ erlauben")>
                <p class="kern-body">
                    {format!("Dieser Arbeitsbereich wird auch in der Datei „{name}“ gespeichert. ")}
                    "Nach einem Neustart fragt der Browser zuerst, ob der Werkzeugkasten die Datei weiter bearbeiten darf. "
                    "Klicken Sie auf die Schaltfläche; der Browser zeigt dann eine Frage wie „Datei bearbeiten?“ oder "
                    "„Diese Website darf … bearbeiten“. Wählen Sie dort „Zulassen“ (oder „Bei jedem Besuch zulassen“). "
                    "Bis dahin wird nur in diesem Browser gespeichert."
                </p>
                <div class="knopfleiste">
                    <Knopf art=Knopfart::Primaer id="datei-zugriff" bei_klick=erneut>
                        {format!("Zugriff auf „{name}“ erlauben")}
                    </Knopf>
                    {trennen_knopf()}
                </div>
            </Hinweis>
        }.into_any()),
        Verbindung::Gestoert { name, fehler } => {
            let zugriff = fehler == Dateifehler::KeinZugriff;
            Some(view! {
                <div role="alert">
                    <Hinweis art=HinweisArt::Warnung titel=format!("Nicht in „{name}“ gespeichert")>
                        <p class="kern-body" id="datei-fehler">{fehler.text(&name)}</p>
                        <div class="knopfleiste">
                            <Knopf id="datei-erneut" bei_klick=erneut>
                                {if zugriff { "Zugriff erneut erlauben" } else { "Erneut versuchen" }}
                            </Knopf>
                            {kopie_knopf()}
                            {trennen_knopf()}
                        </div>
                    </Hinweis>
                </div>
            }.into_any())
        }
        Verbindung::Konflikt { name } => Some(view! {
            <div role="alert">
                <Hinweis art=HinweisArt::Warnung titel=format!("„{name}“ wurde von anderer Seite geändert")>
                    <p class="kern-body" id="datei-konflikt">{Dateifehler::Fremdaenderung.text(&name)}</p>
                    <p class="kern-body">
                        "Speichern Sie Ihren Stand als Kopie in eine neue Datei, oder laden Sie den Stand aus der Datei "
                        "und verwerfen Ihre Änderungen, die nicht in der Datei stehen."
                    </p>
                    <div class="knopfleiste">
                        {kopie_knopf()}
                        <Knopf id="datei-neu-laden" bei_klick=move |_| neu_laden_offen.set(true)>
                            "Datei neu laden …"
                        </Knopf>
                        {trennen_knopf()}
                    </div>
                </Hinweis>
            </div>
        }.into_any()),
        Verbindung::Heruntergeladen { name, veraendert: true } => Some(view! {
            <Hinweis art=HinweisArt::Info titel="Änderungen seit dem letzten Herunterladen – Datei erneut speichern".to_owned()>
                <p class="kern-body">
                    {format!("Der Arbeitsbereich wurde geändert, seit Sie „{name}“ heruntergeladen oder geöffnet haben. ")}
                    "Die Änderungen sind in diesem Browser gespeichert. Laden Sie die Datei erneut herunter und ersetzen Sie damit die alte."
                </p>
                <Knopf id="datei-erneut-herunterladen"
                    bei_klick=move |_| if let Err(f) = daten.datei_herunterladen() { meldung.set(Some((false, f))) }>
                    "Datei erneut speichern"
                </Knopf>
            </Hinweis>
        }.into_any()),
        _ => None,
    }
    };
    let titel = Signal::derive(move || format!("Änderungen verwerfen und „{}“ neu laden?", name()));
    view! {
        {anzeige}
        {meldungsanzeige(meldung, "datei-hinweis-meldung")}
        <Bestaetigung id="dialog-datei-neu-laden" titel offen=neu_laden_offen
            bestaetigen="Verwerfen und neu laden" gefaehrlich=true bei_bestaetigung=neu_laden>
            <p class="kern-body">
                "Der Arbeitsbereich erhält den Stand aus der Datei. Ihre Änderungen, die nicht in der Datei stehen, werden "
                "verworfen; solange dieser Tab offen ist, holen Sie sie mit „Rückgängig“ zurück."
            </p>
        </Bestaetigung>
    }
}
