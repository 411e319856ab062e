//! The Good-Practice and Lessons-Learned catalogue: every result of every Termin, searchable
//! (title, text, tags, topic; case, accents and umlauts do not matter) and filtered by kind,
//! newest Termin first, each with its Termin and the Behörden that took part.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Auswahl, Eingabe};
use crate::shared::text::anzahl;
use crate::tools::behoerdenaustausch::calc;
use crate::tools::behoerdenaustausch::model::Ergebnisart;

use super::{namensoptionen, termin_href};

/// The page.
#[component]
pub fn Katalog() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let suche = RwSignal::new(String::new());
    let art = RwSignal::new(String::new());
    let treffer = daten.ableiten(move |ab| {
        let ba = &ab.werkzeuge.behoerdenaustausch;
        let art = Ergebnisart::aus_name(&art.get());
        let gesamt = ba.ergebnisse.len();
        let liste = calc::suche_ergebnisse(ba, &suche.get(), art)
            .into_iter()
            .map(|e| {
                let termin = ba.termin(e.termin);
                let wer: Vec<String> = calc::behoerden_von(ba, e.termin)
                    .into_iter()
                    .map(|b| ba.behoerdenname(b))
                    .collect();
                (
                    e.clone(),
                    termin
                        .map(|t| {
                            format!(
                                "{}, {}",
                                t.thema,
                                t.datum.map(|d| d.deutsch()).unwrap_or_default()
                            )
                        })
                        .unwrap_or_default(),
                    wer.join(", "),
                )
            })
            .collect::<Vec<_>>();
        (gesamt, liste)
    });
    view! {
        <div class="formular__reihe ba-filter">
            <Eingabe id="ba-k-suche" beschriftung="Suche" hinweis="In Titel, Text, Schlagworten und Thema; Groß- und Kleinschreibung und Umlaute egal"
                wert=Signal::derive(move || suche.get()) bei_eingabe=Callback::new(move |t| suche.set(t))/>
            <Auswahl id="ba-k-art" beschriftung="Art" filter=true optionen=mit_leerem_wert("alle", namensoptionen(Ergebnisart::ALLE.iter().map(|a| a.name())))
                wert=Signal::derive(move || art.get()) bei_eingabe=Callback::new(move |t| art.set(t))/>
        </div>
        <p class="kern-body" role="status" id="ba-k-anzahl">
            {move || treffer.with(|(gesamt, liste)| format!("{} von {gesamt}", anzahl(liste.len(), "Ergebnis", "Ergebnissen")))}
        </p>
        {move || {
            let (gesamt, liste) = treffer.get();
            if gesamt == 0 {
                return view! { <p class="kern-body">"Noch ist kein Ergebnis erfasst. Ergebnisse tragen Sie auf der Seite eines Termins ein."</p> }.into_any();
            }
            view! {
                <ul class="ba-katalog" id="ba-k-liste">
                    {liste.into_iter().map(|(e, termin, wer)| view! {
                        <li class="ba-katalog__eintrag">
                            <h2 class="kern-heading-small">{format!("{}: {}", e.art.name(), e.titel)}</h2>
                            {(!e.text.is_empty()).then(|| view! { <p class="kern-body">{e.text.clone()}</p> })}
                            {(!e.schlagworte.is_empty()).then(|| view! { <p class="kern-body ba-schlagworte">{format!("Schlagworte: {}", e.schlagworte.join(", "))}</p> })}
                            <p class="kern-body">"Aus: "<a class="kern-link" href=termin_href(e.termin)>{termin}</a>
                                {(!wer.is_empty()).then(|| format!(" – mit {wer}"))}</p>
                        </li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}
