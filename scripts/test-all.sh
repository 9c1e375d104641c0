#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine and runs every test Standpoint has:
# formatting and clippy, Rust unit and integration tests (core, store, CLI,
# app commands, generated TypeScript bindings), the UI's Vitest suite, and the
# end-to-end tests that drive the real app in a real window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --test

# The dev profile (no debug info) lives in Cargo.toml, so this build is the
# one scripts/run-app.sh and the end-to-end tests reuse: set no CARGO_PROFILE_*
# or RUSTFLAGS here, or the next step rebuilds every crate.
export CARGO_TERM_COLOR=never

# Nothing a test runs may write into the real home directory: the app's and
# the CLI's default folders (XDG on Linux) point into a temporary folder.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"

echo "== Formatting"
cargo fmt --all --check

echo "== UI build (the app embeds ui/dist)"
npm --prefix ui run build

echo "== Clippy (after the UI build: the app's build script needs ui/dist)"
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== Rust tests"
# Includes the import fuzz harness (crates/core/tests/fuzz.rs): 150 seeded
# mutations per importer and of the extract contract, about 10 s in all;
# STANDPOINT_FUZZ_CASES / STANDPOINT_FUZZ_SEED run it longer or elsewhere.
cargo test --workspace --locked

echo "== UI tests"
npm --prefix ui test

echo "== End-to-end tests in a real window"
tests/e2e/run.sh
