"""Code splitting of the release build (issue 24), called by the post_build hook
(tools/nachbearbeitung.py) before anything else touches the staging directory.

The release build compiles with `--cfg upo_teilen` (RELEASE_BUILD in the Makefile); for the
app's build (feature `teilen`, not the export worker's) build.rs then sets `cfg(upo_geteilt)`,
which puts every tool's views behind a `wasm_split` point (`tools::seiten!`), and links with
`--emit-relocs`, so the raw module still carries its relocations. Trunk cannot split (trunk
issue 1022), so this step redoes what follows cargo, the way cargo-leptos `--split` does:

1. `wasm-split-cli` (crate wasm_split_cli_support, pinned in tools/einrichten.sh) cuts the raw
   module into the shell, one module per part of a tool (`split_<teil>.wasm`) and the code
   several parts share (`chunk_<n>.wasm`), plus the loader `__wasm_split.js` that fetches them
   on demand;
2. wasm-bindgen (`--keep-lld-exports`, which the split modules link against) makes the glue of
   the shell;
3. the shared parts (one per set of parts that share code: 490 small modules, 190 for the
   Multiprojektplan's first visit) are merged with binaryen's wasm-merge (see
   `zusammenfuehren`): what at least half of all parts need into `gemeinsam.wasm`, which
   every part that needs any of it fetches once, and the rest each part needs into its own
   `gemeinsam_<teil>.wasm` (see `lader_buendeln`). A shared part that several parts need can
   thus be instantiated twice; `mehrfach_ladbar` checks that this is harmless;
4. wasm-opt -Oz runs on the shell, every tool's part and the merged shared parts;
5. the parts move to `teile/` under content-hashed names, the loader to
   `teile/teilung-<hash>.js`; the shell's glue and module replace the files Trunk staged (same
   names, so index.html and the start script stay as they are) and index.html gets their new
   SRI hashes and a `modulepreload` of the loader.

Why merged, and why not into one: a first visit fetched and instantiated up to 190 modules,
which made a deep link three times slower than before the split. One module of all shared code
(161 KB gzip) made every first visit fetch about 100 KB that its part does not use; now a first
visit fetches 52 to 90 KB of shared code in at most two files, and a later tool only its rest.

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

# The shared parts most parts need, merged into one (step 3 of the docstring), and what share of
# all parts must need a shared part for it to go there: half. Measured (gzip after wasm-opt) on
# the twelve tools with 20 parts: `gemeinsam` is 41 KB and each part's own rest 11 to 50 KB, so
# a first visit fetches 52 to 90 KB of shared code instead of the 161 KB that one module of all
# of it was; all rests together are 533 KB. On 16 parts, half gave 45 KB, 57 to 93 KB per visit
# and 384 KB for all rests; a quarter 74 KB, 81 to 109 KB and 238 KB; 11 of 16 parts 37 KB, 55
# to 92 KB and 457 KB.
GEMEINSAM = "gemeinsam.wasm"
KERN_ANTEIL = 0.5
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


def lader_buendeln(lader: str, stuecke: list[str]) -> tuple[str, dict[str, list[str]]]:
    """The loader with the shared parts (`chunk_<n>.wasm`) replaced by merged ones, and which
    shared parts go into which merged one (file name → shared parts' file names).

    What at least [`KERN_ANTEIL`] of all parts need goes into [`GEMEINSAM`], which every part
    that needs any of it loads once; each part gets the rest of what it needs in its own
    `gemeinsam_<teil>.wasm`. That rest is shared with fewer parts, so the same shared part can
    be in several parts' merged ones and be instantiated more than once: `teilen` checks that
    this is harmless (`mehrfach_ladbar`). A part then depends on at most two merged parts.
    Fails if the loader's shared parts are not exactly `stuecke`, if a part names one the
    loader does not define, or if a reference to one is left."""
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
    kern = GEMEINSAM.removesuffix(".wasm")
    gruppen_von: dict[str, set[str]] = {}
    for name, teile_des_stuecks in nutzer.items():
        gruppen_von[name] = ({kern} if len(teile_des_stuecks) >= KERN_ANTEIL * len(teile)
                             else {f"{kern}_{t}" for t in teile_des_stuecks})
    gruppen: dict[str, list[str]] = {}
    for name in sorted(datei_von, key=lambda n: int(n.removeprefix("__chunk_"))):
        for gruppe in gruppen_von[name]:
            gruppen.setdefault(gruppe, []).append(datei_von[name])
    gruppen = dict(sorted(gruppen.items()))
    ladende = "".join(
        f"/* {gruppe}: shared parts in one module (tools/teilen.py) */\n"
        f"const __{gruppe} = makeLoad(() => {{\n"
        f'    const src = fetch(new URL("./{gruppe}.wasm", import.meta.url));\n'
        "    src.catch(() => {});\n"
        "    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));\n"
        "}\n, []);\n" for gruppe in gruppen)

    def abhaengig(treffer: re.Match) -> str:
        deps = sorted({f"__{g}" for d in _abhaengigkeiten(treffer) for g in gruppen_von[d]
                       if g in (kern, f"{kern}_{treffer.group('teil')}")})
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
        bereich = lesedaten(roh)
        for stueck in geteilt:
            if sum(stueck.name in dateien for dateien in gruppen.values()) > 1:
                try:
                    mehrfach_ladbar(stueck.read_bytes(), bereich)
                except ValueError as fehler:
                    raise SystemExit(f"teilen: {stueck.name}: {fehler}") from fehler
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


def _leb(daten: bytes, stelle: int, vorzeichen: bool = False) -> tuple[int, int]:
    """Reads a LEB128 number, unsigned or with `vorzeichen` signed; returns it and the
    position after it."""
    wert = verschiebung = 0
    while True:
        byte = daten[stelle]
        stelle += 1
        wert |= (byte & 0x7F) << verschiebung
        verschiebung += 7
        if byte < 0x80:
            negativ = vorzeichen and byte & 0x40
            return (wert - (1 << verschiebung) if negativ else wert), stelle


def ohne_eigene_abschnitte(modul: bytes) -> bytes:
    """The WebAssembly module without its custom sections (names, relocations, producers):
    none is needed to run it. Fails on anything that is not a wasm module."""
    return b"".join([modul[:8], *(modul[anfang:ende] for art, anfang, _, ende
                                  in _abschnitte(modul) if art != 0)])


def _datensegmente(modul: bytes) -> list[tuple[int | None, int]]:
    """The module's data segments as (address, length); the address is None for a passive
    segment. Fails on an address that is not a constant."""
    segmente = []
    for art, _, stelle, _ in _abschnitte(modul):
        if art != 11:
            continue
        anzahl, stelle = _leb(modul, stelle)
        for _ in range(anzahl):
            art_segment, stelle = _leb(modul, stelle)
            adresse = None
            if art_segment in (0, 2):
                if art_segment == 2:
                    _, stelle = _leb(modul, stelle)  # memory index
                if modul[stelle] != 0x41:
                    raise ValueError("Datensegment ohne konstante Adresse")
                adresse, stelle = _leb(modul, stelle + 1, vorzeichen=True)
                if modul[stelle] != 0x0B:
                    raise ValueError("Datensegment ohne konstante Adresse")
                stelle += 1
            laenge, stelle = _leb(modul, stelle)
            segmente.append((adresse, laenge))
            stelle += laenge
    return segmente


def _segmentnamen(modul: bytes) -> list[str]:
    """The names of the data segments from the `linking` section of a module linked with
    relocations (`--emit-relocs`), e.g. `.rodata`, `.data`, `.bss`."""
    for art, _, stelle, ende in _abschnitte(modul):
        if art != 0:
            continue
        laenge, stelle = _leb(modul, stelle)
        if modul[stelle:stelle + laenge] != b"linking":
            continue
        _, stelle = _leb(modul, stelle + laenge)  # version
        while stelle < ende:
            unterart, (groesse, stelle) = modul[stelle], _leb(modul, stelle + 1)
            if unterart == 5:  # WASM_SEGMENT_INFO
                namen = []
                anzahl, inhalt = _leb(modul, stelle)
                for _ in range(anzahl):
                    laenge, inhalt = _leb(modul, inhalt)
                    namen.append(modul[inhalt:inhalt + laenge].decode("utf-8"))
                    _, inhalt = _leb(modul, inhalt + laenge)  # alignment
                    _, inhalt = _leb(modul, inhalt)  # flags
                return namen
            stelle += groesse
    raise ValueError("Rohmodul ohne Segmentnamen (mit --emit-relocs gebaut?)")


def lesedaten(roh: bytes) -> tuple[int, int]:
    """Where the raw module's read-only data (`.rodata`) lies in memory: (first, end)."""
    namen, segmente = _segmentnamen(roh), _datensegmente(roh)
    if len(namen) != len(segmente) or ".rodata" not in namen:
        raise ValueError(f"Rohmodul: Segmente {namen} ohne .rodata")
    adresse, laenge = segmente[namen.index(".rodata")]
    return adresse, adresse + laenge


def mehrfach_ladbar(modul: bytes, bereich: tuple[int, int]) -> None:
    """Fails unless the shared part can be instantiated more than once without harm: it
    defines no global of its own (its state would split between instances), and all its data
    lies in `bereich`, the read-only data, so a second instance writes the same bytes again
    where no code writes (in `.data` it would reset statics the app has changed since). Its
    element segments then put equal functions into the same table slots."""
    if any(art == 6 for art, *_ in _abschnitte(modul)):
        raise ValueError("geteilter Teil mit eigenen globalen Variablen")
    for adresse, laenge in _datensegmente(modul):
        if laenge == 0 and adresse is not None:
            continue  # writes nothing (wasm-split-cli leaves some empty ones)
        if adresse is None or not bereich[0] <= adresse <= adresse + laenge <= bereich[1]:
            raise ValueError(f"geteilter Teil schreibt außerhalb von .rodata ({adresse}, "
                             f"{laenge} Byte): zweimal geladen wäre er falsch")


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
