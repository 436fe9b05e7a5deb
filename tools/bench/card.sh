#!/usr/bin/env bash
# Patient card benchmark against a RUNNING application (start it first, e.g. ./clubstom run), after
# ./clubstom generate-patient-record (a patient with 200 visits, 50 images, plans, chart and questionnaire). Signs in as
# the demo owner (who sees every tab), warms up, then measures N rounds of the card page and each tab's htmx fragment,
# one after another. Prints count, p50, p95, p99 and max (ms) per request and for the whole card with all its tabs.
#   Usage: ./clubstom bench-card [rounds, default 200]
#   BASE_URL (default http://localhost:8080), WARMUP (default 50), PATIENT (default "Долгов Архип"),
#   BENCH_USER / BENCH_PASSWORD (default owner / demo).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
command -v node >/dev/null || { echo "clubstom: the card benchmark needs Node.js 18+ (apt-get install nodejs)" >&2; exit 1; }
export BENCH_USER="${BENCH_USER:-owner}"
exec node "$root/tools/bench/card.mjs" "$@"
