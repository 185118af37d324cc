#!/usr/bin/env bash
# The national corpus on PostgreSQL (issue 13): 1,741 municipalities × 500 sheets (870,500) from `generate`,
# loaded through `import --publish` in imports of CHUNK sheets (each import all or nothing, committed in
# bounded batches inside), then `reindex`, then the start-up of `serve` with the index on disk: nothing
# changed, and CHANGED sheets imported while it was down (the catch-up). Every step is timed and appended to
# $work/million.log; each step is skipped when its result is there already, so a stopped run goes on.
#
#   bench/million.sh                       # Debian's PostgreSQL 15 in $work/pg on port 55432, hyoka.jar
#   WORK=/work/pg1m CHUNK=87050 bench/million.sh
#
# Then, on the same database: PG_PORT=55432 DATA=$work/app benchmarks/wrk/run.sh, and the JMH dashboard and
# national benchmarks with -Dhyoka.bench.url=jdbc:postgresql://127.0.0.1:55432/hyoka?user=postgres.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${WORK:-$root/target/million}"
MUNICIPALITIES="${MUNICIPALITIES:-1741}"
PER_MUNICIPALITY="${PER_MUNICIPALITY:-500}"
CHUNK="${CHUNK:-87050}"
CHANGED="${CHANGED:-500}"
HEAP="${HEAP:-1g}"
PORT_PG="${PORT_PG:-55432}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
jar="$root/hyoka-app/target/hyoka.jar"
sheets=$((MUNICIPALITIES * PER_MUNICIPALITY))
url="jdbc:postgresql://127.0.0.1:$PORT_PG/hyoka?reWriteBatchedInserts=true"
db=(--database-url "$url" --database-user postgres)
mkdir -p "$work/gen" "$work/app"
log="$work/million.log"

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_hyoka() { as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT_PG" -U postgres -d hyoka -qtAc "$1"; }
now() { date +%s.%N; }
took() { echo "$(now) - $1" | bc; }
note() { echo "$(date -u +%H:%M:%S) $*" | tee -a "$log" >&2; }
hyoka() { java -Xmx2g -jar "$jar" "$@"; }

[ -f "$jar" ] || (cd "$root" && mvn -B -ntp -q -pl hyoka-app -am package -DskipTests >&2)

# --- PostgreSQL: durable (fsync on), sized for a corpus of a few GB
if [ ! -d "$work/pg/data" ]; then
  mkdir -p "$work/pg" && chown postgres "$work/pg" 2>/dev/null || true
  as_postgres "$PG_BIN/initdb" -D "$work/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log"
  cat >>"$work/pg/data/postgresql.conf" <<CONF
port = $PORT_PG
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work/pg'
shared_buffers = 2GB
effective_cache_size = 12GB
work_mem = 32MB
maintenance_work_mem = 512MB
max_wal_size = 16GB
checkpoint_timeout = 15min
wal_compression = on
max_connections = 200
CONF
fi
as_postgres "$PG_BIN/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" status >/dev/null 2>&1 \
  || as_postgres "$PG_BIN/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w start >/dev/null
psql_hyoka "SELECT 1" >/dev/null 2>&1 || as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT_PG" -U postgres hyoka

# --- generate: one JSON array on standard output, one sheet a line, cut into arrays of CHUNK sheets
if [ ! -f "$work/gen/generated" ]; then
  start=$(now)
  (cd "$work/gen" && hyoka generate --sheets "$sheets" --municipalities "$MUNICIPALITIES" --seed 1 \
    | awk -v N="$CHUNK" -f "$root/bench/split-json-array.awk")
  note "generate $sheets sheets: $(took "$start") s"
  touch "$work/gen/generated"
fi

# --- import: one import per chunk, each all or nothing; --on-match=add because generated titles repeat
for f in "$work"/gen/chunk-*.json; do
  [ -f "$f.done" ] && continue
  start=$(now)
  hyoka import --publish --on-match=add "${db[@]}" "$f" >"$f.out" 2>"$f.err" || { note "import $f failed: $(tail -1 "$f.err")"; exit 1; }
  note "import $(basename "$f"): $(took "$start") s, $(tail -1 "$f.out")"
  touch "$f.done"
done
published="$(psql_hyoka "SELECT COUNT(*) FROM sheet WHERE status = 'published'")"
note "published sheets: $published; database $(psql_hyoka "SELECT pg_size_pretty(pg_database_size('hyoka'))")"

# --- reindex on demand, into $work/app/search
if [ ! -f "$work/app/reindexed" ]; then
  start=$(now)
  hyoka reindex --data "$work/app" "${db[@]}" 2>"$work/reindex.err" >"$work/reindex.out"
  note "reindex: $(took "$start") s, $(tail -1 "$work/reindex.out")"
  touch "$work/app/reindexed"
fi

# --- start-up with the index on disk: JVM launch until readiness (which includes the index) answers 200
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
start_once() { # file-name label
  local started pid
  started=$(now)
  java -Xmx"$HEAP" -Dserver.address=127.0.0.1 -Dhyoka.sample-data.enabled=false -jar "$jar" serve --port "$port" \
    --data "$work/app" "${db[@]}" >"$work/serve-$1.log" 2>&1 &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { note "serve exited; see $work/serve-$1.log"; exit 1; }
    sleep 0.2
  done
  note "serve ready, $2: $(took "$started") s ($(grep -ho 'search index[^"]*' "$work/serve-$1.log" | tail -1))"
  kill "$pid"; wait "$pid" || true
}
start_once unchanged "nothing changed"
hyoka generate --sheets "$CHANGED" --municipalities 5 --seed 999 --output "$work/changed.json"
hyoka import --publish --on-match=add "${db[@]}" "$work/changed.json" >/dev/null
start_once changed "after $CHANGED sheets imported while down"
