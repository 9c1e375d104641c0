//! The append-only history of analyst actions, and undo/redo over it.
//!
//! An action is recorded as row images: for every row it touched, the row
//! as it was before and after (as JSON objects of column → value; `None`
//! when the row did not exist). Undo writes the befores back, redo the
//! afters. Images are generic, so a merge of two actors (aliases, mentions,
//! assessments, the deleted actor) undoes exactly like a single review click.
//!
//! A row that no longer looks like the image being replaced (say, a machine
//! suggestion that re-analysis has since removed) is left alone rather than
//! resurrected: undo never overwrites what happened outside the history.
//! The undone entries always form the top of the stack: a new action or an
//! analysis run marks them `discarded`, as every editor's redo does.

use rusqlite::types::{Value, ValueRef};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};

use crate::error::{Result, StoreError};
use crate::Store;

/// The tables analyst actions may touch. Only these names ever reach SQL text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Table {
    Articles,
    Actors,
    ActorAliases,
    Issues,
    IssueAliases,
    Mentions,
    Assessments,
}

impl Table {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Table::Articles => "articles",
            Table::Actors => "actors",
            Table::ActorAliases => "actor_aliases",
            Table::Issues => "issues",
            Table::IssueAliases => "issue_aliases",
            Table::Mentions => "mentions",
            Table::Assessments => "assessments",
        }
    }
}

/// One row's change within an action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct RowChange {
    table: Table,
    id: i64,
    before: Option<Map<String, Json>>,
    after: Option<Map<String, Json>>,
}

/// One recorded action, as the UI lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryEntry {
    pub id: i64,
    /// When, ISO 8601 UTC.
    pub at: String,
    /// Who: "analyst" for decisions at the keyboard.
    pub who: String,
    /// A stable action name ("set_review", "merge_actors", …).
    pub action: String,
    /// What the action did, as the undo button names it
    /// ("merge 'Kremlin' into 'Russia'").
    pub summary: String,
    /// "done", "undone" or "discarded".
    pub state: String,
}

/// Whether undo and redo have something to do, and what: the labels are
/// the summaries of the entries they would replay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct HistoryState {
    pub can_undo: bool,
    pub can_redo: bool,
    /// What undo would undo ("merge 'Kremlin' into 'Russia'").
    pub undo_label: Option<String>,
    /// What redo would redo.
    pub redo_label: Option<String>,
}

/// The rows an action is about to touch, captured before it runs.
pub(crate) struct Recording {
    keys: Vec<(Table, i64)>,
    befores: Vec<Option<Map<String, Json>>>,
}

impl Recording {
    /// Snapshots `keys` as they are now.
    pub fn start(tx: &Transaction, keys: Vec<(Table, i64)>) -> Result<Recording> {
        let mut recording = Recording {
            keys: Vec::new(),
            befores: Vec::new(),
        };
        for (table, id) in keys {
            recording.touch(tx, table, id)?;
        }
        Ok(recording)
    }

    /// Adds a row to the action (before it changes); a row added twice is kept once.
    pub fn touch(&mut self, tx: &Transaction, table: Table, id: i64) -> Result<()> {
        if !self.keys.contains(&(table, id)) {
            self.befores.push(snapshot(tx, table, id)?);
            self.keys.push((table, id));
        }
        Ok(())
    }

    /// Adds a row the action has just inserted.
    pub fn inserted(&mut self, table: Table, id: i64) {
        if !self.keys.contains(&(table, id)) {
            self.keys.push((table, id));
            self.befores.push(None);
        }
    }

    /// Snapshots the afters and appends the entry; discards the redo stack.
    pub fn finish(self, tx: &Transaction, who: &str, action: &str, summary: &str) -> Result<i64> {
        let mut changes = Vec::new();
        for ((table, id), before) in self.keys.into_iter().zip(self.befores) {
            let after = snapshot(tx, table, id)?;
            if before != after {
                changes.push(RowChange {
                    table,
                    id,
                    before,
                    after,
                });
            }
        }
        let changes = serde_json::to_string(&changes)
            .map_err(|err| StoreError::Corrupt(format!("cannot encode history: {err}")))?;
        discard_redo(tx)?;
        tx.execute(
            "INSERT INTO history (who, action, summary, changes) VALUES (?1, ?2, ?3, ?4)",
            params![who, action, summary, changes],
        )?;
        Ok(tx.last_insert_rowid())
    }
}

/// Makes the undone entries unreachable: the world moved on without them.
pub(crate) fn discard_redo(tx: &Transaction) -> Result<()> {
    tx.execute(
        "UPDATE history SET state = 'discarded', state_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE state = 'undone'",
        [],
    )?;
    Ok(())
}

/// The row as a JSON object, or `None` when there is no such row.
fn snapshot(tx: &Transaction, table: Table, id: i64) -> Result<Option<Map<String, Json>>> {
    let sql = format!("SELECT * FROM {} WHERE id = ?1", table.name());
    let mut statement = tx.prepare_cached(&sql)?;
    let names: Vec<String> = statement.column_names().into_iter().map(str::to_owned).collect();
    let row = statement
        .query_row([id], |row| {
            let mut map = Map::new();
            for (index, name) in names.iter().enumerate() {
                let value = match row.get_ref(index)? {
                    ValueRef::Null => Json::Null,
                    ValueRef::Integer(n) => Json::from(n),
                    ValueRef::Real(x) => serde_json::Number::from_f64(x).map_or(Json::Null, Json::Number),
                    ValueRef::Text(bytes) => Json::String(String::from_utf8_lossy(bytes).into_owned()),
                    ValueRef::Blob(_) => {
                        return Err(rusqlite::Error::InvalidColumnType(
                            index,
                            name.clone(),
                            rusqlite::types::Type::Blob,
                        ))
                    }
                };
                map.insert(name.clone(), value);
            }
            Ok(map)
        })
        .optional()?;
    Ok(row)
}

/// Writes `image` as the row (`None`: deletes it), only if the row currently
/// equals `expected`; returns whether it wrote.
fn restore(
    tx: &Transaction,
    table: Table,
    id: i64,
    expected: &Option<Map<String, Json>>,
    image: &Option<Map<String, Json>>,
) -> Result<bool> {
    if &snapshot(tx, table, id)? != expected {
        return Ok(false);
    }
    match image {
        None => {
            refuse_if_used(tx, table, id)?;
            tx.execute(&format!("DELETE FROM {} WHERE id = ?1", table.name()), [id])?;
        }
        Some(image) => {
            let known = columns(tx, table)?;
            let mut names = Vec::new();
            let mut values = Vec::new();
            for (name, value) in image {
                if !known.contains(name) {
                    return Err(StoreError::Corrupt(format!(
                        "history names unknown column {}.{name}",
                        table.name()
                    )));
                }
                names.push(name.as_str());
                values.push(json_to_sql(value));
            }
            let placeholders: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
            let updates: Vec<String> = names.iter().map(|n| format!("{n} = excluded.{n}")).collect();
            let sql = format!(
                "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT(id) DO UPDATE SET {}",
                table.name(),
                names.join(", "),
                placeholders.join(", "),
                updates.join(", ")
            );
            tx.execute(&sql, rusqlite::params_from_iter(values))?;
        }
    }
    Ok(true)
}

/// Undoing the creation of an actor or issue must not take with it the
/// mentions and assessments that analysis has since attached to it
/// (deleting it would cascade to them): refuse instead.
fn refuse_if_used(tx: &Transaction, table: Table, id: i64) -> Result<()> {
    let (what, sql) = match table {
        Table::Articles => (
            "article",
            "SELECT (SELECT count(*) FROM assessments WHERE article_id = ?1)
                  + (SELECT count(*) FROM mentions WHERE article_id = ?1)",
        ),
        Table::Actors => (
            "actor",
            "SELECT (SELECT count(*) FROM assessments WHERE holder_id = ?1 OR target_actor_id = ?1)
                  + (SELECT count(*) FROM mentions WHERE actor_id = ?1)",
        ),
        Table::Issues => (
            "issue",
            "SELECT (SELECT count(*) FROM assessments WHERE target_issue_id = ?1)
                  + (SELECT count(*) FROM mentions WHERE issue_id = ?1)",
        ),
        _ => return Ok(()),
    };
    let uses: i64 = tx.query_row(sql, [id], |row| row.get(0))?;
    if uses > 0 {
        return Err(StoreError::Conflict {
            action: "undo",
            reason: format!("{what} {id} is now used by {uses} mention(s) or assessment(s); merge it instead"),
        });
    }
    Ok(())
}

fn columns(tx: &Transaction, table: Table) -> Result<Vec<String>> {
    let mut statement = tx.prepare_cached(&format!("SELECT name FROM pragma_table_info('{}')", table.name()))?;
    let names = statement
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

fn json_to_sql(value: &Json) -> Value {
    match value {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Integer(i64::from(*b)),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or(0.0)),
        },
        Json::String(s) => Value::Text(s.clone()),
        other => Value::Text(other.to_string()),
    }
}

#[derive(Clone, Copy)]
enum Direction {
    Undo,
    Redo,
}

impl Store {
    /// Undoes the latest action still done; returns it.
    pub fn undo(&mut self) -> Result<HistoryEntry> {
        self.replay(Direction::Undo)
    }

    /// Redoes the earliest undone action; returns it.
    pub fn redo(&mut self) -> Result<HistoryEntry> {
        self.replay(Direction::Redo)
    }

    /// Whether [`Store::undo`] and [`Store::redo`] have something to do, and what.
    pub fn history_state(&self) -> Result<HistoryState> {
        let label =
            |sql: &str| -> Result<Option<String>> { Ok(self.conn.query_row(sql, [], |row| row.get(0)).optional()?) };
        let undo_label = label("SELECT summary FROM history WHERE state = 'done' ORDER BY id DESC LIMIT 1")?;
        let redo_label = label("SELECT summary FROM history WHERE state = 'undone' ORDER BY id ASC LIMIT 1")?;
        Ok(HistoryState {
            can_undo: undo_label.is_some(),
            can_redo: redo_label.is_some(),
            undo_label,
            redo_label,
        })
    }

    /// The history, newest first, at most `limit` entries.
    pub fn history(&self, limit: usize) -> Result<Vec<HistoryEntry>> {
        let mut statement = self
            .conn
            .prepare("SELECT id, at, who, action, summary, state FROM history ORDER BY id DESC LIMIT ?1")?;
        let entries = statement
            .query_map([limit as i64], entry_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(entries)
    }

    fn replay(&mut self, direction: Direction) -> Result<HistoryEntry> {
        let (pick, verb, new_state) = match direction {
            Direction::Undo => (
                "SELECT id FROM history WHERE state = 'done' ORDER BY id DESC LIMIT 1",
                "undo",
                "undone",
            ),
            Direction::Redo => (
                "SELECT id FROM history WHERE state = 'undone' ORDER BY id ASC LIMIT 1",
                "redo",
                "done",
            ),
        };
        let tx = self.conn.transaction()?;
        // Images are written in any order; foreign keys are checked at commit.
        tx.pragma_update(None, "defer_foreign_keys", true)?;
        let id: i64 = tx
            .query_row(pick, [], |row| row.get(0))
            .optional()?
            .ok_or(StoreError::NothingTo(verb))?;
        let changes: String = tx.query_row("SELECT changes FROM history WHERE id = ?1", [id], |row| row.get(0))?;
        let changes: Vec<RowChange> = serde_json::from_str(&changes)
            .map_err(|err| StoreError::Corrupt(format!("history entry {id} cannot be read: {err}")))?;
        // Upserts first, deletions last: a row is never deleted while an
        // image about to be written still refers to it. Deletions go in
        // reverse order, so rows recorded after their parent (an article's
        // mentions and assessments) go before it.
        let mut ordered: Vec<&RowChange> = Vec::with_capacity(changes.len());
        let target = |change: &RowChange| match direction {
            Direction::Undo => change.before.is_some(),
            Direction::Redo => change.after.is_some(),
        };
        ordered.extend(changes.iter().filter(|c| target(c)));
        ordered.extend(changes.iter().rev().filter(|c| !target(c)));
        for change in ordered {
            let (expected, image) = match direction {
                Direction::Undo => (&change.after, &change.before),
                Direction::Redo => (&change.before, &change.after),
            };
            restore(&tx, change.table, change.id, expected, image).map_err(|err| conflict(verb, err))?;
        }
        tx.execute(
            "UPDATE history SET state = ?1, state_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?2",
            params![new_state, id],
        )?;
        let entry = tx.query_row(
            "SELECT id, at, who, action, summary, state FROM history WHERE id = ?1",
            [id],
            entry_row,
        )?;
        tx.commit().map_err(|err| conflict(verb, StoreError::Sqlite(err)))?;
        Ok(entry)
    }
}

fn conflict(action: &'static str, err: StoreError) -> StoreError {
    match err {
        StoreError::Sqlite(inner) if inner.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) => {
            StoreError::Conflict {
                action,
                reason: format!("the workspace changed since (for example an article was deleted): {inner}"),
            }
        }
        other => other,
    }
}

fn entry_row(row: &rusqlite::Row) -> rusqlite::Result<HistoryEntry> {
    Ok(HistoryEntry {
        id: row.get(0)?,
        at: row.get(1)?,
        who: row.get(2)?,
        action: row.get(3)?,
        summary: row.get(4)?,
        state: row.get(5)?,
    })
}
