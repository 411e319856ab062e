//! The Verpflichtungsermächtigungen of a Haushaltsstelle: VE-Ansatz, in Anspruch genommen, frei
//! and the planned Fälligkeiten ("2027: 1.000.000,00; 2028: 500.000,00"), a form for a new VE
//! and for changing one ("VE5 bearbeiten"), and deleting one after confirmation — refused while
//! bookings draw on it, naming them.

use leptos::prelude::*;

use crate::app::components::Bestaetigung;
use crate::app::daten::Daten;
use crate::app::formular::{fehler_bei, feldbindung, Eingabe, Fehlerzusammenfassung, Feldgruppe};
use crate::tools::budgetmonitor::calc::{self, Rahmen};
use crate::tools::budgetmonitor::eingabe::VeEntwurf;
use crate::tools::budgetmonitor::model::Verpflichtungsermaechtigung;
use crate::tools::budgetmonitor::views::lies_mit_rahmen;

use super::super::betrag;
use super::editor::{loeschen, Art, Editor, Editorknoepfe, Editortitel, Liste, Zeilenknoepfe};

/// The deviations of a VE's Inanspruchnahmen from its planned Jahresbeträge, or "keine".
pub fn abweichungstext(z: &calc::VeZeile) -> String {
    let liste = z.abweichungen();
    if liste.is_empty() {
        "keine".to_owned()
    } else {
        liste
            .iter()
            .map(calc::VeAbweichung::text)
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// How VEs are named on the page.
const VE: Art = Art {
    form: "ve",
    praefix: "ve",
    kuerzel: "VE",
    wort: "VE",
    neu: "Neue Verpflichtungsermächtigung",
    erfassen: "VE erfassen",
    fokus: "#ve-bezeichnung",
};

/// The Titel's VEs, a form for a new one or for changing one, and deleting one after
/// confirmation.
#[component]
pub fn Ves(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let editor = Editor::neu(&VE, id, VeEntwurf::default());
    let (wert, fehler) = (editor.wert, editor.fehler);
    let hinweis = RwSignal::new(String::new());
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(ve) = editor.lesen(|e, _| e.lesen(id)) {
            editor.ablegen(ve, VeEntwurf::default(), "");
        }
    };
    let zu_loeschen = RwSignal::new(None::<u32>);
    let offen = RwSignal::new(false);
    let ve_name = move |vid: u32| {
        daten.lies_ungetrackt(|ab| {
            ab.and_then(|ab| {
                ab.werkzeuge
                    .budgetmonitor
                    .finde::<Verpflichtungsermaechtigung>(vid)
            })
            .map(|v| format!("VE{} „{}“", v.id, v.bezeichnung))
            .unwrap_or_else(|| format!("VE{vid}"))
        })
    };
    let bestaetigt = Callback::new(move |()| {
        let Some(vid) = zu_loeschen.get_untracked() else {
            return;
        };
        loeschen(daten, &ve_name(vid), hinweis, |bm| bm.entferne_ve(vid));
        zu_loeschen.set(None);
    });
    let fragen = move |vid: u32| {
        let pruefung = daten.lies_ungetrackt(|ab| {
            ab.map_or(Ok(()), |ab| ab.werkzeuge.budgetmonitor.ve_loeschbar(vid))
        });
        match pruefung {
            Ok(()) => {
                hinweis.set(String::new());
                zu_loeschen.set(Some(vid));
                offen.set(true);
            }
            Err(m) => hinweis.set(m),
        }
    };
    let zeilen = move || {
        lies_mit_rahmen(daten, |_, bm, rahmen| {
            let jahr = bm.haushaltsstelle(id).map_or(rahmen.jahr, |h| h.haushaltsjahr);
            calc::ve_zeilen(bm, Rahmen { jahr, ..rahmen })
                .into_iter()
                .filter(|(v, _)| v.haushaltsstelle == id)
                .map(|(v, z)| {
                    let vid = v.id;
                    view! {
                        <tr>
                            <th scope="row" class="budget-kurz">{format!("VE{} {}", v.id, v.bezeichnung)}</th>
                            <td class="zahl">{betrag(z.ansatz)}</td>
                            <td class="zahl">{betrag(z.in_anspruch)}</td>
                            <td class="zahl">{betrag(z.frei())}</td>
                            <td>{v.faelligkeiten.iter().map(|(j, b)| format!("{j}: {}", betrag(*b))).collect::<Vec<_>>().join("; ")}</td>
                            <td>{abweichungstext(&z)}</td>
                            <Zeilenknoepfe id=vid editor loeschen=Callback::new(move |()| fragen(vid))/>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let (bez, bez_s) = feldbindung!(wert.bezeichnung);
    let (ans, ans_s) = feldbindung!(wert.ansatz);
    let (faell, faell_s) = feldbindung!(wert.faelligkeiten);
    view! {
        <Liste id="ves-titel" titel="Verpflichtungsermächtigungen dieser Haushaltsstelle"
            spalten=&["VE", "VE-Ansatz", "in Anspruch genommen", "VE frei", "geplante Fälligkeiten", "Abweichung vom Jahresbetrag", "Aktion"]
            koerper="ve-liste">
            {zeilen}
        </Liste>
        <p class="kern-body">{calc::HINWEIS_VE_VERFALL}</p>
        <p class="kern-body" role="status" id="ve-hinweis">{move || hinweis.get()}</p>
        <Bestaetigung id="ve-loeschen-dialog"
            titel=Signal::derive(move || zu_loeschen.get().map(|vid| format!("{} löschen?", ve_name(vid))).unwrap_or_default())
            offen bestaetigen="Löschen" gefaehrlich=true bei_bestaetigung=bestaetigt>
            <p class="kern-body">"Die Verpflichtungsermächtigung wird gelöscht. Keine Buchung nimmt sie in Anspruch (sonst ließe sie sich nicht löschen). „Rückgängig“ stellt sie wieder her."</p>
        </Bestaetigung>
        <Editortitel editor/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="ve-titel">
            <Fehlerzusammenfassung id="ve-fehler" fehler/>
            <Feldgruppe titel="VE-Daten">
                <Eingabe id="ve-bezeichnung" beschriftung="Bezeichnung" pflicht=true wert=bez bei_eingabe=bez_s fehler=fehler_bei(fehler, "ve-bezeichnung") deaktiviert/>
                <div class="formular__reihe">
                    <Eingabe id="ve-ansatz" beschriftung="VE-Ansatz in Euro" pflicht=true schmal=true wert=ans bei_eingabe=ans_s fehler=fehler_bei(fehler, "ve-ansatz") deaktiviert/>
                    <Eingabe id="ve-faelligkeiten" beschriftung="Geplante Fälligkeiten" hinweis="Jahr: Betrag; getrennt durch Semikolon, z. B. 2027: 1.000.000,00; 2028: 500.000,00" wert=faell bei_eingabe=faell_s fehler=fehler_bei(fehler, "ve-faelligkeiten") deaktiviert/>
                </div>
            </Feldgruppe>
            <Editorknoepfe editor/>
        </form>
    }
}
