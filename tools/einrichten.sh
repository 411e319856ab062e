#!/usr/bin/env bash
# Installs everything the build and the tests need, pinned, and only what is missing:
# the wasm32 target, clippy/rustfmt, trunk, wasm-bindgen-cli, wasm-split-cli, the npm packages (binaryen's
# wasm-opt, playwright-core, axe-core) and Debian's Chromium. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
# wasm-split-cli: splits the release build into the shell and one part per tool (tools/teilen.py).
WASM_SPLIT_VERSION=0.2.4
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

schritt() { printf '\n==> %s\n' "$*"; }
ist_root() { [ "$(id -u)" -eq 0 ]; }
fehlt() { ! command -v "$1" >/dev/null 2>&1; }

apt_install() {
  if ist_root; then
    if [ -z "${APT_AKTUALISIERT:-}" ]; then
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      APT_AKTUALISIERT=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "Fehlt: $*. Bitte installieren, z. B.: sudo apt-get install -y $*" >&2
    exit 1
  fi
}

if fehlt cargo || fehlt rustup; then
  echo "Rust (rustup, cargo) fehlt. Installation siehe https://rustup.rs" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  schritt "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for komponente in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$komponente"; then
    schritt "rustup component add $komponente"
    rustup component add "$komponente"
  fi
done

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  schritt "cargo install trunk $TRUNK_VERSION (dauert einige Minuten)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  # Without --locked: a locked dependency of this version is no longer on crates.io.
  schritt "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (dauert einige Minuten)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! wasm-split-cli --help >/dev/null 2>&1 || [ "$(cat "$HOME/.cargo/.upo-wasm-split-version" 2>/dev/null)" != "$WASM_SPLIT_VERSION" ]; then
  schritt "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (wasm-split-cli, dauert einige Minuten)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
  echo "$WASM_SPLIT_VERSION" > "$HOME/.cargo/.upo-wasm-split-version"
fi

if fehlt node || fehlt npm; then
  schritt "Node.js installieren"
  apt_install nodejs npm
fi
if fehlt python3; then
  schritt "Python 3 installieren (für den Build-Hook)"
  apt_install python3
fi

# npm packages exactly as in package-lock.json; reinstalled when the lockfile changes.
STEMPEL=node_modules/.upo-lockfile.sha256
if [ ! -f "$STEMPEL" ] || ! sha256sum --status -c "$STEMPEL" 2>/dev/null; then
  schritt "npm ci"
  npm ci --no-audit --no-fund
  sha256sum package-lock.json > "$STEMPEL"
fi
if ! wasm-opt --version | grep -q "version_132"; then
  echo "wasm-opt aus node_modules/.bin hat nicht Version 132: $(wasm-opt --version)" >&2
  exit 1
fi

if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  schritt "Chromium aus den Debian-Paketen installieren"
  apt_install chromium chromium-driver
fi

schritt "cargo fetch"
cargo fetch --locked --quiet
echo "Einrichtung vollständig."
