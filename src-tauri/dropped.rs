//! What to import when files and folders are dropped on the window: a plain
//! function over paths, so it is tested without a window or a drag.
//!
//! It never reads files; the import itself reports each file's fate.

use std::path::{Path, PathBuf};

/// The paths to hand to the import, in the order they were dropped: each path
/// once, and nothing that lies inside a dropped folder (the folder's import
/// already walks it, and importing it twice would report false duplicates).
///
/// `is_dir` says whether a path is a folder; the window passes
/// [`Path::is_dir`], tests pass a fake.
pub fn paths_to_import(dropped: &[PathBuf], is_dir: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    let folders: Vec<&Path> = dropped
        .iter()
        .map(PathBuf::as_path)
        .filter(|path| is_dir(path))
        .collect();
    let mut chosen: Vec<PathBuf> = Vec::with_capacity(dropped.len());
    for path in dropped {
        let inside_other_folder = folders
            .iter()
            .any(|folder| *folder != path.as_path() && path.starts_with(folder));
        if !inside_other_folder && !chosen.contains(path) {
            chosen.push(path.clone());
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(list: &[&str]) -> Vec<PathBuf> {
        list.iter().map(PathBuf::from).collect()
    }

    fn folders_are(names: &'static [&'static str]) -> impl Fn(&Path) -> bool {
        move |path| names.iter().any(|name| path == Path::new(name))
    }

    #[test]
    fn keeps_order_and_drops_repeats() {
        let dropped = paths(&["/a/b.txt", "/a/c.pdf", "/a/b.txt"]);
        assert_eq!(
            paths_to_import(&dropped, folders_are(&[])),
            paths(&["/a/b.txt", "/a/c.pdf"])
        );
    }

    #[test]
    fn files_inside_a_dropped_folder_are_left_to_the_folder() {
        let dropped = paths(&["/news/x.txt", "/news", "/news/sub", "/other/y.txt"]);
        let chosen = paths_to_import(&dropped, folders_are(&["/news", "/news/sub"]));
        assert_eq!(chosen, paths(&["/news", "/other/y.txt"]));
    }

    #[test]
    fn a_sibling_with_a_common_prefix_is_not_inside_the_folder() {
        // "/news-2017" starts with the characters "/news" but not with its components.
        let dropped = paths(&["/news", "/news-2017/a.txt"]);
        let chosen = paths_to_import(&dropped, folders_are(&["/news"]));
        assert_eq!(chosen, paths(&["/news", "/news-2017/a.txt"]));
    }

    #[test]
    fn nothing_dropped_is_nothing_to_import() {
        assert!(paths_to_import(&[], folders_are(&[])).is_empty());
    }
}
