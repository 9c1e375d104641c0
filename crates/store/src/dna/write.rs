//! Writing a read DNA database into the workspace, in one transaction:
//! documents become articles (kept once by content hash, like any import),
//! organisations and persons become actors (a person's affiliation is the
//! organisation coded with them most often), concepts become issues, and
//! each statement becomes an accepted assessment with origin "DNA import
//! (coder)" whose evidence is the statement's own span. Colours the analyst
//! gave entities in DNA carry over to actors that have none yet.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};
use standpoint_core::import::{content_hash, Document, Format};
use standpoint_core::model::{ActorKind, Origin, Polarity, ReviewState};

use crate::analysis::{link_affiliation, resolve_actor, resolve_issue};
use crate::articles::{store_document, Stored};
use crate::error::Result;
use crate::import::ImportOutcome;
use crate::rows;

use super::read::{DnaDatabase, DnaEntity, DnaStatement, SkippedStatement};

/// What one DNA document became.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DnaDocumentOutcome {
    pub dna_id: i64,
    /// "sample.dna:3": the file and DNA's document id.
    pub name: String,
    /// Imported, or a duplicate of an article already stored.
    pub outcome: ImportOutcome,
}

/// Everything one DNA import did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DnaImportReport {
    /// The DNA version that wrote the file.
    pub version: String,
    pub documents: Vec<DnaDocumentOutcome>,
    pub actors: usize,
    pub issues: usize,
    /// Assessments stored now.
    pub assessments_added: usize,
    /// Statements already stored by an earlier import of the same file.
    pub assessments_present: usize,
    /// Annotations and other statement types, which carry no stance.
    pub other_statements: usize,
    /// Stance statements that could not be used, each with the reason.
    pub skipped: Vec<(i64, String)>,
}

/// Stores `database` (read from `path`) inside `tx`; the caller commits.
pub(crate) fn store_dna(tx: &Transaction, database: &DnaDatabase, path: &Path) -> Result<DnaImportReport> {
    let file = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let mut report = DnaImportReport {
        version: database.version.clone(),
        documents: Vec::new(),
        actors: 0,
        issues: 0,
        assessments_added: 0,
        assessments_present: 0,
        other_statements: database.other_statements,
        skipped: database
            .skipped
            .iter()
            .map(|SkippedStatement { id, reason }| (*id, reason.clone()))
            .collect(),
    };

    // Documents → articles, remembering each one's article id and text.
    let mut articles: HashMap<i64, (i64, &str)> = HashMap::new();
    for document in &database.documents {
        let name = format!("{file}:{}", document.id);
        let stored = Document {
            text: document.text.clone(),
            title: Some(document.title.clone()),
            source: document.source.clone(),
            url: None,
            author: document.author.clone(),
            published: document.published.clone(),
            external_id: Some(format!("dna:{}", document.id)),
            format: Format::Dna,
            origin_name: name.clone(),
        };
        let (article_id, outcome) = match store_document(tx, &stored, &content_hash(&stored.text))? {
            Stored::New { id, title } => (id, ImportOutcome::Imported { article_id: id, title }),
            Stored::Duplicate { id, title } => (id, ImportOutcome::Duplicate { article_id: id, title }),
        };
        articles.insert(document.id, (article_id, document.text.as_str()));
        report.documents.push(DnaDocumentOutcome {
            dna_id: document.id,
            name,
            outcome,
        });
    }

    // The code book → actors and issues.
    let mut organisations: HashMap<&str, i64> = HashMap::new();
    for entity in &database.organisations {
        organisations.insert(&entity.name, store_actor(tx, entity, ActorKind::Organisation)?);
    }
    let mut persons: HashMap<&str, i64> = HashMap::new();
    for entity in &database.persons {
        persons.insert(&entity.name, store_actor(tx, entity, ActorKind::Person)?);
    }
    let mut concepts: HashMap<&str, i64> = HashMap::new();
    for entity in &database.concepts {
        concepts.insert(&entity.name, resolve_issue(tx, &entity.name)?);
    }
    report.actors = organisations.len() + persons.len();
    report.issues = concepts.len();
    for (person, organisation) in usual_organisations(&database.statements) {
        if let Some(&person_id) = persons.get(person) {
            link_affiliation(tx, person_id, organisation)?;
        }
    }

    // Statements → accepted assessments.
    for statement in &database.statements {
        let holder = match (&statement.person, &statement.organisation) {
            (Some(person), _) => persons.get(person.as_str()).copied(),
            (None, Some(organisation)) => organisations.get(organisation.as_str()).copied(),
            (None, None) => None,
        };
        let usable = match (
            holder,
            &statement.concept,
            statement.agreement,
            articles.get(&statement.document_id),
        ) {
            (None, ..) => Err("it names no person or organisation"),
            (_, None, ..) => Err("it names no concept"),
            (_, _, None, _) => Err("it has no agreement value"),
            (_, _, _, None) => Err("its document was not stored"),
            (Some(holder), Some(concept), Some(agreement), Some(&(article_id, text))) => {
                match concepts.get(concept.as_str()) {
                    Some(&issue) => Ok((holder, issue, agreement, article_id, text)),
                    None => Err("its concept is not in the entity list"),
                }
            }
        };
        let (holder, issue, agreement, article_id, text) = match usable {
            Ok(parts) => parts,
            Err(reason) => {
                report.skipped.push((statement.id, reason.to_owned()));
                continue;
            }
        };
        let polarity = if agreement { Polarity::Support } else { Polarity::Oppose };
        let Some(evidence) = statement.span.slice(text) else {
            report.skipped.push((
                statement.id,
                "its span does not fall on characters of the text".to_owned(),
            ));
            continue;
        };
        if store_assessment(tx, statement, article_id, holder, issue, polarity, evidence)? {
            report.assessments_added += 1;
        } else {
            report.assessments_present += 1;
        }
    }
    Ok(report)
}

/// The actor for a DNA entity (an existing one of that name, or a new one),
/// taking the entity's DNA colour when the actor has none yet.
fn store_actor(tx: &Transaction, entity: &DnaEntity, kind: ActorKind) -> Result<i64> {
    let id = resolve_actor(tx, &entity.name, kind)?;
    if let Some(colour) = &entity.colour {
        tx.execute(
            "UPDATE actors SET colour = ?1 WHERE id = ?2 AND colour IS NULL",
            params![colour, id],
        )?;
    }
    Ok(id)
}

/// Each person's most frequent organisation across the statements (ties go
/// to the organisation seen first), as DNA codes the two side by side.
pub(super) fn usual_organisations(statements: &[DnaStatement]) -> Vec<(&str, &str)> {
    let mut counts: HashMap<&str, Vec<(&str, usize)>> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for statement in statements {
        let (Some(person), Some(organisation)) = (&statement.person, &statement.organisation) else {
            continue;
        };
        let seen = counts.entry(person).or_insert_with(|| {
            order.push(person);
            Vec::new()
        });
        match seen.iter_mut().find(|(name, _)| name == organisation) {
            Some((_, count)) => *count += 1,
            None => seen.push((organisation, 1)),
        }
    }
    order
        .into_iter()
        .filter_map(|person| {
            let candidates = counts.get(person)?;
            // max_by_key keeps the last maximum; reverse so the first seen wins ties.
            let (organisation, _) = candidates.iter().rev().max_by_key(|(_, count)| *count)?;
            Some((person, *organisation))
        })
        .collect()
}

/// Inserts one statement as an accepted assessment; `Ok(false)` when the
/// same DNA statement (same article, holder, issue, polarity and span) is
/// already stored, so importing a file twice adds nothing.
fn store_assessment(
    tx: &Transaction,
    statement: &DnaStatement,
    article_id: i64,
    holder: i64,
    issue: i64,
    polarity: Polarity,
    evidence: &str,
) -> Result<bool> {
    let (start, end) = (statement.span.start as i64, statement.span.end as i64);
    // Prepared once per import, not once per statement. INDEXED BY (the
    // index by article and position): left to itself SQLite picks the index
    // on target_issue_id, and then scans every assessment of the issue for
    // each statement (quadratic: 2.4 s per 1,000 statements at 100,000 with
    // 100 concepts).
    let present: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM assessments INDEXED BY assessments_lean
                 WHERE article_id = ?1 AND holder_id = ?2
                 AND target_issue_id = ?3 AND polarity = ?4 AND evidence_start = ?5 AND evidence_end = ?6
                 AND origin_kind = 'dna_import')",
        )?
        .query_row(
            params![article_id, holder, issue, polarity.as_str(), start, end],
            |row| row.get(0),
        )?;
    if present {
        return Ok(false);
    }
    let origin = Origin::DnaImport {
        coder: statement.coder.clone(),
    };
    let decided_by = origin.label();
    rows::insert_assessment(
        tx,
        &rows::NewRow {
            article_id,
            holder_id: holder,
            target_actor: None,
            target_issue: Some(issue),
            polarity,
            confidence: 1.0,
            evidence: statement.span,
            evidence_text: evidence,
            cue: None,
            holder_span: None,
            target_span: None,
            rule: None,
            origin: &origin,
            review: ReviewState::Accepted,
            decided_by: Some(&decided_by),
        },
    )?;
    Ok(true)
}
