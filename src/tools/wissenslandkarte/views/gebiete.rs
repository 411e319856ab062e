//! The tree of Wissensgebiete, edited in place: a nested list (each Gebiet with Kritikalität
//! and its Träger count, buttons "Bearbeiten", "Untergebiet anlegen", "Löschen") and one form
//! that adds a Gebiet or, after "Bearbeiten", changes one. A deleted Gebiet's Untergebiete move
//! up to its parent.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Auswahl, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::text::Feldfehler;
use crate::shared::vokabular::{Dimension, Handlungsfeld};
use crate::tools::wissenslandkarte::calc;
use crate::tools::wissenslandkarte::model::{Gebiet, Kritikalitaet, Wissenslandkarte};

use super::{gebietsoptionen, namensoptionen};

/// The form's fields as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    titel: String,
    eltern: String,
    kritikalitaet: String,
    handlungsfeld: String,
    dimension: String,
    beschreibung: String,
}

impl Entwurf {
    fn neu(eltern: Option<u32>) -> Self {
        Entwurf {
            eltern: eltern.map(|e| e.to_string()).unwrap_or_default(),
            kritikalitaet: Kritikalitaet::Mittel.name().to_owned(),
            ..Entwurf::default()
        }
    }

    fn aus(g: &Gebiet) -> Self {
        Entwurf {
            id: g.id,
            titel: g.titel.clone(),
            eltern: g.eltern.map(|e| e.to_string()).unwrap_or_default(),
            kritikalitaet: g.kritikalitaet.name().to_owned(),
            handlungsfeld: g
                .handlungsfeld
                .map(|h| h.name().to_owned())
                .unwrap_or_default(),
            dimension: g.dimension.map(|d| d.name().to_owned()).unwrap_or_default(),
            beschreibung: g.beschreibung.clone(),
        }
    }

    fn gebiet(&self) -> Gebiet {
        Gebiet {
            id: self.id,
            titel: self.titel.trim().to_owned(),
            eltern: self.eltern.parse().ok(),
            beschreibung: self.beschreibung.trim().to_owned(),
            kritikalitaet: Kritikalitaet::aus_name(&self.kritikalitaet).unwrap_or_default(),
            handlungsfeld: Handlungsfeld::ALLE
                .into_iter()
                .find(|h| h.name() == self.handlungsfeld),
            dimension: Dimension::ALLE
                .into_iter()
                .find(|d| d.name() == self.dimension),
        }
    }
}

/// One branch of the tree: the Untergebiete of `eltern` as a list, each with its own branch.
fn zweig(
    k: &Wissenslandkarte,
    eltern: Option<u32>,
    tiefe: usize,
    entwurf: RwSignal<Entwurf>,
) -> AnyView {
    let kinder = calc::kinder(k, eltern);
    if kinder.is_empty() || tiefe > k.gebiete.len() {
        return ().into_any();
    }
    let daten = expect_context::<Daten>();
    let eintraege = kinder
        .into_iter()
        .map(|g| {
            let id = g.id;
            let titel = g.titel.clone();
            let titel_loeschen = g.titel.clone();
            let vorlage = Entwurf::aus(g);
            let traeger = calc::bus_faktor(k, id);
            let unter = zweig(k, Some(id), tiefe + 1, entwurf);
            view! {
                <li class="wl-baum__eintrag">
                    <div class="wl-baum__zeile">
                        <span class="wl-baum__titel">{titel.clone()}</span>
                        <span class="wl-baum__angaben">
                            {format!("Kritikalität {} · {}", g.kritikalitaet.name(), crate::shared::text::anzahl(traeger, "Träger", "Träger"))}
                        </span>
                        <span class="wl-baum__knoepfe">
                            <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar()
                                bei_klick=move |_| { entwurf.set(vorlage.clone()); browser::fokussiere("#wl-g-titel"); }>
                                "Bearbeiten"<span class="kern-sr-only">{format!(" {titel}")}</span>
                            </Knopf>
                            <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar()
                                bei_klick=move |_| { entwurf.set(Entwurf::neu(Some(id))); browser::fokussiere("#wl-g-titel"); }>
                                "Untergebiet anlegen"<span class="kern-sr-only">{format!(" unter {}", titel_loeschen.clone())}</span>
                            </Knopf>
                            <Knopf art=Knopfart::Tertiaer gefaehrlich=true deaktiviert=move || !daten.bearbeitbar()
                                bei_klick=move |_| {
                                    daten.aendere("Wissensgebiet gelöscht", |ab| ab.werkzeuge.wissenslandkarte.entferne_gebiet(id));
                                    daten.ansagen("Wissensgebiet gelöscht; seine Untergebiete liegen jetzt eine Ebene höher.");
                                }>
                                "Löschen"
                            </Knopf>
                        </span>
                    </div>
                    {unter}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="wl-baum">{eintraege}</ul> }.into_any()
}

/// The page.
#[component]
pub fn Gebiete() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let entwurf = RwSignal::new(Entwurf::neu(None));
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let bearbeitet = move || entwurf.with(|e| e.id != 0);
    let optionen = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| gebietsoptionen(&ab.werkzeuge.wissenslandkarte))
                .unwrap_or_default()
        })
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let g = entwurf.get_untracked().gebiet();
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.wissenslandkarte.pruefe_gebiet(&g))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "wl-g-", probleme) {
            return;
        }
        let wort = if g.id != 0 { "geändert" } else { "angelegt" };
        let titel = g.titel.clone();
        daten.aendere(&format!("Wissensgebiet „{titel}“ {wort}"), |ab| {
            ab.werkzeuge.wissenslandkarte.speichere_gebiet(g);
        });
        daten.ansagen(format!("Wissensgebiet „{titel}“ {wort}."));
        let eltern = entwurf.get_untracked().eltern.parse().ok();
        entwurf.set(Entwurf::neu(eltern));
        fehler.set(Vec::new());
    };
    let feld = |f: fn(&Entwurf) -> String, s: fn(&mut Entwurf, String)| {
        (
            Signal::derive(move || entwurf.with(f)),
            Callback::new(move |w: String| entwurf.update(|e| s(e, w))),
        )
    };
    let (titel, titel_setzen) = feld(|e| e.titel.clone(), |e, w| e.titel = w);
    let (eltern, eltern_setzen) = feld(|e| e.eltern.clone(), |e, w| e.eltern = w);
    let (krit, krit_setzen) = feld(|e| e.kritikalitaet.clone(), |e, w| e.kritikalitaet = w);
    let (hf, hf_setzen) = feld(|e| e.handlungsfeld.clone(), |e, w| e.handlungsfeld = w);
    let (dim, dim_setzen) = feld(|e| e.dimension.clone(), |e, w| e.dimension = w);
    let (beschreibung, beschreibung_setzen) =
        feld(|e| e.beschreibung.clone(), |e, w| e.beschreibung = w);
    view! {
        <p class="kern-body">"Die Wissensgebiete bilden einen Baum: Hauptäste sind große Themen, darunter feinere Gebiete. Ordnen Sie den Gebieten danach Wissensträger zu."</p>
        <h2 class="kern-heading-medium">"Baum der Wissensgebiete"</h2>
        {move || {
            let k = super::karte_lesen(&daten);
            if k.gebiete.is_empty() {
                view! { <p class="kern-body">"Noch ist kein Wissensgebiet erfasst."</p> }.into_any()
            } else {
                zweig(&k, None, 0, entwurf)
            }
        }}
        <h2 class="kern-heading-medium" id="wl-g-formular-titel">
            {move || if bearbeitet() { "Wissensgebiet bearbeiten" } else { "Neues Wissensgebiet" }}
        </h2>
        <Fehlerzusammenfassung id="wl-g-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="wl-g-formular-titel">
            <Eingabe id="wl-g-titel" beschriftung="Bezeichnung" pflicht=true wert=titel bei_eingabe=titel_setzen fehler=fehler_am(fehler, "wl-g-titel") deaktiviert/>
            {move || view! {
                <Auswahl id="wl-g-eltern" beschriftung="Übergeordnetes Gebiet" optionen=mit_leerem_wert("keines (oberste Ebene)", optionen.get())
                    wert=eltern bei_eingabe=eltern_setzen fehler=fehler_am(fehler, "wl-g-eltern") deaktiviert/>
            }}
            <div class="formular__reihe">
                <Auswahl id="wl-g-kritikalitaet" beschriftung="Kritikalität" pflicht=true optionen=namensoptionen(Kritikalitaet::ALLE.iter().map(|k| k.name()))
                    hinweis="Wie schwer wiegt es, wenn das Wissen fehlt? (Rekonstruktion, bitte prüfen)"
                    wert=krit bei_eingabe=krit_setzen deaktiviert/>
                <Auswahl id="wl-g-handlungsfeld" beschriftung="Handlungsfeld" optionen=mit_leerem_wert("nicht festgelegt", namensoptionen(Handlungsfeld::ALLE.iter().map(|h| h.name())))
                    wert=hf bei_eingabe=hf_setzen deaktiviert/>
                <Auswahl id="wl-g-dimension" beschriftung="Dimension" optionen=mit_leerem_wert("nicht festgelegt", namensoptionen(Dimension::ALLE.iter().map(|d| d.name())))
                    wert=dim bei_eingabe=dim_setzen deaktiviert/>
            </div>
            <Eingabe id="wl-g-beschreibung" beschriftung="Beschreibung" mehrzeilig=true wert=beschreibung bei_eingabe=beschreibung_setzen fehler=fehler_am(fehler, "wl-g-beschreibung") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="wl-g-speichern" deaktiviert=deaktiviert>
                    {move || if bearbeitet() { "Änderungen speichern" } else { "Wissensgebiet anlegen" }}
                </Knopf>
                <Knopf id="wl-g-abbrechen" bei_klick=move |_| { entwurf.set(Entwurf::neu(None)); fehler.set(Vec::new()); }>"Formular leeren"</Knopf>
            </div>
        </form>
    }
}
