#!/usr/bin/env bash
# Query benchmark: 1,000,000 product orders, p50/p95 latency of the TMF630 list queries (incl. X-Total-Count).
#   src/bench/query/run.sh            # build the jar if needed, load (once), measure
# Env: ORDERS (1000000), DURATION (wrk, 20s), CONNECTIONS (1), BENCH_DIR (target/bench-query), RELOAD=1 (load again)
# The app's embedded PostgreSQL 17 (zonky) holds the data in $BENCH_DIR/pg: the jar starts it and runs Flyway,
# the loader runs through psql against it, then wrk measures each query against the same running jar.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ORDERS=${ORDERS:-1000000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-1}
BENCH_DIR=${BENCH_DIR:-$PWD/target/bench-query}
PORT=${PORT:-18622}
BASE="http://localhost:$PORT/tmf-api/productOrderingManagement/v4"
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql missing: apt-get install -y postgresql-client" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -o -q package -DskipTests
mkdir -p "$BENCH_DIR"

echo "== starting the server (embedded PostgreSQL in $BENCH_DIR/pg)"
env -u QUARKUS_DATASOURCE_JDBC_URL ORDERING_EMBEDDED_POSTGRES_DATA_DIR="$BENCH_DIR/pg" QUARKUS_HTTP_PORT=$PORT \
  java -Xmx1g -jar target/quarkus-app/quarkus-run.jar >"$BENCH_DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 120); do
  curl -sf -o /dev/null "$BASE/productOrder?limit=1" && break
  kill -0 $APP 2>/dev/null || { cat "$BENCH_DIR/app.log"; exit 1; }
  sleep 1
done
PGPORT=$(grep -o 'jdbc:postgresql://localhost:[0-9]*' "$BENCH_DIR/app.log" | tail -1 | sed 's/.*://')
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$PGPORT" -U postgres -d postgres)
echo "   server on :$PORT, PostgreSQL $("${PSQL[@]}" -Atc 'show server_version') on :$PGPORT"

HAVE=$("${PSQL[@]}" -Atc 'select count(*) from product_order')
if [ "$HAVE" != "$ORDERS" ] || [ "${RELOAD:-0}" = 1 ]; then
  echo "== loading $ORDERS orders (have $HAVE)"
  start=$(date +%s)
  "${PSQL[@]}" -1 -v orders="$ORDERS" -f src/bench/query/load.sql
  "${PSQL[@]}" -c 'vacuum (analyze) product_order' -c 'vacuum (analyze) product_order_item'
  echo "   loaded in $(( $(date +%s) - start )) s"
fi
"${PSQL[@]}" -Atc "select 'product_order ' || pg_size_pretty(pg_total_relation_size('product_order'))
  || ', product_order_item ' || pg_size_pretty(pg_total_relation_size('product_order_item'))"

# name|query string: each is the first page (default limit 100) with its exact X-Total-Count
QUERIES=(
  "default page|"
  "state=|state=inProgress"
  "relatedParty.id=|relatedParty.id=C-4242"
  "productOrderItem.productOffering.id=|productOrderItem.productOffering.id=PO-17"
  "specialHandling characteristic|productOrderItem.product.productCharacteristic.name=specialHandling"
  "orderDate range + sort|orderDate.gte=2025-06-01T00:00:00Z&orderDate.lt=2025-07-01T00:00:00%2B02:00&sort=orderDate"
  "fields=|fields=id,state,orderDate,relatedParty"
)

echo "== warm-up and result sizes"
for q in "${QUERIES[@]}"; do
  name=${q%%|*}; qs=${q#*|}
  for _ in 1 2 3; do curl -sf -o /dev/null "$BASE/productOrder?$qs"; done
  total=$(curl -sf -D - -o /dev/null "$BASE/productOrder?$qs" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}')
  printf '   %-40s X-Total-Count %s\n' "$name" "$total"
done

echo "== latency: wrk -t1 -c$CONNECTIONS -d$DURATION per query (ms)"
printf '| %-38s | %8s | %8s | %8s | %8s | %6s |\n' query requests p50 p95 p99 errors
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..40})" ---------- ---------- ---------- ---------- --------
for q in "${QUERIES[@]}"; do
  name=${q%%|*}; qs=${q#*|}
  line=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s src/bench/query/latency.lua "$BASE/productOrder?$qs" | grep '^RESULT')
  IFS=$'\t' read -r _ n p50 p95 p99 errors <<<"$line"
  printf '| %-38s | %8s | %8s | %8s | %8s | %6s |\n' "\`$name\`" "$n" "$p50" "$p95" "$p99" "$errors"
done

if [ "${EXPLAIN:-1}" = 1 ]; then
  echo "== plans (EXPLAIN ANALYZE of the SQL the server runs; see README, section "Speed at a million orders")"
  "${PSQL[@]}" -f src/bench/query/explain.sql
fi
echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM"
