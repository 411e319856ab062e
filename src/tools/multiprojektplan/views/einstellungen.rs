//! Settings of the Multiprojektplan: the reporting date (Berichtsstichtag), the thresholds of
//! the suggested Termin-Ampel and the catalogue of weighted prioritisation criteria. All three
//! are agreed per organisation, so they are data the user edits, saved as one undoable step.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{
    feldbindung, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datum::Datum;
use crate::shared::text::Pruefliste;
use crate::shared::text::{datum_lesen, zahl_lesen};
use crate::tools::multiprojektplan::model::{
    Feldfehler, Kriteriengruppe, Kriterium, Terminschwellen, MAX_KURZTEXT,
};
use crate::tools::multiprojektplan::SLUG;

use crate::app::components::{Knopf, Knopfart};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehlerliste};

#[derive(Clone, Debug, Default, PartialEq)]
struct KriteriumEntwurf {
    id: u32,
    name: String,
    gruppe: String,
    gewicht: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    stichtag: String,
    gruen_bis: String,
    gelb_bis: String,
    kriterien: Vec<KriteriumEntwurf>,
}

/// The stored settings as the form shows them.
fn laden(ab: Option<&Arbeitsbereich>) -> Entwurf {
    let Some(ab) = ab else {
        return Entwurf::default();
    };
    let plan = &ab.werkzeuge.multiprojektplan;
    Entwurf {
        stichtag: plan
            .berichtsstichtag
            .map(Datum::deutsch)
            .unwrap_or_default(),
        gruen_bis: plan.schwellen.gruen_bis_tage.to_string(),
        gelb_bis: plan.schwellen.gelb_bis_tage.to_string(),
        kriterien: plan
            .kriterien
            .iter()
            .map(|k| KriteriumEntwurf {
                id: k.id,
                name: k.name.clone(),
                gruppe: k.gruppe.name().to_owned(),
                gewicht: k.gewicht.to_string(),
            })
            .collect(),
    }
}

/// The settings page.
#[component]
pub fn Einstellungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let formular = Formularentwurf::neu(entwurfsschluessel(SLUG, "einstellungen", 0), move || {
        daten.lies(laden)
    });
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let meldung = RwSignal::new(None::<String>);

    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let stichtag = datum_lesen(
            &mut probleme,
            "einst-stichtag",
            "Berichtsstichtag",
            &e.stichtag,
            false,
        );
        let mut tage = |feld: &str, name: &str, text: &str| {
            let meldung = format!("{name}: eine ganze Zahl von 0 bis 3650 Tagen.");
            zahl_lesen(&mut probleme, feld, &meldung, text, 0..=3650, true)
        };
        let gruen = tage("einst-gruen", "Grün bis", &e.gruen_bis);
        let gelb = tage("einst-gelb", "Gelb bis", &e.gelb_bis);
        if let (Some(g), Some(y)) = (gruen, gelb) {
            probleme.wenn(
                y < g,
                "einst-gelb",
                "Gelb bis muss mindestens so groß sein wie Grün bis.",
            );
        }
        let mut kriterien = Vec::new();
        for (i, k) in e.kriterien.iter().enumerate() {
            let nr = i + 1;
            probleme.wenn(
                k.name.trim().is_empty() || k.name.chars().count() > MAX_KURZTEXT,
                &format!("krit-{i}-name"),
                format!("Kriterium {nr}: Name fehlt oder ist länger als {MAX_KURZTEXT} Zeichen."),
            );
            let gewicht = zahl_lesen(
                &mut probleme,
                &format!("krit-{i}-gewicht"),
                &format!("Kriterium {nr}: Gewicht ist eine ganze Zahl von 0 bis 100."),
                &k.gewicht,
                0..=100,
                true,
            );
            kriterien.push(Kriterium {
                id: k.id,
                name: k.name.trim().to_owned(),
                gruppe: Kriteriengruppe::ALLE
                    .iter()
                    .copied()
                    .find(|g| g.name() == k.gruppe)
                    .unwrap_or(Kriteriengruppe::Nutzen),
                gewicht: gewicht.unwrap_or(0),
            });
        }
        if !probleme.is_empty() {
            fehler.set(probleme);
            return;
        }
        fehler.set(Vec::new());
        daten.aendere("Einstellungen des Multiprojektplans geändert", |ab| {
            let plan = &mut ab.werkzeuge.multiprojektplan;
            plan.berichtsstichtag = stichtag;
            plan.schwellen = Terminschwellen {
                gruen_bis_tage: gruen.unwrap_or(0),
                gelb_bis_tage: gelb.unwrap_or(30),
            };
            // New criteria get ids above every id in use; ratings of removed criteria go.
            let mut naechste = plan
                .kriterien
                .iter()
                .chain(kriterien.iter())
                .map(|k| k.id)
                .max()
                .unwrap_or(0)
                + 1;
            for k in &mut kriterien {
                if k.id == 0 {
                    k.id = naechste;
                    naechste += 1;
                }
            }
            let ids: Vec<u32> = kriterien.iter().map(|k| k.id).collect();
            plan.kriterien = kriterien;
            for p in &mut plan.projekte {
                p.bewertungen.retain(|k, _| ids.contains(k));
            }
        });
        formular.zuruecksetzen(daten.lies_ungetrackt(laden));
        meldung.set(Some("Einstellungen gespeichert.".to_owned()));
    };

    let summe = move || {
        entwurf.with(|e| {
            e.kriterien
                .iter()
                .filter_map(|k| k.gewicht.trim().parse::<u32>().ok())
                .sum::<u32>()
        })
    };
    let gruppen = Kriteriengruppe::ALLE
        .iter()
        .map(|g| {
            (
                g.name().to_owned(),
                format!("{} – {}", g.name(), g.bedeutung()),
            )
        })
        .collect::<Vec<_>>();

    // Only a change of the number of criteria redraws the fields (typing keeps the focus).
    let anzahl = Memo::new(move |_| entwurf.with(|e| e.kriterien.len()));
    let kriterienliste = move || {
        let anzahl = anzahl.get();
        (0..anzahl)
            .map(|i| {
                let nr = i + 1;
                let name = Signal::derive(move || entwurf.with(|e| e.kriterien.get(i).map(|k| k.name.clone()).unwrap_or_default()));
                let gruppe = Signal::derive(move || entwurf.with(|e| e.kriterien.get(i).map(|k| k.gruppe.clone()).unwrap_or_default()));
                let gewicht = Signal::derive(move || entwurf.with(|e| e.kriterien.get(i).map(|k| k.gewicht.clone()).unwrap_or_default()));
                let anzeigename = entwurf.with_untracked(|e| e.kriterien.get(i).map(|k| k.name.clone()).unwrap_or_default());
                view! {
                    <fieldset class="kern-fieldset kriterium">
                        <legend class="kern-label">{format!("Kriterium {nr}")}</legend>
                        <div class="formular__reihe">
                            <Eingabe id=format!("krit-{i}-name") beschriftung="Name" pflicht=true wert=name
                                bei_eingabe=Callback::new(move |w| entwurf.update(|e| if let Some(k) = e.kriterien.get_mut(i) { k.name = w }))
                                fehler=fehler_am(fehler, format!("krit-{i}-name")) deaktiviert/>
                            <Auswahl id=format!("krit-{i}-gruppe") beschriftung="Gruppe" optionen=gruppen.clone() wert=gruppe
                                bei_eingabe=Callback::new(move |w| entwurf.update(|e| if let Some(k) = e.kriterien.get_mut(i) { k.gruppe = w })) deaktiviert/>
                            <Eingabe id=format!("krit-{i}-gewicht") beschriftung="Gewicht (%)" pflicht=true schmal=true wert=gewicht
                                bei_eingabe=Callback::new(move |w| entwurf.update(|e| if let Some(k) = e.kriterien.get_mut(i) { k.gewicht = w }))
                                fehler=fehler_am(fehler, format!("krit-{i}-gewicht")) deaktiviert/>
                        </div>
                        <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Kriterium {nr} entfernen: {anzeigename}")
                            disabled=deaktiviert on:click=move |_| entwurf.update(|e| { if i < e.kriterien.len() { e.kriterien.remove(i); } })>
                            <span class="kern-label">"Entfernen"</span>
                        </button>
                    </fieldset>
                }
            })
            .collect_view()
    };
    let neues_kriterium = move |_| {
        entwurf.update(|e| {
            e.kriterien.push(KriteriumEntwurf {
                id: 0,
                name: String::new(),
                gruppe: Kriteriengruppe::Nutzen.name().to_owned(),
                gewicht: "10".to_owned(),
            })
        });
        let i = entwurf.with_untracked(|e| e.kriterien.len() - 1);
        request_animation_frame(move || {
            browser::fokussiere(&format!("#krit-{i}-name"));
        });
    };
    let (stichtag, stichtag_setzen) = feldbindung!(entwurf.stichtag);
    let (gruen, gruen_setzen) = feldbindung!(entwurf.gruen_bis);
    let (gelb, gelb_setzen) = feldbindung!(entwurf.gelb_bis);

    view! {
        <Fehlerzusammenfassung id="einst-fehler" fehler=fehlerliste(fehler)/>
        {move || meldung.get().map(|text| view! { <p class="kern-body meldung-erfolg" role="status">{text}</p> })}
        <form class="formular" novalidate on:submit=speichern>
            <Feldgruppe titel="Berichtsstichtag">
                <Datumseingabe id="einst-stichtag" beschriftung="Berichtsstichtag"
                    hinweis="TT.MM.JJJJ. Neue Meilenstein-Prognosen werden unter diesem Datum abgelegt; leer = jeweils heute."
                    wert=stichtag bei_eingabe=stichtag_setzen fehler=fehler_am(fehler, "einst-stichtag") deaktiviert/>
            </Feldgruppe>
            <Feldgruppe titel="Schwellen der vorgeschlagenen Termin-Ampel">
                <p class="kern-hint">"Verzug in Tagen gegenüber dem Basisplan. Bis „Grün bis“ grün, bis „Gelb bis“ gelb, darüber rot."</p>
                <div class="formular__reihe">
                    <Eingabe id="einst-gruen" beschriftung="Grün bis (Tage)" pflicht=true schmal=true wert=gruen bei_eingabe=gruen_setzen fehler=fehler_am(fehler, "einst-gruen") deaktiviert/>
                    <Eingabe id="einst-gelb" beschriftung="Gelb bis (Tage)" pflicht=true schmal=true wert=gelb bei_eingabe=gelb_setzen fehler=fehler_am(fehler, "einst-gelb") deaktiviert/>
                </div>
            </Feldgruppe>
            <Feldgruppe titel="Priorisierungskriterien">
                <p class="kern-hint">
                    "Jedes Projekt wird je Kriterium von 0 bis 3 bewertet. Prioritätswert = Summe (Gewicht × Bewertung) / Summe (Gewicht × 3). "
                    "Projekte mit Muss-Kriterium stehen unabhängig davon oben."
                </p>
                {kriterienliste}
                <p class="kern-body" role="status">{move || format!("Summe der Gewichte: {} %", summe())}</p>
                <Knopf deaktiviert=deaktiviert bei_klick=neues_kriterium>"Kriterium hinzufügen"</Knopf>
            </Feldgruppe>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="einst-speichern" deaktiviert=deaktiviert>
                    "Einstellungen speichern"
                </Knopf>
            </div>
        </form>
    }
}
