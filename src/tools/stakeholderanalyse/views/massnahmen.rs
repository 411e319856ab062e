//! Measures to engage stakeholders: the table (status changeable in place, delete) and the
//! form for a new measure linked to one or more stakeholders.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::formular::{
    feldbindung, Ankreuzfeld, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Satzformular,
};
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart, Zeilenaktionen};
use crate::shared::datensatz::Datensaetze;
use crate::shared::datum::Datum;
use crate::shared::text::{anzahl, datum_lesen};
use crate::tools::stakeholderanalyse::model::{Massnahme, Massnahmenstatus, Stakeholderanalyse};
use crate::tools::stakeholderanalyse::SLUG;

use super::{
    aus_analyse, bearbeitenknopf, formularzustand, href, loeschknopf, spalte, textzelle, verweis,
    verweiszelle, Speicherleiste, Verweis, Zeilenknopf,
};
use crate::shared::sortieren::Sortieren;

/// The form's fields as typed; `id` is the measure being edited (0: a new one).
#[derive(Clone, Debug, PartialEq)]
struct Entwurf {
    id: u32,
    titel: String,
    verantwortlich: String,
    faellig: String,
    status: String,
    gewaehlt: Vec<u32>,
}

impl Entwurf {
    fn neu() -> Self {
        Entwurf {
            id: 0,
            titel: String::new(),
            verantwortlich: String::new(),
            faellig: String::new(),
            status: Massnahmenstatus::Geplant.name().to_owned(),
            gewaehlt: Vec::new(),
        }
    }

    fn aus(m: &Massnahme) -> Self {
        Entwurf {
            id: m.id,
            titel: m.titel.clone(),
            verantwortlich: m.verantwortlich.clone(),
            faellig: m.faellig.map(Datum::deutsch).unwrap_or_default(),
            status: m.status.name().to_owned(),
            gewaehlt: m.stakeholder.clone(),
        }
    }
}

/// One row of the table.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    titel: String,
    stakeholder: Vec<Verweis>,
    verantwortlich: String,
    faellig: String,
    status: Massnahmenstatus,
}

/// The table's columns; the title is the row header.
static SPALTEN: &[Spalte<Zeile>] = &[
    spalte("stakeholder", "Stakeholder", Spaltenart::Text, true, |z| {
        z.stakeholder
            .iter()
            .map(verweiszelle)
            .collect_view()
            .into_any()
    }),
    spalte(
        "verantwortlich",
        "Verantwortlich",
        Spaltenart::Text,
        true,
        |z| textzelle(&z.verantwortlich),
    ),
    spalte("faellig", "Fällig am", Spaltenart::Kurz, true, |z| {
        textzelle(&z.faellig)
    }),
    spalte("status", "Status", Spaltenart::Kurz, true, |z| {
        z.status.name().into_any()
    }),
];

/// The row's actions: edit, set another status, delete.
fn aktionen(z: &Zeile) -> AnyView {
    let daten = expect_context::<Daten>();
    let id = z.id;
    let status = Massnahmenstatus::ALLE
        .iter()
        .copied()
        .filter(|s| *s != z.status)
        .map(|s| {
            let setzen = Callback::new(move |_| {
                daten.aendere("Status einer Maßnahme geändert", |ab| {
                    if let Some(m) = ab.werkzeuge.stakeholderanalyse.massnahmen.mit_id_mut(id) {
                        m.status = s;
                    }
                });
                daten.ansagen(format!("Status „{}“ gesetzt.", s.name()));
            });
            let text: &'static str = match s {
                Massnahmenstatus::Geplant => "Status: geplant",
                Massnahmenstatus::InArbeit => "Status: in Arbeit",
                Massnahmenstatus::Erledigt => "Status: erledigt",
                Massnahmenstatus::Verworfen => "Status: verworfen",
            };
            view! { <Zeilenknopf text name=z.titel.clone() bei_klick=setzen/> }
        })
        .collect_view();
    view! {
        {bearbeitenknopf::<Entwurf>(z.titel.clone(), "sh-m", id, "#sh-m-titel")}
        {status}
        {loeschknopf(z.titel.clone(), "Maßnahme", move |a| a.massnahmen.retain(|m| m.id != id))}
    }
    .into_any()
}

/// The table's rows.
fn zeilen(a: &Stakeholderanalyse) -> Vec<Zeile> {
    let mut liste: Vec<&Massnahme> = a.massnahmen.iter().collect();
    liste.sortiere_nach_schluessel(|m| (m.faellig.is_none(), m.faellig, m.id));
    liste
        .into_iter()
        .map(|m| Zeile {
            id: m.id,
            titel: m.titel.clone(),
            stakeholder: m.stakeholder.iter().map(|&s| verweis(a, s)).collect(),
            verantwortlich: m.verantwortlich.clone(),
            faellig: m.faellig.map(Datum::deutsch).unwrap_or_default(),
            status: m.status,
        })
        .collect::<Vec<_>>()
}

/// The measures page.
#[component]
pub fn Massnahmen() -> impl IntoView {
    let formular = Satzformular::neu(
        entwurfsschluessel(SLUG, "massnahme", 0),
        |_| Entwurf::neu(),
        |ab, id| {
            let m = ab.werkzeuge.stakeholderanalyse.massnahmen.mit_id(id);
            m.map(Entwurf::aus)
        },
        |e| e.id,
    );
    provide_context(formular);
    let zeilen = aus_analyse(zeilen);
    view! {
        <Show when=move || zeilen.with(|z| !z.is_empty()) fallback=|| view! { <p class="kern-body">"Noch keine Maßnahme erfasst."</p> }>
            <Datentabelle id="sh-massnahmen" titel=Signal::derive(move || {
                    format!("Maßnahmen, nach Fälligkeit ({})", anzahl(zeilen.with(Vec::len), "Maßnahme", "Maßnahmen"))
                })
                kopf=spalte("titel", "Titel", Spaltenart::Lang, true, |z: &Zeile| z.titel.clone().into_any())
                spalten=SPALTEN zeilen=zeilen
                aktionen=Zeilenaktionen { name: |z| z.titel.clone(), inhalt: aktionen }/>
        </Show>
        <Formular formular/>
    }
}

/// The form for a new measure or, after "Bearbeiten", for changing one.
#[component]
fn Formular(formular: Satzformular<Entwurf>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let (entwurf, bearbeitet, fehler, deaktiviert) = formularzustand(formular, |e: &Entwurf| e.id);
    let stakeholder = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or(Vec::new(), |ab| {
                ab.werkzeuge
                    .stakeholderanalyse
                    .stakeholder
                    .iter()
                    .map(|s| (s.id, s.name.clone(), s.vertraulich))
                    .collect::<Vec<_>>()
            })
        })
    });
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("sh-m-{feld}"));
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut liste = Vec::new();
        let faellig = datum_lesen(&mut liste, "faellig", "Fällig am", &e.faellig, false);
        let bemerkung = daten
            .lies_ungetrackt(|ab| {
                ab.and_then(|ab| {
                    ab.werkzeuge
                        .stakeholderanalyse
                        .massnahmen
                        .mit_id(e.id)
                        .map(|m| m.bemerkung.clone())
                })
            })
            .unwrap_or_default();
        let m = Massnahme {
            id: e.id,
            titel: e.titel.trim().to_owned(),
            verantwortlich: e.verantwortlich.trim().to_owned(),
            faellig,
            status: Massnahmenstatus::aus_name(&e.status).unwrap_or_default(),
            stakeholder: e.gewaehlt,
            bemerkung,
        };
        liste.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.stakeholderanalyse.pruefe_massnahme(&m))
                .unwrap_or_default()
        }));
        if !fehler_melden(fehler, "sh-m-", liste) {
            return;
        }
        let t = m.titel.clone();
        let wort = if e.id != 0 { "geändert" } else { "angelegt" };
        daten.aendere(&format!("Maßnahme „{t}“ {wort}"), |ab| {
            ab.werkzeuge.stakeholderanalyse.speichere_massnahme(m);
        });
        daten.ansagen(format!("Maßnahme „{t}“ {wort}."));
        formular.leeren();
    };
    let (titel, titel_setzen) = feldbindung!(entwurf.titel);
    let (verantwortlich, verantwortlich_setzen) = feldbindung!(entwurf.verantwortlich);
    let (faellig, faellig_setzen) = feldbindung!(entwurf.faellig);
    let (status, status_setzen) = feldbindung!(entwurf.status);
    let statusoptionen = Massnahmenstatus::ALLE
        .iter()
        .map(|s| (s.name().to_owned(), s.name().to_owned()))
        .collect::<Vec<_>>();
    view! {
        <h2 class="kern-heading-medium" id="sh-m-neu-titel">
            {move || if bearbeitet.get() { "Maßnahme bearbeiten" } else { "Neue Maßnahme" }}
        </h2>
        {move || if stakeholder.with(Vec::is_empty) {
            view! {
                <p class="kern-body">
                    "Legen Sie zuerst einen Stakeholder an: "
                    <a class="kern-link" href=href(&["neu"])>"Neuer Stakeholder"</a>
                </p>
            }.into_any()
        } else {
            ().into_any()
        }}
        <Fehlerzusammenfassung id="sh-m-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="sh-m-neu-titel">
            <Eingabe id="sh-m-titel" beschriftung="Titel" pflicht=true wert=titel
                bei_eingabe=titel_setzen fehler=fehler_bei("titel") deaktiviert/>
            <Eingabe id="sh-m-verantwortlich" beschriftung="Verantwortlich" wert=verantwortlich
                bei_eingabe=verantwortlich_setzen fehler=fehler_bei("verantwortlich") deaktiviert/>
            <Datumseingabe id="sh-m-faellig" beschriftung="Fällig am" wert=faellig
                bei_eingabe=faellig_setzen fehler=fehler_bei("faellig") deaktiviert/>
            <Auswahl id="sh-m-status" beschriftung="Status" optionen=statusoptionen wert=status
                bei_eingabe=status_setzen deaktiviert/>
            <Feldgruppe titel="Für Stakeholder (mindestens einen wählen)">
                <div id="sh-m-stakeholder" tabindex="-1">
                    {move || fehler_bei("stakeholder").get().map(|t| view! { <p class="kern-error" role="alert">{t}</p> })}
                    {move || stakeholder.get().into_iter().map(|(sid, name, vertraulich)| {
                        let wert = Signal::derive(move || entwurf.with(|e| e.gewaehlt.contains(&sid)));
                        let setzen = Callback::new(move |an: bool| entwurf.update(|e| {
                            e.gewaehlt.retain(|x| *x != sid);
                            if an { e.gewaehlt.push(sid); }
                        }));
                        let text = if vertraulich { format!("{name} (vertraulich)") } else { name };
                        view! { <Ankreuzfeld id=format!("sh-m-fuer-{sid}") beschriftung=text wert bei_eingabe=setzen deaktiviert/> }
                    }).collect_view()}
                </div>
            </Feldgruppe>
            <Speicherleiste praefix="sh-m" neu="Maßnahme anlegen" bearbeitet
                abbrechen=Callback::new(move |_| { formular.leeren(); fehler.set(Vec::new()); })/>
        </form>
    }
}
