#!/usr/bin/env bash
# Builds Boussole (release) and starts it. The first start shows a ready-made example plan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "==> Building Boussole (the first build takes several minutes)"
cargo build --release
exec target/release/boussole "$@"
