#!/usr/bin/env bash
# Start-up benchmark: starts the packaged application N times (default 3) against MongoDB and prints, per run,
# the wall time from 'java -jar' to /actuator/health answering UP, Spring's own "Started in", and the heap in use
# right after start (after a full GC, from jcmd), then the median. Usage: ./clubstom bench [runs] [extra JVM options]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
runs="${1:-3}"; shift || true
jvm_options=("$@")
port=18080

if [ -z "${CLUBSTOM_MONGODB_URI:-}" ]; then
  tools/mongo/local-mongo.sh start 27017 "$root/data/db"
  export CLUBSTOM_MONGODB_URI="mongodb://127.0.0.1:27017/clubstom-bench?replicaSet=rs0"
fi
ls app/target/app-*-exec.jar >/dev/null 2>&1 || ./mvnw -B -q -DskipTests -pl app -am package
jar="$(ls app/target/app-*-exec.jar | head -1)"

printf '%-4s %14s %16s %14s\n' run "ready (ms)" "Started in (s)" "heap (MiB)"
results=()
for run in $(seq 1 "$runs"); do
  log="$(mktemp)"
  start_ns=$(date +%s%N)
  java "${jvm_options[@]}" -jar "$jar" --server.port=$port --spring.profiles.active=demo >"$log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the application died; see $log" >&2; exit 1; }
    sleep 0.05
  done
  ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  jcmd "$pid" GC.run >/dev/null
  heap_kb=$(jcmd "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
  started=$(grep -oE 'Started ClubStomApplication in [0-9.]+' "$log" | grep -oE '[0-9.]+$' || echo "?")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
  printf '%-4s %14s %16s %14s\n' "$run" "$ready_ms" "$started" "$(( heap_kb / 1024 ))"
  results+=("$ready_ms")
done
median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median time to ready: ${median} ms over $runs runs (java: $(java -version 2>&1 | head -1))"
