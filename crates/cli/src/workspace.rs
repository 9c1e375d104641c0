//! Finding and opening the workspace the command works on: `--db FILE`, or
//! `workspace.standpoint` in the platform's data directory (created on
//! first use). The only place the CLI opens a `Store`.

use std::path::{Path, PathBuf};

use anyhow::Context;
use standpoint_store::Store;

/// The default workspace file in the platform data directory
/// (`~/.local/share/standpoint/` on Linux).
pub fn default_path() -> anyhow::Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("org", "Standpoint", "standpoint")
        .context("cannot find a home directory for the default workspace; pass --db FILE")?;
    Ok(dirs.data_dir().join("workspace.standpoint"))
}

/// Opens `db`, or the default workspace, creating folders as needed.
pub fn open(db: Option<&Path>) -> anyhow::Result<Store> {
    let path = match db {
        Some(path) => path.to_owned(),
        None => default_path()?,
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create the folder {}", parent.display()))?;
    }
    Store::open(&path).with_context(|| format!("cannot open the workspace {}", path.display()))
}
