//! A measure: the short form for a new one, and its record page — "bewilligt vs. abgerufen vs.
//! Ist" and the tranche check as a summary, then sections edited one at a time: Stammdaten,
//! Inhalt, Planung und Kapazität, Status und Bewilligung, Verknüpfungen, Meilensteine and
//! Finanzbedarf. Every section's form reads the whole measure ([`Eingabe`]) and saves it after
//! the model's checks, with the problems at the fields and in an error summary.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{
    feldbindung, mit_leerem_wert, Ankreuzfeld, Auswahl, Datumseingabe, Eingabe as Feld,
    Fehlerzusammenfassung, Feldgruppe,
};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::app::zusammenfassung::{oder_strich, Abschnitt, Angabe, Zusammenfassung};
use crate::shared::format::{dezimal, euro};
use crate::shared::text::Feldfehler;
use crate::tools::massnahmenblatt::calc;
use crate::tools::massnahmenblatt::model::{Eingabe, Massnahme};
use crate::tools::massnahmenblatt::SLUG;

use super::finanzbedarf::{Bedarfsformular, Finanzplantabelle};
use super::meilensteine::{Meilensteinformular, Meilensteintabelle};
use super::{
    blatt_href, efaoptionen, href, massnahme_href, statusoptionen, umsetzungswegoptionen,
    BittePruefen, Statusmarke,
};
use crate::app::components::{Knopf, Knopfart};

/// Which part of a measure a form edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Teil {
    Neu,
    Stammdaten,
    Inhalt,
    Planung,
    Bewilligung,
    Verknuepfungen,
}

impl Teil {
    fn schluessel(self) -> &'static str {
        match self {
            Teil::Neu => "neu",
            Teil::Stammdaten => "stammdaten",
            Teil::Inhalt => "inhalt",
            Teil::Planung => "planung",
            Teil::Bewilligung => "bewilligung",
            Teil::Verknuepfungen => "verknuepfungen",
        }
    }
}

/// The page "Neue Maßnahme".
#[component]
pub fn NeueMassnahme() -> impl IntoView {
    view! {
        <p class="kern-body">"Legen Sie die Maßnahme mit ID, Titel und Finanzierungsweg an. Alles Weitere – Inhalt, Meilensteine mit Tranchen, Finanzbedarf – ergänzen Sie danach auf ihrer Seite."</p>
        <Massnahmenformular id=None teil=Teil::Neu/>
    }
}

/// The `(value, label)` options of the Finanzierungswege, unconfirmed ones marked.
fn wegoptionen(daten: Daten) -> Memo<Vec<(String, String)>> {
    daten.ableiten(|ab| {
        ab.werkzeuge
            .massnahmenblatt
            .wege
            .iter()
            .map(|w| {
                let name = if w.bitte_pruefen {
                    format!("{} (bitte prüfen)", w.name)
                } else {
                    w.name.clone()
                };
                (w.id.to_string(), name)
            })
            .collect()
    })
}

/// A form of one part of a measure; `id: None` creates a new measure.
#[component]
fn Massnahmenformular(id: Option<u32>, teil: Teil) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(
        entwurfsschluessel(SLUG, teil.schluessel(), id.unwrap_or(0)),
        move || {
            daten.lies(|ab| {
                ab.and_then(|ab| ab.werkzeuge.massnahmenblatt.massnahme(id?))
                    .map(Eingabe::aus)
                    .unwrap_or_default()
            })
        },
    );
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let f = move |feld: &str| fehler_am(fehler, format!("mb-{feld}"));
    let beenden = move || {
        formular.verwerfen();
        super::formular_beenden(fehler);
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let alt: Massnahme = daten
            .lies_ungetrackt(|ab| {
                ab.and_then(|ab| ab.werkzeuge.massnahmenblatt.massnahme(id?).cloned())
            })
            .unwrap_or_default();
        let (m, mut probleme) = e.lesen(&alt);
        let weitere = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.massnahmenblatt.pruefe_massnahme(&m))
                .unwrap_or_default()
        });
        for p in weitere {
            if !probleme.iter().any(|x| x.feld == p.feld) {
                probleme.push(p);
            }
        }
        if !fehler_melden(fehler, "mb-", probleme) {
            return;
        }
        let name = format!("{} {}", m.kennung, m.titel);
        let wort = if id.is_some() {
            "geändert"
        } else {
            "angelegt"
        };
        let mut neu = 0;
        daten.aendere(&format!("Maßnahme „{name}“ {wort}"), |ab| {
            neu = ab.werkzeuge.massnahmenblatt.speichere_massnahme(m);
        });
        daten.ansagen(format!("Maßnahme „{name}“ {wort}."));
        formular.zuruecksetzen(entwurf.get_untracked());
        beenden();
        if id.is_none() {
            browser::setze_hash(&massnahme_href(neu));
        }
    };
    let (kennung, kennung_s) = feldbindung!(entwurf.kennung);
    let (titel, titel_s) = feldbindung!(entwurf.titel);
    let (ressort, ressort_s) = feldbindung!(entwurf.ressort);
    let (behoerde, behoerde_s) = feldbindung!(entwurf.behoerde);
    let (ansprechperson, ansprechperson_s) = feldbindung!(entwurf.ansprechperson);
    let (weg, weg_s) = feldbindung!(entwurf.weg);
    let (ausgangslage, ausgangslage_s) = feldbindung!(entwurf.ausgangslage);
    let (ziel, ziel_s) = feldbindung!(entwurf.ziel);
    let (risiken, risiken_s) = feldbindung!(entwurf.risiken);
    let (reifegrad, reifegrad_s) = feldbindung!(entwurf.ziel_reifegrad);
    let (beginn, beginn_s) = feldbindung!(entwurf.beginn);
    let (zieltermin, zieltermin_s) = feldbindung!(entwurf.zieltermin);
    let (umsetzungsweg, umsetzungsweg_s) = feldbindung!(entwurf.umsetzungsweg);
    let (efa, efa_s) = feldbindung!(entwurf.efa);
    let (vzae, vzae_s) = feldbindung!(entwurf.vzae);
    let (pt, pt_s) = feldbindung!(entwurf.personentage);
    let (status, status_s) = feldbindung!(entwurf.status);
    let (eingereicht, eingereicht_s) = feldbindung!(entwurf.eingereicht_am);
    let (entschieden, entschieden_s) = feldbindung!(entwurf.entschieden_am);
    let (bewilligt, bewilligt_s) = feldbindung!(entwurf.bewilligt);
    let (begruendung, begruendung_s) = feldbindung!(entwurf.begruendung);
    let (weitere_ids, weitere_ids_s) = feldbindung!(entwurf.weitere_ids);
    let (projekt, projekt_s) = feldbindung!(entwurf.projekt);
    let (hst, hst_s) = feldbindung!(entwurf.haushaltsstelle);
    let (ist, ist_s) = feldbindung!(entwurf.ist_manuell);
    let wege = wegoptionen(daten);
    let weg_feld = move || {
        view! {
            <Auswahl id="mb-weg" beschriftung="Finanzierungsweg" hinweis="Katalog unter „Finanzierungswege“; die vorgegebenen Namen sind nicht öffentlich belegt"
                optionen=mit_leerem_wert("nicht festgelegt", wege.get()) wert=weg bei_eingabe=weg_s fehler=f("weg") deaktiviert/>
        }
    };
    let felder = match teil {
        Teil::Neu => view! {
            <Feld id="mb-kennung" beschriftung="Maßnahmen-ID" pflicht=true hinweis="z. B. M-2026-04" schmal=true wert=kennung bei_eingabe=kennung_s fehler=f("kennung") deaktiviert/>
            <Feld id="mb-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=titel_s fehler=f("titel") deaktiviert/>
            {weg_feld}
        }.into_any(),
        Teil::Stammdaten => view! {
            <Feld id="mb-kennung" beschriftung="Maßnahmen-ID" pflicht=true schmal=true wert=kennung bei_eingabe=kennung_s fehler=f("kennung") deaktiviert/>
            <Feld id="mb-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=titel_s fehler=f("titel") deaktiviert/>
            <Feld id="mb-ressort" beschriftung="Ressort" wert=ressort bei_eingabe=ressort_s fehler=f("ressort") deaktiviert/>
            <Feld id="mb-behoerde" beschriftung="Behörde / Organisationseinheit" wert=behoerde bei_eingabe=behoerde_s fehler=f("behoerde") deaktiviert/>
            <Feld id="mb-ansprechperson" beschriftung="Ansprechperson" wert=ansprechperson bei_eingabe=ansprechperson_s fehler=f("ansprechperson") deaktiviert/>
            {weg_feld}
            <Auswahl id="mb-umsetzungsweg" beschriftung="Umsetzungsweg" optionen=mit_leerem_wert("nicht festgelegt", umsetzungswegoptionen())
                wert=umsetzungsweg bei_eingabe=umsetzungsweg_s deaktiviert/>
            <Auswahl id="mb-efa" beschriftung="EfA / Nachnutzung" optionen=mit_leerem_wert("nicht festgelegt", efaoptionen())
                wert=efa bei_eingabe=efa_s deaktiviert/>
        }.into_any(),
        Teil::Inhalt => view! {
            <Feld id="mb-ausgangslage" beschriftung="Ausgangslage / Problem" mehrzeilig=true wert=ausgangslage bei_eingabe=ausgangslage_s fehler=f("ausgangslage") deaktiviert/>
            <Feld id="mb-ziel" beschriftung="Ziel und erwartetes Ergebnis" hinweis="Zweck, Ziel und Ergebnisse der Maßnahme" mehrzeilig=true wert=ziel bei_eingabe=ziel_s fehler=f("ziel") deaktiviert/>
            <Feld id="mb-risiken" beschriftung="Risiken und Abhängigkeiten" mehrzeilig=true wert=risiken bei_eingabe=risiken_s fehler=f("risiken") deaktiviert/>
        }.into_any(),
        Teil::Planung => view! {
            <Auswahl id="mb-ziel_reifegrad" beschriftung="Ziel-Reifegrad" hinweis="Stufe des OZG-Reifegradmodells, die die Maßnahme erreichen soll"
                optionen=mit_leerem_wert("nicht festgelegt", (0..=4).map(|s| (s.to_string(), format!("Stufe {s}"))))
                wert=reifegrad bei_eingabe=reifegrad_s fehler=f("ziel_reifegrad") deaktiviert/>
            <Datumseingabe id="mb-beginn" beschriftung="Beginn" wert=beginn bei_eingabe=beginn_s fehler=f("beginn") deaktiviert/>
            <Datumseingabe id="mb-zieltermin" beschriftung="Zieltermin" wert=zieltermin bei_eingabe=zieltermin_s fehler=f("zieltermin") deaktiviert/>
            <Feld id="mb-vzae" beschriftung="Personalbedarf (VZÄ)" hinweis="z. B. 1,5" schmal=true wert=vzae bei_eingabe=vzae_s fehler=f("vzae") deaktiviert/>
            <Feld id="mb-personentage" beschriftung="Kapazitätsbedarf (Personentage)" schmal=true wert=pt bei_eingabe=pt_s fehler=f("personentage") deaktiviert/>
        }.into_any(),
        Teil::Bewilligung => view! {
            <Auswahl id="mb-status" beschriftung="Status" optionen=statusoptionen() wert=status bei_eingabe=status_s fehler=f("status") deaktiviert/>
            <Datumseingabe id="mb-eingereicht_am" beschriftung="Eingereicht am" wert=eingereicht bei_eingabe=eingereicht_s fehler=f("eingereicht_am") deaktiviert/>
            <Datumseingabe id="mb-entschieden_am" beschriftung="Bewilligt oder abgelehnt am" wert=entschieden bei_eingabe=entschieden_s fehler=f("entschieden_am") deaktiviert/>
            <Feld id="mb-bewilligt" beschriftung="Bewilligter Betrag (€)" hinweis="z. B. 400.000,00" schmal=true wert=bewilligt bei_eingabe=bewilligt_s fehler=f("bewilligt") deaktiviert/>
            <Feld id="mb-begruendung" beschriftung="Begründung oder Auflagen" hinweis="Bei Ablehnung Pflicht" mehrzeilig=true wert=begruendung bei_eingabe=begruendung_s fehler=f("begruendung") deaktiviert/>
        }.into_any(),
        Teil::Verknuepfungen => {
            let leistungen = daten.ableiten(calc::leistungsauswahl);
            let projekte = daten.ableiten(calc::projekte);
            let stellen = daten.ableiten(calc::haushaltsstellen);
            view! {
                <Feldgruppe titel="OZG-Leistungen aus dem Zielstufenplaner">
                    {move || {
                        let liste = leistungen.get();
                        if liste.is_empty() {
                            return view! { <p class="kern-body">"Im Zielstufenplaner ist noch keine Leistung erfasst."</p> }.into_any();
                        }
                        liste.into_iter().map(|(lid, text)| view! {
                            <Ankreuzfeld id=format!("mb-leistung-{lid}") beschriftung=text
                                wert=Signal::derive(move || entwurf.with(|e| e.leistungen.contains(&lid)))
                                bei_eingabe=Callback::new(move |an: bool| entwurf.update(|e| {
                                    e.leistungen.retain(|x| *x != lid);
                                    if an { e.leistungen.push(lid); }
                                }))
                                deaktiviert/>
                        }).collect_view().into_any()
                    }}
                </Feldgruppe>
                <Feld id="mb-weitere_ids" beschriftung="Weitere OZG- oder LeiKa-IDs" hinweis="Leistungen, die nicht im Zielstufenplaner stehen; mit Komma getrennt"
                    wert=weitere_ids bei_eingabe=weitere_ids_s deaktiviert/>
                {move || view! {
                    <Auswahl id="mb-projekt" beschriftung="Projekt im Multiprojektplan"
                        optionen=mit_leerem_wert("keines", projekte.get().into_iter().map(|(i, t)| (i.to_string(), t))) wert=projekt bei_eingabe=projekt_s deaktiviert/>
                    <Auswahl id="mb-haushaltsstelle" beschriftung="Haushaltsstelle im Budgetmonitor" hinweis="Mit Haushaltsstelle kommt das Ist aus ihren Buchungen"
                        optionen=mit_leerem_wert("keine", stellen.get().into_iter().map(|(i, t)| (i.to_string(), t))) wert=hst bei_eingabe=hst_s deaktiviert/>
                }}
                <Feld id="mb-ist_manuell" beschriftung="Ist von Hand (€)" hinweis="Nur ohne verknüpfte Haushaltsstelle maßgeblich" schmal=true
                    wert=ist bei_eingabe=ist_s fehler=f("ist_manuell") deaktiviert/>
            }.into_any()
        }
    };
    view! {
        <Fehlerzusammenfassung id=format!("mb-{}-fehler", teil.schluessel()) fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            {felder}
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id=format!("mb-{}-speichern", teil.schluessel()) deaktiviert=deaktiviert>
                    {if id.is_some() { "Speichern" } else { "Maßnahme anlegen" }}
                </Knopf>
                {id.is_some().then(|| view! {
                    <Knopf bei_klick=move |_| beenden()>"Abbrechen"</Knopf>
                })}
                {move || formular.geaendert().then(|| view! { <span class="kern-body formular__ungespeichert">"Ungespeicherte Eingaben im Formular"</span> })}
            </div>
        </form>
    }
}

/// A measure's record page.
#[component]
pub fn Massnahmenseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let m = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.massnahmenblatt;
        plan.massnahme(id).map(|m| {
            let weg = plan.wegname(m.weg);
            let pruefen = m
                .weg
                .and_then(|w| plan.weg(w))
                .is_some_and(|w| w.bitte_pruefen);
            let leistungen = calc::leistungen(ab, m);
            let projekt = m.projekt.map(|p| calc::projekt_text(ab, p));
            let hst = m.haushaltsstelle.map(|h| calc::haushaltsstelle_name(ab, h));
            (m.clone(), weg, pruefen, leistungen, projekt, hst)
        })
    });
    let vorhanden = Signal::derive(move || m.with(Option::is_some));
    let name = Signal::derive(move || {
        m.with(|x| {
            x.as_ref().map_or(String::new(), |x| {
                format!("Maßnahme „{} {}“", x.0.kennung, x.0.titel)
            })
        })
    });
    let loeschen = Loeschen {
        name,
        folgen: "Die Maßnahme wird mit ihren Meilensteinen und ihrem Finanzbedarf gelöscht.",
        ausfuehren: Callback::new(move |_| {
            let n = name.get_untracked();
            daten.aendere(&format!("{n} gelöscht"), |ab| {
                ab.werkzeuge.massnahmenblatt.entferne_massnahme(id)
            });
            daten.ansagen(format!("{n} gelöscht."));
        }),
    };
    let bearbeitbar = Signal::derive(move || daten.bearbeitbar());
    let abschnitt =
        move |teil: Teil| ViewFn::from(move || view! { <Massnahmenformular id=Some(id) teil/> });
    view! {
        <Datensatzseite vorhanden nicht_vorhanden="Diese Maßnahme" zurueck=("Zur Liste der Maßnahmen", href(&[]))
            abschnitte=vec![
                ("mb-abschnitt-mittel", "Mittel"),
                ("mb-abschnitt-stammdaten", "Stammdaten"),
                ("mb-abschnitt-inhalt", "Inhalt"),
                ("mb-abschnitt-planung", "Planung und Kapazität"),
                ("mb-abschnitt-bewilligung", "Status und Bewilligung"),
                ("mb-abschnitt-verknuepfungen", "Verknüpfungen"),
                ("mb-abschnitt-meilensteine", "Meilensteine und Tranchen"),
                ("mb-abschnitt-finanzbedarf", "Finanzbedarf"),
            ]
            loeschen=loeschen>
            <div class="knopfleiste">
                <a class="kern-btn kern-btn--secondary" id="mb-zum-blatt" href=blatt_href(id)>
                    <span class="kern-label">"Maßnahmenblatt drucken"</span>
                </a>
            </div>
            <Abschnitt id="mb-abschnitt-mittel" titel="Mittel" anzeige=ViewFn::from(move || view! { <Mittelangaben id/> })/>
            <Abschnitt id="mb-abschnitt-stammdaten" titel="Stammdaten" bearbeitbar
                anzeige=ViewFn::from(move || m.get().map(|(m, weg, pruefen, ..)| view! {
                    <Zusammenfassung>
                        <Angabe bezeichnung="Maßnahmen-ID">{m.kennung.clone()}</Angabe>
                        <Angabe bezeichnung="Titel">{m.titel.clone()}</Angabe>
                        <Angabe bezeichnung="Ressort">{oder_strich(&m.ressort)}</Angabe>
                        <Angabe bezeichnung="Behörde">{oder_strich(&m.behoerde)}</Angabe>
                        <Angabe bezeichnung="Ansprechperson">{oder_strich(&m.ansprechperson)}</Angabe>
                        <Angabe bezeichnung="Finanzierungsweg">{weg}{pruefen.then(|| view! { " " <BittePruefen/> })}</Angabe>
                        <Angabe bezeichnung="Umsetzungsweg">{m.umsetzungsweg.map_or("–", |u| u.name())}</Angabe>
                        <Angabe bezeichnung="EfA / Nachnutzung">{m.efa.map_or("–", |e| e.name())}</Angabe>
                    </Zusammenfassung>
                }))
                formular=abschnitt(Teil::Stammdaten)/>
            <Abschnitt id="mb-abschnitt-inhalt" titel="Inhalt" bearbeitbar
                anzeige=ViewFn::from(move || m.get().map(|(m, ..)| view! {
                    <Zusammenfassung>
                        <Angabe bezeichnung="Ausgangslage">{oder_strich(&m.ausgangslage)}</Angabe>
                        <Angabe bezeichnung="Ziel und erwartetes Ergebnis">{oder_strich(&m.ziel)}</Angabe>
                        <Angabe bezeichnung="Risiken und Abhängigkeiten">{oder_strich(&m.risiken)}</Angabe>
                    </Zusammenfassung>
                }))
                formular=abschnitt(Teil::Inhalt)/>
            <Abschnitt id="mb-abschnitt-planung" titel="Planung und Kapazität" bearbeitbar
                anzeige=ViewFn::from(move || m.get().map(|(m, ..)| view! {
                    <Zusammenfassung>
                        <Angabe bezeichnung="Ziel-Reifegrad">{m.ziel_reifegrad.map_or("–".to_owned(), |r| format!("Stufe {r}"))}</Angabe>
                        <Angabe bezeichnung="Beginn">{m.beginn.map_or("–".to_owned(), |d| d.deutsch())}</Angabe>
                        <Angabe bezeichnung="Zieltermin">{m.zieltermin.map_or("–".to_owned(), |d| d.deutsch())}</Angabe>
                        <Angabe bezeichnung="Personalbedarf">{m.vzae_hundertstel.map_or("–".to_owned(), |v| format!("{} VZÄ", dezimal(v, 2)))}</Angabe>
                        <Angabe bezeichnung="Kapazitätsbedarf">{m.personentage.map_or("–".to_owned(), |p| format!("{p} PT"))}</Angabe>
                    </Zusammenfassung>
                }))
                formular=abschnitt(Teil::Planung)/>
            <Abschnitt id="mb-abschnitt-bewilligung" titel="Status und Bewilligung" bearbeitbar
                anzeige=ViewFn::from(move || m.get().map(|(m, ..)| view! {
                    <Zusammenfassung>
                        <Angabe bezeichnung="Status"><span id="mb-status-anzeige"><Statusmarke status=m.status/></span></Angabe>
                        <Angabe bezeichnung="Eingereicht am">{m.eingereicht_am.map_or("–".to_owned(), |d| d.deutsch())}</Angabe>
                        <Angabe bezeichnung="Bewilligt oder abgelehnt am">{m.entschieden_am.map_or("–".to_owned(), |d| d.deutsch())}</Angabe>
                        <Angabe bezeichnung="Bewilligter Betrag">{m.bewilligt_cent.map_or("–".to_owned(), euro)}</Angabe>
                        <Angabe bezeichnung="Begründung oder Auflagen">{oder_strich(&m.begruendung)}</Angabe>
                    </Zusammenfassung>
                }))
                formular=abschnitt(Teil::Bewilligung)/>
            <Abschnitt id="mb-abschnitt-verknuepfungen" titel="Verknüpfungen" bearbeitbar
                anzeige=ViewFn::from(move || m.get().map(|(m, _, _, leistungen, projekt, hst)| view! {
                    <Zusammenfassung>
                        <Angabe bezeichnung="OZG-Leistungen">
                            {if leistungen.is_empty() { "–".into_any() } else {
                                view! { <ul class="mb-liste">{leistungen.into_iter().map(|(lid, text, weg)| match lid {
                                    Some(l) if !weg => view! { <li><a class="kern-link" href=crate::tools::href("zielstufenplaner", &["leistung", &l.to_string()])>{text}</a></li> }.into_any(),
                                    _ => view! { <li>{text}</li> }.into_any(),
                                }).collect_view()}</ul> }.into_any()
                            }}
                        </Angabe>
                        <Angabe bezeichnung="Projekt">{verweis(projekt, m.projekt.map(|p| crate::tools::href("multiprojektplan", &["projekt", &p.to_string()])))}</Angabe>
                        <Angabe bezeichnung="Haushaltsstelle">{verweis(hst, m.haushaltsstelle.map(|h| crate::tools::href("budgetmonitor", &["titel", &h.to_string()])))}</Angabe>
                        <Angabe bezeichnung="Ist von Hand">{m.ist_manuell_cent.map_or("–".to_owned(), euro)}</Angabe>
                    </Zusammenfassung>
                }))
                formular=abschnitt(Teil::Verknuepfungen)/>
            <Abschnitt id="mb-abschnitt-meilensteine" titel="Meilensteine und Tranchen" bearbeitbar
                anzeige=ViewFn::from(move || view! { <Meilensteintabelle massnahme=id bearbeiten=false/> })
                formular=ViewFn::from(move || view! { <Meilensteinformular massnahme=id/> })/>
            <Abschnitt id="mb-abschnitt-finanzbedarf" titel="Finanzbedarf" bearbeitbar
                anzeige=ViewFn::from(move || view! { <Finanzplantabelle massnahme=id/> })
                formular=ViewFn::from(move || view! { <Bedarfsformular massnahme=id/> })/>
        </Datensatzseite>
    }
}

/// A link to another tool's record, or its "(gelöscht)" label without a link.
fn verweis(ziel: Option<(String, bool)>, link: Option<String>) -> AnyView {
    match (ziel, link) {
        (Some((text, false)), Some(href)) => {
            view! { <a class="kern-link" href=href>{text}</a> }.into_any()
        }
        (Some((text, _)), _) => text.into_any(),
        _ => "–".into_any(),
    }
}

/// bewilligt, Tranchen (with the check), abgerufen, Ist (with its source), Finanzbedarf.
#[component]
pub fn Mittelangaben(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let werte = daten.ableiten(move |ab| {
        let plan = &ab.werkzeuge.massnahmenblatt;
        plan.massnahme(id).map(|m| {
            (
                calc::mittel(ab, m, browser::heute()),
                calc::tranchenpruefung(plan, m),
                m.status,
            )
        })
    });
    move || {
        werte.get().map(|(x, pruefung, status)| view! {
            <Zusammenfassung>
                <Angabe bezeichnung="Status"><Statusmarke status/></Angabe>
                <Angabe bezeichnung="Bewilligt"><span id="mb-bewilligt-anzeige">{x.bewilligt.map_or("noch nicht bewilligt".to_owned(), euro)}</span></Angabe>
                <Angabe bezeichnung="Abgerufen">{format!("{} von {} in Tranchen", euro(x.abgerufen), euro(x.tranchen))}</Angabe>
                <Angabe bezeichnung="Ist"><span id="mb-ist-anzeige">{x.ist.map_or("–".to_owned(), euro)}</span>" (" {x.quelle.text()} ")"</Angabe>
                <Angabe bezeichnung="Finanzbedarf">{euro(x.bedarf)}</Angabe>
            </Zusammenfassung>
            <p class=if pruefung.ist_fehler() { "kern-body mb-pruefung mb-pruefung--fehler" } else { "kern-body mb-pruefung" } id="mb-tranchenpruefung">
                {pruefung.text()}
            </p>
        })
    }
}
