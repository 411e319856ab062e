//! The template library: the shipped templates (read-only; the Reality Check marked as our
//! reconstruction) and the newest version of every own template, each with "Ansehen" or
//! "Bearbeiten" and "als eigene Vorlage kopieren"; "Neue Vorlage" starts an empty one; "Vorlage
//! aus Datei einlesen" takes over a template another agency shared (preview first, a refused
//! file changes nothing and says why).

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt, Knopfart};
use crate::app::daten::Daten;
use crate::app::formular::Dateiwahl;
use crate::shared::text::anzahl;
use crate::tools::checklisten::model::{Abschnitt, Vorlage};
use crate::tools::checklisten::{teilen, vorlagen};

use super::{href, vorlage_href, BittePruefen};
use crate::app::components::Knopf;

/// Copies `v` as an own template and opens it in the editor.
pub fn kopieren(daten: Daten, v: Vorlage) {
    let mut neu = None;
    daten.aendere(&format!("Vorlage „{}“ kopiert", v.titel), |ab| {
        neu = Some(
            ab.werkzeuge
                .checklisten
                .kopiere(&v, format!("{} (eigene Kopie)", v.titel)),
        );
    });
    if let Some(id) = neu {
        daten.ansagen(format!("„{}“ als eigene Vorlage kopiert.", v.titel));
        browser::setze_hash(&vorlage_href(id));
    }
}

/// The page.
#[component]
pub fn Bibliothek() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let eigene = daten.ableiten(|ab| {
        ab.werkzeuge
            .checklisten
            .eigene()
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
    });
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let neue_vorlage = move |_| {
        let mut neu = None;
        daten.aendere("Neue Vorlage angelegt", |ab| {
            let plan = &mut ab.werkzeuge.checklisten;
            let abschnitt = plan.vergib_id();
            let v = Vorlage {
                titel: "Neue Vorlage".into(),
                abschnitte: vec![Abschnitt {
                    id: abschnitt,
                    titel: "Abschnitt 1".into(),
                    punkte: Vec::new(),
                }],
                ..Vorlage::default()
            };
            neu = Some(plan.kopiere(&v, "Neue Vorlage".into()));
        });
        if let Some(id) = neu {
            browser::setze_hash(&vorlage_href(id));
        }
    };
    let karte = move |v: Vorlage| {
        let punkte = v.punkte().count();
        let eigen = v.bearbeitbar();
        let titel_id = format!("cl-vorlage-{}", v.familie);
        let kopie = v.clone();
        view! {
            <li class="cl-karte">
                <h3 class="kern-heading-small" id=titel_id>
                    <a class="kern-link" href=vorlage_href(v.familie)>{v.titel.clone()}</a>
                    {v.bitte_pruefen.then(|| view! { " " <BittePruefen/> })}
                </h3>
                <p class="kern-body">
                    {format!("{} · Version {} · {} Abschnitte, {} Prüfpunkte", if eigen { "eigene Vorlage" } else { "mitgeliefert, nur lesbar" }, v.version, v.abschnitte.len(), punkte)}
                </p>
                {(!v.geltungsbereich.is_empty()).then(|| view! { <p class="kern-body">{v.geltungsbereich.clone()}</p> })}
                <div class="knopfleiste">
                    <a class="kern-btn kern-btn--secondary" href=vorlage_href(v.familie)>
                        <span class="kern-label">{if eigen { "Bearbeiten" } else { "Ansehen" }}</span>
                    </a>
                    <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert
                        aria-label=format!("„{}“ als eigene Vorlage kopieren", v.titel)
                        on:click=move |_| kopieren(daten, kopie.clone())>
                        <span class="kern-label">"als eigene Vorlage kopieren"</span>
                    </button>
                </div>
            </li>
        }
    };
    view! {
        <p class="kern-body">
            "Mitgelieferte Vorlagen sind nur lesbar; kopieren Sie eine, um sie anzupassen. Eine Vorlage, mit der schon geprüft wurde, "
            "bekommt beim Bearbeiten eine neue Version; frühere Durchführungen behalten ihre."
        </p>
        <div class="knopfleiste">
            <a class="kern-btn kern-btn--primary" href=href(&["neu"])><span class="kern-label">"Checkliste durchführen"</span></a>
            <Knopf id="cl-neue-vorlage" deaktiviert=deaktiviert bei_klick=neue_vorlage>"Neue Vorlage"</Knopf>
        </div>
        <h2 class="kern-heading-medium">"Mitgelieferte Vorlagen"</h2>
        <ul class="cl-karten">{vorlagen::alle().into_iter().map(karte).collect_view()}</ul>
        <h2 class="kern-heading-medium">"Eigene Vorlagen"</h2>
        {move || {
            let liste = eigene.get();
            if liste.is_empty() {
                view! { <p class="kern-body">"Noch keine eigene Vorlage."</p> }.into_any()
            } else {
                view! { <ul class="cl-karten">{liste.into_iter().map(karte).collect_view()}</ul> }.into_any()
            }
        }}
        <Einlesen/>
    }
}

/// Reading a template file from another agency: preview, then take it over as an own
/// template; a refused file changes nothing and says why.
#[component]
fn Einlesen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let feld = NodeRef::<leptos::html::Input>::new();
    let zustand = RwSignal::new(None::<Result<Vorlage, String>>);
    let gewaehlt = move |_: leptos::ev::Event| {
        browser::gewaehlte_datei_lesen(
            feld.get_untracked(),
            teilen::MAX_BYTES,
            teilen::zu_gross,
            teilen::lesen,
            move |e| zustand.set(e),
        );
    };
    let zuruecksetzen = move || {
        if let Some(eingabe) = feld.get_untracked() {
            eingabe.set_value("");
        }
        zustand.set(None);
    };
    let uebernehmen = move |_| {
        let Some(Ok(v)) = zustand.get_untracked() else {
            return;
        };
        let mut neu = None;
        daten.aendere(
            &format!("Vorlage „{}“ aus Datei übernommen", v.titel),
            |ab| {
                neu = Some(teilen::uebernehmen(&mut ab.werkzeuge.checklisten, &v));
            },
        );
        zuruecksetzen();
        if let Some(id) = neu {
            daten.ansagen(format!("Vorlage „{}“ übernommen.", v.titel));
            browser::setze_hash(&vorlage_href(id));
        }
    };
    let vorschau = move || {
        zustand.get().map(|z| match z {
            Ok(v) => {
                let hinweis = daten.lies_ungetrackt(|ab| ab.and_then(|ab| teilen::versionshinweis(&ab.werkzeuge.checklisten, &v)));
                let abschnitte: Vec<String> = v.abschnitte.iter().map(|a| format!("{} ({} Prüfpunkte)", a.titel, a.punkte.len())).collect();
                let quelle = if v.quelle.is_empty() { "Ohne Quellenangabe.".to_owned() } else { format!("Quelle und Stand: {}", v.quelle) };
                view! {
                    <div id="cl-einlesen-vorschau">
                        <Hinweis art=HinweisArt::Info titel=format!("Vorschau: „{}“, Version {}", v.titel, v.version)>
                            <p class="kern-body">{format!(
                                "{}, {}, davon {} Muss. {quelle}",
                                anzahl(v.abschnitte.len(), "Abschnitt", "Abschnitte"),
                                anzahl(v.punkte().count(), "Prüfpunkt", "Prüfpunkte"),
                                v.punkte().filter(|(_, p)| p.muss).count()
                            )}</p>
                            {v.bitte_pruefen.then(|| view! { <p class="kern-body">"Die Vorlage ist als Rekonstruktion markiert (bitte prüfen)."</p> })}
                            <ul class="kern-list">{abschnitte.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul>
                            {hinweis.map(|h| view! { <p class="kern-body" id="cl-einlesen-version">{h}</p> })}
                            <div class="knopfleiste">
                                <Knopf art=Knopfart::Primaer id="cl-einlesen-uebernehmen" deaktiviert=move || !daten.bearbeitbar() bei_klick=uebernehmen>
                                    "Als eigene Vorlage übernehmen"
                                </Knopf>
                                <Knopf art=Knopfart::Tertiaer id="cl-einlesen-abbrechen" bei_klick=move |_| zuruecksetzen()>"Abbrechen"</Knopf>
                            </div>
                        </Hinweis>
                    </div>
                }
                .into_any()
            }
            Err(meldung) => view! {
                <div id="cl-einlesen-fehler">
                    <Hinweis art=HinweisArt::Fehler titel="Die Datei wurde nicht übernommen".to_owned()>
                        <p class="kern-body">{meldung}" Es wurde nichts geändert."</p>
                    </Hinweis>
                </div>
            }
            .into_any(),
        })
    };
    view! {
        <h2 class="kern-heading-medium">"Vorlage aus Datei einlesen"</h2>
        <p class="kern-body">
            "Eine Vorlage, die eine andere Behörde mit „Als Datei herunterladen“ weitergegeben hat. Sie sehen zuerst eine "
            "Vorschau; erst „Als eigene Vorlage übernehmen“ ändert etwas."
        </p>
        <Dateiwahl id="cl-vorlagendatei" beschriftung="Vorlagendatei (.json)" annehmen=".json,application/json" feld bei_auswahl=Callback::new(gewaehlt)/>
        <div role="status" aria-live="polite">{vorschau}</div>
    }
}
