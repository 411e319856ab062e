"""Native tests of the rewriting that places the split parts (tools/teilen.py). The split
itself is tested end to end: every e2e test runs on the split release build."""

import json
import shutil
import subprocess
import sys
import tempfile
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


# Three parts (b, d, e) and two shared ones, as wasm-split-cli 0.2.4 writes them (shortened).
LADER_GETEILT = '''function makeLoad(fetcher, deps) {
}
/* a, b */
const __chunk_1 = makeLoad(() => {
    const src = fetch(new URL("./chunk_1.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
/* b, c */
const __chunk_2 = makeLoad(() => {
    const src = fetch(new URL("./chunk_2.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
export const __wasm_split_load_b = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_b.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_1, __chunk_2]));
export const __wasm_split_load_d = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_d.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_2]));
export const __wasm_split_load_e = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_e.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, [__chunk_1]));
'''


def gueltiges_javascript(text: str) -> None:
    """The loader stays valid JavaScript: checked where node is at hand (make unit)."""
    if shutil.which("node"):
        subprocess.run(["node", "--check", "--input-type=module"], input=text, text=True,
                       check=True)


class Buendeln(unittest.TestCase):
    def test_was_mindestens_die_haelfte_der_teile_braucht_kommt_in_gemeinsam(self):
        # Three parts; chunk_1 is b's and e's, chunk_2 b's and d's: two of three each.
        text, gruppen = teilen.lader_buendeln(LADER_GETEILT, ["chunk_2.wasm", "chunk_1.wasm"])
        self.assertEqual(gruppen, {"gemeinsam.wasm": ["chunk_1.wasm", "chunk_2.wasm"]})
        self.assertNotIn("chunk_", text)
        self.assertEqual(text.count('new URL("./gemeinsam.wasm", import.meta.url)'), 1)
        self.assertEqual(teilgroessen.bedarf(text), {"b": ["split_b.wasm", "gemeinsam.wasm"],
                                                     "d": ["split_d.wasm", "gemeinsam.wasm"],
                                                     "e": ["split_e.wasm", "gemeinsam.wasm"]})
        gueltiges_javascript(text)

    def test_den_rest_bekommt_jeder_teil_der_ihn_braucht_in_seinen_eigenen(self):
        # Two more parts f and g make five: chunk_1 and chunk_2 (two parts each) are now
        # needed by fewer than half, chunk_3 (b, d, e) by more.
        lader = LADER_GETEILT.replace("/* b, c */", """/* b, d, e */
const __chunk_3 = makeLoad(() => {
    const src = fetch(new URL("./chunk_3.wasm", import.meta.url));
    src.catch(() => {});
    return async (imports) => (WebAssembly.instantiateStreaming(src, imports));
}
, []);
/* b, c */""").replace("[__chunk_1, __chunk_2]", "[__chunk_1, __chunk_2, __chunk_3]")
        lader = lader.replace("[__chunk_2]", "[__chunk_2, __chunk_3]").replace(
            "[__chunk_1]", "[__chunk_1, __chunk_3]")
        for teil in "fg":
            lader += LADER_GETEILT[LADER_GETEILT.index("export const __wasm_split_load_e"):] \
                .replace("_e", f"_{teil}").replace("[__chunk_1]", "[]")
        text, gruppen = teilen.lader_buendeln(
            lader, ["chunk_1.wasm", "chunk_2.wasm", "chunk_3.wasm"])
        self.assertEqual(gruppen, {"gemeinsam.wasm": ["chunk_3.wasm"],
                                   "gemeinsam_b.wasm": ["chunk_1.wasm", "chunk_2.wasm"],
                                   "gemeinsam_d.wasm": ["chunk_2.wasm"],
                                   "gemeinsam_e.wasm": ["chunk_1.wasm"]})
        self.assertNotIn("chunk_", text)
        self.assertEqual(teilgroessen.bedarf(text), {
            "b": ["split_b.wasm", "gemeinsam.wasm", "gemeinsam_b.wasm"],
            "d": ["split_d.wasm", "gemeinsam.wasm", "gemeinsam_d.wasm"],
            "e": ["split_e.wasm", "gemeinsam.wasm", "gemeinsam_e.wasm"],
            "f": ["split_f.wasm"], "g": ["split_g.wasm"]})
        gueltiges_javascript(text)

    def test_andere_teile_als_erwartet_brechen_ab(self):
        with self.assertRaises(ValueError):
            teilen.lader_buendeln(LADER_GETEILT, ["chunk_1.wasm"])
        with self.assertRaises(ValueError):
            teilen.lader_buendeln(LADER_GETEILT.replace("\n, []);", "\n, [__chunk_9]);", 1),
                                  ["chunk_1.wasm", "chunk_2.wasm"])

    def test_ohne_geteilte_teile_bleibt_der_lader(self):
        ohne = LADER_GETEILT.split("/* a, b */")[0]
        self.assertEqual(teilen.lader_buendeln(ohne, []), (ohne, {}))


def _sleb(wert: int) -> bytes:
    assert 0 <= wert < 64
    return bytes([wert])


def geteilter_teil(platz: int, adresse: int, byte: int) -> bytes:
    """A shared part as wasm-split-cli makes them, by hand: it imports the shell's memory and
    table, puts its one function into table slot `platz` and `byte` at `adresse`."""
    a = teilen._abschnitt
    return (b"\0asm\x01\0\0\0"
            + a(1, b"\x01\x60\x00\x01\x7f")  # type: () -> i32
            + teilen._importabschnitt([("__wasm_split", "memory", 2, b"\x00\x01"),
                                       ("__wasm_split", "__indirect_function_table", 1,
                                        b"\x70\x00\x10")])
            + a(3, b"\x01\x00")
            + a(7, b"\x00")  # an empty export section, as wasm-split-cli writes it
            + a(9, b"\x01\x00\x41" + _sleb(platz) + b"\x0b\x01\x00")
            + a(10, b"\x01\x04\x00\x41" + _sleb(byte % 64) + b"\x0b")  # returns byte % 64
            + a(11, b"\x01\x00\x41" + _sleb(adresse) + b"\x0b\x01" + bytes([byte])))


PRUEFEN = r"""
const fs = require('fs');
const memory = new WebAssembly.Memory({ initial: 1 });
const table = new WebAssembly.Table({ initial: 16, element: 'anyfunc' });
const modul = new WebAssembly.Module(fs.readFileSync(process.argv[1]));
new WebAssembly.Instance(modul, { __wasm_split: { memory, __indirect_function_table: table } });
const b = new Uint8Array(memory.buffer);
console.log(JSON.stringify({ daten: [b[10], b[20]], aufrufe: [table.get(3)(), table.get(4)()],
  importe: WebAssembly.Module.imports(modul).length,
  exporte: WebAssembly.Module.exports(modul).length }));
"""


class Zusammenfuehren(unittest.TestCase):
    def test_importe_lesen_und_umbenennen(self):
        teil = geteilter_teil(3, 10, 33)
        self.assertEqual([(m, n, k) for m, n, k, _ in teilen.importe(teil)],
                         [("__wasm_split", "memory", 2),
                          ("__wasm_split", "__indirect_function_table", 1)])
        neu = teilen.imports_umbenennen(teil, "__wasm_split", "x")
        self.assertEqual({m for m, *_ in teilen.importe(neu)}, {"x"})
        self.assertNotIn(7, [art for art, *_ in teilen._abschnitte(neu)], "ohne Exporte")

    def test_verschieden_deklarierte_oder_fremde_importe_brechen_ab(self):
        teil = geteilter_teil(3, 10, 33)
        anders = teil.replace(b"\x70\x00\x10", b"\x70\x00\x11")
        with self.assertRaises(ValueError):
            teilen.gemeinsame_importe([teil, anders])
        with self.assertRaises(ValueError):
            teilen.gemeinsame_importe([teilen.imports_umbenennen(teil, "__wasm_split", "x")])
        self.assertEqual(len(teilen.gemeinsame_importe([teil, geteilter_teil(4, 20, 44)])), 2)

    @unittest.skipUnless(shutil.which("wasm-merge") and shutil.which("node"),
                         "wasm-merge (binaryen aus node_modules) und node fehlen")
    def test_zusammengefuehrt_tut_was_die_teile_tun_mit_einem_import_je_name(self):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            (tmp / "chunk_1.wasm").write_bytes(geteilter_teil(3, 10, 33))
            (tmp / "chunk_2.wasm").write_bytes(geteilter_teil(4, 20, 44))
            ziel = tmp / "gemeinsam.wasm"
            teilen.zusammenfuehren([tmp / "chunk_1.wasm", tmp / "chunk_2.wasm"], ziel, tmp)
            ergebnis = json.loads(subprocess.run(["node", "-e", PRUEFEN, str(ziel)], check=True,
                                                 capture_output=True, text=True).stdout)
        self.assertEqual(ergebnis, {"daten": [33, 44], "aufrufe": [33, 44], "importe": 2,
                                    "exporte": 0})


def rohmodul(segmente: list[tuple[str, int, int]]) -> bytes:
    """A raw module as the linker writes it with `--emit-relocs`, by hand: its data segments
    (name, address, length) and their names in the `linking` section."""
    a, leb, name = teilen._abschnitt, teilen._leb_schreiben, teilen._name_schreiben
    daten = leb(len(segmente)) + b"".join(
        b"\x00\x41" + leb(adresse) + b"\x0b" + leb(laenge) + bytes(laenge)
        for _, adresse, laenge in segmente)
    info = leb(len(segmente)) + b"".join(name(n) + b"\x00\x00" for n, _, _ in segmente)
    linking = name("linking") + leb(2) + b"\x08" + leb(1) + b"\x00" + b"\x05" \
        + leb(len(info)) + info  # an empty symbol table first, then the segment names
    return (b"\0asm\x01\0\0\0" + a(5, b"\x01\x00\x01") + a(11, daten) + a(0, linking))


class MehrfachLadbar(unittest.TestCase):
    def test_leb128_mit_und_ohne_vorzeichen(self):
        # Addresses of data segments are signed (i32.const), lengths unsigned.
        self.assertEqual(teilen._leb(b"\xe5\x8e\x26", 0), (624485, 3))
        self.assertEqual(teilen._leb(b"\x80\x80\xc0\x00", 0, vorzeichen=True), (1048576, 4))
        self.assertEqual(teilen._leb(b"\x7f", 0), (127, 1))
        self.assertEqual(teilen._leb(b"\x7f", 0, vorzeichen=True), (-1, 1))

    def test_lesedaten_des_rohmoduls(self):
        roh = rohmodul([(".rodata", 16, 32), (".data", 48, 8), (".bss", 56, 4)])
        self.assertEqual(teilen.lesedaten(roh), (16, 48))
        with self.assertRaises(ValueError):
            teilen.lesedaten(rohmodul([(".data", 48, 8)]))
        with self.assertRaises(ValueError):
            teilen.lesedaten(geteilter_teil(3, 10, 33))  # no linking section

    def test_nur_wer_allein_in_lesedaten_schreibt_darf_zweimal_geladen_werden(self):
        teilen.mehrfach_ladbar(geteilter_teil(3, 10, 33), (10, 11))
        teilen.mehrfach_ladbar(geteilter_teil(3, 10, 33), (0, 64))
        for bereich in [(11, 64), (0, 10)]:  # the byte at 10 would land in .data
            with self.assertRaises(ValueError):
                teilen.mehrfach_ladbar(geteilter_teil(3, 10, 33), bereich)

    def test_leere_segmente_schreiben_nichts(self):
        teil = geteilter_teil(3, 10, 33)
        anfang = next(a for art, a, _, _ in teilen._abschnitte(teil) if art == 11)
        leer = teil[:anfang] + teilen._abschnitt(11, b"\x01\x00\x41\x0a\x0b\x00")
        self.assertEqual(teilen._datensegmente(leer), [(10, 0)])
        teilen.mehrfach_ladbar(leer, (20, 30))

    def test_eigene_globale_variablen_verbieten_es(self):
        teil = geteilter_teil(3, 10, 33)
        mit_global = teil[:8] + teilen._abschnitt(6, b"\x01\x7f\x01\x41\x00\x0b") + teil[8:]
        with self.assertRaises(ValueError):
            teilen.mehrfach_ladbar(mit_global, (0, 64))


class Bedarf(unittest.TestCase):
    def test_je_werkzeug_eigener_teil_und_geteilte(self):
        self.assertEqual(teilgroessen.bedarf(LADER),
                         {"checklisten": ["split_checklisten.wasm", "chunk_1.wasm"]})

    def test_unbekannter_geteilter_teil_oder_fremde_form(self):
        with self.assertRaises(ValueError):
            teilgroessen.bedarf(LADER.replace("[__chunk_1]", "[__chunk_2]"))
        with self.assertRaises(ValueError):
            teilgroessen.bedarf("// anders\n")

    def test_zeilen_rechnen_teil_rest_und_tiefen_link_in_gzip_und_roh(self):
        bedarf = {"b": ["split_b.wasm", "gemeinsam.wasm", "gemeinsam_b.wasm"],
                  "a": ["split_a.wasm"]}
        gz = {"split_a.wasm": 5, "split_b.wasm": 10, "gemeinsam.wasm": 100,
              "gemeinsam_b.wasm": 20}
        roh = {"split_a.wasm": 50, "split_b.wasm": 40, "gemeinsam.wasm": 900,
               "gemeinsam_b.wasm": 70}
        self.assertEqual(teilgroessen.zeilen(bedarf, gz, roh, 1000), [
            # Teil, gz, roh, Rest gz, alle gz, Dateien, Teil+Rest gz, Teil+Rest roh, Link gz
            ("a", 5, 50, 0, 0, 1, 5, 50, 1005),
            ("b", 10, 40, 20, 100, 3, 30, 110, 1130),
        ])


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

    def test_lader_wird_neben_dem_glue_vorgeladen(self):
        html = ('<link rel="modulepreload" href="./app-1.js" crossorigin="anonymous" '
                'integrity="sha384-alt"><link rel="preload" href="./app-1_bg.wasm" as="fetch">')
        neu = teilen.lader_vorladen(html, "app-1.js", "teile/teilung-2.js", b"lader")
        self.assertEqual(
            neu,
            '<link rel="modulepreload" href="./app-1.js" crossorigin="anonymous" '
            'integrity="sha384-alt"><link rel="modulepreload" href="./teile/teilung-2.js" '
            f'crossorigin="anonymous" integrity="{teilen.sri(b"lader")}"><link rel="preload" '
            'href="./app-1_bg.wasm" as="fetch">')
        # The SRI of the glue can still be set anew afterwards: its element is unchanged.
        self.assertIn(teilen.sri(b"g"), teilen.sri_ersetzen(neu, "app-1.js", b"g"))
        with self.assertRaises(ValueError):
            teilen.lader_vorladen(html, "fehlt.js", "teile/teilung-2.js", b"x")


if __name__ == "__main__":
    unittest.main()
