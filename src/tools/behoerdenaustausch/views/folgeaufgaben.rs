//! Open follow-ups across all Termine, overdue first, the due date in words ("⚠ überfällig
//! seit 3 Tagen", never colour alone), with the status to change in place; then the done ones.

use crate::shared::datensatz::Datensaetze;
use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::formular::Auswahl;
use crate::app::zusammenfassung::oder_strich;
use crate::shared::text::anzahl;
use crate::tools::behoerdenaustausch::calc;
use crate::tools::behoerdenaustausch::model::Folgestatus;

use super::{namensoptionen, termin_href};

/// The page.
#[component]
pub fn Folgeaufgaben() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = daten.ableiten(|ab| {
        let ba = &ab.werkzeuge.behoerdenaustausch;
        let heute = browser::heute();
        let offen = calc::offene_folgeaufgaben(ba, heute)
            .into_iter()
            .map(|f| {
                (
                    f.id,
                    f.massnahme.clone(),
                    f.verantwortlich.clone(),
                    f.status.name(),
                    calc::faelligkeit_text(f, heute),
                    f.termin
                        .and_then(|t| ba.termintitel(t).map(|titel| (t, titel))),
                )
            })
            .collect::<Vec<_>>();
        let erledigt = ba
            .folgeaufgaben
            .iter()
            .filter(|f| f.status == Folgestatus::Erledigt)
            .count();
        (offen, erledigt)
    });
    let optionen = namensoptionen(Folgestatus::ALLE.iter().map(|s| s.name()));
    view! {
        <p class="kern-body">"Follow-ups legen Sie auf der Seite eines Termins an. Hier sehen Sie alle, die noch nicht erledigt sind."</p>
        {move || {
            let (offen, erledigt) = stand.get();
            let optionen = optionen.clone();
            let hinweis = format!("{} erledigt.", anzahl(erledigt, "Follow-up ist", "Follow-ups sind"));
            if offen.is_empty() {
                return view! { <p class="kern-body">"Kein Follow-up ist offen. "{hinweis}</p> }.into_any();
            }
            view! {
                <Tabelle id="ba-folgen-offen" titel="Offene Follow-ups" spalten=&["Maßnahme", "Verantwortlich", "Fälligkeit", "Termin", "Status"]>
                    <tbody>
                        {offen.into_iter().enumerate().map(|(i, (id, massnahme, verantwortlich, status, faellig, termin))| {
                            let ueber = faellig.starts_with('⚠');
                            let name = massnahme.clone();
                            view! {
                                <tr>
                                    <th scope="row">{massnahme}</th>
                                    <td>{oder_strich(&verantwortlich)}</td>
                                    <td>{if ueber { view! { <strong class="ba-ueberfaellig">{faellig}</strong> }.into_any() } else { faellig.into_any() }}</td>
                                    <td>{match termin {
                                        Some((t, titel)) => view! { <a class="kern-link" href=termin_href(t)>{titel}</a> }.into_any(),
                                        None => "–".into_any(),
                                    }}</td>
                                    <td>
                                        <Auswahl id=format!("ba-fu-status-{i}") beschriftung=format!("Status von „{name}“") optionen=optionen.clone()
                                            wert=Signal::derive(move || status.to_owned())
                                            bei_eingabe=Callback::new(move |w: String| {
                                                let neu = Folgestatus::aus_name(&w).unwrap_or_default();
                                                daten.aendere(&format!("Follow-up: Status „{}“", neu.name()), |ab| {
                                                    if let Some(f) = ab.werkzeuge.behoerdenaustausch.folgeaufgaben.mit_id_mut(id) {
                                                        f.status = neu;
                                                    }
                                                });
                                                daten.ansagen(format!("Status auf „{}“ gesetzt.", neu.name()));
                                            })
                                            deaktiviert=Signal::derive(move || !daten.bearbeitbar())/>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </Tabelle>
                <p class="kern-body">{hinweis}</p>
            }
            .into_any()
        }}
    }
}
