//! The communication plan: one row per stakeholder, channel, frequency and owner with its
//! content or occasion; the table (grouped by stakeholder, delete) and the form for a new row.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::formular::{feldbindung, Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Satzformular,
};
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart, Zeilenaktionen};
use crate::shared::datensatz::Datensaetze;
use crate::tools::stakeholderanalyse::calc;
use crate::tools::stakeholderanalyse::model::{Kommunikation, Stakeholderanalyse};
use crate::tools::stakeholderanalyse::SLUG;

use super::{
    aus_analyse, bearbeitenknopf, formularzustand, id_text, katalogoptionen, loeschknopf, spalte,
    stakeholderoptionen, textzelle, verweis, verweiszelle, Speicherleiste, Verweis,
};
use crate::shared::sortieren::Sortieren;

/// The form's fields as chosen and typed; `id` is the row being edited (0: a new one).
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    stakeholder: String,
    kanal: String,
    frequenz: String,
    wer: String,
    inhalt: String,
}

impl Entwurf {
    fn aus(k: &Kommunikation) -> Self {
        Entwurf {
            id: k.id,
            stakeholder: k.stakeholder.to_string(),
            kanal: id_text(k.kanal),
            frequenz: id_text(k.frequenz),
            wer: k.verantwortlich.clone(),
            inhalt: k.inhalt.clone(),
        }
    }

    /// The row as typed (not yet checked).
    fn lesen(&self) -> Kommunikation {
        Kommunikation {
            id: self.id,
            stakeholder: self.stakeholder.parse().unwrap_or_default(),
            kanal: self.kanal.parse().ok(),
            frequenz: self.frequenz.parse().ok(),
            verantwortlich: self.wer.trim().to_owned(),
            inhalt: self.inhalt.trim().to_owned(),
        }
    }
}

/// One row of the plan.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    stakeholder: Verweis,
    kanal: String,
    frequenz: String,
    wer: String,
    inhalt: String,
}

/// The table's columns; the stakeholder is the row header.
static SPALTEN: &[Spalte<Zeile>] = &[
    spalte("kanal", "Kanal", Spaltenart::Text, true, |z| {
        textzelle(&z.kanal)
    }),
    spalte("frequenz", "Frequenz", Spaltenart::Kurz, true, |z| {
        textzelle(&z.frequenz)
    }),
    spalte(
        "verantwortlich",
        "Verantwortlich",
        Spaltenart::Text,
        true,
        |z| textzelle(&z.wer),
    ),
    spalte("inhalt", "Inhalt / Anlass", Spaltenart::Lang, true, |z| {
        textzelle(&z.inhalt)
    }),
];

/// The row's actions: edit, delete.
fn aktionen(z: &Zeile) -> AnyView {
    let id = z.id;
    let name = format!("Eintrag für „{}“", z.stakeholder.1);
    view! {
        {bearbeitenknopf::<Entwurf>(name.clone(), "sh-k", id, "#sh-k-stakeholder")}
        {loeschknopf(name, "Eintrag im Kommunikationsplan", move |a| a.kommunikation.retain(|k| k.id != id))}
    }
    .into_any()
}

/// The table's rows.
fn zeilen(a: &Stakeholderanalyse) -> Vec<Zeile> {
    let reihenfolge = |id: u32| {
        a.stakeholder
            .iter()
            .position(|s| s.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut liste: Vec<&Kommunikation> = a.kommunikation.iter().collect();
    liste.sortiere_nach_schluessel(|k| (reihenfolge(k.stakeholder), k.id));
    liste
        .into_iter()
        .map(|k| Zeile {
            id: k.id,
            stakeholder: verweis(a, k.stakeholder),
            kanal: calc::katalogname(&a.kanaele, k.kanal),
            frequenz: calc::katalogname(&a.frequenzen, k.frequenz),
            wer: k.verantwortlich.clone(),
            inhalt: k.inhalt.clone(),
        })
        .collect::<Vec<_>>()
}

/// The communication plan page.
#[component]
pub fn Kommunikationsplan() -> impl IntoView {
    let formular = Satzformular::neu(
        entwurfsschluessel(SLUG, "kommunikation", 0),
        |_| Entwurf::default(),
        |ab, id| {
            let a = &ab.werkzeuge.stakeholderanalyse;
            a.kommunikation.mit_id(id).map(Entwurf::aus)
        },
        |e| e.id,
    );
    provide_context(formular);
    let zeilen = aus_analyse(zeilen);
    view! {
        <Show when=move || zeilen.with(|z| !z.is_empty()) fallback=|| view! { <p class="kern-body">"Der Kommunikationsplan ist noch leer."</p> }>
            <Datentabelle id="sh-kommunikation" titel="Kommunikationsplan: wer, über welchen Kanal, wie oft, durch wen"
                kopf=spalte("stakeholder", "Stakeholder", Spaltenart::Text, true, |z: &Zeile| verweiszelle(&z.stakeholder))
                spalten=SPALTEN zeilen=zeilen
                aktionen=Zeilenaktionen { name: |z| format!("Eintrag für {}", z.stakeholder.1), inhalt: aktionen }/>
        </Show>
        <Formular formular/>
    }
}

/// The form for a new row or, after "Bearbeiten", for changing one.
#[component]
fn Formular(formular: Satzformular<Entwurf>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let (entwurf, bearbeitet, fehler, deaktiviert) = formularzustand(formular, |e: &Entwurf| e.id);
    let (sh_opt, kanal_opt, freq_opt) = daten
        .lies_ungetrackt(|ab| {
            ab.map(|ab| {
                let a = &ab.werkzeuge.stakeholderanalyse;
                (
                    stakeholderoptionen(a, "bitte wählen"),
                    katalogoptionen(&a.kanaele, "nicht festgelegt"),
                    katalogoptionen(&a.frequenzen, "nicht festgelegt"),
                )
            })
        })
        .unwrap_or_default();
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let k = entwurf.with_untracked(Entwurf::lesen);
        let pruefung = daten.lies_ungetrackt(|ab| {
            ab.map_or_else(Vec::new, |ab| {
                ab.werkzeuge.stakeholderanalyse.pruefe_kommunikation(&k)
            })
        });
        if !fehler_melden(fehler, "sh-k-", pruefung) {
            return;
        }
        let wort = if k.id != 0 { "geändert" } else { "angelegt" };
        daten.aendere(&format!("Eintrag im Kommunikationsplan {wort}"), |ab| {
            ab.werkzeuge.stakeholderanalyse.speichere_kommunikation(k);
        });
        daten.ansagen(format!("Eintrag im Kommunikationsplan {wort}."));
        formular.leeren();
    };
    let (stakeholder, stakeholder_setzen) = feldbindung!(entwurf.stakeholder);
    let (kanal, kanal_setzen) = feldbindung!(entwurf.kanal);
    let (frequenz, frequenz_setzen) = feldbindung!(entwurf.frequenz);
    let (wer, wer_setzen) = feldbindung!(entwurf.wer);
    let (inhalt, inhalt_setzen) = feldbindung!(entwurf.inhalt);
    view! {
        <h2 class="kern-heading-medium" id="sh-k-neu-titel">
            {move || if bearbeitet.get() { "Eintrag bearbeiten" } else { "Neuer Eintrag" }}
        </h2>
        <Fehlerzusammenfassung id="sh-k-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="sh-k-neu-titel">
            <Auswahl id="sh-k-stakeholder" beschriftung="Stakeholder" pflicht=true optionen=sh_opt wert=stakeholder
                bei_eingabe=stakeholder_setzen fehler=fehler_am(fehler, "sh-k-stakeholder") deaktiviert/>
            <Auswahl id="sh-k-kanal" beschriftung="Kanal" optionen=kanal_opt wert=kanal
                bei_eingabe=kanal_setzen deaktiviert/>
            <Auswahl id="sh-k-frequenz" beschriftung="Frequenz" optionen=freq_opt wert=frequenz
                bei_eingabe=frequenz_setzen deaktiviert/>
            <Eingabe id="sh-k-verantwortlich" beschriftung="Verantwortlich" wert=wer
                bei_eingabe=wer_setzen fehler=fehler_am(fehler, "sh-k-verantwortlich") deaktiviert/>
            <Eingabe id="sh-k-inhalt" beschriftung="Inhalt / Anlass" mehrzeilig=true wert=inhalt
                bei_eingabe=inhalt_setzen fehler=fehler_am(fehler, "sh-k-inhalt") deaktiviert/>
            <Speicherleiste praefix="sh-k" neu="Eintrag anlegen" bearbeitet
                abbrechen=Callback::new(move |_| { formular.leeren(); fehler.set(Vec::new()); })/>
        </form>
    }
}
