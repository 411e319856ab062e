//! The shell's own pages: start page, legal pages, "Über", not-found and the crash test.
//! Tool pages come from the registry in `crate::tools`.

mod barrierefreiheit;
mod datenschutz;
mod nicht_gefunden;
mod ueber;
mod uebersicht;

pub use barrierefreiheit::Barrierefreiheit;
pub use datenschutz::Datenschutz;
pub use nicht_gefunden::NichtGefunden;
pub use ueber::Ueber;
pub use uebersicht::Uebersicht;

use leptos::prelude::AnyView;

/// The diagnostic route `#/diagnose/absturz`: panics on purpose so that the error view and its
/// emergency backup can be checked on a real installation.
pub fn absturztest() -> AnyView {
    panic!(
        "Absturztest: Dieser Programmfehler wurde über #/diagnose/absturz absichtlich ausgelöst."
    )
}
