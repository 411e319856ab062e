//! A Leistung: the short form for a new one and, for an existing one, its record page
//! (`app::datensatz`): a summary first (keys, current level and what limits it, the next
//! Zielstufe, open Nachweise), then the sections Stammdaten, Bewertung, Zielstufen and
//! Nachweise, each shown as a summary and edited on its own (`app::zusammenfassung::Abschnitt`),
//! and deleting it.
//!
//! The master-data form edits a draft (`app::entwurf::Formularentwurf`, all fields as typed text) that
//! survives leaving the page, and saves it as one undoable step after validation.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt};
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{feldbindung, mit_leerem_wert, Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::app::zusammenfassung::{oder_strich, Angabe, Bearbeitung, Zusammenfassung};
use crate::shared::datum::Datum;
use crate::shared::text::anzahl;
use crate::tools::zielstufenplaner::calc;
use crate::tools::zielstufenplaner::model::{
    pruefe_leika_id, Feldfehler, LeikaTyp, Leistung, Modell, Sdg, Themenfeld, Zielstufenplaner,
    Zielstufenstatus,
};
use crate::tools::zielstufenplaner::SLUG;

use super::{
    abschnitt_beenden, bedeutungsoptionen, bewertung, hat_entwurf, href, leistung_href, nachweise,
    namensoptionen, zielstufen, Abk, Formularknoepfe, Satzabschnitt, Speicherknopf, Stufenmarke,
};

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
            themenfeld: Themenfeld::aus_name(&self.themenfeld),
            lage: self.lage.trim().to_owned(),
            leika_typ: LeikaTyp::aus_name(&self.leika_typ),
            sdg: Sdg::aus_name(&self.sdg),
            modell: Modell::aus_name(&self.modell).unwrap_or_default(),
        }
    }
}

fn feld_id(feld: &str) -> String {
    format!("zsp-{feld}")
}

/// The key of the master-data form's draft.
fn schluessel_stammdaten(id: Option<u32>) -> String {
    entwurfsschluessel(SLUG, "leistung", id.unwrap_or(0))
}

/// The form of a Leistung; `id: None` creates a new one with only what is needed to start
/// (keys, Bezeichnung, Themenfeld, model); the rest is filled in on the Leistung's page.
#[component]
pub fn Leistungsformular(
    /// The Leistung; `None` for a new one.
    id: Option<u32>,
    /// Where the section shows "gespeichert" after saving an existing Leistung.
    #[prop(optional)]
    meldung: Option<RwSignal<Option<String>>>,
) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let bearbeitung = Bearbeitung::im_abschnitt();
    let meldung = meldung.unwrap_or_else(|| RwSignal::new(None));
    let formular = StoredValue::new(Formularentwurf::neu(schluessel_stammdaten(id), move || {
        daten.lies(
            |ab| match ab.and_then(|ab| ab.werkzeuge.zielstufenplaner.leistung(id?)) {
                Some(l) => Entwurf::aus(l),
                None => Entwurf::aus(&Leistung::default()),
            },
        )
    }));
    let entwurf = formular.read_value().wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
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
                abschnitt_beenden(bearbeitung);
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
    let themen = namen(namensoptionen(Themenfeld::ALLE, Themenfeld::name));
    let typen = namen(bedeutungsoptionen(
        LeikaTyp::ALLE,
        LeikaTyp::name,
        LeikaTyp::bedeutung,
    ));
    let sdgs = namen(namensoptionen(Sdg::ALLE, Sdg::name));
    let modelle = namensoptionen(Modell::ALLE, Modell::name);
    let neu = id.is_none();
    // Only on the Leistung's page: what is not needed to start.
    let weitere = (!neu).then(|| {
        view! {
            <div class="formular__reihe">
                <Eingabe id=feld_id("lage") beschriftung="Lebens-/Geschäftslage" wert=lage bei_eingabe=lage_setzen fehler=fehler_bei("lage") deaktiviert/>
                <Auswahl id=feld_id("leika-typ") beschriftung="LeiKa-Typ" optionen=typen wert=typ bei_eingabe=typ_setzen deaktiviert/>
                <Auswahl id=feld_id("sdg") beschriftung="SDG-Relevanz" optionen=sdgs wert=sdg bei_eingabe=sdg_setzen deaktiviert/>
            </div>
        }
    });
    let knoepfe = if neu {
        view! {
            <div class="knopfleiste">
                <Speicherknopf id="zsp-leistung-speichern" text="Leistung anlegen" deaktiviert/>
                {move || formular.read_value().geaendert().then(|| view! { <span class="kern-body formular__ungespeichert">"Ungespeicherte Eingaben im Formular"</span> })}
            </div>
        }
        .into_any()
    } else {
        let abbrechen = Callback::new(move |_| {
            fehler.set(Vec::new());
            formular.read_value().verwerfen();
        });
        view! { <Formularknoepfe id="zsp-leistung-speichern" speichern="Stammdaten speichern" deaktiviert abbrechen/> }
            .into_any()
    };
    view! {
        {move || formular.read_value().zurueckgeholt.get().then(|| view! {
            <Hinweis art=HinweisArt::Info titel="Ungespeicherte Eingaben wiederhergestellt".to_owned()>
                <p class="kern-body">"Das Formular zeigt, was Sie zuletzt eingegeben, aber nicht gespeichert haben."</p>
            </Hinweis>
        })}
        <Fehlerzusammenfassung id="zsp-leistung-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            {neu.then(|| view! { <p class="kern-hint">"Alles Weitere – Lage, LeiKa-Typ, SDG-Relevanz, Bewertungen, Zielstufen und Nachweise – erfassen Sie danach auf der Seite der Leistung."</p> })}
            <div class="formular__reihe">
                <Eingabe id=feld_id("ozg-id") beschriftung="OZG-ID" schmal=true hinweis="Kennung der OZG-Leistung, z. B. 10110" wert=ozg bei_eingabe=ozg_setzen fehler=fehler_bei("ozg-id") deaktiviert/>
                <Eingabe id=feld_id("leika-id") beschriftung="LeiKa-ID" hinweis="Leistungsschlüssel, nur Ziffern (meist 14); FIM-Schlüssel beginnen mit 99" wert=leika bei_eingabe=leika_setzen fehler=fehler_bei("leika-id") deaktiviert/>
            </div>
            {move || leika_hinweis.get().map(|h| view! { <p class="kern-hint" role="status">{h}</p> })}
            <Eingabe id=feld_id("bezeichnung") beschriftung="Bezeichnung" pflicht=true wert=bez bei_eingabe=bez_setzen fehler=fehler_bei("bezeichnung") deaktiviert/>
            <div class="formular__reihe">
                <Auswahl id=feld_id("themenfeld") beschriftung="Themenfeld" optionen=themen wert=feld bei_eingabe=feld_setzen deaktiviert/>
                <Auswahl id=feld_id("modell") beschriftung="Reifegradmodell der Planung" pflicht=true
                    hinweis="In diesem Modell werden Ist-Reifegrad und Zielstufen geführt." optionen=modelle wert=modell bei_eingabe=modell_setzen fehler=fehler_bei("modell") deaktiviert/>
            </div>
            {weitere}
            {knoepfe}
        </form>
    }
}

/// The key facts at the top of a Leistung's page.
#[derive(Clone, Debug, PartialEq)]
struct Kopf {
    leistung: Leistung,
    stufe: Option<u8>,
    stufenname: String,
    ohne: &'static str,
    begrenzung: String,
    stichtag: String,
    entwurf: String,
    hinweise: Vec<String>,
    naechste: String,
    befunde: usize,
    nachweise: usize,
    nachweise_offen: usize,
}

fn kopf(plan: &Zielstufenplaner, l: &Leistung) -> Kopf {
    let s = calc::stand(plan, l);
    let k = plan.katalog(l.modell);
    let nachweise = plan.nachweise_von(l.id);
    Kopf {
        leistung: l.clone(),
        stufe: s.stufe(),
        stufenname: s.stufe().map(|x| k.stufenname(x)).unwrap_or_default(),
        ohne: if s.gesamt.is_some() {
            "unvollständig"
        } else {
            "nicht bewertet"
        },
        begrenzung: calc::begrenzung_satz(&k, s.gesamt.as_ref()),
        stichtag: s.stichtag.map(Datum::deutsch).unwrap_or_default(),
        entwurf: s.entwurfstext(&k),
        hinweise: calc::pruefe_leistung(plan, l)
            .iter()
            .map(calc::Leistungsbefund::text)
            .collect(),
        naechste: plan
            .zielstufen_von(l.id)
            .into_iter()
            .find(|z| z.status != Zielstufenstatus::Erreicht)
            .map(|z| {
                let termin = z.zieltermin.map(|d| format!(" bis {}", d.deutsch()));
                format!(
                    "{}: Stufe {}{}",
                    z.bezeichnung,
                    z.ziel_reifegrad,
                    termin.unwrap_or_default()
                )
            })
            .unwrap_or_default(),
        befunde: calc::pruefe_plan(plan, l, browser::heute()).len(),
        nachweise: nachweise.len(),
        nachweise_offen: nachweise
            .iter()
            .filter(|n| n.ziel.is_some_and(|z| z > n.stufe))
            .count(),
    }
}

/// "RGM 1.1 (0–4)" with the abbreviation explained.
fn modellname(m: Modell) -> impl IntoView {
    view! { <Abk kurz="RGM"/>{m.name().trim_start_matches("RGM").to_owned()} }
}

/// The summary at the top of the page.
#[component]
fn Kopfdaten(k: Kopf) -> impl IntoView {
    let l = &k.leistung;
    let hoechste = l.modell.hoechste_stufe();
    let ozg = format!("-ID {} · ", oder_strich(&l.ozg_id));
    let leika = format!("-ID {}", oder_strich(&l.leika_id));
    let themenfeld = oder_strich(l.themenfeld.map(|t| t.name()).unwrap_or_default());
    let modell = l.modell;
    let stichtag = (!k.stichtag.is_empty()).then(|| format!(" (Bewertung vom {})", k.stichtag));
    let nachweise = match (k.nachweise, k.nachweise_offen) {
        (0, _) => "–".to_owned(),
        (n, 0) => format!("{}, alle am Ziel", anzahl(n, "Nachweis", "Nachweise")),
        (n, o) => format!(
            "{} unter dem Ziel (von {})",
            anzahl(o, "Nachweis", "Nachweisen"),
            n
        ),
    };
    let befunde = match k.befunde {
        0 => "keine".to_owned(),
        n => anzahl(n, "Befund", "Befunde"),
    };
    view! {
        <Zusammenfassung>
            <Angabe bezeichnung="Kennung">
                <Abk kurz="OZG"/>{ozg}<Abk kurz="LeiKa"/>{leika}
            </Angabe>
            <Angabe bezeichnung="Themenfeld">{themenfeld}</Angabe>
            <Angabe bezeichnung="Reifegradmodell">{modellname(modell)}</Angabe>
            <Angabe bezeichnung="Ist-Reifegrad">
                <span id="zsp-ist-reifegrad"><Stufenmarke stufe=k.stufe hoechste name=k.stufenname.clone() ohne=k.ohne/></span>
                {stichtag}
            </Angabe>
            <Angabe bezeichnung="Was den Reifegrad begrenzt"><span id="zsp-begrenzung">{k.begrenzung.clone()}</span></Angabe>
            <Angabe bezeichnung="Nächste Zielstufe"><span id="zsp-naechste">{oder_strich(&k.naechste)}</span></Angabe>
            {(!k.entwurf.is_empty()).then(|| view! {
                <Angabe bezeichnung="Neuere Bewertung"><span id="zsp-entwurf">{k.entwurf.clone()}</span></Angabe>
            })}
            <Angabe bezeichnung="Befunde zum Stufenplan">{befunde}</Angabe>
            {(!k.hinweise.is_empty()).then(|| view! {
                <Angabe bezeichnung="Befunde zur Leistung">
                    <ul class="aufzaehlung" id="zsp-leistungsbefunde">
                        {k.hinweise.iter().map(|h| view! { <li>{h.clone()}</li> }).collect_view()}
                    </ul>
                </Angabe>
            })}
            <Angabe bezeichnung="Nachweise">{nachweise}</Angabe>
        </Zusammenfassung>
    }
}

/// The master data as a summary (the section's view).
#[component]
fn Stammdaten(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let leistung = Memo::new(move |_| {
        daten.lies(|ab| ab.and_then(|ab| ab.werkzeuge.zielstufenplaner.leistung(id).cloned()))
    });
    move || {
        leistung.get().map(|l| {
            let name = |w: Option<&'static str>| oder_strich(w.unwrap_or_default());
            view! {
                <Zusammenfassung>
                    <Angabe bezeichnung="Bezeichnung">{l.bezeichnung.clone()}</Angabe>
                    <Angabe bezeichnung="OZG-ID">{oder_strich(&l.ozg_id)}</Angabe>
                    <Angabe bezeichnung="LeiKa-ID">{oder_strich(&l.leika_id)}</Angabe>
                    <Angabe bezeichnung="Themenfeld">{name(l.themenfeld.map(|t| t.name()))}</Angabe>
                    <Angabe bezeichnung="Lebens-/Geschäftslage">{oder_strich(&l.lage)}</Angabe>
                    <Angabe bezeichnung="LeiKa-Typ">{name(l.leika_typ.map(|t| t.name()))}</Angabe>
                    <Angabe bezeichnung="SDG-Relevanz"><Abk kurz="SDG"/>{format!(": {}", name(l.sdg.map(|t| t.name())))}</Angabe>
                    <Angabe bezeichnung="Reifegradmodell der Planung">{l.modell.name()}</Angabe>
                </Zusammenfassung>
            }
        })
    }
}

/// The page of an existing Leistung: the summary, the sections and deleting it.
#[component]
pub fn Leistungsseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let kopfdaten = Memo::new(move |_| {
        daten.lies(|ab| {
            let plan = &ab?.werkzeuge.zielstufenplaner;
            plan.leistung(id).map(|l| kopf(plan, l))
        })
    });
    // A memo, so that a change of the Leistung does not rebuild the sections (open forms and
    // the message after saving stay).
    let vorhanden = Memo::new(move |_| kopfdaten.with(Option::is_some));
    let name = Signal::derive(move || {
        kopfdaten.with(|k| {
            format!(
                "Leistung „{}“",
                k.as_ref()
                    .map(|k| k.leistung.bezeichnung.as_str())
                    .unwrap_or_default()
            )
        })
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
        <Datensatzseite vorhanden
            nicht_vorhanden="Diese Leistung" zurueck=("Zur Liste der Leistungen", href(&[]))
            abschnitte=vec![
                ("zsp-abschnitt-daten", "Stammdaten"),
                ("zsp-abschnitt-bewertung", "Bewertung"),
                ("zsp-abschnitt-zielstufen", "Zielstufen"),
                ("zsp-abschnitt-nachweise", "Nachweise"),
            ]
            loeschen>
            {move || kopfdaten.get().map(|k| view! { <Kopfdaten k/> })}
            <Satzabschnitt id="zsp-abschnitt-daten" titel="Stammdaten" leistung=id
                offen={hat_entwurf::<Entwurf>(&schluessel_stammdaten(Some(id)))}
                anzeige=|id, _| view! { <Stammdaten id/> }.into_any()
                formular=|id, auswahl| view! { <Leistungsformular id=Some(id) meldung=auswahl.meldung/> }.into_any()/>
            <Satzabschnitt id="zsp-abschnitt-bewertung" titel="Bewertung" leistung=id offen=bewertung::offen(id)
                anzeige=|l, auswahl| view! { <bewertung::Verlauf leistung=l auswahl/> }.into_any()
                formular=|l, auswahl| view! { <bewertung::Bewertungsformular leistung=l auswahl/> }.into_any()/>
            <Satzabschnitt id="zsp-abschnitt-zielstufen" titel="Zielstufen" leistung=id offen=zielstufen::offen(id)
                anzeige=|l, auswahl| view! { <zielstufen::Zielstufenanzeige leistung=l auswahl/> }.into_any()
                formular=|l, auswahl| view! { <zielstufen::Zielstufenformular leistung=l auswahl/> }.into_any()/>
            <Satzabschnitt id="zsp-abschnitt-nachweise" titel="Nachweise" leistung=id offen=nachweise::offen(id)
                anzeige=|l, _| view! { <nachweise::Nachweisliste leistung=l/> }.into_any()
                formular=|l, _| view! { <nachweise::NachweiseDerLeistung leistung=l/> }.into_any()/>
        </Datensatzseite>
    }
}
