#!/usr/bin/env bash
# Start-up of several builds side by side: process start to first answer (the city slice), JVM mode, against one
# PostgreSQL that already holds the knowledge (a restart, as a replica or a redeployment sees it).
#
#   deploy/bench/start-compare.sh [-n STARTS] REV[:appcds|:aot|:aot-nocache]|floor [...]
#   e.g.  deploy/bench/start-compare.sh floor HEAD        deploy/bench/start-compare.sh HEAD HEAD:aot-nocache HEAD:aot
#
# Each git revision is built with -Pprod in a worktree of its own under target/bench/start/; REV:appcds builds it
# with an AppCDS archive (quarkus.package.jar.appcds.enabled) and starts it with -XX:SharedArchiveFile. REV:aot
# builds the aot-jar packaging, trains its AOT cache (deploy/jvm/aot-cache.sh) on a JDK 25 or later (BENCH_AOT_JDK,
# or the newest under /usr/lib/jvm) and starts it on that JDK with -XX:AOTCache; REV:aot-nocache starts the same
# build on the same JDK without the cache, to tell the cache's share from the JDK's. `floor` is
# deploy/bench/start-floor: the same extensions with nothing of the app (one entity, one migration, one query,
# answered first instead of the city slice), the start-up no work of the app's own can go below. The builds
# then start in turn, STARTS times each (default 7), alternating, so that the machine's noise falls on all of them
# alike. Prints each start and the median per build, with the CPU time the process used until its first answer.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
# shellcheck source=deploy/bench/lib.sh
source "$BENCH/lib.sh"

STARTS=7
if [[ ${1:-} == -n ]]; then STARTS=$2; shift 2; fi
(($#)) || { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 1; }
"$BENCH/setup.sh" >/dev/null

PORT=${BENCH_PORT:-18180} PG_PORT=$((${BENCH_PORT:-18180} + 3))
begin_run start
request_json "$BENCH/queries/city-slice.graphql" >"$QUERIES/city-slice.json"
printf '{"query":"{ hello }"}' >"$QUERIES/hello.json"
BASE_OPTS=("-Xmx${BENCH_HEAP:-256m}" "-Xms${BENCH_HEAP:-256m}")

declare -A DIRS OPTS FIRST JAVAS
for build in "$@"; do
  JAVAS[$build]=java
  FIRST[$build]=city-slice
  if [[ $build == floor ]]; then
    log "building the floor app (deploy/bench/start-floor)"
    (cd "$ROOT" && ./mvnw -B -q -f "$BENCH/start-floor/pom.xml" package -DskipTests)
    DIRS[$build]=$BENCH/start-floor/target/quarkus-app OPTS[$build]='' FIRST[$build]=hello
    continue
  fi
  rev=${build%%:*} variant=
  [[ $build == *:* ]] && variant=${build#*:}
  case $variant in
    '') build_revision "$rev" ;;
    appcds) build_revision "$rev" appcds && OPTS[$build]=-XX:SharedArchiveFile=app-cds.jsa ;;
    aot | aot-nocache)
      AOT_JDK=$(aot_jdk)
      [[ -n $AOT_JDK ]] || { echo "$build needs a JDK 25 or later: set BENCH_AOT_JDK to its home" >&2; exit 1; }
      build_revision "$rev" aot
      JAVAS[$build]=$AOT_JDK/bin/java
      [[ $variant == aot ]] && OPTS[$build]=-XX:AOTCache=app.aot ;;
    *) echo "unknown variant: $build (REV, REV:appcds, REV:aot or REV:aot-nocache)" >&2; exit 1 ;;
  esac
  DIRS[$build]=$BUILT
done

pg_start
# The floor app has a database of its own: its one migration is not the app's.
psql -q -h 127.0.0.1 -p "$PG_PORT" -U atlas -d postgres -c 'create database floor'
start_build() {
  APP_DIR=${DIRS[$1]} FIRST_QUERY=${FIRST[$1]} APP_JAVA=${JAVAS[$1]}
  JAVA_OPTS=("${BASE_OPTS[@]}" ${OPTS[$1]:+"${OPTS[$1]}"})
  if [[ $1 == floor ]]; then
    app_start 1 "$PORT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/floor"
  else
    app_start 1 "$PORT"
  fi
}
log "first starts: apply the knowledge (and the floor's migration) to PostgreSQL"
for build in "$@"; do
  [[ $build == *:aot ]] && continue # its cache is not trained yet
  start_build "$build"
  app_stop "$STARTED_PID"
done
# A cache is trained after the knowledge is applied, as a redeployment's would be: on a restart.
for build in "$@"; do
  if [[ $build == *:aot ]]; then
    APP_DIR=${DIRS[$build]} JAVA_OPTS=("${BASE_OPTS[@]}")
    aot_train "$AOT_JDK" "$PORT"
  fi
done

declare -A TIMES CPUS
time_alternating_starts start_build "$@"

printf '\n| revision | first answer, median (ms) | CPU until then, median (ms) | starts (ms) |\n| --- | ---: | ---: | --- |\n'
for rev in "$@"; do
  sha='extensions only'
  [[ $rev == floor ]] || sha=$(git -C "$ROOT" rev-parse --short "${rev%%:*}")
  printf '| %s (%s) | %s | %s | %s|\n' "$rev" "$sha" \
    "$(median <<<"${TIMES[$rev]}")" "$(median <<<"${CPUS[$rev]}")" "${TIMES[$rev]}"
done
