#!/usr/bin/env bash
# Web benchmark: 100,000 generated sheets of 50 municipalities in the (H2 file) database, the server
# in -Xmx512m on loopback, wrk with 64 connections against the sheet page, a filtered list, a search,
# and the same sheet page's HTML served as a static file by the same server (the ceiling to compare
# with). Prints a table; paste it into BENCHMARKS.md, section "Web".
#
#   bench/web-benchmark.sh                 # full run (generates and imports once, then reuses them)
#   SHEETS=5000 DURATION=10 bench/web-benchmark.sh   # a quick look
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHEETS="${SHEETS:-100000}"
MUNICIPALITIES="${MUNICIPALITIES:-50}"
DURATION="${DURATION:-20}"          # seconds per measured target
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
PORT="${PORT:-18080}"
HEAP="${HEAP:-512m}"
SERVER_OPTS="${SERVER_OPTS:-}"   # e.g. -Dhyoka.caches.public-pages=maximumSize=0 to measure without the page caches
work="${BENCH_DIR:-$root/target/web-bench}/$SHEETS"
base="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
mkdir -p "$work/static/bench"

echo "== build" >&2
(cd "$root" && mvn -q -DskipTests -pl hyoka-app -am install >&2)
jar="$root/hyoka-app/target/hyoka.jar"

if [ ! -f "$work/imported" ]; then
  echo "== generate $SHEETS sheets of $MUNICIPALITIES municipalities" >&2
  java -jar "$jar" generate --sheets "$SHEETS" --municipalities "$MUNICIPALITIES" --seed 1 -o "$work/sheets.json"
  echo "== import" >&2
  rm -rf "$work/data"
  start=$(date +%s)
  # generated sheets stand for published history: the public pages are what is measured
  java -Xmx"$HEAP" -Dhyoka.sample-data.enabled=false -jar "$jar" import --publish --data "$work/data" "$work/sheets.json" >&2
  echo "import took $(( $(date +%s) - start )) s" >&2
  touch "$work/imported"
fi

echo "== start server (-Xmx$HEAP, 127.0.0.1:$PORT)" >&2
java -Xmx"$HEAP" ${SERVER_OPTS:-} -Dserver.address=127.0.0.1 -Dhyoka.sample-data.enabled=false \
  -Dspring.web.resources.static-locations="classpath:/static/,file:$work/static/" \
  -jar "$jar" serve --port "$PORT" --data "$work/data" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
started=$(date +%s)
until grep -q "search index rebuilt" "$work/server.log"; do
  kill -0 "$server" 2>/dev/null || { echo "server died; see $work/server.log" >&2; exit 1; }
  [ $(( $(date +%s) - started )) -lt 900 ] || { echo "server not ready after 900 s" >&2; exit 1; }
  sleep 1
done
echo "server ready in $(( $(date +%s) - started )) s: $(grep -o 'search index rebuilt.*' "$work/server.log")" >&2

# a municipality and a year that exist, and one sheet of them
list_page="$(curl -sf "$base/sheets")"
municipality="$(printf '%s' "$list_page" | grep -o '<option value="[0-9]\{6\}"' | head -1 | grep -o '[0-9]\{6\}')"
year="$(printf '%s' "$list_page" | grep -A3 'id="f-fiscalYear"' | grep -o 'value="[0-9]\{4\}"' | tail -1 | grep -o '[0-9]\{4\}')"
list_path="/sheets?municipalityCode=$municipality&fiscalYear=$year&sort=cost-desc"
sheet_id="$(curl -sf "$base$list_path" | grep -o 'href="/sheets/[0-9]*"' | head -1 | grep -o '[0-9]*')"
sheet_path="/sheets/$sheet_id"
search_path="/search?q=%E5%AD%90%E8%82%B2%E3%81%A6%E6%94%AF%E6%8F%B4"   # 子育て支援
curl -sf "$base$sheet_path" >"$work/static/bench/sheet.html"
static_path="/bench/sheet.html"
for path in "$static_path" "$sheet_path" "$list_path" "$search_path"; do
  curl -sf -o /dev/null "$base$path" || { echo "GET $path failed" >&2; exit 1; }
done

run() { # name path → "name p50 p99 rps" (latencies in ms)
  local out
  out="$(timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$base$2")"
  printf '%s\n' "$out" >"$work/wrk-$1.txt"
  local p50 p99 rps errors
  p50="$(printf '%s\n' "$out" | awk '$1=="50%"{print $2}')"
  p99="$(printf '%s\n' "$out" | awk '$1=="99%"{print $2}')"
  rps="$(printf '%s\n' "$out" | awk '/^Requests\/sec/{print $2}')"
  errors="$(printf '%s\n' "$out" | awk '/Non-2xx|Socket errors/{print}' | tr '\n' ' ')"
  echo "$1 $(ms "$p50") $(ms "$p99") $rps ${errors:-}"
}
ms() { # wrk latency (us, ms or s) → ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

echo "== warm-up" >&2
for path in "$static_path" "$sheet_path" "$list_path" "$search_path"; do
  timeout 40 wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$base$path" >/dev/null
done

echo "== measure (${DURATION}s each, $CONNECTIONS connections, $THREADS wrk threads)" >&2
static="$(run static "$static_path")"
sheet="$(run sheet "$sheet_path")"
list="$(run list "$list_path")"
search="$(run search "$search_path")"

rss_kb="$(ps -o rss= -p "$server" | tr -d ' ')"
static_rps="$(echo "$static" | awk '{print $4}')"
sheet_rps="$(echo "$sheet" | awk '{print $4}')"

echo
echo "Sheets: $SHEETS of $MUNICIPALITIES municipalities; server -Xmx$HEAP (RSS $((rss_kb / 1024)) MB after the run);"
echo "$(nproc) cores shared by server and wrk; $(date -u +%Y-%m-%d); $(java -version 2>&1 | head -1)"
echo
echo "| target | path | p50 ms | p99 ms | requests/s | notes |"
echo "|---|---|---:|---:|---:|---|"
printf '| %s | `%s` | %s | %s | %s | %s |\n' \
  "static file (same sheet page's HTML)" "$static_path" $(echo "$static" | awk '{print $2, $3, $4}') "$(echo "$static" | cut -d' ' -f5-)" \
  "sheet page" "$sheet_path" $(echo "$sheet" | awk '{print $2, $3, $4}') "$(echo "$sheet" | cut -d' ' -f5-)" \
  "filtered list" "$list_path" $(echo "$list" | awk '{print $2, $3, $4}') "$(echo "$list" | cut -d' ' -f5-)" \
  "search 子育て支援" "$search_path" $(echo "$search" | awk '{print $2, $3, $4}') "$(echo "$search" | cut -d' ' -f5-)"
echo
awk -v s="$sheet_rps" -v t="$static_rps" 'BEGIN { printf "Sheet page throughput = %.1f%% of the static file'"'"'s (target: at least 25%%)\n", 100 * s / t }'
