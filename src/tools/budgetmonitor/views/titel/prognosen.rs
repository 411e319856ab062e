//! The year-end forecasts of a Haushaltsstelle, newest Stichtag first, with a form for a new
//! forecast (prefilled with the Berichtsstichtag and "manuell") and for changing one
//! ("P7 bearbeiten"). The figures use the last forecast on or before the Berichtsstichtag.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::formular::{
    fehler_bei, feldbindung, mit_leerem_wert, Auswahl, Datumseingabe, Eingabe,
    Fehlerzusammenfassung, Feldgruppe,
};
use crate::shared::datum::Datum;
use crate::tools::budgetmonitor::calc::Rahmen;
use crate::tools::budgetmonitor::eingabe::PrognoseEntwurf;
use crate::tools::budgetmonitor::model::{Prognose, Prognosemethode, Tendenz};

use super::super::betrag;
use super::editor::{Art, Editor, Editorknoepfe, Editortitel, Liste, Zeilenknoepfe};
use crate::shared::sortieren::Sortieren;

/// How forecasts are named on the page.
const PROGNOSE: Art = Art {
    form: "prognose",
    praefix: "pr",
    kuerzel: "P",
    wort: "Prognose",
    neu: "Neue Prognose",
    erfassen: "Prognose erfassen",
    fokus: "#pr-betrag",
};

/// The Titel's forecasts and a form for a new one or for changing one.
#[component]
pub fn Prognosen(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let vorgabe = move || {
        let stichtag = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| Rahmen::von(&ab.werkzeuge.budgetmonitor, browser::heute()).stichtag)
                .unwrap_or_else(browser::heute)
        });
        PrognoseEntwurf::vorgabe(stichtag)
    };
    let editor = Editor::neu(&PROGNOSE, id, vorgabe());
    let (wert, fehler) = (editor.wert, editor.fehler);
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = editor.lesen(|e, _| e.lesen(id)) else {
            return;
        };
        let summe = betrag(p.betrag);
        if editor.ablegen(p, vorgabe(), &format!(": {summe}")) == Some(false) {
            editor
                .meldung
                .set(format!("Prognose über {summe} erfasst."));
        }
    };
    let zeilen = move || {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            let mut liste: Vec<&Prognose> = ab.werkzeuge.budgetmonitor.prognosen.iter().filter(|p| p.haushaltsstelle == id).collect();
            liste.sortiere_nach_schluessel(|p| (std::cmp::Reverse(p.stichtag), std::cmp::Reverse(p.id)));
            liste
                .into_iter()
                .map(|p| {
                    let pid = p.id;
                    view! {
                        <tr>
                            <th scope="row" class="budget-kurz">{p.stichtag.map(Datum::deutsch).unwrap_or_default()}</th>
                            <td class="zahl">{betrag(p.betrag)}</td>
                            <td>{p.methode.name()}</td>
                            <td>{p.tendenz.name()}</td>
                            <td>{p.erlaeuterung.clone()}</td>
                            <Zeilenknoepfe id=pid editor loeschen=Callback::new(move |()| {
                                daten.aendere(&format!("Prognose P{pid} gelöscht"), |ab| ab.werkzeuge.budgetmonitor.prognosen.retain(|x| x.id != pid));
                            })/>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let (stichtag, stichtag_s) = feldbindung!(wert.stichtag);
    let (betr, betr_s) = feldbindung!(wert.betrag);
    let (methode, methode_s) = feldbindung!(wert.methode);
    let (erl, erl_s) = feldbindung!(wert.erlaeuterung);
    let (tendenz, tendenz_s) = feldbindung!(wert.tendenz);
    let optionen = |namen: &mut dyn Iterator<Item = &'static str>| {
        namen
            .map(|n| (n.to_owned(), n.to_owned()))
            .collect::<Vec<_>>()
    };
    let methoden = optionen(&mut Prognosemethode::ALLE.iter().map(|m| m.name()));
    // "Keine" is named "": the empty option.
    let tendenzen = mit_leerem_wert(
        "keine Angabe",
        optionen(&mut Tendenz::ALLE.iter().skip(1).map(|t| t.name())),
    );
    view! {
        <p class="kern-body">"Maßgeblich ist die letzte Prognose zum oder vor dem Berichtsstichtag; ohne Prognose gilt die statische Hochrechnung."</p>
        <Liste id="prognosen-titel" titel="Prognosen zum Jahresende, neueste zuerst"
            spalten=&["Stichtag", "Prognose", "Methode", "Tendenz", "Erläuterung", "Aktion"]>
            {zeilen}
        </Liste>
        <Editortitel editor/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="pr-titel">
            <Fehlerzusammenfassung id="pr-fehler" fehler/>
            <Feldgruppe titel="Prognosedaten">
                <div class="formular__reihe">
                    <Datumseingabe id="pr-stichtag" beschriftung="Stichtag" pflicht=true wert=stichtag bei_eingabe=stichtag_s fehler=fehler_bei(fehler, "pr-stichtag") deaktiviert/>
                    <Eingabe id="pr-betrag" beschriftung="Prognose Jahresende in Euro" pflicht=true schmal=true wert=betr bei_eingabe=betr_s fehler=fehler_bei(fehler, "pr-betrag") deaktiviert/>
                    <Auswahl id="pr-methode" beschriftung="Methode" optionen=methoden wert=methode bei_eingabe=methode_s deaktiviert/>
                    <Auswahl id="pr-tendenz" beschriftung="Tendenz" optionen=tendenzen wert=tendenz bei_eingabe=tendenz_s deaktiviert/>
                </div>
                <Eingabe id="pr-erlaeuterung" beschriftung="Erläuterung" mehrzeilig=true wert=erl bei_eingabe=erl_s fehler=fehler_bei(fehler, "pr-erlaeuterung") deaktiviert/>
            </Feldgruppe>
            <Editorknoepfe editor/>
        </form>
    }
}
