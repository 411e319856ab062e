#!/usr/bin/env bash
# Prints the size of what a browser downloads from dist/, raw and gzip -9 (what a web server
# with compression sends): first the shell, which every visit loads (the app's wasm, its
# JavaScript with the loader of the tools' parts, CSS, index.html), then the tools' parts of
# the split build (teile/, fetched on a tool's first visit; per tool by tools/teilgroessen.py),
# the export worker, fetched on the first Excel export only, then fonts; the single file (make
# einzeldatei) last, if it was built.
#
# Fails when the shell is larger than BUDGET_APP_GZIP bytes gzip (set in the Makefile), and
# when the app's own WebAssembly modules contain the xlsx writer (issue 14: the writer lives in
# the export worker only). The check looks for the path of a worksheet inside the zip
# container, a text only the writer has.
set -euo pipefail
cd "$(dirname "$0")/../dist"

summe() { # files → "raw gzip"
  local roh=0 gz=0
  for datei in "$@"; do
    [ -f "$datei" ] || continue
    roh=$((roh + $(stat -c %s "$datei")))
    gz=$((gz + $(gzip -9 -c "$datei" | wc -c)))
  done
  echo "$roh $gz"
}

shopt -s nullglob
app_wasm=(upo-werkzeugkasten-*_bg.wasm)
app_js=()
for datei in *.js; do
  case "$datei" in xlsx-worker-*|sw.js) ;; *) app_js+=("$datei") ;; esac
done
app_js+=(teile/teilung-*.js)
teile=(teile/*.wasm)
worker=(xlsx-worker-*)

printf '\nBundle-Größen (dist/)\n'
printf '%-22s %12s %12s\n' "Teil" "roh (Byte)" "gzip (Byte)"
zeile() { local name=$1; shift; read -r roh gz < <(summe "$@"); printf '%-22s %12d %12d\n' "$name" "$roh" "$gz"; }
zeile "App: wasm" "${app_wasm[@]}"
zeile "App: js" "${app_js[@]}"
zeile "App: css" *.css
zeile "App: zusammen" "${app_wasm[@]}" "${app_js[@]}" *.css index.html
zeile "Werkzeugteile: alle" "${teile[@]}"
zeile "Export-Worker" "${worker[@]}"
zeile "woff2" fira-sans/*.woff2
einzel=../dist-einzeldatei/upo-werkzeugkasten.html
if [ -f "$einzel" ]; then
  zeile "einzeldatei" "$einzel"
fi

read -r _ app_gz < <(summe "${app_wasm[@]}" "${app_js[@]}" *.css index.html)
if [ -n "${BUDGET_APP_GZIP:-}" ]; then
  if [ "$app_gz" -gt "$BUDGET_APP_GZIP" ]; then
    echo "FEHLER: Die App ist gzip $app_gz Byte groß, das Budget $BUDGET_APP_GZIP Byte (Makefile: BUDGET_APP_GZIP)." >&2
    exit 1
  fi
  echo "Budget der App: $app_gz von $BUDGET_APP_GZIP Byte gzip."
fi
if [ "${#teile[@]}" -gt 0 ]; then
  python3 ../tools/teilgroessen.py "$app_gz" .
fi
if [ "${#app_wasm[@]}" -ne 1 ] || [ "${#worker[@]}" -ne 3 ]; then
  echo "FEHLER: erwartet genau ein App-Modul und drei Dateien des Export-Workers." >&2
  exit 1
fi
if grep -q -a "xl/worksheets/" "${app_wasm[0]}" "${teile[@]}"; then
  echo "FEHLER: Das App-Modul enthält den xlsx-Schreiber; er gehört nur in den Export-Worker." >&2
  exit 1
fi
if ! grep -q -a "xl/worksheets/" xlsx-worker-*_bg.wasm; then
  echo "FEHLER: Der Export-Worker enthält den xlsx-Schreiber nicht (Prüfung wirkungslos?)." >&2
  exit 1
fi
echo "Das App-Modul enthält den xlsx-Schreiber nicht (er liegt im Export-Worker)."
