#!/usr/bin/env bash
# Runs the whole test suite: UI type checks and unit tests, then every Rust test of the
# workspace, end-to-end tests of the real window under Xvfb included (required, never skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

echo "==> UI: type check and unit tests"
(cd ui && npm run --silent check && npm run --silent test)

echo "==> Rust: unit, store, file format, CLI, PDF and end-to-end tests"
export BOUSSOLE_E2E_REQUIRED=1
cargo test --workspace --locked
