//! Browser entry point: installs the panic view, then mounts the app into `<body>`.

fn main() {
    upo_werkzeugkasten::app::panic::install();
    leptos::mount::mount_to_body(upo_werkzeugkasten::app::App);
}
