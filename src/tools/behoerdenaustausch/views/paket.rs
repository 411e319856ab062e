//! "Paket schnüren": per tool that shares (`tools::paket`) a fieldset of checkboxes of the
//! offered items — confidential or personal ones unticked and marked, included only with
//! "vertrauliche Einträge einschließen" —, the sending agency, a summary, then the download.
//! "Paket einlesen": the file (size checked before reading), a preview per tool (new items,
//! conflicts each with a choice überspringen / als Kopie / übernehmen, default überspringen;
//! unknown tools listed as "nicht unterstützt"), then one `Daten::aendere`, so undo reverts
//! the whole import, and a report in a status region. A refused file changes nothing.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Hinweis, HinweisArt, Knopf, Knopfart, Tabelle};
use crate::app::daten::Daten;
use crate::app::formular::{Ankreuzfeld, Auswahl, Dateiwahl, Eingabe, Feldgruppe};
use crate::shared::text::anzahl;
use crate::tools::paket::{self, Paket, Teilstand, Wahl, Wahlen};

/// "Paket schnüren".
#[component]
pub fn PaketSchnueren() -> impl IntoView {
    let daten = expect_context::<Daten>();
    // Ticked items per tool slug; `None` until the user changes something (then the defaults
    // — everything not confidential or personal — are taken over).
    let gewaehlt = RwSignal::new(None::<BTreeMap<String, BTreeSet<String>>>);
    let mit_vertraulichem = RwSignal::new(false);
    let absender = RwSignal::new(
        daten
            .lies_ungetrackt(|ab| ab.map(|ab| ab.metadaten.behoerde.clone()))
            .unwrap_or_default(),
    );
    let meldung = RwSignal::new(String::new());
    let angebote = daten.ableiten(|ab| {
        paket::teilbare()
            .into_iter()
            .map(|(w, t)| (w.slug, w.titel, (t.angebote)(ab)))
            .filter(|(_, _, a)| !a.is_empty())
            .collect::<Vec<_>>()
    });
    let auswahl = Memo::new(move |_| {
        gewaehlt.get().unwrap_or_else(|| {
            angebote
                .get()
                .into_iter()
                .map(|(slug, _, liste)| {
                    (
                        slug.to_owned(),
                        liste
                            .into_iter()
                            .filter(|a| !a.heikel())
                            .map(|a| a.id)
                            .collect(),
                    )
                })
                .collect()
        })
    });
    let setzen = move |slug: &'static str, id: String, an: bool| {
        let mut neu = auswahl.get_untracked();
        let menge = neu.entry(slug.to_owned()).or_default();
        if an {
            menge.insert(id);
        } else {
            menge.remove(&id);
        }
        gewaehlt.set(Some(neu));
    };
    let zusammenfassung = Memo::new(move |_| {
        let wahl = auswahl.get();
        let liste = angebote.get();
        let mit = mit_vertraulichem.get();
        let mut teile = Vec::new();
        let mut ausgelassen = 0;
        for (slug, titel, angebote) in liste {
            let ids = wahl.get(slug).cloned().unwrap_or_default();
            let drin: Vec<_> = angebote.iter().filter(|a| ids.contains(&a.id)).collect();
            ausgelassen += drin.iter().filter(|a| a.heikel() && !mit).count();
            let n = drin.iter().filter(|a| mit || !a.heikel()).count();
            if n > 0 {
                teile.push(format!("{titel}: {}", anzahl(n, "Eintrag", "Einträge")));
            }
        }
        (teile, ausgelassen)
    });
    let herunterladen = move |_| {
        let wahl: BTreeMap<String, Vec<String>> = auswahl
            .get_untracked()
            .into_iter()
            .map(|(k, v)| (k, v.into_iter().collect()))
            .collect();
        let absender_text = absender.get_untracked();
        let Some(p) = daten.lies_ungetrackt(|ab| {
            ab.map(|ab| {
                paket::schnueren(
                    ab,
                    &wahl,
                    mit_vertraulichem.get_untracked(),
                    &absender_text,
                    &browser::jetzt_iso(),
                )
            })
        }) else {
            return;
        };
        if p.teile.is_empty() {
            meldung.set("Das Paket wäre leer. Wählen Sie mindestens einen Eintrag.".into());
            return;
        }
        let name = paket::dateiname(&absender_text, browser::heute());
        meldung.set(match browser::herunterladen(&name, "application/json", &paket::schreiben(&p)) {
            Ok(()) => format!("Das Paket wurde als „{name}“ heruntergeladen. Die andere Behörde liest es im Behördenaustausch unter „Paket einlesen“ ein."),
            Err(f) => f,
        });
    };
    view! {
        <p class="kern-body">"Stellen Sie zusammen, was Sie einer anderen Behörde geben möchten: Vorlagen, Testfälle, Angebote und Kataloge aus allen Werkzeugen, die das Teilen unterstützen. Das Paket ist eine Datei; es geht über keinen Server."</p>
        <div class="ba-paket">
            <Eingabe id="ba-pk-absender" beschriftung="Absendende Behörde" hinweis="Steht im Paket und im Dateinamen, z. B. „BVA“"
                wert=Signal::derive(move || absender.get()) bei_eingabe=Callback::new(move |t| absender.set(t))/>
            {move || {
                let liste = angebote.get();
                if liste.is_empty() {
                    return view! { <p class="kern-body">"In diesem Arbeitsbereich gibt es noch nichts, das sich teilen lässt."</p> }.into_any();
                }
                liste.into_iter().map(|(slug, titel, angebote)| view! {
                    <Feldgruppe titel=titel>
                        {angebote.into_iter().enumerate().map(|(i, a)| {
                            let id = a.id.clone();
                            let id2 = a.id.clone();
                            let markiert = match (a.vertraulich, a.personenbezogen) {
                                (true, _) => " – enthält vertrauliche Einträge",
                                (false, true) => " – enthält personenbezogene Daten ohne Einwilligung",
                                _ => "",
                            };
                            view! {
                                <Ankreuzfeld id=format!("ba-pk-{slug}-{i}") beschriftung=format!("{}{markiert}", a.bezeichnung)
                                    wert=Signal::derive(move || auswahl.with(|w| w.get(slug).is_some_and(|m| m.contains(&id))))
                                    bei_eingabe=Callback::new(move |an| setzen(slug, id2.clone(), an))/>
                            }
                        }).collect_view()}
                    </Feldgruppe>
                }).collect_view().into_any()
            }}
            <Ankreuzfeld id="ba-pk-vertraulich" beschriftung="vertrauliche Einträge einschließen"
                wert=Signal::derive(move || mit_vertraulichem.get()) bei_eingabe=Callback::new(move |w| mit_vertraulichem.set(w))/>
            <h2 class="kern-heading-medium">"Zusammenfassung"</h2>
            <div id="ba-pk-zusammenfassung">
                {move || {
                    let (teile, ausgelassen) = zusammenfassung.get();
                    view! {
                        {if teile.is_empty() {
                            view! { <p class="kern-body">"Noch ist nichts ausgewählt."</p> }.into_any()
                        } else {
                            view! { <ul>{teile.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
                        }}
                        {(ausgelassen > 0).then(|| view! {
                            <p class="kern-body">{format!("{} bleibt draußen, solange „vertrauliche Einträge einschließen“ nicht angekreuzt ist.", anzahl(ausgelassen, "Eintrag mit vertraulichem oder personenbezogenem Inhalt", "Einträge mit vertraulichem oder personenbezogenem Inhalt"))}</p>
                        })}
                    }
                }}
            </div>
            <div class="knopfleiste">
                <Knopf art=Knopfart::Primaer id="ba-pk-herunterladen" bei_klick=herunterladen>"Paket herunterladen"</Knopf>
            </div>
            <p class="kern-body" role="status" id="ba-pk-meldung">{move || meldung.get()}</p>
        </div>
    }
}

/// "Paket einlesen".
#[component]
pub fn PaketEinlesen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let feld = NodeRef::<leptos::html::Input>::new();
    let zustand = RwSignal::new(None::<Result<Paket, String>>);
    let wahlen = RwSignal::new(BTreeMap::<String, Wahlen>::new());
    let meldung = RwSignal::new(String::new());
    let gewaehlt = move |_: leptos::ev::Event| {
        wahlen.set(BTreeMap::new());
        meldung.set(String::new());
        browser::gewaehlte_datei_lesen(
            feld.get_untracked(),
            paket::MAX_BYTES,
            paket::zu_gross,
            paket::lesen,
            move |e| zustand.set(e),
        );
    };
    let zuruecksetzen = move || {
        if let Some(eingabe) = feld.get_untracked() {
            eingabe.set_value("");
        }
        zustand.set(None);
        wahlen.set(BTreeMap::new());
    };
    // The preview against the workspace, or the reason a damaged part refuses the package.
    let vorschau = Memo::new(move |_| {
        zustand.with(|z| match z {
            Some(Ok(p)) => {
                Some(daten.lies(|ab| ab.map_or(Ok(Vec::new()), |ab| paket::vorschau(ab, p))))
            }
            Some(Err(f)) => Some(Err(f.clone())),
            None => None,
        })
    });
    let einlesen = move |_| {
        let Some(Ok(p)) = zustand.get_untracked() else {
            return;
        };
        let w = wahlen.get_untracked();
        let mut berichte = Vec::new();
        let von = if p.absender.is_empty() {
            String::new()
        } else {
            format!(" von {}", p.absender)
        };
        daten.aendere(&format!("Austauschpaket{von} eingelesen"), |ab| {
            berichte = paket::uebernimm(ab, &p, &w);
        });
        zuruecksetzen();
        let text = format!(
            "Paket eingelesen. {} Mit „Rückgängig“ nehmen Sie das ganze Einlesen zurück.",
            berichte
                .iter()
                .map(|(t, b)| format!("{t}: {b}"))
                .collect::<Vec<_>>()
                .join(" ")
        );
        meldung.set(text.clone());
        daten.ansagen(text);
    };
    let status = move || match vorschau.get() {
        Some(Ok(_)) => {
            "Vorschau des Pakets: Prüfen Sie neue Einträge und Konflikte, dann „Einlesen“."
                .to_owned()
        }
        Some(Err(f)) => format!("Das Paket wurde nicht eingelesen. {f}"),
        None => meldung.get(),
    };
    let inhalt = move || {
        let ergebnis = vorschau.get()?;
        Some(match ergebnis {
            Err(f) => view! {
                <div id="ba-pe-fehler">
                    <Hinweis art=HinweisArt::Fehler titel="Das Paket wurde nicht eingelesen".to_owned()>
                        <p class="kern-body">{f}" Es wurde nichts geändert."</p>
                    </Hinweis>
                </div>
            }
            .into_any(),
            Ok(teile) => {
                let p = zustand.get_untracked().and_then(Result::ok).unwrap_or_default();
                let kopf = format!(
                    "Paket{}{} (Version {} des Werkzeugkastens).",
                    if p.absender.is_empty() { String::new() } else { format!(" von {}", p.absender) },
                    if p.erstellt_am.is_empty() { String::new() } else { format!(", erstellt {}", browser::datum_uhrzeit(&p.erstellt_am)) },
                    p.app_version
                );
                let optionen: Vec<(String, String)> = Wahl::ALLE.iter().map(|w| (w.name().to_owned(), w.name().to_owned())).collect();
                let mut nr = 0;
                view! {
                    <div id="ba-pe-vorschau">
                        <p class="kern-body" id="ba-pe-kopf">{kopf}</p>
                        {teile.into_iter().enumerate().map(|(teilnr, t)| {
                            let slug = t.slug.clone();
                            let optionen = optionen.clone();
                            match t.stand {
                                Teilstand::NichtUnterstuetzt => view! {
                                    <section class="ba-pe-teil">
                                        <h2 class="kern-heading-medium">{t.titel.clone()}</h2>
                                        <p class="kern-body">"nicht unterstützt: Diese Version des Werkzeugkastens kennt das Werkzeug nicht oder kann aus ihm nichts einlesen. Dieser Teil wird übergangen; der Rest lässt sich einlesen."</p>
                                    </section>
                                }.into_any(),
                                Teilstand::Vorschau(v) => {
                                    let konflikte = v.konflikte.clone();
                                    view! {
                                        <section class="ba-pe-teil">
                                            <h2 class="kern-heading-medium">{t.titel.clone()}</h2>
                                            <p class="kern-body">{format!("{} neu, {} schon vorhanden.", anzahl(v.neu.len(), "Eintrag", "Einträge"), v.konflikte.len())}</p>
                                            {(!v.neu.is_empty()).then(|| view! {
                                                <details class="kern-body"><summary>"Neue Einträge"</summary>
                                                    <ul>{v.neu.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                                                </details>
                                            })}
                                            {(!konflikte.is_empty()).then(|| view! {
                                                <Tabelle id=format!("ba-pe-konflikte-{}", teilnr + 1) titel="Schon vorhanden – wie umgehen?" spalten=&["Eintrag", "Grund", "Umgang"]>
                                                    <tbody>
                                                        {konflikte.into_iter().map(|k| {
                                                            nr += 1;
                                                            let (s1, s2) = (slug.clone(), slug.clone());
                                                            let (k1, k2) = (k.schluessel.clone(), k.schluessel.clone());
                                                            view! {
                                                                <tr>
                                                                    <th scope="row">{k.bezeichnung.clone()}</th>
                                                                    <td>{k.grund.clone()}</td>
                                                                    <td>
                                                                        <Auswahl id=format!("ba-pe-wahl-{nr}") beschriftung=format!("Umgang mit {}", k.bezeichnung) optionen=optionen.clone()
                                                                            wert=Signal::derive(move || wahlen.with(|w| paket::wahl(w.get(&s1).unwrap_or(&Wahlen::new()), &k1).name().to_owned()))
                                                                            bei_eingabe=Callback::new(move |n: String| {
                                                                                let (s, k) = (s2.clone(), k2.clone());
                                                                                wahlen.update(|w| { w.entry(s).or_default().insert(k, Wahl::aus_name(&n).unwrap_or_default()); });
                                                                            })/>
                                                                    </td>
                                                                </tr>
                                                            }
                                                        }).collect_view()}
                                                    </tbody>
                                                </Tabelle>
                                            })}
                                        </section>
                                    }.into_any()
                                }
                            }
                        }).collect_view()}
                        <p class="kern-body">"„überspringen“ behält Ihren Eintrag und lässt den aus dem Paket weg; „als Kopie“ legt den aus dem Paket daneben an; „übernehmen“ übernimmt den Inhalt aus dem Paket (bei Vorlagen und benutzten Testfällen als neue Version). Nichts wird ohne Ihre Wahl überschrieben."</p>
                        <div class="knopfleiste">
                            <Knopf art=Knopfart::Primaer id="ba-pe-einlesen" deaktiviert=Signal::derive(move || !daten.bearbeitbar()) bei_klick=einlesen>"Einlesen"</Knopf>
                            <Knopf art=Knopfart::Tertiaer id="ba-pe-abbrechen" bei_klick=move |_| zuruecksetzen()>"Abbrechen"</Knopf>
                        </div>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <p class="kern-body">
            "Ein Austauschpaket, das eine andere Behörde unter „Paket schnüren“ erstellt hat. Sie sehen zuerst je Werkzeug, was neu ist und was es schon gibt; "
            "erst „Einlesen“ ändert etwas – in einem Schritt, den Sie mit „Rückgängig“ ganz zurücknehmen."
        </p>
        <Dateiwahl id="ba-paketdatei" beschriftung="Austauschpaket (.json)" annehmen=".json,application/json" feld bei_auswahl=Callback::new(gewaehlt)/>
        <p class="kern-body" role="status" id="ba-pe-meldung">{status}</p>
        {inhalt}
    }
}
