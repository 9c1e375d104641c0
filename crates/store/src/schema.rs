//! Opening a workspace file: recognising it, refusing files that are not
//! ours or are newer than this program, applying pending migrations and
//! setting the connection pragmas. Migrations are numbered `.sql` files
//! embedded at compile time; all pending ones run in one transaction
//! together with the `user_version` bump, so a failed migration leaves the
//! file as it was.
//! A migration is never edited once released: add a new one.
//!
//! Several processes may use one workspace (the app and the CLI, two
//! imports): every write transaction takes the write lock when it begins
//! (`BEGIN IMMEDIATE`) and waits up to [`BUSY_TIMEOUT`] for it, and creating
//! or migrating a workspace reads its version again under that lock, so a
//! second process waits and then finds the work done.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use crate::error::{Result, StoreError};

/// `PRAGMA application_id` of every Standpoint workspace: "STPT" in ASCII.
pub const APPLICATION_ID: i64 = 0x5354_5054;

struct Migration {
    version: i64,
    name: &'static str,
    sql: &'static str,
}

/// In order; `version` is the `user_version` after the migration ran.
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_initial",
        sql: include_str!("../migrations/0001_initial.sql"),
    },
    Migration {
        version: 2,
        name: "0002_analysed_with",
        sql: include_str!("../migrations/0002_analysed_with.sql"),
    },
    Migration {
        version: 3,
        name: "0003_lean_index",
        sql: include_str!("../migrations/0003_lean_index.sql"),
    },
    Migration {
        version: 4,
        name: "0004_article_indexes",
        sql: include_str!("../migrations/0004_article_indexes.sql"),
    },
    Migration {
        version: 5,
        name: "0005_hash_key",
        sql: include_str!("../migrations/0005_hash_key.sql"),
    },
];

/// How long a write waits for another process's transaction to finish.
/// Imports and analyses write one file or article per transaction
/// (milliseconds); a DNA database is one transaction of up to a minute.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

/// The schema version this program writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

/// Opens (creating if missing) the workspace at `path`, checks it and migrates it.
pub fn open_file(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(plain_path(path)?, flags)?;
    prepare(conn, path, true)
}

/// The path as SQLite must be given it to read it as a file name: absolute.
/// The bundled SQLite reads any name starting with `file:` as a URI with
/// options (`file:w.db?mode=ro`), and `:memory:` as no file at all; an
/// absolute path starts with `/` (or a drive), so it is always just a path.
pub(crate) fn plain_path(path: &Path) -> Result<std::path::PathBuf> {
    std::path::absolute(path)
        .map_err(|error| StoreError::Invalid(format!("cannot resolve the path {}: {error}", path.display())))
}

/// A fresh workspace that lives only in memory (tests, previews).
pub fn open_memory() -> Result<Connection> {
    prepare(Connection::open_in_memory()?, Path::new(":memory:"), false)
}

fn prepare(mut conn: Connection, path: &Path, wal: bool) -> Result<Connection> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // A deferred transaction that reads and then writes cannot wait for the
    // lock (SQLite answers "database is locked" at once, as the snapshot it
    // read may be stale); taking the lock up front lets it wait its turn.
    conn.set_transaction_behavior(TransactionBehavior::Immediate);
    // Refuse a foreign or newer file before changing anything in it.
    let version = check_identity(&conn, path)?;
    if wal {
        use_wal(&conn, path)?;
        // In WAL mode NORMAL still never corrupts the file; it only skips
        // the fsync per transaction, which per-file imports would pay for.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
    }
    // 64 MB of page cache (SQLite's default is 2 MB): reading 100 000
    // assessments for the matrix should not go back to the disk for each page.
    conn.pragma_update(None, "cache_size", -65_536)?;
    // Statements run per item (import, analysis, history) are cached; room to grow past rusqlite's 16.
    conn.set_prepared_statement_cache_capacity(64);
    if version < latest_version() {
        migrate(&mut conn, path)?;
    }
    // On only after migrating: a migration that builds a table anew drops
    // the old one, which with foreign keys on would delete what refers to it.
    conn.pragma_update(None, "foreign_keys", true)?;
    probe(&conn)?;
    Ok(conn)
}

/// Walks from the root to the last row of the main tables: a damaged
/// schema or b-tree there is reported now, as [`StoreError::Damaged`],
/// rather than halfway through a command. A full `PRAGMA quick_check` reads
/// every page (1.5–2 s for 100 MB), too slow for every open; damage it
/// alone would find is reported as damaged when a command first reads it.
fn probe(conn: &Connection) -> Result<()> {
    conn.query_row(
        "SELECT (SELECT max(id) FROM articles), (SELECT max(id) FROM actors),
                (SELECT max(id) FROM assessments), (SELECT max(id) FROM history)",
        [],
        |_| Ok(()),
    )?;
    Ok(())
}

/// Switches the file to write-ahead logging, which lets the app read while
/// a long import writes. Switching a new file needs it to itself for a
/// moment, and SQLite answers "busy" at once rather than waiting when
/// another process is doing the same: so wait here, up to [`BUSY_TIMEOUT`].
fn use_wal(conn: &Connection, path: &Path) -> Result<()> {
    let started = std::time::Instant::now();
    let mode: String = loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0)) {
            Err(error)
                if error.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                    && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(Duration::from_millis(10));
            }
            other => break other?,
        }
    };
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Invalid(format!(
            "{} cannot use write-ahead logging (journal mode stayed {mode})",
            path.display()
        )));
    }
    Ok(())
}

/// Reads the file's identity and refuses files that are not workspaces or
/// are newer than this program. Returns the schema version.
fn check_identity(conn: &Connection, path: &Path) -> Result<i64> {
    let (application_id, version, objects) = read_identity(conn, path)?;
    let fresh = application_id == 0 && version == 0 && objects == 0;
    if !fresh && application_id != APPLICATION_ID {
        let reason = if application_id == 0 {
            format!("it is an SQLite database with {objects} object(s) of another program")
        } else {
            format!("its application id is {application_id:#x}, not Standpoint's {APPLICATION_ID:#x}")
        };
        return Err(StoreError::NotAWorkspace {
            path: path.to_owned(),
            reason,
        });
    }
    if version > latest_version() {
        return Err(StoreError::NewerThanProgram {
            path: path.to_owned(),
            found: version,
            supported: latest_version(),
        });
    }
    Ok(version)
}

/// Reads application id, schema version and the number of schema objects;
/// a file SQLite cannot read at all is reported as not a workspace.
fn read_identity(conn: &Connection, path: &Path) -> Result<(i64, i64, i64)> {
    // One statement, so one snapshot: read apart, the three could straddle
    // another process's creation of the workspace.
    let read = conn.query_row(
        "SELECT (SELECT application_id FROM pragma_application_id),
                (SELECT user_version FROM pragma_user_version),
                (SELECT count(*) FROM sqlite_master)",
        [],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    );
    read.map_err(|err| match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotAWorkspace {
            path: path.to_owned(),
            reason: "it is not an SQLite database".to_owned(),
        },
        _ => StoreError::from(err),
    })
}

/// Applies the pending migrations in one transaction that holds the write
/// lock from its start. The version is read again under the lock: a process
/// that waited for another one creating the same workspace finds it done.
///
/// Foreign keys are off on `conn` while it runs (SQLite's way of changing a
/// table: build it anew, copy, drop the old one, rename), and checked
/// before the commit: a migration that left a dangling reference fails.
fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    // (The bundled SQLite has them on by default; `prepare` turns them on after.)
    conn.pragma_update(None, "foreign_keys", false)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let from_version = check_identity(&tx, path)?;
    for migration in MIGRATIONS.iter().filter(|m| m.version > from_version) {
        let fail = |source| StoreError::Migration {
            version: migration.version,
            name: migration.name,
            source,
        };
        tx.execute_batch(migration.sql).map_err(fail)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID).map_err(fail)?;
        tx.pragma_update(None, "user_version", migration.version)
            .map_err(fail)?;
    }
    let dangling: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| row.get(0))?;
    if dangling > 0 {
        return Err(StoreError::Corrupt(format!(
            "{dangling} row(s) refer to rows that are missing after migrating {}",
            path.display()
        )));
    }
    tx.commit()?;
    if from_version > 0 {
        reclaim_free_pages(conn);
    }
    Ok(())
}

/// A migration that builds a table anew (0005 rebuilt `articles`) leaves the
/// old table's pages free: a 30k-article workspace grew from 54 to 95 MB.
/// When over a quarter of the file is free, it is compacted once, now.
/// Best effort: if another process holds the workspace, VACUUM fails with
/// nothing changed and the free pages are reused by later writes instead.
fn reclaim_free_pages(conn: &Connection) {
    let pages = conn.query_row(
        "SELECT (SELECT freelist_count FROM pragma_freelist_count), (SELECT page_count FROM pragma_page_count)",
        [],
        |row| Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?)),
    );
    if let Ok((free, total)) = pages {
        if free * 4 > total {
            let _ = conn.execute_batch("VACUUM");
        }
    }
}
