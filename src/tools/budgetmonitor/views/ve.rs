//! Verpflichtungsermächtigungen of the Haushaltsjahr by future year: VE-Ansatz, in Anspruch
//! genommen, VE frei and the Vorbelastung of each following year, with a total row, as a data
//! table (the first three following years and the rest in columns to choose); the
//! Inanspruchnahmen per due year against the planned Jahresbeträge, with deviations flagged;
//! and the note that unused VE lapse at year-end.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart};
use crate::tools::budgetmonitor::calc;

use super::{betrag, lies_mit_rahmen, spalte, titel_href, zahlspalte};
use crate::app::components::Abk;

/// One row: a VE, or the total (`stelle: None`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Vezeile {
    /// "VE3 Betrieb 2027" or "Summe".
    name: String,
    /// The Haushaltsstelle (id, name) of a VE row.
    stelle: Option<(u32, String)>,
    ansatz: i64,
    in_anspruch: i64,
    /// Vorbelastung in HHJ+1, +2, +3 and from +4 on.
    je_jahr: [i64; 4],
    /// Deviations from the planned Jahresbeträge ("" for the total).
    abweichung: String,
}

/// The row header: the VE with a link to its Haushaltsstelle's page, or "Summe".
fn kopfzelle(z: &Vezeile) -> AnyView {
    match &z.stelle {
        Some((id, _)) => {
            view! { <a class="kern-link" href=titel_href(*id)>{z.name.clone()}</a> }.into_any()
        }
        None => view! { <strong>{z.name.clone()}</strong> }.into_any(),
    }
}

/// The columns after the VE.
static SPALTEN: &[Spalte<Vezeile>] = &[
    spalte("stelle", "Haushaltsstelle", Spaltenart::Kurz, true, |z| {
        z.stelle
            .as_ref()
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
            .into_any()
    }),
    zahlspalte("ansatz", "VE-Ansatz", true, |z| betrag(z.ansatz).into_any()),
    zahlspalte("anspruch", "in Anspruch genommen", true, |z| {
        betrag(z.in_anspruch).into_any()
    }),
    zahlspalte("frei", "VE frei", true, |z| {
        betrag(z.ansatz - z.in_anspruch).into_any()
    }),
    zahlspalte("hhj1", "Vorbelastung HHJ+1", true, |z| {
        betrag(z.je_jahr[0]).into_any()
    }),
    zahlspalte("hhj2", "Vorbelastung HHJ+2", false, |z| {
        betrag(z.je_jahr[1]).into_any()
    }),
    zahlspalte("hhj3", "Vorbelastung HHJ+3", false, |z| {
        betrag(z.je_jahr[2]).into_any()
    }),
    zahlspalte("hhj4", "Vorbelastung ab HHJ+4", false, |z| {
        betrag(z.je_jahr[3]).into_any()
    }),
    spalte(
        "abweichung",
        "Abweichung vom Jahresbetrag",
        Spaltenart::Lang,
        true,
        |z| z.abweichung.clone().into_any(),
    ),
];

/// The VE page.
#[component]
pub fn VeUebersicht() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = Memo::new(move |_| {
        lies_mit_rahmen(daten, |_, bm, rahmen| {
            let j = rahmen.jahr;
            let mut summe = Vezeile {
                name: "Summe".to_owned(),
                stelle: None,
                ansatz: 0,
                in_anspruch: 0,
                je_jahr: [0; 4],
                abweichung: String::new(),
            };
            let mut zeilen: Vec<Vezeile> = calc::ve_zeilen(bm, rahmen)
                .into_iter()
                .map(|(v, z)| {
                    let mut je_jahr = [0; 4];
                    // Due in HHJ+1, +2, +3, or later; none falls due in the year itself.
                    for (jahr, b) in z.vorbelastung.iter().filter(|(x, _)| **x > j) {
                        je_jahr[(jahr - j).min(4) as usize - 1] += b;
                    }
                    summe.ansatz += z.ansatz;
                    summe.in_anspruch += z.in_anspruch;
                    for (s, b) in summe.je_jahr.iter_mut().zip(je_jahr) {
                        *s += b;
                    }
                    let name = bm
                        .haushaltsstelle(v.haushaltsstelle)
                        .map(|h| h.bezeichnung())
                        .unwrap_or_default();
                    Vezeile {
                        name: format!("VE{} {}", v.id, v.bezeichnung),
                        stelle: Some((v.haushaltsstelle, name)),
                        ansatz: z.ansatz,
                        in_anspruch: z.in_anspruch,
                        je_jahr,
                        abweichung: super::titel::abweichungstext(&z),
                    }
                })
                .collect();
            zeilen.push(summe);
            (j, zeilen)
        })
        .unwrap_or_default()
    });
    let jahr = move || stand.with(|(j, _)| *j);
    view! {
        <p class="kern-body">
            <Abk kurz="HHJ"/>{move || format!(" = Haushaltsjahr {}. Vorbelastung = Σ der ", jahr())}
            <Abk kurz="VE"/>"-Inanspruchnahmen, die im jeweiligen Folgejahr fällig werden "
            {move || format!("(HHJ+1 = {}).", jahr() + 1)}
            " Abweichungen von den geplanten Jahresbeträgen (Fälligkeiten der VE) stehen in der letzten Spalte."
        </p>
        <p class="kern-body">{calc::HINWEIS_VE_VERFALL}</p>
        <div id="ve-tabelle">
            <Datentabelle id="ve-uebersicht" titel="Verpflichtungsermächtigungen nach Folgejahren"
                kopf=spalte("ve", "VE", Spaltenart::Text, true, kopfzelle)
                spalten=SPALTEN zeilen=Signal::derive(move || stand.with(|(_, z)| z.clone()))/>
        </div>
    }
}
