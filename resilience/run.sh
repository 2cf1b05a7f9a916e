#!/usr/bin/env bash
# The whole-stack fault suite (issue 15): embedded Kafka and MongoDB on files, the local issuer and two
# JVMs of each service on free ports of their own, a bounded load with an oracle, kill -9 of instances,
# a broker and a MongoDB restart, then the verdict. The last line is the RESULT line; exit 0 only when
# nothing was lost, double-counted or wrong.
#   resilience/run.sh --short     about 300 sessions, about 5 minutes
#   resilience/run.sh             5,000 sessions
# Options: --sessions N, --load-seconds S, --seed N (the same seed generates the same sessions and faults).
set -euo pipefail
cd "$(dirname "$0")/.."

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F' = ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]) }'
}
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
  [ -n "$candidate" ] && [ -x "$candidate" ] || continue
  major=$(java_major "$candidate")
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then JAVA_HOME=$(cd "$(dirname "$candidate")/.." && pwd); break; fi
done
[ -n "${JAVA_HOME:-}" ] || { echo "resilience: needs a JDK 21 or newer" >&2; exit 1; }
export JAVA_HOME

missing=""
for module in session-service prep-form-service analytics-service local-issuer resilience; do
  ls "$module"/target/"$module"-[0-9]*.jar >/dev/null 2>&1 || missing="$missing $module"
done
if [ -n "$missing" ]; then
  echo "==> building$missing"
  ./mvnw -B -ntp -q -DskipTests -pl "$(echo $missing | tr ' ' ',')" -am package >/dev/null \
    || { echo "resilience: the build failed; run ./mvnw -DskipTests -pl resilience -am package" >&2; exit 1; }
fi

flags=()
[ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ] && flags+=(--sun-misc-unsafe-memory-access=allow)
exec "$JAVA_HOME/bin/java" "${flags[@]}" -Xmx1g -jar resilience/target/resilience-[0-9]*.jar "$@"
