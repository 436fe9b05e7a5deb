#!/usr/bin/env bash
# Finance benchmark against a RUNNING application (start it first, e.g. ./clubstom run), after ./clubstom generate-ledger
# (2 000 000 ledger entries over two years, every day before today closed). Signs in as the demo accountant, warms up,
# then measures N rounds, one request after another, rows interleaved: a random patient's balance and a random closed
# day's cash report through the JSON API (HTTP Basic) with GET /api/me as the baseline of the password check, the open
# day's report, the payment dialog (the balance), the patient card's Finance tab (htmx fragments) and the cash desk page
# of a closed day and of the open day (signed-in session). Prints count, p50, p95, p99 and max (ms) per request, the API
# rows less the baseline, and the data's shape.
#   Usage: ./clubstom bench-finance [rounds, default 200]
#   BASE_URL (default http://localhost:8080), WARMUP (default 50 rounds), SAMPLES (patients and days drawn, default 500),
#   BENCH_USER / BENCH_PASSWORD (default accountant / demo), CLUBSTOM_MONGODB_URI for drawing patients and days
#   (default mongodb://127.0.0.1:27017/clubstom?replicaSet=rs0).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
command -v node >/dev/null || { echo "clubstom: the finance benchmark needs Node.js 18+ (apt-get install nodejs)" >&2; exit 1; }
if [ ! -d "$root/tools/mongo/node_modules/mongodb" ]; then
  (cd "$root/tools/mongo" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
    || { echo "clubstom: the finance benchmark draws patients and days from MongoDB: npm could not install the driver (tools/mongo)" >&2; exit 1; }
fi
export BENCH_USER="${BENCH_USER:-accountant}"
exec node "$root/tools/bench/finance.mjs" "$@"
