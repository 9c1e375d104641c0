//! Reading a DNA 3 database (SQLite) into plain data: documents with their
//! text and metadata, and the coded statements of DNA's statement type with
//! person, organisation, concept and agreement, their spans already
//! converted to UTF-8 byte offsets into the normalised text.
//!
//! The file is opened read-only and never changed. Anything that is not a
//! DNA 3 database, or is damaged, is a [`DnaError`] that says which.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use standpoint_core::model::Span;

use super::offsets::{normalise, OffsetMap};
use super::DnaError;

/// One DNA document.
#[derive(Debug, Clone, PartialEq)]
pub struct DnaDocument {
    /// DNA's document id.
    pub id: i64,
    pub title: String,
    /// With `\n` line endings.
    pub text: String,
    pub author: Option<String>,
    pub source: Option<String>,
    /// The document date as `YYYY-MM-DD` (DNA keeps seconds since 1970, UTC).
    pub published: Option<String>,
}

/// One entry of DNA's code book (a person, organisation or concept).
#[derive(Debug, Clone, PartialEq)]
pub struct DnaEntity {
    pub name: String,
    /// The colour the analyst gave it in DNA, `#rrggbb`; `None` for DNA's
    /// default black, which says nothing.
    pub colour: Option<String>,
}

/// One coded statement, reduced to what a stance needs.
#[derive(Debug, Clone, PartialEq)]
pub struct DnaStatement {
    /// DNA's statement id.
    pub id: i64,
    pub document_id: i64,
    /// The coder's name ("Coder 1"), or "coder N" when the coder row is missing.
    pub coder: String,
    /// UTF-8 byte offsets into the document's (normalised) text.
    pub span: Span,
    pub person: Option<String>,
    pub organisation: Option<String>,
    pub concept: Option<String>,
    /// DNA's `agreement` variable: true = agrees (support).
    pub agreement: Option<bool>,
}

/// A statement that could not be read, and why (the rest still import).
#[derive(Debug, Clone, PartialEq)]
pub struct SkippedStatement {
    pub id: i64,
    pub reason: String,
}

/// Everything Standpoint takes from a DNA database.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DnaDatabase {
    /// The DNA version that wrote the file ("3.0.7").
    pub version: String,
    pub documents: Vec<DnaDocument>,
    /// Entity names of the statement type's variables, also those no
    /// statement uses (an analyst's code book is worth keeping).
    pub persons: Vec<DnaEntity>,
    pub organisations: Vec<DnaEntity>,
    pub concepts: Vec<DnaEntity>,
    pub statements: Vec<DnaStatement>,
    /// Statements of other types (annotations, story elements), left out.
    pub other_statements: usize,
    pub skipped: Vec<SkippedStatement>,
}

/// The tables every DNA 3 database has.
const DNA3_TABLES: &[&str] = &[
    "SETTINGS",
    "CODERS",
    "DOCUMENTS",
    "STATEMENTTYPES",
    "VARIABLES",
    "STATEMENTS",
    "ENTITIES",
    "DATASHORTTEXT",
    "DATABOOLEAN",
];

/// Reads the DNA 3 database at `path`.
pub fn read_dna(path: &Path) -> Result<DnaDatabase, DnaError> {
    let conn = Connection::open_with_flags(
        crate::schema::plain_path(path)?,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|error| classify(path, error))?;
    let version = check_shape(&conn, path)?;
    read_contents(&conn, version).map_err(|error| classify(path, error))
}

/// Turns SQLite's complaint into what it means for the user.
fn classify(path: &Path, error: rusqlite::Error) -> DnaError {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => {
            DnaError::NotDna(format!("{} is not an SQLite database", path.display()))
        }
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => DnaError::Damaged(error.to_string()),
        Some(rusqlite::ErrorCode::CannotOpen) => DnaError::Open(error.to_string()),
        _ => DnaError::Damaged(error.to_string()),
    }
}

/// Checks that this is a DNA 3 database that SQLite finds sound; returns its version.
fn check_shape(conn: &Connection, path: &Path) -> Result<String, DnaError> {
    let tables: Vec<String> = conn
        .prepare("SELECT upper(name) FROM sqlite_master WHERE type = 'table'")
        .and_then(|mut statement| statement.query_map([], |row| row.get(0))?.collect())
        .map_err(|error| classify(path, error))?;
    let has = |name: &str| tables.iter().any(|table| table == name);
    if !has("DOCUMENTS") || !has("STATEMENTS") {
        return Err(DnaError::NotDna(format!(
            "{} has no DOCUMENTS and STATEMENTS tables, so it was not written by Discourse Network Analyzer",
            path.display()
        )));
    }
    let version: Option<String> = if has("SETTINGS") {
        conn.query_row("SELECT Value FROM SETTINGS WHERE Property = 'version'", [], |row| {
            row.get(0)
        })
        .optional()
        .map_err(|error| classify(path, error))?
    } else {
        None
    };
    let version = match version {
        Some(version) if version.trim().starts_with("3.") || version.trim() == "3" => version.trim().to_owned(),
        Some(version) => return Err(DnaError::UnsupportedVersion(version)),
        // DNA 1 and 2 kept no version row, or no entity table.
        None if !has("ENTITIES") => return Err(DnaError::UnsupportedVersion("older than 3".to_owned())),
        None => "3 (no version recorded)".to_owned(),
    };
    if let Some(missing) = DNA3_TABLES.iter().find(|table| !has(table)) {
        return Err(DnaError::Damaged(format!("the DNA 3 table {missing} is missing")));
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|error| classify(path, error))?;
    if check != "ok" {
        return Err(DnaError::Damaged(check));
    }
    Ok(version)
}

/// The statement type holding stances: DNA's "DNA Statement", or else the
/// first type with `organization` and `concept` variables.
fn stance_type(conn: &Connection) -> rusqlite::Result<Option<i64>> {
    let by_label = conn
        .query_row(
            "SELECT ID FROM STATEMENTTYPES WHERE Label = 'DNA Statement' ORDER BY ID LIMIT 1",
            [],
            |row| row.get(0),
        )
        .optional()?;
    if by_label.is_some() {
        return Ok(by_label);
    }
    conn.query_row(
        "SELECT StatementTypeId FROM VARIABLES WHERE lower(Variable) IN ('organization', 'organisation', 'concept')
         GROUP BY StatementTypeId HAVING count(DISTINCT lower(Variable)) >= 2 ORDER BY StatementTypeId LIMIT 1",
        [],
        |row| row.get(0),
    )
    .optional()
}

/// Which of the four variables a variable name is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Person,
    Organisation,
    Concept,
    Agreement,
}

fn role(variable: &str) -> Option<Role> {
    match variable.to_lowercase().as_str() {
        "person" => Some(Role::Person),
        "organization" | "organisation" => Some(Role::Organisation),
        "concept" => Some(Role::Concept),
        "agreement" => Some(Role::Agreement),
        _ => None,
    }
}

/// The four variables of one statement, as far as they are coded.
#[derive(Default)]
struct StatementValues {
    person: Option<String>,
    organisation: Option<String>,
    concept: Option<String>,
    agreement: Option<bool>,
}

fn non_empty(text: String) -> Option<String> {
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

fn read_contents(conn: &Connection, version: String) -> rusqlite::Result<DnaDatabase> {
    let mut database = DnaDatabase {
        version,
        ..DnaDatabase::default()
    };

    let coders: HashMap<i64, String> = conn
        .prepare("SELECT ID, Name FROM CODERS")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;

    let mut offsets: HashMap<i64, OffsetMap> = HashMap::new();
    // DNA keeps the date as seconds since 1970 (UTC); SQLite turns that into the day.
    let mut statement =
        conn.prepare("SELECT ID, Title, Text, Author, Source, date(Date, 'unixepoch') FROM DOCUMENTS ORDER BY ID")?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let (text, map) = normalise(&row.get::<_, String>(2)?);
        database.documents.push(DnaDocument {
            id,
            title: row.get(1)?,
            text,
            author: row.get::<_, Option<String>>(3)?.and_then(non_empty),
            source: row.get::<_, Option<String>>(4)?.and_then(non_empty),
            published: row.get(5)?,
        });
        offsets.insert(id, map);
    }

    let Some(type_id) = stance_type(conn)? else {
        // No stance type at all: documents only.
        database.other_statements = conn.query_row("SELECT count(*) FROM STATEMENTS", [], |row| row.get(0))?;
        return Ok(database);
    };
    database.other_statements = conn.query_row(
        "SELECT count(*) FROM STATEMENTS WHERE StatementTypeId IS NOT ?1",
        [type_id],
        |row| row.get(0),
    )?;

    let variables: HashMap<i64, Role> = conn
        .prepare("SELECT ID, Variable FROM VARIABLES WHERE StatementTypeId = ?1")?
        .query_map([type_id], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter_map(|(id, name)| role(&name).map(|role| (id, role)))
        .collect();

    let mut entities = conn.prepare("SELECT VariableId, Value, Red, Green, Blue FROM ENTITIES ORDER BY ID")?;
    let mut rows = entities.query([])?;
    while let Some(row) = rows.next()? {
        let Some(name) = non_empty(row.get(1)?) else { continue };
        let rgb: [Option<i64>; 3] = [row.get(2)?, row.get(3)?, row.get(4)?];
        let colour = match rgb {
            [Some(0), Some(0), Some(0)] => None,
            [Some(r @ 0..=255), Some(g @ 0..=255), Some(b @ 0..=255)] => Some(format!("#{r:02x}{g:02x}{b:02x}")),
            _ => None,
        };
        let entity = DnaEntity { name, colour };
        match variables.get(&row.get(0)?) {
            Some(Role::Person) => database.persons.push(entity),
            Some(Role::Organisation) => database.organisations.push(entity),
            Some(Role::Concept) => database.concepts.push(entity),
            _ => {}
        }
    }

    // Variable values per statement, short text through the entity table.
    let mut values: HashMap<i64, StatementValues> = HashMap::new();
    let mut short = conn.prepare(
        "SELECT d.StatementId, d.VariableId, e.Value FROM DATASHORTTEXT d LEFT JOIN ENTITIES e ON e.ID = d.Entity",
    )?;
    let mut rows = short.query([])?;
    while let Some(row) = rows.next()? {
        let value: Option<String> = row.get::<_, Option<String>>(2)?.and_then(non_empty);
        let slot = values.entry(row.get(0)?).or_default();
        match variables.get(&row.get(1)?) {
            Some(Role::Person) => slot.person = value,
            Some(Role::Organisation) => slot.organisation = value,
            Some(Role::Concept) => slot.concept = value,
            _ => {}
        }
    }
    let mut booleans = conn.prepare("SELECT StatementId, VariableId, Value FROM DATABOOLEAN")?;
    let mut rows = booleans.query([])?;
    while let Some(row) = rows.next()? {
        if variables.get(&row.get(1)?) == Some(&Role::Agreement) {
            values.entry(row.get(0)?).or_default().agreement = Some(row.get::<_, i64>(2)? != 0);
        }
    }

    let mut statements = conn
        .prepare("SELECT ID, DocumentId, Start, Stop, Coder FROM STATEMENTS WHERE StatementTypeId = ?1 ORDER BY ID")?;
    let mut rows = statements.query([type_id])?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let document_id: i64 = row.get::<_, Option<i64>>(1)?.unwrap_or(-1);
        let (start, stop): (i64, i64) = (row.get(2)?, row.get(3)?);
        let coder_id: Option<i64> = row.get(4)?;
        let Some(mapped) = offsets.get(&document_id) else {
            database.skipped.push(SkippedStatement {
                id,
                reason: format!("its document {document_id} does not exist"),
            });
            continue;
        };
        let span = match (usize::try_from(start), usize::try_from(stop)) {
            (Ok(start), Ok(stop)) if start <= stop => mapped
                .byte_offset(start)
                .zip(mapped.byte_offset(stop))
                .map(|(s, e)| Span::new(s, e)),
            _ => None,
        };
        let Some(span) = span else {
            database.skipped.push(SkippedStatement {
                id,
                reason: format!(
                    "its span {start}..{stop} lies outside document {document_id} ({} characters)",
                    mapped.utf16_len()
                ),
            });
            continue;
        };
        let StatementValues {
            person,
            organisation,
            concept,
            agreement,
        } = values.remove(&id).unwrap_or_default();
        let coder = coder_id
            .and_then(|coder| coders.get(&coder).cloned())
            .unwrap_or_else(|| format!("coder {}", coder_id.unwrap_or(0)));
        database.statements.push(DnaStatement {
            id,
            document_id,
            coder,
            span,
            person,
            organisation,
            concept,
            agreement,
        });
    }
    Ok(database)
}
