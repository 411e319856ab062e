//! Measures: the data table of all measures (or of one goal) with the overdue flag in words,
//! and the form for a new measure or, after "Bearbeiten", for changing one. On the goal's page
//! the goal is fixed and the form only adds.

use crate::shared::datensatz::Datensaetze;
use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::formular::{
    feldbindung, mit_leerem_wert, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung,
};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Satzformular,
};
use crate::app::tabelle::{spalte, zelltext, Datentabelle, Spalte, Spaltenart, Zeilenaktionen};
use crate::shared::datum::Datum;
use crate::shared::text::{anzahl, datum_lesen, Feldfehler};
use crate::shared::vokabular::Handlungsfeld;
use crate::tools::verankerung::calc;
use crate::tools::verankerung::model::ist_offen;
use crate::tools::verankerung::model::{Massnahme, Massnahmenstatus};
use crate::tools::verankerung::SLUG;

use super::ziel_href;
use crate::app::components::{Knopf, Knopfart};

/// The form's fields as typed; `id` is the measure being edited (0: a new one).
#[derive(Clone, Debug, PartialEq)]
struct Entwurf {
    id: u32,
    ziel: String,
    titel: String,
    verantwortlich: String,
    termin: String,
    status: String,
    handlungsfeld: String,
}

impl Entwurf {
    fn neu(ziel: Option<u32>) -> Self {
        Entwurf {
            id: 0,
            ziel: ziel.map(|z| z.to_string()).unwrap_or_default(),
            titel: String::new(),
            verantwortlich: String::new(),
            termin: String::new(),
            status: Massnahmenstatus::Geplant.name().to_owned(),
            handlungsfeld: String::new(),
        }
    }

    fn aus(m: &Massnahme) -> Self {
        Entwurf {
            id: m.id,
            ziel: m.ziel.to_string(),
            titel: m.titel.clone(),
            verantwortlich: m.verantwortlich.clone(),
            termin: m.termin.map(Datum::deutsch).unwrap_or_default(),
            status: m.status.name().to_owned(),
            handlungsfeld: m
                .handlungsfeld
                .map(|h| h.name().to_owned())
                .unwrap_or_default(),
        }
    }
}

/// One row of the table.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    titel: String,
    ziel: u32,
    zieltitel: String,
    verantwortlich: String,
    termin: String,
    status: Massnahmenstatus,
    ueberfaellig: Option<i64>,
    handlungsfeld: &'static str,
}

/// "⚠ überfällig seit 12 Tagen": sign and words, never colour alone.
fn ueberfaellig_text(tage: Option<i64>) -> AnyView {
    match tage {
        Some(t) => view! { <strong class="vk-ueberfaellig">{format!("⚠ überfällig seit {}", anzahl(t as usize, "Tag", "Tagen"))}</strong> }.into_any(),
        None => zelltext("–"),
    }
}

static SPALTEN: &[Spalte<Zeile>] = &[
    spalte("ziel", "Verankerungsziel", Spaltenart::Lang, true, |z| {
        view! { <a class="kern-link" href=ziel_href(z.ziel)>{z.zieltitel.clone()}</a> }.into_any()
    }),
    spalte(
        "verantwortlich",
        "Verantwortlich",
        Spaltenart::Text,
        true,
        |z| zelltext(&z.verantwortlich),
    ),
    spalte("termin", "Termin", Spaltenart::Kurz, true, |z| {
        zelltext(&z.termin)
    }),
    spalte("status", "Status", Spaltenart::Kurz, true, |z| {
        zelltext(z.status.name())
    }),
    spalte(
        "ueberfaellig",
        "Überfällig",
        Spaltenart::Kurz,
        true,
        |z| ueberfaellig_text(z.ueberfaellig),
    ),
    spalte(
        "handlungsfeld",
        "Handlungsfeld",
        Spaltenart::Text,
        false,
        |z| zelltext(z.handlungsfeld),
    ),
];

const KOPF: Spalte<Zeile> = spalte("titel", "Maßnahme", Spaltenart::Lang, true, |z| {
    zelltext(&z.titel)
});

/// The row's actions: edit (where the page has the form for it), mark done, delete.
fn aktionen(z: &Zeile) -> AnyView {
    let daten = expect_context::<Daten>();
    let formular = use_context::<Satzformular<Entwurf>>();
    let id = z.id;
    let offen = ist_offen(z.status);
    let erledigt = move |_| {
        daten.aendere("Maßnahme erledigt", |ab| {
            if let Some(m) = ab.werkzeuge.verankerung.massnahmen.mit_id_mut(id) {
                m.status = Massnahmenstatus::Erledigt;
            }
        });
        daten.ansagen("Maßnahme als erledigt markiert.");
    };
    let loeschen = move |_| {
        daten.aendere("Maßnahme gelöscht", |ab| {
            ab.werkzeuge.verankerung.entferne_massnahme(id)
        });
        daten.ansagen("Maßnahme gelöscht.");
    };
    view! {
        {formular.map(|f| view! {
            <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar()
                bei_klick=move |_| if f.bearbeiten(id) { browser::fokussiere("#vk-m-titel"); }>
                "Bearbeiten"
            </Knopf>
        })}
        {offen.then(|| view! {
            <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar() bei_klick=erledigt>
                "Als erledigt markieren"
            </Knopf>
        })}
        <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar() bei_klick=loeschen>"Löschen"</Knopf>
    }
    .into_any()
}

const AKTIONEN: Zeilenaktionen<Zeile> = Zeilenaktionen {
    name: |z| z.titel.clone(),
    inhalt: aktionen,
};

/// The measures as a data table: all of them, or those of goal `ziel`.
#[component]
pub fn Massnahmentabelle(
    /// Only the measures of this goal.
    #[prop(optional)]
    ziel: Option<u32>,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.verankerung;
        let heute = browser::heute();
        calc::massnahmen_sortiert(plan)
            .into_iter()
            .filter(|m| ziel.is_none_or(|z| m.ziel == z))
            .map(|m| Zeile {
                id: m.id,
                titel: m.titel.clone(),
                ziel: m.ziel,
                zieltitel: plan
                    .ziel(m.ziel)
                    .map(|z| z.titel.clone())
                    .unwrap_or_default(),
                verantwortlich: m.verantwortlich.clone(),
                termin: m
                    .termin
                    .map(Datum::deutsch)
                    .unwrap_or_else(|| "–".to_owned()),
                status: m.status,
                ueberfaellig: calc::ueberfaellig(m, heute),
                handlungsfeld: m.handlungsfeld.map_or("–", Handlungsfeld::name),
            })
            .collect::<Vec<_>>()
    });
    let id = if ziel.is_some() {
        "vk-ziel-massnahmen"
    } else {
        "vk-massnahmen"
    };
    let titel = Signal::derive(move || {
        let (n, ueber) = zeilen.with(|z| {
            (
                z.len(),
                z.iter().filter(|x| x.ueberfaellig.is_some()).count(),
            )
        });
        format!(
            "{}, davon {} überfällig",
            anzahl(n, "Maßnahme", "Maßnahmen"),
            ueber
        )
    });
    move || {
        if zeilen.with(Vec::is_empty) {
            view! { <p class="kern-body">"Noch keine Maßnahme geplant."</p> }.into_any()
        } else {
            view! { <Datentabelle id titel kopf=KOPF spalten=SPALTEN zeilen aktionen=AKTIONEN/> }
                .into_any()
        }
    }
}

/// The measures page: the table and the form.
#[component]
pub fn Massnahmen() -> impl IntoView {
    let formular = neues_formular(None);
    provide_context(formular);
    view! {
        <Massnahmentabelle/>
        <Massnahmenformular formular ziel=None/>
    }
}

fn neues_formular(ziel: Option<u32>) -> Satzformular<Entwurf> {
    Satzformular::neu(
        entwurfsschluessel(SLUG, "massnahme", ziel.unwrap_or(0)),
        move |_| Entwurf::neu(ziel),
        |ab, id| {
            ab.werkzeuge
                .verankerung
                .massnahmen
                .mit_id(id)
                .map(Entwurf::aus)
        },
        |e| e.id,
    )
}

/// The form for a new measure of goal `ziel` (on the goal's page).
#[component]
pub fn NeueMassnahme(ziel: u32) -> impl IntoView {
    view! { <Massnahmenformular formular=neues_formular(Some(ziel)) ziel=Some(ziel)/> }
}

/// The form; with `ziel` the goal is fixed.
#[component]
fn Massnahmenformular(formular: Satzformular<Entwurf>, ziel: Option<u32>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let entwurf = formular.wert();
    let bearbeitet = move || entwurf.with(|e| e.id != 0);
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("vk-m-{feld}"));
    let ziele = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or(Vec::new(), |ab| {
                ab.werkzeuge
                    .verankerung
                    .aktive_ziele()
                    .map(|z| (z.id.to_string(), z.titel.clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let beenden = move || {
        formular.leeren();
        super::formular_beenden(fehler);
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut liste = Vec::new();
        let termin = datum_lesen(&mut liste, "termin", "Termin", &e.termin, false);
        let m = Massnahme {
            id: e.id,
            ziel: e.ziel.parse().unwrap_or(0),
            titel: e.titel.trim().to_owned(),
            verantwortlich: e.verantwortlich.trim().to_owned(),
            termin,
            status: Massnahmenstatus::aus_name(&e.status).unwrap_or_default(),
            handlungsfeld: Handlungsfeld::ALLE
                .into_iter()
                .find(|h| h.name() == e.handlungsfeld),
        };
        liste.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.verankerung.pruefe_massnahme(&m))
                .unwrap_or_default()
        }));
        if !fehler_melden(fehler, "vk-m-", liste) {
            return;
        }
        let t = m.titel.clone();
        let wort = if e.id != 0 { "geändert" } else { "angelegt" };
        daten.aendere(&format!("Maßnahme „{t}“ {wort}"), |ab| {
            ab.werkzeuge.verankerung.speichere_massnahme(m);
        });
        daten.ansagen(format!("Maßnahme „{t}“ {wort}."));
        beenden();
    };
    let (z, z_setzen) = feldbindung!(entwurf.ziel);
    let (titel, titel_setzen) = feldbindung!(entwurf.titel);
    let (verantwortlich, verantwortlich_setzen) = feldbindung!(entwurf.verantwortlich);
    let (termin, termin_setzen) = feldbindung!(entwurf.termin);
    let (status, status_setzen) = feldbindung!(entwurf.status);
    let (feld, feld_setzen) = feldbindung!(entwurf.handlungsfeld);
    let namen = |liste: Vec<&'static str>| {
        liste
            .into_iter()
            .map(|n| (n.to_owned(), n.to_owned()))
            .collect::<Vec<_>>()
    };
    let statusoptionen = namen(Massnahmenstatus::ALLE.iter().map(|s| s.name()).collect());
    let felder = mit_leerem_wert(
        "nicht festgelegt",
        namen(Handlungsfeld::ALLE.iter().map(|h| h.name()).collect()),
    );
    view! {
        <h2 class="kern-heading-medium" id="vk-m-formular-titel">
            {move || if bearbeitet() { "Maßnahme bearbeiten" } else { "Neue Maßnahme" }}
        </h2>
        <Fehlerzusammenfassung id="vk-m-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="vk-m-formular-titel">
            {ziel.is_none().then(|| view! {
                {move || view! {
                    <Auswahl id="vk-m-ziel" beschriftung="Verankerungsziel" pflicht=true
                        optionen=mit_leerem_wert("bitte wählen", ziele.get()) wert=z bei_eingabe=z_setzen fehler=fehler_bei("ziel") deaktiviert/>
                }}
            })}
            <Eingabe id="vk-m-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=titel_setzen fehler=fehler_bei("titel") deaktiviert/>
            <div class="formular__reihe">
                <Eingabe id="vk-m-verantwortlich" beschriftung="Verantwortlich" wert=verantwortlich bei_eingabe=verantwortlich_setzen fehler=fehler_bei("verantwortlich") deaktiviert/>
                <Datumseingabe id="vk-m-termin" beschriftung="Termin" wert=termin bei_eingabe=termin_setzen fehler=fehler_bei("termin") deaktiviert/>
            </div>
            <div class="formular__reihe">
                <Auswahl id="vk-m-status" beschriftung="Status" pflicht=true optionen=statusoptionen wert=status bei_eingabe=status_setzen deaktiviert/>
                <Auswahl id="vk-m-handlungsfeld" beschriftung="Handlungsfeld" optionen=felder wert=feld bei_eingabe=feld_setzen deaktiviert/>
            </div>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="vk-m-speichern" deaktiviert=deaktiviert>
                    {move || if bearbeitet() { "Änderungen speichern" } else { "Maßnahme anlegen" }}
                </Knopf>
                <Knopf id="vk-m-abbrechen" bei_klick=move |_| beenden()>"Abbrechen"</Knopf>
            </div>
        </form>
    }
}
