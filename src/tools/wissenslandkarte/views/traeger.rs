//! Wissensträger: the table (name, kind, Rolle/Stelle, OE, available until, consent in words,
//! number of Gebiete) with "Bearbeiten", the offboarding sheet for persons and "Löschen", and
//! the form. For a person the form asks for consent; without it the Rolle/Stelle is required,
//! because exports and prints show only that.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{Ankreuzfeld, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::datum::Datum;
use crate::shared::text::{datum_lesen, Feldfehler};
use crate::tools::wissenslandkarte::model::{Traeger, Traegertyp};

use super::{namensoptionen, offboarding_href};

/// The form's fields as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    typ: String,
    bezeichnung: String,
    rolle: String,
    oe: String,
    verfuegbar_bis: String,
    einwilligung: bool,
}

impl Entwurf {
    fn neu() -> Self {
        Entwurf {
            typ: Traegertyp::Person.name().to_owned(),
            ..Entwurf::default()
        }
    }

    fn aus(t: &Traeger) -> Self {
        Entwurf {
            id: t.id,
            typ: t.typ.name().to_owned(),
            bezeichnung: t.bezeichnung.clone(),
            rolle: t.rolle.clone(),
            oe: t.oe.clone(),
            verfuegbar_bis: t.verfuegbar_bis.map(Datum::deutsch).unwrap_or_default(),
            einwilligung: t.einwilligung,
        }
    }
}

/// The page.
#[component]
pub fn TraegerSeite() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let entwurf = RwSignal::new(Entwurf::neu());
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let bearbeitet = move || entwurf.with(|e| e.id != 0);
    let ist_person = Signal::derive(move || entwurf.with(|e| e.typ == Traegertyp::Person.name()));
    let zeilen = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.wissenslandkarte;
        k.traeger
            .iter()
            .map(|t| {
                (
                    t.clone(),
                    k.zuordnungen.iter().filter(|z| z.traeger == t.id).count(),
                )
            })
            .collect::<Vec<_>>()
    });
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let bis = datum_lesen(
            &mut probleme,
            "verfuegbar_bis",
            "Verfügbar bis",
            &e.verfuegbar_bis,
            false,
        );
        let t = Traeger {
            id: e.id,
            typ: Traegertyp::aus_name(&e.typ).unwrap_or_default(),
            bezeichnung: e.bezeichnung.trim().to_owned(),
            rolle: e.rolle.trim().to_owned(),
            oe: e.oe.trim().to_owned(),
            verfuegbar_bis: bis,
            einwilligung: e.einwilligung,
        };
        probleme.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.wissenslandkarte.pruefe_traeger(&t))
                .unwrap_or_default()
        }));
        if !fehler_melden(fehler, "wl-t-", probleme) {
            return;
        }
        let wort = if t.id != 0 { "geändert" } else { "angelegt" };
        let name = t.name();
        daten.aendere(&format!("Wissensträger „{name}“ {wort}"), |ab| {
            ab.werkzeuge.wissenslandkarte.speichere_traeger(t);
        });
        daten.ansagen(format!("Wissensträger „{name}“ {wort}."));
        entwurf.set(Entwurf::neu());
        fehler.set(Vec::new());
    };
    let feld = |f: fn(&Entwurf) -> String, s: fn(&mut Entwurf, String)| {
        (
            Signal::derive(move || entwurf.with(f)),
            Callback::new(move |w: String| entwurf.update(|e| s(e, w))),
        )
    };
    let (typ, typ_setzen) = feld(|e| e.typ.clone(), |e, w| e.typ = w);
    let (bezeichnung, bezeichnung_setzen) =
        feld(|e| e.bezeichnung.clone(), |e, w| e.bezeichnung = w);
    let (rolle, rolle_setzen) = feld(|e| e.rolle.clone(), |e, w| e.rolle = w);
    let (oe, oe_setzen) = feld(|e| e.oe.clone(), |e, w| e.oe = w);
    let (bis, bis_setzen) = feld(|e| e.verfuegbar_bis.clone(), |e, w| e.verfuegbar_bis = w);
    let einwilligung = Signal::derive(move || entwurf.with(|e| e.einwilligung));
    view! {
        <p class="kern-body">"Wissensträger sind Personen, Rollen, Teams, Dokumente, Systeme und externe Stellen. Personen entscheiden selbst, ob ihr Name erscheint: Ohne Einwilligung zeigen Exporte und Drucke nur die Rolle/Stelle."</p>
        {move || {
            let liste = zeilen.get();
            if liste.is_empty() {
                return view! { <p class="kern-body">"Noch ist kein Wissensträger erfasst."</p> }.into_any();
            }
            let reihen = liste.into_iter().map(|(t, gebiete)| {
                let id = t.id;
                let vorlage = Entwurf::aus(&t);
                let name = t.name();
                let einwilligung = match t.typ {
                    Traegertyp::Person if t.einwilligung => "ja",
                    Traegertyp::Person => "nein – nur Rolle/Stelle",
                    _ => "–",
                };
                let person = t.typ == Traegertyp::Person;
                view! {
                    <tr class="kern-table__row">
                        <th scope="row" class="kern-table__header">{name.clone()}</th>
                        <td class="kern-table__cell">{t.typ.name()}</td>
                        <td class="kern-table__cell">{t.rolle.clone()}</td>
                        <td class="kern-table__cell">{t.oe.clone()}</td>
                        <td class="kern-table__cell wl-nicht-umbrechen">{t.verfuegbar_bis.map(Datum::deutsch).unwrap_or_else(|| "–".into())}</td>
                        <td class="kern-table__cell">{einwilligung}</td>
                        <td class="kern-table__cell kern-table__cell--numeric">{gebiete.to_string()}</td>
                        <td class="kern-table__cell">
                            <span class="wl-zeilenknoepfe">
                                <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar()
                                    bei_klick=move |_| { entwurf.set(vorlage.clone()); browser::fokussiere("#wl-t-bezeichnung"); }>
                                    "Bearbeiten"<span class="kern-sr-only">{format!(" {name}")}</span>
                                </Knopf>
                                {person.then(|| view! {
                                    <a class="kern-link" href=offboarding_href(id)>"Offboarding-Blatt"<span class="kern-sr-only">{format!(" {}", t.name())}</span></a>
                                })}
                                <Knopf art=Knopfart::Tertiaer gefaehrlich=true deaktiviert=move || !daten.bearbeitbar()
                                    bei_klick=move |_| {
                                        daten.aendere("Wissensträger gelöscht", |ab| ab.werkzeuge.wissenslandkarte.entferne_traeger(id));
                                        daten.ansagen("Wissensträger mit seinen Zuordnungen gelöscht.");
                                    }>
                                    "Löschen"<span class="kern-sr-only">{format!(" {}", t.name())}</span>
                                </Knopf>
                            </span>
                        </td>
                    </tr>
                }
            }).collect_view();
            view! {
                <Tabelle id="wl-traeger-titel" titel="Wissensträger"
                    spalten=&["Bezeichnung", "Typ", "Rolle/Stelle", "OE", "Verfügbar bis", "Einwilligung", "Gebiete", "Aktionen"] zahlenspalten=&[6]>
                    <tbody class="kern-table__body">{reihen}</tbody>
                </Tabelle>
            }.into_any()
        }}
        <h2 class="kern-heading-medium" id="wl-t-formular-titel">
            {move || if bearbeitet() { "Wissensträger bearbeiten" } else { "Neuer Wissensträger" }}
        </h2>
        <Fehlerzusammenfassung id="wl-t-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="wl-t-formular-titel">
            <div class="formular__reihe">
                <Auswahl id="wl-t-typ" beschriftung="Typ" pflicht=true optionen=namensoptionen(Traegertyp::ALLE.iter().map(|t| t.name()))
                    wert=typ bei_eingabe=typ_setzen deaktiviert/>
                <Eingabe id="wl-t-bezeichnung" beschriftung="Bezeichnung" pflicht=true hinweis="Bei Personen der Name"
                    wert=bezeichnung bei_eingabe=bezeichnung_setzen fehler=fehler_am(fehler, "wl-t-bezeichnung") deaktiviert/>
            </div>
            <div class="formular__reihe">
                <Eingabe id="wl-t-rolle" beschriftung="Rolle/Stelle" pflicht_wenn="Pflicht bei Personen ohne Einwilligung"
                    wert=rolle bei_eingabe=rolle_setzen fehler=fehler_am(fehler, "wl-t-rolle") deaktiviert/>
                <Eingabe id="wl-t-oe" beschriftung="Organisationseinheit" wert=oe bei_eingabe=oe_setzen fehler=fehler_am(fehler, "wl-t-oe") deaktiviert/>
                <Datumseingabe id="wl-t-verfuegbar_bis" beschriftung="Verfügbar bis" hinweis="Ruhestand, Vertragsende, Abschaltung"
                    wert=bis bei_eingabe=bis_setzen fehler=fehler_am(fehler, "wl-t-verfuegbar_bis") deaktiviert/>
            </div>
            <Show when=move || ist_person.get()>
                <Ankreuzfeld id="wl-t-einwilligung" beschriftung="Die Person hat eingewilligt, mit Namen genannt zu werden"
                    wert=einwilligung bei_eingabe=Callback::new(move |w| entwurf.update(|e| e.einwilligung = w)) deaktiviert/>
            </Show>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="wl-t-speichern" deaktiviert=deaktiviert>
                    {move || if bearbeitet() { "Änderungen speichern" } else { "Wissensträger anlegen" }}
                </Knopf>
                <Knopf id="wl-t-abbrechen" bei_klick=move |_| { entwurf.set(Entwurf::neu()); fehler.set(Vec::new()); }>"Formular leeren"</Knopf>
            </div>
        </form>
    }
}
