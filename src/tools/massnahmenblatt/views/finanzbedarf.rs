//! The Finanzbedarf of a measure: the grid Kostenart × Haushaltsjahr with totals and the note
//! where Betrieb is requested, and the form that sets one cell.

use leptos::prelude::*;

use crate::app::components::{Hinweis, HinweisArt, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{feldbindung, mit_leerem_wert, Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::format::euro;
use crate::shared::text::Feldfehler;
use crate::tools::massnahmenblatt::calc::{self, HINWEIS_BETRIEB};
use crate::tools::massnahmenblatt::model::Bedarfseingabe;

use super::kostenartoptionen;
use crate::app::components::{Knopf, Knopfart};

/// The grid of measure `massnahme`.
#[component]
pub fn Finanzplantabelle(massnahme: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let plan = daten.ableiten(move |ab| calc::finanzplan(&ab.werkzeuge.massnahmenblatt, massnahme));
    move || {
        let p = plan.get();
        if p.jahre.is_empty() {
            return view! { <p class="kern-body">"Noch kein Finanzbedarf erfasst."</p> }.into_any();
        }
        let koepfe = p.jahre.iter().map(|j| view! { <th scope="col" class="kern-table__header kern-table__header--numeric">{format!("HJ {j}")}</th> }).collect_view();
        let zeilen = p.zeilen.iter().map(|(k, werte, summe)| view! {
            <tr class="kern-table__row">
                <th scope="row" class="kern-table__header">{k.name()}</th>
                {werte.iter().map(|w| view! { <td class="kern-table__cell kern-table__cell--numeric">{if *w == 0 { "–".to_owned() } else { euro(*w) }}</td> }).collect_view()}
                <td class="kern-table__cell kern-table__cell--numeric"><strong>{euro(*summe)}</strong></td>
            </tr>
        }).collect_view();
        view! {
            <Tabelle id="mb-finanzplan-titel" titel="Finanzbedarf je Haushaltsjahr und Kostenart">
                <thead class="kern-table__head"><tr class="kern-table__row">
                    <th scope="col" class="kern-table__header">"Kostenart"</th>
                    {koepfe}
                    <th scope="col" class="kern-table__header kern-table__header--numeric">"Summe"</th>
                </tr></thead>
                <tbody class="kern-table__body">{zeilen}</tbody>
                <tfoot><tr class="kern-table__row mb-summenzeile">
                    <th scope="row" class="kern-table__header">"Summe"</th>
                    {p.spaltensummen.iter().map(|w| view! { <td class="kern-table__cell kern-table__cell--numeric">{euro(*w)}</td> }).collect_view()}
                    <td class="kern-table__cell kern-table__cell--numeric" id="mb-finanzplan-gesamt"><strong>{euro(p.gesamt)}</strong></td>
                </tr></tfoot>
            </Tabelle>
            {p.mit_betrieb.then(|| view! {
                <div class="mb-hinweis-betrieb" id="mb-hinweis-betrieb">
                    <Hinweis art=HinweisArt::Warnung titel="Hinweis zum Betrieb".to_owned()>
                        <p class="kern-body">{HINWEIS_BETRIEB}</p>
                    </Hinweis>
                </div>
            })}
        }
        .into_any()
    }
}

/// Setting one cell of measure `massnahme`'s grid (an empty or zero amount removes it).
#[component]
pub fn Bedarfsformular(massnahme: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let entwurf = RwSignal::new(Bedarfseingabe::default());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let f = move |feld: &str| fehler_am(fehler, format!("mb-bedarf-{feld}"));
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match entwurf.get_untracked().lesen() {
            Err(probleme) => {
                fehler_melden(fehler, "mb-bedarf-", probleme);
            }
            Ok((jahr, kostenart, betrag)) => {
                fehler.set(Vec::new());
                daten.aendere(
                    &format!("Finanzbedarf {jahr} {} gesetzt", kostenart.name()),
                    |ab| {
                        ab.werkzeuge
                            .massnahmenblatt
                            .setze_bedarf(massnahme, jahr, kostenart, betrag);
                    },
                );
                daten.ansagen(format!(
                    "Finanzbedarf HJ {jahr}, {}: {}.",
                    kostenart.name(),
                    euro(betrag)
                ));
                entwurf.update(|e| e.betrag.clear());
            }
        }
    };
    let (jahr, jahr_s) = feldbindung!(entwurf.jahr);
    let (kostenart, kostenart_s) = feldbindung!(entwurf.kostenart);
    let (betrag, betrag_s) = feldbindung!(entwurf.betrag);
    view! {
        <Finanzplantabelle massnahme/>
        <h3 class="kern-heading-small">"Betrag je Haushaltsjahr und Kostenart setzen"</h3>
        <Fehlerzusammenfassung id="mb-bedarf-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Eingabe id="mb-bedarf-jahr" beschriftung="Haushaltsjahr" pflicht=true hinweis="z. B. 2027" schmal=true wert=jahr bei_eingabe=jahr_s fehler=f("jahr") deaktiviert/>
            <Auswahl id="mb-bedarf-kostenart" beschriftung="Kostenart" pflicht=true optionen=mit_leerem_wert("bitte wählen", kostenartoptionen())
                wert=kostenart bei_eingabe=kostenart_s fehler=f("kostenart") deaktiviert/>
            <Eingabe id="mb-bedarf-betrag" beschriftung="Betrag (€)" hinweis="Ersetzt den bisherigen Betrag; leer oder 0 entfernt ihn" schmal=true
                wert=betrag bei_eingabe=betrag_s fehler=f("betrag") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="mb-bedarf-speichern" deaktiviert=deaktiviert>
                    "Betrag setzen"
                </Knopf>
                <Knopf id="mb-bedarf-fertig" bei_klick=move |_| super::formular_beenden(fehler)>"Fertig"</Knopf>
            </div>
        </form>
    }
}
