#!/usr/bin/env python3
"""Prints, per part of a tool, what its first visit fetches in the split release build
(tools/teilen.py): the part itself, its own merged rest of the shared code
(`gemeinsam_<teil>`), the shared code most parts need (`gemeinsam`, fetched once for all), and
a deep link's total (the shell that every visit loads, given as argument in bytes gzip, plus
those parts). Reads the parts' loader in dist/teile/ to know which shared parts each part
needs; sizes are gzip -9.

    python3 tools/teilgroessen.py <gzip bytes of the shell> [dist]

Called by tools/bundlegroessen.sh. Pure functions are tested in tools/tests/test_teilen.py.
"""

import gzip
import re
import sys
from pathlib import Path

WERKZEUG = re.compile(
    r'export const __wasm_split_load_(?P<slug>\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*'
    r'const src = fetch\(new URL\("\./(?P<datei>[^"]+)"[\s\S]*?\n\}\n, \[(?P<deps>[^\]]*)\]\)\);')
STUECK = re.compile(
    r'const (?P<name>__\w+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\./(?P<datei>[^"]+)"')


def bedarf(lader: str) -> dict[str, list[str]]:
    """Per part the files its first visit fetches: the part itself first, then the shared
    ones. Fails if a part names a shared part the loader does not define."""
    stuecke = {t.group("name"): t.group("datei") for t in STUECK.finditer(lader)}
    werkzeuge = {}
    for t in WERKZEUG.finditer(lader):
        deps = [d.strip() for d in t.group("deps").split(",") if d.strip()]
        fehlend = [d for d in deps if d not in stuecke]
        if fehlend:
            raise ValueError(f"{t.group('slug')}: unbekannte Teile {fehlend}")
        werkzeuge[t.group("slug")] = [t.group("datei"), *(stuecke[d] for d in deps)]
    if not werkzeuge:
        raise ValueError("Lader: kein Werkzeug gefunden (Form geändert?)")
    return werkzeuge


def gz(pfad: Path) -> int:
    return len(gzip.compress(pfad.read_bytes(), compresslevel=9, mtime=0))


def main() -> None:
    shell = int(sys.argv[1])
    teile = Path(sys.argv[2] if len(sys.argv) > 2 else "dist") / "teile"
    lader = next(teile.glob("teilung-*.js"))
    groesse = {p.name: gz(p) for p in teile.glob("*.wasm")}
    print(f"\nWerkzeugteile ({len(groesse)} Dateien in teile/; gzip in Byte)")
    print("Teil: eigener Teil; Rest: was er mit weniger als der Hälfte der Teile teilt "
          "(gemeinsam_<Teil>); alle: was mindestens die Hälfte braucht (gemeinsam, einmal "
          "für alle);\nTeil+Rest: was ein Besuch über das von allen Geteilte hinaus lädt "
          "(Ziel Issue 24: 150.000); Tiefer Link: die Shell dazu.")
    print(f"{'Teil':<30} {'Teil':>8} {'Rest':>9} {'alle':>8} {'Dateien':>8} "
          f"{'Teil+Rest':>14} {'Tiefer Link':>12}")
    for slug, dateien in sorted(bedarf(lader.read_text(encoding="utf-8")).items()):
        eigen = groesse[dateien[0]]
        rest = sum(groesse[d] for d in dateien[1:] if d.startswith("gemeinsam_"))
        alle = sum(groesse[d] for d in dateien[1:] if not d.startswith("gemeinsam_"))
        print(f"{slug:<30} {eigen:>8} {rest:>9} {alle:>8} {len(dateien):>8} "
              f"{eigen + rest:>14} {shell + eigen + rest + alle:>12}")


if __name__ == "__main__":
    main()
