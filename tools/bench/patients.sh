#!/usr/bin/env bash
# Patient search benchmark against a RUNNING application (start it first, e.g. ./clubstom run, or java -jar ... with the
# demo profile). Signs in as the demo administrator (HTTP Basic on /api/**, form login + session for the htmx page),
# warms up, then measures N sequential requests per row over one keep-alive connection: live search by name fragment,
# search by phone digits, opening a card, the registry's htmx results fragment, and GET /api/me as the baseline of the
# same server. Prints count, p50, p95, p99 and max (ms) per row, per search text, and the number of patients in MongoDB.
#   Usage: ./clubstom bench-patients [requests per row, default 300]
#   BASE_URL (default http://localhost:8080), WARMUP (default 50 rounds), BENCH_USER / BENCH_PASSWORD (admin / demo),
#   CLUBSTOM_MONGODB_URI for the direct count (default mongodb://127.0.0.1:27017/clubstom?replicaSet=rs0).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
command -v node >/dev/null || { echo "clubstom: the patient benchmark needs Node.js 18+ (apt-get install nodejs)" >&2; exit 1; }
if [ ! -d "$root/tools/mongo/node_modules/mongodb" ]; then
  (cd "$root/tools/mongo" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
    || echo "clubstom: no MongoDB driver for Node (tools/mongo); the direct patient count will be missing" >&2
fi
exec node "$root/tools/bench/patients.mjs" "$@"
