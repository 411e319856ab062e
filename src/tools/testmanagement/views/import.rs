//! Importing test cases from a pasted table: paste, preview (column mapping, cases, problems per
//! row in German), import all or nothing.

use leptos::prelude::*;

use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::Eingabe;
use crate::shared::text::anzahl;
use crate::tools::testmanagement::einlesen::{self, Vorschau};

use super::href;

/// The page "Testfälle importieren".
#[component]
pub fn Import() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let text = RwSignal::new(String::new());
    let vorschau = RwSignal::new(None::<Vorschau>);
    let pruefen = move |_| {
        let v = daten.lies_ungetrackt(|ab| ab.map(|ab| einlesen::lesen(&text.get_untracked(), &ab.werkzeuge.testmanagement)));
        vorschau.set(v);
    };
    let importieren = move |_| {
        let Some(v) = vorschau.get_untracked() else { return };
        let mut n = 0;
        daten.aendere("Testfälle importiert", |ab| {
            n = ab.werkzeuge.testmanagement.importiere(&v);
        });
        daten.ansagen(format!("{} importiert.", anzahl(n, "Testfall", "Testfälle")));
        if n > 0 {
            text.set(String::new());
            vorschau.set(None);
        }
    };
    view! {
        <p class="kern-body">"Kopieren Sie die Tabelle aus Excel (mit Kopfzeile) und fügen Sie sie hier ein; CSV-Text mit Semikolon geht auch. Erkannt werden die Spalten Testfall-ID, Titel, Kategorie, Priorität, Art, Vorbedingungen, Testdaten, Schritte, Erwartetes Ergebnis, Nachbedingungen, Tags, Autor und Testobjekt. Schritte und erwartete Ergebnisse stehen je Zeile in der Zelle; die Zeilen werden einander zugeordnet."</p>
        <Eingabe id="tm-i-text" beschriftung="Tabelle" pflicht=true mehrzeilig=true wert=text bei_eingabe=Callback::new(move |w| { text.set(w); vorschau.set(None); })/>
        <div class="knopfleiste">
            <Knopf id="tm-i-pruefen" bei_klick=pruefen>"Vorschau"</Knopf>
            <Knopf art=Knopfart::Primaer id="tm-i-importieren" bei_klick=importieren
                deaktiviert=Signal::derive(move || !daten.bearbeitbar() || vorschau.with(|v| v.as_ref().is_none_or(|v| !v.fehler.is_empty() || v.faelle.is_empty())))>
                "Importieren"
            </Knopf>
        </div>
        <div aria-live="polite">
        {move || vorschau.get().map(|v| {
            let zuordnung = v.zuordnung.iter().map(|(k, f)| match f {
                Some(f) => format!("„{k}“ → {}", f.name()),
                None => format!("„{k}“ wird nicht übernommen"),
            }).collect::<Vec<_>>().join("; ");
            view! {
                <h2 class="kern-heading-medium">"Vorschau"</h2>
                <p class="kern-body" id="tm-i-zuordnung">{format!("Spalten: {zuordnung}")}</p>
                {if v.fehler.is_empty() {
                    view! { <p class="kern-body" id="tm-i-stand">{format!("{} bereit zum Import.", anzahl(v.faelle.len(), "Testfall", "Testfälle"))}</p> }.into_any()
                } else {
                    view! {
                        <div class="kern-alert kern-alert--danger" role="alert">
                            <div class="kern-alert__header"><span class="kern-title">{format!("Nichts importiert: {}", anzahl(v.fehler.len(), "Problem", "Probleme"))}</span></div>
                            <div class="kern-alert__body"><ul class="tm-liste" id="tm-i-fehler">{v.fehler.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}</ul></div>
                        </div>
                    }.into_any()
                }}
                <Tabelle id="tm-i-tabelle" titel="Gelesene Testfälle" spalten=&["Testfall-ID", "Titel", "Kategorie", "Priorität", "Schritte"] zahlenspalten=&[4]>
                    <tbody>
                        {v.faelle.iter().map(|t| view! {
                            <tr><th scope="row">{t.kennung.clone()}</th><td>{t.titel.clone()}</td><td>{t.kategorie.name()}</td><td>{t.prioritaet.name()}</td><td class="tabelle__zahl">{t.schritte.len()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </Tabelle>
            }
        })}
        </div>
        <p class="kern-body"><a class="kern-link" href=href(&[])>"Zur Testfallbibliothek"</a></p>
    }
}
