#!/usr/bin/env bash
# Start-up of `hyoka serve` with the search index kept on disk (issue 13) against a full rebuild, in the
# same run on the same H2 file database of generated sheets: the time from launching the JVM until
# /actuator/health/readiness answers 200 (the index is part of readiness), for
#   1. no index on disk: a full rebuild (what every start did before);
#   2. the index on disk, nothing changed: only the change log is read;
#   3. the index on disk, CHANGED sheets imported while the server was down: those are read again;
# and `hyoka reindex` (a rebuild on demand). Prints a table; paste it into BENCHMARKS.md, section
# "Start-up with the index on disk".
#
#   bench/startup-index.sh                                   # builds hyoka.jar (package, never install)
#   SHEETS=100000 HYOKA_CP="$(cat cp.txt)" bench/startup-index.sh   # a class path instead of the jar
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHEETS="${SHEETS:-50000}"
CHUNK="${CHUNK:-10000}"
CHANGED="${CHANGED:-200}"
HEAP="${HEAP:-512m}"
work="${BENCH_DIR:-$root/target/startup-index}"
data="$work/data"
mkdir -p "$work"

if [ -n "${HYOKA_CP:-}" ]; then
  main=(-cp "$HYOKA_CP" org.hyoka.cli.Hyoka)
else
  if [ "${NO_BUILD:-0}" != 1 ]; then
    (cd "$root" && mvn -B -ntp -q -pl hyoka-app -am package -DskipTests >&2)
  fi
  main=(-jar "$root/hyoka-app/target/hyoka.jar")
fi
run() { java -Xmx2g "${main[@]}" "$@"; }

if [ ! -f "$data/hyoka.mv.db" ]; then
  echo "== $SHEETS generated sheets into $data, $CHUNK per import" >&2
  for ((from = 0; from < SHEETS; from += CHUNK)); do
    run generate --sheets "$CHUNK" --municipalities 50 --seed "$((from + 1))" --output "$work/chunk.json"
    run import "$work/chunk.json" --publish --data "$data" >/dev/null
  done
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# seconds from launch until readiness is UP; the server is stopped (SIGTERM) afterwards
start_once() { # label
  local started pid ready
  started=$(date +%s.%N)
  java -Xmx"$HEAP" -Dserver.address=127.0.0.1 "${main[@]}" serve --port "$port" --data "$data" >"$work/$1.log" 2>&1 &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "serve exited; see $work/$1.log" >&2; exit 1; }
    sleep 0.2
  done
  ready=$(date +%s.%N)
  kill "$pid"
  wait "$pid" || true
  printf '%s %.1f\n' "$1" "$(echo "$ready - $started" | bc)"
}

rm -rf "$data/search"
rebuild=$(start_once rebuild | cut -d' ' -f2)
ondisk=$(start_once on-disk | cut -d' ' -f2)
run generate --sheets "$CHANGED" --municipalities 5 --seed 999 --output "$work/changed.json"
run import "$work/changed.json" --publish --data "$data" >/dev/null
changed=$(start_once changed | cut -d' ' -f2)
reindex_start=$(date +%s.%N)
run reindex --data "$data" 2>"$work/reindex.err" >"$work/reindex.out"
reindex=$(echo "$(date +%s.%N) - $reindex_start" | bc)

echo "| start-up (JVM launch → readiness UP), $SHEETS sheets, -Xmx$HEAP | seconds | vs rebuild |"
echo "|---|---:|---:|"
printf '| no index on disk: full rebuild | %s | 1.00 |\n' "$rebuild"
printf '| index on disk, nothing changed | %s | %.2f |\n' "$ondisk" "$(echo "$ondisk / $rebuild" | bc -l)"
printf '| index on disk, %s sheets imported meanwhile | %s | %.2f |\n' "$CHANGED" "$changed" "$(echo "$changed / $rebuild" | bc -l)"
printf '| `hyoka reindex` (whole command, -Xmx2g) | %.1f | %.2f |\n' "$reindex" "$(echo "$reindex / $rebuild" | bc -l)"
grep -h "search index" "$work"/rebuild.log "$work"/on-disk.log "$work"/changed.log | sed 's/^.*INFO [0-9]* --- \[[^]]*\] //' >&2 || true
tail -1 "$work/reindex.out" >&2
