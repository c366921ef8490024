#!/usr/bin/env bash
# Whole-process benchmarks of Boussole (release builds, under Xvfb): start-up against a bare Tauri
# window, saving and loading through the real window, memory and binary size, and the PDF roadmap
# against headless Chromium. Prints Markdown tables; docs/PERFORMANCE.md records the results.
#
# Usage: bash bench/run.sh [startup|save|load|memory|pdf|all]...        (default: all)
#
# Environment: CARGO_TARGET_DIR (default: target/), BENCH_RUNS (launches or process runs per
# measurement, default 15), BENCH_EDITS (saves per series, default 1000).
# Installs what is missing (build packages, Xvfb, WebKitWebDriver, dbus-daemon, poppler,
# Chromium; sudo when not root), builds the UI as scripts/start.sh does, then everything in
# release.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

benches=("$@")
((${#benches[@]})) || benches=(all)
for b in "${benches[@]}"; do
  case $b in
    startup | save | load | memory | pdf | all) ;;
    *) echo "usage: bash bench/run.sh [startup|save|load|memory|pdf|all]..." >&2; exit 2 ;;
  esac
done
wants() {
  local b
  for b in "${benches[@]}"; do [[ $b == all || $b == "$1" ]] && return 0; done
  return 1
}

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
target=$CARGO_TARGET_DIR
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)

# Build and test packages (Xvfb, WebKitWebDriver, poppler), npm packages, and the UI bundle.
scripts/setup.sh --test
if wants pdf && ! command -v chromium >/dev/null 2>&1; then
  echo "==> Installing Chromium (the PDF comparison)"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends chromium
fi

build() { nice -n 10 cargo build --release --quiet "$@"; }
# The binaries measured are copied here: the unstripped build below overwrites release/boussole.
bins=$target/bench-bin
mkdir -p "$bins"
args=(--work "$target/bench-work" --runs "${BENCH_RUNS:-15}" --edits "${BENCH_EDITS:-1000}")

if wants memory; then
  echo "==> Building Boussole (release, not stripped: its size only)"
  CARGO_PROFILE_RELEASE_STRIP=false build
  cp "$target/release/boussole" "$bins/boussole-unstripped"
  args+=(--unstripped "$bins/boussole-unstripped")
fi
echo "==> Building Boussole (release)"
build
cp "$target/release/boussole" "$bins/boussole"
args+=(--app "$bins/boussole")
if wants pdf; then
  echo "==> Building boussole-cli (release)"
  build -p boussole-cli
  cp "$target/release/boussole-cli" "$bins/boussole-cli"
  args+=(--cli "$bins/boussole-cli")
fi

if wants startup || wants memory; then
  echo "==> Building the bare Tauri window (release)"
  build --manifest-path bench/bare/Cargo.toml
  cp "$target/release/boussole-bench-bare" "$bins/boussole-bench-bare"
  args+=(--bare "$bins/boussole-bench-bare")
  tauri_version() { grep -A1 '^name = "tauri"$' "$1" | sed -n 's/^version = "\(.*\)"$/\1/p'; }
  if [[ $(tauri_version Cargo.lock) != "$(tauri_version bench/bare/Cargo.lock)" ]]; then
    echo "The bare window uses tauri $(tauri_version bench/bare/Cargo.lock), Boussole $(tauri_version Cargo.lock):" \
      "copy Cargo.lock to bench/bare/ and run again." >&2
    exit 1
  fi
fi

echo "==> Building the benchmark driver (release)"
build --manifest-path bench/driver/Cargo.toml

echo "==> Measuring (rustc $(rustc --version | cut -d' ' -f2), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
"$target/release/boussole-bench" "${args[@]}" "${benches[@]}"
echo
echo "Whole run: $((SECONDS - started)) s."
