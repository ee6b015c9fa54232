#!/usr/bin/env bash
# The end-to-end benchmark: builds the benchmarks jar, writes a ~1 GB MediaWiki dump (10,000
# relations articles among ~146,000 unrelated pages, talk pages and redirects) unless it exists,
# and ingests it into a fresh database with -Xmx256m, printing MB/s, pages/s and peak heap.
# Then, for comparison, the same ingest through the real command (`bilateral ingest`).
#
# Usage: bench/run-dump-benchmark.sh [WORKDIR]   (default /tmp/bilateral-bench)
# Env:   BYTES (dump size, default 1000000000), PAGES (relations articles, default 10000),
#        SKIP_CLI=1 to leave out the command-line run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/bilateral-bench}"
bytes="${BYTES:-1000000000}"
pages="${PAGES:-10000}"
mkdir -p "$work"
dump="$work/dump-$bytes-$pages.xml"

echo "== build (mvn -Pbench -DskipTests package)"
(cd "$root" && mvn -B -ntp -q -Pbench -DskipTests package) >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
jar="$root/target/benchmarks.jar"

if [ ! -s "$dump" ]; then
  echo "== generate $dump"
  java -cp "$jar" org.bilateral.bench.DumpGenerator "$dump" "$bytes" "$pages"
fi

echo "== machine"
echo "$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1)"

echo "== ingest in-process (DumpIngest), -Xmx256m"
java -Xmx256m -cp "$jar" org.bilateral.bench.DumpBenchmark "$dump" "$work/bench.db"

if [ "${SKIP_CLI:-}" != 1 ]; then
  echo "== ingest through the command: java -Xmx256m -jar target/bilateral.jar ingest"
  rm -f "$work/cli.db"
  start=$(date +%s.%N)
  java -Xmx256m -jar "$root/target/bilateral.jar" ingest --db "$work/cli.db" "$dump"
  end=$(date +%s.%N)
  echo "wall time including JVM start: $(echo "$end - $start" | bc) s"
fi
