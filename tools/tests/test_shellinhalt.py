"""Tests of tools/shellinhalt.py on a hand-made module (issue 24: where the shell's size comes
from)."""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shellinhalt import funktionen, pfad, summen  # noqa: E402


def _leb(zahl: int) -> bytes:
    aus = bytearray()
    while True:
        byte = zahl & 0x7F
        zahl >>= 7
        if zahl:
            aus.append(byte | 0x80)
        else:
            aus.append(byte)
            return bytes(aus)


def _text(t: str) -> bytes:
    return _leb(len(t.encode())) + t.encode()


def _abschnitt(art: int, inhalt: bytes) -> bytes:
    return bytes([art]) + _leb(len(inhalt)) + inhalt


def _modul(namen: dict[int, str], koerper: list[int]) -> bytes:
    """One imported function (index 0), then one defined function per body size."""
    importe = _leb(1) + _text("env") + _text("f") + b"\x00" + _leb(0)
    code = _leb(len(koerper)) + b"".join(_leb(g) + b"\x00" * g for g in koerper)
    liste = _leb(len(namen)) + b"".join(_leb(i) + _text(n) for i, n in sorted(namen.items()))
    name = _text("name") + b"\x01" + _leb(len(liste)) + liste
    return (b"\0asm\x01\0\0\0" + _abschnitt(2, importe) + _abschnitt(10, code)
            + _abschnitt(0, name))


class Shellinhalt(unittest.TestCase):
    def test_groessen_und_namen_nach_dem_import_versetzt(self):
        modul = _modul({0: "import", 1: "_ZN4core5slice4sort6stable17h0123456789abcdefE",
                        2: "_ZN10serde_json5value2de17hfedcba9876543210E"}, [300, 5])
        self.assertEqual(funktionen(modul), [
            ("_ZN4core5slice4sort6stable17h0123456789abcdefE", 300),
            ("_ZN10serde_json5value2de17hfedcba9876543210E", 5),
        ])

    def test_ohne_namen_und_keine_wasm_datei(self):
        self.assertEqual(funktionen(_modul({}, [7])), [("?", 7)])
        with self.assertRaises(ValueError):
            funktionen(b"PK\x03\x04")

    def test_pfad_und_summen(self):
        self.assertEqual(pfad("_ZN4core5slice4sort6stable17h0123456789abcdefE"),
                         ["core", "slice", "sort", "stable"])
        self.assertEqual(pfad("_RNvCs123_4core3foo"), ["(v0)"])
        self.assertEqual(pfad("memcpy"), ["(sonstige)"])
        liste = [("_ZN4core5slice4sort6stable17h0123456789abcdefE", 300),
                 ("_ZN4core5slice4sort6shared17h0123456789abcdefE", 20),
                 ("_ZN4core3fmt5write17h0123456789abcdefE", 4)]
        self.assertEqual(summen(liste, 2), {"core::slice": 320, "core::fmt": 4})
        self.assertEqual(summen(liste, 1), {"core": 324})


if __name__ == "__main__":
    unittest.main()
