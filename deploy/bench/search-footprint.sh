#!/usr/bin/env bash
# What the search index costs and how fast search and ask answer, at a given knowledge size.
#
#   deploy/bench/search-footprint.sh [factor] [requests]     (defaults: 100 2000)
#
# Starts the app (embedded PostgreSQL, JVM, -Xmx256m) with the knowledge grown `factor`-fold, twice: once
# building the search index at start, once without it (atlas.search.build-at-start=false, before any search).
# For each start it reports Quarkus' start time, the index build time and the heap in use after a full GC.
# Then, with the index, it sends `requests` search and ask requests, one at a time at 100 requests/s (hey -q),
# and reports p50/p95/p99. Needs a JDK, curl and hey (Debian: apt-get install hey).
set -euo pipefail
cd "$(dirname "$0")/../.."

factor=${1:-100}
requests=${2:-2000}
port=18091
url="http://localhost:$port"
log=$(mktemp)
pid=

stop_app() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    fi
    pid=
}
trap 'stop_app; rm -f "$log"' EXIT

command -v hey >/dev/null || { echo "hey is missing: apt-get install hey" >&2; exit 1; }
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q package -DskipTests

start_app() { # $1: build the index at start (true/false)
    java -Xmx256m -Dquarkus.http.port=$port -Datlas.knowledge.synthetic-factor="$factor" \
        -Datlas.search.build-at-start="$1" -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do
        curl -sf "$url/q/health/ready" >/dev/null && return 0
        sleep 0.5
    done
    echo "the app did not become ready; its log: $log" >&2
    exit 1
}

heap_after_gc_mb() {
    jcmd "$pid" GC.run >/dev/null
    jcmd "$pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { sub("K,?", "", $(i+1)); print int($(i+1) / 1024); exit } }'
}

log_value() { # $1: regular expression with one group, searched in the app's log
    sed -nE "s/.*$1.*/\\1/p" "$log" | tail -1
}

echo "| knowledge | search index | Quarkus start | index build | heap after GC |"
echo "| --- | --- | --- | --- | --- |"
for build in true false; do
    start_app "$build"
    started=$(log_value 'started in ([0-9.]+s)')
    index=$(log_value 'Search index built: [0-9]+ facts, [0-9]+ terms in ([0-9]+ ms)')
    echo "| ×$factor | $([[ $build == true ]] && echo built at start || echo not built) | $started | ${index:-–} | $(heap_after_gc_mb) MB |"
    [[ $build == false ]] || stop_app
done

body() { # $1: GraphQL query, $2: variables as JSON
    printf '{"query":%s,"variables":%s}' "$(printf '%s' "$1" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))')" "$2"
}
search_body=$(body 'query($t: String!) { search(text: $t, first: 10) { kind factId region { code name } title snippet score citations { quote source { id title publishedOn } } } }' '{"t":"深圳 药店 个人账户 余额门槛"}')
ask_body=$(body 'query($q: String!) { ask(question: $q) { region { code name } topic intents confidence disclaimer withdrawalConditions { id kind title materials citations { quote source { id } } } withdrawalProcedure { id steps processingTime channels { type name } } hits { factId title snippet score } } }' '{"q":"父亲在深圳去世了，他医保账户里的余额家属怎么取"}')

echo
echo "| operation (×$factor, $requests requests at 100/s, one connection) | p50 | p95 | p99 |"
echo "| --- | --- | --- | --- |"
for operation in search ask; do
    payload=${operation}_body
    hey -n 500 -c 2 -m POST -T application/json -d "${!payload}" "$url/graphql" >/dev/null # warm-up
    hey -n "$requests" -q 100 -c 1 -m POST -T application/json -d "${!payload}" "$url/graphql" |
        awk -v op="$operation" '/ 50% in/ { p50 = $3 } / 95% in/ { p95 = $3 } / 99% in/ { p99 = $3 }
            /\[200\]/ { ok = $2 }
            END { printf "| %s | %.1f ms | %.1f ms | %.1f ms |\n", op, p50 * 1000, p95 * 1000, p99 * 1000 }'
done
