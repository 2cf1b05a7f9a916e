#!/usr/bin/env bash
# The projection benchmark: fills an embedded Kafka broker with 1,000,000 events for 10,000 clients,
# then measures in rounds, after a warm-up, a plain consumer (a), the naive single-record peer (b) and our batch
# listener (c) into the embedded MongoDB (in a JVM of its own), and patterns-query latency for 10 and 2,000 sessions.
# Usage: analytics-service/bench/run.sh [events] [clients] [rounds]   (needs a JDK >= 21 as java or JAVA_HOME;
# BENCH_JAVA_OPTS for -Dbench.* settings, e.g. -Dbench.mongo=mongodb://host:27017 for a real MongoDB, -Dbench.naiveSeconds=60)
set -euo pipefail
cd "$(dirname "$0")/../.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -ntp -q ${BENCH_MAVEN_FLAGS:-} -pl analytics-service -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec "$java" -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "analytics-service/target/test-classes:analytics-service/target/classes:$(cat analytics-service/target/bench-classpath.txt)" \
  io.throughline.analytics.bench.ProjectionBenchmark "$@"
