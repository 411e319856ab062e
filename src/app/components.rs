//! Shared UI components in KERN UX style.
//!
//! One vocabulary of props across all components, named like HTML attributes: `id`, `titel`
//! (heading text), `art` (variant), `children` (body). Booleans are affirmative.

use leptos::prelude::*;

/// The page's main heading. Every page starts with exactly one; it takes focus after each route
/// change (hence `tabindex="-1"`), so screen-reader users hear where they are.
#[component]
pub fn Seitenkopf(
    /// Heading text; also the first part of the page title.
    titel: String,
    /// Optional lead paragraph below the heading.
    #[prop(optional, into)]
    einleitung: Option<String>,
) -> impl IntoView {
    view! {
        <h1 class="kern-heading-large seitenkopf" tabindex="-1">{titel}</h1>
        {einleitung.map(|text| view! { <p class="kern-body kern-body--large">{text}</p> })}
    }
}

/// Variant of a [`Hinweis`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HinweisArt {
    /// Neutral information.
    Info,
    /// Something went well.
    Erfolg,
    /// The user should act.
    Warnung,
    /// Something failed.
    Fehler,
}

impl HinweisArt {
    fn klasse(self) -> &'static str {
        match self {
            HinweisArt::Info => "kern-alert kern-alert--info",
            HinweisArt::Erfolg => "kern-alert kern-alert--success",
            HinweisArt::Warnung => "kern-alert kern-alert--warning",
            HinweisArt::Fehler => "kern-alert kern-alert--danger",
        }
    }

    fn icon(self) -> &'static str {
        match self {
            HinweisArt::Info => "kern-icon kern-icon--info",
            HinweisArt::Erfolg => "kern-icon kern-icon--success",
            HinweisArt::Warnung => "kern-icon kern-icon--warning",
            HinweisArt::Fehler => "kern-icon kern-icon--danger",
        }
    }
}

/// A KERN alert box with a title and body text. Present at page load, so it carries no live
/// role; messages that appear later are announced by their own live region.
#[component]
pub fn Hinweis(
    /// Variant (colour and icon; the title always states the meaning in words).
    art: HinweisArt,
    /// Short title.
    titel: String,
    /// Body.
    children: Children,
) -> impl IntoView {
    view! {
        <div class=art.klasse()>
            <div class="kern-alert__header">
                <span class=art.icon() aria-hidden="true"></span>
                <span class="kern-title">{titel}</span>
            </div>
            <div class="kern-alert__body">{children()}</div>
        </div>
    }
}

/// Text of a setting the hosting agency has not filled in yet, marked so it stands out.
#[component]
pub fn Auszufuellen() -> impl IntoView {
    view! {
        <span class="auszufuellen">{crate::shared::betreiber::NICHT_AUSGEFUELLT}</span>
    }
}

/// A value from the operator settings, or [`Auszufuellen`] where it is missing or blank.
pub fn angabe(text: Option<String>) -> AnyView {
    match text {
        Some(text) if !text.trim().is_empty() => text.into_any(),
        _ => view! { <Auszufuellen/> }.into_any(),
    }
}

/// A data table in KERN style inside a focusable, labelled scroll region, so that wide tables
/// scroll by keyboard and the page itself never scrolls sideways (WCAG 1.4.10). The caption
/// names both the table and the region.
#[component]
pub fn Tabelle(
    /// ID of the caption; must be unique on the page.
    id: &'static str,
    /// Caption text.
    titel: &'static str,
    /// `<thead>`, `<tbody>` and optionally `<tfoot>`.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="kern-table-responsive" tabindex="0" role="region" aria-labelledby=id>
            <table class="kern-table">
                <caption class="kern-title" id=id>{titel}</caption>
                {children()}
            </table>
        </div>
    }
}
