//! The one output writer: a failure halfway leaves the old file and no
//! partial file; a target that is an input or the workspace is refused.

use std::path::Path;

use standpoint_store::{write_file, Store, StoreError};

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("list")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".partial"))
        .collect()
}

#[test]
fn a_writer_failing_halfway_leaves_the_old_file_and_nothing_else() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("matrix.csv");
    std::fs::write(&target, "the old export\n").expect("old file");
    let error = write_file(&target, &[], |out| -> std::io::Result<()> {
        out.write_all(&vec![b'x'; 200_000])?;
        Err(std::io::Error::other("the disk is full"))
    })
    .expect_err("the writer failed");
    assert_eq!(error.code(), "output");
    assert!(error.to_string().contains("the disk is full"), "{error}");
    assert_eq!(std::fs::read_to_string(&target).expect("old"), "the old export\n");
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());

    // A complete write replaces it.
    let rows = write_file(&target, &[], |out| out.write_all(b"new\n").map(|()| 1)).expect("written");
    assert_eq!(rows, 1);
    assert_eq!(std::fs::read_to_string(&target).expect("new"), "new\n");
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

#[test]
fn a_folder_that_vanishes_leaves_no_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("exports");
    std::fs::create_dir(&folder).expect("folder");
    let target = folder.join("out.csv");
    let error = write_file(&target, &[], |out| -> std::io::Result<()> {
        out.write_all(b"half")?;
        out.flush()?;
        std::fs::remove_dir_all(&folder)?;
        out.write_all(b" and the rest")
    })
    .expect_err("nowhere to rename into");
    assert_eq!(error.code(), "output");
    assert!(!target.exists());
}

#[test]
fn an_output_that_is_an_input_is_refused_however_it_is_spelled() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input = dir.path().join("articles.jsonl");
    std::fs::write(&input, "{}\n").expect("input");
    let spellings = [
        input.clone(),
        dir.path().join(".").join("articles.jsonl"),
        dir.path().join("sub/../articles.jsonl"),
    ];
    std::fs::create_dir(dir.path().join("sub")).expect("sub");
    #[cfg(unix)]
    let spellings = {
        let mut more = spellings.to_vec();
        let link = dir.path().join("link.jsonl");
        std::os::unix::fs::symlink(&input, &link).expect("symlink");
        let hard = dir.path().join("hard.jsonl");
        std::fs::hard_link(&input, &hard).expect("hard link");
        more.extend([link, hard]);
        more
    };
    for output in &spellings {
        let error = write_file(output, &[("the input", &input)], |out| out.write_all(b"")).expect_err("same file");
        assert!(matches!(error, StoreError::OutputIsInput { .. }), "{error}");
        assert!(error.to_string().contains("the input"), "{error}");
    }
    assert_eq!(std::fs::read_to_string(&input).expect("intact"), "{}\n");
}

#[test]
fn the_open_workspace_and_its_companions_are_never_outputs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("w.db");
    let store = Store::open(&path).expect("open");
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    for target in [path.clone(), dir.path().join("./w.db"), wal.into()] {
        let error = store
            .write_output(&target, &[], |out| out.write_all(b"holder,x\r\n"))
            .expect_err("refused");
        assert_eq!(error.code(), "output_is_input", "{error}");
        assert!(error.to_string().contains("the open workspace"), "{error}");
    }
    drop(store);
    assert!(Store::open(&path)
        .expect("still a workspace")
        .articles()
        .expect("list")
        .is_empty());
}
