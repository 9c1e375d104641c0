#!/usr/bin/env bash
# Real-window end-to-end tests of the Standpoint desktop app.
#
# Builds the app through the Tauri CLI (so it embeds ui/dist), then runs the
# specs in tests/e2e/specs/ under Xvfb: tauri-driver + WebKitWebDriver start
# the real app, WebdriverIO drives it, xdotool and a small GTK drag source do
# what a user's mouse does (native drag-and-drop, the save dialog).
# Screenshots land in tests/e2e/screenshots/ (gitignored).
#
# Self-sufficient on a fresh Debian/Ubuntu machine: installs the system
# packages, tauri-driver and the npm packages it needs when they are missing.
# Exits non-zero on any failure; the last line is always "N passed, N failed".
#
#   tests/e2e/run.sh                 build, then run every spec
#   tests/e2e/run.sh drag            only specs whose file name contains "drag"
#   STANDPOINT_E2E_SKIP_BUILD=1 …    reuse the last build
set -uo pipefail
E2E="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$E2E/../.." && pwd)"
cd "$ROOT"

fail_setup() {
  echo "e2e: $*" >&2
  echo "0 passed, 1 failed"
  exit 1
}

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
APT_PACKAGES=(
  # building the app (WebKitGTK, Tauri's system libraries)
  build-essential pkg-config file libwebkit2gtk-4.1-dev libxdo-dev libssl-dev
  librsvg2-dev libayatana-appindicator3-dev
  # a real window: Xvfb, WebKitWebDriver, screenshots, a private session bus
  webkit2gtk-driver xvfb xauth imagemagick dbus-x11
  # native drag-and-drop and dialogs: xdotool and a GTK drag source
  xdotool x11-utils python3 python3-gi gir1.2-gtk-3.0
)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || fail_setup "please install: ${missing[*]}"
  echo "e2e: installing ${missing[*]}"
  $SUDO apt-get update -qq || fail_setup "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || fail_setup "apt-get install failed"
fi

export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo >/dev/null || fail_setup "Rust is needed (https://rustup.rs)"
command -v npm >/dev/null || fail_setup "Node.js 20+ and npm are needed"
if ! command -v tauri-driver >/dev/null; then
  echo "e2e: installing tauri-driver"
  cargo install tauri-driver --locked || fail_setup "cargo install tauri-driver failed"
fi
if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  npm --prefix ui ci --no-audit --no-fund || fail_setup "npm ci in ui/ failed"
fi
if [ ! -d "$E2E/node_modules" ] || [ "$E2E/package-lock.json" -nt "$E2E/node_modules/.package-lock.json" ]; then
  npm --prefix "$E2E" ci --no-audit --no-fund || fail_setup "npm ci in tests/e2e/ failed"
fi

# The same build as `cargo test --workspace` and scripts/run-app.sh: the dev
# profile in Cargo.toml and the same features, so after the Rust tests this
# compiles nothing that has not changed.
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
APP="$TARGET_DIR/debug/standpoint-app"
if [ "${STANDPOINT_E2E_SKIP_BUILD:-}" != "1" ]; then
  echo "e2e: building the UI and the app"
  npm --prefix ui run build || fail_setup "the UI did not build"
  cargo build -p standpoint-app --locked || fail_setup "the app did not build"
fi
[ -x "$APP" ] || fail_setup "no app binary at $APP"

mkdir -p "$E2E/screenshots"
# Whatever the driver, WebKit or GTK write under the user's folders goes to a
# temporary home (each spec's app gets its own folders as well, see lib/app.mjs).
scratch="$(mktemp -d)"
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# A private X server and session bus per run; no accessibility bus, which
# GTK would otherwise start and leave behind.
export NO_AT_BRIDGE=1
export STANDPOINT_E2E_APP="$APP"
# The private bus and the accessibility registry WebKit starts on it log
# each service; keep that out of the report.
log="$(mktemp)"
trap 'rm -rf "$log" "$scratch"' EXIT
xvfb-run -a -s '-screen 0 1920x1080x24' \
  dbus-run-session -- node "$E2E/run-specs.mjs" "$@" 2>&1 \
  | grep --line-buffered -v -e '^dbus-daemon\[' -e '^SpiRegistry daemon' | tee "$log" \
  | grep --line-buffered -v -E '^[0-9]+ passed, [0-9]+ failed$'
status="${PIPESTATUS[0]}"
# Processes that outlive the X server may still print after the runner's
# summary, so it is held back and printed here, always as the last line.
summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)"
echo "${summary:-0 passed, 1 failed}"
if [ -z "$summary" ] && [ "$status" -eq 0 ]; then status=1; fi
exit "$status"
