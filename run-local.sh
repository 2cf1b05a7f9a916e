#!/usr/bin/env bash
# Runs Throughline on this machine: embedded Kafka and MongoDB (data in .local-data/), the local OpenID
# Connect issuer and the three services in JVMs of their own, the dashboard at http://localhost:8083/.
# ./run-local.sh --help
set -euo pipefail
cd "$(dirname "$0")"

die() { echo "run-local: $*" >&2; exit 1; }

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F' = ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]) }'
}

find_jdk() {
  local candidate major found_old=""
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      JAVA_HOME=$(cd "$(dirname "$candidate")/.." && pwd)
      export JAVA_HOME
      return
    fi
    found_old="$found_old ${candidate} (Java ${major:-?})"
  done
  die "needs a JDK 21 or newer; found only:${found_old:- no java at all}. Install one or set JAVA_HOME."
}

find_jdk

for arg in "$@"; do
  if [ "$arg" = --help ] || [ "$arg" = -h ]; then
    if ls local-stack/target/local-stack-*-exec.jar >/dev/null 2>&1; then
      exec "$JAVA_HOME/bin/java" -jar local-stack/target/local-stack-*-exec.jar --help
    fi
    echo "Usage: ./run-local.sh [--demo] [--fresh] [--data-dir DIR] [--kafka HOST:PORT] [--mongo URI] [--issuer URL] [--identities FILE] [--help]"
    echo "(the first run builds the platform; --help then explains every option)"
    exit 0
  fi
done

missing=""
for module in session-service prep-form-service analytics-service local-issuer local-stack; do
  jar="$module-*.jar"
  [ "$module" = local-stack ] && jar="$module-*-exec.jar"  # the runnable one; the plain jar is a library
  ls "$module"/target/$jar >/dev/null 2>&1 || missing="$missing $module"
done
if [ -n "$missing" ]; then
  echo "==> building what is missing:$missing (a first build downloads dependencies and takes a few minutes)"
  modules=$(echo $missing | tr ' ' ',')
  if ! ./mvnw -B -ntp -DskipTests -pl "$modules" -am package 2>&1 \
      | tee .run-local-build.log \
      | sed -nE 's/^\[INFO\] Building ([^ ]+) .*\[([0-9]+)\/([0-9]+)\]$/    building \1 (\2 of \3)/p'; then
    die "the build failed; see .run-local-build.log"
  fi
fi

flags=()
# Kafka's use of sun.misc.Unsafe is allowed, only announced on every start since JDK 24.
[ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ] && flags+=(--sun-misc-unsafe-memory-access=allow)
exec "$JAVA_HOME/bin/java" "${flags[@]}" -jar local-stack/target/local-stack-*-exec.jar "$@"
