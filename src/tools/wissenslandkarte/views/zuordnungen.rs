//! Zuordnungen: which Träger holds which Gebiet, with expertise (symbol and word) and role
//! (Hauptträger or Vertretung). A table in tree order with "Bearbeiten" and "Entfernen", and
//! the form.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{mit_leerem_wert, Auswahl, Fehlerzusammenfassung};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::text::Feldfehler;
use crate::tools::wissenslandkarte::calc;
use crate::tools::wissenslandkarte::model::{Expertise, Traegerrolle, Zuordnung};

use super::{gebietsoptionen, namensoptionen, traegeroptionen, Expertisemarke};

/// The form's fields as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    gebiet: String,
    traeger: String,
    expertise: String,
    rolle: String,
}

impl Entwurf {
    fn neu(gebiet: String) -> Self {
        Entwurf {
            gebiet,
            expertise: Expertise::Anwendung.name().to_owned(),
            rolle: Traegerrolle::Haupttraeger.name().to_owned(),
            ..Entwurf::default()
        }
    }

    fn aus(z: &Zuordnung) -> Self {
        Entwurf {
            id: z.id,
            gebiet: z.gebiet.to_string(),
            traeger: z.traeger.to_string(),
            expertise: z.expertise.name().to_owned(),
            rolle: z.rolle.name().to_owned(),
        }
    }
}

/// One row of the table.
#[derive(Clone, PartialEq)]
struct Zeile {
    zuordnung: Zuordnung,
    gebiet: String,
    traeger: String,
}

/// The page.
#[component]
pub fn Zuordnungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let entwurf = RwSignal::new(Entwurf::neu(String::new()));
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let bearbeitet = move || entwurf.with(|e| e.id != 0);
    let optionen = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map(|ab| {
                let k = &ab.werkzeuge.wissenslandkarte;
                (gebietsoptionen(k), traegeroptionen(k))
            })
            .unwrap_or_default()
        })
    });
    let zeilen = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.wissenslandkarte;
        calc::baum(k)
            .into_iter()
            .flat_map(|(g, _)| calc::zuordnungen_von(k, g.id))
            .map(|z| Zeile {
                zuordnung: z.clone(),
                gebiet: calc::pfad(k, z.gebiet),
                traeger: k.traeger(z.traeger).map(|t| t.name()).unwrap_or_default(),
            })
            .collect::<Vec<_>>()
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let z = Zuordnung {
            id: e.id,
            gebiet: e.gebiet.parse().unwrap_or(0),
            traeger: e.traeger.parse().unwrap_or(0),
            expertise: Expertise::aus_name(&e.expertise).unwrap_or_default(),
            rolle: Traegerrolle::aus_name(&e.rolle).unwrap_or_default(),
        };
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.wissenslandkarte.pruefe_zuordnung(&z))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "wl-z-", probleme) {
            return;
        }
        let wort = if z.id != 0 { "geändert" } else { "angelegt" };
        daten.aendere(&format!("Zuordnung {wort}"), |ab| {
            ab.werkzeuge.wissenslandkarte.speichere_zuordnung(z);
        });
        daten.ansagen(format!("Zuordnung {wort}."));
        // The next Träger for the same Gebiet is the common case.
        entwurf.set(Entwurf::neu(e.gebiet));
        fehler.set(Vec::new());
    };
    let feld = |f: fn(&Entwurf) -> String, s: fn(&mut Entwurf, String)| {
        (
            Signal::derive(move || entwurf.with(f)),
            Callback::new(move |w: String| entwurf.update(|e| s(e, w))),
        )
    };
    let (gebiet, gebiet_setzen) = feld(|e| e.gebiet.clone(), |e, w| e.gebiet = w);
    let (traeger, traeger_setzen) = feld(|e| e.traeger.clone(), |e, w| e.traeger = w);
    let (expertise, expertise_setzen) = feld(|e| e.expertise.clone(), |e, w| e.expertise = w);
    let (rolle, rolle_setzen) = feld(|e| e.rolle.clone(), |e, w| e.rolle = w);
    view! {
        <p class="kern-body">"Ordnen Sie jedem Wissensgebiet seine Träger zu: wer es hauptsächlich trägt (Hauptträger) und wer vertreten kann."</p>
        <h2 class="kern-heading-medium" id="wl-z-formular-titel">
            {move || if bearbeitet() { "Zuordnung bearbeiten" } else { "Neue Zuordnung" }}
        </h2>
        <Fehlerzusammenfassung id="wl-z-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="wl-z-formular-titel">
            {move || {
                let (gebiete, traeger_liste) = optionen.get();
                view! {
                    <div class="formular__reihe">
                        <Auswahl id="wl-z-gebiet" beschriftung="Wissensgebiet" pflicht=true optionen=mit_leerem_wert("bitte wählen", gebiete)
                            wert=gebiet bei_eingabe=gebiet_setzen fehler=fehler_am(fehler, "wl-z-gebiet") deaktiviert/>
                        <Auswahl id="wl-z-traeger" beschriftung="Wissensträger" pflicht=true optionen=mit_leerem_wert("bitte wählen", traeger_liste)
                            wert=traeger bei_eingabe=traeger_setzen fehler=fehler_am(fehler, "wl-z-traeger") deaktiviert/>
                    </div>
                }
            }}
            <div class="formular__reihe">
                <Auswahl id="wl-z-expertise" beschriftung="Expertise" pflicht=true optionen=namensoptionen(Expertise::ALLE.iter().map(|e| e.name()))
                    wert=expertise bei_eingabe=expertise_setzen deaktiviert/>
                <Auswahl id="wl-z-rolle" beschriftung="Rolle" pflicht=true optionen=namensoptionen(Traegerrolle::ALLE.iter().map(|r| r.name()))
                    wert=rolle bei_eingabe=rolle_setzen deaktiviert/>
            </div>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="wl-z-speichern" deaktiviert=deaktiviert>
                    {move || if bearbeitet() { "Änderungen speichern" } else { "Zuordnen" }}
                </Knopf>
                <Knopf id="wl-z-abbrechen" bei_klick=move |_| { entwurf.set(Entwurf::neu(String::new())); fehler.set(Vec::new()); }>"Formular leeren"</Knopf>
            </div>
        </form>
        <h2 class="kern-heading-medium">"Alle Zuordnungen"</h2>
        {move || {
            let liste = zeilen.get();
            if liste.is_empty() {
                return view! { <p class="kern-body">"Noch ist keine Zuordnung erfasst."</p> }.into_any();
            }
            let reihen = liste.into_iter().map(|z| {
                let id = z.zuordnung.id;
                let vorlage = Entwurf::aus(&z.zuordnung);
                let name = format!("{} – {}", z.gebiet, z.traeger);
                let name2 = name.clone();
                view! {
                    <tr class="kern-table__row">
                        <th scope="row" class="kern-table__header">{z.gebiet.clone()}</th>
                        <td class="kern-table__cell">{z.traeger.clone()}</td>
                        <td class="kern-table__cell wl-nicht-umbrechen"><Expertisemarke expertise=z.zuordnung.expertise/></td>
                        <td class="kern-table__cell">{z.zuordnung.rolle.name()}</td>
                        <td class="kern-table__cell">
                            <span class="wl-zeilenknoepfe">
                                <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar()
                                    bei_klick=move |_| { entwurf.set(vorlage.clone()); browser::fokussiere("#wl-z-gebiet"); }>
                                    "Bearbeiten"<span class="kern-sr-only">{format!(" {name}")}</span>
                                </Knopf>
                                <Knopf art=Knopfart::Tertiaer gefaehrlich=true deaktiviert=move || !daten.bearbeitbar()
                                    bei_klick=move |_| {
                                        daten.aendere("Zuordnung entfernt", |ab| ab.werkzeuge.wissenslandkarte.zuordnungen.retain(|z| z.id != id));
                                        daten.ansagen("Zuordnung entfernt.");
                                    }>
                                    "Entfernen"<span class="kern-sr-only">{format!(" {name2}")}</span>
                                </Knopf>
                            </span>
                        </td>
                    </tr>
                }
            }).collect_view();
            view! {
                <Tabelle id="wl-zuordnungen-titel" titel="Zuordnungen" spalten=&["Wissensgebiet", "Wissensträger", "Expertise", "Rolle", "Aktionen"]>
                    <tbody class="kern-table__body">{reihen}</tbody>
                </Tabelle>
            }.into_any()
        }}
    }
}
