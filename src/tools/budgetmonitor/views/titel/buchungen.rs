//! The bookings of a Haushaltsstelle: the fast entry form above the list. Amounts are typed the
//! German way ("1.234,56"); after saving, the form keeps Art, Datum, VE, Fälligkeit and Ansatz
//! and puts the cursor back into "Betrag" for the next booking. "B12 bearbeiten" in the list
//! loads a booking into the same form ("Änderungen speichern", "Abbrechen"); its id and
//! everything referring to it stay. A booking another one refers to cannot be deleted.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::formular::{
    fehler_bei, feldbindung, mit_leerem_wert, Auswahl, Datumseingabe, Eingabe,
    Fehlerzusammenfassung, Feldgruppe,
};
use crate::shared::datum::Datum;
use crate::tools::budgetmonitor::calc;
use crate::tools::budgetmonitor::eingabe::BuchungsEntwurf;
use crate::tools::budgetmonitor::model::{Buchung, Buchungsart};

use super::super::{betrag, betrag_oder_strich, lies_mit_rahmen};
use super::ansaetze::ansatzname;
use super::editor::{loeschen, Art, Editor, Editorknoepfe, Editortitel, Liste, Zeilenknoepfe};
use crate::shared::sortieren::Sortieren;

/// Label of a booking in selects: "B12 · Festlegung (Bindung) · 900.000,00 € · V-1".
fn buchungsname(b: &Buchung) -> String {
    let mut t = format!("B{} · {} · {}", b.id, b.art.name(), betrag(b.betrag));
    if !b.vertrag.is_empty() {
        t.push_str(" · ");
        t.push_str(&b.vertrag);
    }
    t
}

/// How bookings are named on the page.
const BUCHUNG: Art = Art {
    form: "buchung",
    praefix: "bu",
    kuerzel: "B",
    wort: "Buchung",
    neu: "Neue Buchung",
    erfassen: "Buchung erfassen",
    fokus: "#bu-betrag",
};

/// Form and list of the bookings of Haushaltsstelle `id`.
#[component]
pub fn Buchungen(id: u32) -> impl IntoView {
    let editor = Editor::neu(&BUCHUNG, id, BuchungsEntwurf::default());
    view! {
        <Buchungsformular id editor/>
        <Buchungsliste id editor/>
    }
}

/// The fast booking form; it changes a booking after "B12 bearbeiten".
#[component]
fn Buchungsformular(id: u32, editor: Editor<BuchungsEntwurf>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let (wert, fehler) = (editor.wert, editor.fehler);
    let optionen = Memo::new(move |_| {
        daten.lies(|ab| {
            let Some(ab) = ab else {
                return (Vec::new(), Vec::new(), Vec::new());
            };
            let bm = &ab.werkzeuge.budgetmonitor;
            let bezuege: Vec<(String, String)> = bm
                .buchungen
                .iter()
                .filter(|b| b.haushaltsstelle == id && b.art != Buchungsart::Storno)
                .map(|b| (b.id.to_string(), buchungsname(b)))
                .collect();
            let ves: Vec<(String, String)> = bm
                .ves
                .iter()
                .filter(|v| v.haushaltsstelle == id)
                .map(|v| (v.id.to_string(), format!("VE{} · {}", v.id, v.bezeichnung)))
                .collect();
            let ansaetze: Vec<(String, String)> = bm
                .ansaetze
                .iter()
                .filter(|a| a.haushaltsstelle == id)
                .map(|a| (a.id.to_string(), ansatzname(ab, a)))
                .collect();
            (bezuege, ves, ansaetze)
        })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(b) = editor.lesen(|e, bm| e.lesen(bm, id)) else {
            return;
        };
        let zusatz = format!(": {} über {}", b.art.name(), betrag(b.betrag));
        let naechste = wert.with_untracked(BuchungsEntwurf::fuer_naechste);
        if editor.ablegen(b, naechste, &zusatz).is_some() {
            browser::fokussiere("#bu-betrag");
        }
    };
    let (art, art_s) = feldbindung!(wert.art);
    let (dat, dat_s) = feldbindung!(wert.datum);
    let (betr, betr_s) = feldbindung!(wert.betrag);
    let (vertrag, vertrag_s) = feldbindung!(wert.vertrag);
    let (bezug, bezug_s) = feldbindung!(wert.bezug);
    let (ve, ve_s) = feldbindung!(wert.ve);
    let (faell, faell_s) = feldbindung!(wert.faelligkeit);
    let (ansatz, ansatz_s) = feldbindung!(wert.ansatz);
    let (beleg, beleg_s) = feldbindung!(wert.beleg);
    let arten: Vec<(String, String)> = Buchungsart::ALLE
        .iter()
        .map(|a| (a.schluessel().to_owned(), a.name().to_owned()))
        .collect();
    view! {
        <Editortitel editor/>
        <form class="formular" novalidate on:submit=speichern id="buchungsformular" aria-labelledby="bu-titel">
            <Fehlerzusammenfassung id="bu-fehler" fehler/>
            <Feldgruppe titel="Buchungsdaten">
                <div class="formular__reihe">
                    <Auswahl id="bu-art" beschriftung="Art" pflicht=true optionen=arten wert=art bei_eingabe=art_s fehler=fehler_bei(fehler, "bu-art") deaktiviert/>
                    <Datumseingabe id="bu-datum" beschriftung="Datum" pflicht=true wert=dat bei_eingabe=dat_s fehler=fehler_bei(fehler, "bu-datum") deaktiviert/>
                    <Eingabe id="bu-betrag" beschriftung="Betrag in Euro" hinweis="z. B. 1.234,56 oder 1234,56 €" pflicht=true schmal=true wert=betr bei_eingabe=betr_s fehler=fehler_bei(fehler, "bu-betrag") deaktiviert/>
                </div>
                <div class="formular__reihe">
                    <Eingabe id="bu-vertrag" beschriftung="Auftrag/Vertrag" wert=vertrag bei_eingabe=vertrag_s fehler=fehler_bei(fehler, "bu-vertrag") deaktiviert/>
                    <Eingabe id="bu-beleg" beschriftung="Kassenzeichen / Beleg" wert=beleg bei_eingabe=beleg_s fehler=fehler_bei(fehler, "bu-beleg") deaktiviert/>
                </div>
                {move || {
                    let (bezuege, ves, ansaetze) = optionen.get();
                    view! {
                        <div class="formular__reihe">
                            <Auswahl id="bu-bezug" beschriftung="Bezug (begleicht / storniert)"
                                hinweis="Zahlung auf eine Festlegung oder Vorbindung, Festlegung auf eine Vorbindung, Storno auf jede Buchung"
                                optionen=mit_leerem_wert("kein Bezug", bezuege) wert=bezug bei_eingabe=bezug_s fehler=fehler_bei(fehler, "bu-bezug") deaktiviert/>
                            <Auswahl id="bu-ansatz" beschriftung="Ansatz (Projekt, Quelle)"
                                optionen=mit_leerem_wert("nicht zugeordnet", ansaetze) wert=ansatz bei_eingabe=ansatz_s fehler=fehler_bei(fehler, "bu-ansatz") deaktiviert/>
                        </div>
                        <div class="formular__reihe">
                            <Auswahl id="bu-ve" beschriftung="Verpflichtungsermächtigung (nur bei VE-Inanspruchnahme)"
                                optionen=mit_leerem_wert("keine", ves) wert=ve bei_eingabe=ve_s fehler=fehler_bei(fehler, "bu-ve") deaktiviert/>
                            <Eingabe id="bu-faelligkeit" beschriftung="Fälligkeit (Haushaltsjahr)" hinweis="z. B. 2027" schmal=true wert=faell bei_eingabe=faell_s fehler=fehler_bei(fehler, "bu-faelligkeit") deaktiviert/>
                        </div>
                    }
                }}
            </Feldgruppe>
            <Editorknoepfe editor primaer=true/>
        </form>
    }
}

/// The bookings of the Titel, by date; "bearbeiten" loads one into the form above.
#[component]
fn Buchungsliste(id: u32, editor: Editor<BuchungsEntwurf>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let meldung = RwSignal::new(String::new());
    let zeilen = move || {
        lies_mit_rahmen(daten, |_, bm, rahmen| {
            let a = calc::Auswertung::neu(bm, rahmen.stichtag);
            let mut liste: Vec<&Buchung> = bm.buchungen.iter().filter(|b| b.haushaltsstelle == id).collect();
            liste.sortiere_nach_schluessel(|b| (b.datum, b.id));
            liste
                .into_iter()
                .map(|b| {
                    let bid = b.id;
                    let entfernen = move |()| {
                        loeschen(daten, &format!("Buchung B{bid}"), meldung, |bm| {
                            bm.entferne_buchung(bid)
                        });
                    };
                    view! {
                        <tr>
                            <th scope="row" class="budget-kurz">{format!("B{bid}")}</th>
                            <td class="budget-kurz">{b.datum.map(Datum::deutsch).unwrap_or_default()}</td>
                            <td>{b.art.name()}</td>
                            <td class="zahl">{betrag(b.betrag)}</td>
                            <td class="zahl">{betrag_oder_strich(a.wirksam.get(&bid).copied())}</td>
                            <td class="zahl">{a.offen.get(&bid).map(|w| betrag(*w)).unwrap_or_default()}</td>
                            <td class="budget-kurz">{b.bezug.map(|z| format!("B{z}")).unwrap_or_default()}</td>
                            <td>{b.vertrag.clone()}</td>
                            <td class="budget-kurz">{b.faelligkeit.map(|j| j.to_string()).unwrap_or_default()}</td>
                            <td>{b.beleg.clone()}</td>
                            <Zeilenknoepfe id=bid editor loeschen=Callback::new(entfernen)/>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    view! {
        <p class="kern-body" role="status">{move || meldung.get()}</p>
        <Liste id="buchungen-titel" titel="Buchungen dieser Haushaltsstelle (wirksam = nach Storno; offen = noch gebunden)"
            spalten=&["ID", "Datum", "Art", "Betrag", "wirksam", "offen", "Bezug", "Auftrag/Vertrag", "Fälligkeit", "Beleg", "Aktion"]
            koerper="buchungsliste">
            {zeilen}
        </Liste>
    }
}
