#!/usr/bin/env python3
"""Trunk pre_build hook: joins the stylesheets of all tools into one file.

Each tool keeps its styles in its own folder (`src/tools/<slug>/stil.css`), so a new tool
needs no line in index.html. This hook writes them, in the order of their folder names, into
`target/werkzeuge.css`, which index.html links once. The file is generated; do not edit it.
"""

from pathlib import Path

PROJEKT = Path(__file__).resolve().parent.parent
ZIEL = PROJEKT / "target" / "werkzeuge.css"


def main() -> None:
    teile = []
    for stil in sorted((PROJEKT / "src" / "tools").glob("*/stil.css")):
        pfad = stil.relative_to(PROJEKT)
        teile.append(f"/* ---- {pfad} ---- */\n{stil.read_text(encoding='utf-8')}")
    text = "/* Erzeugt von tools/werkzeugstile.py aus src/tools/*/stil.css. */\n" + "\n".join(teile)
    ZIEL.parent.mkdir(parents=True, exist_ok=True)
    # Rewriting an unchanged file would make `trunk serve` rebuild in a loop.
    if not ZIEL.exists() or ZIEL.read_text(encoding="utf-8") != text:
        ZIEL.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
