"""Native tests of the service worker's file list (tools/offline.py)."""

import base64
import hashlib
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import offline  # noqa: E402

VORLAGE = "const VERSION = '__UPO_VERSION__';\nconst DATEIEN = __UPO_DATEIEN__;\n"


class Dateiliste(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dist = Path(self.tmp.name)
        (self.dist / "fira-sans").mkdir()
        (self.dist / "index.html").write_text("<html></html>")
        (self.dist / "app-1.wasm").write_bytes(b"\0asm")
        (self.dist / "fira-sans" / "F.woff2").write_bytes(b"font")
        (self.dist / "betreiber.json").write_text("{}")
        (self.dist / "sw.js").write_text(VORLAGE)
        (self.dist / ".stage").mkdir()
        (self.dist / ".stage" / "x").write_text("temp")

    def tearDown(self):
        self.tmp.cleanup()

    def test_jede_datei_mit_sri_hash_ohne_sw_und_betreiber(self):
        dateien = offline.dateiliste(self.dist)
        self.assertEqual(list(dateien), ["app-1.wasm", "fira-sans/F.woff2", "index.html"])
        erwartet = "sha256-" + base64.b64encode(hashlib.sha256(b"\0asm").digest()).decode()
        self.assertEqual(dateien["app-1.wasm"], erwartet)

    def test_version_folgt_namen_und_inhalten(self):
        vorher = offline.version(offline.dateiliste(self.dist))
        self.assertRegex(vorher, r"^[0-9a-f]{16}$")
        self.assertEqual(vorher, offline.version(offline.dateiliste(self.dist)))
        (self.dist / "betreiber.json").write_text('{"behoerde": "x"}')
        self.assertEqual(vorher, offline.version(offline.dateiliste(self.dist)),
                         "betreiber.json ändert die Version nicht")
        (self.dist / "fira-sans" / "F.woff2").write_bytes(b"font2")
        self.assertNotEqual(vorher, offline.version(offline.dateiliste(self.dist)))

    def test_sw_wird_gefuellt(self):
        version = offline.sw_schreiben(self.dist)
        text = (self.dist / "sw.js").read_text()
        self.assertIn(f"const VERSION = '{version}';", text)
        self.assertIn('"index.html": "sha256-', text)
        self.assertNotIn("__UPO_", text)

    def test_fehlender_platzhalter_bricht_ab(self):
        with self.assertRaises(ValueError):
            offline.sw_fuellen("const VERSION = '__UPO_VERSION__';", {"index.html": "x"})
        (self.dist / "index.html").unlink()
        with self.assertRaises(ValueError):
            offline.sw_schreiben(self.dist)


if __name__ == "__main__":
    unittest.main()
