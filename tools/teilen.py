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
3. the shared parts (one per set of tools that share code: hundreds of small modules, 190
   for the Multiprojektplan's first visit) are merged into one, `gemeinsam.wasm`, with
   binaryen's wasm-merge (see `zusammenfuehren`), and the loader fetches it for every tool;
   what only the parts of one tool share (a tool with further parts, `tools::seiten!`) is
   merged into that tool's `gemeinsam_<slug>.wasm` instead (see `lader_buendeln`);
4. wasm-opt -Oz runs on the shell, every tool's part and the merged shared part;
5. the parts move to `teile/` under content-hashed names, the loader to
   `teile/teilung-<hash>.js`; the shell's glue and module replace the files Trunk staged (same
   names, so index.html and the start script stay as they are) and index.html gets their new
   SRI hashes and a `modulepreload` of the loader.

Why one shared part: a first visit fetched and instantiated up to 190 modules, which made a
deep link three times slower than before the split, and the shared code gzips to 140 KB as one
module against 400 KB as many; a tool's first visit now fetches two files, later tools one.

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

# The shared parts merged into one (step 3 of the docstring).
GEMEINSAM = "gemeinsam.wasm"
# The import module of the split modules (memory, table, stack pointer of the shell) and the
# one the merged module's re-exporting node imports from while wasm-merge runs.
SPLIT_IMPORTMODUL = "__wasm_split"
ZWISCHENMODUL = "__upo_geteilt"
STUECK_DEFINITION = re.compile(
    r'^(?:/\*[^\n]*\*/\n)?const (?P<name>__chunk_\d+) = makeLoad\(\(\) => \{\n'
    r'(?:(?!\nconst |\nexport )[\s\S])*?\n\}\s*,\s*\[\]\);\n', re.M)
# A tool's part in the loader: its name and the shared parts it needs.
TEIL_DEFINITION = re.compile(
    r'export const __wasm_split_load_(?P<teil>\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{'
    r'(?:(?!\nexport |\nconst )[\s\S])*?\n\}\s*,\s*\[(?P<deps>[^\]]*)\]\)\);')

WASM_MERKMALE = ["--enable-sign-ext", "--enable-mutable-globals", "--enable-bulk-memory",
                 "--enable-bulk-memory-opt", "--enable-nontrapping-float-to-int",
                 "--enable-reference-types", "--enable-multivalue"]

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


def werkzeug_des_teils(teil: str) -> str:
    """The tool a part belongs to: `multiprojektplan_projekt` → `multiprojektplan` (a tool's
    further parts are named `<slug>_<name>`, see `tools::seiten!`)."""
    return teil.split("_", 1)[0]


def lader_buendeln(lader: str, stuecke: list[str]) -> tuple[str, dict[str, list[str]]]:
    """The loader with the shared parts (`chunk_<n>.wasm`) replaced by merged ones, and which
    shared parts go into which merged one (file name → shared parts' file names).

    Code that only the parts of one tool share (its views and its further parts, see
    `tools::seiten!`) goes into that tool's merged part `gemeinsam_<slug>.wasm`; everything
    else into [`GEMEINSAM`], which every tool that needs any of it loads. A part then depends
    on the merged parts that hold its shared parts. Fails if the loader's shared parts are not
    exactly `stuecke`, if a part names one the loader does not define, or if a reference to one
    is left."""
    definitionen = list(STUECK_DEFINITION.finditer(lader))
    datei_von = {d.group("name"): CHUNK_VERWEIS.search(d.group(0)).group("datei")
                 for d in definitionen}
    if sorted(datei_von.values()) != sorted(stuecke):
        raise ValueError(f"{LADER}: geteilte Teile {sorted(datei_von.values())}, "
                         f"erwartet {sorted(stuecke)}")
    if not definitionen:
        return lader, {}
    nutzer: dict[str, set[str]] = {name: set() for name in datei_von}
    teile = list(TEIL_DEFINITION.finditer(lader))
    for teil in teile:
        for dep in _abhaengigkeiten(teil):
            if dep not in nutzer:
                raise ValueError(f"{LADER}: {teil.group('teil')} braucht unbekannten Teil {dep}")
            nutzer[dep].add(teil.group("teil"))
    gruppe_von = {}
    for name, teile_des_stuecks in nutzer.items():
        werkzeuge = {werkzeug_des_teils(t) for t in teile_des_stuecks}
        gruppe_von[name] = (f"gemeinsam_{werkzeuge.pop()}" if len(werkzeuge) == 1
                            else GEMEINSAM.removesuffix(".wasm"))
    gruppen: dict[str, list[str]] = {}
    for name, gruppe in sorted(gruppe_von.items(), key=lambda e: (e[1], e[0])):
        gruppen.setdefault(gruppe, []).append(datei_von[name])
    ladende = "".join(
        f"/* {gruppe}: shared parts in one module (tools/teilen.py) */\n"
        f"const __{gruppe} = makeLoad(() => {{\n"
        f'    const src = fetch(new URL("./{gruppe}.wasm", import.meta.url));\n'
        "    src.catch(() => {});\n"
        "    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n"
        "}\n, []);\n" for gruppe in gruppen)

    def abhaengig(treffer: re.Match) -> str:
        deps = sorted({f"__{gruppe_von[d]}" for d in _abhaengigkeiten(treffer)})
        kopf = treffer.group(0)[:treffer.start("deps") - treffer.start()]
        return kopf + ", ".join(deps) + treffer.group(0)[treffer.end("deps") - treffer.start():]

    erste = definitionen[0].start()
    rest = TEIL_DEFINITION.sub(abhaengig, STUECK_DEFINITION.sub("", lader[erste:]))
    text = lader[:erste] + ladende + rest
    if "__chunk_" in text:
        raise ValueError(f"{LADER}: Verweis auf einen geteilten Teil übrig (Form geändert?)")
    return text, {f"{gruppe}.wasm": dateien for gruppe, dateien in gruppen.items()}


def _abhaengigkeiten(teil: re.Match) -> list[str]:
    return [d.strip() for d in teil.group("deps").split(",") if d.strip()]


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


def lader_vorladen(html: str, glue_name: str, lader_pfad: str, inhalt: bytes) -> str:
    """index.html with a `modulepreload` of the loader beside the one of the shell's glue.

    The glue imports the loader, so without it the browser asks for the loader only once the
    glue has arrived and been parsed: 30 to 60 ms later on a first visit, all of it before the
    start page can appear (issue 24)."""
    muster = re.compile(r'<link rel="modulepreload" href="\./' + re.escape(glue_name) + r'"[^>]*>')
    vorladen = (f'<link rel="modulepreload" href="./{lader_pfad}" crossorigin="anonymous" '
                f'integrity="{sri(inhalt)}">')
    text, anzahl = muster.subn(lambda t: t.group(0) + vorladen, html)
    if anzahl != 1:
        raise ValueError(f"index.html: modulepreload von {glue_name} nicht genau einmal gefunden")
    return text


def _werkzeug(name: str) -> str:
    pfad = shutil.which(name)
    if not pfad:
        raise SystemExit(f"teilen: {name} fehlt (tools/einrichten.sh installiert es)")
    return pfad


def _wasm_opt(dateien: list[Path]) -> None:
    wasm_opt = _werkzeug("wasm-opt")

    def opt(datei: Path) -> None:
        # The merged shared part has lost the features section that tells wasm-opt what the
        # others may use; it gets them named.
        merkmale = WASM_MERKMALE if datei.name.startswith("gemeinsam") else []
        # UPO_WASM_NAMEN=1 keeps the function names, for a profile in the browser's tools
        # (the module grows by its name section; never for a release).
        namen = ["-g"] if os.environ.get("UPO_WASM_NAMEN") == "1" else []
        subprocess.run([wasm_opt, "-Oz", *namen, *merkmale, "--output", str(datei), str(datei)],
                       check=True, capture_output=True)

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
        geteilt = sorted(teile.glob("chunk_*.wasm"))
        lader, gruppen = lader_buendeln((teile / LADER).read_text(encoding="utf-8"),
                                        [s.name for s in geteilt])
        for gruppe, dateien in gruppen.items():
            zusammenfuehren([teile / d for d in dateien], teile / gruppe, tmp)
        for stueck in geteilt:
            stueck.unlink()
        stuecke = sorted(teile.glob("*.wasm"))
        shell = tmp / "glue" / f"{APP}_bg.wasm"
        _wasm_opt([shell, *stuecke])
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
        lader = lader_umschreiben(lader, glue_name, umbenannt)
        lader_name = f"teilung-{kennung(lader.encode())}.js"
        (ziel / lader_name).write_text(lader, encoding="utf-8")
        glue = glue_umschreiben((tmp / "glue" / f"{APP}.js").read_text(encoding="utf-8"),
                                f"{ORDNER}/{lader_name}")
        (staging / glue_name).write_text(glue, encoding="utf-8")
        shutil.copyfile(shell, staging / wasm_name)
        html = lader_vorladen(html, glue_name, f"{ORDNER}/{lader_name}", lader.encode())
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
    return b"".join([modul[:8], *(modul[anfang:ende] for art, anfang, _, ende
                                  in _abschnitte(modul) if art != 0)])


def _abschnitte(modul: bytes):
    """The module's sections as (id, start of the section, start of its content, end)."""
    if modul[:8] != b"\0asm\x01\0\0\0":
        raise ValueError("kein WebAssembly-Modul (Version 1)")
    stelle = 8
    while stelle < len(modul):
        laenge, inhalt = _leb(modul, stelle + 1)
        if inhalt + laenge > len(modul):
            raise ValueError("WebAssembly-Modul ist abgeschnitten")
        yield modul[stelle], stelle, inhalt, inhalt + laenge
        stelle = inhalt + laenge


def _leb_schreiben(wert: int) -> bytes:
    aus = bytearray()
    while True:
        byte, wert = wert & 0x7F, wert >> 7
        aus.append(byte | (0x80 if wert else 0))
        if not wert:
            return bytes(aus)


def _name_schreiben(name: str) -> bytes:
    roh = name.encode("utf-8")
    return _leb_schreiben(len(roh)) + roh


def _abschnitt(art: int, inhalt: bytes) -> bytes:
    return bytes([art]) + _leb_schreiben(len(inhalt)) + inhalt


def importe(modul: bytes) -> list[tuple[str, str, int, bytes]]:
    """The module's imports as (module, name, kind, descriptor bytes), in order. Kinds: 0
    function, 1 table, 2 memory, 3 global, 4 tag."""
    for art, _, stelle, ende in _abschnitte(modul):
        if art != 2:
            continue
        anzahl, stelle = _leb(modul, stelle)
        liste = []
        for _ in range(anzahl):
            namen = []
            for _ in range(2):
                laenge, stelle = _leb(modul, stelle)
                namen.append(modul[stelle:stelle + laenge].decode("utf-8"))
                stelle += laenge
            art_import, anfang = modul[stelle], stelle + 1
            stelle = anfang
            if art_import == 0:  # type index
                _, stelle = _leb(modul, stelle)
            elif art_import == 4:  # attribute, type index
                _, stelle = _leb(modul, stelle + 1)
            elif art_import == 3:  # value type, mutability
                stelle += 2
            elif art_import in (1, 2):  # (reference type,) limits
                stelle += 1 if art_import == 1 else 0
                flags = modul[stelle]
                _, stelle = _leb(modul, stelle + 1)
                if flags & 1:
                    _, stelle = _leb(modul, stelle)
            else:
                raise ValueError(f"unbekannte Importart {art_import}")
            liste.append((namen[0], namen[1], art_import, modul[anfang:stelle]))
        if stelle != ende:
            raise ValueError("Importabschnitt hat eine unerwartete Länge")
        return liste
    return []


def _importabschnitt(liste: list[tuple[str, str, int, bytes]]) -> bytes:
    inhalt = _leb_schreiben(len(liste)) + b"".join(
        _name_schreiben(m) + _name_schreiben(n) + bytes([a]) + d for m, n, a, d in liste)
    return _abschnitt(2, inhalt)


def knoten(liste: list[tuple[str, str, int, bytes]], von: str) -> bytes:
    """A module that imports each of `liste`'s imports from the module `von` and exports it
    under its name: wasm-merge links the shared parts' imports to these exports, so that the
    merged module imports memory, table and globals once (wasm-merge keeps one import per
    input module otherwise, and two memories are not valid without multi-memory). Function
    and tag imports would need a type section; the shared parts have none."""
    zaehler, exporte = {}, []
    for _, name, art, _ in liste:
        if art not in (1, 2, 3):
            raise ValueError(f"Import {name}: Art {art} wird nicht weitergereicht")
        exporte.append(_name_schreiben(name) + bytes([art]) + _leb_schreiben(zaehler.get(art, 0)))
        zaehler[art] = zaehler.get(art, 0) + 1
    return (b"\0asm\x01\0\0\0"
            + _importabschnitt([(von, n, a, d) for _, n, a, d in liste])
            + _abschnitt(7, _leb_schreiben(len(exporte)) + b"".join(exporte)))


def imports_umbenennen(modul: bytes, alt: str, neu: str) -> bytes:
    """The module with every import from module `alt` imported from `neu` instead, and
    without its export section (the merged module's only exports are the node's, which no
    one uses)."""
    teile = [modul[:8]]
    for art, anfang, _, ende in _abschnitte(modul):
        if art == 2:
            teile.append(_importabschnitt(
                [(neu if m == alt else m, n, a, d) for m, n, a, d in importe(modul)]))
        elif art != 7:
            teile.append(modul[anfang:ende])
    return b"".join(teile)


def gemeinsame_importe(module: list[bytes]) -> list[tuple[str, str, int, bytes]]:
    """The union of the shared parts' imports, in first-seen order. Fails on an import from
    another module than the shell's, and on one name imported with two descriptors (the same
    memory declared with different limits could not be one import)."""
    gesehen: dict[tuple[str, str], tuple[int, bytes]] = {}
    liste = []
    for modul in module:
        for m, n, a, d in importe(modul):
            if m != SPLIT_IMPORTMODUL:
                raise ValueError(f"geteilter Teil importiert aus {m}")
            if (m, n) in gesehen:
                if gesehen[(m, n)] != (a, d):
                    raise ValueError(f"Import {n} unterschiedlich deklariert")
                continue
            gesehen[(m, n)] = (a, d)
            liste.append((m, n, a, d))
    return liste


def zusammenfuehren(stuecke: list[Path], ziel: Path, tmp: Path) -> None:
    """Merges the shared parts into one module `ziel` with the same imports. Each part only
    fills its slots of the shell's function table and its data into the shell's memory when it
    is instantiated (active element and data segments, no exports, no start function), so
    their union does the same at once; wasm-merge renumbers the functions."""
    module = [s.read_bytes() for s in stuecke]
    for stueck, modul in zip(stuecke, module):
        for art, _, inhalt, _ in _abschnitte(modul):
            if art == 8 or (art == 7 and _leb(modul, inhalt)[0] > 0):
                raise ValueError(f"{stueck.name}: geteilter Teil mit Export oder Startfunktion")
    knoten_datei = tmp / "knoten.wasm"
    knoten_datei.write_bytes(knoten(gemeinsame_importe(module), ZWISCHENMODUL))
    argumente = [_werkzeug("wasm-merge"), str(knoten_datei), SPLIT_IMPORTMODUL]
    for nummer, stueck in enumerate(stuecke):
        argumente += [str(stueck), f"teil{nummer}"]
    zusammen = tmp / "zusammen.wasm"
    # The features Rust's wasm32 target uses, named one by one: `--all-features` would also
    # enable binaryen's compact import encoding, which browsers cannot read.
    subprocess.run([*argumente, *WASM_MERKMALE, "--output", str(zusammen)], check=True,
                   capture_output=True)
    ziel.write_bytes(imports_umbenennen(zusammen.read_bytes(), ZWISCHENMODUL, SPLIT_IMPORTMODUL))
