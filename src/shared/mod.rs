//! Pure building blocks shared by the shell and every tool.
//!
//! **Invariant:** nothing below this module imports `leptos`, `web_sys`, `js_sys`,
//! `wasm_bindgen` or `gloo_*`; the `architecture` test in `tests/architecture.rs` enforces it.
//! That keeps all of it testable with a plain `cargo test` on the build machine.

pub mod betreiber;
pub mod betrieb;
pub mod bytefolgen;
pub mod datensatz;
pub mod datum;
pub mod format;
pub mod notfall;
pub mod route;
pub mod sortieren;
pub mod speicher;
pub mod text;
pub mod vokabular;

/// Whether a field holds its default value. Tools' models use it with
/// `#[serde(skip_serializing_if = "crate::shared::ist_standard")]` to leave empty optional
/// fields out of the stored form (reading fills the default back in), which halves the stored
/// size of a large workspace: most records leave most optional fields empty.
pub fn ist_standard<T: Default + PartialEq>(wert: &T) -> bool {
    *wert == T::default()
}
