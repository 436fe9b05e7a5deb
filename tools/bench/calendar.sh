#!/usr/bin/env bash
# Calendar benchmark against a RUNNING application (start it first, e.g. ./clubstom run, or java -jar ... with the demo
# profile), best after ./clubstom generate-appointments. Signs in as the demo administrator (form login + session), warms
# up, then measures N sequential requests per row over keep-alive connections: the day view page, the day view's htmx
# board, a booking into a free slot of a busy day to come, and GET /api/me (HTTP Basic) as the baseline of the same
# server. Prints count, p50, p95, p99 and max (ms) per row, and the number of appointments and doctors in MongoDB.
#   Usage: ./clubstom bench-calendar [requests per row, default 200]
#   BASE_URL (default http://localhost:8080), WARMUP (default 100 rounds: the JIT needs them), DATE (the day viewed,
#   default the first Wednesday four weeks ahead), BENCH_USER / BENCH_PASSWORD (admin / demo), CLUBSTOM_MONGODB_URI for the counts and for
#   picking patients free on the booking days (default mongodb://127.0.0.1:27017/clubstom?replicaSet=rs0).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
command -v node >/dev/null || { echo "clubstom: the calendar benchmark needs Node.js 18+ (apt-get install nodejs)" >&2; exit 1; }
if [ ! -d "$root/tools/mongo/node_modules/mongodb" ]; then
  (cd "$root/tools/mongo" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
    || echo "clubstom: no MongoDB driver for Node (tools/mongo); the counts will be missing" >&2
fi
exec node "$root/tools/bench/calendar.mjs" "$@"
