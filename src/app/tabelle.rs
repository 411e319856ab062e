//! The data table every tool's overview uses ([`Datentabelle`]), so that tables fit the window
//! and read the same everywhere:
//!
//! - the identifying column (ID and title of the record) is the row header and stays pinned
//!   while the other columns scroll sideways inside the table's own focusable region;
//! - numbers, amounts, dates and IDs never wrap and numbers are right-aligned with tabular
//!   figures ([`Spaltenart`]); long texts wrap within a readable width;
//! - a compact set of default columns, and a column chooser ("Spalten") whose choice is
//!   remembered per workspace in the app settings, not in the workspace (choosing columns is
//!   not a change that needs saving or undoing);
//! - the row's actions in one compact menu;
//! - below 48em the rows become cards ("Bezeichnung: Wert"), instead of squeezed columns.
//!
//! Sorting stays with the tool: a sortable column's header is a button that sets
//! `sortierung`, and the tool sorts its rows (its rules live in its `calc`).

use leptos::prelude::*;

use crate::app::components::{Knopf, Knopfart};
use crate::app::daten::Daten;

/// How a column's cells are set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spaltenart {
    /// Short text, may wrap at spaces.
    Text,
    /// Long text (titles, descriptions): wraps within a readable width.
    Lang,
    /// Numbers and amounts: right-aligned, tabular figures, never wrap.
    Zahl,
    /// Dates, IDs, status words and badges: never wrap.
    Kurz,
}

impl Spaltenart {
    fn klasse(self) -> &'static str {
        match self {
            Spaltenart::Text => "datentabelle__zelle",
            Spaltenart::Lang => "datentabelle__zelle datentabelle__zelle--lang",
            Spaltenart::Zahl => "datentabelle__zelle datentabelle__zelle--zahl",
            Spaltenart::Kurz => "datentabelle__zelle datentabelle__zelle--kurz",
        }
    }
}

/// One column of a [`Datentabelle`] with rows of type `Z`.
pub struct Spalte<Z: 'static> {
    /// Stable key (column choice, sorting); never shown.
    pub schluessel: &'static str,
    /// Header text, also the label of the value in card view.
    pub titel: &'static str,
    /// How the cells are set.
    pub art: Spaltenart,
    /// Shown while the user has not chosen columns.
    pub standard: bool,
    /// The header sorts the table by this column.
    pub sortierbar: bool,
    /// The cell's content.
    pub zelle: fn(&Z) -> AnyView,
}

/// A column of the given kind, not sortable: the constructor every tool's table uses.
pub const fn spalte<Z>(
    schluessel: &'static str,
    titel: &'static str,
    art: Spaltenart,
    standard: bool,
    zelle: fn(&Z) -> AnyView,
) -> Spalte<Z> {
    Spalte {
        schluessel,
        titel,
        art,
        standard,
        sortierbar: false,
        zelle,
    }
}

/// The same column, sortable by its header (the tool sorts by [`Spalte::schluessel`]).
pub const fn sortierbar<Z>(mut spalte: Spalte<Z>) -> Spalte<Z> {
    spalte.sortierbar = true;
    spalte
}

/// A cell showing plain text, "–" where there is none.
pub fn zelltext(text: &str) -> AnyView {
    crate::app::zusammenfassung::oder_strich(text).into_any()
}

/// The actions of one table row in a compact "Aktionen" menu; `name` tells screen readers
/// whose actions they are ("Aktionen für P-2026-001").
#[component]
pub fn Zeilenmenue(
    /// The row's name.
    name: String,
    /// ID of the menu's button (`summary`), where a test or the focus needs one.
    #[prop(optional)]
    id: Option<String>,
    /// The actions (links and buttons).
    children: Children,
) -> impl IntoView {
    view! {
        <details class="zeilenmenue">
            <summary class="kern-link" id=id>"Aktionen"<span class="kern-sr-only">{format!(" für {name}")}</span></summary>
            <div class="zeilenmenue__liste">{children()}</div>
        </details>
    }
}

/// The actions of a row, shown in one compact menu.
pub struct Zeilenaktionen<Z: 'static> {
    /// The record's name, for the menu's accessible name ("Aktionen für P-2026-001").
    pub name: fn(&Z) -> String,
    /// The links and buttons.
    pub inhalt: fn(&Z) -> AnyView,
}

impl<Z> Clone for Zeilenaktionen<Z> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Z> Copy for Zeilenaktionen<Z> {}

/// The sort state: column key and ascending.
pub type Sortierung = Option<(&'static str, bool)>;

/// The columns shown, in table order: the user's choice for this workspace, else the defaults.
fn sichtbare<Z>(spalten: &'static [Spalte<Z>], gewaehlt: Option<&Vec<String>>) -> Vec<usize> {
    (0..spalten.len())
        .filter(|&i| match gewaehlt {
            Some(liste) => liste.iter().any(|s| s == spalten[i].schluessel),
            None => spalten[i].standard,
        })
        .collect()
}

/// A data table. `kopf` is the identifying column (row header, pinned); `spalten` the others.
#[component]
pub fn Datentabelle<Z>(
    /// Unique on the page; also the key under which the column choice is remembered.
    id: &'static str,
    /// Caption, names the table and its scroll region.
    #[prop(into)]
    titel: Signal<String>,
    /// The identifying column: ID and title of the record.
    kopf: Spalte<Z>,
    /// The other columns.
    spalten: &'static [Spalte<Z>],
    /// The rows, already filtered and sorted.
    #[prop(into)]
    zeilen: Signal<Vec<Z>>,
    /// The sort state the sortable headers set; `None` for a table without sorting.
    #[prop(optional)]
    sortierung: Option<RwSignal<Sortierung>>,
    /// The row's actions (links or buttons), shown in one compact menu per row; with the
    /// record's name for the menu's accessible name.
    #[prop(optional)]
    aktionen: Option<Zeilenaktionen<Z>>,
    /// Groups the rows: consecutive rows with the same non-empty label form one row group
    /// (`<tbody>`) under a header row "label (count)"; rows with an empty label stay ungrouped.
    /// The tool orders the rows by group.
    #[prop(optional)]
    gruppe: Option<fn(&Z) -> String>,
) -> impl IntoView
where
    Z: Clone + PartialEq + Eq + std::hash::Hash + Send + Sync + 'static,
{
    let daten = expect_context::<Daten>();
    let einstellung = move || {
        daten
            .offene_id()
            .map(|ab| format!("{ab}/{id}"))
            .unwrap_or_else(|| id.to_owned())
    };
    let sichtbar = Memo::new(move |_| {
        let schluessel = einstellung();
        daten
            .einstellungen()
            .with(|e| sichtbare(spalten, e.spalten.get(&schluessel)))
    });
    let waehlen = move |schluessel: &'static str, an: bool| {
        let mut liste: Vec<String> = sichtbar
            .get_untracked()
            .into_iter()
            .map(|i| spalten[i].schluessel.to_owned())
            .collect();
        liste.retain(|s| s != schluessel);
        if an {
            liste.push(schluessel.to_owned());
        }
        let eintrag = einstellung();
        daten.einstellungen_aendern(|e| {
            e.spalten.insert(eintrag, liste);
        });
    };
    let standard = move |_| {
        let eintrag = einstellung();
        daten.einstellungen_aendern(|e| {
            e.spalten.remove(&eintrag);
        });
    };
    let titel_id = format!("{id}-titel");
    let region_beschriftung = titel_id.clone();
    let anzahl_gewaehlt = move || sichtbar.with(Vec::len);
    let wahl = spalten
        .iter()
        .enumerate()
        .map(|(i, spalte)| {
            let feld = format!("{id}-spalte-{}", spalte.schluessel);
            let schluessel = spalte.schluessel;
            view! {
                <li class="kern-form-check">
                    <input class="kern-form-check__checkbox" type="checkbox" id=feld.clone()
                        prop:checked=move || sichtbar.with(|s| s.contains(&i))
                        on:change=move |ev| waehlen(schluessel, event_target_checked(&ev))/>
                    <label class="kern-label" for=feld>{spalte.titel}</label>
                </li>
            }
        })
        .collect_view();
    let Spalte {
        schluessel: kopf_schluessel,
        titel: kopf_titel_text,
        sortierbar: kopf_sortierbar,
        zelle: kopf_zelle,
        ..
    } = kopf;
    let kopfzeile = move || {
        let zelle_kopf = kopfzelle(
            kopf_titel_text,
            kopf_schluessel,
            kopf_sortierbar,
            sortierung,
            true,
        );
        let andere = sichtbar
            .get()
            .into_iter()
            .map(|i| {
                let s = &spalten[i];
                kopfzelle(s.titel, s.schluessel, s.sortierbar, sortierung, false)
            })
            .collect_view();
        let aktionen_kopf = aktionen.map(|_| {
            view! { <th scope="col" class="datentabelle__aktionen"><span class="kern-sr-only">"Aktionen"</span></th> }
        });
        view! { <tr>{zelle_kopf}{andere}{aktionen_kopf}</tr> }
    };
    // Consecutive rows with the same group label form one row group.
    let abschnitte = Memo::new(move |_| {
        zeilen.with(|z| {
            let mut liste: Vec<(String, Vec<Z>)> = Vec::new();
            for zeile in z {
                let titel = gruppe.map(|g| g(zeile)).unwrap_or_default();
                match liste.last_mut() {
                    Some((t, z)) if *t == titel => z.push(zeile.clone()),
                    _ => liste.push((titel, vec![zeile.clone()])),
                }
            }
            liste
        })
    });
    let zeile_zeigen = move |zeile: Z| {
        let kopfinhalt = kopf_zelle(&zeile);
        let zellen = {
            let zeile = zeile.clone();
            move || {
                sichtbar.get().into_iter().map(|i| {
                let s = &spalten[i];
                view! { <td class=s.art.klasse() data-titel=s.titel>{(s.zelle)(&zeile)}</td> }
            }).collect_view()
            }
        };
        let menue = aktionen.map(|Zeilenaktionen { name, inhalt }| {
            view! {
                <td class="datentabelle__aktionen" data-titel="Aktionen">
                    <Zeilenmenue name=name(&zeile)>{inhalt(&zeile)}</Zeilenmenue>
                </td>
            }
        });
        view! {
            <tr>
                <th scope="row" class="datentabelle__kopf" data-titel=kopf_titel_text>{kopfinhalt}</th>
                {zellen}
                {menue}
            </tr>
        }
    };
    view! {
        <div class="datentabelle">
            <details class="datentabelle__spaltenwahl">
                <summary class="kern-link">
                    {move || format!("Spalten wählen ({} von {})", anzahl_gewaehlt(), spalten.len())}
                    <span class="kern-sr-only">{move || format!(" für „{}“", titel.get())}</span>
                </summary>
                <fieldset class="kern-fieldset">
                    <legend class="kern-label">{move || format!("Spalten der Tabelle „{}“", titel.get())}</legend>
                    <ul class="datentabelle__spaltenliste">{wahl}</ul>
                </fieldset>
                <Knopf art=Knopfart::Tertiaer bei_klick=standard>"Standardspalten"</Knopf>
            </details>
            <div class="kern-table-responsive datentabelle__rahmen" tabindex="0" role="region" aria-labelledby=region_beschriftung>
                <table class="kern-table datentabelle__tabelle">
                    <caption class="kern-title" id=titel_id>{titel}</caption>
                    <thead>{kopfzeile}</thead>
                    <For each=move || abschnitte.with(|a| a.iter().map(|(t, _)| t.clone()).collect::<Vec<_>>())
                        key=|t| t.clone()
                        children=move |titel| {
                            let name = titel.clone();
                            let gruppenzeilen = Memo::new(move |_| {
                                abschnitte.with(|a| {
                                    a.iter().find(|(t, _)| *t == name).map(|(_, z)| z.clone()).unwrap_or_default()
                                })
                            });
                            let spaltenzahl = move || 1 + sichtbar.with(Vec::len) + usize::from(aktionen.is_some());
                            let kopf = (!titel.is_empty()).then(|| view! {
                                <tr class="datentabelle__gruppe">
                                    <th scope="rowgroup" colspan=spaltenzahl>
                                        {move || format!("{} ({})", titel, gruppenzeilen.with(Vec::len))}
                                    </th>
                                </tr>
                            });
                            view! {
                                <tbody>
                                    {kopf}
                                    <For each=move || gruppenzeilen.get() key=|z: &Z| z.clone() children=zeile_zeigen/>
                                </tbody>
                            }
                        }/>
                </table>
            </div>
        </div>
    }
}

/// A column header: a sort button for sortable columns (with `aria-sort` on the current one).
fn kopfzelle(
    titel: &'static str,
    schluessel: &'static str,
    sortierbar: bool,
    sortierung: Option<RwSignal<Sortierung>>,
    fest: bool,
) -> AnyView {
    let klasse = if fest {
        "datentabelle__kopf"
    } else {
        "datentabelle__spaltenkopf"
    };
    let Some(sortierung) = sortierung.filter(|_| sortierbar) else {
        return view! { <th scope="col" class=klasse>{titel}</th> }.into_any();
    };
    let aria = move || {
        sortierung.get().and_then(|(s, auf)| {
            (s == schluessel).then_some(if auf { "ascending" } else { "descending" })
        })
    };
    let zeichen = move || match sortierung.get() {
        Some((s, true)) if s == schluessel => "▲",
        Some((s, false)) if s == schluessel => "▼",
        _ => "↕",
    };
    let klick = move |_| {
        sortierung.update(|s| {
            *s = match *s {
                Some((alt, auf)) if alt == schluessel => Some((schluessel, !auf)),
                _ => Some((schluessel, true)),
            }
        });
    };
    view! {
        <th scope="col" class=klasse aria-sort=aria>
            <button type="button" class="sortierknopf" on:click=klick>
                {titel}<span class="sortierknopf__zeichen" aria-hidden="true">" "{zeichen}</span>
            </button>
        </th>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leer(_: &u32) -> AnyView {
        unreachable!("nur Auswahl geprüft")
    }

    static SPALTEN: &[Spalte<u32>] = &[
        Spalte {
            schluessel: "a",
            titel: "A",
            art: Spaltenart::Text,
            standard: true,
            sortierbar: false,
            zelle: leer,
        },
        Spalte {
            schluessel: "b",
            titel: "B",
            art: Spaltenart::Zahl,
            standard: false,
            sortierbar: true,
            zelle: leer,
        },
        Spalte {
            schluessel: "c",
            titel: "C",
            art: Spaltenart::Kurz,
            standard: true,
            sortierbar: false,
            zelle: leer,
        },
    ];

    #[test]
    fn standard_oder_gewaehlte_spalten_in_tabellenreihenfolge() {
        assert_eq!(sichtbare(SPALTEN, None), vec![0, 2]);
        let gewaehlt = vec!["c".to_owned(), "b".to_owned(), "weg".to_owned()];
        assert_eq!(sichtbare(SPALTEN, Some(&gewaehlt)), vec![1, 2]);
        assert!(sichtbare(SPALTEN, Some(&Vec::new())).is_empty());
    }
}
