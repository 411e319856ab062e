#!/usr/bin/env python3
"""Trunk pre_build hook: the part of KERN UX's stylesheet that the app uses.

`public/vendor/kern-ux/kern.min.css` stays the unmodified file of the npm package (340 KB, 2,671
`kern-` classes, among them an icon set as data URIs). The app uses fewer than a hundred of
those classes, and every visitor downloaded and parsed all of it before the start page could
appear (issue 24). This hook writes `target/kern.css`, which index.html links: the same file
without the rules that can match nothing in this app.

A rule is dropped only when every selector of its list needs, outside any parentheses or
brackets, a `kern-` class that no source of the app names. The sources are every file under
`src/` and `style/`, and index.html. A class counts as named when the sources hold it as a
word, or when they hold a prefix of it that ends in `-` or `_` (`format!("kern-btn--{art}")`
names every `kern-btn--…`). Everything else stays as it is: element and attribute selectors,
custom properties, `@font-face`, `@keyframes`, and classes inside `:not()`, `:is()`, `:has()`.
So a class that appears in the app's code is never styled differently; a class that does not
appear cannot be on any element the app draws.

The file is generated; do not edit it. `python3 tools/kernauszug.py --bericht` prints what it
kept.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PROJEKT = Path(__file__).resolve().parent.parent
QUELLE = PROJEKT / "public" / "vendor" / "kern-ux" / "kern.min.css"
ZIEL = PROJEKT / "target" / "kern.css"

# At-rules whose block holds rules (filtered inside); all others are kept whole.
GRUPPIERENDE = {"media", "supports", "layer", "container", "scope", "document"}

WORT = re.compile(r"kern-[A-Za-z0-9_-]+")
KLASSE = re.compile(r"\.((?:\\.|[A-Za-z0-9_-])+)")


def genannte_klassen(texte: list[str]) -> tuple[set[str], tuple[str, ...]]:
    """The `kern-` words of the sources, and those of them that are prefixes (end in - or _)."""
    woerter: set[str] = set()
    for text in texte:
        woerter.update(WORT.findall(text))
    praefixe = tuple(sorted(w for w in woerter if w.endswith(("-", "_"))))
    return woerter, praefixe


def quellen() -> list[str]:
    """The texts in which the app names classes."""
    dateien = [PROJEKT / "index.html"]
    for ordner in ("src", "style"):
        dateien.extend(p for p in sorted((PROJEKT / ordner).rglob("*")) if p.is_file())
    return [p.read_text(encoding="utf-8") for p in dateien]


def _uebersprungen(text: str, i: int) -> int | None:
    """Index after the escape, string or comment that starts at `i`; None at any other
    character. What stands inside them never opens or closes anything."""
    if text[i] == "\\":
        return i + 2
    if text[i] in "\"'":
        return _ende_der_zeichenkette(text, i)
    if text.startswith("/*", i):
        return text.index("*/", i + 2) + 2
    return None


def _ende_von(text: str, i: int, schliessend: str) -> int:
    """Index after the bracket that closes the one before `i`, skipping strings and nesting."""
    paare = {"(": ")", "[": "]", "{": "}"}
    stapel = [schliessend]
    while i < len(text):
        weiter = _uebersprungen(text, i)
        if weiter is not None:
            i = weiter
            continue
        z = text[i]
        if z in paare:
            stapel.append(paare[z])
        elif z == stapel[-1]:
            stapel.pop()
            if not stapel:
                return i + 1
        i += 1
    raise ValueError("CSS endet mitten in einem Block")


def _ende_der_zeichenkette(text: str, i: int) -> int:
    anfuehrung = text[i]
    i += 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == anfuehrung:
            return i + 1
        i += 1
    raise ValueError("CSS endet mitten in einer Zeichenkette")


def _bis(text: str, i: int, zeichen: str) -> int:
    """Index of the first of `zeichen` at depth 0 from `i` (outside strings and brackets)."""
    while i < len(text):
        weiter = _uebersprungen(text, i)
        if weiter is not None:
            i = weiter
            continue
        z = text[i]
        if z in zeichen:
            return i
        if z in "([":
            i = _ende_von(text, i + 1, ")" if z == "(" else "]")
            continue
        i += 1
    return len(text)


def selektoren(liste: str) -> list[str]:
    """The selectors of a selector list (split at commas at depth 0)."""
    teile, i = [], 0
    while i <= len(liste):
        j = _bis(liste, i, ",")
        teile.append(liste[i:j])
        i = j + 1
    return teile


def _ohne_klammern(selektor: str) -> str:
    """The selector without what stands inside (), [] and strings."""
    aussen, i = [], 0
    while i < len(selektor):
        z = selektor[i]
        if z == "\\":
            aussen.append(selektor[i : i + 2])
            i += 2
        elif z in "([":
            i = _ende_von(selektor, i + 1, ")" if z == "(" else "]")
            aussen.append(" ")
        elif z in "\"'":
            i = _ende_der_zeichenkette(selektor, i)
        else:
            aussen.append(z)
            i += 1
    return "".join(aussen)


def kann_treffen(selektor: str, woerter: set[str], praefixe: tuple[str, ...]) -> bool:
    """False when the selector needs a `kern-` class the app never names."""
    for klasse in KLASSE.findall(_ohne_klammern(selektor)):
        if klasse.startswith("kern-") and klasse not in woerter and not klasse.startswith(praefixe):
            return False
    return True


def auszug(css: str, woerter: set[str], praefixe: tuple[str, ...]) -> str:
    """`css` without the rules that can match nothing (see the module's text)."""
    aus, i = [], 0
    while i < len(css):
        if css[i].isspace():
            i += 1
            continue
        if css.startswith("/*", i):
            ende = css.index("*/", i + 2) + 2
            if css.startswith("/*!", i):
                aus.append(css[i:ende])
            i = ende
            continue
        kopf_ende = _bis(css, i, "{;}")
        if kopf_ende >= len(css) or css[kopf_ende] == "}":
            raise ValueError(f"unerwartetes Ende einer Regel bei Zeichen {i}")
        kopf = css[i:kopf_ende].strip()
        if css[kopf_ende] == ";":
            aus.append(css[i : kopf_ende + 1])
            i = kopf_ende + 1
            continue
        block_ende = _ende_von(css, kopf_ende + 1, "}")
        block = css[kopf_ende + 1 : block_ende - 1]
        i = block_ende
        if kopf.startswith("@"):
            name = re.match(r"@([A-Za-z-]+)", kopf).group(1).lower()
            if name in GRUPPIERENDE:
                innen = auszug(block, woerter, praefixe)
                if innen:
                    aus.append(f"{kopf}{{{innen}}}")
            else:
                aus.append(f"{kopf}{{{block}}}")
            continue
        bleiben = [s for s in selektoren(kopf) if kann_treffen(s, woerter, praefixe)]
        if bleiben:
            aus.append(f"{','.join(s.strip() for s in bleiben)}{{{block}}}")
    return "".join(aus)


def main() -> None:
    woerter, praefixe = genannte_klassen(quellen())
    css = QUELLE.read_text(encoding="utf-8")
    # The note goes last: nothing may stand before `@charset`.
    text = auszug(css, woerter, praefixe) + (
        "\n/* KERN UX: kern.min.css ohne die Regeln, die in dieser App nichts treffen können;"
        " erzeugt von tools/kernauszug.py. */\n"
    )
    if "--bericht" in sys.argv:
        klassen = sorted(set(KLASSE.findall(text)) & {k for k in woerter} | set(praefixe))
        print(f"{len(css)} -> {len(text)} Zeichen; genannte kern-Klassen: {', '.join(klassen)}")
    ZIEL.parent.mkdir(parents=True, exist_ok=True)
    # Rewriting an unchanged file would make `trunk serve` rebuild in a loop.
    if not ZIEL.exists() or ZIEL.read_text(encoding="utf-8") != text:
        ZIEL.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
