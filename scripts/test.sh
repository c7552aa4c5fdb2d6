#!/usr/bin/env bash
# Runs every test of the portal: type check, lint, unit and route tests of all packages
# (SQLite and the PostgreSQL at 127.0.0.1:5432), then the browser tests.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
ensure_install

# Backstage's TestDatabases uses these to reach the local PostgreSQL instead of Docker.
export BACKSTAGE_TEST_DATABASE_POSTGRES16_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES16_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"

echo "== Type check" >&2
yarn tsc --noEmit

echo "== Lint" >&2
yarn backstage-cli repo lint

echo "== Unit and route tests" >&2
CI=true yarn backstage-cli repo test --maxWorkers=2

if [ -f "$ROOT/e2e/run.sh" ] && [ "${SPBE_SKIP_E2E:-}" != "1" ]; then
  echo "== Browser tests" >&2
  bash "$ROOT/e2e/run.sh"
fi
