# Functions shared by the benchmark scripts: the servers under test, their start and stop, and the load.
# Sourced by run.sh, which sets RUN (a scratch folder) and the ports.
# shellcheck shell=bash disable=SC2034 # (the variables it sets are read by run.sh)

PIDS=()

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Stops every server this run started, newest first; PostgreSQL last, through pg_ctl.
stop_all() {
  local i
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do stop_pid "${PIDS[i]}"; done
  PIDS=()
  if [[ -n "${PGDATA_DIR:-}" && -f "$PGDATA_DIR/postmaster.pid" ]]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null || true
  fi
}

stop_pid() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.05; done
  kill -9 "$pid" 2>/dev/null || true
}

forget_pid() {
  local pid=$1 kept=() p
  for p in "${PIDS[@]}"; do [[ $p == "$pid" ]] || kept+=("$p"); done
  PIDS=("${kept[@]}")
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_port() {
  port_free "$1" || { log "port $1 is in use: set BENCH_PORT to another base port"; exit 1; }
}

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
as_postgres() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A throw-away PostgreSQL cluster of the Debian packages, on PG_PORT, with a database "atlas".
pg_start() {
  PG_BIN=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PGDATA_DIR=$(mktemp -d /tmp/atlas-bench-pg.XXXXXX)
  [[ $(id -u) == 0 ]] && chown postgres "$PGDATA_DIR"
  as_postgres "$PG_BIN/initdb" -D "$PGDATA_DIR/data" -U atlas --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  PGDATA_DIR=$PGDATA_DIR/data
  local start
  start=$(now_ms)
  as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PGDATA_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  PG_START_MS=$(($(now_ms) - start))
  PG_PID=$(head -1 "$PGDATA_DIR/postmaster.pid")
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U atlas -d postgres -c 'create database atlas'
}

# Starts the app (JVM mode: APP_DIR, JAVA_OPTS, and APP_JAVA or else `java`) on `port` with the knowledge grown
# `factor`-fold, and waits for its first GraphQL answer; further arguments are environment settings (e.g.
# ATLAS_GRAPHQL_ANSWER_CACHE=0). Sets STARTED_PID and FIRST_ANSWER_MS (process start to first successful answer).
app_start() {
  local factor=$1 port=$2 start
  shift 2
  require_free_port "$port"
  # The arguments go through a file, so the command line names no jar: a `pkill -f quarkus-run.jar` meant
  # for another copy of the app on the same machine leaves this one running.
  printf '%s\n' "${JAVA_OPTS[@]}" "-Datlas.knowledge.synthetic-factor=$factor" -jar quarkus-run.jar \
    >"$RUN/app-$port.args"
  start=$(now_ms)
  # From its own folder, with a relative jar: a class-data archive or AOT cache names the class path as it was
  # given when it was made. No request log: nginx and PostGraphile run without theirs too.
  (cd "$APP_DIR" && exec env QUARKUS_HTTP_PORT="$port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/atlas" \
    QUARKUS_DATASOURCE_USERNAME=atlas QUARKUS_DATASOURCE_PASSWORD=atlas \
    QUARKUS_LOG_CATEGORY__APP_YIBAO_ATLAS_REQUESTS__LEVEL=WARN "$@" \
    "${APP_JAVA:-java}" "@$RUN/app-$port.args" >>"$RUN/app-$port.log" 2>&1) &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
  wait_for_answer "http://127.0.0.1:$port/graphql" "$QUERIES/${FIRST_QUERY:-city-slice}.json" "$STARTED_PID" 180
  FIRST_ANSWER_MS=$(($(now_ms) - start))
}

app_stop() {
  stop_pid "$1"
  forget_pid "$1"
}

postgraphile_start() {
  require_free_port "$PG_GRAPHILE_PORT"
  NODE_ENV=production "$BENCH/postgraphile/node_modules/.bin/postgraphile" \
    -c "postgres://atlas@127.0.0.1:$PG_PORT/atlas" --schema public \
    --host 127.0.0.1 --port "$PG_GRAPHILE_PORT" --disable-query-log --disable-graphiql \
    >>"$RUN/postgraphile.log" 2>&1 &
  PG_GRAPHILE_PID=$!
  PIDS+=("$PG_GRAPHILE_PID")
  wait_for_answer "http://127.0.0.1:$PG_GRAPHILE_PORT/graphql" "$QUERIES/postgraphile-city-slice.json" "$PG_GRAPHILE_PID" 60
}

# nginx serves $RUN/www/city-slice.json, which holds the app's answer, byte for byte.
nginx_start() {
  require_free_port "$NGINX_PORT"
  mkdir -p "$RUN/www" "$RUN/nginx"
  sed -e "s#__PORT__#$NGINX_PORT#" -e "s#__ROOT__#$RUN/www#" -e "s#__RUN__#$RUN/nginx#" \
    "$BENCH/nginx.conf" >"$RUN/nginx/nginx.conf"
  nginx -c "$RUN/nginx/nginx.conf" -e "$RUN/nginx/nginx-error.log" &
  NGINX_PID=$!
  PIDS+=("$NGINX_PID")
  wait_for_answer "http://127.0.0.1:$NGINX_PORT/graphql" "$QUERIES/city-slice.json" "$NGINX_PID" 10
}

# Polls until the endpoint gives a GraphQL answer with data and no errors; gives up if the process dies.
wait_for_answer() {
  local url=$1 body=$2 pid=$3 seconds=$4 deadline
  deadline=$(($(now_ms) + seconds * 1000))
  until answer_ok "$url" "$body"; do
    kill -0 "$pid" 2>/dev/null || { log "the server for $url stopped: see $RUN/*.log"; exit 1; }
    (($(now_ms) < deadline)) || { log "no answer from $url within ${seconds}s"; exit 1; }
    sleep 0.01
  done
}

answer_ok() {
  local url=$1 body=$2
  curl -sf --max-time 5 -H 'Content-Type: application/json' --data-binary "@$body" "$url" 2>/dev/null |
    jq -e '(.errors == null) and (.data != null) and ([.data[]] | all(. != null))' >/dev/null 2>&1
}

# Begins a run: its folder target/bench/[PREFIX-]<date-time> (RUN) with the request bodies under QUERIES, and
# the traps that stop every server the run starts, however it ends.
begin_run() {
  RUN=$ROOT/target/bench/${1:+$1-}$(date -u +%Y%m%d-%H%M%S)
  QUERIES=$RUN/requests
  mkdir -p "$QUERIES"
  trap stop_all EXIT
  trap 'exit 130' INT TERM
}

# Builds a git revision with -Pprod in a worktree of its own, once: the build is kept under target/bench/start/ by
# commit. Variants: `appcds` (with an AppCDS archive), `aot` (the aot-jar packaging an AOT cache needs; the cache
# itself is trained on a running database, see aot_train). Sets BUILT to its quarkus-app folder.
build_revision() {
  local rev=$1 variant=${2:-} sha src options=()
  case $variant in
    appcds) options=(-Dquarkus.package.jar.appcds.enabled=true) ;;
    aot) options=(-Dquarkus.package.jar.type=aot-jar) ;;
  esac
  sha=$(git -C "$ROOT" rev-parse --short "$rev")
  BUILT=$ROOT/target/bench/start/$sha${variant:+-$variant}
  if [[ ! -f $BUILT/quarkus-run.jar ]]; then
    log "building $rev ($sha${variant:+, $variant})"
    src=$ROOT/target/bench/start/src-$sha${variant:+-$variant}
    rm -rf "$src" "$BUILT" && mkdir -p "$(dirname "$src")"
    git -C "$ROOT" worktree add -f --detach "$src" "$sha" >/dev/null
    (cd "$src" && ./mvnw -B -q package -Pprod -DskipTests "${options[@]}")
    mv "$src/target/quarkus-app" "$BUILT"
    git -C "$ROOT" worktree remove --force "$src"
  fi
}

# The home of a JDK that can train an AOT cache in one run (25 or later): BENCH_AOT_JDK, or else the newest such
# JDK under /usr/lib/jvm. Prints nothing when there is none.
aot_jdk() {
  local home feature best='' best_feature=0
  for home in ${BENCH_AOT_JDK:-/usr/lib/jvm/*}; do
    [[ -x $home/bin/java ]] || continue
    feature=$("$home/bin/java" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p')
    ((${feature:-0} >= 25 && feature > best_feature)) && best=$home best_feature=$feature
  done
  [[ -n $best ]] && echo "$best"
  return 0
}

# Trains APP_DIR's AOT cache (deploy/jvm/aot-cache.sh) against the run's PostgreSQL, with JAVA_OPTS, on `port`.
aot_train() {
  local jdk=$1 port=$2
  log "training the AOT cache of $APP_DIR on $("$jdk/bin/java" -version 2>&1 | head -1)"
  JAVA_HOME=$jdk JAVA_OPTS="${JAVA_OPTS[*]}" QUARKUS_HTTP_PORT=$port AOT_TRAINING_ROUNDS=${BENCH_AOT_ROUNDS:-50} \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/atlas" \
    QUARKUS_DATASOURCE_USERNAME=atlas QUARKUS_DATASOURCE_PASSWORD=atlas \
    QUARKUS_LOG_CATEGORY__APP_YIBAO_ATLAS_REQUESTS__LEVEL=WARN \
    "$ROOT/deploy/jvm/aot-cache.sh" "$APP_DIR" 2>>"$RUN/aot-training.log"
}

# The request body of a .graphql file: {"query": "..."}.
request_json() { jq -Rs '{query: .}' "$1"; }

rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# One wrk run; prints "rps p50 p95 p99 errors requests" (latencies in ms).
wrk_run() {
  local url=$1 body=$2 seconds=$3 out
  out=$(BENCH_BODY=$body wrk -t "$THREADS" -c "$CONNECTIONS" -d "${seconds}s" -s "$BENCH/load.lua" "$url")
  grep '^RESULT' <<<"$out" | sed -E 's/[a-z0-9_]+=//g; s/^RESULT //'
}

# A fixed rate (requests/s over all connections) for some seconds with hey; prints
# "rps p50 p95 p99 errors requests".
paced_run() {
  local url=$1 body=$2 seconds=$3 rate=$4 out per_connection
  per_connection=$(awk -v r="$rate" -v c="$CONNECTIONS" 'BEGIN { printf "%.2f", r / c }')
  out=$(hey -z "${seconds}s" -c "$CONNECTIONS" -q "$per_connection" -m POST -T application/json -D "$body" "$url")
  awk '
    /Requests\/sec/ { rps = $2 }
    /^  50% in/ { p50 = $3 * 1000 } /^  95% in/ { p95 = $3 * 1000 } /^  99% in/ { p99 = $3 * 1000 }
    /^Status code distribution:/ { section = "status" } /^Error distribution:/ { section = "errors" }
    section == "status" && /^  \[/ { requests += $2; if ($1 != "[200]") errors += $2 }
    section == "errors" && /^  \[/ { gsub(/[][]/, "", $1); errors += $1 }
    END { printf "%.1f %.3f %.3f %.3f %d %d\n", rps, p50, p95, p99, errors, requests }' <<<"$out"
}

# Starts each build STARTS times, alternating so that the machine's noise falls on all alike: `start_fn BUILD`
# starts one (through app_start). Appends each start's first-answer time and CPU time (ms) to the associative
# arrays TIMES and CPUS, which the caller declares.
time_alternating_starts() {
  local start_fn=$1 i build cpu
  shift
  for ((i = 1; i <= STARTS; i++)); do
    for build in "$@"; do
      "$start_fn" "$build"
      cpu=$(cpu_ms "$STARTED_PID")
      app_stop "$STARTED_PID"
      # shellcheck disable=SC2004 # TIMES and CPUS are the caller's associative arrays, keyed by build
      TIMES[$build]+="$FIRST_ANSWER_MS " CPUS[$build]+="$cpu "
      log "$build: start $i: first answer after $FIRST_ANSWER_MS ms (CPU $cpu ms)"
    done
  done
}

# The median of whitespace-separated numbers read from stdin.
median() {
  tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# CPU time used so far by processes and their descendants (living, and those they have reaped), in ms.
cpu_ms() {
  local pids=("$@") all=() hz
  while ((${#pids[@]})); do
    all+=("${pids[@]}")
    mapfile -t pids < <(pgrep -P "$(IFS=,; echo "${pids[*]}")")
  done
  hz=$(getconf CLK_TCK)
  for pid in "${all[@]}"; do cat "/proc/$pid/stat" 2>/dev/null || true; done |
    sed 's/^.*) //' | awk -v hz="$hz" '{ t += $12 + $13 + $14 + $15 } END { printf "%d", t * 1000 / hz }'
}
