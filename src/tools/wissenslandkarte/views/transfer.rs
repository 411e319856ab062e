//! Transfer measures (Expert Debriefing, Wissensstafette, Tandem/Einarbeitung, Dokumentation,
//! Schulung): the table with state, "Bearbeiten" and "Löschen", and the form. The page
//! `transfer/<Gebiet>` is where the risk list's "Transfermaßnahme anlegen" leads: the form
//! with the Gebiet set, its only Hauptträger as the giving side, a Vertretung as the receiving
//! side and, if that Hauptträger leaves, a Wissensstafette proposed.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{
    mit_leerem_wert, Auswahl, Datumseingabe, Eingabe, Fehlerzusammenfassung,
};
use crate::app::satzformular::{fehler_am, fehler_melden, fehlerliste};
use crate::shared::datum::Datum;
use crate::shared::text::{datum_lesen, Feldfehler};
use crate::tools::wissenslandkarte::calc;
use crate::tools::wissenslandkarte::model::{
    Massnahmenstatus, Traegerrolle, Transfer, Transferart, Wissenslandkarte,
};

use super::{gebietsoptionen, href, namensoptionen, traegeroptionen};

/// The form's fields as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    id: u32,
    art: String,
    gebiet: String,
    geber: String,
    nehmer: String,
    termin: String,
    status: String,
    notiz: String,
}

impl Entwurf {
    fn neu() -> Self {
        Entwurf {
            art: Transferart::ExpertDebriefing.name().to_owned(),
            status: Massnahmenstatus::Geplant.name().to_owned(),
            ..Entwurf::default()
        }
    }

    /// The proposal for Gebiet `gebiet` at `heute`.
    fn fuer_gebiet(k: &Wissenslandkarte, gebiet: u32, heute: Datum) -> Self {
        let mut e = Entwurf::neu();
        e.gebiet = gebiet.to_string();
        if let Some(g) = k.gebiet(gebiet) {
            let r = calc::risiko(k, g, heute);
            if let Some(t) = r.einziger {
                e.geber = t.to_string();
            }
            if r.abgang.is_some() {
                e.art = Transferart::Wissensstafette.name().to_owned();
            }
            if let Some(v) = calc::zuordnungen_von(k, gebiet)
                .into_iter()
                .find(|z| z.rolle == Traegerrolle::Vertretung && Some(z.traeger) != r.einziger)
            {
                e.nehmer = v.traeger.to_string();
            }
        }
        e
    }

    fn aus(t: &Transfer) -> Self {
        let id = |x: Option<u32>| x.map(|x| x.to_string()).unwrap_or_default();
        Entwurf {
            id: t.id,
            art: t.art.name().to_owned(),
            gebiet: id(t.gebiet),
            geber: id(t.geber),
            nehmer: id(t.nehmer),
            termin: t.termin.map(Datum::deutsch).unwrap_or_default(),
            status: t.status.name().to_owned(),
            notiz: t.notiz.clone(),
        }
    }
}

/// The transfer measures page: the table and the form.
#[component]
pub fn Transfers() -> impl IntoView {
    let entwurf = RwSignal::new(Entwurf::neu());
    view! {
        <p class="kern-body">"Transfermaßnahmen sichern Wissen, bevor es geht: vom Expert Debriefing über die Wissensstafette bis zur Schulung."</p>
        <Transfertabelle entwurf/>
        <Transferformular entwurf zurueck=false/>
    }
}

/// "Transfermaßnahme anlegen" for Gebiet `gebiet`.
#[component]
pub fn NeuerTransfer(gebiet: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let vorschlag = daten.lies_ungetrackt(|ab| {
        ab.map(|ab| Entwurf::fuer_gebiet(&ab.werkzeuge.wissenslandkarte, gebiet, browser::heute()))
            .unwrap_or_else(Entwurf::neu)
    });
    let risiko = daten.lies_ungetrackt(|ab| {
        ab.and_then(|ab| {
            let k = &ab.werkzeuge.wissenslandkarte;
            let g = k.gebiet(gebiet)?;
            let r = calc::risiko(k, g, browser::heute());
            let wer = r.einziger.and_then(|t| k.traeger(t)).map(|t| t.name())?;
            Some(match r.abgang {
                Some(d) => format!("Einziger Hauptträger: {wer}, verfügbar bis {}. Vorgeschlagen ist eine Wissensstafette an eine Vertretung.", d.deutsch()),
                None => format!("Einziger Hauptträger: {wer}."),
            })
        })
    });
    let entwurf = RwSignal::new(vorschlag);
    view! {
        <p class="kern-body">{format!("Pfad: {}", daten.lies_ungetrackt(|ab| ab.map(|ab| calc::pfad(&ab.werkzeuge.wissenslandkarte, gebiet)).unwrap_or_default()))}</p>
        {risiko.map(|r| view! { <p class="kern-body">{r}</p> })}
        <Transferformular entwurf zurueck=true/>
    }
}

/// The table of all transfer measures.
#[component]
fn Transfertabelle(entwurf: RwSignal<Entwurf>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(|ab| {
        let k = &ab.werkzeuge.wissenslandkarte;
        let name = |t: Option<u32>| {
            t.and_then(|t| k.traeger(t))
                .map(|t| t.name())
                .unwrap_or_else(|| "–".into())
        };
        k.transfers
            .iter()
            .map(|t| {
                (
                    t.clone(),
                    t.gebiet.map(|g| calc::pfad(k, g)).unwrap_or_default(),
                    name(t.geber),
                    name(t.nehmer),
                )
            })
            .collect::<Vec<_>>()
    });
    move || {
        let liste = zeilen.get();
        if liste.is_empty() {
            return view! { <p class="kern-body">"Noch ist keine Transfermaßnahme geplant."</p> }
                .into_any();
        }
        let reihen = liste.into_iter().map(|(t, pfad, geber, nehmer)| {
            let id = t.id;
            let vorlage = Entwurf::aus(&t);
            let name = format!("{} {}", t.art.name(), pfad);
            let name2 = name.clone();
            view! {
                <tr class="kern-table__row">
                    <th scope="row" class="kern-table__header">{t.art.name()}</th>
                    <td class="kern-table__cell">{pfad}</td>
                    <td class="kern-table__cell">{format!("{geber} → {nehmer}")}</td>
                    <td class="kern-table__cell wl-nicht-umbrechen">{t.termin.map(Datum::deutsch).unwrap_or_else(|| "–".into())}</td>
                    <td class="kern-table__cell wl-nicht-umbrechen">{t.status.name()}</td>
                    <td class="kern-table__cell">
                        <span class="wl-zeilenknoepfe">
                            <Knopf art=Knopfart::Tertiaer deaktiviert=move || !daten.bearbeitbar()
                                bei_klick=move |_| { entwurf.set(vorlage.clone()); browser::fokussiere("#wl-m-art"); }>
                                "Bearbeiten"<span class="kern-sr-only">{format!(" {name}")}</span>
                            </Knopf>
                            <Knopf art=Knopfart::Tertiaer gefaehrlich=true deaktiviert=move || !daten.bearbeitbar()
                                bei_klick=move |_| {
                                    daten.aendere("Transfermaßnahme gelöscht", |ab| ab.werkzeuge.wissenslandkarte.transfers.retain(|t| t.id != id));
                                    daten.ansagen("Transfermaßnahme gelöscht.");
                                }>
                                "Löschen"<span class="kern-sr-only">{format!(" {name2}")}</span>
                            </Knopf>
                        </span>
                    </td>
                </tr>
            }
        }).collect_view();
        view! {
            <Tabelle id="wl-transfers-titel" titel="Transfermaßnahmen"
                spalten=&["Art", "Wissensgebiet", "Gebende → nehmende Seite", "Termin", "Status", "Aktionen"]>
                <tbody class="kern-table__body">{reihen}</tbody>
            </Tabelle>
        }.into_any()
    }
}

/// The form; with `zurueck` saving returns to the transfer page.
#[component]
fn Transferformular(entwurf: RwSignal<Entwurf>, zurueck: bool) -> impl IntoView {
    let daten = expect_context::<Daten>();
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
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let mut probleme = Vec::new();
        let termin = datum_lesen(&mut probleme, "termin", "Termin", &e.termin, false);
        let t = Transfer {
            id: e.id,
            art: Transferart::aus_name(&e.art).unwrap_or_default(),
            gebiet: e.gebiet.parse().ok(),
            geber: e.geber.parse().ok(),
            nehmer: e.nehmer.parse().ok(),
            termin,
            status: Massnahmenstatus::aus_name(&e.status).unwrap_or_default(),
            notiz: e.notiz.trim().to_owned(),
        };
        probleme.extend(daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.wissenslandkarte.pruefe_transfer(&t))
                .unwrap_or_default()
        }));
        if !fehler_melden(fehler, "wl-m-", probleme) {
            return;
        }
        let art = t.art.name();
        let wort = if t.id != 0 { "geändert" } else { "angelegt" };
        daten.aendere(&format!("{art} {wort}"), |ab| {
            ab.werkzeuge.wissenslandkarte.speichere_transfer(t);
        });
        daten.ansagen(format!("Transfermaßnahme „{art}“ {wort}."));
        fehler.set(Vec::new());
        if zurueck {
            browser::setze_hash(&href(&["transfer"]));
        } else {
            entwurf.set(Entwurf::neu());
        }
    };
    let feld = |f: fn(&Entwurf) -> String, s: fn(&mut Entwurf, String)| {
        (
            Signal::derive(move || entwurf.with(f)),
            Callback::new(move |w: String| entwurf.update(|e| s(e, w))),
        )
    };
    let (art, art_setzen) = feld(|e| e.art.clone(), |e, w| e.art = w);
    let (gebiet, gebiet_setzen) = feld(|e| e.gebiet.clone(), |e, w| e.gebiet = w);
    let (geber, geber_setzen) = feld(|e| e.geber.clone(), |e, w| e.geber = w);
    let (nehmer, nehmer_setzen) = feld(|e| e.nehmer.clone(), |e, w| e.nehmer = w);
    let (termin, termin_setzen) = feld(|e| e.termin.clone(), |e, w| e.termin = w);
    let (status, status_setzen) = feld(|e| e.status.clone(), |e, w| e.status = w);
    let (notiz, notiz_setzen) = feld(|e| e.notiz.clone(), |e, w| e.notiz = w);
    view! {
        <h2 class="kern-heading-medium" id="wl-m-formular-titel">
            {move || if bearbeitet() { "Transfermaßnahme bearbeiten" } else { "Transfermaßnahme anlegen" }}
        </h2>
        <Fehlerzusammenfassung id="wl-m-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern aria-labelledby="wl-m-formular-titel">
            <div class="formular__reihe">
                <Auswahl id="wl-m-art" beschriftung="Art" pflicht=true optionen=namensoptionen(Transferart::ALLE.iter().map(|a| a.name()))
                    wert=art bei_eingabe=art_setzen deaktiviert/>
                <Auswahl id="wl-m-status" beschriftung="Status" pflicht=true optionen=namensoptionen(Massnahmenstatus::ALLE.iter().map(|s| s.name()))
                    wert=status bei_eingabe=status_setzen deaktiviert/>
                <Datumseingabe id="wl-m-termin" beschriftung="Termin" wert=termin bei_eingabe=termin_setzen fehler=fehler_am(fehler, "wl-m-termin") deaktiviert/>
            </div>
            {move || {
                let (gebiete, traeger) = optionen.get();
                view! {
                    <Auswahl id="wl-m-gebiet" beschriftung="Wissensgebiet" pflicht=true optionen=mit_leerem_wert("bitte wählen", gebiete)
                        wert=gebiet bei_eingabe=gebiet_setzen fehler=fehler_am(fehler, "wl-m-gebiet") deaktiviert/>
                    <div class="formular__reihe">
                        <Auswahl id="wl-m-geber" beschriftung="Gebende Seite" optionen=mit_leerem_wert("nicht festgelegt", traeger.clone())
                            wert=geber bei_eingabe=geber_setzen deaktiviert/>
                        <Auswahl id="wl-m-nehmer" beschriftung="Nehmende Seite" optionen=mit_leerem_wert("nicht festgelegt", traeger)
                            wert=nehmer bei_eingabe=nehmer_setzen fehler=fehler_am(fehler, "wl-m-nehmer") deaktiviert/>
                    </div>
                }
            }}
            <Eingabe id="wl-m-notiz" beschriftung="Notiz" mehrzeilig=true wert=notiz bei_eingabe=notiz_setzen fehler=fehler_am(fehler, "wl-m-notiz") deaktiviert/>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="wl-m-speichern" deaktiviert=deaktiviert>
                    {move || if bearbeitet() { "Änderungen speichern" } else { "Transfermaßnahme speichern" }}
                </Knopf>
                <Knopf id="wl-m-abbrechen" bei_klick=move |_| { entwurf.set(Entwurf::neu()); fehler.set(Vec::new()); }>"Formular leeren"</Knopf>
            </div>
        </form>
    }
}
