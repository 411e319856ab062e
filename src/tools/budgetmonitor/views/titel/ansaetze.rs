//! The Ansätze of a Haushaltsstelle (per Multiprojektplan project and Finanzierungsquelle):
//! the table with the verfügbares Soll of each, a form for a new one and for changing one
//! ("A5 bearbeiten"; its id stays, so the bookings charged to it stay charged to it). An Ansatz
//! with bookings cannot be deleted. A linked project that was deleted is shown as deleted.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::formular::{
    fehler_bei, feldbindung, mit_leerem_wert, Auswahl, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datensatz::Datensaetze;
use crate::tools::budgetmonitor::eingabe::AnsatzEntwurf;
use crate::tools::budgetmonitor::model::Ansatz;

use super::super::{betrag, projektname};
use super::editor::{Art, Editor, Editorknoepfe, Editortitel, Liste, Zeilenknoepfe};

/// Name of an Ansatz: "A5 · P-01 Portal · Stammhaushalt" (project and source if given).
pub fn ansatzname(ab: &Arbeitsbereich, a: &Ansatz) -> String {
    let projekt = a
        .projekt
        .map_or_else(|| "ohne Projekt".to_owned(), |p| projektname(ab, p));
    let quelle = ab.werkzeuge.budgetmonitor.quellenname(a.quelle);
    if quelle.is_empty() {
        format!("A{} · {projekt}", a.id)
    } else {
        format!("A{} · {projekt} · {quelle}", a.id)
    }
}

/// The projects an Ansatz of Haushaltsstelle `id` can be charged to: those of the
/// Multiprojektplan, and deleted ones its Ansätze still name (so changing such an Ansatz keeps
/// the link).
fn projektoptionen(ab: &Arbeitsbereich, id: u32) -> Vec<(String, String)> {
    let mut projekte: Vec<u32> = ab
        .werkzeuge
        .multiprojektplan
        .projekte
        .iter()
        .map(|p| p.id)
        .collect();
    for a in ab
        .werkzeuge
        .budgetmonitor
        .ansaetze
        .iter()
        .filter(|a| a.haushaltsstelle == id)
    {
        if let Some(p) = a.projekt.filter(|p| !projekte.contains(p)) {
            projekte.push(p);
        }
    }
    projekte
        .into_iter()
        .map(|p| (p.to_string(), projektname(ab, p)))
        .collect()
}

/// How Ansätze are named on the page.
const ANSATZ: Art = Art {
    form: "ansatz",
    praefix: "an",
    kuerzel: "A",
    wort: "Ansatz",
    neu: "Neuer Ansatz",
    erfassen: "Ansatz erfassen",
    fokus: "#an-ansatz",
};

/// The Ansätze of the Titel with a form to add one or change one.
#[component]
pub fn Ansaetze(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let editor = Editor::neu(&ANSATZ, id, AnsatzEntwurf::default());
    let (wert, fehler) = (editor.wert, editor.fehler);
    let optionen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else {
                return (Vec::new(), Vec::new());
            };
            let quellen = ab
                .werkzeuge
                .budgetmonitor
                .quellen
                .iter()
                .map(|q| (q.id.to_string(), q.name.clone()))
                .collect::<Vec<_>>();
            (projektoptionen(ab, id), quellen)
        })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(a) = editor.lesen(|e, bm| e.lesen(bm, id)) {
            editor.ablegen(a, AnsatzEntwurf::default(), "");
        }
    };
    let zeilen = move || {
        daten.lies(|ab| {
            let Some(ab) = ab else { return Vec::new() };
            ab.werkzeuge.budgetmonitor
                .ansaetze
                .iter()
                .filter(|a| a.haushaltsstelle == id)
                .map(|a| {
                    let aid = a.id;
                    let verwendet = ab.werkzeuge.budgetmonitor.buchungen.iter().any(|b| b.ansatz == Some(aid));
                    let loeschen = move |()| {
                        daten.aendere(&format!("Ansatz A{aid} gelöscht"), |ab| {
                            ab.werkzeuge.budgetmonitor.ansaetze.entferne_id(aid);
                        });
                    };
                    view! {
                        <tr>
                            <th scope="row">{ansatzname(ab, a)}</th>
                            <td class="zahl">{betrag(a.ansatz)}</td>
                            <td class="zahl">{betrag(a.reste)}</td>
                            <td>{if a.reste == 0 { "–" } else if a.reste_ohne_einwilligung { "nein" } else { "ja" }}</td>
                            <td class="zahl">{betrag(a.zuweisungen)}</td>
                            <td class="zahl">{betrag(a.sperren)}</td>
                            <td class="zahl">{betrag(a.soll())}</td>
                            <Zeilenknoepfe id=aid editor loeschen=Callback::new(loeschen) gesperrt=verwendet.then_some("mit Buchungen")/>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    let (projekt, projekt_s) = feldbindung!(wert.projekt);
    let (quelle, quelle_s) = feldbindung!(wert.quelle);
    let (ansatz, ansatz_s) = feldbindung!(wert.ansatz);
    let (reste, reste_s) = feldbindung!(wert.reste);
    let (einwilligung, einwilligung_s) = feldbindung!(wert.reste_einwilligung);
    let (zuw, zuw_s) = feldbindung!(wert.zuweisungen);
    let (sperren, sperren_s) = feldbindung!(wert.sperren);
    view! {
        <Liste id="ansaetze-titel" titel="Ansätze dieser Haushaltsstelle"
            spalten=&["Ansatz (Projekt, Quelle)", "Ansatz", "Ausgabereste", "Reste verfügbar (Einwilligung BMF)", "Mittelumsetzungen", "Sperren", "verf. Soll", "Aktion"]
            koerper="ansatzliste">
            {zeilen}
        </Liste>
        <Editortitel editor/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="an-titel">
            <Fehlerzusammenfassung id="an-fehler" fehler/>
            <Feldgruppe titel="Ansatzdaten">
                {move || {
                    let (projekte, quellen) = optionen.get();
                    view! {
                        <div class="formular__reihe">
                            <Auswahl id="an-projekt" beschriftung="Projekt (Multiprojektplan)" optionen=mit_leerem_wert("ohne Projekt", projekte) wert=projekt bei_eingabe=projekt_s deaktiviert/>
                            <Auswahl id="an-quelle" beschriftung="Finanzierungsquelle" optionen=mit_leerem_wert("nicht angegeben", quellen) wert=quelle bei_eingabe=quelle_s deaktiviert/>
                        </div>
                    }
                }}
                <div class="formular__reihe">
                    <Eingabe id="an-ansatz" beschriftung="Ansatz in Euro" hinweis="z. B. 250.000,00" schmal=true wert=ansatz bei_eingabe=ansatz_s fehler=fehler_bei(fehler, "an-ansatz") deaktiviert/>
                    <Eingabe id="an-reste" beschriftung="Ausgabereste in Euro" schmal=true wert=reste bei_eingabe=reste_s fehler=fehler_bei(fehler, "an-reste") deaktiviert/>
                    <Auswahl id="an-einwilligung" beschriftung="Ausgabereste verfügbar nach Einwilligung BMF (§ 45 Abs. 3 BHO)"
                        optionen=vec![("ja".to_owned(), "ja – zählen zum verfügbaren Soll".to_owned()), ("nein".to_owned(), "nein – zählen noch nicht".to_owned())]
                        wert=Signal::derive(move || { let w = einwilligung.get(); if w.is_empty() { "ja".to_owned() } else { w } }) bei_eingabe=einwilligung_s deaktiviert/>
                    <Eingabe id="an-zuweisungen" beschriftung="Mittelumsetzungen (+/−)" schmal=true wert=zuw bei_eingabe=zuw_s fehler=fehler_bei(fehler, "an-zuweisungen") deaktiviert/>
                    <Eingabe id="an-sperren" beschriftung="Sperren in Euro" schmal=true wert=sperren bei_eingabe=sperren_s fehler=fehler_bei(fehler, "an-sperren") deaktiviert/>
                </div>
            </Feldgruppe>
            <Editorknoepfe editor/>
        </form>
    }
}
