#!/usr/bin/env bash
# Live-preview benchmark: for each size, generates a corpus with the shared gen_corpus.py, starts
# `java -jar target/studysite.jar serve` on it, opens a page in headless Chromium, saves its file EDITS times and
# prints p50/p95 from save to the page showing the new text (swapped in and drawn, or reloaded), for body, title
# and quiz edits; also the cold build time and serve's startup (its first line). MEMORY_EDITS=100 adds that many body edits and prints the
# server's heap after a full GC. See src/test/java/org/studysite/bench/ServeLatency.java.
# Usage: [EDITS=20] [MEMORY_EDITS=0] [GEN_CORPUS=../shared/bench/gen_corpus.py] bash bench/serve-latency.sh [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ $# -eq 0 ] && sizes=(1000 10000)
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
[ -f "$gen" ] || [ -n "${GEN_CORPUS:-}" ] || gen=../../shared/bench/gen_corpus.py   # from a git worktree
[ -f "$gen" ] || { echo "gen_corpus.py not found at $gen: set GEN_CORPUS" >&2; exit 2; }
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "${sizes[@]}"; do
  python3 "$gen" "$n" "$work/c$n" --seed 42 >/dev/null
  echo "== $n notes (load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
  java -cp "$cp" org.studysite.bench.ServeLatency "$work/c$n" "${EDITS:-20}" "${MEMORY_EDITS:-0}"
  echo "   (load after: $(cut -d' ' -f1-3 /proc/loadavg))"
  rm -rf "$work/c$n"
done
