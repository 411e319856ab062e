"""Native tests of the extract of KERN UX's stylesheet (tools/kernauszug.py): which rules go,
which stay, and that the real file is read whole. That the pages still look and read right is
tested end to end (axe on every route runs on the build that links the extract)."""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import kernauszug  # noqa: E402

WOERTER, PRAEFIXE = kernauszug.genannte_klassen(
    ['<a class="kern-link kern-table__cell">', 'format!("kern-btn kern-btn--{art}")']
)


def auszug(css: str) -> str:
    return kernauszug.auszug(css, WOERTER, PRAEFIXE)


class GenannteKlassen(unittest.TestCase):
    def test_woerter_und_praefixe(self):
        self.assertEqual(PRAEFIXE, ("kern-btn--",))
        self.assertTrue({"kern-link", "kern-table__cell", "kern-btn"} <= WOERTER)


class Auszug(unittest.TestCase):
    def test_regel_mit_ungenannter_klasse_faellt(self):
        self.assertEqual(auszug(".kern-link{color:red}.kern-card{padding:0}"), ".kern-link{color:red}")

    def test_nur_die_toten_selektoren_einer_liste_fallen(self):
        self.assertEqual(
            auszug("[data-kern-theme=dark],.kern-dark,.kern-link:hover{x:1}"),
            "[data-kern-theme=dark],.kern-link:hover{x:1}",
        )

    def test_praefix_aus_format_haelt_jede_variante(self):
        self.assertEqual(auszug(".kern-btn--primary{a:1}.kern-btnx{b:2}"), ".kern-btn--primary{a:1}")

    def test_klassen_in_klammern_halten_die_regel(self):
        # body:has(.kern-dialog[open]) matches a page without a dialog too: never dropped.
        css = "body:has(.kern-dialog[open]){overflow:hidden}*:not(.kern-icon){a:1}[class*=kern-card]{b:2}"
        self.assertEqual(auszug(css), css)

    def test_andere_klassen_und_elemente_bleiben(self):
        css = ":root{--kern-x:1px}html{margin:0}.fremd .kern-link{c:3}"
        self.assertEqual(auszug(css), css)

    def test_zusammengesetzter_selektor_braucht_jede_klasse(self):
        self.assertEqual(auszug(".kern-link.kern-card{a:1}.kern-card .kern-link{b:2}"), "")

    def test_media_wird_innen_gefiltert_und_leer_entfernt(self):
        self.assertEqual(
            auszug("@media (min-width:768px){.kern-card{a:1}.kern-link{b:2}}@media print{.kern-card{c:3}}"),
            "@media (min-width:768px){.kern-link{b:2}}",
        )

    def test_andere_at_regeln_bleiben_ganz(self):
        css = '@charset "UTF-8";@keyframes kern-spin{0%{a:0}to{a:1}}@font-face{font-family:x}'
        self.assertEqual(auszug(css), css)

    def test_zeichenketten_und_escapes_brechen_nichts(self):
        css = '.kern-link:after{content:"}{,"}.kern-card{content:"\\""}'
        self.assertEqual(auszug(css), '.kern-link:after{content:"}{,"}')

    def test_lizenzkommentar_bleibt_andere_fallen(self):
        self.assertEqual(auszug("/*! Lizenz */.kern-card{a:1}/* weg */html{b:2}"), "/*! Lizenz */html{b:2}")

    def test_unvollstaendiges_css_wird_gemeldet(self):
        with self.assertRaises(ValueError):
            auszug(".kern-link{color:red")


class EchteDatei(unittest.TestCase):
    def test_die_app_datei_wird_ganz_gelesen_und_behaelt_was_die_app_nennt(self):
        woerter, praefixe = kernauszug.genannte_klassen(kernauszug.quellen())
        css = kernauszug.QUELLE.read_text(encoding="utf-8")
        alles = kernauszug.auszug(css, {k for k in kernauszug.KLASSE.findall(css)}, ())
        # With every class named, nothing is dropped but whitespace and plain comments.
        self.assertEqual(alles.count("{"), css.count("{"))
        aus = kernauszug.auszug(css, woerter, praefixe)
        self.assertLess(len(aus), len(css) // 2)
        for klasse in ("kern-btn--primary", "kern-table__header", "kern-alert--danger", "kern-sr-only"):
            self.assertIn(f".{klasse}", aus, klasse)
        self.assertNotIn(".kern-card", aus)
        self.assertTrue(aus.startswith('@charset "UTF-8";'))


if __name__ == "__main__":
    unittest.main()
