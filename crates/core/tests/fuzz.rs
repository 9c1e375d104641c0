//! A fuzz harness that runs on stable Rust inside `cargo test`: for each
//! importer (txt, md, html, pdf, docx, eml, json, jsonl) and for the
//! extraction contract (`standpoint extract`'s JSON Lines input), mutate the
//! real fixtures with a seeded, deterministic mutator and check what must
//! hold for any input:
//!
//! - reading never panics out of `read_file`, never hits "the reader failed"
//!   (a caught panic in our own code), and never runs into the time limit;
//! - every document's text is within the size limit, has `\n` line endings
//!   only, and starts and ends as `tidy_ends` leaves it;
//! - the contract either writes one JSON record per article or stops with an
//!   error that names the input line.
//!
//! Each target first replays the inputs kept in `tests/data/fuzz/<target>/`
//! (earlier finds, kept as regression fixtures), then runs
//! `STANDPOINT_FUZZ_CASES` mutations (default 150, a few seconds per target
//! in a debug build) from `STANDPOINT_FUZZ_SEED` (default 1). A failing
//! input is written to `target/fuzz-finds/<target>/` and named in the
//! failure; copy it into `tests/data/fuzz/<target>/` once fixed. Run longer
//! by hand with e.g. `STANDPOINT_FUZZ_CASES=20000 cargo test --release -p
//! standpoint-core --test fuzz`.

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use standpoint_core::extract::contract;
use standpoint_core::extract::RuleExtractor;
use standpoint_core::import::{read_file, ImportError, ImportOptions};

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data")
        .join(path)
}

fn cases() -> usize {
    env_number("STANDPOINT_FUZZ_CASES").unwrap_or(150) as usize
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.parse().ok()
}

/// xorshift64*: small, fast, and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn new(target: &str) -> Rng {
        let seed = env_number("STANDPOINT_FUZZ_SEED").unwrap_or(1);
        // Each target gets its own stream from the one seed.
        let salt = target.bytes().fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3)
        });
        Rng((seed ^ salt) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }
}

const INTERESTING: &[u8] = b"\0\xff\x7f<>\"'\\\n\r/()[]{}&;:=%-";

/// One to four random edits of `input`: bit flips, interesting bytes,
/// deletions, duplications, tokens of the format, truncation, splices.
fn mutate(rng: &mut Rng, input: &[u8], tokens: &[&str], others: &[Vec<u8>]) -> Vec<u8> {
    let mut bytes = input.to_vec();
    for _ in 0..=rng.below(4) {
        let len = bytes.len();
        let at = rng.below(len + 1);
        match rng.below(8) {
            0 if len > 0 => bytes[at.min(len - 1)] ^= 1 << rng.below(8),
            1 if len > 0 => bytes[at.min(len - 1)] = INTERESTING[rng.below(INTERESTING.len())],
            2 => {
                let end = (at + 1 + rng.below(64)).min(len);
                bytes.drain(at.min(end)..end);
            }
            3 => {
                let end = (at + 1 + rng.below(256)).min(len);
                let copy = bytes[at.min(end)..end].to_vec();
                let to = rng.below(len + 1);
                bytes.splice(
                    to..to,
                    copy.iter().copied().cycle().take(copy.len() * (1 + rng.below(8))),
                );
            }
            4 | 5 if !tokens.is_empty() => {
                let token = tokens[rng.below(tokens.len())].as_bytes();
                let repeat = if rng.below(8) == 0 { 1 + rng.below(500) } else { 1 };
                bytes.splice(at..at, token.iter().copied().cycle().take(token.len() * repeat));
            }
            6 => bytes.truncate(at),
            _ if !others.is_empty() => {
                let other = &others[rng.below(others.len())];
                let from = rng.below(other.len() + 1);
                let end = (from + rng.below(512)).min(other.len());
                bytes.splice(at..at, other[from..end].iter().copied());
            }
            _ => {}
        }
    }
    bytes
}

/// What must hold for one input; `Err` says what broke.
type Check<'a> = dyn Fn(&[u8]) -> Result<(), String> + 'a;

/// Replays the kept finds of `target`, then fuzzes from `seeds`.
fn fuzz(target: &str, seeds: &[Vec<u8>], tokens: &[&str], check: &Check<'_>) {
    let started = Instant::now();
    let mut failures = Vec::new();
    let kept = data("fuzz").join(target);
    if let Ok(entries) = std::fs::read_dir(&kept) {
        for entry in entries.flatten() {
            let bytes = std::fs::read(entry.path()).expect("read a kept fuzz input");
            if let Err(problem) = check(&bytes) {
                failures.push(format!("{}: {problem}", entry.path().display()));
            }
        }
    }
    let mut rng = Rng::new(target);
    let total = cases();
    for case in 0..total {
        let seed = &seeds[case % seeds.len()];
        let input = mutate(&mut rng, seed, tokens, seeds);
        if let Err(problem) = check(&input) {
            let saved = save_find(target, case, &input);
            failures.push(format!("case {case} ({}): {problem}", saved.display()));
        }
    }
    println!(
        "fuzz {target}: {total} cases in {:.2} s",
        started.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "fuzz {target} found:\n{}", failures.join("\n"));
}

fn save_find(target: &str, case: usize, input: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/fuzz-finds")
        .join(target);
    std::fs::create_dir_all(&dir).expect("create the finds folder");
    let path = dir.join(format!("case-{case}"));
    std::fs::write(&path, input).expect("save a find");
    path
}

/// The limits every fuzzed file is read with: small, so bombs trip them fast.
fn options() -> ImportOptions {
    ImportOptions {
        max_file_bytes: 4_000_000,
        timeout: Duration::from_secs(20),
        ..ImportOptions::default()
    }
}

/// Writes `bytes` as a `.{extension}` file and checks the import invariants.
fn check_import(extension: &'static str) -> impl Fn(&[u8]) -> Result<(), String> {
    let dir = tempfile::tempdir().expect("temp dir");
    move |bytes: &[u8]| {
        let path = dir.path().join(format!("fuzzed.{extension}"));
        std::fs::write(&path, bytes).expect("write the fuzzed file");
        let options = options();
        let outcome =
            std::panic::catch_unwind(|| read_file(&path, &options)).map_err(|_| "read_file panicked".to_string())?;
        for error in &outcome.errors {
            if matches!(error, ImportError::ReaderFailed { .. } | ImportError::TimedOut { .. }) {
                return Err(error.to_string());
            }
        }
        for document in &outcome.documents {
            let text = &document.text;
            if text.len() as u64 > options.max_file_bytes {
                return Err(format!("text of {} bytes passed the limit", text.len()));
            }
            if text.contains('\r') {
                return Err("a \\r survived line-ending normalisation".into());
            }
            if text.trim_end().len() != text.len() || text.starts_with('\n') {
                return Err("text not tidied at its ends".into());
            }
        }
        Ok(())
    }
}

fn seed(name: &str) -> Vec<u8> {
    std::fs::read(data("seed").join(name)).expect("a seed fixture")
}

#[test]
fn fuzz_text_and_markdown() {
    let seeds = vec![
        seed("seed.txt"),
        std::fs::read(data("import/broken/legacy-windows-1252.txt")).expect("fixture"),
        std::fs::read(data("import/broken/utf16.txt")).expect("fixture"),
    ];
    let tokens = ["\r\n", "\u{feff}", "\u{202e}", "# ", "\n\n", "\t"];
    fuzz("txt", &seeds, &tokens, &check_import("txt"));
    fuzz("md", &seeds, &tokens, &check_import("md"));
}

#[test]
fn fuzz_html() {
    let seeds = vec![seed("seed.html")];
    let tokens = [
        "<div>",
        "</div>",
        "<p>",
        "<pre>",
        "</pre>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<table><tr><td>",
        "&amp;",
        "&#0;",
        "&#x110000;",
        "<meta charset=\"utf-16\">",
        "<article>",
        "<br>",
        "<b><i>",
        "\r",
    ];
    fuzz("html", &seeds, &tokens, &check_import("html"));
}

#[test]
fn fuzz_email() {
    let seeds = vec![
        seed("seed.eml"),
        std::fs::read(data("import/hostile/panics.eml")).expect("fixture"),
    ];
    let tokens = [
        "Content-Type: multipart/mixed; boundary=\"b\"\r\n",
        "\r\n--b\r\n",
        "\r\n--b--\r\n",
        "Content-Type: message/rfc822\r\n\r\n",
        "Content-Type: text/html\r\n\r\n<p>x</p>",
        "Content-Transfer-Encoding: base64\r\n",
        "Content-Transfer-Encoding: quoted-printable\r\n",
        "=?utf-8?B?w6k=?=",
        "=?x?Q?=FF?=",
        "\r\n\r\n",
        "Subject: ",
    ];
    fuzz("eml", &seeds, &tokens, &check_import("eml"));
}

#[test]
fn fuzz_json_and_json_lines() {
    let json = seed("seed.json");
    let lines = std::fs::read(data("import/broken/bad.jsonl")).expect("fixture");
    let tokens = [
        "{",
        "}",
        "[",
        "]",
        ",",
        "\"text\":",
        "\"title\":",
        "\"date\":",
        "null",
        "1e999",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\n",
    ];
    fuzz("json", std::slice::from_ref(&json), &tokens, &check_import("json"));
    fuzz("jsonl", &[lines, json], &tokens, &check_import("jsonl"));
}

/// seed.pdf with its streams inflated, so mutations hit operators and
/// dictionaries rather than compressed bytes; and the seed as is.
fn pdf_seeds() -> Vec<Vec<u8>> {
    let original = seed("seed.pdf");
    let mut document = lopdf::Document::load_mem(&original).expect("seed.pdf loads");
    document.decompress();
    let mut plain = Vec::new();
    let options = lopdf::SaveOptions::builder()
        .use_object_streams(false)
        .use_xref_streams(false)
        .build();
    document.save_with_options(&mut plain, options).expect("save to memory");
    vec![plain, original]
}

#[test]
fn fuzz_pdf() {
    let tokens = [
        " obj ",
        "endobj",
        "stream\n",
        "endstream",
        "/Parent 3 0 R",
        "/Kids [",
        "/FlateDecode",
        "BT ",
        " ET",
        " Tj",
        "[(a) -300 (b)] TJ",
        "<<",
        ">>",
        " 0 0 R",
        "/Length 0",
        "/Type /Page",
        "/Font",
        "/ToUnicode",
        "/Encoding",
        "(",
        ")",
        "9999999999",
        "-1",
        "/Resources << >>",
    ];
    fuzz("pdf", &pdf_seeds(), &tokens, &check_import("pdf"));
}

/// seed.docx's entries, with `document.xml` replaced by `body`.
fn rezip(original: &[u8], body: &[u8]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(original)).expect("seed.docx is a zip");
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).expect("entry");
        let name = entry.name().expect("an entry name").to_string();
        let mut contents = Vec::new();
        entry.read_to_end(&mut contents).expect("inflate entry");
        writer.start_file(name.as_str(), options).expect("start entry");
        let contents = if name == "word/document.xml" {
            body
        } else {
            &contents[..]
        };
        writer.write_all(contents).expect("write entry");
    }
    writer.finish().expect("finish zip").into_inner()
}

#[test]
fn fuzz_docx() {
    let original = seed("seed.docx");
    let mut archive = zip::ZipArchive::new(Cursor::new(&original[..])).expect("seed.docx is a zip");
    let mut body = Vec::new();
    archive
        .by_name("word/document.xml")
        .expect("a body")
        .read_to_end(&mut body)
        .expect("inflate");
    let tokens = [
        "<w:p>",
        "</w:p>",
        "<w:r>",
        "</w:r>",
        "<w:t>",
        "</w:t>",
        "<w:tab/>",
        "<w:br/>",
        "<mc:Fallback>",
        "</mc:Fallback>",
        "&amp;",
        "&#0;",
        "<![CDATA[x]]>",
        "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>",
        "&a;",
    ];
    let check = check_import("docx");
    // Half the cases mutate the XML inside a valid zip, half the zip's bytes.
    let structured = move |xml: &[u8]| check(&rezip(&original, xml));
    fuzz("docx-xml", std::slice::from_ref(&body), &tokens, &structured);
    fuzz("docx", &[seed("seed.docx")], &[], &check_import("docx"));
}

#[test]
fn fuzz_extraction_contract() {
    let article = String::from_utf8(seed("seed.json")).expect("UTF-8");
    let value: serde_json::Value = serde_json::from_str(&article).expect("seed.json parses");
    let line = serde_json::to_string(&value).expect("one line");
    let seeds = vec![
        format!("{line}\n{line}\n").into_bytes(),
        b"{\"id\": 1, \"text\": \"Russia backs Assad. The US opposes the deal.\"}\n".to_vec(),
    ];
    let tokens = [
        "\n",
        "{",
        "}",
        "\"id\":",
        "\"text\":",
        "null",
        "\"\\u0000\"",
        "\u{feff}",
        "\\n\\n",
        "\u{fffd}",
    ];
    let extractor = RuleExtractor::default();
    let check = |input: &[u8]| -> Result<(), String> {
        let mut output = Vec::new();
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            contract::run(&mut Cursor::new(input), &mut output, &extractor)
        }))
        .map_err(|_| "contract::run panicked".to_string())?;
        let written = match run {
            Ok(written) => written,
            Err(error) => {
                let message = error.to_string();
                return if message.starts_with("input line ") || message.starts_with("reading or writing failed") {
                    Ok(())
                } else {
                    Err(format!("an error that names no line: {message}"))
                };
            }
        };
        let records: Vec<&[u8]> = output.split(|&byte| byte == b'\n').filter(|l| !l.is_empty()).collect();
        if records.len() != written {
            return Err(format!("{written} articles but {} records", records.len()));
        }
        for record in records {
            serde_json::from_slice::<serde_json::Value>(record).map_err(|error| format!("bad record: {error}"))?;
        }
        Ok(())
    };
    fuzz("extract", &seeds, &tokens, &check);
}
