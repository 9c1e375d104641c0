//! Files and folders named by the analyst, expanded into the files to read.
//!
//! Folders are walked recursively in name order, following symbolic links
//! (walkdir notices loops and reports them instead of spinning). Hidden files
//! and folders (names starting with '.') inside a folder are skipped, as file
//! managers hide them, and so are Office lock files (`~$…`); a hidden file
//! named explicitly is still taken. Every
//! file inside a folder is listed, whatever its extension, so the analyst
//! hears about a `.doc` that was not imported rather than losing it silently.
//! A file reached twice (named and inside a named folder) is listed once.
//! This module never opens a file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::ImportError;

/// One entry per file to read, in order: `Ok(path)`, or `Err((path, why))`
/// for a path that does not exist or a folder entry that cannot be listed.
pub fn collect_files(paths: &[PathBuf]) -> Vec<Result<PathBuf, (PathBuf, ImportError)>> {
    let mut entries = Vec::new();
    let mut seen = HashSet::new();
    for path in paths {
        match std::fs::metadata(path) {
            Err(error) => entries.push(Err((path.clone(), ImportError::from(error)))),
            Ok(metadata) if metadata.is_dir() => walk_folder(path, &mut seen, &mut entries),
            Ok(_) => push_once(path.clone(), &mut seen, &mut entries),
        }
    }
    entries
}

fn walk_folder(root: &Path, seen: &mut HashSet<PathBuf>, entries: &mut Vec<Result<PathBuf, (PathBuf, ImportError)>>) {
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_dir() => {}
            Ok(entry) => push_once(entry.into_path(), seen, entries),
            Err(error) => {
                let path = error.path().unwrap_or(root).to_path_buf();
                let reason = if error.loop_ancestor().is_some() {
                    ImportError::SymlinkLoop
                } else if let Some(io) = error.into_io_error() {
                    ImportError::from(io)
                } else {
                    ImportError::Io {
                        reason: "cannot list the folder".to_string(),
                    }
                };
                entries.push(Err((path, reason)));
            }
        }
    }
}

/// Adds the file unless the same file (by canonical path) is already listed.
fn push_once(path: PathBuf, seen: &mut HashSet<PathBuf>, entries: &mut Vec<Result<PathBuf, (PathBuf, ImportError)>>) {
    let identity = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
    if seen.insert(identity) {
        entries.push(Ok(path));
    }
}

/// Dot-files, and the `~$name.docx` lock files Office leaves beside open
/// documents (a few bytes of owner name, never an article).
fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str()
        .is_some_and(|name| name.starts_with('.') || name.starts_with("~$"))
}
