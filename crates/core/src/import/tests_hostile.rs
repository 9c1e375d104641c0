//! Hostile files from issue 10, each built here (no blobs committed) and read
//! in-process through `read_file`: the budget holds and the file gets a
//! clear error. The same files through a real reader process (memory limit,
//! kill at the deadline) are tested in `tests/reader_process.rs`.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use super::pdf_fixture::{self, BombIn};
use super::*;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write the hostile file");
    path
}

fn only_error(outcome: FileOutcome) -> ImportError {
    assert!(outcome.documents.is_empty(), "{:?}", outcome.documents);
    assert_eq!(outcome.errors.len(), 1, "{:?}", outcome.errors);
    outcome.errors.into_iter().next().expect("one error")
}

#[test]
fn d1_a_page_that_is_its_own_parent_is_refused_not_looped_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "self-parent.pdf",
        &pdf_fixture::self_parent_pdf("Looping page."),
    );
    let started = Instant::now();
    let error = only_error(read_file(&path, &ImportOptions::default()));
    assert_eq!(
        error.to_string(),
        "corrupt PDF: its page tree loops (a page is its own ancestor)"
    );
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
}

#[test]
fn a_pdf_drawing_that_contains_itself_is_refused_not_a_stack_overflow() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        dir.path(),
        "self-drawing.pdf",
        &pdf_fixture::self_drawing_pdf("Drawn page."),
    );
    let error = only_error(read_file(&path, &ImportOptions::default()));
    assert_eq!(error.to_string(), "corrupt PDF: a drawing in it contains itself");
}

#[test]
fn d2_a_pdf_content_stream_bomb_is_refused_before_it_inflates() {
    // 200 MB of spaces in a ~200 KB file; the limit per stream is the file limit.
    let bytes = pdf_fixture::bomb_pdf("Harmless first page.", 200_000_000, 1, BombIn::PageContent);
    assert!(bytes.len() < 1_000_000, "the bomb is small on disk: {}", bytes.len());
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "bomb.pdf", &bytes);
    let error = only_error(read_file(&path, &ImportOptions::default()));
    assert_eq!(error.code(), "too_large_decompressed");
    assert_eq!(
        error.to_string(),
        "too large once decompressed: over 52.4 MB of one PDF stream"
    );
}

#[test]
fn d2_an_object_stream_bomb_is_refused_while_loading() {
    let options = ImportOptions {
        max_file_bytes: 1_000_000,
        ..ImportOptions::default()
    };
    let bytes = pdf_fixture::bomb_pdf("Harmless first page.", 20_000_000, 1, BombIn::ObjectStream);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "objstm-bomb.pdf", &bytes);
    let error = only_error(read_file(&path, &options));
    assert_eq!(
        error,
        ImportError::TooLargeDecompressed {
            limit: 1_000_000,
            what: "one PDF stream".into()
        }
    );
}

#[test]
fn d2_many_streams_each_under_the_limit_are_refused_together() {
    // Five streams of 0.9 MB under a 1 MB limit: 4.5 MB, over 4 × 1 MB.
    let options = ImportOptions {
        max_file_bytes: 1_000_000,
        ..ImportOptions::default()
    };
    let bytes = pdf_fixture::bomb_pdf("Harmless first page.", 900_000, 5, BombIn::PageContent);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "many.pdf", &bytes);
    let error = only_error(read_file(&path, &options));
    assert_eq!(
        error.to_string(),
        "too large once decompressed: over 4 MB of PDF streams"
    );
    // Under the total the same kind of file reads: inflation itself is fine.
    let bytes = pdf_fixture::bomb_pdf("Harmless first page.", 900_000, 2, BombIn::PageContent);
    let path = write(dir.path(), "two.pdf", &bytes);
    let outcome = read_file(&path, &options);
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert_eq!(outcome.documents[0].text, "Harmless first page.");
}

/// A .docx whose body is `paragraphs` paragraphs of `run` each: the text
/// repeats, so the zip is tiny.
fn repetitive_docx(run: &str, paragraphs: usize) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    writer.start_file("word/document.xml", options).expect("start entry");
    writer.write_all(b"<w:document><w:body>").expect("write");
    let paragraph = format!("<w:p><w:r><w:t>{run}</w:t></w:r></w:p>");
    for _ in 0..paragraphs {
        writer.write_all(paragraph.as_bytes()).expect("write");
    }
    writer.write_all(b"</w:body></w:document>").expect("write");
    writer.finish().expect("finish zip").into_inner()
}

#[test]
fn d7_a_docx_whose_text_inflates_past_the_size_limit_is_refused() {
    // About 60 MB of text (under the 256 MB inflation cap for the XML, over
    // the 50 MiB file limit) in a file of a few hundred KB.
    let run = "The same sentence again and again, to fill the article. ".repeat(10);
    let bytes = repetitive_docx(&run, 110_000);
    assert!(bytes.len() < 2_000_000, "{}", bytes.len());
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "bomb.docx", &bytes);
    let error = only_error(read_file(&path, &ImportOptions::default()));
    assert_eq!(error.to_string(), "too large once decompressed: over 52.4 MB of text");
    // Within the limit the same structure reads.
    let path = write(dir.path(), "fine.docx", &repetitive_docx(&run, 100));
    assert_eq!(read_file(&path, &ImportOptions::default()).documents.len(), 1);
}

#[test]
fn d8_deeply_nested_html_imports_its_text() {
    let depth = 100_000;
    let page = format!(
        "<html><body>{}<p>deep text</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "nested.html", page.as_bytes());
    let outcome = read_file(&path, &ImportOptions::default());
    assert!(outcome.errors.is_empty(), "{:?}", outcome.errors);
    assert_eq!(outcome.documents[0].text, "deep text");
}

#[test]
fn d9_a_panicking_mail_parser_is_the_files_error() {
    // mail-parser 0.11 panics on this multipart inside message/rfc822; the
    // panic is caught and (see tests/reader_process.rs) prints nothing.
    let raw = "d\nContent-Type:multipart;boundary=b5\n\n--b5Content-Type:message/rfc822\n\n5\n\
               Content-Type:message/rfc822\n\n\n--b5--";
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "panics.eml", raw.as_bytes());
    let error = only_error(read_file(&path, &ImportOptions::default()));
    assert_eq!(error.code(), "email_invalid");
}

#[test]
fn a_file_past_the_time_limit_is_refused_and_the_caller_goes_on() {
    let options = ImportOptions {
        timeout: Duration::from_millis(1),
        ..ImportOptions::default()
    };
    // Slow enough (well over 1 ms) to be cut off: a 2 MB HTML page.
    let page = "<p>Some words in a paragraph.</p>".repeat(60_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "slow.html", page.as_bytes());
    let error = only_error(read_file(&path, &options));
    assert_eq!(error, ImportError::TimedOut { seconds: 1 });
    assert_eq!(
        error.to_string(),
        "took longer than 1 s to read (the per-file time limit)"
    );
}

#[test]
fn cancel_stops_a_file_in_the_middle() {
    let page = "<p>Some words in a paragraph.</p>".repeat(60_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "slow.html", page.as_bytes());
    let cancel = AtomicBool::new(true);
    let error = only_error(read_file_cancellable(&path, &ImportOptions::default(), &cancel));
    assert_eq!(error, ImportError::Cancelled);
}

/// Rewrites the small committed hostile fixtures the CLI test imports
/// (`tests/data/import/hostile/`):
/// `cargo test -p standpoint-core regenerate_hostile_fixtures -- --ignored`.
#[test]
#[ignore]
fn regenerate_hostile_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/import/hostile");
    std::fs::create_dir_all(&dir).expect("create the folder");
    let pdf = pdf_fixture::self_parent_pdf("This page names itself as its parent.");
    std::fs::write(dir.join("self-parent.pdf"), pdf).expect("write");
}
