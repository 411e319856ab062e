//! Pure building blocks shared by the shell and every tool.
//!
//! **Invariant:** nothing below this module imports `leptos`, `web_sys`, `js_sys`,
//! `wasm_bindgen` or `gloo_*`; the `architecture` test in `tests/architecture.rs` enforces it.
//! That keeps all of it testable with a plain `cargo test` on the build machine.

pub mod betreiber;
pub mod datum;
pub mod format;
pub mod notfall;
pub mod route;
pub mod speicher;
pub mod vokabular;
