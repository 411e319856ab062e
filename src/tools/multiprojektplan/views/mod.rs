//! Views of the Multiprojektplan.

use leptos::prelude::*;

/// Root view; `unterpfad` is the route below `#/multiprojektplan`.
pub fn ansicht(_unterpfad: &[String]) -> AnyView {
    view! { <p>"Multiprojektplan"</p> }.into_any()
}
