#!/usr/bin/env python3
"""Trunk post_build hook: runs in Trunk's staging directory before it replaces dist/.

0. In a release build, splits the app per tool and optimises it (tools/teilen.py).
1. Moves Trunk's inline loader <script type="module"> into an external, content-hashed module
   file, so the Content-Security-Policy needs no 'unsafe-inline' and no per-build hash.
2. Gives the export worker (Trunk names its files `xlsx-worker.js` and `xlsx-worker_bg.wasm`,
   unhashed) content-hashed names and a start script, and names that script in
   `<meta name="upo-xlsx-worker">`, where the app looks for it (app::exportdienst).
3. Refuses to finish if any inline script, inline style or style attribute is left in index.html.
4. Writes lizenzen/rust-bibliotheken.txt: every Rust crate compiled into the app (normal
   dependencies for wasm32), with version, licence and source, from `cargo metadata`.
5. Last, fills the service worker sw.js with this build's version and the exact list of its
   files with their hashes (tools/offline.py), so that nothing changes after the hashing.
"""

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import offline
import teilen

PROJEKT = Path(__file__).resolve().parent.parent
STAGING = Path(os.environ.get("TRUNK_STAGING_DIR", PROJEKT / "dist"))

INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<code>.*?)</script>", re.S)


def loader_auslagern(html: str) -> str:
    def ersetzen(treffer: re.Match) -> str:
        attrs, code = treffer.group("attrs"), treffer.group("code")
        if "src=" in attrs or not code.strip():
            return treffer.group(0)
        if 'type="module"' not in attrs:
            sys.exit(f"nachbearbeitung: unerwartetes Inline-Skript ohne type=module: {attrs!r}")
        name = "start-" + hashlib.sha256(code.encode()).hexdigest()[:16] + ".js"
        (STAGING / name).write_text(code.strip() + "\n", encoding="utf-8")
        return f'<script type="module" src="./{name}"></script>'

    return INLINE_SCRIPT.sub(ersetzen, html)


WORKER = "xlsx-worker"
WORKER_META = "upo-xlsx-worker"
WORKER_NICHT_LADBAR = "Das WebAssembly-Modul des Export-Workers konnte nicht geladen werden."


def worker_dateien(glue: bytes, wasm: bytes) -> tuple[str, dict[str, bytes]]:
    """The export worker's shipped files: glue and module under a name with the hash of both,
    and a start script that loads them. The worker is a classic one (wasm-bindgen's
    `no-modules` glue), because browsers refuse module workers from `blob:` URLs on `file://`,
    which the single-file edition needs. A module that fails to load is reported to the page
    as a "fehler" message (a classic worker's rejected promise raises no error event there).
    Returns the start script's name and every file by name."""
    kennung = hashlib.sha256(glue + b"\0" + wasm).hexdigest()[:16]
    basis = f"{WORKER}-{kennung}"
    start = (
        f"importScripts('./{basis}.js');\n"
        f"wasm_bindgen({{ module_or_path: './{basis}_bg.wasm' }}).catch(() => {{\n"
        f"  postMessage(JSON.stringify({{ art: 'fehler', text: '{WORKER_NICHT_LADBAR}' }}));\n"
        f"}});\n"
    )
    return f"{basis}-start.js", {
        f"{basis}.js": glue,
        f"{basis}_bg.wasm": wasm,
        f"{basis}-start.js": start.encode("utf-8"),
    }


def worker_meta(html: str, start: str) -> str:
    """index.html with the meta that names the worker's start module (once, in the head)."""
    if f'<meta name="{WORKER_META}"' in html:
        raise ValueError("index.html nennt den Export-Worker schon")
    if html.count("</head>") != 1:
        raise ValueError("index.html: kein eindeutiges </head>")
    meta = f'<meta name="{WORKER_META}" content="./{start}">\n'
    return html.replace("</head>", meta + "</head>")


def worker_einbinden(html: str) -> str:
    glue, wasm = STAGING / f"{WORKER}.js", STAGING / f"{WORKER}_bg.wasm"
    if not glue.is_file() or not wasm.is_file():
        sys.exit(f"nachbearbeitung: Export-Worker fehlt ({glue.name}, {wasm.name})")
    start, dateien = worker_dateien(glue.read_bytes(), wasm.read_bytes())
    for name, inhalt in dateien.items():
        (STAGING / name).write_bytes(inhalt)
    glue.unlink()
    wasm.unlink()
    return worker_meta(html, start)


def pruefen(html: str) -> None:
    for treffer in INLINE_SCRIPT.finditer(html):
        if "src=" not in treffer.group("attrs") and treffer.group("code").strip():
            sys.exit("nachbearbeitung: index.html enthält noch ein Inline-Skript")
    if re.search(r"<style[\s>]", html) or re.search(r"\sstyle=", html):
        sys.exit("nachbearbeitung: index.html enthält Inline-Styles (verboten durch die CSP)")


def lizenzliste() -> str:
    metadata = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked",
             "--filter-platform", "wasm32-unknown-unknown"],
            cwd=PROJEKT, check=True, capture_output=True, text=True,
        ).stdout
    )
    pakete = {p["id"]: p for p in metadata["packages"]}
    knoten = {n["id"]: n for n in metadata["resolve"]["nodes"]}
    wurzel = metadata["resolve"]["root"]
    gesehen, offen = set(), [wurzel]
    while offen:
        paket_id = offen.pop()
        if paket_id in gesehen:
            continue
        gesehen.add(paket_id)
        for dep in knoten[paket_id]["deps"]:
            if any(art["kind"] is None for art in dep["dep_kinds"]):
                offen.append(dep["pkg"])
    gesehen.discard(wurzel)
    zeilen = [
        "Rust-Bibliotheken im UPO-Werkzeugkasten (Laufzeitabhängigkeiten des WebAssembly-Moduls)",
        "Erzeugt beim Build aus Cargo.lock. Lizenztexte: siehe die jeweilige Quelle.",
        "",
    ]
    for p in sorted((pakete[i] for i in gesehen), key=lambda p: (p["name"], p["version"])):
        quelle = p.get("repository") or f"https://crates.io/crates/{p['name']}"
        zeilen.append(f"{p['name']} {p['version']} | {p.get('license') or 'siehe Quelle'} | {quelle}")
    return "\n".join(zeilen) + "\n"


def main() -> None:
    teilen.teilen(STAGING, PROJEKT)
    index = STAGING / "index.html"
    html = worker_einbinden(loader_auslagern(index.read_text(encoding="utf-8")))
    pruefen(html)
    index.write_text(html, encoding="utf-8")
    lizenzen = STAGING / "lizenzen"
    lizenzen.mkdir(exist_ok=True)
    (lizenzen / "rust-bibliotheken.txt").write_text(lizenzliste(), encoding="utf-8")
    offline.sw_schreiben(STAGING)


if __name__ == "__main__":
    main()
