#!/usr/bin/env bash
# Memory of `hyoka parse` on 8,000 sheets: the 8-sheet つくば市 seed repeated 1,000 times in one text
# file (about 44 MB), parsed with -Xmx256m (the target: parse streams its input and output) and, in the
# same run, with -Xmx2g (the baseline: the heap it may take when it has room). Peak RSS from
# /usr/bin/time -v where present, else the process's VmHWM polled from /proc. Checks that both runs exit
# 0, report 8,000 sheets and write the same bytes. Prints a table; paste it into BENCHMARKS.md, section
# "Parse memory".
#
#   bench/parse-memory.sh                      # builds hyoka.jar (package, never install), then measures
#   NO_BUILD=1 HEAPS="256m 2g 32m" bench/parse-memory.sh   # reuse the jar; more heaps
#   RSS_FROM=proc bench/parse-memory.sh        # VmHWM from /proc even where /usr/bin/time exists
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPEATS="${REPEATS:-1000}"
HEAPS="${HEAPS:-256m 2g}"
SEED="${SEED:-$root/sample/tsukuba-r06-seed.txt}"
work="${BENCH_DIR:-$root/target/parse-memory}"
jar="$root/hyoka-app/target/hyoka.jar"
mkdir -p "$work"

if [ "${NO_BUILD:-0}" != 1 ]; then
  echo "== build" >&2
  (cd "$root" && mvn -B -ntp -q -pl hyoka-app -am package -DskipTests >&2)
fi
[ -f "$jar" ] || { echo "no $jar: build it (mvn -B -ntp -q -pl hyoka-app -am package -DskipTests)" >&2; exit 2; }

big="$work/big.txt"
echo "== generate $big: the seed $REPEATS times" >&2
: >"$big"
for _ in $(seq "$REPEATS"); do
  cat "$SEED" >>"$big"
  printf '\n' >>"$big"
done
expected_sheets=$((8 * REPEATS))

# peak RSS in KiB of a command; its exit code and stderr land in the given files
measure() { # rc-file err-file command...
  local rcfile="$1" errfile="$2"
  shift 2
  if [ -x /usr/bin/time ] && [ "${RSS_FROM:-time}" != proc ]; then
    local timing="$errfile.time"
    set +e
    /usr/bin/time -v -o "$timing" "$@" 2>"$errfile"
    echo $? >"$rcfile"
    set -e
    awk -F': ' '/Maximum resident set size/{print $2}' "$timing"
  else
    "$@" 2>"$errfile" &
    local pid=$! hwm=0 now
    while kill -0 "$pid" 2>/dev/null; do
      now="$(awk '/^VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || true)"
      [ -n "$now" ] && hwm="$now"
      sleep 0.1
    done
    set +e
    wait "$pid"
    echo $? >"$rcfile"
    set -e
    echo "$hwm"
  fi
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
printf '| heap | exit | sheets | peak RSS | wall | output |\n|---|---|---|---|---|---|\n'
reference=""
failed=0
for heap in $HEAPS; do
  out="$work/out-$heap.json"
  rm -f "$out"
  start=$(date +%s%N)
  rss_kib="$(measure "$work/rc-$heap" "$work/err-$heap" java -Xmx"$heap" -jar "$jar" parse "$big" -o "$out")"
  wall=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN{printf "%.1f", ns / 1e9}')
  rc="$(cat "$work/rc-$heap")"
  sheets="$(grep -o '[0-9]* sheet(s)' "$work/err-$heap" | grep -o '^[0-9]*' || echo 0)"
  if [ "$rc" != 0 ] || [ "$sheets" != "$expected_sheets" ]; then
    verdict="FAILED (see $work/err-$heap)"
    failed=1
  elif [ -z "$reference" ]; then
    reference="$out"
    verdict="$(stat -c %s "$out") bytes"
  elif cmp -s "$reference" "$out"; then
    verdict="identical"
  else
    verdict="DIFFERS from -Xmx${HEAPS%% *}"
    failed=1
  fi
  printf '| -Xmx%s | %s | %s | %d MiB | %s s | %s |\n' "$heap" "$rc" "$sheets" $((rss_kib / 1024)) "$wall" "$verdict"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
exit "$failed"
