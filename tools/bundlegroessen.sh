#!/usr/bin/env bash
# Prints the size of what a browser downloads from dist/: wasm, JavaScript and CSS, raw and
# gzip -9 (what a web server with compression sends). Fonts and licence texts are listed apart;
# the single file (make einzeldatei) last, if it was built.
set -euo pipefail
cd "$(dirname "$0")/../dist"

summe() { # pattern → "raw gzip"
  local roh=0 gz=0
  for datei in $1; do
    [ -f "$datei" ] || continue
    roh=$((roh + $(stat -c %s "$datei")))
    gz=$((gz + $(gzip -9 -c "$datei" | wc -c)))
  done
  echo "$roh $gz"
}

printf '\nBundle-Größen (dist/)\n'
printf '%-10s %12s %12s\n' "Art" "roh (Byte)" "gzip (Byte)"
for art in wasm js css; do
  read -r roh gz < <(summe "*.$art")
  printf '%-10s %12d %12d\n' "$art" "$roh" "$gz"
done
read -r roh gz < <(summe "fira-sans/*.woff2")
printf '%-10s %12d %12d\n' "woff2" "$roh" "$gz"
einzel=../dist-einzeldatei/upo-werkzeugkasten.html
if [ -f "$einzel" ]; then
  printf '%-10s %12d %12d\n' "einzeldatei" "$(stat -c %s "$einzel")" "$(gzip -9 -c "$einzel" | wc -c)"
fi
