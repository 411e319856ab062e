//! "Arbeitsbereiche": the open workspace's metadata, the list of all workspaces (open,
//! duplicate, back up, delete), a new workspace, and the storage meter.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Bestaetigung, Feldfehler, Hinweis, HinweisArt, Seitenkopf, Tabelle};
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::{Daten, Eintragszustand, Listeneintrag, Persistenz};
use crate::app::formular::Datumseingabe;
use crate::daten::arbeitsbereich::{Metadaten, MAX_TEXTLAENGE};
use crate::daten::sicherung;
use crate::shared::datum::Datum;
use crate::shared::format;
use crate::shared::route::Route;
use crate::shared::speicher::KONTINGENT;

/// The workspace page.
#[component]
pub fn Arbeitsbereiche() -> impl IntoView {
    view! {
        <Seitenkopf
            titel="Arbeitsbereiche".to_owned()
            einleitung="Ein Arbeitsbereich enthält alle Daten einer Organisationseinheit oder eines Programms. Änderungen werden automatisch in diesem Browser gespeichert."
        />
        <MetadatenFormular/>
        <super::datei::ArbeitsbereichAlsDatei/>
        <Liste/>
        <NeuerArbeitsbereich/>
        <Speicherplatz/>
    }
}

/// One text field of the metadata form. Commits on `change` (leaving the field or Enter), so
/// that each edit is one undo step.
#[component]
fn Textfeld(
    id: &'static str,
    beschriftung: &'static str,
    #[prop(optional)] pflicht: bool,
    #[prop(optional)] hinweis: Option<&'static str>,
    wert: Signal<String>,
    fehler: RwSignal<Option<String>>,
    deaktiviert: Signal<bool>,
    bei_aenderung: Callback<String>,
) -> impl IntoView {
    let fehler_id = format!("{id}-fehler");
    let hinweis_id = format!("{id}-hinweis");
    let beschreibung = {
        let fehler_id = fehler_id.clone();
        let hinweis_id = hinweis_id.clone();
        move || {
            let mut ids = Vec::new();
            if hinweis.is_some() {
                ids.push(hinweis_id.clone());
            }
            if fehler.with(Option::is_some) {
                ids.push(fehler_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="kern-form-input" class:kern-form-input--error=move || fehler.with(Option::is_some)>
            <label class="kern-label" for=id>
                {beschriftung}
                {(!pflicht).then(|| view! { <span class="kern-label__optional">" – optional"</span> })}
            </label>
            {hinweis.map(|text| view! { <div class="kern-hint" id=hinweis_id.clone()>{text}</div> })}
            <Feldfehler id=fehler_id.clone() fehler/>
            <input class="kern-form-input__input" type="text" id=id name=id
                class:kern-form-input__input--error=move || fehler.with(Option::is_some)
                required=pflicht
                aria-invalid=move || fehler.with(Option::is_some).then_some("true")
                aria-describedby=beschreibung
                disabled=deaktiviert
                prop:value=wert
                on:change=move |ev| bei_aenderung.run(event_target_value(&ev))/>
        </div>
    }
}

/// Metadata of the open workspace.
#[component]
fn MetadatenFormular() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let meta = move || daten.lies(|ab| ab.map(|ab| ab.metadaten.clone()));
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());

    let fehler_bezeichnung = RwSignal::new(None::<String>);
    let fehler_stand = RwSignal::new(None::<String>);
    let fehler_behoerde = RwSignal::new(None::<String>);

    let feldwert = move |lesen: fn(&Metadaten) -> String| {
        Signal::derive(move || meta().map(|m| lesen(&m)).unwrap_or_default())
    };
    let zu_lang = move |text: &str| text.chars().count() > MAX_TEXTLAENGE;

    let bezeichnung = Callback::new(move |text: String| {
        let text = text.trim().to_owned();
        if text.is_empty() {
            fehler_bezeichnung.set(Some("Geben Sie eine Bezeichnung ein.".to_owned()));
            return;
        }
        if zu_lang(&text) {
            fehler_bezeichnung.set(Some(format!("Höchstens {MAX_TEXTLAENGE} Zeichen.")));
            return;
        }
        fehler_bezeichnung.set(None);
        daten.aendere("Bezeichnung geändert", |ab| {
            ab.metadaten.bezeichnung = text
        });
    });
    let textfeld = move |beschreibung: &'static str,
                         setzen: fn(&mut Metadaten, String),
                         fehler: RwSignal<Option<String>>| {
        Callback::new(move |text: String| {
            let text = text.trim().to_owned();
            if zu_lang(&text) {
                fehler.set(Some(format!("Höchstens {MAX_TEXTLAENGE} Zeichen.")));
                return;
            }
            fehler.set(None);
            daten.aendere(beschreibung, |ab| setzen(&mut ab.metadaten, text));
        })
    };
    let fehler_ressort = RwSignal::new(None::<String>);
    let fehler_verantwortlich = RwSignal::new(None::<String>);
    let fehler_einstufung = RwSignal::new(None::<String>);
    let stand = Callback::new(move |text: String| {
        let text = text.trim().to_owned();
        let datum = if text.is_empty() {
            None
        } else {
            match Datum::aus_deutsch(&text) {
                Some(datum) => Some(datum),
                None => {
                    fehler_stand.set(Some(
                        "Geben Sie das Datum als TT.MM.JJJJ ein, zum Beispiel 30.11.2026."
                            .to_owned(),
                    ));
                    return;
                }
            }
        };
        fehler_stand.set(None);
        daten.aendere("Stand geändert", |ab| ab.metadaten.stand = datum);
    });

    view! {
        <h2 class="kern-heading-medium">"Geöffneter Arbeitsbereich"</h2>
        {move || meta().is_none().then(|| view! {
            <p class="kern-body">"Derzeit ist kein Arbeitsbereich geöffnet."</p>
        })}
        <form class="formular" novalidate on:submit=|ev| ev.prevent_default()>
            <fieldset class="kern-fieldset" disabled=move || meta().is_none()>
                <legend class="kern-label">"Angaben zum Arbeitsbereich"</legend>
                <Textfeld id="ab-bezeichnung" beschriftung="Bezeichnung" pflicht=true
                    wert=feldwert(|m| m.bezeichnung.clone()) fehler=fehler_bezeichnung
                    deaktiviert bei_aenderung=bezeichnung/>
                <Textfeld id="ab-behoerde" beschriftung="Behörde"
                    wert=feldwert(|m| m.behoerde.clone()) fehler=fehler_behoerde deaktiviert
                    bei_aenderung=textfeld("Behörde geändert", |m, t| m.behoerde = t, fehler_behoerde)/>
                <Textfeld id="ab-ressort" beschriftung="Ressort"
                    wert=feldwert(|m| m.ressort.clone()) fehler=fehler_ressort deaktiviert
                    bei_aenderung=textfeld("Ressort geändert", |m, t| m.ressort = t, fehler_ressort)/>
                <Textfeld id="ab-verantwortlich" beschriftung="Verantwortlich"
                    wert=feldwert(|m| m.verantwortlich.clone()) fehler=fehler_verantwortlich deaktiviert
                    bei_aenderung=textfeld("Verantwortlich geändert", |m, t| m.verantwortlich = t, fehler_verantwortlich)/>
                // The field shows the stored date; a typed or picked date is stored when finished.
                <Datumseingabe id="ab-stand" beschriftung="Stand"
                    wert=feldwert(|m| m.stand.map(Datum::deutsch).unwrap_or_default()) fehler=fehler_stand
                    deaktiviert bei_eingabe=Callback::new(|_| {}) bei_aenderung=stand/>
                <Textfeld id="ab-einstufung" beschriftung="Einstufung"
                    hinweis="Kennzeichnung für Exporte, z. B. VS – NUR FÜR DEN DIENSTGEBRAUCH; steht im Blatt „Info“ und auf jeder gedruckten Seite"
                    wert=feldwert(|m| m.einstufung.clone()) fehler=fehler_einstufung deaktiviert
                    bei_aenderung=textfeld("Einstufung geändert", |m, t| m.einstufung = t, fehler_einstufung)/>
            </fieldset>
        </form>
    }
}

fn bezeichnung(eintrag: &Listeneintrag) -> String {
    match &eintrag.zustand {
        Eintragszustand::Intakt { metadaten, .. }
        | Eintragszustand::NeuImSpeicher { metadaten } => metadaten.bezeichnung.clone(),
        Eintragszustand::Beschaedigt(_) => format!("Beschädigt ({})", eintrag.id),
    }
}

/// All workspaces with their actions.
#[component]
fn Liste() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zu_loeschen = RwSignal::new(None::<Listeneintrag>);
    let dialog_offen = RwSignal::new(false);
    let meldung = RwSignal::new(None::<String>);

    let loeschen = Callback::new(move |()| {
        if let Some(eintrag) = zu_loeschen.get_untracked() {
            let name = bezeichnung(&eintrag);
            let umleitung = daten.loeschen(&eintrag.id);
            daten.ansagen(format!("Arbeitsbereich „{name}“ gelöscht."));
            meldung.set(Some(format!("Der Arbeitsbereich „{name}“ wurde gelöscht.")));
            if let Some(route) = umleitung {
                browser::setze_hash(&route.href());
            }
        }
    });
    let dialog_titel = Signal::derive(move || {
        zu_loeschen
            .get()
            .map(|e| format!("Arbeitsbereich „{}“ löschen?", bezeichnung(&e)))
            .unwrap_or_default()
    });

    let zeilen = move || {
        let offene_id = daten.lies(|ab| ab.map(|ab| ab.id.clone()));
        daten
            .liste()
            .get()
            .into_iter()
            .map(|eintrag| {
                let ist_offen = offene_id.as_deref() == Some(eintrag.id.as_str());
                let name = bezeichnung(&eintrag);
                let (behoerde, gespeichert, zustand) = match &eintrag.zustand {
                    Eintragszustand::Intakt { metadaten, gespeichert_am, nur_lesen, revision, .. } => (
                        metadaten.behoerde.clone(),
                        browser::datum_uhrzeit(gespeichert_am),
                        if *nur_lesen {
                            format!("Schreibgeschützt (neuere Version), Revision {revision}")
                        } else {
                            format!("In Ordnung, Revision {revision}")
                        },
                    ),
                    Eintragszustand::NeuImSpeicher { metadaten } => (
                        metadaten.behoerde.clone(),
                        "noch nicht".to_owned(),
                        "Neu".to_owned(),
                    ),
                    Eintragszustand::Beschaedigt(grund) => (String::new(), "–".to_owned(), format!("Beschädigt: {grund}")),
                };
                let beschaedigt = matches!(eintrag.zustand, Eintragszustand::Beschaedigt(_));
                let id = eintrag.id.clone();
                let id_oeffnen = id.clone();
                let id_duplizieren = id.clone();
                let id_sichern = id.clone();
                let zum_loeschen = eintrag.clone();
                let beschriftung = name.clone();
                view! {
                    <tr class="kern-table__row">
                        <th scope="row" class="kern-table__header">
                            {name.clone()}
                            {ist_offen.then(|| view! { <span class="kern-badge kern-badge--info kennzeichen"><span class="kern-label kern-label--small">"geöffnet"</span></span> })}
                        </th>
                        <td class="kern-table__cell">{behoerde}</td>
                        <td class="kern-table__cell">{gespeichert}</td>
                        <td class="kern-table__cell kern-table__cell--numeric">{format::bytes(eintrag.belegung)}</td>
                        <td class="kern-table__cell">{zustand}</td>
                        <td class="kern-table__cell">
                            <div class="knopfleiste knopfleiste--eng">
                                {if beschaedigt {
                                    view! {
                                        <a class="kern-link" href=Route::Wiederherstellung { id: id.clone() }.href()>
                                            "Wiederherstellen"<span class="kern-sr-only">{format!(" – {beschriftung}")}</span>
                                        </a>
                                    }.into_any()
                                } else {
                                    view! {
                                        {(!ist_offen).then(|| {
                                            let beschriftung = beschriftung.clone();
                                            view! {
                                                <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Öffnen: {beschriftung}") on:click=move |_| {
                                                    match daten.oeffne(&id_oeffnen) {
                                                        Ok(Some(route)) => browser::setze_hash(&route.href()),
                                                        Ok(None) => meldung.set(Some("Arbeitsbereich geöffnet.".to_owned())),
                                                        Err(f) => meldung.set(Some(f)),
                                                    }
                                                }>
                                                    <span class="kern-label">"Öffnen"</span>
                                                </button>
                                            }
                                        })}
                                        <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Duplizieren: {beschriftung}") on:click=move |_| {
                                            meldung.set(match daten.duplizieren(&id_duplizieren) {
                                                Ok(()) => Some("Kopie angelegt und geöffnet.".to_owned()),
                                                Err(f) => Some(f),
                                            });
                                        }>
                                            <span class="kern-label">"Duplizieren"</span>
                                        </button>
                                        <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Sichern: {beschriftung}") on:click=move |_| {
                                            meldung.set(crate::app::meldungen::sicherung_herunterladen(daten, Some(&id_sichern)));
                                        }>
                                            <span class="kern-label">"Sichern"</span>
                                        </button>
                                    }.into_any()
                                }}
                                <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Löschen: {name}") on:click=move |_| {
                                    zu_loeschen.set(Some(zum_loeschen.clone()));
                                    dialog_offen.set(true);
                                }>
                                    <span class="kern-label">"Löschen"</span>
                                </button>
                            </div>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };

    let dialog_text = move || {
        zu_loeschen.get().map(|e| {
            let (inhalt, stand) = match &e.zustand {
                Eintragszustand::Intakt { kennzahlen, gespeichert_am, .. } => (
                    if kennzahlen.is_empty() {
                        "die Angaben zum Arbeitsbereich".to_owned()
                    } else {
                        kennzahlen.iter().map(|(w, z)| format!("{w}: {z}")).collect::<Vec<_>>().join("; ")
                    },
                    format!(" Zuletzt gespeichert: {}.", browser::datum_uhrzeit(gespeichert_am)),
                ),
                Eintragszustand::NeuImSpeicher { .. } => ("die noch nicht gespeicherten Angaben".to_owned(), String::new()),
                Eintragszustand::Beschaedigt(_) => ("der beschädigte gespeicherte Text".to_owned(), String::new()),
            };
            format!(
                "Gelöscht wird aus diesem Browser: {inhalt} ({}).{stand} Das lässt sich nicht rückgängig machen. Laden Sie vorher eine Sicherung herunter, wenn Sie die Daten noch brauchen.",
                format::bytes(e.belegung)
            )
        })
    };

    view! {
        <h2 class="kern-heading-medium">"Alle Arbeitsbereiche"</h2>
        {move || meldung.get().map(|text| view! { <p class="kern-body" role="status">{text}</p> })}
        <Tabelle id="arbeitsbereiche-titel" titel="Arbeitsbereiche in diesem Browser"
            spalten=&["Bezeichnung", "Behörde", "Zuletzt gespeichert", "Speicherbedarf", "Zustand", "Aktionen"]
            zahlenspalten=&[3]>
            <tbody class="kern-table__body">{zeilen}</tbody>
        </Tabelle>
        <Bestaetigung id="dialog-loeschen" titel=dialog_titel offen=dialog_offen bestaetigen="Endgültig löschen"
            gefaehrlich=true bei_bestaetigung=loeschen>
            <p class="kern-body">{dialog_text}</p>
        </Bestaetigung>
    }
}

/// Creating a new workspace.
#[component]
fn NeuerArbeitsbereich() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let name = RwSignal::new(String::new());
    let fehler = RwSignal::new(None::<String>);
    let anlegen = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = name.get_untracked().trim().to_owned();
        if text.is_empty() {
            fehler.set(Some("Geben Sie eine Bezeichnung ein.".to_owned()));
            return;
        }
        if text.chars().count() > MAX_TEXTLAENGE {
            fehler.set(Some(format!("Höchstens {MAX_TEXTLAENGE} Zeichen.")));
            return;
        }
        match daten.neu(&text) {
            Ok(()) => {
                fehler.set(None);
                name.set(String::new());
                daten.ansagen(format!("Arbeitsbereich „{text}“ angelegt und geöffnet."));
            }
            Err(meldung) => fehler.set(Some(meldung)),
        }
    };
    view! {
        <h2 class="kern-heading-medium">"Neuer Arbeitsbereich"</h2>
        <form class="formular" novalidate on:submit=anlegen>
            <div class="kern-form-input" class:kern-form-input--error=move || fehler.with(Option::is_some)>
                <label class="kern-label" for="neu-bezeichnung">"Bezeichnung des neuen Arbeitsbereichs"</label>
                <Feldfehler id="neu-bezeichnung-fehler" fehler/>
                <input class="kern-form-input__input" type="text" id="neu-bezeichnung" required
                    aria-invalid=move || fehler.with(Option::is_some).then_some("true")
                    aria-describedby=move || fehler.with(Option::is_some).then_some("neu-bezeichnung-fehler")
                    prop:value=name on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <Knopf art=Knopfart::Primaer absenden=true>"Anlegen und öffnen"</Knopf>
        </form>
    }
}

/// Storage meter and persistence.
#[component]
fn Speicherplatz() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let belegung = move || daten.belegung().get();
    let persistenz = move || {
        match daten.persistenz().get() {
        Persistenz::Dauerhaft => "Der Browser hat zugesagt, diese Daten dauerhaft aufzubewahren und sie nicht bei Speichermangel zu löschen.",
        Persistenz::NichtDauerhaft => "Der Browser hat dauerhafte Speicherung nicht zugesagt. Er kann die Daten bei Speichermangel löschen; regelmäßige Sicherungen sind deshalb besonders wichtig.",
        Persistenz::Unbekannt => "Dauerhafte Speicherung wurde noch nicht angefragt. Das geschieht automatisch beim ersten Speichern.",
        Persistenz::NichtVerfuegbar => "Dieser Browser bietet hier keine Zusage für dauerhafte Speicherung an (etwa weil die Seite nicht über HTTPS aufgerufen wird). Regelmäßige Sicherungen sind deshalb besonders wichtig.",
    }
    };
    view! {
        <h2 class="kern-heading-medium" id="speicherplatz">"Speicherplatz"</h2>
        {move || (!daten.speicher_verfuegbar()).then(|| view! {
            <p class="kern-body">"Dieser Browser erlaubt derzeit keinen lokalen Speicher; es wird nichts gespeichert."</p>
        })}
        <p class="kern-body" id="speicher-belegung">
            {move || format!(
                "Belegt: {} von etwa {} ({} %), die der Browser dieser Adresse zur Verfügung stellt.",
                format::bytes(belegung().gesamt()),
                format::bytes(KONTINGENT),
                belegung().prozent()
            )}
        </p>
        <progress class="speicheranzeige" max="100" value=move || belegung().prozent().min(100)
            aria-labelledby="speicher-belegung"></progress>
        {move || (belegung().fremd > 0).then(|| view! {
            <p class="kern-body">
                {format!(
                    "Davon belegen andere Anwendungen unter derselben Adresse {}; sie teilen sich den Platz mit dem Werkzeugkasten.",
                    format::bytes(belegung().fremd)
                )}
            </p>
        })}
        {move || belegung().ist_knapp().then(|| view! {
            <Hinweis art=HinweisArt::Warnung titel="Der Speicher wird knapp".to_owned()>
                <p class="kern-body">
                    "Mehr als 80 % des Speichers sind belegt. Sichern Sie Ihre Arbeitsbereiche und löschen Sie nicht mehr benötigte, "
                    "bevor Änderungen nicht mehr gespeichert werden können."
                </p>
            </Hinweis>
        })}
        <p class="kern-body">"Der Speicherbedarf je Arbeitsbereich steht in der Tabelle oben. " {persistenz}</p>
        {move || (daten.persistenz().get() != Persistenz::Dauerhaft).then(super::speicherzusage::empfehlung)}
        <Knopf deaktiviert=move || matches!(daten.persistenz().get(), Persistenz::Dauerhaft | Persistenz::NichtVerfuegbar)
            bei_klick=move |_| daten.persistenz_anfordern()>
            "Dauerhafte Speicherung anfordern"
        </Knopf>
        <p class="kern-body kern-body--small">
            "Backups: " <a class="kern-link" href=Route::Sicherung.href()>"Sicherung herunterladen oder einspielen"</a>
            {format!(" (Dateien wie „{}“).", sicherung::dateiname(Some("Beispiel"), browser::heute()))}
        </p>
    }
}
