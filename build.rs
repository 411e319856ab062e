//! Build script. In the split release build (`--cfg upo_teilen`, see the Makefile and
//! tools/teilen.py) the app's WebAssembly module keeps its relocations (`--emit-relocs`), which
//! wasm-split-cli needs to cut it per tool. Only the app: the export worker is not split, and
//! wasm-opt cannot handle a module that still has a linking section.

fn main() {
    if std::env::var_os("CARGO_CFG_UPO_TEILEN").is_some() {
        println!("cargo::rustc-link-arg-bin=upo-werkzeugkasten=--emit-relocs");
    }
}
