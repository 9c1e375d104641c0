#!/usr/bin/env bash
# Opening big workspaces in the real app (issue 10: the matrix within 1 s of
# the window, under 300 MB): builds the app as run.sh does, then for each
# workspace named, in interleaved rounds, prints the time from the window's
# page to the matrix's first cell and the memory of the app's processes 5 s
# later. Give workspaces of two sizes (e.g. 10k and 30k articles, made with
# `standpoint import` and `standpoint analyse --all`).
#
#   tests/e2e/bench-open.sh WORKSPACE...
#   STANDPOINT_E2E_SKIP_BUILD=1 …   reuse the last build
#   ROUNDS=3 CALLS=1 …              more rounds; each first-screen call timed
#   PROFILE=release …               the app as it ships (default: debug, as run-app.sh builds it)
#
# Needs what run.sh installs (Xvfb, tauri-driver, tests/e2e/node_modules).
set -euo pipefail
E2E="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$E2E/../.." && pwd)"
cd "$ROOT"
[ $# -gt 0 ] || { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
for workspace in "$@"; do
  [ -f "$workspace" ] || { echo "bench-open: no workspace at $workspace" >&2; exit 2; }
done
PROFILE="${PROFILE:-debug}"
case "$PROFILE" in
  debug) build_flags=() ;;
  release) build_flags=(--release) ;;
  *) echo "bench-open: PROFILE is debug or release, not $PROFILE" >&2; exit 2 ;;
esac
APP="${CARGO_TARGET_DIR:-$ROOT/target}/$PROFILE/standpoint-app"
if [ "${STANDPOINT_E2E_SKIP_BUILD:-}" != "1" ]; then
  npm --prefix ui run build
  cargo build -p standpoint-app --locked "${build_flags[@]}"
fi
workspaces=()
for workspace in "$@"; do workspaces+=("$(realpath "$workspace")"); done
export NO_AT_BRIDGE=1
xvfb-run -a -s '-screen 0 1920x1080x24' \
  dbus-run-session -- node "$E2E/bench-open.mjs" "$APP" "${workspaces[@]}" 2>&1 \
  | grep --line-buffered -v -e '^dbus-daemon\[' -e '^SpiRegistry daemon' -e 'Authorization required'
