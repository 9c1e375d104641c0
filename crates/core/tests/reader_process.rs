//! The PDF reader process, end to end: this test binary serves as its own
//! reader process, exactly as the `standpoint` CLI and the app do (its `main`
//! calls `serve_reader_process_if_asked` first), so these tests start real
//! child processes and show that the time limit kills them, the memory limit
//! stops them, cancel reaches into a running file, and hostile PDFs from
//! issue 10 come back as clear errors. `harness = false` (Cargo.toml): a
//! libtest binary cannot be re-run as a reader, so `main` runs the tests.

#[path = "../src/import/pdf_fixture.rs"]
mod pdf_fixture;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use pdf_fixture::BombIn;
use standpoint_core::import::{
    read_file, read_file_cancellable, serve_reader_process_if_asked, FileOutcome, ImportError, ImportOptions,
    ReaderProcess,
};

fn main() {
    serve_reader_process_if_asked();
    let tests: [(&str, fn()); 6] = [
        (
            "a_text_pdf_reads_through_the_reader_process",
            a_text_pdf_reads_through_the_reader_process,
        ),
        ("d1_self_parent_pdf_is_refused", d1_self_parent_pdf_is_refused),
        ("d2_pdf_bomb_is_refused", d2_pdf_bomb_is_refused),
        ("the_memory_limit_stops_the_reader", the_memory_limit_stops_the_reader),
        ("the_time_limit_kills_the_reader", the_time_limit_kills_the_reader),
        ("cancel_kills_a_running_reader", cancel_kills_a_running_reader),
    ];
    let filter: Option<String> = std::env::args().skip(1).find(|arg| !arg.starts_with('-'));
    let mut failed = 0;
    for (name, test) in tests {
        if filter.as_deref().is_some_and(|filter| !name.contains(filter)) {
            continue;
        }
        let outcome = std::panic::catch_unwind(test);
        println!("test {name} ... {}", if outcome.is_ok() { "ok" } else { "FAILED" });
        failed += usize::from(outcome.is_err());
    }
    if failed > 0 {
        eprintln!("{failed} reader-process test(s) failed");
        std::process::exit(101);
    }
}

fn options() -> ImportOptions {
    ImportOptions {
        reader_process: Some(ReaderProcess::this_program().expect("main called serve_reader_process_if_asked")),
        ..ImportOptions::default()
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write the test file");
    path
}

fn only_error(outcome: FileOutcome) -> ImportError {
    assert!(outcome.documents.is_empty(), "{:?}", outcome.documents);
    assert_eq!(outcome.errors.len(), 1, "{:?}", outcome.errors);
    outcome.errors.into_iter().next().expect("one error")
}

/// A reader process that never answers, like a parser caught in a loop.
/// A slow real PDF would do the same, but how slow depends on the machine:
/// on a fast one it finished inside the deadline and the test failed.
#[cfg(unix)]
fn stuck_reader(dir: &Path) -> ImportOptions {
    use std::os::unix::fs::PermissionsExt;
    let script = write(dir, "stuck-reader.sh", b"#!/bin/sh\nexec sleep 60\n");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("make it executable");
    ImportOptions {
        reader_process: Some(ReaderProcess::program(script)),
        ..ImportOptions::default()
    }
}

#[cfg(windows)]
fn stuck_reader(dir: &Path) -> ImportOptions {
    // `timeout` refuses redirected input; ping waits about a second a try.
    let script = write(dir, "stuck-reader.cmd", b"@ping -n 60 127.0.0.1 >nul\r\n");
    ImportOptions {
        reader_process: Some(ReaderProcess::program(script)),
        ..ImportOptions::default()
    }
}

fn a_text_pdf_reads_through_the_reader_process() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = pdf_fixture::text_pdf("The “deal” – café.", &[("Title", "A title")]);
    let path = write(dir.path(), "a.pdf", &bytes);
    let outcome = read_file(&path, &options());
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert_eq!(outcome.documents[0].text, "The “deal” – café.");
    assert_eq!(outcome.documents[0].title.as_deref(), Some("A title"));
    assert_eq!(outcome.documents[0].origin_name, "a.pdf");
}

fn d1_self_parent_pdf_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "loop.pdf", &pdf_fixture::self_parent_pdf("Looping."));
    let error = only_error(read_file(&path, &options()));
    assert_eq!(error.code(), "pdf_corrupt", "{error}");
}

fn d2_pdf_bomb_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = pdf_fixture::bomb_pdf("First page.", 200_000_000, 1, BombIn::PageContent);
    let path = write(dir.path(), "bomb.pdf", &bytes);
    let error = only_error(read_file(&path, &options()));
    assert_eq!(error.code(), "too_large_decompressed", "{error}");
}

fn the_memory_limit_stops_the_reader() {
    // A 40 MB stream is within the 100 MB file limit but not within 32 MB of memory.
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = pdf_fixture::bomb_pdf("First page.", 40_000_000, 1, BombIn::PageContent);
    let path = write(dir.path(), "big.pdf", &bytes);
    let tight = ImportOptions {
        max_file_bytes: 100_000_000,
        max_memory_bytes: 32 * 1024 * 1024,
        ..options()
    };
    let error = only_error(read_file(&path, &tight));
    assert_eq!(
        error,
        ImportError::OutOfMemory {
            limit: 32 * 1024 * 1024
        }
    );
    // With room, the same file reads.
    let roomy = ImportOptions {
        max_file_bytes: 100_000_000,
        ..options()
    };
    let outcome = read_file(&path, &roomy);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
}

fn the_time_limit_kills_the_reader() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "slow.pdf", &pdf_fixture::text_pdf("Never read.", &[]));
    let quick = ImportOptions {
        timeout: Duration::from_millis(200),
        ..stuck_reader(dir.path())
    };
    let started = Instant::now();
    let error = only_error(read_file(&path, &quick));
    let elapsed = started.elapsed();
    assert_eq!(error, ImportError::TimedOut { seconds: 1 });
    assert!(
        elapsed < Duration::from_secs(3),
        "killed at the deadline, not later: {elapsed:?}"
    );
}

fn cancel_kills_a_running_reader() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "slow.pdf", &pdf_fixture::text_pdf("Never read.", &[]));
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&cancel);
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(150));
        flag.store(true, Ordering::Relaxed);
    });
    let started = Instant::now();
    let error = only_error(read_file_cancellable(&path, &stuck_reader(dir.path()), &cancel));
    canceller.join().expect("canceller thread");
    assert_eq!(error, ImportError::Cancelled);
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
}
