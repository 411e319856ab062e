//! Views (stub).
use leptos::prelude::*;
use crate::tools::Seite;
use crate::tools::Seitentitel::Fest;

/// The pages of the tool.
pub static SEITEN: &[Seite] = seiten![
    "" in "Testfälle", Fest(super::TITEL) => |_| view! { <p>"x"</p> };
];
