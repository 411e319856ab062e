//! Status reports of one project: a dated snapshot of its Ampeln with Sachstand, next steps,
//! deviations, risks and decisions needed. The history stays, newest first; one report per
//! project and Stichtag (saving again for the same date replaces it).

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{AmpelMarke, Aufklappformular, Bestaetigung};
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{feldbindung, Datumseingabe, Eingabe, Fehlerzusammenfassung};
use crate::shared::text::datum_lesen;
use crate::shared::text::Pruefliste;
use crate::tools::multiprojektplan::model::{
    pruefe_ampeln, Ampeldimension, Feldfehler, Statusbericht, MAX_LANGTEXT,
};
use crate::tools::multiprojektplan::SLUG;

use crate::app::components::{Knopf, Knopfart};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehlerliste};

#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    stichtag: String,
    sachstand: String,
    naechste_schritte: String,
    abweichungen: String,
    risiken: String,
    entscheidungsbedarf: String,
}

/// Status reports of `projekt`.
#[component]
pub fn Statusberichte(projekt: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let berichte = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| {
                ab.werkzeuge
                    .multiprojektplan
                    .berichte_von(projekt)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    });
    // A new report, dated at the Berichtsstichtag (or today).
    let formular = Formularentwurf::neu(entwurfsschluessel(SLUG, "bericht", projekt), move || {
        let stichtag = daten
            .lies(|ab| ab?.werkzeuge.multiprojektplan.berichtsstichtag)
            .unwrap_or_else(browser::heute);
        Entwurf {
            stichtag: stichtag.deutsch(),
            ..Entwurf::default()
        }
    });
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let loeschen = RwSignal::new(None::<(u32, String)>);
    let loeschen_offen = RwSignal::new(false);

    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let stichtag = datum_lesen(
            &mut probleme,
            "bericht-stichtag",
            "Stichtag",
            &e.stichtag,
            true,
        );
        for (feld, name, text) in [
            ("bericht-sachstand", "Sachstand", &e.sachstand),
            ("bericht-schritte", "Nächste Schritte", &e.naechste_schritte),
            ("bericht-abweichungen", "Abweichungen", &e.abweichungen),
            ("bericht-risiken", "Risiken", &e.risiken),
            (
                "bericht-entscheidung",
                "Entscheidungsbedarf",
                &e.entscheidungsbedarf,
            ),
        ] {
            probleme.wenn(
                text.chars().count() > MAX_LANGTEXT,
                feld,
                format!("{name}: höchstens {MAX_LANGTEXT} Zeichen."),
            );
        }
        let ampeln = daten.lies_ungetrackt(|ab| {
            ab.and_then(|ab| ab.werkzeuge.multiprojektplan.projekt(projekt))
                .map(|p| p.ampeln.clone())
        });
        let Some(ampeln) = ampeln else { return };
        probleme.wenn(!pruefe_ampeln(&ampeln).is_empty(), "mpp-ampel-gesamt",
                "Die Ampeln des Projekts sind unvollständig (Begründung bei gelb oder rot fehlt). Ergänzen Sie sie oben unter Projektdaten.");
        if !probleme.is_empty() {
            fehler.set(probleme);
            return;
        }
        fehler.set(Vec::new());
        let Some(stichtag) = stichtag else { return };
        daten.aendere(
            &format!("Statusbericht zum {} gespeichert", stichtag.deutsch()),
            |ab| {
                let plan = &mut ab.werkzeuge.multiprojektplan;
                let vorhanden = plan
                    .statusberichte
                    .iter()
                    .find(|b| b.projekt == projekt && b.stichtag == stichtag)
                    .map(|b| b.id)
                    .unwrap_or(0);
                plan.speichere_bericht(Statusbericht {
                    id: vorhanden,
                    projekt,
                    stichtag,
                    ampeln,
                    sachstand: e.sachstand.trim().to_owned(),
                    naechste_schritte: e.naechste_schritte.trim().to_owned(),
                    abweichungen: e.abweichungen.trim().to_owned(),
                    risiken: e.risiken.trim().to_owned(),
                    entscheidungsbedarf: e.entscheidungsbedarf.trim().to_owned(),
                });
            },
        );
        daten.ansagen(format!(
            "Statusbericht zum {} gespeichert.",
            stichtag.deutsch()
        ));
        formular.verwerfen();
    };

    let (stichtag, stichtag_setzen) = feldbindung!(entwurf.stichtag);
    let (sachstand, sachstand_setzen) = feldbindung!(entwurf.sachstand);
    let (schritte, schritte_setzen) = feldbindung!(entwurf.naechste_schritte);
    let (abweichungen, abweichungen_setzen) = feldbindung!(entwurf.abweichungen);
    let (risiken, risiken_setzen) = feldbindung!(entwurf.risiken);
    let (entscheidung, entscheidung_setzen) = feldbindung!(entwurf.entscheidungsbedarf);

    let liste = move || {
        let berichte = berichte.get();
        if berichte.is_empty() {
            return view! { <p class="kern-body">"Noch kein Statusbericht."</p> }.into_any();
        }
        berichte
            .into_iter()
            .map(|b| {
                let titel = format!("Statusbericht zum {}", b.stichtag.deutsch());
                let titel_loeschen = titel.clone();
                let id = b.id;
                let ampeln = Ampeldimension::ALLE
                    .iter()
                    .map(|&d| {
                        let bewertung = b.ampeln.von(d).clone();
                        view! {
                            <div class="kennzahlen__eintrag">
                                <dt class="kern-label">{d.name()}</dt>
                                <dd class="kern-body"><AmpelMarke ampel=bewertung.ampel/>" "{bewertung.begruendung}</dd>
                            </div>
                        }
                    })
                    .collect_view();
                let abschnitte = [
                    ("Sachstand", b.sachstand.clone()),
                    ("Nächste Schritte", b.naechste_schritte.clone()),
                    ("Abweichungen", b.abweichungen.clone()),
                    ("Risiken / Probleme", b.risiken.clone()),
                    ("Entscheidungsbedarf", b.entscheidungsbedarf.clone()),
                ]
                .into_iter()
                .filter(|(_, text)| !text.is_empty())
                .map(|(name, text)| view! { <dt class="kern-label">{name}</dt><dd class="kern-body bericht__text">{text}</dd> })
                .collect_view();
                view! {
                    <article class="bericht">
                        <h3 class="kern-heading-small">{titel}</h3>
                        <dl class="kennzahlen">{ampeln}</dl>
                        <dl class="bericht__abschnitte">{abschnitte}</dl>
                        <button type="button" class="kern-btn kern-btn--tertiary" aria-label=format!("Löschen: {titel_loeschen}")
                            disabled=deaktiviert on:click=move |_| {
                                loeschen.set(Some((id, titel_loeschen.clone())));
                                loeschen_offen.set(true);
                            }>
                            <span class="kern-label">"Löschen"</span>
                        </button>
                    </article>
                }
            })
            .collect_view()
            .into_any()
    };
    let bestaetigt = Callback::new(move |_| {
        if let Some((id, titel)) = loeschen.get_untracked() {
            daten.aendere(&format!("{titel} gelöscht"), |ab| {
                ab.werkzeuge
                    .multiprojektplan
                    .statusberichte
                    .retain(|b| b.id != id)
            });
            daten.ansagen(format!("{titel} gelöscht."));
        }
    });

    view! {
        <Aufklappformular id="bericht-formular-titel" titel="Neuen Statusbericht erfassen".to_owned() offen=Signal::derive(move || formular.geaendert())>
        <p class="kern-body">
            "Der Bericht hält die aktuellen Ampeln des Projekts mit ihren Begründungen fest. "
            "Gibt es zum selben Stichtag schon einen Bericht, wird er ersetzt."
        </p>
        <Fehlerzusammenfassung id="bericht-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate aria-labelledby="bericht-formular-titel" on:submit=speichern>
            <Datumseingabe id="bericht-stichtag" beschriftung="Stichtag" pflicht=true
                wert=stichtag bei_eingabe=stichtag_setzen fehler=fehler_am(fehler, "bericht-stichtag") deaktiviert/>
            <Eingabe id="bericht-sachstand" beschriftung="Sachstand / erreichte Ergebnisse" mehrzeilig=true
                wert=sachstand bei_eingabe=sachstand_setzen fehler=fehler_am(fehler, "bericht-sachstand") deaktiviert/>
            <Eingabe id="bericht-schritte" beschriftung="Nächste Schritte" mehrzeilig=true
                wert=schritte bei_eingabe=schritte_setzen fehler=fehler_am(fehler, "bericht-schritte") deaktiviert/>
            <Eingabe id="bericht-abweichungen" beschriftung="Abweichungen" hinweis="Termin, Kosten, Sachziel: was weicht ab, warum?" mehrzeilig=true
                wert=abweichungen bei_eingabe=abweichungen_setzen fehler=fehler_am(fehler, "bericht-abweichungen") deaktiviert/>
            <Eingabe id="bericht-risiken" beschriftung="Risiken / Probleme" mehrzeilig=true
                wert=risiken bei_eingabe=risiken_setzen fehler=fehler_am(fehler, "bericht-risiken") deaktiviert/>
            <Eingabe id="bericht-entscheidung" beschriftung="Entscheidungsbedarf" hinweis="auch vorgeschlagene Steuerungsmaßnahmen" mehrzeilig=true
                wert=entscheidung bei_eingabe=entscheidung_setzen fehler=fehler_am(fehler, "bericht-entscheidung") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="bericht-speichern" deaktiviert=deaktiviert>
                    "Statusbericht speichern"
                </Knopf>
            </div>
        </form>
        </Aufklappformular>
        <h3 class="kern-heading-small">"Bisherige Berichte"</h3>
        {liste}
        <Bestaetigung id="bericht-loeschen-dialog"
            titel=Signal::derive(move || format!("{} löschen?", loeschen.with(|l| l.as_ref().map(|l| l.1.clone()).unwrap_or_default())))
            offen=loeschen_offen bestaetigen="Löschen" gefaehrlich=true bei_bestaetigung=bestaetigt>
            <p class="kern-body">"Der Bericht wird aus der Historie entfernt."</p>
        </Bestaetigung>
    }
}
