//! UPO-Werkzeugkasten: the planning tools of the BMI programme "UPO – Unterstützung bei der
//! Projektorganisation" as one offline web application.
//!
//! The crate has five parts. The first four are pure, the last is the browser:
//!
//! - [`shared`]: pure building blocks (routes, German formats, operator settings, emergency
//!   backup). Plain Rust, no browser; tested natively with `cargo test`.
//! - [`daten`]: the persisted data: workspaces, envelope and migrations, backups, undo history.
//!   Pure as well.
//! - [`export`]: the shared Excel and CSV export every tool builds its downloads with. Pure.
//! - [`tools`]: the tool registry and, from the first tool on, one folder per tool.
//! - [`app`]: everything that runs in the browser: the Leptos shell, pages, components, the panic
//!   view and the only code that talks to `web_sys`.
//!
//! See `ARCHITECTURE.md` for the code map and the invariants.

#[cfg(feature = "oberflaeche")]
pub mod app;
pub mod daten;
pub mod export;
pub mod shared;
pub mod tools;

/// Product name as shown in the header and in every page title.
pub const PRODUKTNAME: &str = "UPO-Werkzeugkasten";

/// App version from `Cargo.toml`, shown on the "Über" page and written into backups.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
