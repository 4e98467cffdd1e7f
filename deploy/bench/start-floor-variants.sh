#!/usr/bin/env bash
# What each extension adds to a JVM start: the floor app (deploy/bench/start-floor: Yibao Atlas's extensions with
# nothing of its own) built whole and once without each of the heavier extensions, started in turn against one
# PostgreSQL, STARTS times each (default 4), alternating; prints the median time from process start to the
# first answer and the CPU time used until then.
#
#   deploy/bench/start-floor-variants.sh [-n STARTS]
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
# shellcheck source=deploy/bench/lib.sh
source "$BENCH/lib.sh"

STARTS=4
if [[ ${1:-} == -n ]]; then STARTS=$2; shift 2; fi
"$BENCH/setup.sh" >/dev/null

# variant name -> the artifacts it leaves out (Hibernate ORM's variant also drops the entity)
declare -A WITHOUT=(
  [all]=""
  [without-hibernate-orm]="quarkus-hibernate-orm-panache"
  [without-flyway]="quarkus-flyway flyway-database-postgresql"
  [without-mcp-server]="quarkus-mcp-server-http"
  [without-micrometer]="quarkus-micrometer-registry-prometheus"
  [without-health-and-scheduler]="quarkus-smallrye-health quarkus-scheduler"
)
VARIANTS=(all without-hibernate-orm without-flyway without-mcp-server without-micrometer without-health-and-scheduler)

PORT=${BENCH_PORT:-18180} PG_PORT=$((${BENCH_PORT:-18180} + 3))
begin_run floor
FIRST_QUERY=hello
printf '{"query":"{ hello }"}' >"$QUERIES/hello.json"
JAVA_OPTS=("-Xmx${BENCH_HEAP:-256m}" "-Xms${BENCH_HEAP:-256m}")

for variant in "${VARIANTS[@]}"; do
  src=$RUN/$variant
  cp -r "$BENCH/start-floor" "$src" && rm -rf "$src/target"
  for artifact in ${WITHOUT[$variant]}; do
    # drop the <dependency> element that names the artifact
    perl -0pi -e "s{\\s*<dependency>\\s*<groupId>[^<]*</groupId>\\s*<artifactId>$artifact</artifactId>(\\s*<version>[^<]*</version>)?\\s*</dependency>}{}" "$src/pom.xml"
  done
  [[ $variant == without-hibernate-orm ]] && rm "$src/src/main/java/floor/Greeting.java"
  log "building $variant"
  (cd "$ROOT" && ./mvnw -B -q -f "$src/pom.xml" package -DskipTests)
done

pg_start
psql -q -h 127.0.0.1 -p "$PG_PORT" -U atlas -d postgres -c 'create database floor'
start_variant() {
  APP_DIR=$RUN/$1/target/quarkus-app
  app_start 1 "$PORT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/floor"
}
start_variant all && app_stop "$STARTED_PID" # applies the migration

declare -A TIMES CPUS
time_alternating_starts start_variant "${VARIANTS[@]}"

printf '\n| floor app | first answer, median (ms) | CPU until then, median (ms) | starts (ms) |\n| --- | ---: | ---: | --- |\n'
for variant in "${VARIANTS[@]}"; do
  printf '| %s | %s | %s | %s|\n' "$variant" "$(median <<<"${TIMES[$variant]}")" "$(median <<<"${CPUS[$variant]}")" "${TIMES[$variant]}"
done
