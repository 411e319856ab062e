//! A test case: the short form for a case of one's own, and the case's record page — its
//! fields and numbered steps with their expected results (edited as one form; a change to a
//! version used in a run makes a new version), and its executions in runs.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::datensatz::{Datensatzseite, Loeschen};
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{
    feldbindung, Ankreuzfeld, Auswahl, Eingabe, Fehlerzusammenfassung, Feldgruppe,
};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, fehler_melden, fehlerliste};
use crate::app::zusammenfassung::{oder_strich, Abschnitt, Angabe, Zusammenfassung};
use crate::shared::text::Feldfehler;
use crate::tools::testmanagement::model::{
    schritte_lesen, schritte_text, tags_lesen, Kategorie, Prioritaet, Testart, Testfall,
    Testobjektart,
};
use crate::tools::testmanagement::SLUG;

use super::{
    artoptionen, href, kategorieoptionen, lauf_href, prioritaetsoptionen, testfall_href,
    Ergebnismarke, Vorlagemarke,
};

#[derive(Clone, Debug, Default, PartialEq)]
struct Entwurf {
    kennung: String,
    titel: String,
    autor: String,
    testobjektart: String,
    testobjekt: String,
    ozg_id: String,
    leika_id: String,
    kategorie: String,
    art: String,
    prioritaet: String,
    vorbedingungen: String,
    testdaten: String,
    schritte: String,
    nachbedingungen: String,
    tags: String,
    kriterien: Vec<u32>,
}

impl Entwurf {
    fn aus(t: &Testfall) -> Entwurf {
        Entwurf {
            kennung: t.kennung.clone(),
            titel: t.titel.clone(),
            autor: t.autor.clone(),
            testobjektart: t.testobjektart.name().to_owned(),
            testobjekt: t.testobjekt.clone(),
            ozg_id: t.ozg_id.clone(),
            leika_id: t.leika_id.clone(),
            kategorie: t.kategorie.name().to_owned(),
            art: t.art.name().to_owned(),
            prioritaet: t.prioritaet.name().to_owned(),
            vorbedingungen: t.vorbedingungen.clone(),
            testdaten: t.testdaten.clone(),
            schritte: schritte_text(&t.schritte),
            nachbedingungen: t.nachbedingungen.clone(),
            tags: t.tags.join(", "),
            kriterien: t.kriterien.clone(),
        }
    }

    fn neu(naechste: usize) -> Entwurf {
        Entwurf {
            kennung: format!("TF-{naechste:03}"),
            ..Entwurf::aus(&Testfall::default())
        }
    }

    fn testfall(&self, alt: Testfall) -> Testfall {
        Testfall {
            kennung: self.kennung.trim().to_owned(),
            titel: self.titel.trim().to_owned(),
            autor: self.autor.trim().to_owned(),
            testobjektart: Testobjektart::aus_name(&self.testobjektart).unwrap_or_default(),
            testobjekt: self.testobjekt.trim().to_owned(),
            ozg_id: self.ozg_id.trim().to_owned(),
            leika_id: self.leika_id.trim().to_owned(),
            kategorie: Kategorie::aus_name(&self.kategorie).unwrap_or_default(),
            art: Testart::aus_name(&self.art).unwrap_or_default(),
            prioritaet: Prioritaet::aus_name(&self.prioritaet).unwrap_or_default(),
            vorbedingungen: self.vorbedingungen.trim().to_owned(),
            testdaten: self.testdaten.trim().to_owned(),
            schritte: schritte_lesen(&self.schritte),
            nachbedingungen: self.nachbedingungen.trim().to_owned(),
            tags: tags_lesen(&self.tags),
            kriterien: self.kriterien.clone(),
            vorlage: false,
            ..alt
        }
    }
}

/// The page "Neuer Testfall".
#[component]
pub fn NeuerTestfall() -> impl IntoView {
    view! {
        <p class="kern-body">"Legen Sie einen eigenen Testfall an. Schritte schreiben Sie je Zeile als „Aktion => erwartetes Ergebnis“."</p>
        <Testfallformular id=None/>
    }
}

/// The form of a case; `id: None` creates a new one. Saving clears the template mark.
#[component]
fn Testfallformular(id: Option<u32>) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let formular = Formularentwurf::neu(
        entwurfsschluessel(SLUG, "testfall", id.unwrap_or(0)),
        move || {
            daten.lies(|ab| {
                let tm = ab.map(|ab| &ab.werkzeuge.testmanagement);
                match (tm, id) {
                    (Some(tm), Some(id)) => tm.testfall(id).map(Entwurf::aus).unwrap_or_default(),
                    (tm, _) => Entwurf::neu(tm.map_or(0, |tm| tm.testfaelle.len()) + 1),
                }
            })
        },
    );
    let entwurf = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let fehler_bei = move |feld: &str| fehler_am(fehler, format!("tm-t-{feld}"));
    let kriterien = daten.ableiten(|ab| {
        ab.werkzeuge
            .testmanagement
            .kriterien
            .iter()
            .map(|k| (k.id, format!("{} {}", k.kennung, k.titel)))
            .collect::<Vec<_>>()
    });
    let beenden = move || {
        formular.verwerfen();
        super::formular_beenden(fehler);
    };
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let e = entwurf.get_untracked();
        let alt = daten
            .lies_ungetrackt(|ab| {
                ab.and_then(|ab| ab.werkzeuge.testmanagement.testfall(id?).cloned())
            })
            .unwrap_or_default();
        let fall = e.testfall(alt);
        let probleme = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| ab.werkzeuge.testmanagement.pruefe_testfall(&fall))
                .unwrap_or_default()
        });
        if !fehler_melden(fehler, "tm-t-", probleme) {
            return;
        }
        let name = format!("{} {}", fall.kennung, fall.titel);
        let wort = if id.is_some() {
            "geändert"
        } else {
            "angelegt"
        };
        let mut neu = 0;
        let mut version = 0;
        daten.aendere(&format!("Testfall „{name}“ {wort}"), |ab| {
            neu = ab.werkzeuge.testmanagement.speichere_testfall(fall);
            version = ab
                .werkzeuge
                .testmanagement
                .testfall(neu)
                .map_or(1, |t| t.version);
        });
        daten.ansagen(format!("Testfall „{name}“ {wort}, Version {version}."));
        formular.zuruecksetzen(entwurf.get_untracked());
        beenden();
        if id.is_none() {
            browser::setze_hash(&testfall_href(neu));
        }
    };
    let (kennung, kennung_setzen) = feldbindung!(entwurf.kennung);
    let (titel, titel_setzen) = feldbindung!(entwurf.titel);
    let (autor, autor_setzen) = feldbindung!(entwurf.autor);
    let (objektart, objektart_setzen) = feldbindung!(entwurf.testobjektart);
    let (objekt, objekt_setzen) = feldbindung!(entwurf.testobjekt);
    let (ozg, ozg_setzen) = feldbindung!(entwurf.ozg_id);
    let (leika, leika_setzen) = feldbindung!(entwurf.leika_id);
    let (kategorie, kategorie_setzen) = feldbindung!(entwurf.kategorie);
    let (art, art_setzen) = feldbindung!(entwurf.art);
    let (prioritaet, prioritaet_setzen) = feldbindung!(entwurf.prioritaet);
    let (vor, vor_setzen) = feldbindung!(entwurf.vorbedingungen);
    let (daten_text, daten_setzen) = feldbindung!(entwurf.testdaten);
    let (schritte, schritte_setzen) = feldbindung!(entwurf.schritte);
    let (nach, nach_setzen) = feldbindung!(entwurf.nachbedingungen);
    let (tags, tags_setzen) = feldbindung!(entwurf.tags);
    let objektarten: Vec<(String, String)> = Testobjektart::ALLE
        .iter()
        .map(|a| (a.name().to_owned(), a.name().to_owned()))
        .collect();
    view! {
        <Fehlerzusammenfassung id="tm-t-fehler" fehler=fehlerliste(fehler)/>
        <form class="formular" novalidate on:submit=speichern>
            <Eingabe id="tm-t-kennung" beschriftung="Testfall-ID" pflicht=true schmal=true wert=kennung bei_eingabe=kennung_setzen fehler=fehler_bei("kennung") deaktiviert/>
            <Eingabe id="tm-t-titel" beschriftung="Titel" pflicht=true wert=titel bei_eingabe=titel_setzen fehler=fehler_bei("titel") deaktiviert/>
            <Auswahl id="tm-t-kategorie" beschriftung="Kategorie" optionen=kategorieoptionen() wert=kategorie bei_eingabe=kategorie_setzen deaktiviert/>
            <Auswahl id="tm-t-prioritaet" beschriftung="Priorität" hinweis="Testfälle der Priorität hoch müssen vor der Abnahme bestanden sein."
                optionen=prioritaetsoptionen() wert=prioritaet bei_eingabe=prioritaet_setzen deaktiviert/>
            <Auswahl id="tm-t-art" beschriftung="Art" optionen=artoptionen() wert=art bei_eingabe=art_setzen deaktiviert/>
            <Eingabe id="tm-t-schritte" beschriftung="Schritte" mehrzeilig=true
                hinweis="Je Zeile ein Schritt: Aktion => erwartetes Ergebnis"
                wert=schritte bei_eingabe=schritte_setzen fehler=fehler_bei("schritte") deaktiviert/>
            {id.is_some().then(|| view! {
                <Feldgruppe titel="Testobjekt">
                    <Auswahl id="tm-t-objektart" beschriftung="Art des Testobjekts" optionen=objektarten wert=objektart bei_eingabe=objektart_setzen deaktiviert/>
                    <Eingabe id="tm-t-objekt" beschriftung="Testobjekt" hinweis="Name des Onlinedienstes, der Leistung oder der Schnittstelle" wert=objekt bei_eingabe=objekt_setzen deaktiviert/>
                    <Eingabe id="tm-t-ozg" beschriftung="OZG-ID" schmal=true wert=ozg bei_eingabe=ozg_setzen deaktiviert/>
                    <Eingabe id="tm-t-leika" beschriftung="LeiKa-Schlüssel" schmal=true wert=leika bei_eingabe=leika_setzen deaktiviert/>
                </Feldgruppe>
                <Eingabe id="tm-t-vorbedingungen" beschriftung="Vorbedingungen" mehrzeilig=true wert=vor bei_eingabe=vor_setzen fehler=fehler_bei("vorbedingungen") deaktiviert/>
                <Eingabe id="tm-t-testdaten" beschriftung="Testdaten" mehrzeilig=true wert=daten_text bei_eingabe=daten_setzen fehler=fehler_bei("testdaten") deaktiviert/>
                <Eingabe id="tm-t-nachbedingungen" beschriftung="Nachbedingungen" mehrzeilig=true wert=nach bei_eingabe=nach_setzen fehler=fehler_bei("nachbedingungen") deaktiviert/>
                <Eingabe id="tm-t-autor" beschriftung="Autor" wert=autor bei_eingabe=autor_setzen deaktiviert/>
                <Eingabe id="tm-t-tags" beschriftung="Tags" hinweis="Durch Kommas getrennt" wert=tags bei_eingabe=tags_setzen deaktiviert/>
                {move || {
                    let liste = kriterien.get();
                    (!liste.is_empty()).then(|| view! {
                        <Feldgruppe titel="Qualitätskriterien">
                            {liste.into_iter().map(|(k, text)| {
                                let wert = Signal::derive(move || entwurf.with(|e| e.kriterien.contains(&k)));
                                view! {
                                    <Ankreuzfeld id=format!("tm-t-kriterium-{k}") beschriftung=text wert deaktiviert
                                        bei_eingabe=Callback::new(move |an: bool| entwurf.update(|e| {
                                            e.kriterien.retain(|x| *x != k);
                                            if an { e.kriterien.push(k); }
                                        }))/>
                                }
                            }).collect_view()}
                        </Feldgruppe>
                    })
                }}
            })}
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer absenden=true id="tm-t-speichern" deaktiviert=deaktiviert>
                    {if id.is_some() { "Testfall speichern" } else { "Testfall anlegen" }}
                </Knopf>
                {id.is_some().then(|| view! {
                    <Knopf id="tm-t-abbrechen" bei_klick=move |_| beenden()>"Abbrechen"</Knopf>
                })}
                {move || formular.geaendert().then(|| view! { <span class="kern-body formular__ungespeichert">"Ungespeicherte Eingaben im Formular"</span> })}
            </div>
        </form>
    }
}

/// A case's record page.
#[component]
pub fn Testfallseite(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let fall = daten.ableiten(move |ab| ab.werkzeuge.testmanagement.testfall(id).cloned());
    let vorhanden = Signal::derive(move || fall.with(Option::is_some));
    let name = Signal::derive(move || {
        fall.with(|t| {
            format!(
                "Testfall „{}“",
                t.as_ref().map_or("", |t| t.kennung.as_str())
            )
        })
    });
    let loeschen = Some(Loeschen {
        name,
        folgen: "Der Testfall wird aus der Bibliothek gelöscht; Testläufe behalten ihre Fassung.",
        ausfuehren: Callback::new(move |_| {
            let n = name.get_untracked();
            daten.aendere(&format!("{n} gelöscht"), |ab| {
                ab.werkzeuge.testmanagement.entferne_testfall(id)
            });
            daten.ansagen(format!("{n} gelöscht."));
        }),
    });
    let bearbeitbar = Signal::derive(move || daten.bearbeitbar());
    let kriterien = daten.ableiten(move |ab| {
        let tm = &ab.werkzeuge.testmanagement;
        tm.testfall(id).map_or(Vec::new(), |t| {
            t.kriterien
                .iter()
                .filter_map(|k| tm.kriterium(*k))
                .map(|k| format!("{} {}", k.kennung, k.titel))
                .collect()
        })
    });
    view! {
        <Datensatzseite vorhanden nicht_vorhanden="Dieser Testfall" zurueck=("Zur Testfallbibliothek", href(&[]))
            abschnitte=vec![("tm-abschnitt-testfall", "Testfall und Schritte"), ("tm-abschnitt-ausfuehrungen", "Ausführungen")]
            nostrip:loeschen=loeschen>
            <Abschnitt id="tm-abschnitt-testfall" titel="Testfall und Schritte" bearbeitbar
                anzeige=ViewFn::from(move || fall.get().map(|t| view! {
                    <Zusammenfassung>
                        <Angabe bezeichnung="Testfall-ID">{t.kennung.clone()}{t.vorlage.then(|| view! { " " <Vorlagemarke/> })}</Angabe>
                        <Angabe bezeichnung="Version"><span id="tm-version">{t.version}</span></Angabe>
                        <Angabe bezeichnung="Kategorie">{t.kategorie.name()}</Angabe>
                        <Angabe bezeichnung="Art">{t.art.name()}</Angabe>
                        <Angabe bezeichnung="Priorität">{t.prioritaet.name()}</Angabe>
                        <Angabe bezeichnung="Testobjekt">{
                            let mut teile = vec![t.testobjektart.name().to_owned()];
                            if !t.testobjekt.is_empty() { teile.push(t.testobjekt.clone()); }
                            if !t.ozg_id.is_empty() { teile.push(format!("OZG-ID {}", t.ozg_id)); }
                            if !t.leika_id.is_empty() { teile.push(format!("LeiKa {}", t.leika_id)); }
                            teile.join(", ")
                        }</Angabe>
                        <Angabe bezeichnung="Vorbedingungen">{oder_strich(&t.vorbedingungen)}</Angabe>
                        <Angabe bezeichnung="Testdaten">{oder_strich(&t.testdaten)}</Angabe>
                        <Angabe bezeichnung="Nachbedingungen">{oder_strich(&t.nachbedingungen)}</Angabe>
                        <Angabe bezeichnung="Autor">{oder_strich(&t.autor)}</Angabe>
                        <Angabe bezeichnung="Tags">{oder_strich(&t.tags.join(", "))}</Angabe>
                        <Angabe bezeichnung="Qualitätskriterien">{oder_strich(&kriterien.get().join("; "))}</Angabe>
                    </Zusammenfassung>
                    <h3 class="kern-heading-small">"Schritte"</h3>
                    {if t.schritte.is_empty() {
                        view! { <p class="kern-body">"Noch keine Schritte."</p> }.into_any()
                    } else {
                        view! {
                            <ol class="tm-schritte" id="tm-schritte">
                                {t.schritte.iter().map(|s| view! {
                                    <li>
                                        <span class="tm-schritt__aktion">{s.aktion.clone()}</span>
                                        <span class="tm-schritt__erwartet">{format!("Erwartet: {}", if s.erwartet.is_empty() { "–" } else { &s.erwartet })}</span>
                                    </li>
                                }).collect_view()}
                            </ol>
                        }.into_any()
                    }}
                    <p class="kern-body tm-nebentext">"Ändern Sie einen Testfall, der schon in einem Testlauf verwendet wurde, entsteht eine neue Version; die Testläufe behalten ihre Fassung."</p>
                }))
                formular=ViewFn::from(move || view! { <Testfallformular id=Some(id)/> })/>
            <Abschnitt id="tm-abschnitt-ausfuehrungen" titel="Ausführungen" anzeige=ViewFn::from(move || view! { <Ausfuehrungen id/> })/>
        </Datensatzseite>
    }
}

/// Where the case was run, newest first.
#[component]
fn Ausfuehrungen(id: u32) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let zeilen = daten.ableiten(move |ab| {
        let tm = &ab.werkzeuge.testmanagement;
        let mut z: Vec<_> = crate::tools::testmanagement::calc::laeufe_sortiert(tm)
            .into_iter()
            .flat_map(|l| {
                l.eintraege
                    .iter()
                    .filter(|e| e.testfall == id)
                    .map(move |e| {
                        (
                            l.id,
                            l.titel.clone(),
                            e.stand.version,
                            e.ergebnis,
                            e.datum.or(l.datum).map(|d| d.deutsch()).unwrap_or_default(),
                        )
                    })
            })
            .collect();
        z.reverse();
        z
    });
    move || {
        if zeilen.with(Vec::is_empty) {
            return view! { <p class="kern-body">"Noch in keinem Testlauf."</p> }.into_any();
        }
        view! {
            <Tabelle id="tm-ausfuehrungen-titel" titel="Ausführungen, neueste zuerst" spalten=&["Testlauf", "Version", "Ergebnis", "Datum"]>
                <tbody>
                    {zeilen.get().into_iter().map(|(l, titel, version, ergebnis, datum)| view! {
                        <tr>
                            <th scope="row"><a class="kern-link" href=lauf_href(l)>{titel}</a></th>
                            <td>{version}</td>
                            <td><Ergebnismarke ergebnis/></td>
                            <td class="tabelle__datum">{oder_strich(&datum)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </Tabelle>
        }
        .into_any()
    }
}
