//! Settings of the Zielstufenplaner: the two maturity models as the app ships them, with the
//! user's corrections. Entries our sources do not confirm show "bitte prüfen"; correcting a
//! name or text, or confirming it as it is, clears the marker. Only corrections are stored, so
//! they survive app updates (see `model`). Also the catalogue of Voraussetzungen offered in the
//! Zielstufe form.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{feldbindung, Ankreuzfeld, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::text::Pruefliste;
use crate::tools::zielstufenplaner::model::{
    Feldfehler, Katalog, Katalogteil, Modell, MAX_KURZTEXT, MAX_LANGTEXT,
};
use crate::tools::zielstufenplaner::SLUG;

use super::{Abk, BittePruefen, Meldung, Speicherknopf};

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

/// The form's draft: every catalogue entry, and the Voraussetzungen one per line.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    eintraege: Vec<Eintrag>,
    voraussetzungen: String,
}

/// The stored catalogues as the form shows them.
fn laden(ab: Option<&Arbeitsbereich>) -> Entwurf {
    let Some(ab) = ab else {
        return Entwurf::default();
    };
    let plan = &ab.werkzeuge.zielstufenplaner;
    let mut liste = Vec::new();
    for &m in Modell::ALLE {
        let vorgabe = Katalog::vorgabe(m);
        let k = plan.katalog(m);
        let mut eintrag =
            |teil: Katalogteil, nr: u8, name: &str, text: &str, unbestaetigt: bool| {
                let angepasst = plan
                    .anpassungen
                    .iter()
                    .any(|a| a.modell == m && a.teil == teil && a.nr == nr);
                liste.push(Eintrag {
                    modell: m,
                    teil,
                    nr,
                    name: name.to_owned(),
                    beschreibung: text.to_owned(),
                    vorgabe_unbestaetigt: unbestaetigt,
                    angepasst,
                    bestaetigt: angepasst,
                });
            };
        for (s, v) in k.stufen.iter().zip(&vorgabe.stufen) {
            eintrag(
                Katalogteil::Stufe,
                s.stufe,
                &s.name,
                &s.beschreibung,
                v.bitte_pruefen,
            );
        }
        for (kr, v) in k.kriterien.iter().zip(&vorgabe.kriterien) {
            eintrag(
                Katalogteil::Kriterium,
                kr.nr,
                &kr.name,
                &kr.beschreibung,
                v.bitte_pruefen,
            );
        }
    }
    Entwurf {
        eintraege: liste,
        voraussetzungen: plan.voraussetzungskatalog.join("\n"),
    }
}

/// The settings page.
#[component]
pub fn Einstellungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(entwurfsschluessel(SLUG, "kataloge", 0), move || {
        daten.lies(laden)
    });
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
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
        let Entwurf {
            eintraege: liste,
            voraussetzungen,
        } = entwurf.get_untracked();
        let mut probleme = Vec::new();
        for e in &liste {
            let name_falsch = e.name.trim().is_empty() || e.name.chars().count() > MAX_KURZTEXT;
            let text_falsch = e.beschreibung.chars().count() > MAX_LANGTEXT;
            for (falsch, was, problem) in [
                (
                    name_falsch,
                    "name",
                    format!("Name fehlt oder ist länger als {MAX_KURZTEXT} Zeichen."),
                ),
                (
                    text_falsch,
                    "text",
                    format!("Beschreibung höchstens {MAX_LANGTEXT} Zeichen."),
                ),
            ] {
                if falsch {
                    let meldung = format!("{} {}: {problem}", e.modell.kurz(), bezeichnung(e));
                    probleme.push(Feldfehler::neu(&feld(e, was), meldung));
                }
            }
        }
        let katalog: Vec<String> = voraussetzungen
            .lines()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        probleme.wenn(
            katalog.iter().any(|v| v.chars().count() > MAX_KURZTEXT),
            "zsp-kat-voraussetzungen",
            format!("Voraussetzungen: je Zeile höchstens {MAX_KURZTEXT} Zeichen."),
        );
        if !fehler_melden(fehler, "", probleme) {
            return;
        }
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
        formular.zuruecksetzen(daten.lies_ungetrackt(laden));
        meldung.set(Some("Kataloge gespeichert.".to_owned()));
    };

    let (vor, vor_setzen) = feldbindung!(entwurf.voraussetzungen);
    // Only a change of the number of entries redraws the fields (typing keeps the focus).
    let anzahl = Memo::new(move |_| entwurf.with(|d| d.eintraege.len()));
    let abschnitt = move |m: Modell, teil: Katalogteil| {
        move || {
            let anzahl = anzahl.get();
            (0..anzahl)
                .filter(|&i| entwurf.with_untracked(|d| d.eintraege[i].modell == m && d.eintraege[i].teil == teil))
                .map(|i| {
                    let e = entwurf.with_untracked(|d| d.eintraege[i].clone());
                    let name = Signal::derive(move || entwurf.with(|d| d.eintraege.get(i).map(|e| e.name.clone()).unwrap_or_default()));
                    let text = Signal::derive(move || entwurf.with(|d| d.eintraege.get(i).map(|e| e.beschreibung.clone()).unwrap_or_default()));
                    let best = Signal::derive(move || entwurf.with(|d| d.eintraege.get(i).is_some_and(|e| e.bestaetigt)));
                    let offen = move || entwurf.with(|d| d.eintraege.get(i).is_some_and(|e| e.vorgabe_unbestaetigt && !e.angepasst));
                    view! {
                        <fieldset class="kern-fieldset zsp-katalogeintrag">
                            <legend class="kern-label">{format!("{} {}", m.kurz(), bezeichnung(&e))}" "{move || offen().then(|| view! { <BittePruefen/> })}</legend>
                            <div class="formular__reihe">
                                <Eingabe id=feld(&e, "name") beschriftung="Name" pflicht=true wert=name
                                    bei_eingabe=Callback::new(move |w| entwurf.update(|d| if let Some(e) = d.eintraege.get_mut(i) { e.name = w }))
                                    fehler=fehler_am(fehler, feld(&e, "name")) deaktiviert/>
                                <Eingabe id=feld(&e, "text") beschriftung="Beschreibung" wert=text
                                    bei_eingabe=Callback::new(move |w| entwurf.update(|d| if let Some(e) = d.eintraege.get_mut(i) { e.beschreibung = w }))
                                    fehler=fehler_am(fehler, feld(&e, "text")) deaktiviert/>
                            </div>
                            {e.vorgabe_unbestaetigt.then(|| view! {
                                <Ankreuzfeld id=feld(&e, "bestaetigt") beschriftung="Name und Text geprüft (entfernt „bitte prüfen“)" wert=best
                                    bei_eingabe=Callback::new(move |w| entwurf.update(|d| if let Some(e) = d.eintraege.get_mut(i) { e.bestaetigt = w })) deaktiviert/>
                            })}
                        </fieldset>
                    }
                })
                .collect_view()
        }
    };

    view! {
        <p class="kern-body">"Die Reifegradmodelle ("<Abk kurz="RGM"/>") sind Daten: so ausgeliefert, wie unsere Quellen sie belegen. Einträge mit „bitte prüfen“ sind dort nicht bestätigt "
            "(RGM 1.1: Kriterien 7–10; RGM 2.0: Stufen- und Kriteriennamen). Tragen Sie die offiziellen Namen ein oder bestätigen Sie sie; Ihre Änderungen bleiben bei App-Updates erhalten. "
            "Leeren Sie einen Namen nicht – um zur Vorgabe zurückzukehren, tragen Sie deren Text wieder ein."</p>
        <Fehlerzusammenfassung id="zsp-kat-fehler" fehler=fehlerliste(fehler)/>
        <Meldung text=meldung/>
        <nav class="seitenabschnitte" aria-label="Abschnitte dieser Seite">
            <ul class="seitenabschnitte__liste">
                {ABSCHNITTE.iter().map(|(id, titel, _)| {
                    let ziel = format!("#{id}");
                    view! {
                        <li><a class="kern-link" href=ziel.clone() on:click=move |ev| {
                            ev.prevent_default();
                            browser::fokussiere(&ziel);
                        }>{*titel}</a></li>
                    }
                }).collect_view()}
            </ul>
        </nav>
        <form class="formular" novalidate on:submit=speichern>
            {ABSCHNITTE.iter().map(|&(id, titel, teil)| {
                let inhalt = match teil {
                    Some((m, t)) => abschnitt(m, t).into_any(),
                    None => view! {
                        <Eingabe id="zsp-kat-voraussetzungen" beschriftung="Voraussetzungen zur Auswahl in Zielstufen" hinweis="Eine je Zeile" mehrzeilig=true
                            wert=vor bei_eingabe=vor_setzen fehler=fehler_am(fehler, "zsp-kat-voraussetzungen") deaktiviert/>
                    }.into_any(),
                };
                view! {
                    <section class="abschnitt" aria-labelledby=id>
                        <h2 class="kern-heading-medium" id=id tabindex="-1">{titel}</h2>
                        {inhalt}
                    </section>
                }
            }).collect_view()}
            <div class="knopfleiste"><Speicherknopf id="zsp-kat-speichern" text="Kataloge speichern" deaktiviert/></div>
        </form>
    }
}

/// A section of the page: heading id, heading, and the catalogue part (`None`: Voraussetzungen).
type Katalogabschnitt = (&'static str, &'static str, Option<(Modell, Katalogteil)>);

/// The page's sections.
const ABSCHNITTE: &[Katalogabschnitt] = &[
    (
        "zsp-kat-rgm11-stufen",
        "RGM 1.1: Reifegrade",
        Some((Modell::Rgm11, Katalogteil::Stufe)),
    ),
    (
        "zsp-kat-rgm11-kriterien",
        "RGM 1.1: Kriterien",
        Some((Modell::Rgm11, Katalogteil::Kriterium)),
    ),
    (
        "zsp-kat-rgm20-stufen",
        "RGM 2.0: Reifegrade",
        Some((Modell::Rgm20, Katalogteil::Stufe)),
    ),
    (
        "zsp-kat-rgm20-kriterien",
        "RGM 2.0: Kriterien",
        Some((Modell::Rgm20, Katalogteil::Kriterium)),
    ),
    (
        "zsp-kat-voraussetzungen-titel",
        "Katalog der Voraussetzungen",
        None,
    ),
];

fn bezeichnung(e: &Eintrag) -> String {
    match e.teil {
        Katalogteil::Stufe => format!("Stufe {}", e.nr),
        Katalogteil::Kriterium => format!("Kriterium {}", e.nr),
    }
}
