#!/usr/bin/env bash
# Generates the gazetteer TSV files into OUTDIR from the npm packages pinned in
# package-lock.json. Called by Maven (exec-maven-plugin, generate-resources).
# Does nothing when the outputs are newer than every input, so rebuilds stay fast.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:?usage: build.sh OUTDIR}"

if [ ! -d "$here/node_modules" ] || [ "$here/package-lock.json" -nt "$here/node_modules" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  # npm ci may leave the directory's own mtime older than the lockfile.
  touch "$here/node_modules"
fi

for output in countries.tsv cities.tsv; do
  for input in build.mjs build.sh package-lock.json; do
    if [ ! "$out/$output" -nt "$here/$input" ]; then
      exec node "$here/build.mjs" "$out"
    fi
  done
done
