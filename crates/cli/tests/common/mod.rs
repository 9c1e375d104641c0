//! What the CLI's integration tests share: running the built `standpoint`
//! binary on a workspace and reading what it printed.

#![allow(dead_code)] // Each test binary uses its own part of this.

use std::path::Path;
use std::process::{Command, Output};

/// `standpoint --db DB ARGS…`, run to completion.
pub fn standpoint(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_standpoint"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run standpoint")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The standard output of a command that must succeed.
pub fn ok(db: &Path, args: &[&str]) -> String {
    let output = standpoint(db, args);
    assert!(output.status.success(), "{args:?} failed: {}", stderr(&output));
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// A path as a command-line argument.
pub fn arg(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}
