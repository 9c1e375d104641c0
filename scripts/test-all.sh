#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine and runs every test Standpoint has:
# Rust unit and integration tests (core, store, CLI, app commands, generated
# TypeScript bindings), the UI's Vitest suite, and the end-to-end tests that
# drive the real app in a real window under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --test

# Full debug info doubles build time and disk for no test benefit.
export CARGO_PROFILE_DEV_DEBUG=0
export CARGO_TERM_COLOR=never

echo "== Formatting"
cargo fmt --all --check

echo "== UI build (the app embeds ui/dist)"
npm --prefix ui run build

echo "== Rust tests"
# Includes the import fuzz harness (crates/core/tests/fuzz.rs): 150 seeded
# mutations per importer and of the extract contract, about 10 s in all;
# STANDPOINT_FUZZ_CASES / STANDPOINT_FUZZ_SEED run it longer or elsewhere.
cargo test --workspace --locked

echo "== UI tests"
npm --prefix ui test

echo "== End-to-end tests in a real window"
tests/e2e/run.sh
