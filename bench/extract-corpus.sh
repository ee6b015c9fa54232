#!/usr/bin/env bash
# Extracts every article of the dev corpus and the reference article into OUT_DIR, one dossier
# each, with the current build. A speed change must not change what is read: run it before and
# after the change and compare the two folders (diff -r BEFORE AFTER prints nothing when equal).
set -euo pipefail
out="${1:?usage: bench/extract-corpus.sh OUT_DIR}"
here="$(cd "$(dirname "$0")/.." && pwd)"
shared="$here/../shared"
rm -rf "$out" && mkdir -p "$out"
"$here/bilateral" extract --out "$out" "$shared"/corpus/dev/*.txt "$shared"/corpus/dev/*.wiki "$shared"/corpus/mexico-pakistan.txt
echo "$(ls "$out" | wc -l) dossiers in $out"
