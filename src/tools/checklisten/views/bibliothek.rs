//! The template library: the shipped templates (read-only; the Reality Check marked as our
//! reconstruction) and the newest version of every own template, each with "Ansehen" or
//! "Bearbeiten" and "als eigene Vorlage kopieren"; "Neue Vorlage" starts an empty one.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::daten::Daten;
use crate::tools::checklisten::model::{Abschnitt, Vorlage};
use crate::tools::checklisten::vorlagen;

use super::{href, vorlage_href, BittePruefen};
use crate::app::components::Knopf;

/// Copies `v` as an own template and opens it in the editor.
pub fn kopieren(daten: Daten, v: Vorlage) {
    let mut neu = None;
    daten.aendere(&format!("Vorlage „{}“ kopiert", v.titel), |ab| {
        neu = Some(ab.werkzeuge.checklisten.kopiere(&v, format!("{} (eigene Kopie)", v.titel)));
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
    let eigene = daten.ableiten(|ab| ab.werkzeuge.checklisten.eigene().into_iter().cloned().collect::<Vec<_>>());
    let deaktiviert = Signal::derive(move || !daten.bearbeitbar());
    let neue_vorlage = move |_| {
        let mut neu = None;
        daten.aendere("Neue Vorlage angelegt", |ab| {
            let plan = &mut ab.werkzeuge.checklisten;
            let abschnitt = plan.vergib_id();
            let v = Vorlage {
                titel: "Neue Vorlage".into(),
                abschnitte: vec![Abschnitt { id: abschnitt, titel: "Abschnitt 1".into(), punkte: Vec::new() }],
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
    }
}
