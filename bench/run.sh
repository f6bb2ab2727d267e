#!/usr/bin/env bash
# Benchmark: cold builds (JVM start included) of the shared peer corpus, studysite against Hugo in the same run.
# For each size: generate the corpus with the peer kit's gen_corpus.py (its quizzes dropped, as Hugo ignores
# them), then build it REPEAT times with each tool, alternately (studysite, hugo, studysite, …), each into a new
# folder. Prints the medians of wall time, peak memory and CPU time (user + sys, children included: steadier than
# wall time on a shared machine) from /usr/bin/time, their ratios, the machine's load, the
# search share of studysite's build (STUDYSITE_TIMINGS=1) and the search index size per 1,000 notes; then, on the
# last studysite build, the bytes (gzip) a search fetches, typed key by key (src/test/js/search-site/bytes.check.js),
# and the query time in Chromium once its files are loaded (SearchQueryTimeTest).
# Usage: [BENCH_KIT=../shared/bench] [REPEAT=3] [JAVA_OPTS=…] bash bench/run.sh [SIZES...]   (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
kit=$(realpath "${BENCH_KIT:-../shared/bench}")
[ -f "$kit/gen_corpus.py" ] || { echo "peer kit not found at $kit (set BENCH_KIT to the folder with gen_corpus.py)" >&2; exit 2; }
command -v hugo >/dev/null || { echo "hugo is not installed (apt-get install -y hugo)" >&2; exit 2; }
repeat=${REPEAT:-3}
sizes=("$@")
[ $# -eq 0 ] && sizes=(1000 10000)
queries=${QUERIES:-'tcp handshake|congestion window|write-ahead log|buffer pool vacuum|dedupliction|"leader election"|functools.lru_cache'}
mvn -B -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# measure NAME CMD…: appends "seconds peakKiB user-s sys-s" to $work/NAME; STUDYSITE_TIMINGS lines go to $work/NAME.timings
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  cat "$work/time" >> "$work/$name"
  # per run: "search-ms stages-ms" (search is part of render+write)
  awk '$1 == "search" {s += $2} $1 ~ /^(load|resolve|render\+write|commit)$/ {t += $2} END {print s + 0, t + 0}' \
    "$work/err" >> "$work/$name.timings"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
col() { awk -v c="$1" '{print $c}' "$2" | median; }
cpu() { awk '{print $3 + $4}' "$1" | median; }
printf '%-6s %-18s %-18s %-11s %-11s %-16s %-8s %-16s %-14s\n' notes "studysite s (MiB)" "hugo s (MiB)" "time ratio" "mem ratio" "cpu s (ratio)" search "index/1k notes" "load (1,5 min)"
for n in "${sizes[@]}"; do
  echo "$n notes:" >> "$work/report"
  python3 "$kit/gen_corpus.py" "$n" "$work/c$n" --seed 42 >/dev/null
  rm -rf "$work/c$n/quizzes"
  : > "$work/s$n"; : > "$work/h$n"; : > "$work/s$n.timings"
  for ((i = 1; i <= repeat; i++)); do
    # shellcheck disable=SC2086
    STUDYSITE_TIMINGS=1 measure "s$n" java ${JAVA_OPTS:-} -jar target/studysite.jar build --content "$work/c$n" --out "$work/o$n.$i"
    measure "h$n" bash "$kit/peers/hugo.sh" "$work/c$n" "$work/h$n.$i"
    [ "$i" -lt "$repeat" ] && rm -rf "$work/o$n.$i"
    rm -rf "$work/h$n.$i"
  done
  ss=$(col 1 "$work/s$n"); sm=$(col 2 "$work/s$n"); hs=$(col 1 "$work/h$n"); hm=$(col 2 "$work/h$n")
  search_ms=$(col 1 "$work/s$n.timings"); total_ms=$(col 2 "$work/s$n.timings")
  index=$(du -sb "$work/o$n.$repeat/search" | awk -v n="$n" '{printf "%.0f KB", $1 / 1024 / n * 1000}')
  sc=$(cpu "$work/s$n"); hc=$(cpu "$work/h$n")
  printf '%-6s %-18s %-18s %-11s %-11s %-16s %-8s %-16s %-14s\n' "$n" "$ss ($((sm / 1024)))" "$hs ($((hm / 1024)))" \
    "$(awk -v a="$ss" -v b="$hs" 'BEGIN {printf "%.2f", a / b}')" "$(awk -v a="$sm" -v b="$hm" 'BEGIN {printf "%.2f", a / b}')" \
    "$sc/$hc ($(awk -v a="$sc" -v b="$hc" 'BEGIN {printf "%.2f", a / b}'))" \
    "$(awk -v a="$search_ms" -v b="$total_ms" 'BEGIN {printf "%.1f%%", 100 * a / b}')" "$index" \
    "$(awk '{print $1 "," $2}' /proc/loadavg)"
  site="$work/o$n.$repeat"
  SEARCH_SITE="$site" SEARCH_FIRST_BUDGET=1e9 SEARCH_KEY_BUDGET=1e9 SEARCH_QUERIES="$queries" \
    node --test src/test/js/search-site/bytes.check.js 2>&1 | grep -o 'search bytes: .*' | sed 's/^/  /' >> "$work/report"
  mvn -B -q -o test -Dtest=SearchQueryTimeTest -Dsurefire.failIfNoSpecifiedTests=false \
    "-Dstudysite.search.site=$site" "-Dstudysite.search.queries=$queries" 2>&1 \
    | grep -o 'search query time: .*' | sed "s/^/  $n notes, /" >> "$work/report" || true
  rm -rf "$work/c$n" "$work/o$n".*
done
echo
echo "search, per size (first: all files of the first keystroke that fetched, reader included; whole: the query at once):"
cat "$work/report"
