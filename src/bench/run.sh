#!/usr/bin/env bash
# One-command benchmark of the TMF622 server against ceilings measured in the same run (README, section "Benchmark").
# Results: target/bench/results.md and target/bench/results.png.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
BENCH_DIR=$ROOT/src/bench
OUT=$ROOT/target/bench

# ---- settings (environment) --------------------------------------------------------------------------------
CONCURRENCY=${BENCH_CONCURRENCY:-16}      # open connections, for wrk and for the JDBC ceiling alike
THREADS=${BENCH_THREADS:-2}               # wrk threads
DURATION=${BENCH_DURATION_S:-15}          # seconds per measured scenario
WARMUP=${BENCH_WARMUP_S:-20}              # seconds of warm-up per kind of request (C2 is still compiling at 8 s)
ORDERS=${BENCH_ORDERS:-2000}              # at least this many orders exist before the reads; GET by id rotates over them
CUSTOMERS=${BENCH_CUSTOMERS:-100}         # distinct customer ids in created orders (the filtered list picks one)
PORT=${BENCH_PORT:-8089}
BUILD=${BENCH_BUILD:-1}                   # 0: reuse target/quarkus-app
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC}  # server JVM flags (why: README, section "Benchmark")
APPCDS=${BENCH_APPCDS:-1}                 # 1: the first start dumps a class-data archive the measured start uses
JFR=${BENCH_JFR:-0}                       # 1: record target/bench/server.jfr during the measured run
SECURITY=${BENCH_SECURITY:-0}             # 1: security on (a loopback OIDC issuer), a bearer token on every request

BASE_URL=http://localhost:$PORT
API=/tmf-api/productOrderingManagement/v4
API5=/tmf-api/productOrderingManagement/v5
HTTP_CEILING=/bench/httpCeiling
STACK_FLOOR=/tmf-api/productOrderingManagement/bench/stackFloor
SERVER_PID=

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# ---- tools (idempotent) ------------------------------------------------------------------------------------
need_pkgs=()
command -v wrk >/dev/null || need_pkgs+=(wrk)
command -v gnuplot >/dev/null || need_pkgs+=(gnuplot-nox)
command -v curl >/dev/null || need_pkgs+=(curl)
if ((${#need_pkgs[@]})); then
  log "installing ${need_pkgs[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y "${need_pkgs[@]}" >/dev/null 2>&1 \
    || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y "${need_pkgs[@]}" >/dev/null; }
fi

# ---- build -------------------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
  log "building the server"
  ./mvnw -B -q -o package -DskipTests >/dev/null 2>&1 || ./mvnw -B -q package -DskipTests
fi
JAR=$ROOT/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "no $JAR: build first" >&2; exit 1; }
PGJDBC=$(ls "$ROOT"/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)

rm -rf "$OUT"
mkdir -p "$OUT"

# ---- security (BENCH_SECURITY=1) ---------------------------------------------------------------------------
AUTH=(); ISSUER_PID=; OIDC_ENV=()
if [ "$SECURITY" = 1 ]; then
  log "security on: starting a loopback OIDC issuer"
  java -cp "$ROOT/target/quarkus-app/lib/main/*" "$BENCH_DIR/java/BenchIssuer.java" "$OUT" >"$OUT/issuer.log" 2>&1 &
  ISSUER_PID=$!
  for _ in $(seq 1 600); do [ -s "$OUT/token.txt" ] && break; sleep 0.1; done
  [ -s "$OUT/token.txt" ] || { echo "the OIDC issuer did not start, see $OUT/issuer.log" >&2; exit 1; }
  AUTH=(-H "Authorization: Bearer $(cat "$OUT/token.txt")")
  OIDC_ENV=(QUARKUS_OIDC_AUTH_SERVER_URL="$(cat "$OUT/issuer.txt")")
  export BENCH_TOKEN=$(cat "$OUT/token.txt")  # the Lua scripts send it
fi
# every curl of this script carries the token (none without security)
curl() { command curl "${AUTH[@]}" "$@"; }

# ---- server ------------------------------------------------------------------------------------------------
start_server() { # $1: log file, rest: extra JVM flags
  local logfile=$1; shift
  # Embedded PostgreSQL in a throw-away data dir unless an external database is configured.
  env "${OIDC_ENV[@]}" \
  ORDERING_BENCH_ENABLED=true \
  ORDERING_EMBEDDED_POSTGRES_DATA_DIR=$OUT/pgdata \
  QUARKUS_HTTP_PORT=$PORT \
    java $JAVA_OPTS "$@" -jar "$JAR" >"$logfile" 2>&1 &
  SERVER_PID=$!
}

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
trap 'stop_server; [ -z "$ISSUER_PID" ] || kill "$ISSUER_PID" 2>/dev/null || true' EXIT

# Milliseconds from $1 (date +%s%N, default now) until the server answers 200 to a real (database-backed) request.
wait_first_200() {
  local t0=${1:-$(date +%s%N)} now code
  for _ in $(seq 1 3000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL$API/productOrder?limit=1" 2>/dev/null || true)
    if [ "$code" = 200 ]; then
      now=$(date +%s%N)
      echo $(((now - t0) / 1000000))
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died, see its log" >&2; return 1; }
    sleep 0.02
  done
  echo "server did not answer 200 within 60 s" >&2
  return 1
}

log "first start: initialises the embedded database and the schema"
cds_dump=(); cds_use=()
if [ "$APPCDS" = 1 ]; then
  # JDK dynamic AppCDS: classes loaded by this run are archived at exit and mapped by the measured start.
  cds_dump=(-XX:ArchiveClassesAtExit=$OUT/app-cds.jsa)
  cds_use=(-XX:SharedArchiveFile=$OUT/app-cds.jsa)
fi
start_server "$OUT/server-init.log" "${cds_dump[@]}"
wait_first_200 >/dev/null
stop_server

log "second start (database already initialised): measuring start to first 200"
jfr_flags=()
[ "$JFR" = 1 ] && jfr_flags=(-XX:StartFlightRecording=filename=$OUT/server.jfr,settings=profile,dumponexit=true)
t_start=$(date +%s%N)
[ -f "$OUT/app-cds.jsa" ] || cds_use=()
start_server "$OUT/server.log" "${cds_use[@]}" "${jfr_flags[@]}"
ready_ms=$(wait_first_200 "$t_start")
log "first 200 after ${ready_ms} ms"

if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  JDBC_URL=$QUARKUS_DATASOURCE_JDBC_URL
  JDBC_USER=${QUARKUS_DATASOURCE_USERNAME:-postgres}
  JDBC_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-}
  DB_KIND="external ($JDBC_URL)"
else
  JDBC_URL=$(grep -o 'jdbc:postgresql://[^ ]*' "$OUT/server.log" | head -1)
  JDBC_USER=postgres
  JDBC_PASSWORD=postgres
  DB_KIND="embedded PostgreSQL 17 (zonky), data in target/bench/pgdata"
fi

# ---- scenarios ---------------------------------------------------------------------------------------------
export BENCH_LUA_DIR=$BENCH_DIR/lua BENCH_ORDER_TEMPLATE=$BENCH_DIR/order.json BENCH_CUSTOMERS=$CUSTOMERS
declare -A RPS P50 P99 ERR CPU_SERVER CPU_PG

# CPU time (clock ticks, user + system) of the given processes, from /proc: steadier across runs than requests/s,
# which swing with whatever else the machine does.
cpu_ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
TICKS_PER_S=$(getconf CLK_TCK)

# run_wrk NAME SECONDS SCRIPT URL_PATH: records the RESULT line under NAME (a warm-up when NAME is "-"), and the CPU
# time per request of the server and of the local PostgreSQL processes during it.
run_wrk() {
  local name=$1 seconds=$2 script=$3 path=$4 line pg s0 g0 s1 g1 requests
  pg=$(pgrep -x postgres | tr '\n' ' ' || true)
  s0=$(cpu_ticks "$SERVER_PID"); g0=$(cpu_ticks $pg)
  line=$(wrk -t"$THREADS" -c"$CONCURRENCY" -d"${seconds}s" --timeout 10s -s "$BENCH_DIR/lua/$script" \
    "$BASE_URL$path" | tee -a "$OUT/wrk.log" | grep '^RESULT')
  s1=$(cpu_ticks "$SERVER_PID"); g1=$(cpu_ticks $pg)
  [ "$name" = - ] && return 0
  RPS[$name]=$(sed 's/.*rps=\([^ ]*\).*/\1/' <<<"$line")
  P50[$name]=$(sed 's/.*p50_ms=\([^ ]*\).*/\1/' <<<"$line")
  P99[$name]=$(sed 's/.*p99_ms=\([^ ]*\).*/\1/' <<<"$line")
  ERR[$name]=$(sed 's/.*errors=\([^ ]*\).*/\1/' <<<"$line")
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line")
  CPU_SERVER[$name]=$(awk -v t=$((s1 - s0)) -v r="$requests" -v hz="$TICKS_PER_S" \
    'BEGIN { if (r > 0) printf "%.2f", 1000 * t / hz / r; else print "n/a" }')
  CPU_PG[$name]=$(awk -v t=$((g1 - g0)) -v r="$requests" -v hz="$TICKS_PER_S" -v local="${pg:+1}" \
    'BEGIN { if (r > 0 && local) printf "%.2f", 1000 * t / hz / r; else print "n/a" }') # n/a: an external database
  log "$name: $line cpu_ms_server=${CPU_SERVER[$name]} cpu_ms_postgres=${CPU_PG[$name]}"
}

export BENCH_PATH=$API/productOrder
log "warm-up: create"
run_wrk - "$WARMUP" create.lua "$API/productOrder"
log "1. create"
run_wrk create "$DURATION" create.lua "$API/productOrder"

# The stack floor: the same rows again, written by a bare JAX-RS resource of the same server (one JTA transaction,
# plain JDBC, the body parsed into a tree and written back): the least a create costs in this stack.
export BENCH_PATH=$STACK_FLOOR
log "warm-up: stack floor"
run_wrk - "$WARMUP" create.lua "$STACK_FLOOR"
log "stack floor: the same rows through a bare JAX-RS resource of the server"
run_wrk stack_floor "$DURATION" create.lua "$STACK_FLOOR"
export BENCH_PATH=$API/productOrder

db_ceiling() { # [clean MARK]
  BENCH_JDBC_URL=$JDBC_URL BENCH_JDBC_USER=$JDBC_USER BENCH_JDBC_PASSWORD=$JDBC_PASSWORD \
    BENCH_CONCURRENCY=$CONCURRENCY BENCH_WARMUP_S=$WARMUP BENCH_DURATION_S=$DURATION \
    java -cp "$PGJDBC" "$BENCH_DIR/java/DbCeiling.java" "$@"
}
# the floor's orders go (the ceiling copies the newest API order), and their dead rows are vacuumed now, or
# autovacuum cleans them during the ceiling and lowers it
log "removing the stack floor's rows"
db_ceiling clean STACK-FLOOR

log "database ceiling: the same rows through plain JDBC, one transaction per order"
db_line=$(db_ceiling | tee -a "$OUT/db-ceiling.log")
RPS[db_ceiling]=$(sed 's/.*rps=\([^ ]*\).*/\1/' <<<"$db_line")
P50[db_ceiling]=$(sed 's/.*p50_ms=\([^ ]*\).*/\1/' <<<"$db_line")
P99[db_ceiling]=$(sed 's/.*p99_ms=\([^ ]*\).*/\1/' <<<"$db_line")
ERR[db_ceiling]=$(sed 's/.*errors=\([^ ]*\).*/\1/' <<<"$db_line")
log "db_ceiling: $db_line"

# v5 create after the ceiling: the ceiling copies the newest order, which stays a v4 one
export BENCH_PATH=$API5/productOrder BENCH_ORDER_TEMPLATE=$BENCH_DIR/order-v5.json
log "warm-up: v5 create"
run_wrk - "$WARMUP" create.lua "$API5/productOrder"
log "1b. v5 create"
run_wrk create_v5 "$DURATION" create.lua "$API5/productOrder"
export BENCH_PATH=$API/productOrder BENCH_ORDER_TEMPLATE=$BENCH_DIR/order.json

# Ids of the orders created through the API (the JDBC ceiling removed its copies).
log "collecting order ids"
: >"$OUT/ids.txt"
for offset in $(seq 0 1000 $((ORDERS - 1))); do
  curl -s "$BASE_URL$API/productOrder?fields=id&limit=1000&offset=$offset&externalId=BENCH-ORDER" \
    | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4 >>"$OUT/ids.txt"
done
have=$(wc -l <"$OUT/ids.txt")
if [ "$have" -lt "$ORDERS" ]; then
  log "only $have orders: creating $((ORDERS - have)) more"
  seq $((ORDERS - have)) | xargs -P 8 -I{} curl "${AUTH[@]}" -s -o /dev/null -H 'Content-Type: application/json' \
    --data-binary @"$BENCH_DIR/order.json" "$BASE_URL$API/productOrder"
  : >"$OUT/ids.txt"
  for offset in $(seq 0 1000 $((ORDERS - 1))); do
    curl -s "$BASE_URL$API/productOrder?fields=id&limit=1000&offset=$offset&externalId=BENCH-ORDER" \
      | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4 >>"$OUT/ids.txt"
  done
fi
head -n "$ORDERS" "$OUT/ids.txt" >"$OUT/ids.tmp" && mv "$OUT/ids.tmp" "$OUT/ids.txt"
export BENCH_IDS_FILE=$OUT/ids.txt
log "$(wc -l <"$OUT/ids.txt") ids"

# The HTTP ceiling answers a real GET-by-id body, byte for byte.
curl -s -o "$OUT/get-sample.json" "$BASE_URL$API/productOrder/$(head -1 "$OUT/ids.txt")"
curl -s -f -X PUT -H 'Content-Type: application/json' --data-binary @"$OUT/get-sample.json" "$BASE_URL$HTTP_CEILING"
GET_BYTES=$(wc -c <"$OUT/get-sample.json")
CEILING_BYTES=$(curl -s "$BASE_URL$HTTP_CEILING" | wc -c)
log "GET body $GET_BYTES bytes, HTTP ceiling body $CEILING_BYTES bytes"

export BENCH_PATH_PREFIX="$HTTP_CEILING?id="
log "warm-up: HTTP ceiling"
run_wrk - "$WARMUP" read.lua "$HTTP_CEILING"
log "HTTP ceiling"
run_wrk http_ceiling "$DURATION" read.lua "$HTTP_CEILING"
# Each read right after its own warm-up: measured after the ceiling's 35 s instead, v4 reads came out at 0.35-0.50 ms
# of CPU, more than v5's 0.27, though on a fresh server each alone v4 costs less (0.75 against 0.83-1.15 ms).
export BENCH_PATH_PREFIX=$API/productOrder/
log "warm-up: read"
run_wrk - "$WARMUP" read.lua "$API/productOrder/"
log "2. read by id"
run_wrk read "$DURATION" read.lua "$API/productOrder/"
export BENCH_PATH_PREFIX=$API5/productOrder/
log "warm-up: v5 read"
run_wrk - "$WARMUP" read.lua "$API5/productOrder/"
log "2b. v5 read by id"
run_wrk read_v5 "$DURATION" read.lua "$API5/productOrder/"

LIST=$API/productOrder?limit=20
FILTERED="$API/productOrder?limit=20&state=acknowledged&relatedParty.id=CUST-0042"
log "warm-up: lists"
run_wrk - "$WARMUP" list.lua "$LIST"
run_wrk - "$WARMUP" list.lua "$FILTERED"
log "3. list"
run_wrk list "$DURATION" list.lua "$LIST"
log "3b. filtered list"
run_wrk list_filtered "$DURATION" list.lua "$FILTERED"
FILTERED_TOTAL=$(curl -s -D - -o /dev/null "$BASE_URL$FILTERED" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}')

# An order at the item cap (ordering.issuance.max-items, default 1000): sequential, one at a time, as a client would.
median_ms() { sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] * 1000 }'; }
log "4. an order at the item cap: create, then the list page holding it"
CAP_BODY=$OUT/cap-order.json
{
  printf '{"externalId":"bench-cap","relatedParty":[{"id":"CUST-CAP","@referredType":"Organization"}],"productOrderItem":['
  for i in $(seq 1 1000); do
    [ "$i" = 1 ] || printf ','
    printf '{"id":"%d","action":"add","quantity":1,"productOffering":{"id":"PO-%d"}}' "$i" $((i % 20))
  done
  printf ']}'
} >"$CAP_BODY"
CAP_CREATE_MS=$(for _ in 1 2 3 4 5; do
  curl -s -o /dev/null -w '%{time_total}\n' -X POST -H 'Content-Type: application/json' --data-binary @"$CAP_BODY" \
    "$BASE_URL$API/productOrder"
done | median_ms)
CAP_LIST_BYTES=$(curl -s "$BASE_URL$API/productOrder?limit=20" | wc -c)
CAP_LIST_MS=$(for _ in 1 2 3 4 5; do
  curl -s -o /dev/null -w '%{time_total}\n' "$BASE_URL$API/productOrder?limit=20"
done | median_ms)
log "item cap: create ${CAP_CREATE_MS} ms, list page ${CAP_LIST_MS} ms (${CAP_LIST_BYTES} bytes)"

RSS_KB=$(ps -o rss= -p "$SERVER_PID" | tr -d ' ')
RSS_MB=$((RSS_KB / 1024))
TOTAL_ORDERS=$(curl -s -D - -o /dev/null "$BASE_URL$API/productOrder?limit=1" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}')
stop_server
trap - EXIT
# the loopback OIDC issuer (BENCH_SECURITY=1) has served its token: it must not outlive the run
[ -z "$ISSUER_PID" ] || kill "$ISSUER_PID" 2>/dev/null || true

# ---- report ------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f", 100 * a / b; else print "n/a" }'; }
pass() { [ "$1" = 1 ] && echo PASS || echo FAIL; }
CREATE_PCT=$(ratio "${RPS[create]}" "${RPS[db_ceiling]}")
CREATE5_PCT=$(ratio "${RPS[create_v5]}" "${RPS[db_ceiling]}")
FLOOR_PCT=$(ratio "${RPS[stack_floor]}" "${RPS[db_ceiling]}")
CREATE_OF_FLOOR_PCT=$(ratio "${RPS[create]}" "${RPS[stack_floor]}")
CREATE5_OF_FLOOR_PCT=$(ratio "${RPS[create_v5]}" "${RPS[stack_floor]}")
READ_PCT=$(ratio "${RPS[read]}" "${RPS[http_ceiling]}")
TOTAL_ERRORS=$((ERR[create] + ERR[create_v5] + ERR[read] + ERR[read_v5] + ERR[list] + ERR[list_filtered] + ERR[http_ceiling] + ERR[db_ceiling] + ERR[stack_floor]))
# a ratio is "n/a" when its ceiling measured nothing (a failed ceiling run): never a pass
ok_create=$(awk -v p="$CREATE_PCT" 'BEGIN { print (p ~ /^[0-9]+$/ && p + 0 >= 60) }')
ok_create5=$(awk -v p="$CREATE5_PCT" 'BEGIN { print (p ~ /^[0-9]+$/ && p + 0 >= 60) }')
ok_p99=$(awk -v a="${P99[create]}" -v b="${P99[create_v5]}" 'BEGIN { print (a + 0 <= 50 && b + 0 <= 50) }')
ok_read_abs=$(awk -v a="${RPS[read]}" -v b="${RPS[read_v5]}" 'BEGIN { print (a + 0 >= 2500 && b + 0 >= 2500) }')
ok_read=$(awk -v p="$READ_PCT" 'BEGIN { print (p ~ /^[0-9]+$/ && p + 0 >= 50) }')
ok_err=$([ "$TOTAL_ERRORS" = 0 ] && echo 1 || echo 0)
ok_start=$([ "$ready_ms" -le 2000 ] && echo 1 || echo 0)
ok_rss=$([ "$RSS_MB" -le 300 ] && echo 1 || echo 0)
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
MEM_GB=$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
JAVA_VERSION=$(java -version 2>&1 | head -1)

row() { # name label
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$2" "${RPS[$1]}" "${P50[$1]}" "${P99[$1]}" "${ERR[$1]}" \
    "${CPU_SERVER[$1]:--}" "${CPU_PG[$1]:--}"
}
{
  echo "# Benchmark results"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'):" \
    "$(nproc) cores ($CPU), $MEM_GB GB RAM, $JAVA_VERSION, $DB_KIND."
  echo "wrk: $THREADS threads, $CONCURRENCY connections, ${DURATION} s per scenario after ${WARMUP} s warm-up;" \
    "JVM flags: \`${JAVA_OPTS:-(none)}\`, AppCDS: $([ ${#cds_use[@]} -gt 0 ] && echo on || echo off)," \
    "security: $([ "$SECURITY" = 1 ] && echo 'on (bearer token on every request)' || echo off)."
  echo
  echo "| Scenario | requests/s | p50 ms | p99 ms | errors | server ms CPU / request | PostgreSQL ms CPU / request |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  row create "1. POST /productOrder (3 items, 2 parties, note)"
  row create_v5 "1b. POST v5 /productOrder (the same order in v5)"
  row db_ceiling "Database ceiling: same rows, plain JDBC, 1 tx per order"
  row stack_floor "Stack floor: same rows, a bare JAX-RS resource of the server, 1 JTA tx per order"
  row read "2. GET /productOrder/{id} over $(wc -l <"$OUT/ids.txt") ids"
  row read_v5 "2b. GET v5 /productOrder/{id}, same ids"
  row http_ceiling "HTTP ceiling: constant body of the same size ($CEILING_BYTES B), same server"
  row list "3. GET /productOrder?limit=20"
  row list_filtered "3b. GET /productOrder?limit=20&state=acknowledged&relatedParty.id=CUST-0042 ($FILTERED_TOTAL matches)"
  echo
  echo "GET-by-id body: $GET_BYTES bytes. Orders in the database at the end: $TOTAL_ORDERS."
  echo
  echo "Stack floor / database ceiling: ${FLOOR_PCT}% (the most a create reaches in this stack: the HTTP server," \
    "security, tracing, metrics, RESTEasy, Jackson, JTA and the pool, with none of the ordering work). Create /" \
    "stack floor: ${CREATE_OF_FLOOR_PCT}% (v4), ${CREATE5_OF_FLOOR_PCT}% (v5)."
  echo
  echo "4. An order at the item cap (1,000 items, $(wc -c <"$CAP_BODY") bytes), one request at a time: created in" \
    "${CAP_CREATE_MS} ms (median of 5); the list page holding the five of them (limit=20, ${CAP_LIST_BYTES} bytes) in" \
    "${CAP_LIST_MS} ms (median of 5)."
  echo
  echo "| Target | Measured | Result |"
  echo "|---|---:|---|"
  echo "| create >= 60% of the database ceiling | ${CREATE_PCT}% | $(pass "$ok_create") |"
  echo "| v5 create >= 60% of the database ceiling | ${CREATE5_PCT}% | $(pass "$ok_create5") |"
  echo "| create p99 <= 50 ms (v4, v5) | ${P99[create]} ms, ${P99[create_v5]} ms | $(pass "$ok_p99") |"
  echo "| read by id >= 2,500/s (v4, v5) | ${RPS[read]}, ${RPS[read_v5]} | $(pass "$ok_read_abs") |"
  echo "| read by id >= 50% of the HTTP ceiling | ${READ_PCT}% | $(pass "$ok_read") |"
  echo "| zero errors (non-2xx + socket errors, all scenarios) | $TOTAL_ERRORS | $(pass "$ok_err") |"
  echo "| start to first 200 <= 2 s (JVM, database initialised) | ${ready_ms} ms | $(pass "$ok_start") |"
  echo "| server RSS <= 300 MB after the run (java process only) | ${RSS_MB} MB | $(pass "$ok_rss") |"
} >"$OUT/results.md"

# ---- chart -------------------------------------------------------------------------------------------------
{
  printf '"create" %s %s\n' "${RPS[create]}" "${P99[create]}"
  printf '"v5 create" %s %s\n' "${RPS[create_v5]}" "${P99[create_v5]}"
  printf '"DB ceiling" %s %s\n' "${RPS[db_ceiling]}" "${P99[db_ceiling]}"
  printf '"stack floor" %s %s\n' "${RPS[stack_floor]}" "${P99[stack_floor]}"
  printf '"read by id" %s %s\n' "${RPS[read]}" "${P99[read]}"
  printf '"v5 read by id" %s %s\n' "${RPS[read_v5]}" "${P99[read_v5]}"
  printf '"HTTP ceiling" %s %s\n' "${RPS[http_ceiling]}" "${P99[http_ceiling]}"
  printf '"list" %s %s\n' "${RPS[list]}" "${P99[list]}"
  printf '"filtered list" %s %s\n' "${RPS[list_filtered]}" "${P99[list_filtered]}"
} >"$OUT/results.dat"
gnuplot <<GNUPLOT
set terminal pngcairo size 1000,450 font "sans,10"
set output "$OUT/results.png"
set multiplot layout 1,2 title "TMF622 server vs ceilings ($(nproc) cores, ${CONCURRENCY} connections): create ${CREATE_PCT}% of DB ceiling, read ${READ_PCT}% of HTTP ceiling"
set style data histograms
set style fill solid 0.8 border -1
set boxwidth 0.8
set grid ytics
set xtics rotate by -30
set title "requests/s, log scale (higher is better)"
set logscale y
set yrange [1:*]
plot "$OUT/results.dat" using 2:xtic(1) notitle linecolor rgb "#3572b0"
unset logscale y
set yrange [0:*]
set title "p99 latency, ms (lower is better)"
plot "$OUT/results.dat" using 3:xtic(1) notitle linecolor rgb "#d0743c"
unset multiplot
GNUPLOT

cat "$OUT/results.md"
log "wrote $OUT/results.md and $OUT/results.png"
