//! An empty Leptos app: one heading, mounted like the UPO-Werkzeugkasten mounts its app.

use leptos::prelude::*;

fn main() {
    mount_to_body(|| view! { <main><h1>"Leere App"</h1></main> });
}
