//! The shell's own pages: start page, workspaces, backup, recovery, legal pages, "Über",
//! not-found, the crash test and the page list the sweep reads.
//! Tool pages come from the registry in `crate::tools`.

mod arbeitsbereiche;
mod barrierefreiheit;
pub mod datei;
mod datenschutz;
mod nicht_gefunden;
mod seitenverzeichnis;
mod sicherung;
pub mod speicherzusage;
mod ueber;
mod uebersicht;
mod wiederherstellung;

pub use arbeitsbereiche::Arbeitsbereiche;
pub use barrierefreiheit::Barrierefreiheit;
pub use datenschutz::Datenschutz;
pub use nicht_gefunden::NichtGefunden;
pub use seitenverzeichnis::Seitenverzeichnis;
pub use sicherung::Sicherung;
pub use ueber::Ueber;
pub use uebersicht::Uebersicht;
pub use wiederherstellung::Wiederherstellung;

use leptos::prelude::AnyView;

/// The diagnostic route `#/diagnose/absturz`: panics on purpose so that the error view and its
/// emergency backup can be checked on a real installation.
pub fn absturztest() -> AnyView {
    panic!(
        "Absturztest: Dieser Programmfehler wurde über #/diagnose/absturz absichtlich ausgelöst."
    )
}
