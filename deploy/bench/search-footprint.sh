#!/usr/bin/env bash
# What the search index costs, and how fast search and ask answer a chatbot's varied questions.
#
#   deploy/bench/search-footprint.sh [factor] [seconds]     (defaults: 100 20)
#
# Starts the app (embedded PostgreSQL, JVM, -Xmx256m) with the knowledge grown `factor`-fold, twice: once
# building the search index at start, once without it (atlas.search.build-at-start=false, before any search).
# For each start it reports Quarkus' start time, the index build time and the heap in use after a full GC.
# Then it sends the 85 questions of the ask test set in turn, as ask(question) and as search(text), over one
# connection (wrk, one request at a time, so latency is the service time), with the answer cache off: every
# request is computed. Reports p50/p95/p99. Needs a JDK, curl, python3 and wrk (deploy/bench/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."

factor=${1:-100}
seconds=${2:-20}
port=18091
url="http://localhost:$port"
work=$(mktemp -d)
log="$work/app.log"
pid=

stop_app() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    fi
    pid=
}
trap 'stop_app; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: deploy/bench/setup.sh installs it" >&2; exit 1; }
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q package -DskipTests

start_app() { # $1: build the index at start (true/false)
    ATLAS_GRAPHQL_ANSWER_CACHE=0 java -Xmx256m -Dquarkus.http.port=$port \
        -Datlas.knowledge.synthetic-factor="$factor" -Datlas.search.build-at-start="$1" \
        -jar target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
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

# One request body per line for each operation, from the questions of the ask test set.
python3 - "$work" <<'PY'
import json, sys
ask = "query($q: String!) { ask(question: $q) { region { code name } topic intents confidence disclaimer withdrawalConditions { id kind title materials citations { quote source { id } } } withdrawalProcedure { id steps processingTime } usageScenarios { id title } queryChannels { id title } contacts { id title } accountFacts { id title } hits { factId title snippet score } } }"
search = "query($t: String!) { search(text: $t, first: 10) { kind factId region { code name } title snippet score citations { quote source { id title publishedOn } } } }"
questions = [line.split("\t")[0] for line in open("src/test/resources/assistant/questions.tsv", encoding="utf-8")
             if line.strip() and not line.startswith("#")]
for name, query, variable in (("ask", ask, "q"), ("search", search, "t")):
    with open(f"{sys.argv[1]}/{name}.bodies", "w", encoding="utf-8") as out:
        for question in questions:
            out.write(json.dumps({"query": query, "variables": {variable: question}}, ensure_ascii=False) + "\n")
PY

echo "| knowledge | search index | Quarkus start | index build | heap after GC |"
echo "| --- | --- | --- | --- | --- |"
for build in true false; do
    start_app "$build"
    started=$(log_value 'started in ([0-9.]+s)')
    # the index is built beside the start, not in it: wait for it, so that the heap is measured with it built
    for _ in $(seq 1 120); do
        [[ $build == false || -n $(log_value 'Search index built: [0-9]+ facts, [0-9]+ terms in ([0-9]+ ms)') ]] && break
        sleep 0.5
    done
    index=$(log_value 'Search index built: [0-9]+ facts, [0-9]+ terms in ([0-9]+ ms)')
    echo "| ×$factor | $([[ $build == true ]] && echo built at start || echo not built) | $started | ${index:-–} | $(heap_after_gc_mb) MB |"
    [[ $build == false ]] || stop_app
done

echo
echo "| operation (×$factor, the 85 questions in turn, one connection, answer cache off) | requests | p50 | p95 | p99 |"
echo "| --- | --- | --- | --- | --- |"
for operation in search ask; do
    BENCH_BODIES="$work/$operation.bodies" wrk -t1 -c1 -d5s -s deploy/bench/varied.lua "$url/graphql" >/dev/null # warm-up
    BENCH_BODIES="$work/$operation.bodies" wrk -t1 -c1 -d"${seconds}s" -s deploy/bench/varied.lua "$url/graphql" |
        awk -v op="$operation" '/^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
            printf "| %s | %d (%d errors) | %.1f ms | %.1f ms | %.1f ms |\n", op, v["requests"], v["errors"], v["p50_ms"], v["p95_ms"], v["p99_ms"] }'
done
