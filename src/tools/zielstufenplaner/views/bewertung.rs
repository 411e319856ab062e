//! Assessing a Leistung: the form with one level per criterion of the chosen model, the
//! conditional questions of the Reifegrad-Check (RGM 1.1 criteria 1–6; a question appears only
//! when the answer it depends on was given) with the level they suggest, the live overall
//! result (minimum, limiting criteria, or what is missing) and the history of assessments.
//!
//! All questions are rendered once and hidden or shown, so answering one never moves focus.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::formular::{feldbindung, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste, Satzformular,
};
use crate::app::zusammenfassung::Bearbeitung;
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datensatz::Datensaetze;
use crate::shared::datum::Datum;
use crate::shared::sortieren::Einsammeln;
use crate::shared::text::Pruefliste;
use crate::shared::text::{anzahl, datum_lesen};
use crate::tools::zielstufenplaner::calc::{self, Gesamt};
use crate::tools::zielstufenplaner::model::{
    Bewertung, Feldfehler, Katalog, Modell, Vorschlag, MAX_KURZTEXT, MAX_LANGTEXT,
};
use crate::tools::zielstufenplaner::SLUG;

use super::{
    abschnitt_beenden, hat_entwurf, namensoptionen, Bearbeitenknopf, BittePruefen, Formularknoepfe,
    Satzauswahl, Satztabelle,
};

#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    modell: String,
    stichtag: String,
    bewertet_von: String,
    onlinedienst: String,
    kommentar: String,
    werte: BTreeMap<u8, String>,
    antworten: BTreeMap<u32, bool>,
}

impl Entwurf {
    fn neu(modell: Modell) -> Entwurf {
        Entwurf {
            modell: modell.name().to_owned(),
            stichtag: browser::heute().deutsch(),
            ..Entwurf::default()
        }
    }

    fn aus(b: &Bewertung) -> Entwurf {
        Entwurf {
            id: b.id,
            modell: b.modell.name().to_owned(),
            stichtag: b.stichtag.map(Datum::deutsch).unwrap_or_default(),
            bewertet_von: b.bewertet_von.clone(),
            onlinedienst: b.onlinedienst.clone(),
            kommentar: b.kommentar.clone(),
            werte: b
                .werte
                .iter()
                .map(|(k, v)| (*k, v.to_string()))
                .chain(b.nicht_anwendbar.iter().map(|k| (*k, NA.to_owned())))
                .einsammeln(),
            antworten: b.antworten.clone(),
        }
    }

    fn modell(&self) -> Modell {
        Modell::ALLE
            .iter()
            .copied()
            .find(|m| m.name() == self.modell)
            .unwrap_or_default()
    }

    fn bewertung(&self, leistung: u32) -> Bewertung {
        let modell = self.modell();
        Bewertung {
            id: self.id,
            leistung,
            stichtag: Datum::aus_deutsch(self.stichtag.trim()),
            modell,
            werte: self
                .werte
                .iter()
                .filter(|(k, _)| **k >= 1 && **k <= modell.kriterienzahl())
                .filter(|(_, v)| v.as_str() != NA)
                .filter_map(|(k, v)| {
                    v.parse::<u8>()
                        .ok()
                        .filter(|v| *v <= modell.hoechste_stufe())
                        .map(|v| (*k, v))
                })
                .einsammeln(),
            nicht_anwendbar: self
                .werte
                .iter()
                .filter(|(k, v)| **k >= 1 && **k <= modell.kriterienzahl() && v.as_str() == NA)
                .map(|(k, _)| *k)
                .einsammeln(),
            antworten: self.antworten.clone(),
            bewertet_von: self.bewertet_von.trim().to_owned(),
            onlinedienst: self.onlinedienst.trim().to_owned(),
            kommentar: self.kommentar.trim().to_owned(),
        }
    }
}

/// Form value of a criterion marked "n. a." (not applicable).
const NA: &str = "na";

/// The form value of a suggestion of the Reifegrad-Check.
fn wert_von(v: Vorschlag) -> String {
    match v {
        Vorschlag::Stufe(s) => s.to_string(),
        Vorschlag::NichtAnwendbar => NA.to_owned(),
    }
}

/// A suggestion as words.
fn vorschlagstext(v: Vorschlag) -> String {
    match v {
        Vorschlag::Stufe(s) => format!("Stufe {s}"),
        Vorschlag::NichtAnwendbar => "n. a. (trifft nicht zu)".to_owned(),
    }
}

/// Whether the assessment form of `leistung` holds unsaved input.
pub fn offen(leistung: u32) -> bool {
    hat_entwurf::<Entwurf>(&entwurfsschluessel(SLUG, "bewertung", leistung))
}

/// The assessment form of the section "Bewertung" (with the Reifegrad-Check questions and the
/// live overall result): a new assessment, or the one a row's "Bearbeiten" chose.
#[component]
pub fn Bewertungsformular(leistung: u32, auswahl: Satzauswahl) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let bearbeitung = Bearbeitung::im_abschnitt();
    // A new assessment starts in the Leistung's model; "Bearbeiten" loads a stored one.
    let modell_der_leistung = move |ab: Option<&Arbeitsbereich>| {
        ab.and_then(|ab| ab.werkzeuge.zielstufenplaner.leistung(leistung))
            .map(|l| l.modell)
            .unwrap_or_default()
    };
    let formular = Satzformular::neu(
        entwurfsschluessel(SLUG, "bewertung", leistung),
        move |ab| Entwurf::neu(modell_der_leistung(ab)),
        |ab, id| {
            let plan = &ab.werkzeuge.zielstufenplaner;
            plan.bewertungen.mit_id(id).map(Entwurf::aus)
        },
        |e| e.id,
    );
    let meldung = auswahl.meldung;
    let id = auswahl.nehmen();
    if id != 0 {
        formular.bearbeiten(id);
    }
    let entwurf = formular.wert();
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let modell = Memo::new(move |_| entwurf.with(Entwurf::modell));
    let katalog = Memo::new(move |_| {
        let m = modell.get();
        daten.lies(|ab| {
            ab.map(|ab| ab.werkzeuge.zielstufenplaner.katalog(m))
                .unwrap_or_else(|| Katalog::vorgabe(m))
        })
    });
    let ergebnis = Memo::new(move |_| {
        let b = entwurf.with(|e| e.bewertung(leistung));
        let k = katalog.get();
        let regel = match b.modell {
            Modell::Rgm11 => "",
            Modell::Rgm20 => " Minimum-Regel für das RGM 2.0: eigene Lesart, bitte prüfen.",
        };
        match calc::gesamt(&b, &k) {
            Gesamt::Vollstaendig {
                stufe,
                limitierend,
                ungeprueft,
            } => {
                let offen = if ungeprueft.is_empty() {
                    String::new()
                } else {
                    format!(
                        " Unbewertet, aber nicht blockierend (Name unbestätigt, bitte prüfen): {}.",
                        calc::kriterienliste(&k, &ungeprueft)
                    )
                };
                format!(
                    "Gesamt-Reifegrad: {} – begrenzt durch {}.{offen}{regel}",
                    super::stufentext(stufe, &k.stufenname(stufe)),
                    calc::kriterienliste(&k, &limitierend)
                )
            }
            Gesamt::Unvollstaendig { fehlend } => format!(
                "Noch kein Gesamt-Reifegrad (Entwurf): {} unbewertet ({}). Bis dahin bleibt die letzte vollständige Bewertung maßgeblich.",
                anzahl(fehlend.len(), "Kriterium", "Kriterien"),
                calc::kriterienliste(&k, &fehlend)
            ),
        }
    });

    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        datum_lesen(
            &mut probleme,
            "zsp-bew-stichtag",
            "Stichtag",
            &e.stichtag,
            true,
        );
        for (feld, name, text, max) in [
            ("zsp-bew-von", "Bewertet von", &e.bewertet_von, MAX_KURZTEXT),
            (
                "zsp-bew-url",
                "Onlinedienst/URL",
                &e.onlinedienst,
                MAX_KURZTEXT,
            ),
            ("zsp-bew-kommentar", "Kommentar", &e.kommentar, MAX_LANGTEXT),
        ] {
            probleme.wenn(
                text.chars().count() > max,
                feld,
                format!("{name}: höchstens {max} Zeichen."),
            );
        }
        let b = e.bewertung(leistung);
        probleme.wenn(
            b.werte.is_empty() && b.nicht_anwendbar.is_empty(),
            "zsp-bew-k1",
            "Bewerten Sie mindestens ein Kriterium.",
        );
        if !fehler_melden(fehler, "", probleme) {
            return;
        }
        let stichtag = b.stichtag.map(Datum::deutsch).unwrap_or_default();
        let modellname = b.modell.kurz();
        daten.aendere(
            &format!("Bewertung vom {stichtag} ({modellname}) gespeichert"),
            |ab| {
                ab.werkzeuge.zielstufenplaner.speichere_bewertung(b);
            },
        );
        meldung.set(Some(format!(
            "Bewertung vom {stichtag} ({modellname}) gespeichert."
        )));
        formular.leeren();
        abschnitt_beenden(bearbeitung);
    };

    let (stichtag, stichtag_setzen) = feldbindung!(entwurf.stichtag);
    let (von, von_setzen) = feldbindung!(entwurf.bewertet_von);
    let (url, url_setzen) = feldbindung!(entwurf.onlinedienst);
    let (kommentar, kommentar_setzen) = feldbindung!(entwurf.kommentar);
    let (modellwahl, modell_setzen) = feldbindung!(entwurf.modell);
    let modelle = namensoptionen(Modell::ALLE, Modell::name);

    let kriterien = move || {
        let k = katalog.get();
        let optionen: Vec<(String, String)> = [
            (String::new(), "nicht bewertet".to_owned()),
            (NA.to_owned(), "n. a. – trifft nicht zu".to_owned()),
        ]
        .into_iter()
        .chain(
            k.stufen
                .iter()
                .map(|s| (s.stufe.to_string(), format!("{} {}", s.stufe, s.name))),
        )
        .collect();
        k.kriterien
            .iter()
            .map(|kr| {
                let nr = kr.nr;
                let id = format!("zsp-bew-k{nr}");
                let wert = Signal::derive(move || entwurf.with(|e| e.werte.get(&nr).cloned().unwrap_or_default()));
                let setzen = Callback::new(move |w: String| entwurf.update(|e| { e.werte.insert(nr, w); }));
                let fragen = k.fragen_zu(nr).into_iter().cloned().collect::<Vec<_>>();
                let kat = k.clone();
                let vorschlag = Memo::new(move |_| entwurf.with(|e| calc::vorschlag(&kat, nr, &e.antworten)));
                let kat2 = k.clone();
                let fragenblock = (!fragen.is_empty()).then(|| {
                    let liste = fragen
                        .into_iter()
                        .map(|f| {
                            let fid = f.id;
                            let kat = kat2.clone();
                            let sichtbar = Memo::new(move |_| entwurf.with(|e| calc::sichtbare_fragen(&kat, nr, &e.antworten).iter().any(|g| g.id == fid)));
                            let antwort = move || entwurf.with(|e| e.antworten.get(&fid).copied());
                            let kat_setzen = StoredValue::new(kat2.clone());
                            // The suggested level is applied at once (still editable below).
                            let setze = move |a: bool| entwurf.update(|e| {
                                e.antworten.insert(fid, a);
                                if let Some(v) = kat_setzen.with_value(|k| calc::vorschlag(k, nr, &e.antworten)) {
                                    e.werte.insert(nr, wert_von(v));
                                }
                            });
                            let name = format!("zsp-frage-{fid}");
                            view! {
                                <fieldset class="kern-fieldset zsp-frage" hidden=move || !sichtbar.get()>
                                    <legend class="kern-label">{f.text.clone()}</legend>
                                    <div class="kern-fieldset__body zsp-frage__antworten">
                                        <div class="kern-form-check">
                                            <input class="kern-form-check__radio" type="radio" id=format!("{name}-ja") name=name.clone()
                                                prop:checked=move || antwort() == Some(true) disabled=deaktiviert on:change=move |_| setze(true)/>
                                            <label class="kern-label" for=format!("{name}-ja")>"ja"</label>
                                        </div>
                                        <div class="kern-form-check">
                                            <input class="kern-form-check__radio" type="radio" id=format!("{name}-nein") name=name.clone()
                                                prop:checked=move || antwort() == Some(false) disabled=deaktiviert on:change=move |_| setze(false)/>
                                            <label class="kern-label" for=format!("{name}-nein")>"nein"</label>
                                        </div>
                                    </div>
                                </fieldset>
                            }
                        })
                        .collect_view();
                    view! {
                        <div class="zsp-check">
                            <p class="kern-label">"Reifegrad-Check"</p>
                            {liste}
                            <p class="kern-body" role="status" id=format!("zsp-vorschlag-k{nr}")>
                                {move || match vorschlag.get() {
                                    Some(v) => format!("Aus den Antworten: {} – eingetragen, unten änderbar.", vorschlagstext(v)),
                                    None => "Noch kein Vorschlag: beantworten Sie die angezeigten Fragen.".to_owned(),
                                }}
                                " "<BittePruefen/>
                            </p>
                            <p class="kern-hint">"Welche Antwort zu welcher Stufe führt, haben wir aus dem Reifegrad-Check rekonstruiert."</p>
                        </div>
                    }
                });
                view! {
                    <fieldset class="kern-fieldset zsp-kriterium">
                        <legend class="kern-label">{format!("K{nr} {}", kr.name)}" "{kr.bitte_pruefen.then(|| view! { <BittePruefen/> })}</legend>
                        <p class="kern-hint">{kr.beschreibung.clone()}</p>
                        {fragenblock}
                        <Auswahl id=id.clone() beschriftung=format!("Stufe für K{nr}") optionen=optionen.clone() wert bei_eingabe=setzen
                            fehler=fehler_am(fehler, id) deaktiviert/>
                    </fieldset>
                }
            })
            .collect_view()
    };

    view! {
        <Fehlerzusammenfassung id="zsp-bew-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <p class="kern-hint">"Je Stichtag und Modell gibt es eine Bewertung; speichern Sie unter einem vorhandenen Stichtag, ersetzt sie die dortige. Der Gesamt-Reifegrad ist das Minimum über die bewerteten Kriterien; „n. a.“ (trifft nicht zu) zählt nicht mit. Eine unvollständige Bewertung wird als Entwurf gespeichert und verdrängt die letzte vollständige nicht."</p>
            <div class="formular__reihe">
                <Auswahl id="zsp-bew-modell" beschriftung="Reifegradmodell" pflicht=true optionen=modelle wert=modellwahl bei_eingabe=modell_setzen deaktiviert/>
                <Datumseingabe id="zsp-bew-stichtag" beschriftung="Stichtag" pflicht=true wert=stichtag bei_eingabe=stichtag_setzen fehler=fehler_am(fehler, "zsp-bew-stichtag") deaktiviert/>
                <Eingabe id="zsp-bew-von" beschriftung="Bewertet von" wert=von bei_eingabe=von_setzen fehler=fehler_am(fehler, "zsp-bew-von") deaktiviert/>
            </div>
            <Eingabe id="zsp-bew-url" beschriftung="Onlinedienst/URL" wert=url bei_eingabe=url_setzen fehler=fehler_am(fehler, "zsp-bew-url") deaktiviert/>
            {kriterien}
            <Eingabe id="zsp-bew-kommentar" beschriftung="Kommentar" mehrzeilig=true wert=kommentar bei_eingabe=kommentar_setzen fehler=fehler_am(fehler, "zsp-bew-kommentar") deaktiviert/>
            <p class="kern-body zsp-ergebnis" id="zsp-bew-ergebnis" role="status">{move || ergebnis.get()}</p>
            <Formularknoepfe id="zsp-bew-speichern" speichern="Bewertung speichern" deaktiviert
                abbrechen=Callback::new(move |_| { fehler.set(Vec::new()); formular.leeren() })/>
        </form>
    }
}

/// The history of assessments, newest first (the summary of the section "Bewertung").
#[component]
pub fn Verlauf(leistung: u32, auswahl: Satzauswahl) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let verlauf = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.zielstufenplaner;
        plan.bewertungen_von(leistung)
            .into_iter()
            .map(|b| {
                let k = plan.katalog(b.modell);
                let (gesamt, begrenzt) = match calc::gesamt(b, &k) {
                    Gesamt::Vollstaendig {
                        stufe, limitierend, ..
                    } => (
                        super::stufentext(stufe, &k.stufenname(stufe)),
                        calc::kriterienliste(&k, &limitierend),
                    ),
                    Gesamt::Unvollstaendig { fehlend } => (
                        "Entwurf (unvollständig)".to_owned(),
                        format!("es fehlen {}", calc::kriterienliste(&k, &fehlend)),
                    ),
                };
                (b.clone(), gesamt, begrenzt)
            })
            .collect::<Vec<_>>()
    });

    let tabelle = move || {
        let zeilen: Vec<AnyView> = verlauf
            .get()
            .into_iter()
            .map(|(b, gesamt, begrenzt)| {
                let datum = b.stichtag.map(Datum::deutsch).unwrap_or_default();
                let name = format!("Bewertung vom {datum} ({})", b.modell.kurz());
                view! {
                    <tr>
                        <th scope="row">{datum}</th>
                        <td>{b.modell.kurz()}</td>
                        <td>{gesamt}</td>
                        <td class="zsp-breit">{begrenzt}</td>
                        <td>{b.bewertet_von.clone()}</td>
                        <td>{b.kommentar.clone()}</td>
                        <td><Bearbeitenknopf id=b.id name auswahl/></td>
                    </tr>
                }
                .into_any()
            })
            .collect();
        if zeilen.is_empty() {
            return view! { <p class="kern-body">"Noch keine Bewertung gespeichert."</p> }
                .into_any();
        }
        view! { <Satztabelle id="zsp-verlauf-titel" titel="Bewertungen, neueste zuerst" spalten=VERLAUFSSPALTEN zeilen/> }
            .into_any()
    };
    view! {
        <h3 class="kern-heading-small">"Verlauf der Bewertungen"</h3>
        {tabelle}
    }
}

const VERLAUFSSPALTEN: &[&str] = &[
    "Stichtag",
    "Modell",
    "Gesamt-Reifegrad",
    "Begrenzt durch / fehlt",
    "Bewertet von",
    "Kommentar",
    "Aktion",
];
