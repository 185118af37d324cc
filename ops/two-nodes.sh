#!/usr/bin/env bash
# Two Hyoka nodes behind Debian's nginx on one PostgreSQL 15 primary with a streaming replica, all on
# loopback in a temporary directory, and the steps of README "Several nodes" run against them with
# curl, one PASS or FAIL line each. Exit status 0 when every step passed. Needs Debian's
# postgresql-15, nginx and curl; run as root, PostgreSQL runs as user postgres.
#   ops/two-nodes.sh                 uses ./hyoka (builds the jar when it is older than the sources)
#   HYOKA="java -cp … org.hyoka.cli.Hyoka" ops/two-nodes.sh    any other way to run the command line
#   KEEP=1 ops/two-nodes.sh          leaves everything running and prints where
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
read -r -a hyoka <<<"${HYOKA:-$root/hyoka}"
pg=/usr/lib/postgresql/15/bin
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
work=$(mktemp -d /tmp/hyoka-two-nodes.XXXXXX)
chmod 755 "$work"
failures=0
pids=()

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
step() { if [ "$2" = 0 ]; then echo "PASS  $1"; else echo "FAIL  $1${3:+ — $3}"; failures=$((failures + 1)); fi; }
psql_primary() { as_pg psql -h 127.0.0.1 -p "$pg_primary" -U postgres -d hyoka -At -c "$1"; }
stop_all() {
  if [ -n "${KEEP:-}" ]; then
    echo "left running in $work (nginx http://127.0.0.1:$web, nodes $port_a $port_b, PostgreSQL $pg_primary / replica $pg_replica)"
    return
  fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  as_pg "$pg/pg_ctl" -D "$pgw/replica" -m fast stop >/dev/null 2>&1
  as_pg "$pg/pg_ctl" -D "$pgw/primary" -m fast stop >/dev/null 2>&1
  rm -rf "$work"
}
trap stop_all EXIT

pg_primary=$(free_port); pg_replica=$(free_port); port_a=$(free_port); port_b=$(free_port); web=$(free_port)

# PostgreSQL: a primary, then a replica made by pg_basebackup -R (standby.signal, primary_conninfo)
# PostgreSQL's own directory: it runs as postgres, which may not write the rest of $work
pgw="$work/pg"
mkdir -p "$pgw/primary" "$pgw/sockets" && chown postgres "$pgw" "$pgw/primary" "$pgw/sockets" 2>/dev/null
as_pg "$pg/initdb" -D "$pgw/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pgw/initdb.log" 2>&1
as_pg "$pg/pg_ctl" -D "$pgw/primary" -l "$pgw/primary.log" -w \
  -o "-p $pg_primary -c listen_addresses=127.0.0.1 -k $pgw/sockets -c wal_level=replica -c max_wal_senders=4" start >/dev/null
as_pg psql -h 127.0.0.1 -p "$pg_primary" -U postgres -qc "CREATE DATABASE hyoka" >/dev/null
as_pg "$pg/pg_basebackup" -h 127.0.0.1 -p "$pg_primary" -U postgres -D "$pgw/replica" -R -X stream -c fast >"$pgw/basebackup.log" 2>&1
as_pg "$pg/pg_ctl" -D "$pgw/replica" -l "$pgw/replica.log" -w \
  -o "-p $pg_replica -c listen_addresses=127.0.0.1 -k $pgw/sockets -c hot_standby=on" start >/dev/null
streaming=$(psql_primary "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")
step "PostgreSQL primary :$pg_primary with a streaming replica :$pg_replica" "$([ "$streaming" = 1 ] && echo 0 || echo 1)"

# two nodes on the primary, each reading anonymous public pages from the replica
primary_url="jdbc:postgresql://127.0.0.1:$pg_primary/hyoka"
serve() {
  HYOKA_DATASOURCE_REPLICA_URL="jdbc:postgresql://127.0.0.1:$pg_replica/hyoka" HYOKA_DATASOURCE_REPLICA_USERNAME=postgres \
    "${hyoka[@]}" serve --port "$1" --data "$work/data-$1" --database-url "$primary_url" --database-user postgres \
    >"$work/node-$1.log" 2>&1 &
  pids+=($!)
  eval "pid_$2=$!"
  for _ in $(seq 1 360); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/login")" = 200 ] && return 0
    sleep 0.5
  done
  return 1
}
serve "$port_a" a; step "node A :$port_a started (migrations, sample sheets)" $?
serve "$port_b" b; step "node B :$port_b started" $?
echo "two-nodes-secret" | "${hyoka[@]}" user add --username nodes-office --role ADMINISTRATOR --municipality 082201 \
  --password-stdin --database-url "$primary_url" --database-user postgres --data "$work/cli" >"$work/user.log" 2>&1
step "account nodes-office (つくば市 administrator) added" $?

mkdir -p "$work/nginx/logs"
cat >"$work/nginx/nginx.conf" <<EOF
$([ "$(id -u)" -eq 0 ] && echo "user root;")
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 256; }
http {
    access_log $work/nginx/logs/access.log;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    client_max_body_size 50m;
    upstream hyoka {
        server 127.0.0.1:$port_a max_fails=1 fail_timeout=30s;
        server 127.0.0.1:$port_b max_fails=1 fail_timeout=30s;
    }
    server {
        listen 127.0.0.1:$web;
        location / {
            proxy_pass http://hyoka;
            proxy_set_header Host \$http_host;
            proxy_connect_timeout 2s;
            proxy_next_upstream error timeout;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
EOF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" >"$work/nginx/logs/stdout.log" 2>&1 &
pids+=($!)
sleep 1

# a person signs in through nginx; every later request carries the cookie and the page's CSRF token
jar="$work/cookies"
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$web/login" | csrf_of)
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=nodes-office" \
  --data-urlencode "password=two-nodes-secret" --data-urlencode "_csrf=$token" "http://127.0.0.1:$web/login")
csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$web/workbench" | csrf_of)
step "signed in through nginx" "$([ -n "$csrf" ] && [[ "$location" != *error* ]] && echo 0 || echo 1)" "$location"

served=""
ok=0
for _ in 1 2 3 4; do
  code=$(curl -s -o /dev/null -D "$work/headers" -w '%{http_code}' -b "$jar" "http://127.0.0.1:$web/workbench")
  [ "$code" = 200 ] || ok=1
  served="$served $(grep -i '^X-Upstream' "$work/headers" | tr -d '\r' | awk '{print $2}')"
done
[[ "$served" == *":$port_a"* && "$served" == *":$port_b"* ]] || ok=1
step "the session is valid on both nodes (answered by$served)" $ok

# an upload previewed on node A, confirmed on node B, published: node A shows it, read from the replica
import_on_a_confirm_on_b() { # $1 generate seed → prints the new sheet's title
  "${hyoka[@]}" generate --sheets 1 --seed "$1" --output "$work/sheet-$1.json" >/dev/null 2>&1
  preview=$(curl -s -b "$jar" -H "X-CSRF-TOKEN: $csrf" -F "files=@$work/sheet-$1.json;type=application/json" \
    -F state=PUBLISHED "http://127.0.0.1:$port_a/imports")
  action=$(grep -o 'action="/imports/[0-9a-f]*"' <<<"$preview" | head -1 | sed 's/action="//; s/"$//')
  curl -s -b "$jar" -H "X-CSRF-TOKEN: $csrf" --data "choice.0=UPDATE" "http://127.0.0.1:$port_b$action" >"$work/saved-$1.html"
  grep -o '"title" *: *"[^"]*"' "$work/sheet-$1.json" | head -1 | sed 's/.*: *"//; s/"$//'
}
title=$(import_on_a_confirm_on_b 1301)
grep -q "$title" "$work/saved-1301.html" && ! grep -q "期限切れ" "$work/saved-1301.html"
step "an upload previewed on node A is confirmed on node B (「$title」)" $?
id=$(psql_primary "SELECT id FROM sheet WHERE title = '$title' AND status = 'published'")
shows() { # $1 URL, $2 fixed text: 0 once an anonymous GET of the URL holds the text, within 10 s
  for _ in $(seq 1 20); do
    curl -s "$1" | grep -qF "$2" && return 0
    sleep 0.5
  done
  return 1
}
shows "http://127.0.0.1:$port_a/sheets/$id" "$title"
step "published on node B, shown on node A (/sheets/$id)" $?

as_pg psql -h 127.0.0.1 -p "$pg_replica" -U postgres -d hyoka -qAtc "SELECT pg_wal_replay_pause()" >/dev/null
title2=$(import_on_a_confirm_on_b 1302)
id2=$(psql_primary "SELECT id FROM sheet WHERE title = '$title2' AND status = 'published'")
anonymous=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port_a/sheets/$id2")
signed_in=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "http://127.0.0.1:$port_a/sheets/$id2")
step "replay paused: the anonymous reader (replica) does not see /sheets/$id2 yet ($anonymous), the signed-in one (primary) does ($signed_in)" \
  "$([ "$anonymous" = 404 ] && [ "$signed_in" = 200 ] && echo 0 || echo 1)"
as_pg psql -h 127.0.0.1 -p "$pg_replica" -U postgres -d hyoka -qAtc "SELECT pg_wal_replay_resume()" >/dev/null
shows "http://127.0.0.1:$port_a/sheets/$id2" "$title2"
step "replay resumed: the anonymous reader sees it through the replica" $?

# the replica stopped: anonymous readers are served by the primary (ReplicaFallback) without waiting for it;
# pages not asked before (the anonymous page cache holds the others). A request that holds a replica connection
# when it stops fails like one on a primary that stops; a second later the pool has found its connections dead.
as_pg "$pg/pg_ctl" -D "$pgw/replica" -m fast stop >/dev/null
sleep 1
codes=""
for page in 11 12 13 14 15; do
  codes="$codes $(curl -s -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:$port_a/sheets?page=$page")"
done
grep -q "read replica gives no connection" "$work/node-$port_a.log"; fell_back=$?
step "replica stopped: anonymous pages answered by the primary (${codes# })" \
  "$([ "$codes" = " 200 200 200 200 200" ] && [ "$fell_back" = 0 ] && echo 0 || echo 1)"
as_pg "$pg/pg_ctl" -D "$pgw/replica" -l "$pgw/replica.log" -w \
  -o "-p $pg_replica -c listen_addresses=127.0.0.1 -k $pgw/sockets -c hot_standby=on" start >/dev/null

# search is each node's index: it learns of node B's publication from the change feed (corpus_change);
# a result links to the sheet (the page repeats the query itself, found or not)
query=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$title")
shows "http://127.0.0.1:$port_a/search?q=$query" "href=\"/sheets/$id\""
step "node A's search finds node B's publication within 10 s" $? "needs the change feed's poller (org.hyoka.sheets.ChangeFeed)"

# kill -9 the node that answered last through nginx: the other goes on with the same session
curl -s -o /dev/null -D "$work/headers" -b "$jar" "http://127.0.0.1:$web/workbench"
last=$(grep -i '^X-Upstream' "$work/headers" | tr -d '\r' | awk '{print $NF}')
if [ "$last" = "127.0.0.1:$port_a" ]; then victim=$pid_a; survivor=$port_b; else victim=$pid_b; survivor=$port_a; fi
kill -9 "$victim"; wait "$victim" 2>/dev/null
ok=0
for _ in 1 2 3 4; do
  code=$(curl -s -o /dev/null -D "$work/headers" -w '%{http_code}' -b "$jar" "http://127.0.0.1:$web/workbench")
  upstream=$(grep -i '^X-Upstream' "$work/headers" | tr -d '\r' | awk '{print $NF}')
  [ "$code" = 200 ] && [ "$upstream" = "127.0.0.1:$survivor" ] || ok=1
done
step "node ${last##*:} killed (kill -9): node $survivor serves the same session through nginx" $ok

echo "$failures step(s) failed"
[ "$failures" -eq 0 ]
