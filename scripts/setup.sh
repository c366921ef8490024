#!/usr/bin/env bash
# Installs what Boussole needs to build (and, with --test, to run its tests) on Debian/Ubuntu.
# Each step is skipped when already done, so a warm machine goes straight through.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libwebkit2gtk-4.1-dev pkg-config build-essential)
if [[ "${1:-}" == "--test" ]]; then
  # Xvfb and WebKitWebDriver drive the real window; poppler and qpdf check the PDFs; a private
  # D-Bus session bus proves that a second start brings the first window back.
  packages+=(xvfb webkit2gtk-driver poppler-utils qpdf dbus-daemon)
  # LibreOffice Calc opens the CSV exports to prove no cell runs as a formula
  # (src-tauri/core/tests/spreadsheet.rs). Any LibreOffice already installed will do: the
  # headless package conflicts with the desktop one, so it is added only when none is there.
  command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-calc-nogui)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "==> Installing system packages: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "Rust is missing: install it with rustup (https://rustup.rs), then run this command again." >&2
  exit 1
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "==> Installing Node.js and npm"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends nodejs npm
fi

# Vite 8 needs Node.js 20.19 or newer (Debian 12's own nodejs package is 18).
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
  echo "Node.js $(node --version) is too old for the UI's build tools: install Node.js 20.19 or newer" \
    "(https://nodejs.org or your distribution's backports), then run this command again." >&2
  exit 1
fi

if [[ ! -d ui/node_modules ]] || [[ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]]; then
  echo "==> Installing the UI's npm packages"
  (cd ui && npm ci --no-audit --no-fund)
fi

echo "==> Building the UI"
(cd ui && npm run --silent build)
