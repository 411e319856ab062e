//! A Leistung: the form with its master data (new or existing) and, for an existing one, its
//! record page (`app::datensatz`) with its current level, the assessment form and history, the
//! stage plan with its ladder, the Nachweise and deleting it.
//!
//! The form edits a draft (`app::entwurf::Formularentwurf`, all fields as typed text) that
//! survives leaving the page, and saves it as one undoable step after validation.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt};
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{
    feldbindung, mit_leerem_wert, Auswahl, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::app::satzformular::{
    entwurfsschluessel, fehler_am, fehler_melden, fehlerliste,
};
use crate::tools::zielstufenplaner::calc::{self, Gesamt};
use crate::tools::zielstufenplaner::model::{
    pruefe_leika_id, Feldfehler, LeikaTyp, Leistung, Modell, Sdg, Themenfeld,
};
use crate::tools::zielstufenplaner::SLUG;

use super::{bewertung, href, leistung_href, nachweise, zielstufen, Stufenmarke};

#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    ozg_id: String,
    leika_id: String,
    bezeichnung: String,
    themenfeld: String,
    lage: String,
    leika_typ: String,
    sdg: String,
    modell: String,
}

fn aus_name<T: Copy>(alle: &[T], name: fn(T) -> &'static str, text: &str) -> Option<T> {
    alle.iter().copied().find(|w| name(*w) == text)
}

impl Entwurf {
    fn aus(l: &Leistung) -> Entwurf {
        Entwurf {
            ozg_id: l.ozg_id.clone(),
            leika_id: l.leika_id.clone(),
            bezeichnung: l.bezeichnung.clone(),
            themenfeld: l
                .themenfeld
                .map(|t| t.name().to_owned())
                .unwrap_or_default(),
            lage: l.lage.clone(),
            leika_typ: l.leika_typ.map(|t| t.name().to_owned()).unwrap_or_default(),
            sdg: l.sdg.map(|t| t.name().to_owned()).unwrap_or_default(),
            modell: l.modell.name().to_owned(),
        }
    }

    fn lesen(&self, id: u32) -> Leistung {
        Leistung {
            id,
            ozg_id: self.ozg_id.trim().to_owned(),
            leika_id: self.leika_id.trim().to_owned(),
            bezeichnung: self.bezeichnung.trim().to_owned(),
            themenfeld: aus_name(Themenfeld::ALLE, Themenfeld::name, &self.themenfeld),
            lage: self.lage.trim().to_owned(),
            leika_typ: aus_name(LeikaTyp::ALLE, LeikaTyp::name, &self.leika_typ),
            sdg: aus_name(Sdg::ALLE, Sdg::name, &self.sdg),
            modell: aus_name(Modell::ALLE, Modell::name, &self.modell).unwrap_or_default(),
        }
    }
}

fn feld_id(feld: &str) -> String {
    format!("zsp-{feld}")
}

/// The form of a Leistung; `id: None` creates a new one.
#[component]
pub fn Leistungsformular(id: Option<u32>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = StoredValue::new(Formularentwurf::neu(
        entwurfsschluessel(SLUG, "leistung", id.unwrap_or(0)),
        move || {
            daten.lies(|ab| {
                match ab.and_then(|ab| ab.werkzeuge.zielstufenplaner.leistung(id?)) {
                    Some(l) => Entwurf::aus(l),
                    None => Entwurf::aus(&Leistung::default()),
                }
            })
        },
    ));
    let entwurf = formular.read_value().wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let meldung = RwSignal::new(None::<String>);
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let fehler_bei = move |feld: &str| fehler_am(fehler, feld_id(feld));
    let leika_hinweis = Signal::derive(move || entwurf.with(|e| pruefe_leika_id(&e.leika_id).1));

    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let leistung = entwurf.with_untracked(|e| e.lesen(id.unwrap_or(0)));
        let pruefung = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.zielstufenplaner.pruefe_leistung(&leistung))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "zsp-", pruefung) {
            return;
        }
        let name = leistung.bezeichnung.clone();
        let gespeichert = Entwurf::aus(&leistung);
        let mut neue_id = 0;
        daten.aendere(
            &format!(
                "Leistung „{name}“ {}",
                if id.is_some() {
                    "geändert"
                } else {
                    "angelegt"
                }
            ),
            |ab| {
                neue_id = ab.werkzeuge.zielstufenplaner.speichere_leistung(leistung);
            },
        );
        match id {
            Some(_) => {
                formular.read_value().zuruecksetzen(gespeichert);
                meldung.set(Some(format!("Leistung „{name}“ gespeichert.")));
            }
            None => {
                formular.read_value().verwerfen();
                daten.ansagen(format!("Leistung „{name}“ angelegt."));
                browser::setze_hash(&leistung_href(neue_id));
            }
        }
    };
    let (ozg, ozg_setzen) = feldbindung!(entwurf.ozg_id);
    let (leika, leika_setzen) = feldbindung!(entwurf.leika_id);
    let (bez, bez_setzen) = feldbindung!(entwurf.bezeichnung);
    let (feld, feld_setzen) = feldbindung!(entwurf.themenfeld);
    let (lage, lage_setzen) = feldbindung!(entwurf.lage);
    let (typ, typ_setzen) = feldbindung!(entwurf.leika_typ);
    let (sdg, sdg_setzen) = feldbindung!(entwurf.sdg);
    let (modell, modell_setzen) = feldbindung!(entwurf.modell);
    let namen = |alle: Vec<(String, String)>| mit_leerem_wert("nicht festgelegt", alle);
    let themen = namen(
        Themenfeld::ALLE
            .iter()
            .map(|t| (t.name().to_owned(), t.name().to_owned()))
            .collect(),
    );
    let typen = namen(
        LeikaTyp::ALLE
            .iter()
            .map(|t| {
                (
                    t.name().to_owned(),
                    format!("{} – {}", t.name(), t.bedeutung()),
                )
            })
            .collect(),
    );
    let sdgs = namen(
        Sdg::ALLE
            .iter()
            .map(|t| (t.name().to_owned(), t.name().to_owned()))
            .collect(),
    );
    let modelle: Vec<(String, String)> = Modell::ALLE
        .iter()
        .map(|m| (m.name().to_owned(), m.name().to_owned()))
        .collect();
    view! {
        {move || formular.read_value().zurueckgeholt.get().then(|| view! {
            <Hinweis art=HinweisArt::Info titel="Ungespeicherte Eingaben wiederhergestellt".to_owned()>
                <p class="kern-body">"Das Formular zeigt, was Sie zuletzt eingegeben, aber nicht gespeichert haben."</p>
            </Hinweis>
        })}
        <Fehlerzusammenfassung id="zsp-leistung-fehler" fehler=fehlerliste(fehler)/>
        {move || meldung.get().map(|text| view! { <p class="kern-body meldung-erfolg" role="status">{text}</p> })}
        <form class="formular" novalidate on:submit=speichern>
            <Feldgruppe titel="Leistung">
                <div class="formular__reihe">
                    <Eingabe id=feld_id("ozg-id") beschriftung="OZG-ID" schmal=true hinweis="Kennung der OZG-Leistung, z. B. 10110" wert=ozg bei_eingabe=ozg_setzen fehler=fehler_bei("ozg-id") deaktiviert/>
                    <Eingabe id=feld_id("leika-id") beschriftung="LeiKa-ID" hinweis="Leistungsschlüssel, nur Ziffern (meist 14); FIM-Schlüssel beginnen mit 99" wert=leika bei_eingabe=leika_setzen fehler=fehler_bei("leika-id") deaktiviert/>
                </div>
                {move || leika_hinweis.get().map(|h| view! { <p class="kern-hint" role="status">{h}</p> })}
                <Eingabe id=feld_id("bezeichnung") beschriftung="Bezeichnung" pflicht=true wert=bez bei_eingabe=bez_setzen fehler=fehler_bei("bezeichnung") deaktiviert/>
                <div class="formular__reihe">
                    <Auswahl id=feld_id("themenfeld") beschriftung="Themenfeld" optionen=themen wert=feld bei_eingabe=feld_setzen deaktiviert/>
                    <Eingabe id=feld_id("lage") beschriftung="Lebens-/Geschäftslage" wert=lage bei_eingabe=lage_setzen fehler=fehler_bei("lage") deaktiviert/>
                </div>
                <div class="formular__reihe">
                    <Auswahl id=feld_id("leika-typ") beschriftung="LeiKa-Typ" optionen=typen wert=typ bei_eingabe=typ_setzen deaktiviert/>
                    <Auswahl id=feld_id("sdg") beschriftung="SDG-Relevanz" optionen=sdgs wert=sdg bei_eingabe=sdg_setzen deaktiviert/>
                </div>
                <Auswahl id=feld_id("modell") beschriftung="Reifegradmodell der Planung" pflicht=true
                    hinweis="In diesem Modell werden Ist-Reifegrad und Zielstufen geführt." optionen=modelle wert=modell bei_eingabe=modell_setzen fehler=fehler_bei("modell") deaktiviert/>
            </Feldgruppe>
            <div class="knopfleiste">
                <button type="submit" class="kern-btn kern-btn--primary" id="zsp-leistung-speichern" disabled=deaktiviert>
                    <span class="kern-label">{if id.is_some() { "Leistung speichern" } else { "Leistung anlegen" }}</span>
                </button>
                {move || formular.read_value().geaendert().then(|| view! { <span class="kern-body formular__ungespeichert">"Ungespeicherte Eingaben im Formular"</span> })}
            </div>
        </form>
    }
}

/// The page of an existing Leistung: its current level, master data, assessments, stages and
/// Nachweise as sections, and deleting it.
#[component]
pub fn Leistungsseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stand = Memo::new(move |_| {
        daten.lies(|ab| {
            let plan = &ab?.werkzeuge.zielstufenplaner;
            let l = plan.leistung(id)?;
            let s = calc::stand(plan, l);
            let k = plan.katalog(l.modell);
            let text = match &s.gesamt {
                None => format!("Noch keine Bewertung im {}.", l.modell.kurz()),
                Some(Gesamt::Vollstaendig { limitierend, .. }) => {
                    format!("Begrenzt durch: {}.", calc::kriterienliste(&k, limitierend))
                }
                Some(Gesamt::Unvollstaendig { fehlend }) => format!(
                    "Kein Gesamt-Reifegrad: die neueste Bewertung ist unvollständig, es fehlen {}.",
                    calc::kriterienliste(&k, fehlend)
                ),
            };
            Some((
                l.bezeichnung.clone(),
                s.stufe(),
                l.modell.hoechste_stufe(),
                s.stufe().map(|x| k.stufenname(x)).unwrap_or_default(),
                text,
                l.modell,
                if s.gesamt.is_some() {
                    "unvollständig"
                } else {
                    "nicht bewertet"
                },
            ))
        })
    });
    let name = Signal::derive(move || {
        stand.with(|s| format!("Leistung „{}“", s.as_ref().map(|s| s.0.as_str()).unwrap_or_default()))
    });
    let loeschen = Loeschen {
        name,
        folgen: "Die Leistung wird mit allen Bewertungen, Zielstufen und Nachweisen gelöscht.",
        ausfuehren: Callback::new(move |_| {
            let n = name.get_untracked();
            daten.aendere(&format!("{n} gelöscht"), |ab| {
                ab.werkzeuge.zielstufenplaner.entferne_leistung(id)
            });
            daten.ansagen(format!("{n} gelöscht."));
        }),
    };
    view! {
        <Datensatzseite vorhanden=Signal::derive(move || stand.with(Option::is_some))
            nicht_vorhanden="Diese Leistung" zurueck=("Zur Liste der Leistungen", href(&[]))
            abschnitte=vec![
                ("zsp-abschnitt-daten", "Daten der Leistung"),
                ("zsp-abschnitt-bewertung", "Bewertung"),
                ("zsp-abschnitt-zielstufen", "Zielstufen"),
                ("zsp-abschnitt-nachweise", "Nachweise"),
            ]
            loeschen>
            {move || stand.get().map(|(_, stufe, hoechste, name, text, modell, ohne)| view! {
                <dl class="kennzahlen">
                    <div class="kennzahlen__eintrag"><dt class="kern-label">{format!("Ist-Reifegrad ({})", modell.kurz())}</dt>
                        <dd class="kern-body" id="zsp-ist-reifegrad"><Stufenmarke stufe hoechste name ohne=ohne/></dd></div>
                </dl>
                <p class="kern-body" id="zsp-begrenzung">{text}</p>
            })}
            <section aria-labelledby="zsp-abschnitt-daten">
                <h2 class="kern-heading-medium" id="zsp-abschnitt-daten" tabindex="-1">"Daten der Leistung"</h2>
                <Leistungsformular id=Some(id)/>
            </section>
            <section aria-labelledby="zsp-abschnitt-bewertung">
                <h2 class="kern-heading-medium" id="zsp-abschnitt-bewertung" tabindex="-1">"Bewertung"</h2>
                <bewertung::Bewertungen leistung=id/>
            </section>
            <section aria-labelledby="zsp-abschnitt-zielstufen">
                <h2 class="kern-heading-medium" id="zsp-abschnitt-zielstufen" tabindex="-1">"Zielstufen"</h2>
                <zielstufen::Zielstufen leistung=id/>
            </section>
            <section aria-labelledby="zsp-abschnitt-nachweise">
                <h2 class="kern-heading-medium" id="zsp-abschnitt-nachweise" tabindex="-1">"Nachweise"</h2>
                <nachweise::NachweiseDerLeistung leistung=id/>
            </section>
        </Datensatzseite>
    }
}
