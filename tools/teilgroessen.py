#!/usr/bin/env python3
"""Prints, per part of a tool, what its first visit fetches in the split release build
(tools/teilen.py): the part itself, its own merged rest of the shared code
(`gemeinsam_<teil>`), the shared code most parts need (`gemeinsam`, fetched once for all), and
a deep link's total (the shell that every visit loads, given as argument in bytes gzip, plus
those parts). Reads the parts' loader in dist/teile/ to know which shared parts each part
needs; sizes are gzip -9, and raw (what the browser compiles) for the part and for the part
with its rest.

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


def zeilen(bedarf_je_teil: dict[str, list[str]], gzip_groesse: dict[str, int],
           roh_groesse: dict[str, int], shell: int) -> list[tuple]:
    """One row per part, sorted by name: (part, own gzip, own raw, rest gzip, shared gzip,
    files, part + rest gzip, part + rest raw, deep link gzip). The rest is the part's own
    `gemeinsam_<teil>`; the shared code is what every part's first visit needs (`gemeinsam`),
    counted once into the deep link."""
    ergebnis = []
    for teil, dateien in sorted(bedarf_je_teil.items()):
        eigen, weitere = dateien[0], dateien[1:]
        rest = [d for d in weitere if d.startswith("gemeinsam_")]
        alle = sum(gzip_groesse[d] for d in weitere if not d.startswith("gemeinsam_"))
        rest_gz = sum(gzip_groesse[d] for d in rest)
        ergebnis.append((
            teil, gzip_groesse[eigen], roh_groesse[eigen], rest_gz, alle, len(dateien),
            gzip_groesse[eigen] + rest_gz, roh_groesse[eigen] + sum(roh_groesse[d] for d in rest),
            shell + gzip_groesse[eigen] + rest_gz + alle,
        ))
    return ergebnis


def main() -> None:
    shell = int(sys.argv[1])
    teile = Path(sys.argv[2] if len(sys.argv) > 2 else "dist") / "teile"
    lader = next(teile.glob("teilung-*.js"))
    wasm = list(teile.glob("*.wasm"))
    gzip_groesse = {p.name: gz(p) for p in wasm}
    roh_groesse = {p.name: p.stat().st_size for p in wasm}
    print(f"\nWerkzeugteile ({len(wasm)} Dateien in teile/; Byte, gzip -9 und roh)")
    print("Teil: eigener Teil; Rest: was er mit weniger als der Hälfte der Teile teilt "
          "(gemeinsam_<Teil>); alle: was mindestens die Hälfte braucht (gemeinsam, einmal "
          "für alle);\nTeil+Rest: was ein Besuch über das von allen Geteilte hinaus lädt "
          "(Ziel Issue 24: 150.000 gzip); Tiefer Link: die Shell dazu.")
    print(f"{'Teil':<30} {'Teil gz':>8} {'roh':>8} {'Rest gz':>8} {'alle gz':>8} {'Dateien':>7} "
          f"{'Teil+Rest gz':>13} {'roh':>8} {'Tiefer Link gz':>15}")
    for (teil, eigen, eigen_roh, rest, alle, dateien, zusammen, zusammen_roh,
         tief) in zeilen(bedarf(lader.read_text(encoding="utf-8")), gzip_groesse, roh_groesse,
                         shell):
        print(f"{teil:<30} {eigen:>8} {eigen_roh:>8} {rest:>8} {alle:>8} {dateien:>7} "
              f"{zusammen:>13} {zusammen_roh:>8} {tief:>15}")


if __name__ == "__main__":
    main()
