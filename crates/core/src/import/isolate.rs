//! Running a reader where a runaway can be stopped: the per-file budget.
//!
//! Every file is read on a worker thread that the caller waits for with a
//! deadline, watching the cancel flag, so a slow file ends in "took longer
//! than 30 s" or "cancelled" and the batch goes on. A thread cannot be
//! killed, though: one that loops keeps its core until it ends. So PDFs,
//! whose crates have looped and allocated gigabytes on hostile files, are
//! read in a child process when a [`ReaderProcess`] is given: the child
//! limits its own memory (`RLIMIT_DATA`) and CPU time (`RLIMIT_CPU`, a
//! backstop should this process die), dies with its parent (Linux), and is
//! killed at the deadline or on cancel. Its stderr is read and dropped, so
//! nothing it prints reaches the terminal.
//!
//! The child is this same program, started with a hidden first argument:
//! a binary opts in by calling [`serve_reader_process_if_asked`] first thing
//! in `main` (the `standpoint` CLI does). Without a `ReaderProcess` (the
//! desktop app for now, library users, unit tests)
//! PDFs are read on a thread like the other formats, still within the time
//! limit and the inflation checks of `pdf_guard`, but without a memory cap.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::read::parse;
use super::{Document, Format, ImportError, ImportOptions};

/// The hidden first argument that makes a binary serve as a reader process.
pub const READER_ARG: &str = "--standpoint-reader-process";

/// Reader threads get a large stack: parser crates recurse on nesting.
const READER_STACK_BYTES: usize = 64 * 1024 * 1024;

/// How often a wait wakes to look at the cancel flag.
const CANCEL_POLL: Duration = Duration::from_millis(50);

/// A program that serves as a reader process: one whose `main` calls
/// [`serve_reader_process_if_asked`] before anything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderProcess {
    program: PathBuf,
}

/// Set once this program's `main` has called [`serve_reader_process_if_asked`].
static SERVES: AtomicBool = AtomicBool::new(false);

impl ReaderProcess {
    /// The running program itself (the CLI), if its `main` called
    /// [`serve_reader_process_if_asked`]; `None` otherwise (a test harness,
    /// a program that did not opt in), where PDFs are read on a thread.
    pub fn this_program() -> Option<ReaderProcess> {
        if !SERVES.load(Ordering::Relaxed) {
            return None;
        }
        let program = std::env::current_exe().ok()?;
        Some(ReaderProcess { program })
    }

    /// Another program as the reader process. It must answer as
    /// [`serve_reader_process_if_asked`] does; tests use one that never
    /// answers to show the deadline and cancel stop it whatever the machine's speed.
    pub fn program(program: PathBuf) -> ReaderProcess {
        ReaderProcess { program }
    }
}

/// What a reader gave for one file.
pub(crate) type Parsed = (Vec<Document>, Vec<ImportError>);

fn failed(error: ImportError) -> Parsed {
    (Vec::new(), vec![error])
}

/// Reads `bytes` as `format` within the budget in `options`: in a child
/// process for PDFs when one is configured, else on a thread.
pub(crate) fn read_within_budget(
    bytes: Vec<u8>,
    format: Format,
    origin_name: &str,
    options: &ImportOptions,
    cancel: &AtomicBool,
) -> Parsed {
    let reading = Reading {
        format,
        origin_name,
        options,
        cancel,
    };
    match &options.reader_process {
        Some(process) if format == Format::Pdf => in_child(process, &bytes, &reading),
        _ => on_thread(bytes, &reading),
    }
}

/// One file being read: what it is, and the budget and cancel flag it runs under.
struct Reading<'a> {
    format: Format,
    origin_name: &'a str,
    options: &'a ImportOptions,
    cancel: &'a AtomicBool,
}

fn on_thread(bytes: Vec<u8>, reading: &Reading) -> Parsed {
    let (sender, receiver) = mpsc::channel();
    let name = reading.origin_name.to_string();
    let (format, max_file_bytes) = (reading.format, reading.options.max_file_bytes);
    let spawned = std::thread::Builder::new()
        .name("standpoint-reader".into())
        .stack_size(READER_STACK_BYTES)
        .spawn(move || {
            // The receiver may be gone (timed out): nothing left to tell.
            let _ = sender.send(parse(&bytes, format, &name, max_file_bytes));
        });
    if let Err(error) = spawned {
        return failed(ImportError::Io {
            reason: format!("cannot start a reader thread: {error}"),
        });
    }
    // A thread that overruns is left to finish on its own; its result is dropped.
    match wait(&receiver, reading.options.timeout, reading.cancel) {
        Ok(parsed) => parsed,
        Err(stop) => failed(stop.error(reading.options)),
    }
}

/// Why a wait ended without a result.
enum Stop {
    TimedOut,
    Cancelled,
    /// The worker ended without sending (it cannot panic: `parse` catches).
    Vanished,
}

impl Stop {
    fn error(self, options: &ImportOptions) -> ImportError {
        match self {
            Stop::TimedOut => ImportError::TimedOut {
                seconds: options.timeout.as_secs_f64().ceil() as u64,
            },
            Stop::Cancelled => ImportError::Cancelled,
            Stop::Vanished => ImportError::Io {
                reason: "the reader stopped without a result".to_string(),
            },
        }
    }
}

fn wait<T>(receiver: &mpsc::Receiver<T>, timeout: Duration, cancel: &AtomicBool) -> Result<T, Stop> {
    let deadline = Instant::now() + timeout;
    loop {
        if cancel.load(Ordering::Relaxed) {
            return Err(Stop::Cancelled);
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(Stop::TimedOut);
        }
        match receiver.recv_timeout(CANCEL_POLL.min(deadline - now)) {
            Ok(value) => return Ok(value),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return Err(Stop::Vanished),
        }
    }
}

fn in_child(process: &ReaderProcess, bytes: &[u8], reading: &Reading) -> Parsed {
    let format_name = serde_json::to_string(&reading.format).expect("a Format serialises");
    let cpu_seconds = reading.options.timeout.as_secs() + 5;
    let spawned = Command::new(&process.program)
        .arg(READER_ARG)
        .arg(format_name.trim_matches('"'))
        .arg(reading.origin_name)
        .arg(reading.options.max_file_bytes.to_string())
        .arg(reading.options.max_memory_bytes.to_string())
        .arg(cpu_seconds.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(error) => {
            return failed(ImportError::Io {
                reason: format!("cannot start the reader process: {error}"),
            })
        }
    };
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    // The input goes in on its own thread so a child that stops reading
    // (looping) cannot block us past the deadline.
    let input = bytes.to_vec();
    std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let errors = std::thread::spawn(move || {
        let mut head = Vec::new();
        let _ = (&mut stderr).take(64 * 1024).read_to_end(&mut head);
        let _ = std::io::copy(&mut stderr, &mut std::io::sink());
        head
    });
    let (sender, receiver) = mpsc::channel();
    // Text is at most max_file_bytes; JSON escaping can grow it up to 6×.
    let output_limit = reading.options.max_file_bytes.saturating_mul(6).saturating_add(1 << 20);
    std::thread::spawn(move || {
        let mut output = Vec::new();
        let read = (&mut stdout).take(output_limit).read_to_end(&mut output);
        let _ = sender.send(read.map(|_| output));
    });
    let waited = wait(&receiver, reading.options.timeout, reading.cancel);
    if waited.is_err() {
        let _ = child.kill();
    }
    let output = match waited {
        Ok(Ok(output)) if output.len() as u64 >= output_limit => {
            // It wrote more than any real answer: not an answer.
            let _ = child.kill();
            Vec::new()
        }
        Ok(Ok(output)) => output,
        Ok(Err(_)) | Err(Stop::Vanished) => Vec::new(),
        Err(stop) => {
            let _ = child.wait();
            return failed(stop.error(reading.options));
        }
    };
    let status = child.wait();
    let stderr_head = errors.join().unwrap_or_default();
    if let Ok(parsed) = serde_json::from_slice::<Parsed>(&output) {
        return parsed;
    }
    // No answer: say why the child died.
    if String::from_utf8_lossy(&stderr_head).contains("memory allocation of") {
        return failed(ImportError::OutOfMemory {
            limit: reading.options.max_memory_bytes,
        });
    }
    if killed_for_cpu(status.ok()) {
        return failed(Stop::TimedOut.error(reading.options));
    }
    failed(ImportError::ReaderFailed { format: reading.format })
}

#[cfg(unix)]
fn killed_for_cpu(status: Option<std::process::ExitStatus>) -> bool {
    use std::os::unix::process::ExitStatusExt;
    status.and_then(|status| status.signal()) == Some(libc::SIGXCPU)
}

#[cfg(not(unix))]
fn killed_for_cpu(_status: Option<std::process::ExitStatus>) -> bool {
    false
}

/// Serves one file when this process was started as a reader process
/// (first argument [`READER_ARG`]): limits itself, reads the file's bytes
/// from stdin, writes the result as JSON to stdout and exits. Returns at
/// once otherwise. Binaries that import call this first thing in `main`.
pub fn serve_reader_process_if_asked() {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    if args.first().map(|arg| arg.as_os_str()) != Some(OsStr::new(READER_ARG)) {
        SERVES.store(true, Ordering::Relaxed);
        return;
    }
    let text = |index: usize| args.get(index).and_then(|arg| arg.to_str()).unwrap_or_default();
    let number = |index: usize| text(index).parse::<u64>().unwrap_or(0);
    let (origin_name, max_file_bytes, max_memory_bytes, cpu_seconds) = (text(2), number(3), number(4), number(5));
    let Ok(format) = serde_json::from_str::<Format>(&format!("\"{}\"", text(1))) else {
        std::process::exit(2);
    };
    limit_this_process(max_memory_bytes, cpu_seconds);
    let mut bytes = Vec::new();
    if std::io::stdin()
        .take(max_file_bytes + 1)
        .read_to_end(&mut bytes)
        .is_err()
    {
        std::process::exit(2);
    }
    let parsed = parse(&bytes, format, origin_name, max_file_bytes);
    let mut stdout = std::io::stdout().lock();
    let written = serde_json::to_writer(&mut stdout, &parsed).is_ok() && stdout.flush().is_ok();
    std::process::exit(if written { 0 } else { 2 });
}

#[cfg(unix)]
fn limit_this_process(max_memory_bytes: u64, cpu_seconds: u64) {
    let set = |resource, value: u64| {
        let limit = libc::rlimit {
            rlim_cur: value as libc::rlim_t,
            rlim_max: value as libc::rlim_t,
        };
        // SAFETY: setrlimit reads the struct we pass and changes only this
        // process's limits; failure leaves the limit as it was.
        unsafe { libc::setrlimit(resource, &limit) };
    };
    if max_memory_bytes > 0 {
        set(libc::RLIMIT_DATA, max_memory_bytes);
    }
    if cpu_seconds > 0 {
        set(libc::RLIMIT_CPU, cpu_seconds);
    }
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_PDEATHSIG takes a signal number and touches no memory.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
    }
}

#[cfg(not(unix))]
fn limit_this_process(_max_memory_bytes: u64, _cpu_seconds: u64) {}
