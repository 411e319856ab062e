"""Native tests of the export worker's file names and meta (tools/nachbearbeitung.py)."""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import nachbearbeitung  # noqa: E402


class Worker(unittest.TestCase):
    def test_namen_tragen_den_inhalt_und_der_start_laedt_beide(self):
        start, dateien = nachbearbeitung.worker_dateien(b"glue", b"\0asm")
        basis = start.removesuffix("-start.js")
        self.assertRegex(basis, r"^xlsx-worker-[0-9a-f]{16}$")
        self.assertEqual(set(dateien), {f"{basis}.js", f"{basis}_bg.wasm", start})
        self.assertEqual(dateien[f"{basis}.js"], b"glue")
        self.assertEqual(dateien[f"{basis}_bg.wasm"], b"\0asm")
        code = dateien[start].decode()
        self.assertIn(f"importScripts('./{basis}.js');", code)
        self.assertIn(f"wasm_bindgen({{ module_or_path: './{basis}_bg.wasm' }})", code)
        self.assertIn("art: 'fehler'", code, "ein nicht ladbares Modul wird gemeldet")

    def test_anderer_inhalt_anderer_name(self):
        a, _ = nachbearbeitung.worker_dateien(b"glue", b"\0asm")
        b, _ = nachbearbeitung.worker_dateien(b"glue", b"\0asm2")
        c, _ = nachbearbeitung.worker_dateien(b"glue2", b"\0asm")
        self.assertEqual(len({a, b, c}), 3)

    def test_meta_steht_im_kopf(self):
        html = "<html><head><title>x</title></head><body></body></html>"
        neu = nachbearbeitung.worker_meta(html, "xlsx-worker-0123456789abcdef-start.js")
        self.assertIn(
            '<meta name="upo-xlsx-worker" content="./xlsx-worker-0123456789abcdef-start.js">\n</head>',
            neu,
        )
        with self.assertRaises(ValueError):
            nachbearbeitung.worker_meta(neu, "y")


if __name__ == "__main__":
    unittest.main()
