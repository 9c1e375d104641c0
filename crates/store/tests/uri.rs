//! A workspace path is always a file name: the bundled SQLite would read
//! `file:…?mode=ro` as a URI with options and `:memory:` as no file at all.
//! Alone in its test binary because it changes the working directory.

use std::path::Path;

use standpoint_store::Store;

#[test]
fn a_file_uri_is_a_file_name_not_options() {
    let dir = tempfile::tempdir().expect("tempdir");
    let previous = std::env::current_dir().expect("cwd");
    std::env::set_current_dir(dir.path()).expect("cd");
    let opened = Store::open("file:w.db?mode=ro").map(|store| store.path().map(Path::to_owned));
    let created = dir.path().join("file:w.db?mode=ro").exists();
    let memory = Store::open(":memory:").is_ok() && dir.path().join(":memory:").exists();
    std::env::set_current_dir(previous).expect("cd back");
    opened.expect("a workspace named like a URI opens read-write");
    assert!(created, "the file is named exactly as given");
    assert!(memory, "\":memory:\" is a file name too");
}
