"""Native tests of the single-file edition's HTML inlining and CSP hashes (tools/einzeldatei.py)."""

import base64
import hashlib
import re
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import einzeldatei  # noqa: E402

INDEX = """<!DOCTYPE html>
<html lang="de"><head>
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'">
  <link rel="stylesheet" href="./app-1.css" integrity="sha384-x"/>
  <link rel="icon" href="./favicon-1.svg" integrity="sha384-y"/>
<meta name="upo-xlsx-worker" content="./xlsx-worker-9-start.js">
<script type="module" src="./start-abc123.js"></script>
<link rel="modulepreload" href="./app-1.js" crossorigin="anonymous" integrity="sha384-z"><link rel="preload" href="./app-1_bg.wasm" crossorigin="anonymous" integrity="sha384-w" as="fetch" type="application/wasm"></head>
<body></body></html>
"""

DATEIEN = {
    "app-1.css": '@font-face { src: url("fira-sans/F.woff2") format("woff2"); }\n.a { background: url("data:image/svg+xml,x"); }',
    "start-abc123.js": "import init, * as bindings from './app-1.js';\nconst wasm = await init({ module_or_path: './app-1_bg.wasm' });\n",
    "app-1.js": "let wasm;\nasync function __wbg_init(m) { return m; }\nexport class K {}\nexport { initSync, __wbg_init as default };\n",
    "xlsx-worker-9-start.js": "importScripts('./xlsx-worker-9.js');\nwasm_bindgen({ module_or_path: './xlsx-worker-9_bg.wasm' }).catch(() => {});\n",
    "xlsx-worker-9.js": "let wasm_bindgen = (function(exports) {\n  async function __wbg_init(m) { return m; }\n  return __wbg_init;\n})({});\n",
    "betreiber.json": '{"behoerde": "Amt"}',
    "lizenzen/EUPL-1.2.md": "# EUPL",
}
BYTES = {"xlsx-worker-9_bg.wasm": b"\0asmW", "fira-sans/F.woff2": b"FONT", "favicon-1.svg": b"<svg/>", "app-1_bg.wasm": b"\0asm\1\0\0\0"}


def lesen_text(pfad):
    if pfad not in DATEIEN:
        raise FileNotFoundError(pfad)
    return DATEIEN[pfad]


def lesen_bytes(pfad):
    return BYTES[pfad] if pfad in BYTES else lesen_text(pfad).encode()


class Einzeldatei(unittest.TestCase):
    def setUp(self):
        self.html = einzeldatei.zusammensetzen(INDEX, lesen_text, lesen_bytes)

    def test_csp_hash_ist_sha256_des_exakten_textes(self):
        erwartet = base64.b64encode(hashlib.sha256("alert(1)".encode()).digest()).decode()
        self.assertEqual(einzeldatei.csp_hash("alert(1)"), f"'sha256-{erwartet}'")
        # Known value (same as `echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64`).
        self.assertEqual(einzeldatei.csp_hash("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='")

    def test_nichts_verweist_auf_dateien_daneben(self):
        self.assertNotRegex(self.html, r'(src|href)="\./')
        self.assertNotIn("modulepreload", self.html)
        self.assertNotIn('rel="preload"', self.html)
        self.assertIn('href="data:image/svg+xml;base64,' + base64.b64encode(b"<svg/>").decode(), self.html)

    def test_schriften_und_wasm_sind_eingebettet(self):
        self.assertIn('url("data:font/woff2;base64,' + base64.b64encode(b"FONT").decode() + '")', self.html)
        self.assertIn('url("data:image/svg+xml,x")', self.html, "data:-URLs bleiben")
        wasm = re.search(r'<script type="application/octet-stream" id="upo-wasm">([^<]*)</script>', self.html)
        self.assertEqual(base64.b64decode(wasm.group(1)), BYTES["app-1_bg.wasm"])

    def test_texte_als_datenbloecke(self):
        self.assertIn('<script type="text/plain" data-datei="betreiber.json">{"behoerde": "Amt"}</script>', self.html)
        self.assertIn('data-datei="lizenzen/EUPL-1.2.md"># EUPL</script>', self.html)
        self.assertNotIn("rust-bibliotheken", self.html, "fehlende Dateien werden ausgelassen")

    def test_csp_erlaubt_genau_die_inline_bloecke(self):
        csp = re.search(r'content="(default-src[^"]*)"', self.html).group(1)
        self.assertNotIn("unsafe-inline", csp)
        self.assertIn("connect-src 'none'", csp)
        self.assertIn("default-src 'none'", csp)
        skripte = re.findall(r'<script type="module">(.*?)</script>', self.html, re.S)
        stile = re.findall(r"<style>(.*?)</style>", self.html, re.S)
        self.assertEqual((len(skripte), len(stile)), (1, 1))
        self.assertIn("script-src " + einzeldatei.csp_hash(skripte[0]) + " 'wasm-unsafe-eval'", csp)
        self.assertIn("style-src " + einzeldatei.csp_hash(stile[0]), csp)

    def test_startcode_ohne_exportliste_mit_start(self):
        skript = re.search(r'<script type="module">(.*?)</script>', self.html, re.S).group(1)
        self.assertNotIn("export {", skript)
        self.assertIn("export class K", skript)
        self.assertIn("await __wbg_init({ module_or_path: upoBytes })", skript)

    def test_export_worker_ist_eingebettet_und_darf_aus_blob_starten(self):
        self.assertNotIn("upo-xlsx-worker", self.html, "die meta verweist auf eine Datei daneben")
        block = re.search(r'<script type="text/plain" data-datei="xlsx-worker.js">(.*?)</script>', self.html, re.S)
        code = block.group(1)
        self.assertTrue(code.startswith("let wasm_bindgen = "), "der Glue-Code zuerst")
        self.assertNotIn("importScripts", code, "nichts wird nachgeladen")
        b64 = re.search(r"const upoBase64 = '([^']*)';", code).group(1)
        self.assertEqual(base64.b64decode(b64), BYTES["xlsx-worker-9_bg.wasm"])
        self.assertIn("wasm_bindgen({ module_or_path: upoBytes })", code)
        csp = re.search(r'content="(default-src[^"]*)"', self.html).group(1)
        self.assertIn("worker-src blob:", csp)

    def test_fremde_adressen_und_unbekannter_code_werden_abgelehnt(self):
        with self.assertRaises(ValueError):
            einzeldatei.css_einbetten('a { b: url("https://x.example/f.woff2") }', lesen_bytes)
        with self.assertRaises(ValueError):
            einzeldatei.startcode("function irgendwas() {}")
        with self.assertRaises(ValueError):
            einzeldatei.datenblock("text/plain", "a </script> b")


if __name__ == "__main__":
    unittest.main()


class Teilung(unittest.TestCase):
    """The split build's loader inside the single file (tools/teilen.py writes its form)."""

    LADER = (
        'import { initSync } from "../upo-werkzeugkasten-01.js";\n'
        "function makeLoad(f, deps) { return f; }\n"
        "export const __wasm_split_load_checklisten = makeLoad(() => {\n"
        '    const src = fetch(new URL("./split_checklisten-aa.wasm", import.meta.url));\n'
        "    return src;\n"
        "}, []);\n"
    )
    GLUE = (
        'import * as import1 from "./teile/teilung-0123abcd.js";\n'
        'import * as import2 from "./teile/teilung-0123abcd.js";\n'
        'function __wbg_get_imports() { return { "./__wasm_split.js": import1 }; }\n'
    )

    def test_lader_im_modul_teile_aus_datenbloecken(self):
        gelesen = []

        def lesen(pfad):
            gelesen.append(pfad)
            return self.LADER

        glue, teile = einzeldatei.teilung_einbetten(self.GLUE, lesen)
        self.assertEqual(gelesen, ["teile/teilung-0123abcd.js"])
        self.assertEqual(teile, ["split_checklisten-aa.wasm"])
        self.assertNotIn("import ", glue.replace("import1", "").replace("import2", ""))
        self.assertNotIn("import.meta", glue)
        self.assertIn("const import1 = upoTeilung;", glue)
        self.assertIn("const import2 = upoTeilung;", glue)
        self.assertIn("upoTeil('split_checklisten-aa.wasm')", glue)
        self.assertIn("return { __wasm_split_load_checklisten };", glue)
        # The loader runs before the glue uses it.
        self.assertLess(glue.index("const upoTeilung"), glue.index("const import1"))

    def test_ohne_teilung_unveraendert(self):
        glue = "function __wbg_init() {}\n"
        self.assertEqual(einzeldatei.teilung_einbetten(glue, lambda _: ""), (glue, []))

    def test_fremde_form_des_laders_bricht_ab(self):
        with self.assertRaises(ValueError):
            einzeldatei.teilung_einbetten(self.GLUE, lambda _: "export const x = 1;\n")
