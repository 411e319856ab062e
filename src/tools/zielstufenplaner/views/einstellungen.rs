//! Settings of the Zielstufenplaner: the two maturity models as the app ships them, with the
//! user's corrections. Entries our sources do not confirm show "bitte prüfen"; correcting a
//! name or text, or confirming it as it is, clears the marker. Only corrections are stored, so
//! they survive app updates (see `model`). Also the catalogue of Voraussetzungen offered in the
//! Zielstufe form.

use leptos::prelude::*;

use crate::app::daten::Daten;
use crate::app::formular::{Ankreuzfeld, Eingabe, Fehlerzusammenfassung, Feldgruppe};
use crate::tools::zielstufenplaner::model::{
    Katalog, Katalogteil, Modell, MAX_KURZTEXT, MAX_LANGTEXT,
};

use super::BittePruefen;

#[derive(Clone, Debug, PartialEq)]
struct Eintrag {
    modell: Modell,
    teil: Katalogteil,
    nr: u8,
    name: String,
    beschreibung: String,
    /// Shipped entry is unconfirmed.
    vorgabe_unbestaetigt: bool,
    /// The user has a correction for it (marker cleared).
    angepasst: bool,
    /// "Bestätigt" box for unconfirmed entries.
    bestaetigt: bool,
}

fn laden(daten: &Daten) -> (Vec<Eintrag>, String) {
    daten
        .lies_ungetrackt(|ab| {
            let plan = &ab?.werkzeuge.zielstufenplaner;
            let mut liste = Vec::new();
            for &m in Modell::ALLE {
                let vorgabe = Katalog::vorgabe(m);
                let k = plan.katalog(m);
                let angepasst = |teil: Katalogteil, nr: u8| {
                    plan.anpassungen
                        .iter()
                        .any(|a| a.modell == m && a.teil == teil && a.nr == nr)
                };
                for (s, v) in k.stufen.iter().zip(&vorgabe.stufen) {
                    let a = angepasst(Katalogteil::Stufe, s.stufe);
                    liste.push(Eintrag {
                        modell: m,
                        teil: Katalogteil::Stufe,
                        nr: s.stufe,
                        name: s.name.clone(),
                        beschreibung: s.beschreibung.clone(),
                        vorgabe_unbestaetigt: v.bitte_pruefen,
                        angepasst: a,
                        bestaetigt: a,
                    });
                }
                for (kr, v) in k.kriterien.iter().zip(&vorgabe.kriterien) {
                    let a = angepasst(Katalogteil::Kriterium, kr.nr);
                    liste.push(Eintrag {
                        modell: m,
                        teil: Katalogteil::Kriterium,
                        nr: kr.nr,
                        name: kr.name.clone(),
                        beschreibung: kr.beschreibung.clone(),
                        vorgabe_unbestaetigt: v.bitte_pruefen,
                        angepasst: a,
                        bestaetigt: a,
                    });
                }
            }
            Some((liste, plan.voraussetzungskatalog.join("\n")))
        })
        .unwrap_or_default()
}

/// The settings page.
#[component]
pub fn Einstellungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let (eintraege, voraussetzungen) = laden(&daten);
    let entwurf = RwSignal::new(eintraege);
    let vor = RwSignal::new(voraussetzungen);
    let fehler = RwSignal::new(Vec::<(String, String)>::new());
    let meldung = RwSignal::new(None::<String>);
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let feld = |e: &Eintrag, was: &str| {
        format!(
            "zsp-kat-{}-{}-{}-{was}",
            e.modell.schluessel(),
            match e.teil {
                Katalogteil::Stufe => "s",
                Katalogteil::Kriterium => "k",
            },
            e.nr
        )
    };

    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let liste = entwurf.get_untracked();
        let mut probleme = Vec::new();
        for e in &liste {
            if e.name.trim().is_empty() || e.name.chars().count() > MAX_KURZTEXT {
                probleme.push((
                    feld(e, "name"),
                    format!(
                        "{} {}: Name fehlt oder ist länger als {MAX_KURZTEXT} Zeichen.",
                        e.modell.kurz(),
                        bezeichnung(e)
                    ),
                ));
            }
            if e.beschreibung.chars().count() > MAX_LANGTEXT {
                probleme.push((
                    feld(e, "text"),
                    format!(
                        "{} {}: Beschreibung höchstens {MAX_LANGTEXT} Zeichen.",
                        e.modell.kurz(),
                        bezeichnung(e)
                    ),
                ));
            }
        }
        let katalog: Vec<String> = vor
            .get_untracked()
            .lines()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        if katalog.iter().any(|v| v.chars().count() > MAX_KURZTEXT) {
            probleme.push((
                "zsp-kat-voraussetzungen".to_owned(),
                format!("Voraussetzungen: je Zeile höchstens {MAX_KURZTEXT} Zeichen."),
            ));
        }
        if !probleme.is_empty() {
            fehler.set(probleme);
            return;
        }
        fehler.set(Vec::new());
        daten.aendere("Kataloge des Zielstufenplaners geändert", |ab| {
            let plan = &mut ab.werkzeuge.zielstufenplaner;
            for e in &liste {
                let vorgabe = Katalog::vorgabe(e.modell);
                let (vname, vtext) = match e.teil {
                    Katalogteil::Stufe => vorgabe
                        .stufen
                        .iter()
                        .find(|s| s.stufe == e.nr)
                        .map(|s| (s.name.clone(), s.beschreibung.clone())),
                    Katalogteil::Kriterium => vorgabe
                        .kriterien
                        .iter()
                        .find(|k| k.nr == e.nr)
                        .map(|k| (k.name.clone(), k.beschreibung.clone())),
                }
                .unwrap_or_default();
                let geaendert = e.name.trim() != vname || e.beschreibung.trim() != vtext;
                if geaendert || (e.vorgabe_unbestaetigt && e.bestaetigt) {
                    plan.passe_an(e.modell, e.teil, e.nr, &e.name, &e.beschreibung);
                } else {
                    plan.passe_an(e.modell, e.teil, e.nr, "", "");
                }
            }
            plan.voraussetzungskatalog = katalog;
        });
        let (neu, vneu) = laden(&daten);
        entwurf.set(neu);
        vor.set(vneu);
        meldung.set(Some("Kataloge gespeichert.".to_owned()));
    };

    let abschnitt = move |m: Modell, teil: Katalogteil| {
        move || {
            let anzahl = entwurf.with(|l| l.len());
            (0..anzahl)
                .filter(|&i| entwurf.with_untracked(|l| l[i].modell == m && l[i].teil == teil))
                .map(|i| {
                    let e = entwurf.with_untracked(|l| l[i].clone());
                    let name = Signal::derive(move || entwurf.with(|l| l.get(i).map(|e| e.name.clone()).unwrap_or_default()));
                    let text = Signal::derive(move || entwurf.with(|l| l.get(i).map(|e| e.beschreibung.clone()).unwrap_or_default()));
                    let best = Signal::derive(move || entwurf.with(|l| l.get(i).is_some_and(|e| e.bestaetigt)));
                    let offen = move || entwurf.with(|l| l.get(i).is_some_and(|e| e.vorgabe_unbestaetigt && !e.angepasst));
                    view! {
                        <fieldset class="kern-fieldset zsp-katalogeintrag">
                            <legend class="kern-label">{format!("{} {}", m.kurz(), bezeichnung(&e))}" "{move || offen().then(|| view! { <BittePruefen/> })}</legend>
                            <div class="formular__reihe">
                                <Eingabe id=feld(&e, "name") beschriftung="Name" pflicht=true wert=name
                                    bei_eingabe=Callback::new(move |w| entwurf.update(|l| if let Some(e) = l.get_mut(i) { e.name = w }))
                                    fehler=crate::app::formular::fehler_bei(fehler, feld(&e, "name")) deaktiviert/>
                                <Eingabe id=feld(&e, "text") beschriftung="Beschreibung" wert=text
                                    bei_eingabe=Callback::new(move |w| entwurf.update(|l| if let Some(e) = l.get_mut(i) { e.beschreibung = w }))
                                    fehler=crate::app::formular::fehler_bei(fehler, feld(&e, "text")) deaktiviert/>
                            </div>
                            {e.vorgabe_unbestaetigt.then(|| view! {
                                <Ankreuzfeld id=feld(&e, "bestaetigt") beschriftung="Name und Text geprüft (entfernt „bitte prüfen“)" wert=best
                                    bei_eingabe=Callback::new(move |w| entwurf.update(|l| if let Some(e) = l.get_mut(i) { e.bestaetigt = w })) deaktiviert/>
                            })}
                        </fieldset>
                    }
                })
                .collect_view()
        }
    };

    view! {
        <p class="kern-body">"Die Reifegradmodelle sind Daten: so ausgeliefert, wie unsere Quellen sie belegen. Einträge mit „bitte prüfen“ sind dort nicht bestätigt "
            "(RGM 1.1: Kriterien 7–10; RGM 2.0: Stufen- und Kriteriennamen). Tragen Sie die offiziellen Namen ein oder bestätigen Sie sie; Ihre Änderungen bleiben bei App-Updates erhalten. "
            "Leeren Sie einen Namen nicht – um zur Vorgabe zurückzukehren, tragen Sie deren Text wieder ein."</p>
        <Fehlerzusammenfassung id="zsp-kat-fehler" fehler=fehler/>
        {move || meldung.get().map(|t| view! { <p class="kern-body meldung-erfolg" role="status">{t}</p> })}
        <form class="formular" novalidate on:submit=speichern>
            <Feldgruppe titel="RGM 1.1: Reifegrade">{abschnitt(Modell::Rgm11, Katalogteil::Stufe)}</Feldgruppe>
            <Feldgruppe titel="RGM 1.1: Kriterien">{abschnitt(Modell::Rgm11, Katalogteil::Kriterium)}</Feldgruppe>
            <Feldgruppe titel="RGM 2.0: Reifegrade">{abschnitt(Modell::Rgm20, Katalogteil::Stufe)}</Feldgruppe>
            <Feldgruppe titel="RGM 2.0: Kriterien">{abschnitt(Modell::Rgm20, Katalogteil::Kriterium)}</Feldgruppe>
            <Feldgruppe titel="Katalog der Voraussetzungen">
                <Eingabe id="zsp-kat-voraussetzungen" beschriftung="Voraussetzungen zur Auswahl in Zielstufen" hinweis="Eine je Zeile" mehrzeilig=true
                    wert=vor bei_eingabe=Callback::new(move |w| vor.set(w)) fehler=crate::app::formular::fehler_bei(fehler, "zsp-kat-voraussetzungen") deaktiviert/>
            </Feldgruppe>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--primary" id="zsp-kat-speichern" disabled=deaktiviert>
                    <span class="kern-label">"Kataloge speichern"</span>
                </button>
            </div>
        </form>
    }
}

fn bezeichnung(e: &Eintrag) -> String {
    match e.teil {
        Katalogteil::Stufe => format!("Stufe {}", e.nr),
        Katalogteil::Kriterium => format!("Kriterium {}", e.nr),
    }
}
