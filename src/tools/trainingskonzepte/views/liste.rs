//! The start page (the concepts as a data table: phase, status, modules, Termine, coverage of
//! the priority gaps, cost per participant), the page "Neues Trainingskonzept" and the form of
//! a concept's own fields, used there and in the sections of the concept's page.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{feldbindung, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::app::tabelle::{spalte, zelltext, Datentabelle, Spalte, Spaltenart, Zeilenaktionen};
use crate::shared::format::euro;
use crate::shared::text::{anzahl, datum_lesen, Feldfehler};
use crate::tools::trainingskonzepte::calc;
use crate::tools::trainingskonzepte::model::{Konzeptstatus, Phase, Trainingskonzept};
use crate::tools::trainingskonzepte::SLUG;

use super::{href, konzept_href, statusoptionen};

/// One row of the concepts table.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Zeile {
    id: u32,
    titel: String,
    phase: String,
    status: String,
    module: String,
    termine: String,
    abdeckung: String,
    kosten: String,
    quote: String,
    verantwortlich: String,
}

static SPALTEN: &[Spalte<Zeile>] = &[
    spalte("phase", "Phase", Spaltenart::Text, true, |z| {
        zelltext(&z.phase)
    }),
    spalte("status", "Status", Spaltenart::Kurz, true, |z| {
        zelltext(&z.status)
    }),
    spalte("module", "Module", Spaltenart::Zahl, true, |z| {
        zelltext(&z.module)
    }),
    spalte("termine", "Termine", Spaltenart::Zahl, true, |z| {
        zelltext(&z.termine)
    }),
    spalte(
        "abdeckung",
        "Abdeckung prioritärer Lücken",
        Spaltenart::Zahl,
        true,
        |z| zelltext(&z.abdeckung),
    ),
    spalte(
        "kosten",
        "Kosten je Teilnehmende",
        Spaltenart::Zahl,
        false,
        |z| zelltext(&z.kosten),
    ),
    spalte("quote", "Teilnahmequote", Spaltenart::Zahl, false, |z| {
        zelltext(&z.quote)
    }),
    spalte(
        "verantwortlich",
        "Verantwortlich",
        Spaltenart::Text,
        false,
        |z| zelltext(&z.verantwortlich),
    ),
];

fn kopfzelle(z: &Zeile) -> AnyView {
    view! { <a class="kern-link" href=konzept_href(z.id)>{z.titel.clone()}</a> }.into_any()
}

const KOPF: Spalte<Zeile> = spalte(
    "titel",
    "Trainingskonzept",
    Spaltenart::Lang,
    true,
    kopfzelle,
);

const AKTIONEN: Zeilenaktionen<Zeile> = Zeilenaktionen {
    name: |z| z.titel.clone(),
    inhalt: |z| view! { <a class="kern-link" href=konzept_href(z.id)>"Öffnen"</a> }.into_any(),
};

/// The start page (the frame shows the empty state while there is no concept).
#[component]
pub fn Uebersicht() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(move |ab| {
        let tk = &ab.werkzeuge.trainingskonzepte;
        let kr = &ab.werkzeuge.kompetenzreflexion;
        let heute = browser::heute();
        tk.konzepte
            .iter()
            .map(|k| {
                let a = calc::abdeckung(kr, k.module.iter());
                Zeile {
                    id: k.id,
                    titel: k.titel.clone(),
                    phase: format!("{} {}", k.phase.nummer(), k.phase.name()),
                    status: k.status.name().to_owned(),
                    module: k.module.len().to_string(),
                    termine: k.termine.len().to_string(),
                    abdeckung: if a.gesamt() == 0 {
                        "–".to_owned()
                    } else {
                        format!(
                            "{} ({} von {})",
                            calc::prozent_text(a.promille()),
                            a.adressiert.len(),
                            a.gesamt()
                        )
                    },
                    kosten: calc::kosten_je_teilnehmer(k).map_or("–".to_owned(), euro),
                    quote: calc::prozent_text(calc::teilnahmequote(k, heute).2),
                    verantwortlich: k.verantwortlich.clone(),
                }
            })
            .collect::<Vec<_>>()
    });
    let titel = Signal::derive(move || {
        zeilen.with(|z| anzahl(z.len(), "Trainingskonzept", "Trainingskonzepte"))
    });
    view! {
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["neu"])>
                <span class="kern-label">"Neues Trainingskonzept"</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href=href(&["kalender"])>
                <span class="kern-label">"Terminkalender"</span>
            </a>
        </div>
        <h2 class="kern-heading-medium">"Konzepte"</h2>
        <Datentabelle id="tk-konzepte" titel=titel kopf=KOPF spalten=SPALTEN zeilen=zeilen aktionen=AKTIONEN/>
    }
}

/// The page "Neues Trainingskonzept".
#[component]
pub fn NeuesKonzept() -> impl IntoView {
    view! {
        <p class="kern-body">"Legen Sie das Konzept mit Titel und Anlass an. Zielgruppen, Lernziele, Module, Termine und die Evaluation ergänzen Sie danach auf seiner Seite, Phase für Phase."</p>
        <Konzeptformular id=None teil=Teil::Neu/>
    }
}

/// Which part of a concept a form edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Teil {
    /// The short form for a new concept.
    Neu,
    /// Title, occasion, owner, status, budget, period.
    Stammdaten,
    /// The three kinds of learning objectives.
    Lernziele,
}

impl Teil {
    fn schluessel(self) -> &'static str {
        match self {
            Teil::Neu => "neu",
            Teil::Stammdaten => "stammdaten",
            Teil::Lernziele => "lernziele",
        }
    }
}

/// The form as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    titel: String,
    anlass: String,
    verantwortlich: String,
    status: String,
    budget: String,
    beginn: String,
    ende: String,
    wissen: String,
    koennen: String,
    anwenden: String,
}

impl Entwurf {
    fn aus(k: &Trainingskonzept) -> Entwurf {
        Entwurf {
            titel: k.titel.clone(),
            anlass: k.anlass.clone(),
            verantwortlich: k.verantwortlich.clone(),
            status: k.status.name().to_owned(),
            budget: k
                .budget_cent
                .map(|c| crate::shared::format::dezimal(c, 2))
                .unwrap_or_default(),
            beginn: k.beginn.map(|d| d.deutsch()).unwrap_or_default(),
            ende: k.ende.map(|d| d.deutsch()).unwrap_or_default(),
            wissen: k.ziele_wissen.clone(),
            koennen: k.ziele_koennen.clone(),
            anwenden: k.ziele_anwenden.clone(),
        }
    }

    fn lesen(&self, alt: &Trainingskonzept) -> (Trainingskonzept, Vec<Feldfehler>) {
        let mut fehler = Vec::new();
        let budget = if self.budget.trim().is_empty() {
            None
        } else {
            match crate::shared::format::euro_lesen(&self.budget) {
                Ok(c) => Some(c),
                Err(m) => {
                    fehler.push(Feldfehler::neu("budget", format!("Budget: {m}")));
                    alt.budget_cent
                }
            }
        };
        let beginn = datum_lesen(&mut fehler, "beginn", "Beginn", &self.beginn, false);
        let ende = datum_lesen(&mut fehler, "ende", "Ende", &self.ende, false);
        let k = Trainingskonzept {
            titel: self.titel.trim().to_owned(),
            anlass: self.anlass.trim().to_owned(),
            verantwortlich: self.verantwortlich.trim().to_owned(),
            status: Konzeptstatus::aus_name(&self.status).unwrap_or_default(),
            budget_cent: budget,
            beginn,
            ende,
            ziele_wissen: self.wissen.trim().to_owned(),
            ziele_koennen: self.koennen.trim().to_owned(),
            ziele_anwenden: self.anwenden.trim().to_owned(),
            ..alt.clone()
        };
        (k, fehler)
    }
}

/// A form of one part of a concept; `id: None` creates a new one.
#[component]
pub fn Konzeptformular(id: Option<u32>, teil: Teil) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(
        entwurfsschluessel(SLUG, teil.schluessel(), id.unwrap_or(0)),
        move || {
            daten.lies(|ab| {
                ab.and_then(|ab| ab.werkzeuge.trainingskonzepte.konzept(id?))
                    .map(Entwurf::aus)
                    .unwrap_or_else(|| Entwurf {
                        status: Konzeptstatus::Entwurf.name().to_owned(),
                        ..Entwurf::default()
                    })
            })
        },
    );
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let f = move |feld: &str| fehler_am(fehler, format!("tk-k-{feld}"));
    let beenden = move || {
        formular.verwerfen();
        super::formular_beenden(fehler);
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let alt: Trainingskonzept = daten
            .lies_ungetrackt(|ab| {
                ab.and_then(|ab| ab.werkzeuge.trainingskonzepte.konzept(id?).cloned())
            })
            .unwrap_or_else(|| Trainingskonzept {
                phase: Phase::Bedarfsermittlung,
                ..Trainingskonzept::default()
            });
        let (k, mut probleme) = entwurf.get_untracked().lesen(&alt);
        let weitere = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.trainingskonzepte.pruefe_konzept(&k))
                .unwrap_or_default()
        });
        for p in weitere {
            if !probleme.iter().any(|x| x.feld == p.feld) {
                probleme.push(p);
            }
        }
        if !fehler_melden(fehler, "tk-k-", probleme) {
            return;
        }
        let name = k.titel.clone();
        let wort = if id.is_some() {
            "geändert"
        } else {
            "angelegt"
        };
        let mut neu = 0;
        daten.aendere(&format!("Trainingskonzept „{name}“ {wort}"), |ab| {
            neu = ab.werkzeuge.trainingskonzepte.speichere_konzept(k);
        });
        daten.ansagen(format!("Trainingskonzept „{name}“ {wort}."));
        formular.zuruecksetzen(entwurf.get_untracked());
        beenden();
        if id.is_none() {
            browser::setze_hash(&konzept_href(neu));
        }
    };
    let (titel, titel_s) = feldbindung!(entwurf.titel);
    let (anlass, anlass_s) = feldbindung!(entwurf.anlass);
    let (verantwortlich, verantwortlich_s) = feldbindung!(entwurf.verantwortlich);
    let (status, status_s) = feldbindung!(entwurf.status);
    let (budget, budget_s) = feldbindung!(entwurf.budget);
    let (beginn, beginn_s) = feldbindung!(entwurf.beginn);
    let (ende, ende_s) = feldbindung!(entwurf.ende);
    let (wissen, wissen_s) = feldbindung!(entwurf.wissen);
    let (koennen, koennen_s) = feldbindung!(entwurf.koennen);
    let (anwenden, anwenden_s) = feldbindung!(entwurf.anwenden);
    let stammdaten = matches!(teil, Teil::Neu | Teil::Stammdaten);
    view! {
        <Fehlerzusammenfassung id="tk-k-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            {stammdaten.then(|| view! {
                <Eingabe id="tk-k-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=titel_s fehler=f("titel") deaktiviert/>
                <Eingabe id="tk-k-anlass" beschriftung="Anlass/Bedarf" mehrzeilig=true hinweis="Zum Beispiel die prioritären Lücken aus der Kompetenzreflexion"
                    wert=anlass bei_eingabe=anlass_s fehler=f("anlass") deaktiviert/>
                <Eingabe id="tk-k-verantwortlich" beschriftung="Verantwortlich" wert=verantwortlich bei_eingabe=verantwortlich_s fehler=f("verantwortlich") deaktiviert/>
            })}
            {(teil == Teil::Stammdaten).then(|| view! {
                <Auswahl id="tk-k-status" beschriftung="Status" optionen=statusoptionen() wert=status bei_eingabe=status_s deaktiviert/>
                <Eingabe id="tk-k-budget" beschriftung="Budget (€)" schmal=true hinweis="Zum Beispiel 12.000,00" wert=budget bei_eingabe=budget_s fehler=f("budget") deaktiviert/>
                <div class="formular__reihe">
                    <Datumseingabe id="tk-k-beginn" beschriftung="Zeitraum von" wert=beginn bei_eingabe=beginn_s fehler=f("beginn") deaktiviert/>
                    <Datumseingabe id="tk-k-ende" beschriftung="Zeitraum bis" wert=ende bei_eingabe=ende_s fehler=f("ende") deaktiviert/>
                </div>
            })}
            {(teil == Teil::Lernziele).then(|| view! {
                <Eingabe id="tk-k-ziele_wissen" beschriftung="Wissen" mehrzeilig=true hinweis="Was die Teilnehmenden danach wissen"
                    wert=wissen bei_eingabe=wissen_s fehler=f("ziele_wissen") deaktiviert/>
                <Eingabe id="tk-k-ziele_koennen" beschriftung="Können" mehrzeilig=true hinweis="Was sie danach können"
                    wert=koennen bei_eingabe=koennen_s fehler=f("ziele_koennen") deaktiviert/>
                <Eingabe id="tk-k-ziele_anwenden" beschriftung="Anwenden" mehrzeilig=true hinweis="Was sie im Arbeitsalltag anwenden"
                    wert=anwenden bei_eingabe=anwenden_s fehler=f("ziele_anwenden") deaktiviert/>
            })}
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="tk-k-speichern" deaktiviert>
                    {if id.is_some() { "Speichern" } else { "Trainingskonzept anlegen" }}
                </Knopf>
                {id.is_some().then(|| view! { <Knopf id="tk-k-abbrechen" bei_klick=move |_| beenden()>"Abbrechen"</Knopf> })}
                {move || formular.geaendert().then(|| view! { <span class="kern-body formular__ungespeichert">"Ungespeicherte Eingaben im Formular"</span> })}
            </div>
        </form>
    }
}
