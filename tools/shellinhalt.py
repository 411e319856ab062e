#!/usr/bin/env python3
"""What the shell of the split release build, or one tool's part, is made of: its code bytes
per Rust module path.

Cuts the raw release module (target/wasm32-unknown-unknown/release/upo-werkzeugkasten.wasm,
which still has its name section) with wasm-split-cli as tools/teilen.py does, reads the
function sizes and names of the shell (or of the part `split_<teil>.wasm`, which keeps its
names too), and sums them per module path of the mangled symbol
(`upo_werkzeugkasten::tools::budgetmonitor`, `serde_json::value` …), to the given depth.
Figures before wasm-opt: they show where the size comes from, not the gzip size
(`make groessen` prints that). Figures, not a test (issue 24).

    make dist && python3 tools/shellinhalt.py [tiefe=3] [zeilen=40] [modul.wasm] [teil]

Pure functions are tested in tools/tests/test_shellinhalt.py.
"""

import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from teilen import _abschnitte, _leb, importe  # the module reading of the split step


def _name(daten: bytes, stelle: int) -> tuple[str, int]:
    laenge, stelle = _leb(daten, stelle)
    return daten[stelle:stelle + laenge].decode("utf-8", "replace"), stelle + laenge


def funktionen(modul: bytes) -> list[tuple[str, int]]:
    """(name, body size in bytes) of every function the module defines, in order; functions
    without a name in the name section are called `?`."""
    # Imported functions come first in the index space of functions.
    importiert = sum(1 for _, _, art, _ in importe(modul) if art == 0)
    groessen, namen = [], {}
    for art, _, stelle, ende in _abschnitte(modul):
        if art == 10:  # code
            anzahl, s = _leb(modul, stelle)
            for _ in range(anzahl):
                groesse, s = _leb(modul, s)
                groessen.append(groesse)
                s += groesse
        elif art == 0:  # custom: the name section's function names
            name, s = _name(modul, stelle)
            while name == "name" and s < ende:
                unterart = modul[s]
                unterlaenge, s = _leb(modul, s + 1)
                if unterart == 1:
                    anzahl, t = _leb(modul, s)
                    for _ in range(anzahl):
                        index, t = _leb(modul, t)
                        namen[index], t = _name(modul, t)
                s += unterlaenge
    return [(namen.get(importiert + i, "?"), g) for i, g in enumerate(groessen)]


_HASH = re.compile(r"h[0-9a-f]{16}")


def pfad(symbol: str) -> list[str]:
    """Module path of a legacy-mangled Rust symbol (`_ZN4core5slice4sort…E`), without the
    trailing hash; other names are one segment (`(v0)` for v0 mangling)."""
    if symbol.startswith("_R"):
        return ["(v0)"]
    if not symbol.startswith("_ZN"):
        return [symbol.split("::")[0] if "::" in symbol else "(sonstige)"]
    teile, stelle = [], 3
    while stelle < len(symbol) and symbol[stelle].isdigit():
        anfang = stelle
        while symbol[stelle].isdigit():
            stelle += 1
        laenge = int(symbol[anfang:stelle])
        teile.append(symbol[stelle:stelle + laenge])
        stelle += laenge
    return [t for t in teile if not _HASH.fullmatch(t)]


def summen(funktionen_: list[tuple[str, int]], tiefe: int) -> Counter:
    """Code bytes per module path cut to `tiefe` segments."""
    ergebnis: Counter = Counter()
    for name, groesse in funktionen_:
        ergebnis["::".join(pfad(name)[:tiefe])] += groesse
    return ergebnis


def main() -> None:
    tiefe = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    zeilen = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    roh = Path(sys.argv[3] if len(sys.argv) > 3
               else "target/wasm32-unknown-unknown/release/upo-werkzeugkasten.wasm")
    teil = sys.argv[4] if len(sys.argv) > 4 else None
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["wasm-split-cli", str(roh), tmp], check=True, capture_output=True)
        datei = Path(tmp) / (f"split_{teil}.wasm" if teil else "main.wasm")
        if not datei.exists():
            sys.exit(f"Kein Teil {teil!r}: {', '.join(sorted(p.stem[6:] for p in Path(tmp).glob('split_*.wasm')))}")
        liste = funktionen(datei.read_bytes())
    gesamt = sum(g for _, g in liste)
    print(f"{f'Teil {teil}' if teil else 'Shell'} vor wasm-opt: {len(liste)} Funktionen, {gesamt} Byte Code")
    for name, groesse in summen(liste, tiefe).most_common(zeilen):
        print(f"{groesse:>10} {groesse * 100 / gesamt:5.1f} %  {name}")


if __name__ == "__main__":
    main()
