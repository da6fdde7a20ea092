#!/usr/bin/env bash
# Create throughput with and without feasibility verification (README, "Feasibility verification"): the same
# bespoke orders (3 items, each naming an item of a POQ that is new for every order, so every order makes one
# TMF679 call) against the server without a TMF679 server, then verifying against a local stub that answers at
# once (src/bench/java/Tmf679Stub.java). Runs alternate (without, with, without, with) to spread the machine's noise.
# Results: target/bench-feasibility/results.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
BENCH_DIR=$ROOT/src/bench
OUT=$ROOT/target/bench-feasibility

CONCURRENCY=${BENCH_CONCURRENCY:-16}
THREADS=${BENCH_THREADS:-2}
DURATION=${BENCH_DURATION_S:-15}
# 60 s, not run.sh's 20: with verification the JIT has the REST client, fault tolerance and cache paths to compile
# too, and 20 s into a run it is still at it (C1 and C2 threads were 19% of the server's CPU in a JFR recording of the
# measured window), which alone made verification look 25% slower; after 60 s the two are level.
WARMUP=${BENCH_WARMUP_S:-60}
PORT=${BENCH_PORT:-8089}
STUB_PORT=${BENCH_TMF679_PORT:-8090}
BUILD=${BENCH_BUILD:-1}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC}
BASE_URL=http://localhost:$PORT
API=/tmf-api/productOrderingManagement/v4
SERVER_PID=
STUB_PID=

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

command -v wrk >/dev/null || {
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y wrk >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; }
}
if [ "$BUILD" = 1 ]; then
  log "building the server"
  ./mvnw -B -q -o package -DskipTests >/dev/null 2>&1 || ./mvnw -B -q package -DskipTests
fi
JAR=$ROOT/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "no $JAR: build first" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT"

stop() { # pid variable name
  local pid=${!1}
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  printf -v "$1" ''
}
trap 'stop SERVER_PID; stop STUB_PID' EXIT

BENCH_TMF679_PORT=$STUB_PORT java "$BENCH_DIR/java/Tmf679Stub.java" >"$OUT/stub.log" 2>&1 &
STUB_PID=$!

wait_200() { # url
  for _ in $(seq 1 3000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null || true)" = 200 ] && return 0
    sleep 0.05
  done
  echo "no 200 from $1" >&2
  return 1
}
wait_200 "http://127.0.0.1:$STUB_PORT/tmf679/productOfferingQualification/warm"

export BENCH_LUA_DIR=$BENCH_DIR/lua BENCH_PATH=$API/productOrder
declare -a LINES
# run LABEL [TMF679 URL]
run() {
  local label=$1 url=${2:-} line
  log "$label: starting the server"
  ORDERING_EMBEDDED_POSTGRES_DATA_DIR=$OUT/pgdata QUARKUS_HTTP_PORT=$PORT ORDERING_FEASIBILITY_TMF679_URL=$url \
    java $JAVA_OPTS -jar "$JAR" >"$OUT/server-$label.log" 2>&1 &
  SERVER_PID=$!
  wait_200 "$BASE_URL$API/productOrder?limit=1"
  wrk -t"$THREADS" -c"$CONCURRENCY" -d"${WARMUP}s" --timeout 10s -s "$BENCH_DIR/lua/create-poq.lua" \
    "$BASE_URL$API/productOrder" >>"$OUT/wrk.log"
  line=$(wrk -t"$THREADS" -c"$CONCURRENCY" -d"${DURATION}s" --timeout 10s -s "$BENCH_DIR/lua/create-poq.lua" \
    "$BASE_URL$API/productOrder" | tee -a "$OUT/wrk.log" | grep '^RESULT')
  # What the last order's record says: verified (with the stub) or trusted (without).
  local id verified
  id=$(curl -s "$BASE_URL$API/productOrder?externalId=BENCH-POQ&limit=1&fields=id" | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4)
  verified=$(curl -s "$BASE_URL$API/productOrder/$id/initiatingRequest" | grep -o '"verified":[a-z]*' | head -1)
  log "$label: $line $verified"
  LINES+=("| $label | $(sed 's/.*rps=\([^ ]*\).*/\1/' <<<"$line") | $(sed 's/.*p50_ms=\([^ ]*\).*/\1/' <<<"$line") | $(sed 's/.*p99_ms=\([^ ]*\).*/\1/' <<<"$line") | $(sed 's/.*errors=\([^ ]*\).*/\1/' <<<"$line") | ${verified#*:} |")
  stop SERVER_PID
}

STUB_URL=http://127.0.0.1:$STUB_PORT/tmf679
run without-1
run with-1 "$STUB_URL"
run without-2
run with-2 "$STUB_URL"

{
  echo "# Create with and without feasibility verification"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores;" \
    "wrk $THREADS threads, $CONCURRENCY connections, ${DURATION} s after ${WARMUP} s warm-up; JVM \`$JAVA_OPTS\`."
  echo
  echo "| Run | requests/s | p50 ms | p99 ms | errors | last record verified |"
  echo "|---|---:|---:|---:|---:|---|"
  printf '%s\n' "${LINES[@]}"
} >"$OUT/results.md"
cat "$OUT/results.md"
