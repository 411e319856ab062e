"""Offline after the first visit: fills the service worker (public/sw.js, copied by Trunk) with
the version of this build and the exact list of its files with their SHA-256 (SRI form).

Called by the post_build hook (tools/nachbearbeitung.py) after every other change to the
staging directory, so the hashes are those of the files that are shipped. Pure functions
(`dateiliste`, `version`, `sw_fuellen`) are tested in tools/tests/test_offline.py.
"""

import base64
import hashlib
import json
from pathlib import Path

SW = "sw.js"
# Never precached: the service worker itself, and the operator's settings, which are edited
# on the server without a rebuild and fetched network-first.
AUSGENOMMEN = {SW, "betreiber.json"}
PLATZHALTER_VERSION = "__UPO_VERSION__"
PLATZHALTER_DATEIEN = "__UPO_DATEIEN__"


def integritaet(inhalt: bytes) -> str:
    """The SRI value of a file: `sha256-<base64>`."""
    return "sha256-" + base64.b64encode(hashlib.sha256(inhalt).digest()).decode("ascii")


def dateiliste(verzeichnis: Path) -> dict[str, str]:
    """Every shipped file below `verzeichnis` (relative path with `/` → SRI hash), sorted,
    without the service worker and betreiber.json, without hidden files."""
    dateien = {}
    for pfad in sorted(verzeichnis.rglob("*")):
        relativ = pfad.relative_to(verzeichnis).as_posix()
        if not pfad.is_file() or relativ in AUSGENOMMEN:
            continue
        if any(teil.startswith(".") for teil in relativ.split("/")):
            continue
        dateien[relativ] = integritaet(pfad.read_bytes())
    return dateien


def version(dateien: dict[str, str]) -> str:
    """A short version id that changes whenever any file name or content changes."""
    text = "\n".join(f"{name} {wert}" for name, wert in sorted(dateien.items()))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def sw_fuellen(vorlage: str, dateien: dict[str, str]) -> str:
    """The service worker with version and file list filled in; fails if a placeholder is
    missing (a changed template must not silently ship an empty cache list)."""
    for platzhalter in (PLATZHALTER_VERSION, PLATZHALTER_DATEIEN):
        if vorlage.count(platzhalter) != 1:
            raise ValueError(f"{SW}: Platzhalter {platzhalter} nicht genau einmal vorhanden")
    liste = json.dumps(dateien, indent=2, sort_keys=True, ensure_ascii=False)
    return vorlage.replace(PLATZHALTER_VERSION, version(dateien)).replace(PLATZHALTER_DATEIEN, liste)


def sw_schreiben(verzeichnis: Path) -> str:
    """Fills `<verzeichnis>/sw.js` in place and returns the version."""
    dateien = dateiliste(verzeichnis)
    if "index.html" not in dateien:
        raise ValueError("index.html fehlt in der Auslieferung")
    sw = verzeichnis / SW
    sw.write_text(sw_fuellen(sw.read_text(encoding="utf-8"), dateien), encoding="utf-8")
    return version(dateien)
