#!/usr/bin/env bash
# Soak: the prod jar with its documented heap, for MINUTES (10) per configuration, at 70% of the maximum rate just
# measured, on the benchmark's operations at once (city slice, regions page, search, ask: one paced load each),
# with the answer cache on, then off. Reports errors (target 0), RSS every 30 s (target: flat after the first
# two minutes, growth under 10%) and p99 per minute, as Markdown; raw figures in target/bench/soak-<date-time>/.
#
#   deploy/bench/soak.sh [--minutes N] [--no-build]
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
# shellcheck source=deploy/bench/lib.sh
source "$BENCH/lib.sh"

MINUTES=10 BUILD=1
while (($#)); do
  case $1 in
    --minutes) MINUTES=$2; shift ;;
    --no-build) BUILD=0 ;;
    -h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
  esac
  shift
done
CONNECTIONS=${BENCH_CONNECTIONS:-16} THREADS=${BENCH_THREADS:-1} HEAP=${BENCH_HEAP:-256m}
PORT=${BENCH_PORT:-18180} APP_PORT=$PORT PG_PORT=$((PORT + 3))
OPS=(city-slice regions-page search ask)

"$BENCH/setup.sh"
if ((BUILD)); then
  log "building the app (-Pprod)"
  (cd "$ROOT" && ./mvnw -B -q package -Pprod -DskipTests)
fi
APP_DIR=$ROOT/target/quarkus-app
JAVA_OPTS=("-Xmx$HEAP" "-Xms$HEAP")
begin_run soak
for op in "${OPS[@]}"; do
  request_json "$BENCH/queries/$op.graphql" >"$QUERIES/$op.json"
done
pg_start
url="http://127.0.0.1:$APP_PORT/graphql"
printf 'cache\tminute\top\trps\tp99\terrors\trequests\n' >"$RUN/minutes.tsv"
printf 'cache\tseconds\trss_mb\n' >"$RUN/rss.tsv"

for cache in on off; do
  [[ $cache == on ]] && setting=16M || setting=0
  app_start 1 "$APP_PORT" ATLAS_GRAPHQL_ANSWER_CACHE="$setting"
  pid=$STARTED_PID
  # The maximum of each operation alone, then 70% of it shared out: the four loads run side by side.
  declare -A rate=()
  for op in "${OPS[@]}"; do
    wrk_run "$url" "$QUERIES/$op.json" 3 >/dev/null
    read -r max _ < <(wrk_run "$url" "$QUERIES/$op.json" 5)
    rate[$op]=$(awk -v m="$max" -v n="${#OPS[@]}" 'BEGIN { printf "%d", 0.7 * m / n }')
    log "cache $cache: $op alone $max req/s; soaked at ${rate[$op]} req/s"
  done
  start=$(now_ms)
  (while kill -0 "$pid" 2>/dev/null; do
    printf '%s\t%d\t%s\n' "$cache" $((($(now_ms) - start) / 1000)) "$(rss_mb "$pid")" >>"$RUN/rss.tsv"
    sleep 30
  done) &
  sampler=$!
  for ((minute = 1; minute <= MINUTES; minute++)); do
    loads=()
    for op in "${OPS[@]}"; do
      (read -r rps _ _ p99 errors requests < <(paced_run "$url" "$QUERIES/$op.json" 60 "${rate[$op]}")
        printf '%s\t%d\t%s\t%s\t%s\t%s\t%s\n' "$cache" "$minute" "$op" "$rps" "$p99" "$errors" "$requests" \
          >>"$RUN/minutes.tsv") &
      loads+=($!)
    done
    wait "${loads[@]}"
    log "cache $cache: minute $minute done"
  done
  kill "$sampler" 2>/dev/null || true
  app_stop "$pid"
done
stop_all

# The report: per configuration, errors, p99 per minute (worst operation) and RSS over time.
awk -F'\t' -v minutes="$MINUTES" -v heap="$HEAP" '
  FNR == 1 { next }
  FILENAME ~ /minutes/ { key = $1 SUBSEP $2; if ($5 > worst[key]) worst[key] = $5; errors[$1] += $6; requests[$1] += $7
                         if ($5 > p99max[$1]) p99max[$1] = $5 }
  FILENAME ~ /rss/ { n[$1]++; rss[$1, n[$1]] = $3; at[$1, n[$1]] = $2 }
  END {
    print "| answer cache | requests | errors | worst p99 (ms) | RSS after 2 min (MB) | RSS at the end (MB) | growth |"
    print "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for (c = 1; c <= 2; c++) {
      cache = c == 1 ? "on" : "off"; first = ""
      for (i = 1; i <= n[cache]; i++) if (first == "" && at[cache, i] >= 120) first = rss[cache, i]
      last = rss[cache, n[cache]]
      printf "| %s | %d | %d | %.1f | %s | %s | %+.1f%% |\n", cache, requests[cache], errors[cache], p99max[cache],
        first, last, first ? 100 * (last - first) / first : 0
    }
    print ""
    print "| minute | p99 ms, cache on (worst operation) | p99 ms, cache off (worst operation) |"
    print "| ---: | ---: | ---: |"
    for (m = 1; m <= minutes; m++) printf "| %d | %.1f | %.1f |\n", m, worst["on", m], worst["off", m]
    print ""
    print "RSS every 30 s (MB), heap -Xmx" heap ":"
    print ""
    for (c = 1; c <= 2; c++) {
      cache = c == 1 ? "on" : "off"; line = "- cache " cache ":"
      for (i = 1; i <= n[cache]; i++) line = line " " rss[cache, i]
      print line
    }
  }' "$RUN/minutes.tsv" "$RUN/rss.tsv" | tee "$RUN/report.md"
