#!/usr/bin/env bash
# Benchmark: cold builds (JVM start included) of generated corpora, against commonmark-java alone on the same
# files in the same run. Prints seconds, peak memory, ratio to the baseline, and bytes per page.
# Usage: [JAVA_OPTS=-Xmx1g] bash bench/run.sh [SIZES...]   (default: 100 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-100 1000 10000}")
[ $# -eq 0 ] && sizes=(100 1000 10000)
mvn -B -q -DskipTests package
cp="target/studysite.jar:target/test-classes"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measure() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }; cat "$work/time"; }
printf '%-7s %-22s %-22s %-8s %-12s %-12s\n' notes "studysite s (peak MiB)" "baseline s (peak MiB)" ratio "median page" "largest page"
for n in "${sizes[@]}"; do
  java -cp "$cp" org.studysite.bench.CorpusGenerator "$work/c$n" "$n"
  read -r bs bm < <(measure java -cp "$cp" org.studysite.bench.CommonmarkBaseline "$work/c$n" "$work/b$n")
  # shellcheck disable=SC2086
  read -r ss sm < <(measure java ${JAVA_OPTS:-} -jar target/studysite.jar build --content "$work/c$n" --out "$work/o$n")
  sizes_list=$(find "$work/o$n" -name '*.html' -printf '%s\n' | sort -n)
  median=$(echo "$sizes_list" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  largest=$(echo "$sizes_list" | tail -1)
  ratio=$(awk -v s="$ss" -v b="$bs" 'BEGIN {printf "%.2f", s / b}')
  printf '%-7s %-22s %-22s %-8s %-12s %-12s\n' "$n" "$ss ($((sm / 1024)))" "$bs ($((bm / 1024)))" "$ratio" "$median B" "$largest B"
  rm -rf "$work/c$n" "$work/b$n" "$work/o$n"
done
