#!/usr/bin/env bash
# Start-up of several builds side by side: process start to first answer (the city slice), JVM mode, against one
# PostgreSQL that already holds the knowledge (a restart, as a replica or a redeployment sees it).
#
#   deploy/bench/start-compare.sh [-n STARTS] REV [REV...]      e.g.  deploy/bench/start-compare.sh f4e6e68 HEAD
#
# Each git revision is built with -Pprod in a worktree of its own under target/bench/start/; the builds then start
# in turn, STARTS times each (default 7), alternating, so that the machine's noise falls on all of them alike.
# Prints each start and the median per revision, with the CPU time the process used until its first answer.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
# shellcheck source=deploy/bench/lib.sh
source "$BENCH/lib.sh"

STARTS=7
if [[ ${1:-} == -n ]]; then STARTS=$2; shift 2; fi
(($#)) || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 1; }
"$BENCH/setup.sh" >/dev/null

PORT=${BENCH_PORT:-18180} PG_PORT=$((${BENCH_PORT:-18180} + 3))
RUN=$ROOT/target/bench/start-$(date -u +%Y%m%d-%H%M%S)
QUERIES=$RUN/requests
mkdir -p "$QUERIES"
request_json "$BENCH/queries/city-slice.graphql" >"$QUERIES/city-slice.json"
JAVA_OPTS=("-Xmx${BENCH_HEAP:-256m}" "-Xms${BENCH_HEAP:-256m}")
trap stop_all EXIT
trap 'exit 130' INT TERM

declare -A DIRS
for rev in "$@"; do
  sha=$(git -C "$ROOT" rev-parse --short "$rev")
  app=$ROOT/target/bench/start/$sha
  if [[ ! -f $app/quarkus-run.jar ]]; then
    log "building $rev ($sha)"
    src=$ROOT/target/bench/start/src-$sha
    rm -rf "$src" "$app" && mkdir -p "$(dirname "$src")"
    git -C "$ROOT" worktree add -f --detach "$src" "$sha" >/dev/null
    (cd "$src" && ./mvnw -B -q package -Pprod -DskipTests)
    mv "$src/target/quarkus-app" "$app"
    git -C "$ROOT" worktree remove --force "$src"
  fi
  DIRS[$rev]=$app
done

pg_start
log "first start: applies the knowledge to PostgreSQL"
APP_DIR=${DIRS[$1]}
app_start 1 "$PORT"
app_stop "$STARTED_PID"

declare -A TIMES CPUS
for ((i = 1; i <= STARTS; i++)); do
  for rev in "$@"; do
    APP_DIR=${DIRS[$rev]}
    app_start 1 "$PORT"
    cpu=$(cpu_ms "$STARTED_PID")
    app_stop "$STARTED_PID"
    TIMES[$rev]+="$FIRST_ANSWER_MS " CPUS[$rev]+="$cpu "
    log "$rev: start $i: first answer after $FIRST_ANSWER_MS ms (CPU $cpu ms)"
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '\n| revision | first answer, median (ms) | CPU until then, median (ms) | starts (ms) |\n| --- | ---: | ---: | --- |\n'
for rev in "$@"; do
  printf '| %s (%s) | %s | %s | %s|\n' "$rev" "$(git -C "$ROOT" rev-parse --short "$rev")" \
    "$(median <<<"${TIMES[$rev]}")" "$(median <<<"${CPUS[$rev]}")" "${TIMES[$rev]}"
done
