//! Build script: decides whether this build splits the app per tool (issue 24).
//!
//! It does when both hold: the release build asked for it (`--cfg upo_teilen` in RUSTFLAGS,
//! see the Makefile; `make watch` and the native tests do not) and this is the app's build
//! (cargo feature `teilen`, which index.html gives the app's rust link only; the export worker
//! links the same library and must not contain split points, which it could neither load nor
//! drop as dead code). Then it sets `cfg(upo_geteilt)` (read by `tools::seiten!`) and links
//! the app with `--emit-relocs`, which wasm-split-cli needs to cut the module (tools/teilen.py).

fn main() {
    // Without this line cargo would rerun the script, and so recompile the crate, after any
    // change to any file of the package (Trunk calls cargo twice per build).
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rustc-check-cfg=cfg(upo_geteilt)");
    let gefragt = std::env::var_os("CARGO_CFG_UPO_TEILEN").is_some();
    let app = std::env::var_os("CARGO_FEATURE_TEILEN").is_some();
    if gefragt && app {
        println!("cargo::rustc-cfg=upo_geteilt");
        println!("cargo::rustc-link-arg-bin=upo-werkzeugkasten=--emit-relocs");
    }
}
