//! Actors and issues as the analyst curates them: listing with counts,
//! creating, renaming, merging, aliases, kind, colour and affiliation.
//!
//! Every change is one transaction and one history entry. A rename or merge
//! keeps the old name as an alias, so the next analysis run finds the
//! curated actor instead of recreating the old one.

use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use standpoint_core::model::ActorKind;

use crate::analysis::find_actor;
use crate::error::{Result, StoreError};
use crate::history::{Recording, Table};
use crate::rows;
use crate::{Store, ANALYST};

/// One actor with how often it appears.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActorSummary {
    pub id: i64,
    pub name: String,
    pub kind: ActorKind,
    pub affiliation: Option<(i64, String)>,
    /// `#rrggbb`, when the analyst chose one.
    pub colour: Option<String>,
    pub aliases: Vec<String>,
    pub mentions: i64,
    /// Assessments (any review state) where it holds the stance…
    pub as_holder: i64,
    /// …and where it is the target.
    pub as_target: i64,
}

/// One issue with how often it appears.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IssueSummary {
    pub id: i64,
    pub name: String,
    pub aliases: Vec<String>,
    pub mentions: i64,
    pub as_target: i64,
}

/// What an edit of an actor changes; fields left out stay as they are.
/// `colour` and `affiliation` take `null` to clear them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ActorEdit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub kind: Option<ActorKind>,
    /// `#rrggbb`, or `null` to clear.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "present")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Option<String>>"))]
    pub colour: Option<Option<String>>,
    /// The id of the actor it belongs to, or `null` to clear.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "present")]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<Option<i64>>"))]
    pub affiliation: Option<Option<i64>>,
}

impl ActorEdit {
    pub fn is_empty(&self) -> bool {
        self.kind.is_none() && self.colour.is_none() && self.affiliation.is_none()
    }
}

/// A field that is present (even as `null`) deserializes to `Some`; a
/// missing one stays `None` through `#[serde(default)]`. A module for
/// `#[serde(with)]` rather than a `deserialize_with` function, which ts-rs
/// cannot read and warns about on every build.
mod present {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer, T: Serialize>(value: &Option<Option<T>>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
    where
        D: Deserializer<'de>,
        T: Deserialize<'de>,
    {
        Option::<T>::deserialize(deserializer).map(Some)
    }
}

/// `colour` lower-cased when it is of the form `#rrggbb`.
fn checked_colour(colour: &str) -> Result<String> {
    let valid = colour.len() == 7 && colour.starts_with('#') && colour[1..].chars().all(|c| c.is_ascii_hexdigit());
    if !valid {
        return Err(StoreError::Invalid(format!(
            "colour {colour:?} is not of the form #rrggbb"
        )));
    }
    Ok(colour.to_ascii_lowercase())
}

/// Whether `actor`'s chain of affiliations reaches `ancestor`.
pub(crate) fn is_affiliated_to(tx: &Transaction, actor: i64, ancestor: i64) -> Result<bool> {
    let found: bool = tx.query_row(
        "WITH RECURSIVE chain(id) AS (
             SELECT affiliation_id FROM actors WHERE id = ?1
             UNION SELECT a.affiliation_id FROM actors a JOIN chain c ON a.id = c.id
         ) SELECT EXISTS (SELECT 1 FROM chain WHERE id = ?2)",
        params![actor, ancestor],
        |row| row.get(0),
    )?;
    Ok(found)
}

fn actor_name(tx: &Transaction, id: i64) -> Result<String> {
    tx.query_row("SELECT name FROM actors WHERE id = ?1", [id], |row| row.get(0))
        .optional()?
        .ok_or(StoreError::NotFound { what: "actor", id })
}

fn issue_name(tx: &Transaction, id: i64) -> Result<String> {
    tx.query_row("SELECT name FROM issues WHERE id = ?1", [id], |row| row.get(0))
        .optional()?
        .ok_or(StoreError::NotFound { what: "issue", id })
}

fn clean_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(StoreError::Invalid("a name cannot be empty".to_owned()));
    }
    Ok(name.to_owned())
}

/// Fails when an actor other than `except` already goes by `name`.
fn ensure_actor_name_free(tx: &Transaction, name: &str, except: Option<i64>) -> Result<()> {
    match find_actor(tx, name)? {
        Some(owner) if Some(owner) != except => Err(StoreError::NameTaken {
            name: name.to_owned(),
            what: "actor",
            id: owner,
        }),
        _ => Ok(()),
    }
}

fn find_issue(tx: &Transaction, name: &str) -> Result<Option<i64>> {
    Ok(tx
        .query_row(
            "SELECT id FROM issues WHERE name = ?1 UNION ALL SELECT issue_id FROM issue_aliases WHERE alias = ?1 LIMIT 1",
            [name.trim()],
            |row| row.get(0),
        )
        .optional()?)
}

fn ensure_issue_name_free(tx: &Transaction, name: &str, except: Option<i64>) -> Result<()> {
    match find_issue(tx, name)? {
        Some(owner) if Some(owner) != except => Err(StoreError::NameTaken {
            name: name.to_owned(),
            what: "issue",
            id: owner,
        }),
        _ => Ok(()),
    }
}

/// The ids of `table` rows where `column = id`.
/// The columns that point at an actor, which a merge moves to the survivor.
const ACTOR_REFERENCES: &[(Table, &str)] = &[
    (Table::ActorAliases, "actor_id"),
    (Table::Mentions, "actor_id"),
    (Table::Assessments, "holder_id"),
    (Table::Assessments, "target_actor_id"),
];

/// The columns that point at an issue, which a merge moves to the survivor.
const ISSUE_REFERENCES: &[(Table, &str)] = &[
    (Table::IssueAliases, "issue_id"),
    (Table::Mentions, "issue_id"),
    (Table::Assessments, "target_issue_id"),
];

/// Points every row that refers to `from` through `references` at `into`,
/// recording each row's state before the change for undo.
fn repoint(
    tx: &Transaction,
    recording: &mut Recording,
    references: &[(Table, &str)],
    from: i64,
    into: i64,
) -> Result<()> {
    for &(table, column) in references {
        let name = table.name();
        for id in ids_where(tx, name, column, from)? {
            recording.touch(tx, table, id)?;
        }
        // Table and column names come from the constants above, never from input.
        tx.execute(
            &format!("UPDATE {name} SET {column} = ?1 WHERE {column} = ?2"),
            params![into, from],
        )?;
    }
    Ok(())
}

fn ids_where(tx: &Transaction, table: &str, column: &str, id: i64) -> Result<Vec<i64>> {
    let mut statement = tx.prepare(&format!("SELECT id FROM {table} WHERE {column} = ?1"))?;
    let ids = statement
        .query_map([id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

fn aliases(conn: &rusqlite::Connection, table: &str, column: &str, id: i64) -> Result<Vec<String>> {
    let mut statement =
        conn.prepare_cached(&format!("SELECT alias FROM {table} WHERE {column} = ?1 ORDER BY alias"))?;
    let list = statement
        .query_map([id], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(list)
}

impl Store {
    /// All actors by name, with their aliases and counts.
    pub fn actors(&self) -> Result<Vec<ActorSummary>> {
        let mut statement = self.conn.prepare(
            "SELECT a.id, a.name, a.kind, a.affiliation_id, p.name, a.colour,
                 (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id),
                 (SELECT count(*) FROM assessments s WHERE s.holder_id = a.id),
                 (SELECT count(*) FROM assessments s WHERE s.target_actor_id = a.id)
             FROM actors a LEFT JOIN actors p ON p.id = a.affiliation_id
             ORDER BY a.name",
        )?;
        let mut list: Vec<ActorSummary> = statement
            .query_map([], |row| {
                let affiliation = match (row.get::<_, Option<i64>>(3)?, row.get::<_, Option<String>>(4)?) {
                    (Some(id), Some(name)) => Some((id, name)),
                    _ => None,
                };
                Ok(ActorSummary {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    kind: rows::closed(2, row.get(2)?, ActorKind::parse)?,
                    affiliation,
                    colour: row.get(5)?,
                    aliases: Vec::new(),
                    mentions: row.get(6)?,
                    as_holder: row.get(7)?,
                    as_target: row.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        for actor in &mut list {
            actor.aliases = aliases(&self.conn, "actor_aliases", "actor_id", actor.id)?;
        }
        Ok(list)
    }

    /// All issues by name, with their aliases and counts.
    pub fn issues(&self) -> Result<Vec<IssueSummary>> {
        let mut statement = self.conn.prepare(
            "SELECT i.id, i.name,
                 (SELECT count(*) FROM mentions m WHERE m.issue_id = i.id),
                 (SELECT count(*) FROM assessments s WHERE s.target_issue_id = i.id)
             FROM issues i ORDER BY i.name",
        )?;
        let mut list: Vec<IssueSummary> = statement
            .query_map([], |row| {
                Ok(IssueSummary {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    aliases: Vec::new(),
                    mentions: row.get(2)?,
                    as_target: row.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        for issue in &mut list {
            issue.aliases = aliases(&self.conn, "issue_aliases", "issue_id", issue.id)?;
        }
        Ok(list)
    }

    /// Adds an actor by hand (for an assessment on someone the extractor missed).
    pub fn create_actor(&mut self, name: &str, kind: ActorKind) -> Result<i64> {
        let name = clean_name(name)?;
        let tx = self.conn.transaction()?;
        ensure_actor_name_free(&tx, &name, None)?;
        let mut recording = Recording::start(&tx, Vec::new())?;
        tx.execute(
            "INSERT INTO actors (name, kind) VALUES (?1, ?2)",
            params![name, kind.as_str()],
        )?;
        let id = tx.last_insert_rowid();
        recording.inserted(Table::Actors, id);
        recording.finish(&tx, ANALYST, "create_actor", &format!("create actor '{name}'"))?;
        tx.commit()?;
        Ok(id)
    }

    /// Adds an issue by hand.
    pub fn create_issue(&mut self, name: &str) -> Result<i64> {
        let name = clean_name(name)?;
        let tx = self.conn.transaction()?;
        ensure_issue_name_free(&tx, &name, None)?;
        let mut recording = Recording::start(&tx, Vec::new())?;
        tx.execute("INSERT INTO issues (name) VALUES (?1)", [&name])?;
        let id = tx.last_insert_rowid();
        recording.inserted(Table::Issues, id);
        recording.finish(&tx, ANALYST, "create_issue", &format!("create issue '{name}'"))?;
        tx.commit()?;
        Ok(id)
    }

    /// Renames an actor; the old name becomes an alias.
    pub fn rename_actor(&mut self, id: i64, name: &str) -> Result<()> {
        let name = clean_name(name)?;
        let tx = self.conn.transaction()?;
        let old = actor_name(&tx, id)?;
        ensure_actor_name_free(&tx, &name, Some(id))?;
        let mut recording = Recording::start(&tx, vec![(Table::Actors, id)])?;
        // The new name may have been one of its aliases: it is the name now.
        for alias_id in ids_where(&tx, "actor_aliases", "actor_id", id)? {
            recording.touch(&tx, Table::ActorAliases, alias_id)?;
        }
        tx.execute(
            "DELETE FROM actor_aliases WHERE actor_id = ?1 AND alias = ?2",
            params![id, name],
        )?;
        tx.execute("UPDATE actors SET name = ?1 WHERE id = ?2", params![name, id])?;
        if !old.eq_ignore_ascii_case(&name) {
            tx.execute(
                "INSERT INTO actor_aliases (actor_id, alias) VALUES (?1, ?2)",
                params![id, old],
            )?;
            recording.inserted(Table::ActorAliases, tx.last_insert_rowid());
        }
        recording.finish(&tx, ANALYST, "rename_actor", &format!("rename '{old}' to '{name}'"))?;
        tx.commit()?;
        Ok(())
    }

    /// Merges actor `from` into `into`: its aliases, mentions, assessments
    /// and affiliated actors move over, its name becomes an alias, and it is
    /// deleted. One transaction, one undoable step.
    pub fn merge_actors(&mut self, from: i64, into: i64) -> Result<()> {
        if from == into {
            return Err(StoreError::Invalid("cannot merge an actor into itself".to_owned()));
        }
        let tx = self.conn.transaction()?;
        let from_name = actor_name(&tx, from)?;
        let into_name = actor_name(&tx, into)?;
        let mut recording = Recording::start(&tx, vec![(Table::Actors, from), (Table::Actors, into)])?;
        repoint(&tx, &mut recording, ACTOR_REFERENCES, from, into)?;
        for id in ids_where(&tx, "actors", "affiliation_id", from)? {
            recording.touch(&tx, Table::Actors, id)?;
        }
        // Actors that belonged to `from` now belong to `into`, except `into` itself.
        tx.execute(
            "UPDATE actors SET affiliation_id = CASE WHEN id = ?1 THEN NULL ELSE ?1 END WHERE affiliation_id = ?2",
            params![into, from],
        )?;
        // `into` inherits `from`'s affiliation when it had none (and no cycle arises).
        let from_affiliation: Option<i64> =
            tx.query_row("SELECT affiliation_id FROM actors WHERE id = ?1", [from], |row| {
                row.get(0)
            })?;
        if let Some(parent) = from_affiliation.filter(|&p| p != into) {
            if !is_affiliated_to(&tx, parent, into)? {
                tx.execute(
                    "UPDATE actors SET affiliation_id = ?1 WHERE id = ?2 AND affiliation_id IS NULL",
                    params![parent, into],
                )?;
            }
        }
        tx.execute("DELETE FROM actors WHERE id = ?1", [from])?;
        tx.execute(
            "INSERT INTO actor_aliases (actor_id, alias) VALUES (?1, ?2)",
            params![into, from_name],
        )?;
        recording.inserted(Table::ActorAliases, tx.last_insert_rowid());
        recording.finish(
            &tx,
            ANALYST,
            "merge_actors",
            &format!("merge '{from_name}' into '{into_name}'"),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Adds another name the actor goes by.
    pub fn add_alias(&mut self, id: i64, alias: &str) -> Result<()> {
        let alias = clean_name(alias)?;
        let tx = self.conn.transaction()?;
        let name = actor_name(&tx, id)?;
        ensure_actor_name_free(&tx, &alias, None)?;
        let mut recording = Recording::start(&tx, Vec::new())?;
        tx.execute(
            "INSERT INTO actor_aliases (actor_id, alias) VALUES (?1, ?2)",
            params![id, alias],
        )?;
        recording.inserted(Table::ActorAliases, tx.last_insert_rowid());
        recording.finish(&tx, ANALYST, "add_alias", &format!("add alias '{alias}' to '{name}'"))?;
        tx.commit()?;
        Ok(())
    }

    /// Changes an actor's kind, colour and affiliation (whichever `edit`
    /// names) as one action: one transaction, one undo step.
    pub fn edit_actor(&mut self, id: i64, edit: &ActorEdit) -> Result<()> {
        if edit.is_empty() {
            return Err(StoreError::Invalid("nothing to change".to_owned()));
        }
        let colour = match &edit.colour {
            Some(Some(colour)) => Some(Some(checked_colour(colour)?)),
            other => other.clone(),
        };
        let tx = self.conn.transaction()?;
        let name = actor_name(&tx, id)?;
        let mut changes = Vec::new();
        let recording = Recording::start(&tx, vec![(Table::Actors, id)])?;
        if let Some(kind) = edit.kind {
            tx.execute("UPDATE actors SET kind = ?1 WHERE id = ?2", params![kind.as_str(), id])?;
            changes.push(format!("set kind of '{name}' to {kind}"));
        }
        if let Some(colour) = colour {
            tx.execute("UPDATE actors SET colour = ?1 WHERE id = ?2", params![colour, id])?;
            changes.push(match colour {
                Some(colour) => format!("set colour of '{name}' to {colour}"),
                None => format!("clear colour of '{name}'"),
            });
        }
        if let Some(affiliation) = edit.affiliation {
            if let Some(parent) = affiliation {
                let parent_name = actor_name(&tx, parent)?;
                if parent == id || is_affiliated_to(&tx, parent, id)? {
                    return Err(StoreError::Invalid(format!(
                        "'{parent_name}' already belongs to '{name}': an affiliation cannot go round in a circle"
                    )));
                }
                changes.push(format!("set affiliation of '{name}' to '{parent_name}'"));
            } else {
                changes.push(format!("clear affiliation of '{name}'"));
            }
            tx.execute(
                "UPDATE actors SET affiliation_id = ?1 WHERE id = ?2",
                params![affiliation, id],
            )?;
        }
        let label = if changes.len() == 1 {
            changes.remove(0)
        } else {
            format!("edit '{name}': {}", changes.join(", "))
        };
        recording.finish(&tx, ANALYST, "edit_actor", &label)?;
        tx.commit()?;
        Ok(())
    }

    /// Renames an issue; the old name becomes an alias.
    pub fn rename_issue(&mut self, id: i64, name: &str) -> Result<()> {
        let name = clean_name(name)?;
        let tx = self.conn.transaction()?;
        let old = issue_name(&tx, id)?;
        ensure_issue_name_free(&tx, &name, Some(id))?;
        let mut recording = Recording::start(&tx, vec![(Table::Issues, id)])?;
        for alias_id in ids_where(&tx, "issue_aliases", "issue_id", id)? {
            recording.touch(&tx, Table::IssueAliases, alias_id)?;
        }
        tx.execute(
            "DELETE FROM issue_aliases WHERE issue_id = ?1 AND alias = ?2",
            params![id, name],
        )?;
        tx.execute("UPDATE issues SET name = ?1 WHERE id = ?2", params![name, id])?;
        if !old.eq_ignore_ascii_case(&name) {
            tx.execute(
                "INSERT INTO issue_aliases (issue_id, alias) VALUES (?1, ?2)",
                params![id, old],
            )?;
            recording.inserted(Table::IssueAliases, tx.last_insert_rowid());
        }
        recording.finish(
            &tx,
            ANALYST,
            "rename_issue",
            &format!("rename issue '{old}' to '{name}'"),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Merges issue `from` into `into`: mentions, assessments and aliases follow.
    pub fn merge_issues(&mut self, from: i64, into: i64) -> Result<()> {
        if from == into {
            return Err(StoreError::Invalid("cannot merge an issue into itself".to_owned()));
        }
        let tx = self.conn.transaction()?;
        let from_name = issue_name(&tx, from)?;
        let into_name = issue_name(&tx, into)?;
        let mut recording = Recording::start(&tx, vec![(Table::Issues, from), (Table::Issues, into)])?;
        repoint(&tx, &mut recording, ISSUE_REFERENCES, from, into)?;
        tx.execute("DELETE FROM issues WHERE id = ?1", [from])?;
        tx.execute(
            "INSERT INTO issue_aliases (issue_id, alias) VALUES (?1, ?2)",
            params![into, from_name],
        )?;
        recording.inserted(Table::IssueAliases, tx.last_insert_rowid());
        recording.finish(
            &tx,
            ANALYST,
            "merge_issues",
            &format!("merge issue '{from_name}' into '{into_name}'"),
        )?;
        tx.commit()?;
        Ok(())
    }
}
