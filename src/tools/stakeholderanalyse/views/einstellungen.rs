//! Settings of the Stakeholderanalyse: the scale (3 or 5 levels; a change asks for
//! confirmation and explains the conversion — stored assessments keep their raw values), the
//! grid (2×2 or 3×3) and its y axis, the Bewertungsstichtag, the editable catalogues
//! (Kategorie, Kanal, Frequenz) and the projects of the Multiprojektplan the analysis belongs
//! to. Each change is one undoable step.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::components::{Bestaetigung, Tabelle};
use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;
use crate::app::entwurf::Formularentwurf;
use crate::app::formular::{feldbindung, Ankreuzfeld, Auswahl, Datumseingabe, Eingabe, Feldgruppe};
use crate::app::satzformular::{entwurfsschluessel, fehler_am, Satzformular};
use crate::shared::datensatz::Datensaetze;
use crate::shared::datum::Datum;
use crate::shared::text;
use crate::shared::text::datum_lesen;
use crate::tools::stakeholderanalyse::model::{
    Feldfehler, Katalogart, Raster, Skala, YAchse, MAX_KURZTEXT,
};
use crate::tools::stakeholderanalyse::SLUG;

/// The settings page.
#[component]
pub fn Einstellungen() -> impl IntoView {
    view! {
        <Grundeinstellungen/>
        <Stichtag/>
        <Projekte/>
        {Katalogart::ALLE.into_iter().map(|k| view! { <Katalog art=k/> }).collect_view()}
    }
}

fn optionen<T: Copy>(
    alle: &[T],
    name: fn(T) -> &'static str,
    bedeutung: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    alle.iter()
        .map(|&w| {
            (
                name(w).to_owned(),
                format!("{} – {}", name(w), bedeutung(w)),
            )
        })
        .collect()
}

#[component]
fn Grundeinstellungen() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let lesen =
        move |f: fn(&crate::tools::stakeholderanalyse::model::Einstellungen) -> &'static str| {
            Signal::derive(move || {
                daten.lies(|ab| {
                    ab.map(|ab| f(&ab.werkzeuge.stakeholderanalyse.einstellungen).to_owned())
                        .unwrap_or_default()
                })
            })
        };
    let skala = lesen(|e| e.skala.name());
    let raster = lesen(|e| e.raster().name());
    let achse = lesen(|e| e.y_achse.name());
    // The scale the user picked, waiting for confirmation.
    let neue_skala = RwSignal::new(None::<Skala>);
    let dialog = RwSignal::new(false);
    let skala_waehlen = Callback::new(move |t: String| {
        if let Some(s) = Skala::aus_name(&t) {
            if Some(s.name()) != Some(skala.get_untracked().as_str()) {
                neue_skala.set(Some(s));
                dialog.set(true);
            }
        }
    });
    let bestaetigen = move |_| {
        if let Some(s) = neue_skala.get_untracked() {
            daten.aendere(&format!("Skala auf {} umgestellt", s.name()), |ab| {
                ab.werkzeuge.stakeholderanalyse.einstellungen.skala = s;
            });
            daten.ansagen(format!("Skala auf {} umgestellt.", s.name()));
        }
    };
    let raster_setzen = Callback::new(move |t: String| {
        if let Some(r) = Raster::aus_name(&t) {
            daten.aendere("Raster der Matrix geändert", |ab| {
                ab.werkzeuge.stakeholderanalyse.einstellungen.raster = Some(r);
            });
        }
    });
    let achse_setzen = Callback::new(move |t: String| {
        if let Some(y) = YAchse::aus_name(&t) {
            daten.aendere("y-Achse der Matrix geändert", |ab| {
                ab.werkzeuge.stakeholderanalyse.einstellungen.y_achse = y;
            });
        }
    });
    let dialogtitel = Signal::derive(move || {
        format!(
            "Skala auf {} umstellen?",
            neue_skala.get().map(Skala::name).unwrap_or_default()
        )
    });
    view! {
        <form class="formular" on:submit=|ev| ev.prevent_default()>
            <Feldgruppe titel="Skala und Matrix">
                <Auswahl id="sh-skala" beschriftung="Skala für Einfluss, Interesse und Betroffenheit"
                    optionen=optionen(Skala::ALLE, Skala::name, Skala::bedeutung) wert=skala bei_eingabe=skala_waehlen deaktiviert
                    hinweis="Vorhandene Bewertungen behalten ihre Werte; angezeigt wird umgerechnet."/>
                <Auswahl id="sh-raster" beschriftung="Raster der Matrix"
                    optionen=optionen(Raster::ALLE, Raster::name, Raster::bedeutung) wert=raster bei_eingabe=raster_setzen deaktiviert/>
                <Auswahl id="sh-y-achse" beschriftung="y-Achse der Matrix"
                    optionen=optionen(YAchse::ALLE, YAchse::name, YAchse::bedeutung) wert=achse bei_eingabe=achse_setzen deaktiviert/>
            </Feldgruppe>
        </form>
        <Bestaetigung id="sh-skala-dialog" titel=dialogtitel offen=dialog bestaetigen="Umstellen" bei_bestaetigung=bestaetigen>
            <p class="kern-body">
                "Gespeicherte Bewertungen werden nicht verändert: Jede behält ihre Werte und die Skala, auf der sie abgegeben wurde. "
                "Angezeigt, verglichen und exportiert wird umgerechnet:"
            </p>
            <ul class="aufzaehlung">
                <li>"von 3 auf 5 Stufen: 1 → 1, 2 → 3, 3 → 5"</li>
                <li>"von 5 auf 3 Stufen: 1 und 2 → 1, 3 → 2, 4 und 5 → 3"</li>
            </ul>
            <p class="kern-body">
                "Neue Bewertungen und Verschiebungen werden auf der neuen Skala gespeichert. Wenn Sie zurückstellen, erscheinen die alten Werte wieder unverändert."
            </p>
        </Bestaetigung>
    }
}

#[component]
fn Stichtag() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let formular = Formularentwurf::neu(entwurfsschluessel(SLUG, "stichtag", 0), move || {
        daten
            .lies(|ab| ab?.werkzeuge.stakeholderanalyse.einstellungen.stichtag)
            .map(Datum::deutsch)
            .unwrap_or_default()
    });
    let text = formular.wert;
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let meldung = RwSignal::new(None::<String>);
    let speichern = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked();
        let mut liste = Vec::new();
        let wert = datum_lesen(&mut liste, "sh-stichtag", "Bewertungsstichtag", &t, false);
        let ungueltig = !liste.is_empty();
        fehler.set(liste);
        if ungueltig {
            return;
        }
        daten.aendere("Bewertungsstichtag geändert", |ab| {
            ab.werkzeuge.stakeholderanalyse.einstellungen.stichtag = wert;
        });
        formular.zuruecksetzen(wert.map(Datum::deutsch).unwrap_or_default());
        meldung.set(Some(match wert {
            Some(d) => format!(
                "Neue Bewertungen werden unter dem {} abgelegt.",
                d.deutsch()
            ),
            None => format!(
                "Neue Bewertungen werden unter dem jeweils heutigen Tag abgelegt (heute {}).",
                browser::heute().deutsch()
            ),
        }));
    };
    view! {
        <form class="formular" novalidate on:submit=speichern>
            <Feldgruppe titel="Bewertungsstichtag">
                <Datumseingabe id="sh-stichtag" beschriftung="Bewertungsstichtag" wert=text
                    hinweis="TT.MM.JJJJ, zum Beispiel 05.01.2026; leer = heute. Die Matrix zeigt den Stand an diesem Tag, neue Bewertungen und Verschiebungen werden unter ihm gespeichert."
                    bei_eingabe=Callback::new(move |t| text.set(t)) fehler=fehler_am(fehler, "sh-stichtag") deaktiviert/>
                <div class="knopfleiste">
                    <Knopf art=Knopfart::Primaer absenden=true id="sh-stichtag-speichern" deaktiviert=deaktiviert>
                        "Stichtag übernehmen"
                    </Knopf>
                </div>
                {move || meldung.get().map(|t| view! { <p class="kern-body meldung-erfolg" role="status">{t}</p> })}
            </Feldgruppe>
        </form>
    }
}

#[component]
fn Projekte() -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let liste = daten.ableiten(move |ab| {
        let verknuepft = &ab.werkzeuge.stakeholderanalyse.projekte;
        let mut l: Vec<(u32, String)> = ab
            .werkzeuge
            .multiprojektplan
            .projekte
            .iter()
            .map(|p| (p.id, format!("{} {}", p.kennung, p.titel)))
            .collect();
        for &id in verknuepft {
            if ab.werkzeuge.multiprojektplan.projekt(id).is_none() {
                l.push((id, text::geloescht("Projekt", &id.to_string())));
            }
        }
        l
    });
    view! {
        <Feldgruppe titel="Projekte aus dem Multiprojektplan">
            {move || if liste.with(Vec::is_empty) {
                view! { <p class="kern-body">"Im Multiprojektplan dieses Arbeitsbereichs ist noch kein Projekt erfasst."</p> }.into_any()
            } else {
                liste.get().into_iter().map(|(id, text)| {
                    let wert = Signal::derive(move || daten.lies(|ab| {
                        ab.is_some_and(|ab| ab.werkzeuge.stakeholderanalyse.projekte.contains(&id))
                    }));
                    let setzen = Callback::new(move |an: bool| {
                        daten.aendere("Projektbezug der Stakeholderanalyse geändert", |ab| {
                            let p = &mut ab.werkzeuge.stakeholderanalyse.projekte;
                            p.retain(|x| *x != id);
                            if an { p.push(id); }
                        });
                    });
                    view! { <Ankreuzfeld id=format!("sh-analyse-projekt-{id}") beschriftung=text wert bei_eingabe=setzen deaktiviert/> }
                }).collect_view().into_any()
            }}
        </Feldgruppe>
    }
}

/// The catalogue form's field; `umbenannt` is the entry being renamed (0: it adds one).
#[derive(Clone, Debug, Default, PartialEq)]
struct Katalogentwurf {
    umbenannt: u32,
    name: String,
}

#[component]
fn Katalog(art: Katalogart) -> impl IntoView {
    let daten = expect_context::<Daten>();
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let eintraege = Memo::new(move |_| {
        daten.lies(|ab| {
            ab.map_or(Vec::new(), |ab| {
                let a = &ab.werkzeuge.stakeholderanalyse;
                a.katalog(art)
                    .iter()
                    .map(|k| (k.id, k.name.clone(), a.katalog_verwendet(art, k.id)))
                    .collect::<Vec<_>>()
            })
        })
    });
    // The field adds an entry, or renames the entry `umbenannt` (0: none).
    let formular = Satzformular::neu(
        entwurfsschluessel(SLUG, &format!("katalog-{}", art.schluessel()), 0),
        |_| Katalogentwurf::default(),
        move |ab, id| {
            let k = ab
                .werkzeuge
                .stakeholderanalyse
                .katalog(art)
                .iter()
                .find(|k| k.id == id)?;
            Some(Katalogentwurf {
                umbenannt: id,
                name: k.name.clone(),
            })
        },
        |e| e.umbenannt,
    );
    let entwurf = formular.wert();
    let umbenannt = move || entwurf.with(|e| e.umbenannt != 0);
    let fehler = RwSignal::new(Vec::<Feldfehler>::new());
    let feld = format!("sh-katalog-{}-neu", art.schluessel());
    let feld_fehler = feld.clone();
    let hinzufuegen = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Katalogentwurf {
            umbenannt: ziel,
            name,
        } = entwurf.get_untracked();
        let name = name.trim().to_owned();
        let doppelt = eintraege.with_untracked(|l| {
            l.iter()
                .any(|(id, n, _)| *id != ziel && n.eq_ignore_ascii_case(&name))
        });
        let meldung = if name.is_empty() {
            Some(format!("{}: Geben Sie einen Namen ein.", art.name()))
        } else if name.chars().count() > MAX_KURZTEXT {
            Some(format!("{}: höchstens {MAX_KURZTEXT} Zeichen.", art.name()))
        } else if doppelt {
            Some(format!("{}: „{name}“ gibt es schon.", art.name()))
        } else {
            None
        };
        if let Some(meldung) = meldung {
            fehler.set(vec![Feldfehler::neu(&feld_fehler, meldung)]);
            return;
        }
        fehler.set(Vec::new());
        match ziel {
            0 => {
                daten.aendere(&format!("{} „{name}“ hinzugefügt", art.name()), |ab| {
                    ab.werkzeuge
                        .stakeholderanalyse
                        .neuer_katalogeintrag(art, &name);
                });
                daten.ansagen(format!("{} „{name}“ hinzugefügt.", art.name()));
            }
            id => {
                daten.aendere(&format!("{} in „{name}“ umbenannt", art.name()), |ab| {
                    if let Some(k) = ab
                        .werkzeuge
                        .stakeholderanalyse
                        .katalog_mut(art)
                        .mit_id_mut(id)
                    {
                        k.name = name.clone();
                    }
                });
                daten.ansagen(format!("{} in „{name}“ umbenannt.", art.name()));
            }
        }
        formular.leeren();
    };
    let entfernen = move |id: u32, name: String| {
        daten.aendere(&format!("{} „{name}“ entfernt", art.name()), |ab| {
            ab.werkzeuge
                .stakeholderanalyse
                .entferne_katalogeintrag(art, id);
        });
        daten.ansagen(format!("{} „{name}“ entfernt.", art.name()));
    };
    let titel: &'static str = match art {
        Katalogart::Kategorie => "Katalog der Kategorien",
        Katalogart::Kanal => "Katalog der Kanäle",
        Katalogart::Frequenz => "Katalog der Frequenzen",
    };
    let tabellen_id: &'static str = match art {
        Katalogart::Kategorie => "sh-katalog-kategorie",
        Katalogart::Kanal => "sh-katalog-kanal",
        Katalogart::Frequenz => "sh-katalog-frequenz",
    };
    let feld_liste = feld.clone();
    let (name, name_setzen) = feldbindung!(entwurf.name);
    view! {
        <h2 class="kern-heading-small">{titel}</h2>
        <Tabelle id=tabellen_id titel=titel>
            <thead>
                <tr>
                    <th scope="col">"Eintrag"</th>
                    <th scope="col" class="zahl">"verwendet"</th>
                    <th scope="col">"Aktion"</th>
                </tr>
            </thead>
            <tbody>
                {move || eintraege.get().into_iter().map(|(id, name, n)| {
                    let n2 = name.clone();
                    let feld_umbenennen = feld_liste.clone();
                    view! {
                        <tr>
                            <th scope="row">{name.clone()}</th>
                            <td class="zahl">{n}</td>
                            <td class="tabelle__aktionen">
                                <Katalogknopf text="Umbenennen" eintrag=name.clone() deaktiviert
                                    bei_klick=Callback::new(move |_| {
                                        formular.bearbeiten(id);
                                        browser::fokussiere(&format!("#{feld_umbenennen}"));
                                    })/>
                                <Katalogknopf text="Entfernen" eintrag=name.clone() deaktiviert
                                    bei_klick=Callback::new(move |_| entfernen(id, n2.clone()))/>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </Tabelle>
        <form class="formular" novalidate on:submit=hinzufuegen>
            <Eingabe id=feld.clone() beschriftung=format!("Eintrag ({})", art.name()) wert=name
                hinweis="Entfernen leert das Feld bei allen, die den Eintrag verwenden; Rückgängig stellt es wieder her."
                bei_eingabe=name_setzen fehler=fehler_am(fehler, feld.clone()) deaktiviert/>
            <div class="knopfleiste">
                <Knopf absenden=true id=format!("{feld}-knopf") deaktiviert=deaktiviert>{move || if umbenannt() {
                        format!("{} umbenennen", art.name())
                    } else {
                        format!("{} hinzufügen", art.name())
                    }}</Knopf>
                {move || umbenannt().then(|| view! {
                    <Knopf bei_klick=move |_| { formular.leeren(); fehler.set(Vec::new()); }>"Abbrechen"</Knopf>
                })}
            </div>
        </form>
    }
}

/// A button of a catalogue entry's row; its accessible name starts with the entry
/// ("„Newsletter“ Entfernen").
#[component]
fn Katalogknopf(
    text: &'static str,
    eintrag: String,
    deaktiviert: Signal<bool>,
    bei_klick: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class="kern-btn kern-btn--tertiary" disabled=deaktiviert
            on:click=move |_| bei_klick.run(())>
            <span class="kern-sr-only">{format!("„{eintrag}“ ")}</span><span class="kern-label">{text}</span>
        </button>
    }
}
