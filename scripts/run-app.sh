#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine, builds the Standpoint desktop app and
# launches it.
#
# It builds exactly what `cargo test --workspace` and the end-to-end tests
# build (one dev profile in Cargo.toml, one set of features), so after
# scripts/test-all.sh it compiles only what changed since.
#
#   scripts/run-app.sh            build, then open the app on this display
#   scripts/run-app.sh --xvfb     build, then run it on a virtual display (no
#                                 screen needed; for a smoke test or a server)
#   scripts/run-app.sh --release  build the app as it ships (optimised: opens a
#                                 30k-article workspace about twice as fast),
#                                 a separate build of several minutes the first time
set -euo pipefail
cd "$(dirname "$0")/.."

xvfb=""
profile="debug"
for arg in "$@"; do
  case "$arg" in
    --xvfb) xvfb=1 ;;
    --release) profile="release" ;;
    -h | --help)
      sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "run-app: unknown option $arg (try --help)" >&2
      exit 2
      ;;
  esac
done

# Say so before building for minutes: GTK cannot open a window without one.
if [ -z "$xvfb" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat >&2 <<'EOF'
run-app: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so
the app's window cannot open. Either
  - run this from a desktop session (or over `ssh -X`), or
  - run `scripts/run-app.sh --xvfb` to start it on a virtual X display
    (installs xvfb when missing; the window is invisible, e.g. for a smoke test).
EOF
  exit 1
fi

scripts/setup.sh
if [ -n "$xvfb" ] && ! command -v xvfb-run >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends xvfb xauth
fi

echo "run-app: building the UI (ui/dist, which the app embeds)"
npm --prefix ui run build
if [ "$profile" = "release" ]; then
  echo "run-app: building the app as it ships (release)"
  cargo build -p standpoint-app --locked --release
else
  echo "run-app: building the app (the same build as the tests)"
  cargo build -p standpoint-app --locked
fi

app="${CARGO_TARGET_DIR:-target}/$profile/standpoint-app"
if [ -n "$xvfb" ]; then
  exec xvfb-run -a -s '-screen 0 1920x1080x24' "$app"
fi
exec "$app"
