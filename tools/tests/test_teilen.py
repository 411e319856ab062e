"""Native tests of the rewriting that places the split parts (tools/teilen.py). The split
itself is tested end to end: every e2e test runs on the split release build."""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import teilen  # noqa: E402
import teilgroessen  # noqa: E402

# The shape wasm-split-cli 0.2.4 writes (shortened).
LADER = '''import { initSync } from "./upo-werkzeugkasten.js";

export const __wasm_split_load_checklisten = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_checklisten.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_1]));
const __chunk_1 = makeLoad(() => {
    const src = fetch(new URL("./chunk_1.wasm", import.meta.url));
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}, []);
'''

GLUE = '''import * as import1 from "./__wasm_split.js"
import * as import2 from "./__wasm_split.js"

function __wbg_get_imports() {
    return { "./__wasm_split.js": import1, "./__wasm_split.js": import2 };
}
'''


class Lader(unittest.TestCase):
    def test_teile_unter_ihrem_gehashten_namen_und_glue_aus_dem_elternordner(self):
        umbenannt = {"split_checklisten.wasm": "split_checklisten-aa.wasm",
                     "chunk_1.wasm": "chunk_1-bb.wasm"}
        text = teilen.lader_umschreiben(LADER, "upo-werkzeugkasten-0123.js", umbenannt)
        self.assertIn('import { initSync } from "../upo-werkzeugkasten-0123.js";', text)
        self.assertIn('new URL("./split_checklisten-aa.wasm", import.meta.url)', text)
        self.assertIn('new URL("./chunk_1-bb.wasm", import.meta.url)', text)
        self.assertNotIn('"./chunk_1.wasm"', text)

    def test_unbekannter_oder_fehlender_teil_bricht_ab(self):
        with self.assertRaises(ValueError):
            teilen.lader_umschreiben(LADER, "a.js", {"split_checklisten.wasm": "x.wasm"})
        with self.assertRaises(ValueError):
            teilen.lader_umschreiben(LADER, "a.js", {"split_checklisten.wasm": "x.wasm",
                                                      "chunk_1.wasm": "y.wasm",
                                                      "chunk_2.wasm": "z.wasm"})
        with self.assertRaises(ValueError):
            teilen.lader_umschreiben("// anders\n", "a.js", {})


class Bedarf(unittest.TestCase):
    def test_je_werkzeug_eigener_teil_und_geteilte(self):
        self.assertEqual(teilgroessen.bedarf(LADER),
                         {"checklisten": ["split_checklisten.wasm", "chunk_1.wasm"]})

    def test_unbekannter_geteilter_teil_oder_fremde_form(self):
        with self.assertRaises(ValueError):
            teilgroessen.bedarf(LADER.replace("[__chunk_1]", "[__chunk_2]"))
        with self.assertRaises(ValueError):
            teilgroessen.bedarf("// anders\n")


class Glue(unittest.TestCase):
    def test_importiert_den_lader_aus_teile_und_laesst_die_importnamen(self):
        text = teilen.glue_umschreiben(GLUE, "teile/teilung-cc.js")
        self.assertIn('import * as import1 from "./teile/teilung-cc.js";', text)
        self.assertIn('import * as import2 from "./teile/teilung-cc.js";', text)
        # The module's import names stay: they are what the wasm module asks for.
        self.assertIn('"./__wasm_split.js": import1', text)
        with self.assertRaises(ValueError):
            teilen.glue_umschreiben("const x = 1;\n", "teile/t.js")


class Namen(unittest.TestCase):
    def test_name_traegt_den_inhalt(self):
        a = teilen.gehashter_name("chunk_1.wasm", b"\0asm1")
        b = teilen.gehashter_name("chunk_1.wasm", b"\0asm2")
        self.assertRegex(a, r"^chunk_1-[0-9a-f]{16}\.wasm$")
        self.assertNotEqual(a, b)

    def test_teilungspunkte_erkannt(self):
        self.assertTrue(teilen.hat_teilungspunkte(b"\0asm..__wasm_split_placeholder__.."))
        self.assertFalse(teilen.hat_teilungspunkte(b"\0asm...."))


class Abschnitte(unittest.TestCase):
    KOPF = b"\0asm\x01\0\0\0"
    TYP = bytes([1, 4, 1, 0x60, 0, 0])  # type section: one function type () -> ()
    NAMEN = bytes([0, 6, 4]) + b"name" + b"\0"  # custom section "name", 1 byte of content

    def test_eigene_abschnitte_fallen_weg_der_rest_bleibt(self):
        modul = self.KOPF + self.NAMEN + self.TYP + self.NAMEN
        self.assertEqual(teilen.ohne_eigene_abschnitte(modul), self.KOPF + self.TYP)
        self.assertEqual(teilen.ohne_eigene_abschnitte(self.KOPF + self.TYP), self.KOPF + self.TYP)

    def test_kein_oder_abgeschnittenes_modul(self):
        with self.assertRaises(ValueError):
            teilen.ohne_eigene_abschnitte(b"PK\3\4....")
        with self.assertRaises(ValueError):
            teilen.ohne_eigene_abschnitte(self.KOPF + self.TYP[:-1])


class Integritaet(unittest.TestCase):
    def test_sri_des_ersetzten_moduls(self):
        html = ('<link rel="modulepreload" href="./app-1.js" crossorigin="anonymous" '
                'integrity="sha384-alt">\n<link rel="preload" href="./app-1_bg.wasm" '
                'integrity="sha384-alt2" as="fetch">')
        neu = teilen.sri_ersetzen(html, "app-1.js", b"neu")
        self.assertIn(f'href="./app-1.js" crossorigin="anonymous" integrity="{teilen.sri(b"neu")}"', neu)
        self.assertIn('integrity="sha384-alt2"', neu, "das andere Element bleibt")
        with self.assertRaises(ValueError):
            teilen.sri_ersetzen(html, "fehlt.js", b"x")


if __name__ == "__main__":
    unittest.main()
