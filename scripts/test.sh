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
if [ -n "${DATABASE_URL:-}" ]; then
  # The row-level security proofs run on both engines the app ships with: the server above, and embedded PGlite here.
  echo "== row-level security proofs on PGlite"
  DATABASE_URL= REDIS_URL= npx vitest run --project integration tests/integration/row-level-security.test.ts tests/integration/organisation-row-level-security.test.ts
fi
echo "== end-to-end tests"
node scripts/e2e.mjs
