//! Settings of the Budgetmonitor: the Haushaltsjahr reported on, the Berichtsstichtag, the
//! Ampel tolerances (default 5,0 % grün, 10,0 % gelb) and the catalogue of
//! Finanzierungsquellen (one per line; renaming keeps the assignment). One undoable step; the
//! input is read by [`EinstellungsEntwurf::lesen`] and survives navigation as a draft.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{
    fehler_bei, feldbindung, Datumseingabe, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::tools::budgetmonitor::eingabe::EinstellungsEntwurf;

use super::{zeige_fehler, Fehlerliste};
use crate::app::components::{Knopf, Knopfart};

/// The settings page.
#[component]
pub fn Einstellungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let gespeichert = move || {
        daten
            .lies(|ab| ab.map(|ab| EinstellungsEntwurf::aus(&ab.werkzeuge.budgetmonitor)))
            .unwrap_or_default()
    };
    let schluessel = format!(
        "budgetmonitor:einstellungen:{}",
        daten.offene_id().unwrap_or_default()
    );
    let formular = Formularentwurf::neu(schluessel, gespeichert);
    let entwurf = formular.wert;
    let fehler: Fehlerliste = RwSignal::new(Vec::new());
    let meldung = RwSignal::new(None::<String>);
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let gelesen = entwurf.with_untracked(|e| {
            daten.lies_ungetrackt(|ab| ab.map(|ab| e.lesen(&ab.werkzeuge.budgetmonitor)))
        });
        let neu = match gelesen {
            Some(Ok(neu)) => neu,
            Some(Err(liste)) => return zeige_fehler(fehler, liste),
            None => return,
        };
        zeige_fehler(fehler, Vec::new());
        daten.aendere("Einstellungen des Budgetmonitors gespeichert", |ab| {
            let bm = &mut ab.werkzeuge.budgetmonitor;
            bm.haushaltsjahr = neu.jahr;
            bm.stichtag = neu.stichtag;
            bm.toleranz_gruen = neu.gruen;
            bm.toleranz_gelb = neu.gelb;
            bm.quellen = neu.quellen;
        });
        formular.zuruecksetzen(gespeichert());
        meldung.set(Some("Einstellungen gespeichert.".to_owned()));
    };
    let (jahr, jahr_s) = feldbindung!(entwurf.jahr);
    let (stichtag, stichtag_s) = feldbindung!(entwurf.stichtag);
    let (gruen, gruen_s) = feldbindung!(entwurf.gruen);
    let (gelb, gelb_s) = feldbindung!(entwurf.gelb);
    let (quellen, quellen_s) = feldbindung!(entwurf.quellen);
    view! {
        <form class="formular" novalidate on:submit=speichern>
            <Fehlerzusammenfassung id="einst-fehler" fehler/>
            <Feldgruppe titel="Bericht">
                <Eingabe id="einst-jahr" beschriftung="Haushaltsjahr" hinweis="Leer: das Jahr des Berichtsstichtags" schmal=true wert=jahr bei_eingabe=jahr_s fehler=fehler_bei(fehler, "einst-jahr") deaktiviert/>
                <Datumseingabe id="einst-stichtag" beschriftung="Berichtsstichtag" hinweis="TT.MM.JJJJ; leer: heute. Es zählen Buchungen bis einschließlich zu diesem Tag." wert=stichtag bei_eingabe=stichtag_s fehler=fehler_bei(fehler, "einst-stichtag") deaktiviert/>
            </Feldgruppe>
            <Feldgruppe titel="Ampel der Prognose-Abweichung">
                <Eingabe id="tol-gruen" beschriftung="grün bis (Prozent)" hinweis="Betrag der Abweichung vom verfügbaren Soll, z. B. 5,0" schmal=true wert=gruen bei_eingabe=gruen_s fehler=fehler_bei(fehler, "tol-gruen") deaktiviert/>
                <Eingabe id="tol-gelb" beschriftung="gelb bis (Prozent)" hinweis="darüber rot, z. B. 10,0" schmal=true wert=gelb bei_eingabe=gelb_s fehler=fehler_bei(fehler, "tol-gelb") deaktiviert/>
            </Feldgruppe>
            <Feldgruppe titel="Finanzierungsquellen">
                <Eingabe id="einst-quellen" beschriftung="Finanzierungsquellen, eine je Zeile" mehrzeilig=true wert=quellen bei_eingabe=quellen_s fehler=fehler_bei(fehler, "einst-quellen") deaktiviert/>
            </Feldgruppe>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="einst-speichern" deaktiviert=deaktiviert>
                    "Einstellungen speichern"
                </Knopf>
            </div>
            <p class="kern-body meldung-erfolg" role="status">{move || meldung.get()}</p>
        </form>
    }
}
