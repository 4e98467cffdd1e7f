#!/usr/bin/env bash
# The benchmark, in one command: builds the app, starts it (JVM mode) against a PostgreSQL of its own, with
# PostGraphile on the same tables and nginx serving the app's answer as a static file, loads each in turn
# with wrk, and reports throughput, latency, start-up and memory.
#
#   deploy/bench/run.sh [--quick | --full | --smoke] [--record | --no-record] [--no-build]
#
#   --quick   knowledge as shipped, 1 round of 4 s per server after 15 s of warm-up (the default; about 6 minutes)
#   --full    knowledge as shipped, grown 10× and 100×, 3 rounds of 6 s after 20 s of warm-up (about 35 minutes)
#   --smoke   1-second runs: checks that the scripts work end to end, not a measurement
#   --record  append the results to docs/benchmarks.md and draw docs/benchmarks.png (default with --full)
#
# Every server is loaded with each operation for the warm-up time before it is measured: the JVM's optimising
# compiler (and V8's) needs well over a few seconds of load to reach the code a long-running server runs.
# With a JDK 25 or later (BENCH_AOT_JDK, or the newest under /usr/lib/jvm), the start-up is measured a second
# time with an AOT cache (deploy/jvm/aot-cache.sh). Results of every run are kept in target/bench/<date-time>/. Settings can be overridden with BENCH_SIZES,
# BENCH_DURATION, BENCH_WARMUP, BENCH_ROUNDS, BENCH_CONNECTIONS, BENCH_THREADS, BENCH_HEAP and BENCH_PORT (base
# port).
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
# shellcheck source=deploy/bench/lib.sh
source "$BENCH/lib.sh"

usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

MODE=quick RECORD=auto BUILD=1
while (($#)); do
  case $1 in
    --quick | --full | --smoke) MODE=${1#--} ;;
    --record) RECORD=1 ;;
    --no-record) RECORD=0 ;;
    --no-build) BUILD=0 ;;
    -h | --help) usage ;;
    *) usage 1 >&2 ;;
  esac
  shift
done
case $MODE in
  smoke) sizes="1" duration=1 rounds=1 warmup=1 starts=1 ;;
  quick) sizes="1" duration=4 rounds=1 warmup=15 starts=2 ;;
  full) sizes="1 10 100" duration=6 rounds=3 warmup=20 starts=5 ;;
esac
warmup=${BENCH_WARMUP:-$warmup}
STARTS=$starts SIZES=${BENCH_SIZES:-$sizes} DURATION=${BENCH_DURATION:-$duration} ROUNDS=${BENCH_ROUNDS:-$rounds}
CONNECTIONS=${BENCH_CONNECTIONS:-16} THREADS=${BENCH_THREADS:-1} HEAP=${BENCH_HEAP:-256m}
PORT=${BENCH_PORT:-18080}
APP_PORT=$PORT PG_GRAPHILE_PORT=$((PORT + 1)) NGINX_PORT=$((PORT + 2)) PG_PORT=$((PORT + 3))
UNCACHED_PORT=$((PORT + 4))
[[ $RECORD == auto ]] && { [[ $MODE == full ]] && RECORD=1 || RECORD=0; }

"$BENCH/setup.sh"

# With a JDK 25 or later on the machine, the start-up is also measured with an AOT cache: the same build in the
# aot-jar packaging, its cache trained on this run's database (deploy/jvm/aot-cache.sh).
AOT_JDK=$(aot_jdk) AOT_APP=$ROOT/target/bench/aot-app
if ((BUILD)); then
  if [[ -n $AOT_JDK ]]; then
    log "building the app in the aot-jar packaging, for the start with an AOT cache"
    (cd "$ROOT" && ./mvnw -B -q package -Pprod -DskipTests -Dquarkus.package.jar.type=aot-jar)
    rm -rf "$AOT_APP" && mkdir -p "$(dirname "$AOT_APP")" && mv "$ROOT/target/quarkus-app" "$AOT_APP"
  fi
  log "building the app (-Pprod: without the embedded database)"
  (cd "$ROOT" && ./mvnw -B -q package -Pprod -DskipTests)
fi
[[ -f $AOT_APP/quarkus-run.jar ]] || AOT_JDK=''
APP_DIR=$ROOT/target/quarkus-app
# A fixed, small heap: without -Xmx the JVM sizes its heap from the machine's memory and its RSS follows.
JAVA_OPTS=("-Xmx$HEAP" "-Xms$HEAP")

begin_run ''

for file in "$BENCH"/queries/*.graphql; do
  request_json "$file" >"$QUERIES/$(basename "$file" .graphql).json"
done

# What the report needs to say about this run.
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit=$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . 2>/dev/null || echo '+changes')"
  echo "mode=$MODE"
  echo "cpu=$(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
  echo "memory=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "load_before=$(cut -d' ' -f1 /proc/loadavg)"
  echo "settings=wrk $THREADS thread, $CONNECTIONS connections, $ROUNDS × ${DURATION} s per server and operation after ${warmup} s of warm-up, alternating"
  echo "jvm=$(java -version 2>&1 | head -1 | tr -d '"'), ${JAVA_OPTS[*]}"
  echo "postgraphile=$("$BENCH/postgraphile/node_modules/.bin/postgraphile" --version) on Node.js $(node --version)"
  echo "nginx=$(nginx -v 2>&1 | cut -d/ -f2)"
} >"$RUN/meta.env"

pg_start
echo "postgres_start_ms=$PG_START_MS" >>"$RUN/meta.env"
log "PostgreSQL started in $PG_START_MS ms; results go to $RUN"

printf 'size\top\ttarget\tround\trps\tp50\tp95\tp99\terrors\tcpu_ms_per_request\n' >"$RUN/results.tsv"
printf 'size\tstarts_ms\tstarts_cpu_ms\trss_idle_mb\trss_loaded_mb\n' >"$RUN/startup.tsv"

# The operations the app has: search and ask are skipped with a note when its schema lacks them.
operations() {
  local fields op
  fields=$(curl -sf -H 'Content-Type: application/json' -d '{"query":"{__schema{queryType{fields{name}}}}"}' \
    "http://127.0.0.1:$APP_PORT/graphql" | jq -r '.data.__schema.queryType.fields[].name')
  for op in city-slice regions-page search ask; do
    case $op in
      search | ask)
        if ! grep -qx "$op" <<<"$fields"; then
          log "skipping $op: this version of the app has no '$op' query"
          echo "skipped_$op=this version of the app has no '$op' query" >>"$RUN/meta.env"
          continue
        fi
        ;;
    esac
    echo "$op"
  done
}

url_of() {
  case $1 in
    app) echo "http://127.0.0.1:$APP_PORT/graphql" ;;
    app-uncached) echo "http://127.0.0.1:$UNCACHED_PORT/graphql" ;;
    postgraphile) echo "http://127.0.0.1:$PG_GRAPHILE_PORT/graphql" ;;
    nginx) echo "http://127.0.0.1:$NGINX_PORT/graphql" ;;
  esac
}

# The processes whose CPU time a request costs: the server, and PostgreSQL where it is asked.
pids_of() {
  case $1 in
    app) echo "$APP_PID" ;;
    app-uncached) echo "$UNCACHED_PID" ;;
    postgraphile) echo "$PG_GRAPHILE_PID $PG_PID" ;;
    nginx) echo "$NGINX_PID" ;;
  esac
}

# Runs one load ("wrk" or "paced <rate>") on a server and appends its line to results.tsv.
measure() {
  local size=$1 op=$2 target=$3 round=$4 label=$5 before after rps p50 p95 p99 errors requests cpu
  shift 5
  # shellcheck disable=SC2046 # pids_of gives a list
  before=$(cpu_ms $(pids_of "$target"))
  if [[ $1 == paced ]]; then
    read -r rps p50 p95 p99 errors requests < <(paced_run "$(url_of "$target")" "$(body_of "$target" "$op")" "$DURATION" "$2")
  else
    read -r rps p50 p95 p99 errors requests < <(wrk_run "$(url_of "$target")" "$(body_of "$target" "$op")" "$DURATION")
  fi
  # shellcheck disable=SC2046
  after=$(cpu_ms $(pids_of "$target"))
  cpu=$(awk -v t=$((after - before)) -v n="$requests" 'BEGIN { printf "%.3f", n ? t / n : 0 }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$op" "$label" "$round" \
    "$rps" "$p50" "$p95" "$p99" "$errors" "$cpu" >>"$RUN/results.tsv"
  log "×$size $op $label round $round: $rps req/s, p50 $p50 ms, p99 $p99 ms, $cpu ms CPU per request, $errors errors"
}

body_of() {
  case $1 in
    postgraphile) echo "$QUERIES/postgraphile-$2.json" ;;
    *) echo "$QUERIES/$2.json" ;;
  esac
}

# The servers compared on an operation: the app as configured, and with its answer cache off (every request
# runs the engine); PostGraphile where it has an equivalent query; nginx for the slice.
targets_of() {
  echo app
  echo app-uncached
  [[ -f $QUERIES/postgraphile-$1.json ]] && echo postgraphile
  [[ $1 == city-slice ]] && echo nginx
  return 0
}

median_rps() {
  awk -F'\t' -v s="$1" -v o="$2" -v t="$3" '$1 == s && $2 == o && $3 == t { print $5 }' "$RUN/results.tsv" |
    sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Starts the app STARTS times in turn with the knowledge grown `size`-fold; sets startups and startup_cpu, and
# leaves the last start running as APP_PID.
time_starts() {
  local size=$1 i
  startups=() startup_cpu=()
  for ((i = 1; i <= STARTS; i++)); do
    ((i == 1)) || app_stop "$APP_PID"
    app_start "$size" "$APP_PORT"
    APP_PID=$STARTED_PID
    startups+=("$FIRST_ANSWER_MS")
    startup_cpu+=("$(cpu_ms "$APP_PID")")
  done
}

for size in $SIZES; do
  log "knowledge ×$size: first start applies it to PostgreSQL"
  app_start "$size" "$APP_PORT"
  app_stop "$STARTED_PID"
  time_starts "$size"
  app_start "$size" "$UNCACHED_PORT" ATLAS_GRAPHQL_ANSWER_CACHE=0
  UNCACHED_PID=$STARTED_PID
  log "knowledge ×$size: process start to first answer ${startups[*]} ms (CPU ${startup_cpu[*]} ms)"
  [[ -n ${PG_GRAPHILE_STARTED:-} ]] || { postgraphile_start; PG_GRAPHILE_STARTED=1; }
  curl -sf -H 'Content-Type: application/json' --data-binary "@$QUERIES/city-slice.json" \
    "$(url_of app)" -o "$RUN/city-slice-$size.json"
  mkdir -p "$RUN/www"
  cp "$RUN/city-slice-$size.json" "$RUN/www/city-slice.json"
  [[ -n ${NGINX_STARTED:-} ]] || { nginx_start; NGINX_STARTED=1; }
  sleep 2
  rss_idle=$(rss_mb "$APP_PID")

  mapfile -t ops < <(operations)
  for op in "${ops[@]}"; do
    mapfile -t targets < <(targets_of "$op")
    for target in "${targets[@]}"; do
      answer_ok "$(url_of "$target")" "$(body_of "$target" "$op")" ||
        { log "$target gives no proper answer to $op: see $(body_of "$target" "$op")"; exit 1; }
      wrk_run "$(url_of "$target")" "$(body_of "$target" "$op")" "$warmup" >/dev/null
    done
    for ((round = 1; round <= ROUNDS; round++)); do
      for target in "${targets[@]}"; do
        measure "$size" "$op" "$target" "$round" "$target" wrk
      done
    done
  done
  # Latency at a fixed rate, half the measured maximum: what a user sees on a busy but not saturated server.
  for op in "${ops[@]}"; do
    for target in app app-uncached; do
      rate=$(awk -v r="$(median_rps "$size" "$op" "$target")" 'BEGIN { printf "%d", r / 2 }')
      for ((round = 1; round <= ROUNDS; round++)); do
        measure "$size" "$op" "$target" "$round" "$target@$rate" paced "$rate"
      done
    done
  done
  rss_loaded=$(rss_mb "$APP_PID")
  printf '%s\t%s\t%s\t%s\t%s\n' "$size" "${startups[*]}" "${startup_cpu[*]}" "$rss_idle" "$rss_loaded" \
    >>"$RUN/startup.tsv"
  app_stop "$APP_PID"
  app_stop "$UNCACHED_PID"
done
if [[ -n $AOT_JDK ]]; then
  APP_DIR=$AOT_APP APP_JAVA=$AOT_JDK/bin/java
  aot_train "$AOT_JDK" "$APP_PORT"
  JAVA_OPTS+=(-XX:AOTCache=app.aot)
  time_starts 1
  log "with the AOT cache: process start to first answer ${startups[*]} ms (CPU ${startup_cpu[*]} ms)"
  sleep 2
  {
    echo "aot_jvm=$("$APP_JAVA" -version 2>&1 | head -1 | tr -d '"'), ${JAVA_OPTS[*]}"
    echo "aot_starts_ms=${startups[*]}"
    echo "aot_starts_cpu_ms=${startup_cpu[*]}"
    echo "aot_rss_idle_mb=$(rss_mb "$APP_PID")"
  } >>"$RUN/meta.env"
  app_stop "$APP_PID"
fi
echo "load_after=$(cut -d' ' -f1 /proc/loadavg)" >>"$RUN/meta.env"
stop_all

node "$BENCH/report.mjs" "$RUN"
gnuplot -e "data='$RUN/chart.tsv'; latency='$RUN/chart-p99.tsv'; out='$RUN/chart.png'" "$BENCH/chart.gp"
cat "$RUN/report.md"
if ((RECORD)); then
  cat "$RUN/report.md" >>"$ROOT/docs/benchmarks.md"
  cp "$RUN/chart.png" "$ROOT/docs/benchmarks.png"
  log "appended to docs/benchmarks.md, chart in docs/benchmarks.png"
fi
