//! The stakeholder page (a record page, `app::datensatz`): the form with the master data of a
//! stakeholder (new or existing), the assessment at the Bewertungsstichtag, the assessment
//! history, the measures and relations that concern it, and deleting it.
//!
//! Both forms edit a draft (`app::entwurf::Formularentwurf`, all fields as typed text) that
//! survives leaving the page, and save it as one undoable step; a new stakeholder is saved
//! together with its first assessment. The assessment form files its values under the
//! Stichtag: an assessment of that date is replaced, older ones stay.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt};
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::entwurf::{holen, Formularentwurf};
use crate::app::formular::{
    feldbindung, Ankreuzfeld, Auswahl, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::app::tabelle::{Datentabelle, Spalte, Spaltenart, Zeilenaktionen};
use crate::app::zusammenfassung::{oder_strich, Abschnitt, Angabe, Bearbeitung, Zusammenfassung};
use crate::daten::arbeitsbereich::Arbeitsbereich;
use crate::shared::datum::Datum;
use crate::shared::text::anzahl;
use crate::shared::text::zahl_lesen;
use crate::tools::stakeholderanalyse::calc;
use crate::tools::stakeholderanalyse::model::{
    Bewertung, Feldfehler, Haltung, Machtbasis, Raster, Skala, Stakeholder, Stakeholderanalyse,
    Typ, Zugehoerigkeit,
};
use crate::tools::stakeholderanalyse::SLUG;

use super::{
    href, id_text, katalogoptionen, projektliste, spalte, stakeholder_href, textzelle,
    HaltungMarke, Projektbezug, VertraulichMarke, Zeilenknopf,
};
use crate::app::components::{Knopf, Knopfart};

/// Field id in the page: `sh-<feld>`.
fn feld_id(feld: &str) -> String {
    format!("sh-{feld}")
}

/// Options `1 – gering` … of a scale, optionally led by an empty value.
pub fn stufenoptionen(skala: Skala, leer: Option<&str>) -> Vec<(String, String)> {
    leer.map(|l| (String::new(), l.to_owned()))
        .into_iter()
        .chain((1..=skala.max()).map(|s| (s.to_string(), format!("{s} – {}", skala.stufenname(s)))))
        .collect()
}

/// The attitudes as options; `leer` names an empty first option ("wie Ist").
fn haltungsoptionen(leer: Option<&str>) -> Vec<(String, String)> {
    leer.map(|l| (String::new(), l.to_owned()))
        .into_iter()
        .chain(Haltung::ALLE.iter().map(|h| {
            (
                h.name().to_owned(),
                format!("{} ({:+})", h.name(), h.wert()),
            )
        }))
        .collect()
}

fn namensoptionen<T: Copy>(
    alle: &[T],
    name: fn(T) -> &'static str,
    leer: &str,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), leer.to_owned()))
        .chain(
            alle.iter()
                .map(|w| (name(*w).to_owned(), name(*w).to_owned())),
        )
        .collect()
}

/// Assessment fields as typed.
#[derive(Clone, Debug, PartialEq)]
struct Bewertungsentwurf {
    einfluss: String,
    interesse: String,
    betroffenheit: String,
    haltung_ist: String,
    haltung_soll: String,
    soll_einfluss: String,
    soll_interesse: String,
    soll_betroffenheit: String,
    notiz: String,
}

impl Bewertungsentwurf {
    fn aus(b: &Bewertung) -> Self {
        let opt = |w: Option<u8>| w.map(|w| w.to_string()).unwrap_or_default();
        Bewertungsentwurf {
            einfluss: b.einfluss.to_string(),
            interesse: b.interesse.to_string(),
            betroffenheit: b.betroffenheit.to_string(),
            haltung_ist: b.haltung_ist.name().to_owned(),
            // "wie Ist" (empty) while Soll equals Ist, like the Soll position.
            haltung_soll: if b.haltung_soll == b.haltung_ist {
                String::new()
            } else {
                b.haltung_soll.name().to_owned()
            },
            soll_einfluss: opt(b.soll_einfluss),
            soll_interesse: opt(b.soll_interesse),
            soll_betroffenheit: opt(b.soll_betroffenheit),
            notiz: b.notiz.clone(),
        }
    }

    fn neu(skala: Skala) -> Self {
        let mitte = skala.max().div_ceil(2);
        Bewertungsentwurf::aus(&Bewertung {
            skala,
            einfluss: mitte,
            interesse: mitte,
            betroffenheit: mitte,
            ..Bewertung::default()
        })
    }

    fn lesen(&self, datum: Datum, skala: Skala) -> Result<Bewertung, Vec<Feldfehler>> {
        let mut fehler = Vec::new();
        let mut stufe = |feld: &str, name: &str, text: &str, pflicht: bool| {
            let meldung = format!("{name}: Wählen Sie eine Stufe.");
            zahl_lesen(&mut fehler, feld, &meldung, text, 1..=skala.max(), pflicht)
        };
        let einfluss = stufe("einfluss", "Einfluss", &self.einfluss, true);
        let interesse = stufe("interesse", "Interesse", &self.interesse, true);
        let betroffenheit = stufe("betroffenheit", "Betroffenheit", &self.betroffenheit, true);
        let soll_einfluss = stufe("soll-einfluss", "Soll-Einfluss", &self.soll_einfluss, false);
        let soll_interesse = stufe(
            "soll-interesse",
            "Soll-Interesse",
            &self.soll_interesse,
            false,
        );
        let soll_betroffenheit = stufe(
            "soll-betroffenheit",
            "Soll-Betroffenheit",
            &self.soll_betroffenheit,
            false,
        );
        if !fehler.is_empty() {
            return Err(fehler);
        }
        let b = Bewertung {
            datum,
            skala,
            einfluss: einfluss.unwrap_or(1),
            interesse: interesse.unwrap_or(1),
            betroffenheit: betroffenheit.unwrap_or(1),
            haltung_ist: Haltung::aus_name(&self.haltung_ist).unwrap_or_default(),
            // An empty Soll ("wie Ist") follows the Ist, so a new stakeholder shows no false
            // Engagement-Lücke.
            haltung_soll: Haltung::aus_name(&self.haltung_soll)
                .unwrap_or_else(|| Haltung::aus_name(&self.haltung_ist).unwrap_or_default()),
            soll_einfluss,
            soll_interesse,
            soll_betroffenheit,
            notiz: self.notiz.trim().to_owned(),
        };
        let f = Stakeholderanalyse::pruefe_bewertung(&b);
        if f.is_empty() {
            Ok(b)
        } else {
            Err(f)
        }
    }
}

/// Master-data fields as typed.
#[derive(Clone, Debug, PartialEq)]
struct Entwurf {
    name: String,
    typ: String,
    zugehoerigkeit: String,
    kategorie: String,
    rolle: String,
    interessen: String,
    machtbasis: Vec<Machtbasis>,
    kommunikationsstrategie: String,
    kanal: String,
    frequenz: String,
    verantwortlich: String,
    vertraulich: bool,
    projekte: Vec<u32>,
    /// Only for a new stakeholder: its first assessment.
    bewertung: Bewertungsentwurf,
}

impl Entwurf {
    fn aus(s: &Stakeholder, skala: Skala) -> Self {
        let id = id_text;
        Entwurf {
            name: s.name.clone(),
            typ: s.typ.map(Typ::name).unwrap_or_default().to_owned(),
            zugehoerigkeit: s
                .zugehoerigkeit
                .map(Zugehoerigkeit::name)
                .unwrap_or_default()
                .to_owned(),
            kategorie: id(s.kategorie),
            rolle: s.rolle.clone(),
            interessen: s.interessen.clone(),
            machtbasis: s.machtbasis.clone(),
            kommunikationsstrategie: s.kommunikationsstrategie.clone(),
            kanal: id(s.kanal),
            frequenz: id(s.frequenz),
            verantwortlich: s.verantwortlich.clone(),
            vertraulich: s.vertraulich,
            projekte: s.projekte.clone(),
            bewertung: Bewertungsentwurf::neu(skala),
        }
    }

    fn stakeholder(&self, id: u32) -> Stakeholder {
        Stakeholder {
            id,
            name: self.name.trim().to_owned(),
            typ: Typ::aus_name(&self.typ),
            zugehoerigkeit: Zugehoerigkeit::aus_name(&self.zugehoerigkeit),
            kategorie: self.kategorie.parse().ok(),
            rolle: self.rolle.trim().to_owned(),
            interessen: self.interessen.trim().to_owned(),
            machtbasis: Machtbasis::ALLE
                .iter()
                .copied()
                .filter(|m| self.machtbasis.contains(m))
                .collect(),
            kommunikationsstrategie: self.kommunikationsstrategie.trim().to_owned(),
            kanal: self.kanal.parse().ok(),
            frequenz: self.frequenz.parse().ok(),
            verantwortlich: self.verantwortlich.trim().to_owned(),
            vertraulich: self.vertraulich,
            projekte: self.projekte.clone(),
            bewertungen: Vec::new(),
        }
    }
}

/// Which part of a stakeholder a [`Stakeholderformular`] edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Teil {
    /// A new stakeholder: what is needed to start (name, Kategorie, confidential) and its
    /// first assessment.
    Neu,
    /// Master data of a stored stakeholder (section "Stammdaten").
    Stammdaten,
    /// How the stakeholder is engaged (section "Kommunikation").
    Kommunikation,
}

impl Teil {
    /// The draft's form name (one draft per part).
    fn formularname(self) -> &'static str {
        match self {
            Teil::Neu | Teil::Stammdaten => "stakeholder",
            Teil::Kommunikation => "stakeholder-kommunikation",
        }
    }
}

impl Entwurf {
    /// Writes the fields of `teil` into the stored stakeholder `s`; the other fields stay.
    fn uebernehmen(&self, s: &mut Stakeholder, teil: Teil) {
        let neu = self.stakeholder(s.id);
        match teil {
            Teil::Kommunikation => {
                s.kommunikationsstrategie = neu.kommunikationsstrategie;
                s.kanal = neu.kanal;
                s.frequenz = neu.frequenz;
                s.verantwortlich = neu.verantwortlich;
            }
            Teil::Neu | Teil::Stammdaten => {
                let bewertungen = std::mem::take(&mut s.bewertungen);
                let kommunikation = (
                    std::mem::take(&mut s.kommunikationsstrategie),
                    s.kanal,
                    s.frequenz,
                    std::mem::take(&mut s.verantwortlich),
                );
                *s = neu;
                s.bewertungen = bewertungen;
                (
                    s.kommunikationsstrategie,
                    s.kanal,
                    s.frequenz,
                    s.verantwortlich,
                ) = kommunikation;
            }
        }
    }
}

/// A checkbox per entry of `alle` that adds it to or removes it from a list in the draft.
fn listenfelder<T: Copy + PartialEq + Send + Sync + 'static>(
    entwurf: RwSignal<Entwurf>,
    liste: fn(&mut Entwurf) -> &mut Vec<T>,
    alle: Vec<(T, String, String)>,
    deaktiviert: Signal<bool>,
) -> AnyView {
    alle.into_iter()
        .map(|(w, id, text)| {
            let wert = Signal::derive(move || entwurf.with(|e| liste(&mut e.clone()).contains(&w)));
            let setzen = Callback::new(move |an: bool| {
                entwurf.update(|e| {
                    let l = liste(e);
                    l.retain(|x| *x != w);
                    if an {
                        l.push(w);
                    }
                })
            });
            view! { <Ankreuzfeld id=feld_id(&id) beschriftung=text wert bei_eingabe=setzen deaktiviert/> }
        })
        .collect_view()
        .into_any()
}

/// The stakeholder form: `Teil::Neu` creates a new stakeholder with its first assessment;
/// the other parts edit one section of stored stakeholder `id` (inside an `Abschnitt`).
#[component]
pub fn Stakeholderformular(id: Option<u32>, teil: Teil) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let (skala, stichtag, kataloge, projekte) = daten
        .lies_ungetrackt(|ab| {
            ab.map(|ab| {
                let a = &ab.werkzeuge.stakeholderanalyse;
                (
                    a.skala(),
                    calc::stichtag(a, browser::heute()),
                    (
                        katalogoptionen(&a.kategorien, "nicht festgelegt"),
                        katalogoptionen(&a.kanaele, "nicht festgelegt"),
                        katalogoptionen(&a.frequenzen, "nicht festgelegt"),
                    ),
                    ab.werkzeuge
                        .multiprojektplan
                        .projekte
                        .iter()
                        .map(|p| {
                            (
                                p.id,
                                format!("projekt-{}", p.id),
                                format!("{} {}", p.kennung, p.titel),
                            )
                        })
                        .collect::<Vec<_>>(),
                )
            })
        })
        .unwrap_or_else(|| {
            (
                Skala::Drei,
                browser::heute(),
                (Vec::new(), Vec::new(), Vec::new()),
                Vec::new(),
            )
        });
    let formular = StoredValue::new(Formularentwurf::neu(
        entwurfsschluessel(SLUG, teil.formularname(), id.unwrap_or(0)),
        move || {
            daten.lies(|ab| {
                let Some(a) = ab.map(|ab| &ab.werkzeuge.stakeholderanalyse) else {
                    return Entwurf::aus(&Stakeholder::default(), Skala::Drei);
                };
                match id.and_then(|id| a.stakeholder(id)) {
                    Some(s) => Entwurf::aus(s, a.skala()),
                    None => Entwurf::aus(&Stakeholder::default(), a.skala()),
                }
            })
        },
    ));
    let entwurf = formular.read_value().wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let fehler_bei = move |feld: &str| fehler_am(fehler, feld_id(feld));
    let beenden = move || {
        if let Some(b) = Bearbeitung::im_abschnitt() {
            b.beenden();
        }
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut s = daten
            .lies_ungetrackt(|ab| {
                id.and_then(|id| ab?.werkzeuge.stakeholderanalyse.stakeholder(id).cloned())
            })
            .unwrap_or_default();
        e.uebernehmen(&mut s, teil);
        let mut liste = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.stakeholderanalyse.pruefe_stakeholder(&s))
                .unwrap_or_default()
        });
        if teil == Teil::Neu {
            match e.bewertung.lesen(stichtag, skala) {
                Ok(b) => s.bewertungen = vec![b],
                Err(f) => liste.extend(f),
            }
        }
        if !fehler_melden(fehler, "sh-", liste) {
            return;
        }
        let name = s.name.clone();
        let mut neue_id = 0;
        let beschreibung = if teil == Teil::Neu {
            format!("Stakeholder „{name}“ angelegt")
        } else {
            format!("Stakeholder „{name}“ geändert")
        };
        daten.aendere(&beschreibung, |ab| {
            neue_id = ab.werkzeuge.stakeholderanalyse.speichere_stakeholder(s);
        });
        formular.read_value().verwerfen();
        daten.ansagen(format!("{beschreibung}."));
        if teil == Teil::Neu {
            browser::setze_hash(&stakeholder_href(neue_id));
        } else {
            beenden();
        }
    };

    let (name, name_setzen) = feldbindung!(entwurf.name);
    let (typ, typ_setzen) = feldbindung!(entwurf.typ);
    let (zug, zug_setzen) = feldbindung!(entwurf.zugehoerigkeit);
    let (kategorie, kategorie_setzen) = feldbindung!(entwurf.kategorie);
    let (rolle, rolle_setzen) = feldbindung!(entwurf.rolle);
    let (interessen, interessen_setzen) = feldbindung!(entwurf.interessen);
    let (strategie, strategie_setzen) = feldbindung!(entwurf.kommunikationsstrategie);
    let (kanal, kanal_setzen) = feldbindung!(entwurf.kanal);
    let (frequenz, frequenz_setzen) = feldbindung!(entwurf.frequenz);
    let (verantwortlich, verantwortlich_setzen) = feldbindung!(entwurf.verantwortlich);
    let vertraulich = Signal::derive(move || entwurf.with(|e| e.vertraulich));
    let vertraulich_setzen = Callback::new(move |w: bool| entwurf.update(|e| e.vertraulich = w));
    let (kat_opt, kanal_opt, frequenz_opt) = kataloge;
    let grund = move || {
        view! {
            <Eingabe id=feld_id("name") beschriftung="Name/Bezeichnung" pflicht=true hinweis="Person, Gruppe oder Institution"
                wert=name bei_eingabe=name_setzen fehler=fehler_bei("name") deaktiviert/>
            <Auswahl id=feld_id("kategorie") beschriftung="Kategorie" optionen=kat_opt.clone() hinweis="Katalog unter Einstellungen anpassbar"
                wert=kategorie bei_eingabe=kategorie_setzen deaktiviert/>
            <Ankreuzfeld id=feld_id("vertraulich") beschriftung="vertraulich (wird nur auf ausdrücklichen Wunsch exportiert)"
                wert=vertraulich bei_eingabe=vertraulich_setzen deaktiviert/>
        }
    };
    let felder = match teil {
        Teil::Neu => view! {
            {grund()}
            <Feldgruppe titel=format!("Erste Bewertung (Stichtag {})", stichtag.deutsch())>
                <Bewertungsfelder entwurf=Signal::derive(move || entwurf.with(|e| e.bewertung.clone()))
                    setzen=Callback::new(move |b| entwurf.update(|e| e.bewertung = b))
                    skala fehler deaktiviert kurz=true/>
            </Feldgruppe>
            <p class="kern-body">"Rolle, Interessen, Machtbasis, Kommunikation und Projekte ergänzen Sie danach auf der Seite des Stakeholders."</p>
        }
        .into_any(),
        Teil::Stammdaten => {
            let machtbasis = listenfelder(
                entwurf,
                |e| &mut e.machtbasis,
                Machtbasis::ALLE
                    .iter()
                    .map(|&m| (m, format!("macht-{}", m.name().to_lowercase()), format!("{} – {}", m.name(), m.bedeutung())))
                    .collect(),
                deaktiviert,
            );
            let projektfelder = if projekte.is_empty() {
                view! { <p class="kern-body">"Im Multiprojektplan dieses Arbeitsbereichs ist noch kein Projekt erfasst."</p> }.into_any()
            } else {
                listenfelder(entwurf, |e| &mut e.projekte, projekte.clone(), deaktiviert)
            };
            view! {
                {grund()}
                <Auswahl id=feld_id("typ") beschriftung="Typ" optionen=namensoptionen(Typ::ALLE, Typ::name, "nicht festgelegt")
                    wert=typ bei_eingabe=typ_setzen deaktiviert/>
                <Auswahl id=feld_id("zugehoerigkeit") beschriftung="intern/extern" optionen=namensoptionen(Zugehoerigkeit::ALLE, Zugehoerigkeit::name, "nicht festgelegt")
                    wert=zug bei_eingabe=zug_setzen deaktiviert/>
                <Eingabe id=feld_id("rolle") beschriftung="Rolle im Projekt"
                    wert=rolle bei_eingabe=rolle_setzen fehler=fehler_bei("rolle") deaktiviert/>
                <Eingabe id=feld_id("interessen") beschriftung="Interessen / Erwartungen" mehrzeilig=true
                    wert=interessen bei_eingabe=interessen_setzen fehler=fehler_bei("interessen") deaktiviert/>
                <Feldgruppe titel="Machtbasis">{machtbasis}</Feldgruppe>
                <Feldgruppe titel="Projekte aus dem Multiprojektplan">{projektfelder}</Feldgruppe>
            }
            .into_any()
        }
        Teil::Kommunikation => view! {
            <Eingabe id=feld_id("kommunikationsstrategie") beschriftung="Kommunikationsstrategie" mehrzeilig=true
                wert=strategie bei_eingabe=strategie_setzen fehler=fehler_bei("kommunikationsstrategie") deaktiviert/>
            <Auswahl id=feld_id("kanal") beschriftung="Kanal" optionen=kanal_opt.clone() wert=kanal bei_eingabe=kanal_setzen deaktiviert/>
            <Auswahl id=feld_id("frequenz") beschriftung="Frequenz" optionen=frequenz_opt.clone() wert=frequenz bei_eingabe=frequenz_setzen deaktiviert/>
            <Eingabe id=feld_id("verantwortlich") beschriftung="Verantwortlich (Beziehungspflege)"
                wert=verantwortlich bei_eingabe=verantwortlich_setzen fehler=fehler_bei("verantwortlich") deaktiviert/>
        }
        .into_any(),
    };
    let abbrechen = move |_| {
        formular.read_value().verwerfen();
        fehler.set(Vec::new());
        beenden();
    };
    let abbrechen_ziel = id.map(stakeholder_href).unwrap_or_else(|| href(&[]));
    let speichertext = match teil {
        Teil::Neu => "Stakeholder anlegen",
        Teil::Stammdaten => "Stammdaten speichern",
        Teil::Kommunikation => "Kommunikation speichern",
    };

    view! {
        {move || formular.read_value().zurueckgeholt.get().then(|| view! {
            <Hinweis art=HinweisArt::Info titel="Ungespeicherte Eingaben wiederhergestellt".to_owned()>
                <p class="kern-body">"Sie hatten dieses Formular verlassen, ohne zu speichern. Speichern oder verwerfen Sie Ihre Eingaben."</p>
            </Hinweis>
        })}
        <Fehlerzusammenfassung id="sh-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            {felder}
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="sh-speichern" deaktiviert=deaktiviert>
                    {speichertext}
                </Knopf>
                {match teil {
                    Teil::Neu => view! {
                        <a class="kern-btn kern-btn--secondary" href=abbrechen_ziel.clone() on:click=move |_| formular.read_value().verwerfen()>
                            <span class="kern-label">"Abbrechen"</span>
                        </a>
                    }.into_any(),
                    _ => view! {
                        <Knopf id="sh-abbrechen" bei_klick=abbrechen>"Abbrechen"</Knopf>
                    }.into_any(),
                }}
            </div>
        </form>
    }
}

/// The assessment fields on the analysis's scale.
#[component]
fn Bewertungsfelder(
    entwurf: Signal<Bewertungsentwurf>,
    setzen: Callback<Bewertungsentwurf>,
    skala: Skala,
    fehler: RwSignal<Vec<Feldfehler>>,
    deaktiviert: Signal<bool>,
    /// Only the Ist position and the attitudes (the create form); Soll position and note are
    /// added on the stakeholder's page.
    #[prop(optional)]
    kurz: bool,
) -> impl IntoView {
    let feld = move |lesen: fn(&Bewertungsentwurf) -> String,
                     schreiben: fn(&mut Bewertungsentwurf, String)| {
        (
            Signal::derive(move || entwurf.with(lesen)),
            Callback::new(move |w: String| {
                let mut e = entwurf.get_untracked();
                schreiben(&mut e, w);
                setzen.run(e);
            }),
        )
    };
    let fehler_bei = move |feld: &str| fehler_am(fehler, feld_id(feld));
    let (einfluss, einfluss_s) = feld(|e| e.einfluss.clone(), |e, w| e.einfluss = w);
    let (interesse, interesse_s) = feld(|e| e.interesse.clone(), |e, w| e.interesse = w);
    let (betr, betr_s) = feld(|e| e.betroffenheit.clone(), |e, w| e.betroffenheit = w);
    let (ist, ist_s) = feld(|e| e.haltung_ist.clone(), |e, w| e.haltung_ist = w);
    let (soll, soll_s) = feld(|e| e.haltung_soll.clone(), |e, w| e.haltung_soll = w);
    let (se, se_s) = feld(|e| e.soll_einfluss.clone(), |e, w| e.soll_einfluss = w);
    let (si, si_s) = feld(|e| e.soll_interesse.clone(), |e, w| e.soll_interesse = w);
    let (sb, sb_s) = feld(
        |e| e.soll_betroffenheit.clone(),
        |e, w| e.soll_betroffenheit = w,
    );
    let (notiz, notiz_s) = feld(|e| e.notiz.clone(), |e, w| e.notiz = w);
    view! {
        <div class="formular__reihe">
            <Auswahl id=feld_id("einfluss") beschriftung="Einfluss / Macht" pflicht=true optionen=stufenoptionen(skala, None)
                wert=einfluss bei_eingabe=einfluss_s fehler=fehler_bei("einfluss") deaktiviert/>
            <Auswahl id=feld_id("interesse") beschriftung="Interesse" pflicht=true optionen=stufenoptionen(skala, None)
                wert=interesse bei_eingabe=interesse_s fehler=fehler_bei("interesse") deaktiviert/>
            <Auswahl id=feld_id("betroffenheit") beschriftung="Betroffenheit" pflicht=true optionen=stufenoptionen(skala, None)
                wert=betr bei_eingabe=betr_s fehler=fehler_bei("betroffenheit") deaktiviert/>
        </div>
        <div class="formular__reihe">
            <Auswahl id=feld_id("haltung-ist") beschriftung="Haltung (Ist)" pflicht=true optionen=haltungsoptionen(None)
                wert=ist bei_eingabe=ist_s deaktiviert/>
            <Auswahl id=feld_id("haltung-soll") beschriftung="Haltung (Soll)" optionen=haltungsoptionen(Some("wie Ist"))
                wert=soll bei_eingabe=soll_s deaktiviert/>
        </div>
        {(!kurz).then(|| view! {
        <div class="formular__reihe">
            <Auswahl id=feld_id("soll-einfluss") beschriftung="Soll-Einfluss" optionen=stufenoptionen(skala, Some("wie Ist"))
                wert=se bei_eingabe=se_s fehler=fehler_bei("soll-einfluss") deaktiviert/>
            <Auswahl id=feld_id("soll-interesse") beschriftung="Soll-Interesse" optionen=stufenoptionen(skala, Some("wie Ist"))
                wert=si bei_eingabe=si_s fehler=fehler_bei("soll-interesse") deaktiviert/>
            <Auswahl id=feld_id("soll-betroffenheit") beschriftung="Soll-Betroffenheit" optionen=stufenoptionen(skala, Some("wie Ist"))
                wert=sb bei_eingabe=sb_s fehler=fehler_bei("soll-betroffenheit") deaktiviert/>
        </div>
        <Eingabe id=feld_id("notiz") beschriftung="Notiz zur Bewertung" mehrzeilig=true
            wert=notiz bei_eingabe=notiz_s fehler=fehler_bei("notiz") deaktiviert/>
        })}
    }
}

/// The key facts of a stakeholder's page, as label and text.
type Angaben = Vec<(&'static str, String)>;

/// What the page's summary and sections show, read from the workspace in one memo.
#[derive(Clone, Debug, Default, PartialEq)]
struct Ueberblick {
    projekte: Vec<(u32, Option<String>)>,
    vertraulich: bool,
    kritisch: bool,
    haltung: Option<(Haltung, Haltung)>,
    position: Angaben,
    stammdaten: Angaben,
    kommunikation: Angaben,
    bewertung: Angaben,
}

/// A catalogue entry's name, or "–".
fn katalogtext(
    katalog: &[crate::tools::stakeholderanalyse::model::Katalogeintrag],
    id: Option<u32>,
) -> String {
    oder_strich(&calc::katalogname(katalog, id))
}

/// A list as one line, or "–".
fn aufzaehlen(teile: Vec<String>) -> String {
    oder_strich(&teile.join("; "))
}

fn ueberblick(ab: &Arbeitsbereich, id: u32) -> Option<Ueberblick> {
    let a = &ab.werkzeuge.stakeholderanalyse;
    let s = a.stakeholder(id)?;
    let stichtag = calc::stichtag(a, browser::heute());
    let b = calc::bewertung_am(a, s, stichtag);
    let achse = a.einstellungen.y_achse;
    let stufe = |w: u8, skala: Skala| format!("{w} ({})", skala.stufenname(w));
    let offene: Vec<String> = a
        .massnahmen
        .iter()
        .filter(|m| m.stakeholder.contains(&id))
        .filter(|m| m.status.offen())
        .map(|m| match m.faellig {
            Some(d) => format!("{} (fällig {})", m.titel, d.deutsch()),
            None => m.titel.clone(),
        })
        .collect();
    let plan: Vec<String> = a
        .kommunikation
        .iter()
        .filter(|k| k.stakeholder == id)
        .map(|k| {
            let wie = [
                calc::katalogname(&a.kanaele, k.kanal),
                calc::katalogname(&a.frequenzen, k.frequenz),
            ]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
            [wie, k.inhalt.clone()]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(": ")
        })
        .collect();
    let position = match &b {
        None => vec![("Position", "noch nicht bewertet".to_owned())],
        Some(b) => {
            let y = calc::y_wert(b, achse);
            let raster = a.einstellungen.raster();
            let mut strategie = calc::strategie(b.einfluss, y, b.skala, raster).to_owned();
            if raster == Raster::ZweiMalZwei {
                let q = calc::quadrant(b.einfluss, y, b.skala);
                strategie = format!("{} ({})", q.name(), q.bedeutung());
            }
            vec![
                ("Einfluss", stufe(b.einfluss, b.skala)),
                (achse.name(), stufe(y, b.skala)),
                ("Strategie", strategie),
                ("Priorität", calc::prioritaet(b).to_string()),
                ("Engagement-Lücke", calc::delta(calc::gap(b))),
            ]
        }
    };
    let offen_text = if offene.is_empty() {
        "keine".to_owned()
    } else {
        format!(
            "{}: {}",
            anzahl(offene.len(), "offene Maßnahme", "offene Maßnahmen"),
            offene.join("; ")
        )
    };
    let mut position = position;
    position.push(("Maßnahmen", offen_text));
    position.push(("Kommunikation laut Plan", aufzaehlen(plan)));
    let stammdaten = vec![
        ("Name/Bezeichnung", s.name.clone()),
        ("Kategorie", katalogtext(&a.kategorien, s.kategorie)),
        ("Typ", oder_strich(s.typ.map(Typ::name).unwrap_or_default())),
        (
            "intern/extern",
            oder_strich(
                s.zugehoerigkeit
                    .map(Zugehoerigkeit::name)
                    .unwrap_or_default(),
            ),
        ),
        ("Rolle im Projekt", oder_strich(&s.rolle)),
        ("Interessen / Erwartungen", oder_strich(&s.interessen)),
        (
            "Machtbasis",
            aufzaehlen(s.machtbasis.iter().map(|m| m.name().to_owned()).collect()),
        ),
        (
            "Vertraulich",
            if s.vertraulich {
                "ja (nur auf ausdrücklichen Wunsch exportiert)"
            } else {
                "nein"
            }
            .to_owned(),
        ),
    ];
    let kommunikation = vec![
        (
            "Kommunikationsstrategie",
            oder_strich(&s.kommunikationsstrategie),
        ),
        ("Kanal", katalogtext(&a.kanaele, s.kanal)),
        ("Frequenz", katalogtext(&a.frequenzen, s.frequenz)),
        (
            "Verantwortlich (Beziehungspflege)",
            oder_strich(&s.verantwortlich),
        ),
    ];
    let bewertung = match &b {
        None => vec![("Bewertung", "noch keine".to_owned())],
        Some(b) => {
            let soll =
                |w: Option<u8>| w.map_or_else(|| "wie Ist".to_owned(), |w| stufe(w, b.skala));
            vec![
                ("Bewertet am", b.datum.deutsch()),
                ("Einfluss / Macht", stufe(b.einfluss, b.skala)),
                ("Interesse", stufe(b.interesse, b.skala)),
                ("Betroffenheit", stufe(b.betroffenheit, b.skala)),
                ("Soll-Einfluss", soll(b.soll_einfluss)),
                ("Soll-Interesse", soll(b.soll_interesse)),
                ("Soll-Betroffenheit", soll(b.soll_betroffenheit)),
                ("Notiz", oder_strich(&b.notiz)),
            ]
        }
    };
    Some(Ueberblick {
        projekte: projektliste(&ab.werkzeuge.multiprojektplan, &s.projekte),
        vertraulich: s.vertraulich,
        kritisch: b.as_ref().is_some_and(|b| calc::kritisch(b, &s.machtbasis)),
        haltung: b.as_ref().map(|b| (b.haltung_ist, b.haltung_soll)),
        position,
        stammdaten,
        kommunikation,
        bewertung,
    })
}

/// A summary list of [`Angaben`].
fn angabenliste(angaben: Angaben) -> impl IntoView {
    view! {
        <Zusammenfassung>
            {angaben.into_iter().map(|(bezeichnung, wert)| view! { <Angabe bezeichnung>{wert}</Angabe> }).collect_view()}
        </Zusammenfassung>
    }
}

/// The page of an existing stakeholder: a summary of its position, then sections edited on
/// their own (Stammdaten, Kommunikation, Bewertung zum Stichtag), the history, measures and
/// relations, and deleting it.
#[component]
pub fn Stakeholderseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let info = Memo::new(move |_| daten.lies(|ab| ueberblick(ab?, id)));
    let name = Memo::new(move |_| {
        daten.lies(|ab| {
            Some(
                ab?.werkzeuge
                    .stakeholderanalyse
                    .stakeholder(id)?
                    .name
                    .clone(),
            )
        })
    });
    let titel = Signal::derive(move || format!("Stakeholder „{}“", name.get().unwrap_or_default()));
    let loeschen = Loeschen {
        name: titel,
        folgen: "Der Stakeholder wird mit allen Bewertungen, Beziehungen und Kommunikationsplan-Einträgen gelöscht; Maßnahmen nur für ihn ebenfalls.",
        ausfuehren: Callback::new(move |_| {
            let titel = titel.get_untracked();
            daten.aendere(&format!("{titel} gelöscht"), |ab| {
                ab.werkzeuge.stakeholderanalyse.entferne_stakeholder(id);
            });
            daten.ansagen(format!("{titel} gelöscht."));
        }),
    };
    let bearbeitbar = Signal::derive(move || daten.bearbeitbar());
    // A section whose form holds an unsaved draft from an earlier visit opens in editing.
    let entwurf_offen = move |teil: Teil| {
        holen::<Entwurf>(&entwurfsschluessel(SLUG, teil.formularname(), id)).is_some()
    };
    let bewertung_offen =
        holen::<Bewertungsentwurf>(&entwurfsschluessel(SLUG, "bewertung", id)).is_some();
    let teil = move |f: fn(&Ueberblick) -> Angaben| {
        ViewFn::from(move || angabenliste(info.with(|i| i.as_ref().map(f).unwrap_or_default())))
    };
    view! {
        <Datensatzseite vorhanden=Signal::derive(move || name.with(Option::is_some))
            nicht_vorhanden="Diesen Stakeholder" zurueck=("Zur Übersicht", href(&[]))
            abschnitte=vec![
                ("sh-abschnitt-stammdaten", "Stammdaten"),
                ("sh-abschnitt-kommunikation", "Kommunikation"),
                ("sh-bewertung-titel", "Bewertung zum Stichtag"),
                ("sh-abschnitt-verlauf", "Verlauf der Bewertungen"),
                ("sh-abschnitt-bezuege", "Maßnahmen und Beziehungen"),
            ]
            loeschen>
            {move || info.get().map(|i| view! {
                <Projektbezug titel="Projekte" projekte=i.projekte/>
                <p class="kern-body sh-kopfzeile">
                    {i.vertraulich.then(|| view! { <VertraulichMarke/>" " })}
                    {i.kritisch.then(|| view! { <span class="sh-kritisch">"kritisch"</span>" " })}
                    {i.haltung.map(|(ist, soll)| view! { "Haltung: "<HaltungMarke haltung=ist/>" → "<HaltungMarke haltung=soll/>" (Soll)" })}
                </p>
                {angabenliste(i.position)}
            })}
            <Abschnitt id="sh-abschnitt-stammdaten" titel="Stammdaten" bearbeitbar offen=entwurf_offen(Teil::Stammdaten)
                anzeige=teil(|i| i.stammdaten.clone())
                formular=ViewFn::from(move || view! { <Stakeholderformular id=Some(id) teil=Teil::Stammdaten/> })/>
            <Abschnitt id="sh-abschnitt-kommunikation" titel="Kommunikation" bearbeitbar offen=entwurf_offen(Teil::Kommunikation)
                anzeige=teil(|i| i.kommunikation.clone())
                formular=ViewFn::from(move || view! { <Stakeholderformular id=Some(id) teil=Teil::Kommunikation/> })/>
            <Abschnitt id="sh-bewertung-titel" titel="Bewertung zum Stichtag" bearbeitbar offen=bewertung_offen
                anzeige=teil(|i| i.bewertung.clone())
                formular=ViewFn::from(move || view! { <Bewertungsbereich id/> })/>
            <Verlauf id/>
            <Bezuege id/>
        </Datensatzseite>
    }
}

/// The assessment at the Stichtag.
#[component]
fn Bewertungsbereich(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    // The assessment valid at the Stichtag, as the form shows it; `true` if it is of that date.
    let stand = move |ab: Option<&Arbeitsbereich>| {
        let Some(a) = ab.map(|ab| &ab.werkzeuge.stakeholderanalyse) else {
            return (
                Bewertungsentwurf::neu(Skala::Drei),
                Skala::Drei,
                browser::heute(),
                false,
            );
        };
        let stichtag = calc::stichtag(a, browser::heute());
        let s = a.stakeholder(id);
        let vorhanden = s
            .and_then(|s| s.stand(stichtag))
            .is_some_and(|b| b.datum == stichtag);
        let entwurf = s
            .and_then(|s| calc::bewertung_am(a, s, stichtag))
            .map_or_else(
                || Bewertungsentwurf::neu(a.skala()),
                |b| Bewertungsentwurf::aus(&b),
            );
        (entwurf, a.skala(), stichtag, vorhanden)
    };
    let (_, skala, stichtag, vorhanden) = daten.lies_ungetrackt(stand);
    let formular = StoredValue::new(Formularentwurf::neu(
        entwurfsschluessel(SLUG, "bewertung", id),
        move || daten.lies(stand).0,
    ));
    let entwurf = formular.read_value().wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let abbrechen = move |_| {
        formular.read_value().verwerfen();
        if let Some(b) = Bearbeitung::im_abschnitt() {
            b.beenden();
        }
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match entwurf.get_untracked().lesen(stichtag, skala) {
            Err(f) => {
                fehler_melden(fehler, "sh-", f);
            }
            Ok(b) => {
                fehler.set(Vec::new());
                let name = daten.lies_ungetrackt(|ab| {
                    ab.map(|ab| ab.werkzeuge.stakeholderanalyse.name(id))
                        .unwrap_or_default()
                });
                let gespeichert = Bewertungsentwurf::aus(&b);
                daten.aendere(
                    &format!(
                        "Bewertung von „{name}“ zum {} gespeichert",
                        stichtag.deutsch()
                    ),
                    |ab| {
                        if let Some(s) = ab.werkzeuge.stakeholderanalyse.stakeholder_mut(id) {
                            s.setze_bewertung(b);
                        }
                    },
                );
                formular.read_value().zuruecksetzen(gespeichert);
                daten.ansagen(format!("Bewertung zum {} gespeichert.", stichtag.deutsch()));
                if let Some(b) = Bearbeitung::im_abschnitt() {
                    b.beenden();
                }
            }
        }
    };
    view! {
        <p class="kern-body">
            {format!("Bewertungsstichtag: {}. ", stichtag.deutsch())}
            {if vorhanden {
                "Für diesen Stichtag gibt es eine Bewertung; Speichern ändert sie."
            } else {
                "Für diesen Stichtag gibt es noch keine Bewertung. Die Felder zeigen die zuletzt gültige; Speichern legt eine neue an, ältere bleiben erhalten."
            }}
        </p>
        <Fehlerzusammenfassung id="sh-bewertung-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="sh-bewertung-titel">
            <Bewertungsfelder entwurf=Signal::derive(move || entwurf.get()) setzen=Callback::new(move |b| entwurf.set(b))
                skala fehler deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="sh-bewertung-speichern" deaktiviert=deaktiviert>
                    "Bewertung speichern"
                </Knopf>
                <Knopf bei_klick=abbrechen>"Abbrechen"</Knopf>
            </div>
        </form>
    }
}

/// One assessment of the history.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Verlaufszeile {
    stakeholder: u32,
    datum: Datum,
    skala: &'static str,
    werte: [u8; 3],
    ist: Haltung,
    soll: Haltung,
    notiz: String,
}

/// The history's columns; the date is the row header.
static VERLAUFSSPALTEN: &[Spalte<Verlaufszeile>] = &[
    spalte("skala", "Skala", Spaltenart::Kurz, false, |z| {
        z.skala.into_any()
    }),
    spalte("einfluss", "Einfluss", Spaltenart::Zahl, true, |z| {
        z.werte[0].into_any()
    }),
    spalte("interesse", "Interesse", Spaltenart::Zahl, true, |z| {
        z.werte[1].into_any()
    }),
    spalte(
        "betroffenheit",
        "Betroffenheit",
        Spaltenart::Zahl,
        true,
        |z| z.werte[2].into_any(),
    ),
    spalte("ist", "Haltung (Ist)", Spaltenart::Kurz, true, |z| {
        view! { <HaltungMarke haltung=z.ist/> }.into_any()
    }),
    spalte("soll", "Haltung (Soll)", Spaltenart::Kurz, true, |z| {
        view! { <HaltungMarke haltung=z.soll/> }.into_any()
    }),
    spalte("notiz", "Notiz", Spaltenart::Text, true, |z| {
        textzelle(&z.notiz)
    }),
];

/// The history row's action: delete the assessment (one undoable step).
fn verlaufsaktionen(z: &Verlaufszeile) -> AnyView {
    let daten = expect_context::<Daten>();
    let (id, datum) = (z.stakeholder, z.datum);
    let loeschen = Callback::new(move |_| {
        daten.aendere(
            &format!("Bewertung vom {} gelöscht", datum.deutsch()),
            |ab| {
                if let Some(s) = ab.werkzeuge.stakeholderanalyse.stakeholder_mut(id) {
                    s.bewertungen.retain(|b| b.datum != datum);
                }
            },
        );
        daten.ansagen(format!("Bewertung vom {} gelöscht.", datum.deutsch()));
    });
    view! { <Zeilenknopf text="Löschen" name=format!("Bewertung vom {}", datum.deutsch()) bei_klick=loeschen/> }.into_any()
}

/// The assessment history, newest first.
#[component]
fn Verlauf(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.and_then(|ab| ab.werkzeuge.stakeholderanalyse.stakeholder(id))
                .map(|s| {
                    s.bewertungen
                        .iter()
                        .rev()
                        .map(|b| Verlaufszeile {
                            stakeholder: id,
                            datum: b.datum,
                            skala: b.skala.name(),
                            werte: [b.einfluss, b.interesse, b.betroffenheit],
                            ist: b.haltung_ist,
                            soll: b.haltung_soll,
                            notiz: b.notiz.clone(),
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section aria-labelledby="sh-abschnitt-verlauf">
            <h2 class="kern-heading-medium" id="sh-abschnitt-verlauf" tabindex="-1">"Verlauf der Bewertungen"</h2>
            <Datentabelle id="sh-verlauf" titel="Alle Bewertungen, neueste zuerst (Werte in ihrer Skala)"
                kopf=spalte("datum", "Datum", Spaltenart::Kurz, true, |z: &Verlaufszeile| z.datum.deutsch().into_any())
                spalten=VERLAUFSSPALTEN zeilen=zeilen
                aktionen=Zeilenaktionen { name: |z| format!("Bewertung vom {}", z.datum.deutsch()), inhalt: verlaufsaktionen }/>
        </section>
    }
}

/// Measures and relations of this stakeholder; each relation links to the other side.
#[component]
fn Bezuege(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let bezuege = daten.ableiten(move |ab| {
        let a = &ab.werkzeuge.stakeholderanalyse;
        let massnahmen = a
            .massnahmen
            .iter()
            .filter(|m| m.stakeholder.contains(&id))
            .map(|m| {
                let faellig = m
                    .faellig
                    .map(|d| format!(", fällig {}", d.deutsch()))
                    .unwrap_or_default();
                format!("{} ({}{faellig})", m.titel, m.status.name())
            })
            .collect::<Vec<_>>();
        let beziehungen = a
            .beziehungen
            .iter()
            .filter(|b| b.von == id || b.zu == id)
            .map(|b| {
                let andere = if b.von == id { b.zu } else { b.von };
                let art = format!(
                    "{} → {}: {} (Stärke {})",
                    a.name(b.von),
                    a.name(b.zu),
                    b.art.name(),
                    b.staerke
                );
                (andere, a.name(andere), art)
            })
            .collect::<Vec<_>>();
        (massnahmen, beziehungen)
    });
    let keine = || view! { <p class="kern-body">"Keine."</p> }.into_any();
    view! {
        <section aria-labelledby="sh-abschnitt-bezuege">
        <h2 class="kern-heading-medium" id="sh-abschnitt-bezuege" tabindex="-1">"Maßnahmen und Beziehungen"</h2>
        {move || {
            let (m, b) = bezuege.get();
            view! {
                <h3 class="kern-heading-small">{anzahl(m.len(), "Maßnahme", "Maßnahmen")}</h3>
                {if m.is_empty() { keine() } else {
                    view! { <ul class="aufzaehlung">{m.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
                }}
                <h3 class="kern-heading-small">{anzahl(b.len(), "Beziehung", "Beziehungen")}</h3>
                {if b.is_empty() { keine() } else {
                    view! {
                        <ul class="aufzaehlung">
                            {b.into_iter().map(|(andere, name, art)| view! {
                                <li><a class="kern-link" href=stakeholder_href(andere)>{name}</a>" – "{art}</li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            }
        }}
        <p class="kern-body">
            <a class="kern-link" href=href(&["massnahmen"])>"Maßnahmen bearbeiten"</a>" · "
            <a class="kern-link" href=href(&["beziehungen"])>"Beziehungen bearbeiten"</a>
        </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Engagement gap = Soll − Ist Haltung (fachkonzept §2.2, PMBOK-style stakeholder
    /// engagement assessment): a new stakeholder's Haltung (Soll) starts as its Haltung (Ist),
    /// like the Soll position, so no false Engagement-Lücke appears; an explicit Soll stays.
    #[test]
    fn haltung_soll_startet_wie_ist() {
        let datum = Datum::neu(2026, 3, 1).unwrap();
        let mut e = Bewertungsentwurf::neu(Skala::Drei);
        assert_eq!(e.haltung_soll, "", "neu: „wie Ist“");
        e.haltung_ist = Haltung::Ablehnend.name().to_owned();
        let b = e.lesen(datum, Skala::Drei).unwrap();
        assert_eq!(b.haltung_soll, Haltung::Ablehnend);
        assert_eq!(calc::gap(&b), 0);
        // Read back, Soll = Ist shows as "wie Ist" again; an explicit Soll is kept.
        assert_eq!(Bewertungsentwurf::aus(&b).haltung_soll, "");
        e.haltung_soll = Haltung::Unterstuetzend.name().to_owned();
        let b = e.lesen(datum, Skala::Drei).unwrap();
        assert_eq!(calc::gap(&b), 3);
        assert_eq!(Bewertungsentwurf::aus(&b).haltung_soll, "unterstützend");
    }
}
