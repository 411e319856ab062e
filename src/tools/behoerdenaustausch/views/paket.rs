//! "Paket schnüren" and "Paket einlesen".

use leptos::prelude::*;

/// "Paket schnüren".
#[component]
pub fn PaketSchnueren() -> impl IntoView {
    view! { <p class="kern-body">"TBA"</p> }
}

/// "Paket einlesen".
#[component]
pub fn PaketEinlesen() -> impl IntoView {
    view! { <p class="kern-body">"TBA"</p> }
}
