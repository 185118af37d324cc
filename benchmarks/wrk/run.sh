#!/usr/bin/env bash
# wrk against the application and against nginx serving the same pages as static files, in one run.
#
# PostgreSQL (Debian's, /usr/lib/postgresql/15/bin) in a directory of its own on a free loopback port, N generated
# sheets loaded through `generate` and `import --publish`, the application from its classes with -Xmx1g, and an
# account signed in: every app request carries that session's cookie, so the anonymous page cache is bypassed and
# each request queries and renders. The HTML of the list, a search and a sheet page and the API's sheet JSON,
# fetched with the same cookie, are saved as files that nginx serves; wrk (--latency) measures each app URL and
# its static copy one after the other, and the table gives requests/s, p50, p99 and app/nginx.
#
#   benchmarks/wrk/run.sh                            # 20,000 sheets, 15 s per target
#   SHEETS=5000 DURATION=5 benchmarks/wrk/run.sh     # a quick look
#   TARGETS=list PROFILE=1 NO_BUILD=1 benchmarks/wrk/run.sh   # one target, thread dumps each second (threads-*.txt)
#   PG_PORT=55432 DATA=/work/pg1m/app benchmarks/wrk/run.sh  # a database loaded beforehand (the million sheets),
#                                                            # with the search index kept in DATA/search
# Generated data and the database are kept in $BENCH_DIR/$SHEETS (default target/wrk-bench) and reused.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SHEETS="${SHEETS:-20000}"
MUNICIPALITIES="${MUNICIPALITIES:-40}"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-5}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
HEAP="${HEAP:-1g}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
work="${BENCH_DIR:-$root/target/wrk-bench}/${PG_PORT:+external-}$SHEETS"
mkdir -p "$work/static"

# --- tools, as .ci/install-dependencies installs them: Debian's packages
need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
[ -x "$PG_BIN/initdb" ] || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q >&2
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${need[@]}" >&2
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# --- the application's classes and runtime classpath (no jar, no install)
echo "== build (classes)" >&2
[ -n "${NO_BUILD:-}" ] && [ -f "$work/classpath.txt" ] || (cd "$root" && mvn -B -ntp -q -pl hyoka-app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=runtime >&2)
classpath="$root/hyoka-app/target/classes:$(cat "$work/classpath.txt")"
hyoka() { java -Xmx"$HEAP" -Dhyoka.sample-data.enabled=false -cp "$classpath" org.hyoka.cli.Hyoka "$@"; }

server=""; pg_started=""; nginx_started=""
cleanup() {
  [ -n "$server" ] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
  [ -n "$nginx_started" ] && { "$NGINX" -c "$work/nginx.conf" -s stop 2>/dev/null || true; }
  [ -n "$pg_started" ] && { as_postgres "$PG_BIN/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; }
  true
}
trap cleanup EXIT

# --- PostgreSQL: a cluster of its own, or (PG_PORT=…) one already running on 127.0.0.1 with database hyoka loaded
if [ -n "${PG_PORT:-}" ]; then
  pg_port="$PG_PORT"
  url="jdbc:postgresql://127.0.0.1:$pg_port/hyoka"
  db=(--database-url "$url" --database-user postgres)
else
pg_port="$(free_port)"
if [ ! -d "$work/pg" ]; then
  mkdir -p "$work/pg"; chown postgres "$work/pg" 2>/dev/null || true
  as_postgres "$PG_BIN/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
chmod o+x "$work" "$(dirname "$work")" 2>/dev/null || true
as_postgres "$PG_BIN/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories=/tmp -c shared_buffers=256MB" start >/dev/null
pg_started=1
url="jdbc:postgresql://127.0.0.1:$pg_port/hyoka"
as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qtAc "SELECT 1 FROM pg_database WHERE datname = 'hyoka'" \
  | grep -q 1 || as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres hyoka
db=(--database-url "$url" --database-user postgres)

if [ ! -f "$work/loaded" ]; then
  echo "== generate and import $SHEETS sheets of $MUNICIPALITIES municipalities" >&2
  hyoka generate --sheets "$SHEETS" --municipalities "$MUNICIPALITIES" --seed 1 -o "$work/sheets.json" >&2
  start=$(date +%s)
  hyoka import --publish "${db[@]}" "$work/sheets.json" >"$work/import.log" 2>&1
  echo "import took $(( $(date +%s) - start )) s" | tee "$work/import-time.txt" >&2
  touch "$work/loaded"
fi
fi
SHEETS="$(as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d hyoka -qtAc \
  "SELECT COUNT(*) FROM sheet WHERE status = 'published'")"
MUNICIPALITIES="$(as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d hyoka -qtAc \
  "SELECT COUNT(DISTINCT municipality_code) FROM sheet WHERE status = 'published'")"
city="$(as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d hyoka -qtAc \
  "SELECT municipality_code FROM sheet WHERE status = 'published' ORDER BY municipality_code LIMIT 1")"
password="wrk-bench-$(date +%s)"
as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d hyoka -qc "DELETE FROM app_user WHERE username = 'wrkbench'" >/dev/null 2>&1 || true
printf '%s\n' "$password" | hyoka user add --username wrkbench --role ADMINISTRATOR --municipality "$city" \
  --password-stdin "${db[@]}" >&2

# --- the application
port="$(free_port)"; base="http://127.0.0.1:$port"
echo "== serve (-Xmx$HEAP, 127.0.0.1:$port)" >&2
java -Xmx"$HEAP" -Dserver.address=127.0.0.1 -Dhyoka.sample-data.enabled=false -cp "$classpath" org.hyoka.cli.Hyoka \
  serve --port "$port" "${db[@]}" ${DATA:+--data "$DATA"} >"$work/server.log" 2>&1 &
server=$!
started=$(date +%s)
await() { # path seconds what: until the server answers 200 on path
  until curl -sf -o /dev/null "$base$1"; do
    kill -0 "$server" 2>/dev/null || { echo "server died; see $work/server.log" >&2; exit 1; }
    [ $(( $(date +%s) - started )) -lt "$2" ] || { echo "server not $3 after $2 s" >&2; exit 1; }
    sleep 1
  done
  echo "server $3 after $(( $(date +%s) - started )) s" >&2
}
await /login 900 answering
# searches need the index: wait for readiness (it includes the index), which a rebuild may hold back
await /actuator/health/readiness 3600 ready

# --- sign in: the session cookie every app request carries
jar="$work/cookies.txt"; rm -f "$jar"
csrf="$(curl -sf -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')"
landed="$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" --data-urlencode "username=wrkbench" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login")"
echo "signed in: csrf ${#csrf} chars, redirected to $landed" >&2
cookie="$(awk '!/^#/ && NF >= 7 {c = $6 "=" $7} /^#HttpOnly_/ {c = $6 "=" $7} END {print c}' "$jar")"
[ -n "$cookie" ] || { echo "no session cookie after sign-in" >&2; exit 1; }
# signed in means /workbench answers 200 itself, not a redirect to /login
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/workbench")" = 200 ] \
  || { echo "the session is not signed in (landed on $landed)" >&2; exit 1; }

year="$(as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d hyoka -qtAc \
  "SELECT MAX(fiscal_year) FROM sheet WHERE status = 'published' AND municipality_code = '$city'")"
sheet_id="$(as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d hyoka -qtAc \
  "SELECT MIN(id) FROM sheet WHERE status = 'published' AND municipality_code = '$city' AND fiscal_year = $year")"
declare -A app=(
  [list]="/sheets?municipalityCode=$city&fiscalYear=$year&sort=cost-desc"
  [search]="/search?q=%E5%AD%90%E8%82%B2%E3%81%A6%E6%94%AF%E6%8F%B4"
  [sheet]="/sheets/$sheet_id"
  [api-sheet]="/api/sheets/$sheet_id"
)
declare -A file=([list]=list.html [search]=search.html [sheet]=sheet.html [api-sheet]=api-sheet.json)
targets=(${TARGETS:-list search sheet api-sheet})
for t in "${targets[@]}"; do
  curl -sf -H "Cookie: $cookie" "$base${app[$t]}" -o "$work/static/${file[$t]}" || { echo "GET ${app[$t]} failed" >&2; exit 1; }
done

# --- nginx serving the saved copies
nport="$(free_port)"
cat >"$work/nginx.conf" <<CONF
user root;
worker_processes auto;
daemon on;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; application/json json; }
  server {
    listen 127.0.0.1:$nport;
    root $work/static;
    charset utf-8;
  }
}
CONF
"$NGINX" -c "$work/nginx.conf"; nginx_started=1
for t in "${targets[@]}"; do
  curl -sf -o /dev/null "http://127.0.0.1:$nport/${file[$t]}" || { echo "nginx does not serve ${file[$t]}" >&2; exit 1; }
done

ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
measure() { # name url [header] → "rps p50 p99 errors"
  local out
  timeout $((WARMUP + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" ${3:+-H "$3"} "$2" >/dev/null
  out="$(timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency ${3:+-H "$3"} "$2")"
  printf '%s\n' "$out" >"$work/wrk-$1.txt"
  local rps p50 p99 errors
  rps="$(printf '%s\n' "$out" | awk '/^Requests\/sec/ {printf "%.0f", $2}')"
  p50="$(ms "$(printf '%s\n' "$out" | awk '$1 == "50%" {print $2}')")"
  p99="$(ms "$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')")"
  errors="$(printf '%s\n' "$out" | awk '/Non-2xx|Socket errors/' | tr -s ' \n' ' ')"
  echo "$rps $p50 $p99 ${errors:-}"
}

echo "== measure ($WARMUP s warm-up + $DURATION s each, $CONNECTIONS connections, $THREADS wrk threads)" >&2
declare -A a n
for t in "${targets[@]}"; do
  if [ -n "${PROFILE:-}" ]; then # a cheap profile: the server's threads every second while wrk loads it
    ( sleep "$WARMUP"; for _ in $(seq "$DURATION"); do jcmd "$server" Thread.print 2>/dev/null; sleep 1; done ) \
      >"$work/threads-$t.txt" &
  fi
  a[$t]="$(measure "app-$t" "$base${app[$t]}" "Cookie: $cookie")"
  n[$t]="$(measure "nginx-$t" "http://127.0.0.1:$nport/${file[$t]}")"
done
rss_kb="$(ps -o rss= -p "$server" | tr -d ' ')"

echo
echo "$SHEETS sheets of $MUNICIPALITIES municipalities on PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}');" \
  "app -Xmx$HEAP (RSS $((rss_kb / 1024)) MB after the run), signed in (no anonymous page cache);" \
  "$(nproc) cores shared by app, PostgreSQL, nginx and wrk; load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "| target | app path | app req/s | app p50 ms | app p99 ms | nginx req/s | nginx p50 ms | nginx p99 ms | app/nginx req/s |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
for t in "${targets[@]}"; do
  read -r ar ap50 ap99 aerr <<<"${a[$t]}" || true
  read -r nr np50 np99 nerr <<<"${n[$t]}" || true
  ratio="$(awk -v x="$ar" -v y="$nr" 'BEGIN { printf "%.2f %%", (y > 0) ? 100 * x / y : 0 }')"
  printf '| %s | `%s` | %s | %s | %s | %s | %s | %s | %s |\n' "$t" "${app[$t]}" "$ar" "$ap50" "$ap99" "$nr" "$np50" "$np99" "$ratio"
  [ -z "${aerr:-}" ] || echo "  app $t: $aerr" >&2
done
slowest="$(for t in "${targets[@]}"; do echo "$t ${a[$t]}"; done | sort -k4 -g | tail -1 | cut -d' ' -f1)"
echo
echo "Slowest route by app p99: $slowest (${app[$slowest]}); raw wrk output in $work/wrk-*.txt"
