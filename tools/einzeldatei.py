#!/usr/bin/env python3
"""Single-file edition: turns a release build in dist/ into one HTML file that runs from a
folder or a network drive (file://) with no request at all.

    python3 tools/einzeldatei.py [dist] [dist-einzeldatei/upo-werkzeugkasten.html]

Inside the file:
- every stylesheet as a <style> element, with the fonts it uses as data: URLs;
- the favicon as a data: URL;
- the wasm-bindgen glue and the start code as one inline module script; the WebAssembly
  module as base64 in a data block (<script type="application/octet-stream">), which the start
  code decodes and passes to the glue's init (an inline module needs no fetch, and browsers
  block fetching files from file://);
- in the split release build (tools/teilen.py) the loader of the tools' parts inside the same
  module, each part as base64 in a data block (<script type="application/octet-stream"
  data-teil="…">), which the loader reads instead of fetching it;
- the export worker (glue, start and its WebAssembly module as base64) as one script text in
  the data block `xlsx-worker.js`, which the app starts from a blob: URL (app::exportdienst);
- the licence texts and betreiber.json as text data blocks (<script type="text/plain"
  data-datei="…">), which the app reads instead of fetching them (app::browser::lade_text);
- a Content-Security-Policy as strict as the hosted one: no 'unsafe-inline', only the
  SHA-256 hashes of exactly these inline scripts and styles, no connection anywhere; workers
  only from blob: URLs (the export worker; only the app's own hashed code can create one).

Data blocks are not executed, so the CSP does not need to allow them. The pure functions
are tested in tools/tests/test_einzeldatei.py.
"""

import base64
import hashlib
import html
import re
import sys
from pathlib import Path

PROJEKT = Path(__file__).resolve().parent.parent
ZIELNAME = "upo-werkzeugkasten.html"

# Text files shipped with the app that the app itself opens (Über page, operator settings).
TEXTDATEIEN = ("betreiber.json", "lizenzen/EUPL-1.2.md", "lizenzen/rust-bibliotheken.txt",
               "fira-sans/OFL.txt")

MIME = {".woff2": "font/woff2", ".svg": "image/svg+xml", ".png": "image/png"}

STYLESHEET = re.compile(r'<link rel="stylesheet" href="\./(?P<datei>[^"]+\.css)"[^>]*/?>\s*')
ICON = re.compile(r'<link rel="icon" href="\./(?P<datei>[^"]+)"[^>]*/?>')
LOADER = re.compile(r'<script type="module" src="\./(?P<datei>start-[0-9a-f]+\.js)"></script>\s*')
PRELOAD = re.compile(r'<link rel="(?:modulepreload|preload)"[^>]*>\s*')
CSP = re.compile(r'(<meta http-equiv="Content-Security-Policy" content=")[^"]*(">)')
GLUE_IMPORT = re.compile(r"import init, \* as bindings from '\./(?P<datei>[^']+\.js)';")
WASM_PFAD = re.compile(r"module_or_path: '\./(?P<datei>[^']+\.wasm)'")
GLUE_EXPORT = re.compile(r"^export \{[^}]*\};?\s*$", re.M)
WORKER_META = re.compile(r'<meta name="upo-xlsx-worker" content="\./(?P<datei>[^"]+\.js)">\s*')
WORKER_GLUE = re.compile(r"importScripts\('\./(?P<datei>[^']+\.js)'\);")
WORKER_WASM = re.compile(r"module_or_path: '\./(?P<datei>[^']+\.wasm)'")
TEILUNG_IMPORT = re.compile(r'^import \* as (?P<name>import\d+) from "\./(?P<datei>teile/teilung-[0-9a-f]+\.js)";$', re.M)
TEILUNG_INIT_IMPORT = re.compile(r'^import \{ initSync \} from "\.\./[^"]+\.js";$', re.M)
TEILUNG_EXPORT = re.compile(r"^export const (?P<name>\w+) = ", re.M)
TEIL_FETCH = re.compile(r'fetch\(new URL\("\./(?P<datei>[A-Za-z0-9_-]+\.wasm)", import\.meta\.url\)\)')
CSS_URL = re.compile(r"""url\(\s*(["']?)(?P<pfad>[^"')]+)\1\s*\)""")


def csp_hash(text: str) -> str:
    """The CSP source expression for an inline script or style: 'sha256-<base64>' of the
    exact UTF-8 text between the tags."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def data_url(inhalt: bytes, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(inhalt).decode("ascii")


def css_einbetten(css: str, lesen) -> str:
    """Replaces every relative url(…) in a stylesheet by a data: URL of the file `lesen(pfad)`
    returns; data: URLs and fragments stay as they are. Fails on any other absolute URL."""
    def ersetzen(treffer: re.Match) -> str:
        pfad = treffer.group("pfad").strip()
        if pfad.startswith(("data:", "#")):
            return treffer.group(0)
        if re.match(r"^[a-z][a-z0-9+.-]*:|^//", pfad, re.I):
            raise ValueError(f"Stylesheet lädt von außen: {pfad}")
        endung = Path(pfad).suffix.lower()
        if endung not in MIME:
            raise ValueError(f"Unbekannter Dateityp im Stylesheet: {pfad}")
        return f'url("{data_url(lesen(pfad), MIME[endung])}")'

    return CSS_URL.sub(ersetzen, css)


def startcode(glue: str) -> str:
    """The inline module: the wasm-bindgen glue without its export list, then the start: the
    base64 data block decoded into bytes and given to the glue's init, as Trunk's loader does
    with the file."""
    if not GLUE_EXPORT.search(glue) or "async function __wbg_init" not in glue:
        raise ValueError("Unerwarteter wasm-bindgen-Code: keine Exportliste oder kein __wbg_init")
    ohne_export = GLUE_EXPORT.sub("", glue).rstrip()
    return ohne_export + """

// Start of the single-file edition: the WebAssembly module comes from the data block.
const upoBase64 = document.getElementById('upo-wasm').textContent.trim();
const upoBytes = typeof Uint8Array.fromBase64 === 'function'
  ? Uint8Array.fromBase64(upoBase64)
  : Uint8Array.from(atob(upoBase64), (zeichen) => zeichen.charCodeAt(0));
const upoWasm = await __wbg_init({ module_or_path: upoBytes });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: upoWasm } }));
"""


def teilung_einbetten(glue: str, lesen_text) -> tuple[str, list[str]]:
    """The glue of the split build with the parts' loader inside the same module: the loader's
    code runs in a closure (its names cannot clash with the glue's) and hands its exports to
    the glue's former imports; it reads each part from its data block instead of fetching it.
    Returns the glue and the parts' file names below teile/. A glue without the loader (a
    build without split points) comes back unchanged."""
    importe = list(TEILUNG_IMPORT.finditer(glue))
    if not importe:
        return glue, []
    dateien = {t.group("datei") for t in importe}
    if len(dateien) != 1:
        raise ValueError(f"Glue-Code importiert mehrere Lader: {sorted(dateien)}")
    lader = lesen_text(dateien.pop())
    lader, anzahl = TEILUNG_INIT_IMPORT.subn("", lader)
    if anzahl != 1:
        raise ValueError("Lader der Teile: Import von initSync nicht gefunden")
    exporte = TEILUNG_EXPORT.findall(lader)
    if not exporte:
        raise ValueError("Lader der Teile exportiert nichts")
    lader = TEILUNG_EXPORT.sub(lambda t: f"const {t.group('name')} = ", lader)
    teile = TEIL_FETCH.findall(lader)
    lader = TEIL_FETCH.sub(lambda t: f"upoTeil('{t.group('datei')}')", lader)
    if "import.meta" in lader or re.search(r"^\s*(import|export)\b", lader, re.M):
        raise ValueError("Lader der Teile hat einen Verweis, der nicht eingebettet werden kann")
    kopf = (
        "// The loader of the tools' parts (tools/teilen.py); the parts come from data blocks.\n"
        "function upoTeil(datei) {\n"
        "  const block = document.querySelector(`script[data-teil=\"${datei}\"]`);\n"
        "  if (!block) return Promise.reject(new Error(`Teil ${datei} fehlt`));\n"
        "  const b64 = block.textContent.trim();\n"
        "  const bytes = typeof Uint8Array.fromBase64 === 'function'\n"
        "    ? Uint8Array.fromBase64(b64)\n"
        "    : Uint8Array.from(atob(b64), (zeichen) => zeichen.charCodeAt(0));\n"
        "  return Promise.resolve(new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } }));\n"
        "}\n"
        "const upoTeilung = (() => {\n" + lader.strip() + "\n"
        "return { " + ", ".join(exporte) + " };\n})();\n"
    )
    glue = TEILUNG_IMPORT.sub(lambda t: f"const {t.group('name')} = upoTeilung;", glue)
    return kopf + glue, teile


def worker_code(glue: str, wasm: bytes) -> str:
    """The export worker as one classic script (browsers refuse module workers from blob: URLs
    on file://): its wasm-bindgen `no-modules` glue, then the start with the WebAssembly module
    decoded from base64 inside the script itself."""
    if not glue.startswith("let wasm_bindgen = ") or "__wbg_init" not in glue:
        raise ValueError("Unerwarteter wasm-bindgen-Code im Export-Worker (erwartet: no-modules)")
    b64 = base64.b64encode(wasm).decode("ascii")
    return glue.rstrip() + f"""

// Start of the export worker in the single-file edition: the module is inside this text.
const upoBase64 = '{b64}';
const upoBytes = typeof Uint8Array.fromBase64 === 'function'
  ? Uint8Array.fromBase64(upoBase64)
  : Uint8Array.from(atob(upoBase64), (zeichen) => zeichen.charCodeAt(0));
wasm_bindgen({{ module_or_path: upoBytes }}).catch(() => {{
  postMessage(JSON.stringify({{ art: 'fehler', text: 'Das WebAssembly-Modul des Export-Workers konnte nicht geladen werden.' }}));
}});
"""


def datenblock(typ: str, inhalt: str, **attribute: str) -> str:
    """A non-executed <script> data block; refuses text that would end it early."""
    attrs = "".join(f' {name.replace("_", "-")}="{html.escape(wert)}"' for name, wert in attribute.items())
    if "</script" in inhalt.lower():
        raise ValueError("Text enthält </script> und kann nicht eingebettet werden")
    return f'<script type="{typ}"{attrs}>{inhalt}</script>'


def csp_einzeldatei(skripte: list[str], stile: list[str]) -> str:
    """The policy of the single file: only these inline scripts and styles, WebAssembly,
    images and fonts from data: URLs, no connection, no frames, no forms."""
    return "; ".join([
        "default-src 'none'",
        "script-src " + " ".join(csp_hash(s) for s in skripte) + " 'wasm-unsafe-eval'",
        "style-src " + " ".join(csp_hash(s) for s in stile),
        "img-src data: blob:",
        "font-src data:",
        "connect-src 'none'",
        "worker-src blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])


def zusammensetzen(index: str, lesen_text, lesen_bytes) -> str:
    """Builds the single HTML file from dist/index.html and the files it names."""
    stile: list[str] = []

    def stil(treffer: re.Match) -> str:
        css = css_einbetten(lesen_text(treffer.group("datei")), lesen_bytes)
        if "</style" in css.lower():
            raise ValueError(f"{treffer.group('datei')} enthält </style>")
        stile.append(css)
        return f"<style>{css}</style>\n  "

    loader = LOADER.search(index)
    if not loader:
        raise ValueError("index.html: kein Start-Skript (start-….js) gefunden")
    start = lesen_text(loader.group("datei"))
    glue_datei = GLUE_IMPORT.search(start)
    wasm_datei = WASM_PFAD.search(start)
    if not glue_datei or not wasm_datei:
        raise ValueError("Start-Skript: Glue-Code oder WebAssembly-Modul nicht gefunden")
    glue, teile = teilung_einbetten(lesen_text(glue_datei.group("datei")), lesen_text)
    skript = startcode(glue)
    wasm = base64.b64encode(lesen_bytes(wasm_datei.group("datei"))).decode("ascii")

    worker_meta = WORKER_META.search(index)
    if not worker_meta:
        raise ValueError("index.html: Export-Worker (meta upo-xlsx-worker) nicht gefunden")
    worker_start = lesen_text(worker_meta.group("datei"))
    worker_glue, worker_wasm = WORKER_GLUE.search(worker_start), WORKER_WASM.search(worker_start)
    if not worker_glue or not worker_wasm:
        raise ValueError("Start des Export-Workers: Glue-Code oder WebAssembly-Modul nicht gefunden")
    worker = worker_code(lesen_text(worker_glue.group("datei")), lesen_bytes(worker_wasm.group("datei")))
    index = WORKER_META.sub("", index)

    html_text = STYLESHEET.sub(stil, index)
    html_text = ICON.sub(lambda t: f'<link rel="icon" href="{data_url(lesen_bytes(t.group("datei")), MIME[Path(t.group("datei")).suffix])}">', html_text)
    html_text = PRELOAD.sub("", html_text)
    bloecke = [datenblock("application/octet-stream", wasm, id="upo-wasm")]
    for teil in teile:
        inhalt = base64.b64encode(lesen_bytes(f"teile/{teil}")).decode("ascii")
        bloecke.append(datenblock("application/octet-stream", inhalt, data_teil=teil))
    bloecke.append(datenblock("text/plain", worker, data_datei="xlsx-worker.js"))
    for datei in TEXTDATEIEN:
        try:
            bloecke.append(datenblock("text/plain", lesen_text(datei), data_datei=datei))
        except FileNotFoundError:
            pass
    bloecke.append(f'<script type="module">{skript}</script>')
    html_text = LOADER.sub(lambda _: "\n".join(bloecke) + "\n", html_text)
    if not CSP.search(html_text):
        raise ValueError("index.html: keine Content-Security-Policy")
    html_text = CSP.sub(lambda t: t.group(1) + csp_einzeldatei([skript], stile) + t.group(2), html_text)
    if re.search(r"""(src|href)="\./""", html_text):
        raise ValueError("Einzeldatei verweist noch auf eine Datei daneben")
    return html_text


def main() -> None:
    quelle = Path(sys.argv[1]) if len(sys.argv) > 1 else PROJEKT / "dist"
    ziel = Path(sys.argv[2]) if len(sys.argv) > 2 else PROJEKT / "dist-einzeldatei" / ZIELNAME
    text = zusammensetzen(
        (quelle / "index.html").read_text(encoding="utf-8"),
        lambda pfad: (quelle / pfad).read_text(encoding="utf-8"),
        lambda pfad: (quelle / pfad).read_bytes(),
    )
    ziel.parent.mkdir(parents=True, exist_ok=True)
    ziel.write_text(text, encoding="utf-8")
    print(f"{ziel.relative_to(PROJEKT) if ziel.is_relative_to(PROJEKT) else ziel}: {ziel.stat().st_size:,} Byte".replace(",", "."))


if __name__ == "__main__":
    main()
