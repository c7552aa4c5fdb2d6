#!/usr/bin/env bash
# Browser tests: builds the frontend, starts the portal (backend serving the app on
# :7007, in-memory SQLite, national architecture + 3,000-application demo), and runs
# e2e/tests/*.test.ts with Node's test runner driving Debian's chromium through
# playwright-core. Screenshots go to e2e/output/.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
cd "$ROOT"

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >&2
fi
# TechDocs of the national platforms is built with the OS's MkDocs.
if ! command -v mkdocs >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq mkdocs mkdocs-material; } >&2 \
    || echo "MkDocs could not be installed; TechDocs pages will say how to enable it" >&2
fi

SIZE=3000
DEMO="$ROOT/.data/demo-$SIZE"
if [ ! -f "$DEMO/inventory.csv" ]; then
  yarn spbe-reuse generate --size "$SIZE" --seed 2023 --out "$DEMO"
fi
ln -sfn "demo-$SIZE" "$ROOT/.data/demo"

echo "== Building the frontend" >&2
if [ -z "${SPBE_E2E_SKIP_BUILD:-}" ] || [ ! -f packages/app/dist/index.html ]; then
  (cd packages/app && node "$YARN_JS" backstage-cli package build) >&2
fi

OUT="$ROOT/e2e/output"
rm -rf "$OUT" && mkdir -p "$OUT"
# The stand-in that explains how to enable TechDocs, only when MkDocs is absent.
command -v mkdocs >/dev/null 2>&1 || export PATH="$ROOT/scripts/bin:$PATH"
# The backend runs from source without a file watcher, so that nothing restarts it mid-test.
(cd packages/backend && NODE_ENV=development exec node --enable-source-maps --require @backstage/cli/config/nodeTransform.cjs src/index.ts \
  --config ../../app-config.yaml --config ../../e2e/app-config.e2e.yaml) > "$OUT/backend.log" 2>&1 &
BACKEND_PID=$!
cleanup() { kill -- "-$BACKEND_PID" 2>/dev/null || kill "$BACKEND_PID" 2>/dev/null || true; pkill -P "$BACKEND_PID" 2>/dev/null || true; }
trap cleanup EXIT

echo "== Waiting for the portal" >&2
for _ in $(seq 1 240); do
  if curl -sf http://localhost:7007/.backstage/health/v1/readiness >/dev/null; then break; fi
  if ! kill -0 "$BACKEND_PID" 2>/dev/null; then tail -50 "$OUT/backend.log" >&2; exit 1; fi
  sleep 1
done

# The sign-in resolves demo users from the catalog, which ingests them after
# the backend reports ready: wait until a demo user can sign in.
echo "== Waiting for the demo users in the catalog" >&2
for _ in $(seq 1 300); do
  if curl -sf -H 'x-spbe-dev-user: dev-kemenkeu' http://localhost:7007/api/auth/spbeDev/refresh >/dev/null; then break; fi
  sleep 1
done

export SPBE_E2E_BASE_URL=http://localhost:7007
export SPBE_E2E_OUTPUT="$OUT"
node --test --test-concurrency=1 --test-timeout=300000 "e2e/tests/*.test.ts"
