//! The master data of a Haushaltsstelle and its Monatsplan: a short form for a new
//! Haushaltsstelle (`#/budgetmonitor/neu`: year, Einzelplan/Kapitel/Titel, Zweckbestimmung and
//! the first Ansatz, so it is usable at once; then on to its page) and, on its page, the
//! summary [`Stammdaten`] whose "Bearbeiten" opens the whole form (Titelgruppe, Funktionskennzahl,
//! Vermerke, Monatsplan …). Unsaved input stays across navigation; undo or another tab
//! refreshes an unchanged form.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{
    fehler_bei, feldbindung, Ankreuzfeld, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::app::zusammenfassung::{oder_strich, Angabe, Bearbeitung, Zusammenfassung};
use crate::tools::budgetmonitor::calc::Rahmen;
use crate::tools::budgetmonitor::eingabe::{StellenEntwurf, MONATE};
use crate::tools::budgetmonitor::model::{Haushaltsstelle, Haushaltsvermerk};

use super::super::{betrag, titel_href, zeige_fehler, Fehlerliste};
use super::editor::entwurfsschluessel;
use crate::app::components::Abk;
use crate::app::components::{Knopf, Knopfart};

/// The Haushaltsstelle form; `id: None` creates a new one.
#[component]
pub fn Stellenformular(id: Option<u32>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let gespeichert = move || {
        daten
            .lies(|ab| {
                let bm = &ab?.werkzeuge.budgetmonitor;
                let h = match id.and_then(|id| bm.haushaltsstelle(id)) {
                    Some(h) => h.clone(),
                    None => Haushaltsstelle {
                        haushaltsjahr: Rahmen::von(bm, browser::heute()).jahr,
                        ..Haushaltsstelle::default()
                    },
                };
                Some(StellenEntwurf::aus(&h))
            })
            .unwrap_or_default()
    };
    let entwurf = Formularentwurf::neu(
        entwurfsschluessel(daten, "stelle", id.unwrap_or(0)),
        gespeichert,
    );
    let felder = entwurf.wert;
    let fehler: Fehlerliste = RwSignal::new(Vec::new());
    let meldung = RwSignal::new(None::<String>);

    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        meldung.set(None);
        let gelesen = felder.with_untracked(|e| {
            daten.lies_ungetrackt(|ab| {
                let bm = &ab?.werkzeuge.budgetmonitor;
                Some(match id {
                    Some(id) => e.lesen(bm, id).map(|h| (h, None)),
                    None => e.lesen_neu(bm),
                })
            })
        });
        let (h, erster_ansatz) = match gelesen {
            Some(Ok(gelesen)) => gelesen,
            Some(Err(liste)) => return zeige_fehler(fehler, liste),
            None => return,
        };
        zeige_fehler(fehler, Vec::new());
        let name = h.bezeichnung();
        let neu = StellenEntwurf::aus(&h);
        let mut neue_id = 0;
        daten.aendere(&format!("Haushaltsstelle {name} gespeichert"), |ab| {
            let bm = &mut ab.werkzeuge.budgetmonitor;
            match bm.haushaltsstellen.iter_mut().find(|x| Some(x.id) == id) {
                Some(x) => {
                    *x = h;
                    neue_id = x.id;
                }
                None => {
                    neue_id = bm.neue_id();
                    bm.haushaltsstellen
                        .push(Haushaltsstelle { id: neue_id, ..h });
                    if let Some(a) = erster_ansatz {
                        let a = crate::tools::budgetmonitor::model::Ansatz {
                            haushaltsstelle: neue_id,
                            ..a
                        };
                        // Checked when read: a new Ansatz on the new Haushaltsstelle.
                        let _ = bm.speichere(a);
                    }
                }
            }
        });
        entwurf.zuruecksetzen(neu);
        if id.is_none() {
            daten.ansagen(format!("Haushaltsstelle {name} angelegt."));
            browser::setze_hash(&titel_href(neue_id));
        } else {
            daten.ansagen(format!("Haushaltsstelle {name} gespeichert."));
            meldung.set(Some(format!("Haushaltsstelle {name} gespeichert.")));
            if let Some(b) = Bearbeitung::im_abschnitt() {
                b.beenden();
            }
        }
    };
    let abbrechen = move |_| {
        entwurf.zuruecksetzen(gespeichert());
        zeige_fehler(fehler, Vec::new());
        if let Some(b) = Bearbeitung::im_abschnitt() {
            b.beenden();
        }
    };

    let (jahr, jahr_s) = feldbindung!(felder.jahr);
    let (ep, ep_s) = feldbindung!(felder.einzelplan);
    let (kap, kap_s) = feldbindung!(felder.kapitel);
    let (titel, titel_s) = feldbindung!(felder.titel);
    let (frei, frei_s) = feldbindung!(felder.frei);
    let (tg, tg_s) = feldbindung!(felder.titelgruppe);
    let (zweck, zweck_s) = feldbindung!(felder.zweck);
    let (fkz, fkz_s) = feldbindung!(felder.fkz);
    let (bw, bw_s) = feldbindung!(felder.bewirtschafter);
    let (dk, dk_s) = feldbindung!(felder.deckungskreis);
    let (an, an_s) = feldbindung!(felder.erster_ansatz);
    let vermerkfelder = Haushaltsvermerk::ALLE
        .iter()
        .map(|&v| {
            let wert = Signal::derive(move || felder.with(|e| e.vermerke.contains(&v)));
            let setzen = Callback::new(move |an: bool| {
                felder.update(|e| {
                    e.vermerke.retain(|x| *x != v);
                    if an {
                        e.vermerke.push(v);
                    }
                })
            });
            view! {
                <Ankreuzfeld id=format!("hst-vermerk-{}", v.name().to_lowercase()) beschriftung=format!("{} – {}", v.name(), v.bedeutung())
                    wert bei_eingabe=setzen deaktiviert/>
            }
        })
        .collect_view();
    let planfelder = (0..12)
        .map(|i| {
            let wert = Signal::derive(move || {
                felder.with(|e| e.monatsplan.get(i).cloned().unwrap_or_default())
            });
            let setzen = Callback::new(move |w: String| {
                felder.update(|e| {
                    e.monatsplan.resize(12, String::new());
                    e.monatsplan[i] = w;
                })
            });
            let feld = format!("hst-plan-{}", i + 1);
            view! {
                <Eingabe id=feld.clone() beschriftung=MONATE[i] schmal=true wert bei_eingabe=setzen
                    fehler=fehler_bei(fehler, feld) deaktiviert/>
            }
        })
        .collect_view();
    let neu = id.is_none();
    view! {
        <form class="formular" novalidate on:submit=speichern>
            <Fehlerzusammenfassung id="hst-fehler" fehler/>
            <Feldgruppe titel="Haushaltsstelle">
                <Eingabe id="hst-jahr" beschriftung="Haushaltsjahr" pflicht=true schmal=true wert=jahr bei_eingabe=jahr_s fehler=fehler_bei(fehler, "hst-jahr") deaktiviert/>
                <div class="formular__reihe">
                    <Eingabe id="hst-ep" beschriftung="Einzelplan" hinweis="2 Ziffern, z. B. 06" schmal=true wert=ep bei_eingabe=ep_s fehler=fehler_bei(fehler, "hst-ep") deaktiviert/>
                    <Eingabe id="hst-kapitel" beschriftung="Kapitel" hinweis="4 Ziffern, z. B. 0634" schmal=true wert=kap bei_eingabe=kap_s fehler=fehler_bei(fehler, "hst-kapitel") deaktiviert/>
                    <Eingabe id="hst-titel" beschriftung="Titel" hinweis="z. B. 532 01 oder 53201" schmal=true wert=titel bei_eingabe=titel_s fehler=fehler_bei(fehler, "hst-titel") deaktiviert/>
                    {(!neu).then(|| view! {
                        <Eingabe id="hst-tg" beschriftung="Titelgruppe" hinweis="2 Ziffern" schmal=true wert=tg bei_eingabe=tg_s fehler=fehler_bei(fehler, "hst-tg") deaktiviert/>
                    })}
                </div>
                <Eingabe id="hst-frei" beschriftung="Freie Haushaltsstelle (Länder, Kommunen)" hinweis="Statt Einzelplan, Kapitel und Titel, z. B. Produktkonto 1.1.01.01 / 5431000" wert=frei bei_eingabe=frei_s fehler=fehler_bei(fehler, "hst-frei") deaktiviert/>
                <Eingabe id="hst-zweck" beschriftung="Zweckbestimmung" pflicht=true wert=zweck bei_eingabe=zweck_s fehler=fehler_bei(fehler, "hst-zweck") deaktiviert/>
                {neu.then(|| view! {
                    <Eingabe id="hst-ansatz" beschriftung="Ansatz des Haushaltsjahrs (Soll) in Euro"
                        hinweis="z. B. 250.000,00; weitere Ansätze je Projekt und Finanzierungsquelle, Ausgabereste und Sperren erfassen Sie auf der Seite der Haushaltsstelle."
                        schmal=true wert=an bei_eingabe=an_s fehler=fehler_bei(fehler, "hst-ansatz") deaktiviert/>
                })}
                {(!neu).then(|| view! {
                    <div class="formular__reihe">
                        <Eingabe id="hst-fkz" beschriftung="Funktionskennzahl" hinweis="3 Ziffern" schmal=true wert=fkz bei_eingabe=fkz_s fehler=fehler_bei(fehler, "hst-fkz") deaktiviert/>
                        <Eingabe id="hst-bewirtschafter" beschriftung="Bewirtschafter / Titelverwalter" wert=bw bei_eingabe=bw_s fehler=fehler_bei(fehler, "hst-bewirtschafter") deaktiviert/>
                        <Eingabe id="hst-deckungskreis" beschriftung="Deckungskreis" wert=dk bei_eingabe=dk_s fehler=fehler_bei(fehler, "hst-deckungskreis") deaktiviert/>
                    </div>
                })}
            </Feldgruppe>
            {(!neu).then(|| view! {
                <Feldgruppe titel="Haushaltsvermerke">{vermerkfelder}</Feldgruppe>
                <Feldgruppe titel="Monatsplan (geplanter Abfluss je Monat, optional)">
                    <p class="kern-hint" id="hst-monatsplan">"Leer lassen für keinen Monatsplan; dann gilt ein Zwölftel des verfügbaren Solls je Monat."</p>
                    <div class="budget-monatsplan">{planfelder}</div>
                </Feldgruppe>
            })}
            {neu.then(|| view! {
                <p class="kern-body">"Titelgruppe, Funktionskennzahl, Haushaltsvermerke und Monatsplan ergänzen Sie nach dem Anlegen unter „Stammdaten“."</p>
            })}
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="hst-speichern" deaktiviert=deaktiviert>
                    {if neu { "Haushaltsstelle anlegen" } else { "Stammdaten speichern" }}
                </Knopf>
                {(!neu).then(|| view! {
                    <Knopf id="hst-abbrechen" bei_klick=abbrechen>"Abbrechen"</Knopf>
                })}
            </div>
            <p class="kern-body meldung-erfolg" role="status">{move || meldung.get()}</p>
        </form>
    }
}

/// The master data of Haushaltsstelle `id` as a summary.
#[component]
pub fn Stammdaten(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let stelle = Memo::new(move |_| {
        daten.lies(|ab| ab?.werkzeuge.budgetmonitor.haushaltsstelle(id).cloned())
    });
    move || {
        stelle.get().map(|h| {
            let vermerke = h
                .vermerke
                .clone()
                .into_iter()
                .map(|v| view! { <abbr title=v.bedeutung()>{v.name()}</abbr>" " })
                .collect_view();
            let monatsplan = if h.monatsplan.len() == 12 {
                (1..=12)
                    .map(|m| format!("{}: {}", MONATE[m as usize - 1], betrag(h.plan_im_monat(m))))
                    .collect::<Vec<_>>()
                    .join(" · ")
            } else {
                "kein Monatsplan: das verfügbare Soll gleichmäßig in vollen Euro je Monat, der Rest im Dezember; ohne erfasste Prognose wird der Titel nicht bewertet".to_owned()
            };
            let ohne_vermerke = h.vermerke.is_empty().then_some("–");
            let ueb = h.vermerke.contains(&Haushaltsvermerk::Ueb);
            let angaben = [
                ("Haushaltsjahr", h.haushaltsjahr.to_string()),
                ("Haushaltsstelle", h.bezeichnung()),
                ("Einzelplan", oder_strich(&h.einzelplan)),
                ("Titelgruppe", oder_strich(&h.titelgruppe)),
                ("Zweckbestimmung", oder_strich(&h.zweckbestimmung)),
                ("Funktionskennzahl", oder_strich(&h.funktionskennzahl)),
                ("Bewirtschafter / Titelverwalter", oder_strich(&h.bewirtschafter)),
                ("Deckungskreis", oder_strich(&h.deckungskreis)),
                (
                    "Übertragbar",
                    h.uebertragbar_weil().map_or_else(
                        || "nein: ein Rest verfällt am Jahresende".to_owned(),
                        |grund| format!("ja ({grund})"),
                    ),
                ),
            ];
            view! {
                <Zusammenfassung>
                    {angaben.into_iter().map(|(bezeichnung, wert)| view! {
                        <Angabe bezeichnung>{wert}</Angabe>
                    }).collect_view()}
                    <Angabe bezeichnung="Haushaltsvermerke">
                        {ohne_vermerke}
                        {vermerke}
                        {ueb.then(|| view! { " (§ 45 "<Abk kurz="BHO"/>")" })}
                    </Angabe>
                    <Angabe bezeichnung="Monatsplan">{monatsplan}</Angabe>
                </Zusammenfassung>
            }
        })
    }
}
