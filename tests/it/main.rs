//! The desktop app's integration tests: every Tauri command called through
//! real IPC requests on Tauri's mock runtime (no window, no display), each
//! test against its own temporary workspace and settings folder.
//!
//! Fixtures come from `tests/data/` (the seed article, broken files).

mod actors;
mod change;
mod harness;
mod import;
mod network;
mod order;
mod review;
mod tidy;
mod workspaces;
