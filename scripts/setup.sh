#!/usr/bin/env bash
# Installs what building and testing Standpoint needs on a fresh Debian/Ubuntu
# machine: system libraries (apt), the UI's npm packages, tauri-driver.
# Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Build: Tauri's WebKitGTK stack. Tests: a real window under Xvfb driven by
# WebKitWebDriver, plus xdotool and python3-gi for native drag-and-drop.
APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential curl wget file pkg-config libxdo-dev
  libssl-dev libayatana-appindicator3-dev librsvg2-dev
)
if [ "${1:-}" = "--test" ]; then
  APT_PACKAGES+=(webkit2gtk-driver xvfb xauth imagemagick dbus-x11 at-spi2-core
    xdotool x11-utils python3-gi gir1.2-gtk-3.0 python3)
fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "setup: please install the equivalents of: ${missing[*]}" >&2
  fi
fi

command -v cargo >/dev/null || { echo "setup: Rust is needed (https://rustup.rs)" >&2; exit 1; }
command -v npm >/dev/null || { echo "setup: Node.js 20+ and npm are needed" >&2; exit 1; }

if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  npm --prefix ui ci --no-audit --no-fund
fi

if [ "${1:-}" = "--test" ] && ! command -v tauri-driver >/dev/null; then
  cargo install tauri-driver --locked
fi
