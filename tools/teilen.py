"""Code splitting of the release build (issue 24), called by the post_build hook
(tools/nachbearbeitung.py) before anything else touches the staging directory.

The release build compiles with `--cfg upo_teilen` (RELEASE_BUILD in the Makefile); for the
app's build (feature `teilen`, not the export worker's) build.rs then sets `cfg(upo_geteilt)`,
which puts every tool's views behind a `wasm_split` point (`tools::seiten!`), and links with
`--emit-relocs`, so the raw module still carries its relocations. Trunk cannot split (trunk
issue 1022), so this step redoes what follows cargo, the way cargo-leptos `--split` does:

1. `wasm-split-cli` (crate wasm_split_cli_support, pinned in tools/einrichten.sh) cuts the raw
   module into the shell, one module per tool (`split_<slug>.wasm`) and the code several tools
   share (`chunk_<n>.wasm`), plus the loader `__wasm_split.js` that fetches them on demand;
2. wasm-bindgen (`--keep-lld-exports`, which the split modules link against) makes the glue of
   the shell;
3. wasm-opt -Oz runs on the shell and every tool's part; the shared parts lose their custom
   sections (names, relocations), which is nearly as small and takes no time;
4. the parts move to `teile/` under content-hashed names, the loader to
   `teile/teilung-<hash>.js`; the shell's glue and module replace the files Trunk staged (same
   names, so index.html and the start script stay as they are) and index.html gets their new
   SRI hashes.

A release build without the cfg (plain `trunk build --release`) has no split points; then this
step only optimises the module Trunk staged, so that it is never shipped unoptimised (the app's
`data-wasm-opt` is 0, because Trunk would otherwise spend minutes optimising a module that is
thrown away here). Pure functions are tested in tools/tests/test_teilen.py.
"""

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

APP = "upo-werkzeugkasten"
ORDNER = "teile"
LADER = "__wasm_split.js"
# The import module of split points in a raw module, before wasm-split-cli names the loader.
PLATZHALTER = b"__wasm_split_placeholder__"

CHUNK_VERWEIS = re.compile(r'new URL\("\./(?P<datei>[A-Za-z0-9_]+\.wasm)", import\.meta\.url\)')
GLUE_IMPORT = re.compile(r'^import \* as (?P<name>import\d+) from "\./__wasm_split\.js";?$', re.M)
LADER_IMPORT = re.compile(r'^import \{ initSync \} from "\./(?P<datei>[^"]+\.js)";?$', re.M)


def kennung(inhalt: bytes) -> str:
    """A content hash for file names (16 hex digits)."""
    return hashlib.sha256(inhalt).hexdigest()[:16]


def sri(inhalt: bytes) -> str:
    """The SRI value Trunk writes into index.html: `sha384-<base64>`."""
    return "sha384-" + base64.b64encode(hashlib.sha384(inhalt).digest()).decode("ascii")


def hat_teilungspunkte(roh: bytes) -> bool:
    """Whether a raw module was built with split points (`--cfg upo_teilen`)."""
    return PLATZHALTER in roh


def gehashter_name(datei: str, inhalt: bytes) -> str:
    """`split_checklisten.wasm` → `split_checklisten-<hash>.wasm`."""
    stamm, punkt, endung = datei.rpartition(".")
    return f"{stamm}-{kennung(inhalt)}.{endung}"


def lader_umschreiben(lader: str, glue_name: str, umbenannt: dict[str, str]) -> str:
    """The loader with the shell's glue imported from the parent folder and every part by its
    hashed name. Fails on a part it does not know, and if the loader's form changed."""
    if not LADER_IMPORT.search(lader):
        raise ValueError(f"{LADER}: Import von initSync nicht gefunden (Form geändert?)")
    text = LADER_IMPORT.sub(f'import {{ initSync }} from "../{glue_name}";', lader, count=1)

    def ersetzen(treffer: re.Match) -> str:
        datei = treffer.group("datei")
        if datei not in umbenannt:
            raise ValueError(f"{LADER}: unbekannter Teil {datei}")
        return f'new URL("./{umbenannt[datei]}", import.meta.url)'

    text, anzahl = CHUNK_VERWEIS.subn(ersetzen, text)
    if anzahl != len(umbenannt):
        raise ValueError(f"{LADER}: {anzahl} Verweise auf Teile, aber {len(umbenannt)} Teile")
    return text


def glue_umschreiben(glue: str, lader_pfad: str) -> str:
    """The shell's glue importing the loader from `teile/`."""
    text, anzahl = GLUE_IMPORT.subn(
        lambda t: f'import * as {t.group("name")} from "./{lader_pfad}";', glue)
    if anzahl == 0:
        raise ValueError("Glue-Code importiert den Lader nicht (Form geändert?)")
    return text


def sri_ersetzen(html: str, datei: str, inhalt: bytes) -> str:
    """index.html with the integrity of the element that names `./datei` set anew."""
    muster = re.compile(r'(href="\./' + re.escape(datei) + r'"[^>]*?integrity=")[^"]*(")')
    text, anzahl = muster.subn(lambda t: t.group(1) + sri(inhalt) + t.group(2), html)
    if anzahl != 1:
        raise ValueError(f"index.html: {datei} nicht genau einmal mit integrity gefunden")
    return text


def _werkzeug(name: str) -> str:
    pfad = shutil.which(name)
    if not pfad:
        raise SystemExit(f"teilen: {name} fehlt (tools/einrichten.sh installiert es)")
    return pfad


def _wasm_opt(dateien: list[Path]) -> None:
    wasm_opt = _werkzeug("wasm-opt")

    def opt(datei: Path) -> None:
        subprocess.run([wasm_opt, "-Oz", "--output", str(datei), str(datei)], check=True,
                       capture_output=True)

    # Two at a time: the build machines have two cores; the largest go first.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(opt, sorted(dateien, key=lambda d: -d.stat().st_size)))


def roh_modul(projekt: Path) -> Path:
    ziel = os.environ.get("CARGO_TARGET_DIR") or json.loads(subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=projekt, check=True, capture_output=True, text=True).stdout)["target_directory"]
    return Path(ziel) / "wasm32-unknown-unknown" / "release" / f"{APP}.wasm"


def teilen(staging: Path, projekt: Path) -> dict[str, int]:
    """Splits the staged release build in place; returns the parts' raw sizes by name."""
    if os.environ.get("TRUNK_PROFILE") != "release":
        return {}
    html = (staging / "index.html").read_text(encoding="utf-8")
    glue_name = re.search(rf'href="\./({APP}-[0-9a-f]+\.js)"', html).group(1)
    wasm_name = glue_name.removesuffix(".js") + "_bg.wasm"
    roh = roh_modul(projekt).read_bytes()
    if not hat_teilungspunkte(roh):
        print("teilen: ohne --cfg upo_teilen gebaut, nur wasm-opt")
        _wasm_opt([staging / wasm_name])
        (staging / "index.html").write_text(
            sri_ersetzen(html, wasm_name, (staging / wasm_name).read_bytes()), encoding="utf-8")
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "roh.wasm").write_bytes(roh)
        teile = tmp / "teile"
        subprocess.run([_werkzeug("wasm-split-cli"), str(tmp / "roh.wasm"), str(teile),
                        "--target", "web", "--out-name", APP], check=True)
        subprocess.run([_werkzeug("wasm-bindgen"), "--target", "web", "--keep-lld-exports",
                        "--no-demangle", "--no-typescript", "--out-dir", str(tmp / "glue"),
                        "--out-name", APP, str(teile / f"{APP}.wasm")], check=True)
        (teile / f"{APP}.wasm").unlink()
        stuecke = sorted(teile.glob("*.wasm"))
        shell = tmp / "glue" / f"{APP}_bg.wasm"
        # wasm-opt on the shell and each tool's part; the shared parts (hundreds of small
        # ones, where wasm-opt's start-up would cost minutes) only lose their custom sections,
        # which gets them within a few per cent of wasm-opt's size.
        _wasm_opt([shell, *(s for s in stuecke if s.name.startswith("split_"))])
        for stueck in stuecke:
            stueck.write_bytes(ohne_eigene_abschnitte(stueck.read_bytes()))
        ziel = staging / ORDNER
        ziel.mkdir(exist_ok=True)
        umbenannt, groessen = {}, {}
        for stueck in stuecke:
            inhalt = stueck.read_bytes()
            umbenannt[stueck.name] = gehashter_name(stueck.name, inhalt)
            (ziel / umbenannt[stueck.name]).write_bytes(inhalt)
            groessen[stueck.name] = len(inhalt)
        lader = lader_umschreiben((teile / LADER).read_text(encoding="utf-8"), glue_name, umbenannt)
        lader_name = f"teilung-{kennung(lader.encode())}.js"
        (ziel / lader_name).write_text(lader, encoding="utf-8")
        glue = glue_umschreiben((tmp / "glue" / f"{APP}.js").read_text(encoding="utf-8"),
                                f"{ORDNER}/{lader_name}")
        (staging / glue_name).write_text(glue, encoding="utf-8")
        shutil.copyfile(shell, staging / wasm_name)
    html = sri_ersetzen(html, glue_name, (staging / glue_name).read_bytes())
    html = sri_ersetzen(html, wasm_name, (staging / wasm_name).read_bytes())
    (staging / "index.html").write_text(html, encoding="utf-8")
    print(f"teilen: {len(groessen)} Teile in {ORDNER}/")
    return groessen


def _leb(daten: bytes, stelle: int) -> tuple[int, int]:
    """Reads an unsigned LEB128 number; returns it and the position after it."""
    wert = verschiebung = 0
    while True:
        byte = daten[stelle]
        stelle += 1
        wert |= (byte & 0x7F) << verschiebung
        if byte < 0x80:
            return wert, stelle
        verschiebung += 7


def ohne_eigene_abschnitte(modul: bytes) -> bytes:
    """The WebAssembly module without its custom sections (names, relocations, producers):
    none is needed to run it. Fails on anything that is not a wasm module."""
    if modul[:8] != b"\0asm\x01\0\0\0":
        raise ValueError("kein WebAssembly-Modul (Version 1)")
    teile, stelle = [modul[:8]], 8
    while stelle < len(modul):
        anfang = stelle
        art = modul[stelle]
        laenge, inhalt = _leb(modul, stelle + 1)
        stelle = inhalt + laenge
        if stelle > len(modul):
            raise ValueError("WebAssembly-Modul ist abgeschnitten")
        if art != 0:
            teile.append(modul[anfang:stelle])
    return b"".join(teile)
