#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine and launches the Standpoint desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec npm exec --prefix ui -- tauri dev
