//! "Sicherung": download backups, restore them after a complete check with preview, and set
//! the backup reminder.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::browser;
use crate::app::components::{Bestaetigung, Feldfehler, Hinweis, HinweisArt, Seitenkopf, Tabelle};
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::formular::Dateiwahl;
use crate::app::meldungen::sicherung_herunterladen;
use crate::daten::sicherung::{self, Herkunft, Importfehler, Vorschau};

/// The backup page.
#[component]
pub fn Sicherung() -> impl IntoView {
    view! {
        <Seitenkopf
            titel="Sicherung".to_owned()
            einleitung="Ihre Daten liegen nur in diesem Browser. Eine Sicherungsdatei schützt sie, wenn Browserdaten gelöscht werden, und bringt sie auf einen anderen Rechner."
        />
        <Herunterladen/>
        <Einspielen/>
        <Erinnerung/>
    }
}

#[component]
fn Herunterladen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let meldung = RwSignal::new(None::<String>);
    let kopf = daten.ableiten(|ab| Some((ab.id.clone(), ab.metadaten.bezeichnung.clone())));
    let letzte = move || {
        let (id, bezeichnung) = kopf.get()?;
        let am = daten
            .einstellungen()
            .with(|e| e.letzte_sicherung.get(&id).copied());
        Some(match am {
            Some(am) => format!("Letzte Sicherung von „{bezeichnung}“: {}.", am.deutsch()),
            None => format!(
                "Von „{bezeichnung}“ wurde in diesem Browser noch keine Sicherung heruntergeladen."
            ),
        })
    };
    view! {
        <h2 class="kern-heading-medium">"Sicherung herunterladen"</h2>
        <p class="kern-body">
            "Die Sicherung ist eine JSON-Datei mit allen Daten und der Formatversion. Sie enthält auch Änderungen, "
            "die noch nicht gespeichert werden konnten. Bewahren Sie sie nach den Regeln Ihrer Behörde auf."
        </p>
        <p class="kern-body">{letzte}</p>
        <div class="knopfleiste">
            <Knopf art=Knopfart::Primaer id="sichern-offen" deaktiviert=move || daten.lies(|ab| ab.is_none())
                bei_klick=move |_| meldung.set(sicherung_herunterladen(daten, daten.offene_id().as_deref()))>
                "Geöffneten Arbeitsbereich sichern"
            </Knopf>
            <Knopf id="sichern-alle" bei_klick=move |_| meldung.set(sicherung_herunterladen(daten, None))>
                "Alle Arbeitsbereiche sichern"
            </Knopf>
        </div>
        {move || meldung.get().map(|text| view! { <p class="kern-body" role="alert">{text}</p> })}
    }
}

/// State of the restore form.
#[derive(Clone, Debug, PartialEq)]
enum Einlesen {
    Nichts,
    Laedt,
    Fehler(String),
    Bereit(Box<Vorschau>),
    Erledigt(String),
}

#[component]
fn Einspielen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zustand = RwSignal::new(Einlesen::Nichts);
    let dateiname = RwSignal::new(String::new());
    let ersetzen_offen = RwSignal::new(false);
    let feld = NodeRef::<leptos::html::Input>::new();

    let gewaehlt = move |ev: leptos::ev::Event| {
        let Some(eingabe) = ev
            .target()
            .and_then(|z| z.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(datei) = eingabe.files().and_then(|liste| liste.get(0)) else {
            zustand.set(Einlesen::Nichts);
            return;
        };
        dateiname.set(datei.name());
        // Checked before reading, so a huge file is never loaded into memory.
        let groesse = datei.size() as u64;
        if groesse > sicherung::MAX_BYTES {
            zustand.set(Einlesen::Fehler(
                Importfehler::ZuGross { bytes: groesse }.to_string(),
            ));
            return;
        }
        zustand.set(Einlesen::Laedt);
        leptos::task::spawn_local(async move {
            zustand.set(match browser::datei_lesen(&datei).await {
                Ok(bytes) => match sicherung::einlesen(&bytes) {
                    Ok(vorschau) => Einlesen::Bereit(Box::new(vorschau)),
                    Err(fehler) => Einlesen::Fehler(fehler.to_string()),
                },
                Err(meldung) => Einlesen::Fehler(meldung),
            });
        });
    };

    let zuruecksetzen = move || {
        if let Some(eingabe) = feld.get() {
            eingabe.set_value("");
        }
    };
    let als_neu = move |_| {
        let Einlesen::Bereit(vorschau) = zustand.get_untracked() else {
            return;
        };
        let liste: Vec<_> = vorschau
            .arbeitsbereiche
            .iter()
            .map(|g| g.arbeitsbereich.clone())
            .collect();
        let anzahl = liste.len();
        zustand.set(match daten.einspielen_als_neu(&liste) {
            Ok(()) => Einlesen::Erledigt(format!(
                "Eingespielt: {anzahl} {} als neue Arbeitsbereiche. Geöffnet ist „{}“. Bestehende Arbeitsbereiche sind unverändert.",
                if anzahl == 1 { "Arbeitsbereich" } else { "Arbeitsbereiche" },
                liste[0].metadaten.bezeichnung
            )),
            Err(meldung) => Einlesen::Fehler(meldung),
        });
        zuruecksetzen();
    };
    let ersetzen = Callback::new(move |()| {
        let Einlesen::Bereit(vorschau) = zustand.get_untracked() else {
            return;
        };
        let Some(quelle) = vorschau.arbeitsbereiche.first() else {
            return;
        };
        daten.ersetzen(&quelle.arbeitsbereich);
        zustand.set(Einlesen::Erledigt(format!(
            "Der Inhalt des geöffneten Arbeitsbereichs wurde durch „{}“ ersetzt. Mit „Rückgängig“ nehmen Sie das zurück.",
            quelle.arbeitsbereich.metadaten.bezeichnung
        )));
        zuruecksetzen();
    });
    let ersetzen_titel = Signal::derive(move || {
        let offen = daten
            .lies(|ab| ab.map(|ab| ab.metadaten.bezeichnung.clone()))
            .unwrap_or_default();
        format!("„{offen}“ durch die Sicherung ersetzen?")
    });

    let anzeige = move || {
        match zustand.get() {
        Einlesen::Nichts => ().into_any(),
        Einlesen::Laedt => view! { <p class="kern-body" role="status">"Die Datei wird geprüft …"</p> }.into_any(),
        Einlesen::Fehler(meldung) => view! {
            <div role="alert">
                <Hinweis art=HinweisArt::Fehler titel="Die Datei kann nicht eingespielt werden".to_owned()>
                    <p class="kern-body">{format!("„{}“: {meldung}", dateiname.get_untracked())}</p>
                    <p class="kern-body">"Es wurde nichts verändert."</p>
                </Hinweis>
            </div>
        }.into_any(),
        Einlesen::Erledigt(text) => view! {
            <div role="status">
                <Hinweis art=HinweisArt::Erfolg titel="Sicherung eingespielt".to_owned()>
                    <p class="kern-body">{text}</p>
                </Hinweis>
            </div>
        }.into_any(),
        Einlesen::Bereit(vorschau) => {
            let anzahl = vorschau.arbeitsbereiche.len();
            let herkunft = match vorschau.herkunft {
                Herkunft::Sicherung => "Sicherungsdatei",
                Herkunft::Notfallsicherung => "Notfallsicherung nach einem Programmfehler",
                Herkunft::Einzelner => "einzelner gespeicherter Arbeitsbereich",
            };
            let erstellt = vorschau
                .erstellt_am
                .as_deref()
                .map(browser::datum_uhrzeit)
                .unwrap_or_else(|| "unbekannt".to_owned());
            let zeilen = vorschau
                .arbeitsbereiche
                .iter()
                .map(|g| {
                    let m = &g.arbeitsbereich.metadaten;
                    let kennzahlen = crate::tools::kennzahlen(&g.arbeitsbereich);
                    let inhalt = if kennzahlen.is_empty() {
                        "Nur Angaben zum Arbeitsbereich, noch keine Werkzeugdaten".to_owned()
                    } else {
                        kennzahlen.iter().map(|(w, z)| format!("{w}: {z}")).collect::<Vec<_>>().join("; ")
                    };
                    view! {
                        <tr class="kern-table__row">
                            <th scope="row" class="kern-table__header">{m.bezeichnung.clone()}</th>
                            <td class="kern-table__cell">{m.behoerde.clone()}</td>
                            <td class="kern-table__cell">{m.stand.map(|d| d.deutsch()).unwrap_or_else(|| "–".to_owned())}</td>
                            <td class="kern-table__cell">{browser::datum_uhrzeit(&g.gespeichert_am)}</td>
                            <td class="kern-table__cell kern-table__cell--numeric">{g.revision}</td>
                            <td class="kern-table__cell">{format!("{} (Format {})", g.app_version, g.schema)}</td>
                            <td class="kern-table__cell">{inhalt}</td>
                        </tr>
                    }
                })
                .collect_view();
            let hinweise = vorschau.hinweise.clone();
            let ersetzbar = anzahl == 1 && daten.lies_ungetrackt(|ab| ab.is_some());
            view! {
                <div role="status">
                    <Hinweis art=HinweisArt::Info titel="Datei geprüft: Vorschau".to_owned()>
                        <p class="kern-body">
                            {format!("„{}“ ist eine {herkunft} vom {erstellt} mit {anzahl} {}. Es wurde noch nichts eingespielt.",
                                dateiname.get_untracked(),
                                if anzahl == 1 { "Arbeitsbereich" } else { "Arbeitsbereichen" })}
                        </p>
                    </Hinweis>
                </div>
                {(!hinweise.is_empty()).then(|| view! {
                    <ul class="kern-body aufzaehlung">
                        {hinweise.into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}
                    </ul>
                })}
                <Tabelle id="vorschau-titel" titel="Inhalt der Sicherung"
                    spalten=&["Bezeichnung", "Behörde", "Stand", "Gespeichert", "Revision", "Version", "Inhalt"]
                    zahlenspalten=&[4]>
                    <tbody class="kern-table__body">{zeilen}</tbody>
                </Tabelle>
                <div class="knopfleiste">
                    <Knopf art=Knopfart::Primaer id="einspielen-neu" bei_klick=als_neu>
                        {if anzahl == 1 { "Als neuen Arbeitsbereich einspielen" } else { "Als neue Arbeitsbereiche einspielen" }}
                    </Knopf>
                    {ersetzbar.then(|| view! {
                        <Knopf id="einspielen-ersetzen" deaktiviert=move || !daten.bearbeitbar()
                            bei_klick=move |_| ersetzen_offen.set(true)>
                            "Geöffneten Arbeitsbereich ersetzen …"
                        </Knopf>
                    })}
                    <button type="button" class="kern-btn kern-btn--tertiary" on:click=move |_| {
                        zustand.set(Einlesen::Nichts);
                        zuruecksetzen();
                    }>
                        <span class="kern-label">"Abbrechen"</span>
                    </button>
                </div>
            }.into_any()
        }
    }
    };

    view! {
        <h2 class="kern-heading-medium">"Sicherung einspielen"</h2>
        <p class="kern-body">
            "Die Datei wird vollständig geprüft, bevor sich etwas ändert. Sie sehen zuerst eine Vorschau. "
            "Einspielen als neuer Arbeitsbereich lässt alle bestehenden unverändert."
        </p>
        <Dateiwahl id="sicherungsdatei" beschriftung="Sicherungsdatei (.json)"
            hinweis=format!("Zum Beispiel „upo-sicherung-alle-2026-11-28.json“, höchstens {}.", crate::shared::format::bytes(sicherung::MAX_BYTES))
            annehmen=".json,application/json" feld bei_auswahl=Callback::new(gewaehlt)/>
        {anzeige}
        <Bestaetigung id="dialog-ersetzen" titel=ersetzen_titel offen=ersetzen_offen
            bestaetigen="Ersetzen" gefaehrlich=true bei_bestaetigung=ersetzen>
            <p class="kern-body">
                "Alle Daten des geöffneten Arbeitsbereichs werden durch den Inhalt der Sicherung ersetzt. "
                "Solange dieser Tab offen ist, können Sie das mit „Rückgängig“ zurücknehmen."
            </p>
        </Bestaetigung>
    }
}

#[component]
fn Erinnerung() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let fehler = RwSignal::new(None::<String>);
    let tage = move || {
        daten
            .einstellungen()
            .with(|e| e.erinnerung_nach_tagen.to_string())
    };
    let aendern = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match text.trim().parse::<u32>() {
            Ok(tage) if tage <= 365 => {
                fehler.set(None);
                daten.einstellungen_aendern(|e| e.erinnerung_nach_tagen = tage);
                daten.ansagen(if tage == 0 {
                    "Erinnerung ausgeschaltet.".to_owned()
                } else {
                    format!("Erinnerung nach {tage} Tagen.")
                });
            }
            _ => fehler.set(Some(
                "Geben Sie eine ganze Zahl von 0 bis 365 ein.".to_owned(),
            )),
        }
    };
    view! {
        <h2 class="kern-heading-medium">"Erinnerung"</h2>
        <div class="kern-form-input" class:kern-form-input--error=move || fehler.with(Option::is_some)>
            <label class="kern-label" for="erinnerung-tage">"Erinnern, wenn die letzte Sicherung so viele Tage alt ist"</label>
            <div class="kern-hint" id="erinnerung-hinweis">"0 schaltet die Erinnerung aus. Sie gilt für alle Arbeitsbereiche in diesem Browser."</div>
            <Feldfehler id="erinnerung-fehler" fehler/>
            <input class="kern-form-input__input kern-form-input__input--width-4" type="text" inputmode="numeric"
                id="erinnerung-tage" prop:value=tage
                aria-invalid=move || fehler.with(Option::is_some).then_some("true")
                aria-describedby=move || if fehler.with(Option::is_some) { "erinnerung-hinweis erinnerung-fehler" } else { "erinnerung-hinweis" }
                on:change=aendern/>
        </div>
    }
}
