#!/usr/bin/env bash
# Freshness on the local stack: starts ./run-local.sh --fresh (under the shared ports lock, in its own data
# directory), records N topic shifts through session-service and times each from its 2xx to the shift on
# analytics-service's timeline, with the hops read from Kafka; then stops the stack.
# Usage: analytics-service/bench/freshness.sh [commands]   (the platform's jars must be built: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
m2="${HOME}/.m2/repository"
cp="$(ls "$m2"/org/apache/kafka/kafka-clients/*/kafka-clients-*.jar | grep -v -e sources -e test | tail -1)"
cp="$cp:$(ls "$m2"/org/slf4j/slf4j-api/2.*/slf4j-api-2.*.jar | grep -v sources | tail -1)"
data="$(mktemp -d /tmp/freshness-XXXXXX)"
exec 9>/tmp/throughline-ports.lock
flock 9
./run-local.sh --fresh --data-dir "$data" > "$data/run-local.out" 2>&1 &
stack=$!
trap 'kill -TERM $stack 2>/dev/null; wait $stack 2>/dev/null; rm -rf "$data"' EXIT
until grep -q "Throughline is running" "$data/run-local.out"; do
  kill -0 $stack 2>/dev/null || { cat "$data/run-local.out"; exit 1; }
  sleep 1
done
"$java" -cp "$cp" analytics-service/bench/Freshness.java "${1:-200}"
