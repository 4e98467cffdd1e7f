#!/usr/bin/env bash
# Throughput of several builds side by side, JVM mode, answer cache off (every request is answered afresh):
# req/s and CPU time per request of one operation, the builds running at the same time and loaded in turn.
#
#   deploy/bench/throughput-compare.sh [-r ROUNDS] [-o OPERATION] REV [...]   e.g.  ... -o ask HEAD~3 HEAD
#
# OPERATION is a file of deploy/bench/queries/ (city-slice, regions-page, search, ask; default ask). Each git
# revision is built with -Pprod in a worktree of its own under target/bench/start/ (kept by commit). All builds
# start against one PostgreSQL, get 30 s of warm-up each, then ROUNDS rounds (default 5) of 10 s of wrk per
# build, alternating, so that the machine's noise falls on all of them alike. Prints each round and the medians.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
# shellcheck source=deploy/bench/lib.sh
source "$BENCH/lib.sh"

ROUNDS=5 OPERATION=ask
while [[ ${1:-} == -r || ${1:-} == -o ]]; do
  case $1 in
    -r) ROUNDS=$2 ;;
    -o) OPERATION=$2 ;;
  esac
  shift 2
done
(($#)) || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 1; }
[[ -f $BENCH/queries/$OPERATION.graphql ]] || { echo "no such operation: $OPERATION" >&2; exit 1; }
"$BENCH/setup.sh" >/dev/null

PORT=${BENCH_PORT:-18280} PG_PORT=$((${BENCH_PORT:-18280} + 9))
CONNECTIONS=${BENCH_CONNECTIONS:-16} THREADS=${BENCH_THREADS:-1}
begin_run throughput
request_json "$BENCH/queries/city-slice.graphql" >"$QUERIES/city-slice.json"
request_json "$BENCH/queries/$OPERATION.graphql" >"$QUERIES/$OPERATION.json"
JAVA_OPTS=("-Xmx${BENCH_HEAP:-256m}" "-Xms${BENCH_HEAP:-256m}")

declare -A DIRS PORTS APP_PIDS RPS CPU
port=$PORT
for rev in "$@"; do
  build_revision "$rev"
  DIRS[$rev]=$BUILT PORTS[$rev]=$port
  port=$((port + 1))
done

pg_start
for rev in "$@"; do
  # A database each: builds with different knowledge must not replace each other's.
  db=atlas_$((PORTS[$rev] - PORT))
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U atlas -d postgres -c "create database $db"
  log "starting $rev on port ${PORTS[$rev]}"
  APP_DIR=${DIRS[$rev]} app_start 1 "${PORTS[$rev]}" ATLAS_GRAPHQL_ANSWER_CACHE=0 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db"
  APP_PIDS[$rev]=$STARTED_PID
done

url() { echo "http://127.0.0.1:${PORTS[$1]}/graphql"; }
for rev in "$@"; do
  log "warming up $rev"
  wrk_run "$(url "$rev")" "$QUERIES/$OPERATION.json" 30 >/dev/null
done
for ((round = 1; round <= ROUNDS; round++)); do
  for rev in "$@"; do
    before=$(cpu_ms "${APP_PIDS[$rev]}")
    read -r rps _ _ _ errors requests < <(wrk_run "$(url "$rev")" "$QUERIES/$OPERATION.json" 10)
    after=$(cpu_ms "${APP_PIDS[$rev]}")
    cpu=$(awk -v c=$((after - before)) -v n="$requests" 'BEGIN { printf "%.3f", n ? c / n : 0 }')
    RPS[$rev]+="$rps " CPU[$rev]+="$cpu "
    log "$rev: round $round: $rps req/s, $cpu ms CPU per request, $errors errors"
  done
done

printf '\n%s, answer cache off, %s rounds of 10 s (wrk, %s connections):\n\n' "$OPERATION" "$ROUNDS" "$CONNECTIONS"
printf '| revision | req/s, median | CPU ms per request, median |\n| --- | ---: | ---: |\n'
for rev in "$@"; do
  name=$rev sha=$(git -C "$ROOT" rev-parse --short "$rev")
  [[ $sha == "$rev" ]] || name="$rev ($sha)"
  printf '| %s | %s | %s |\n' "$name" "$(median <<<"${RPS[$rev]}")" "$(median <<<"${CPU[$rev]}")"
done
