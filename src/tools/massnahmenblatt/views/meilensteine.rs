//! The Meilensteine of a measure with their tranches: the table (with the sum and the check
//! against the approved amount) and the form that adds or changes one, refusing a tranche that
//! would take the sum above the approved amount.

use leptos::prelude::*;

use crate::app::components::Tabelle;
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{feldbindung, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::app::zusammenfassung::oder_strich;
use crate::shared::format::euro;
use crate::shared::text::Feldfehler;
use crate::tools::massnahmenblatt::calc;
use crate::tools::massnahmenblatt::model::{Meilenstein, Meilensteineingabe, Meilensteinstatus};
use crate::tools::massnahmenblatt::SLUG;

use super::meilensteinstatusoptionen;
use crate::app::components::{Knopf, Knopfart};

/// The milestones of measure `massnahme`; with `bei_bearbeiten` each row offers "Bearbeiten"
/// and "Entfernen".
#[component]
pub fn Meilensteintabelle(
    massnahme: u32,
    /// Whether the rows offer editing.
    bearbeiten: bool,
    /// Loads a milestone into the form.
    #[prop(optional)]
    bei_bearbeiten: Option<Callback<Meilenstein>>,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let liste = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.massnahmenblatt;
        let zeilen: Vec<Meilenstein> = plan
            .meilensteine_von(massnahme)
            .into_iter()
            .cloned()
            .collect();
        let pruefung = plan
            .massnahme(massnahme)
            .map(|m| calc::tranchenpruefung(plan, m));
        (zeilen, plan.tranchensumme(massnahme, None), pruefung)
    });
    let entfernen = move |ms: u32| {
        daten.aendere("Meilenstein entfernt", |ab| {
            ab.werkzeuge.massnahmenblatt.entferne_meilenstein(ms)
        });
        daten.ansagen("Meilenstein entfernt.");
    };
    move || {
        let (zeilen, summe, pruefung) = liste.get();
        let pruefung = pruefung.map(|p| view! {
            <p class=if p.ist_fehler() { "kern-body mb-pruefung mb-pruefung--fehler" } else { "kern-body mb-pruefung" }>{p.text()}</p>
        });
        if zeilen.is_empty() {
            return view! { <p class="kern-body">"Noch kein Meilenstein erfasst."</p> {pruefung} }
                .into_any();
        }
        view! {
            <Tabelle id=if bearbeiten { "mb-meilensteine-bearbeiten-titel" } else { "mb-meilensteine-titel" } titel="Meilensteine mit Tranchen">
                <thead class="kern-table__head"><tr class="kern-table__row">
                    <th scope="col" class="kern-table__header">"Meilenstein"</th>
                    <th scope="col" class="kern-table__header">"Termin"</th>
                    <th scope="col" class="kern-table__header">"Liefergegenstand"</th>
                    <th scope="col" class="kern-table__header kern-table__header--numeric">"Tranche"</th>
                    <th scope="col" class="kern-table__header">"Status"</th>
                    {bearbeiten.then(|| view! { <th scope="col" class="kern-table__header">"Aktionen"</th> })}
                </tr></thead>
                <tbody class="kern-table__body">
                    {zeilen.into_iter().map(|ms| {
                        let name = ms.bezeichnung.clone();
                        let id = ms.id;
                        let laden = ms.clone();
                        view! {
                            <tr class="kern-table__row">
                                <th scope="row" class="kern-table__header">{ms.bezeichnung.clone()}</th>
                                <td class="kern-table__cell mb-nicht-umbrechen">{ms.termin.map_or("–".to_owned(), |d| d.deutsch())}</td>
                                <td class="kern-table__cell">{oder_strich(&ms.liefergegenstand)}</td>
                                <td class="kern-table__cell kern-table__cell--numeric">{euro(ms.tranche_cent)}</td>
                                <td class="kern-table__cell mb-nicht-umbrechen">{ms.status.name()}{(ms.status == Meilensteinstatus::Abgerufen).then_some(" ✓")}</td>
                                {bearbeiten.then(|| view! {
                                    <td class="kern-table__cell mb-nicht-umbrechen">
                                        <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                            on:click=move |_| if let Some(cb) = bei_bearbeiten { cb.run(laden.clone()) }>
                                            <span class="kern-label">"Bearbeiten"</span><span class="kern-sr-only">{format!(": {name}")}</span>
                                        </button>
                                        <button type="button" class="kern-btn kern-btn--tertiary" disabled=move || !daten.bearbeitbar()
                                            on:click=move |_| entfernen(id)>
                                            <span class="kern-label">"Entfernen"</span><span class="kern-sr-only">{format!(": {}", ms.bezeichnung)}</span>
                                        </button>
                                    </td>
                                })}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
                <tfoot><tr class="kern-table__row mb-summenzeile">
                    <th scope="row" class="kern-table__header">"Summe der Tranchen"</th>
                    <td class="kern-table__cell"></td>
                    <td class="kern-table__cell"></td>
                    <td class="kern-table__cell kern-table__cell--numeric" id=if bearbeiten { "mb-tranchensumme-bearbeiten" } else { "mb-tranchensumme" }><strong>{euro(summe)}</strong></td>
                    <td class="kern-table__cell"></td>
                    {bearbeiten.then(|| view! { <td class="kern-table__cell"></td> })}
                </tr></tfoot>
            </Tabelle>
            {pruefung}
        }
        .into_any()
    }
}

/// Adding or changing a milestone of measure `massnahme`.
#[component]
pub fn Meilensteinformular(massnahme: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(
        entwurfsschluessel(SLUG, "meilenstein", massnahme),
        move || Meilensteineingabe {
            status: Meilensteinstatus::Offen.name().to_owned(),
            ..Meilensteineingabe::default()
        },
    );
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let f = move |feld: &str| fehler_am(fehler, format!("mb-ms-{feld}"));
    let leeren = move || {
        formular.verwerfen();
        fehler.set(Vec::new());
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (ms, mut probleme) = entwurf.get_untracked().lesen(massnahme);
        let weitere = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.massnahmenblatt.pruefe_meilenstein(&ms))
                .unwrap_or_default()
        });
        for p in weitere {
            if !probleme.iter().any(|x| x.feld == p.feld) {
                probleme.push(p);
            }
        }
        if !fehler_melden(fehler, "mb-ms-", probleme) {
            return;
        }
        let name = ms.bezeichnung.clone();
        let wort = if ms.id == 0 {
            "hinzugefügt"
        } else {
            "geändert"
        };
        daten.aendere(&format!("Meilenstein „{name}“ {wort}"), |ab| {
            ab.werkzeuge.massnahmenblatt.speichere_meilenstein(ms);
        });
        daten.ansagen(format!("Meilenstein „{name}“ {wort}."));
        leeren();
    };
    let (bezeichnung, bezeichnung_s) = feldbindung!(entwurf.bezeichnung);
    let (termin, termin_s) = feldbindung!(entwurf.termin);
    let (liefergegenstand, liefergegenstand_s) = feldbindung!(entwurf.liefergegenstand);
    let (tranche, tranche_s) = feldbindung!(entwurf.tranche);
    let (status, status_s) = feldbindung!(entwurf.status);
    let bearbeite = Callback::new(move |ms: Meilenstein| {
        formular.zuruecksetzen(Meilensteineingabe::aus(&ms));
        fehler.set(Vec::new());
        crate::app::browser::fokussiere("#mb-ms-bezeichnung");
    });
    view! {
        <Meilensteintabelle massnahme bearbeiten=true bei_bearbeiten=bearbeite/>
        <h3 class="kern-heading-small">{move || if entwurf.with(|e| e.id == 0) { "Neuer Meilenstein" } else { "Meilenstein ändern" }}</h3>
        <Fehlerzusammenfassung id="mb-ms-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Eingabe id="mb-ms-bezeichnung" beschriftung="Bezeichnung" pflicht=true wert=bezeichnung bei_eingabe=bezeichnung_s fehler=f("bezeichnung") deaktiviert/>
            <Datumseingabe id="mb-ms-termin" beschriftung="Termin" pflicht=true wert=termin bei_eingabe=termin_s fehler=f("termin") deaktiviert/>
            <Eingabe id="mb-ms-liefergegenstand" beschriftung="Liefergegenstand" hinweis="Woran die Erfüllung gemessen wird" wert=liefergegenstand bei_eingabe=liefergegenstand_s fehler=f("liefergegenstand") deaktiviert/>
            <Eingabe id="mb-ms-tranche" beschriftung="Tranche (€)" hinweis="Wird bei Erfüllung des Meilensteins freigegeben, z. B. 150.000,00" schmal=true wert=tranche bei_eingabe=tranche_s fehler=f("tranche") deaktiviert/>
            <Auswahl id="mb-ms-status" beschriftung="Status" optionen=meilensteinstatusoptionen() wert=status bei_eingabe=status_s deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="mb-ms-speichern" deaktiviert=deaktiviert>
                    {move || if entwurf.with(|e| e.id == 0) { "Meilenstein hinzufügen" } else { "Meilenstein speichern" }}
                </Knopf>
                <button type="button" class="kern-btn kern-btn--secondary" id="mb-ms-fertig" on:click=move |_| {
                    leeren();
                    super::formular_beenden(fehler);
                }>
                    <span class="kern-label">"Fertig"</span>
                </button>
            </div>
        </form>
    }
}
