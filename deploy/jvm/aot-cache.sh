#!/usr/bin/env bash
# Trains an AOT cache (JDK 25 or later, JEP 483/514/515) for a JVM-mode build, so that it starts in a fraction of
# the time: classes already loaded and linked, method profiles already gathered.
#
#   ./mvnw package -Pprod -Dquarkus.package.jar.type=aot-jar     # any JDK from 17 builds it
#   QUARKUS_DATASOURCE_JDBC_URL=... QUARKUS_DATASOURCE_USERNAME=... QUARKUS_DATASOURCE_PASSWORD=... \
#     JAVA_HOME=/path/to/jdk-25 deploy/jvm/aot-cache.sh [APP_DIR]          # writes APP_DIR/app.aot
#   cd APP_DIR && java -XX:AOTCache=app.aot -jar quarkus-run.jar             # the same JDK, the same folder
#
# The training run starts the app from APP_DIR (default target/quarkus-app) with -XX:AOTCacheOutput, sends it the
# requests clients send (the benchmark's queries, an ask, an MCP tool call, the Explorer page, health), and stops
# it; the JVM writes the cache as it exits. The database must accept the app's schema and knowledge (a scratch
# one will do: the start applies the bundled knowledge as any start does). The cache holds only what the JVM
# derived from the jars, nothing read from the database. It is valid for the JDK build and the jars that made
# it: a JVM that cannot use it says so in its first lines and starts without it. Settings: QUARKUS_HTTP_PORT
# (default 18480) and AOT_TRAINING_ROUNDS (default 50 of each request).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
APP_DIR=$(cd "${1:-$ROOT/target/quarkus-app}" && pwd)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PORT=${QUARKUS_HTTP_PORT:-18480}
ROUNDS=${AOT_TRAINING_ROUNDS:-50}
URL=http://127.0.0.1:$PORT

fail() { echo "aot-cache: $*" >&2; exit 1; }

feature=$("$JAVA" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p')
((feature >= 25)) || fail "$JAVA is JDK ${feature:-?}; an AOT cache in one training run needs JDK 25 or later (JAVA_HOME)"
[[ -f $APP_DIR/quarkus-run.jar ]] || fail "no quarkus-run.jar in $APP_DIR"
unzip -p "$APP_DIR/quarkus-run.jar" META-INF/MANIFEST.MF | grep -q '^Class-Path:' ||
  fail "$APP_DIR is not an aot-jar build: build it with -Dquarkus.package.jar.type=aot-jar"
[[ -n ${QUARKUS_DATASOURCE_JDBC_URL:-} ]] || fail "set QUARKUS_DATASOURCE_JDBC_URL (and _USERNAME, _PASSWORD)"
command -v curl >/dev/null || fail "curl is needed to send the training requests"

rm -f "$APP_DIR/app.aot"
LOG=$APP_DIR/app.aot.log
# The cache records the class path as the JVM was given it: train and run from APP_DIR with a relative jar.
# JAVA_OPTS (the heap settings the app will run with) is split into words on purpose.
# shellcheck disable=SC2086
(cd "$APP_DIR" && exec env QUARKUS_HTTP_PORT="$PORT" "$JAVA" -XX:AOTCacheOutput=app.aot ${JAVA_OPTS:-} \
  -jar quarkus-run.jar >"$LOG" 2>&1) &
APP=$!
trap 'kill "$APP" 2>/dev/null || true' EXIT

graphql() { curl -sf -H 'Content-Type: application/json' --data-binary "$1" "$URL/graphql" >/dev/null; }
query_body() { sed 's/\\/\\\\/g; s/"/\\"/g' "$1" | awk 'BEGIN { printf "{\"query\":\"" } { printf "%s\\n", $0 } END { printf "\"}" }'; }

city_slice=$(query_body "$ROOT/deploy/bench/queries/city-slice.graphql")
for ((waited = 0; ; waited++)); do
  graphql "$city_slice" && break
  kill -0 "$APP" 2>/dev/null || fail "the app stopped during its training start: see $LOG"
  ((waited < 1800)) || fail "no answer within 180 s: see $LOG"
  sleep 0.1
done
echo "aot-cache: the app answered; training with $ROUNDS rounds of each request" >&2

bodies=()
for file in "$ROOT"/deploy/bench/queries/{city-slice,regions-page,search,ask}.graphql; do
  bodies+=("$(query_body "$file")")
done
mcp=(-H 'content-type: application/json' -H 'accept: application/json, text/event-stream')
for ((round = 0; round < ROUNDS; round++)); do
  for body in "${bodies[@]}"; do graphql "$body"; done
  curl -sf "$URL/graphql?query=%7Bregions(first:3)%7Bedges%7Bnode%7Bcode%20name%7D%7D%7D%7D" >/dev/null
  curl -sf -o /dev/null "$URL/"
  curl -sf -o /dev/null "$URL/q/health/ready"
done
session=$(curl -si "$URL/mcp" "${mcp[@]}" -d '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"aot-training","version":"1"}}}' |
  tr -d '\r' | awk -F': ' 'tolower($1) == "mcp-session-id" { print $2 }')
if [[ -n $session ]]; then
  curl -sf -o /dev/null "$URL/mcp" "${mcp[@]}" -H "Mcp-Session-Id: $session" -d '{"jsonrpc":"2.0","method":"notifications/initialized"}'
  for ((round = 0; round < ROUNDS; round++)); do
    curl -sf -o /dev/null "$URL/mcp" "${mcp[@]}" -H "Mcp-Session-Id: $session" \
      -d '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"ask","arguments":{"question":"深圳医保个人账户余额怎么查"}}}'
  done
fi

kill "$APP"
wait "$APP" || true
trap - EXIT
[[ -s $APP_DIR/app.aot ]] || fail "the JVM wrote no cache: see $LOG"
echo "aot-cache: wrote $APP_DIR/app.aot ($(du -h "$APP_DIR/app.aot" | cut -f1)); start with:" >&2
echo "  cd $APP_DIR && $JAVA -XX:AOTCache=app.aot -jar quarkus-run.jar" >&2
