#!/usr/bin/env bash
# Starts the SPBE reuse portal (frontend http://localhost:3000, backend :7007) on the
# embedded SQLite database with the national architecture and a demo inventory.
#   SPBE_DEMO_SIZE=27000 bash scripts/start.sh   loads the full national-scale inventory.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
ensure_install

SIZE="${SPBE_DEMO_SIZE:-3000}"
SPBE_DEMO_DIR="$ROOT/.data/demo-$SIZE"
if [ ! -f "$SPBE_DEMO_DIR/inventory.csv" ]; then
  echo "Generating the demo inventory ($SIZE applications) into $SPBE_DEMO_DIR" >&2
  yarn spbe-reuse generate --size "$SIZE" --seed 2023 --out "$SPBE_DEMO_DIR"
fi
# app-config.yaml reads the demo from .data/demo.
ln -sfn "demo-$SIZE" "$ROOT/.data/demo"

# TechDocs builds with the OS's mkdocs (no Docker here); without it the portal still
# starts and the docs page shows how to enable it (scripts/bin/mkdocs explains).
if ! command -v mkdocs >/dev/null 2>&1; then
  export PATH="$ROOT/scripts/bin:$PATH"
fi

exec node "$YARN_JS" start "$@"
