//! The Terminkalender: the Termine of all concepts one month at a time, text first — the month
//! as a heading, each day as a sub-heading with a list of its Termine (time, module, concept,
//! place, places taken, waiting list) — and buttons for the previous and next month (plain
//! buttons, so they work by keyboard); below, every month that has Termine.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::shared::text::anzahl;
use crate::tools::trainingskonzepte::calc;

use super::{konzept_href, termin_href};

/// The page.
#[component]
pub fn Kalender() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let monat = RwSignal::new(browser::heute().monatsanfang());
    let eintraege = daten
        .ableiten(move |ab| calc::termine_im_monat(&ab.werkzeuge.trainingskonzepte, monat.get()));
    let monate = daten.ableiten(|ab| calc::monate_mit_terminen(&ab.werkzeuge.trainingskonzepte));
    let wechseln = move |n: i32| {
        monat.update(|m| *m = m.plus_monate(n));
        daten.ansagen(format!(
            "{} angezeigt.",
            calc::monatsname(monat.get_untracked())
        ));
    };
    view! {
        <div class="knopfleiste tk-monatswahl">
            <Knopf id="tk-monat-zurueck" bei_klick=move |_| wechseln(-1)>"← Vorheriger Monat"</Knopf>
            <Knopf id="tk-monat-heute" art=Knopfart::Tertiaer bei_klick=move |_| monat.set(browser::heute().monatsanfang())>"Aktueller Monat"</Knopf>
            <Knopf id="tk-monat-vor" bei_klick=move |_| wechseln(1)>"Nächster Monat →"</Knopf>
        </div>
        <h2 class="kern-heading-medium" id="tk-monat">{move || calc::monatsname(monat.get())}</h2>
        {move || {
            let l = eintraege.get();
            if l.is_empty() {
                return view! { <p class="kern-body">"In diesem Monat ist kein Termin."</p> }.into_any();
            }
            let mut tage: Vec<(crate::shared::datum::Datum, Vec<calc::Kalendereintrag>)> = Vec::new();
            for e in l {
                match tage.last_mut() {
                    Some((d, liste)) if *d == e.datum => liste.push(e),
                    _ => tage.push((e.datum, vec![e])),
                }
            }
            view! {
                <p class="kern-body">{format!("{} in diesem Monat.", anzahl(tage.iter().map(|(_, l)| l.len()).sum::<usize>(), "Termin", "Termine"))}</p>
                {tage.into_iter().map(|(d, liste)| view! {
                    <h3 class="kern-heading-small">{format!("{}, {}", calc::wochentag(d), d.deutsch())}</h3>
                    <ul class="tk-liste tk-kalendertag">
                        {liste.into_iter().map(|e| view! {
                            <li>
                                <a class="kern-link" href=termin_href(e.termin)>{format!("{}: {}", e.zeit, e.modul)}</a>
                                <span class="tk-nebentext">{format!(" – {}; Plätze belegt: {}{}", e.ort, e.plaetze, if e.warteliste > 0 { format!(", Warteliste: {}", e.warteliste) } else { String::new() })}</span>
                                <br/>
                                <span class="tk-nebentext">"Konzept: "<a class="kern-link" href=konzept_href(e.konzept)>{e.konzepttitel.clone()}</a></span>
                            </li>
                        }).collect_view()}
                    </ul>
                }).collect_view()}
            }.into_any()
        }}
        <h2 class="kern-heading-medium">"Monate mit Terminen"</h2>
        {move || {
            let m = monate.get();
            if m.is_empty() {
                return view! { <p class="kern-body">"Noch kein Termin geplant."</p> }.into_any();
            }
            view! {
                <ul class="tk-liste">
                    {m.into_iter().map(|(d, n)| view! {
                        <li>
                            <button type="button" class="kern-btn kern-btn--tertiary" on:click=move |_| {
                                monat.set(d);
                                browser::fokussiere("#tk-monat");
                            }>
                                <span class="kern-label">{format!("{}: {}", calc::monatsname(d), anzahl(n, "Termin", "Termine"))}</span>
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
