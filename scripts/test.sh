#!/usr/bin/env bash
# Every suite, in order of cost: type check, unit, integration (PGlite, or the real PostgreSQL when DATABASE_URL is
# set), then end-to-end in Debian's Chromium against a production build.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

bash scripts/ensure-system-packages.sh

echo "== type check"
npx tsc --noEmit -p .
echo "== unit tests"
npx vitest run --project unit
echo "== integration tests (database: $([ -n "${DATABASE_URL:-}" ] && echo PostgreSQL || echo PGlite))"
npx vitest run --project integration
echo "== end-to-end tests"
node scripts/e2e.mjs
