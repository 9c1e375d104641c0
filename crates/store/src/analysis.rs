//! Running an [`Extractor`] over stored articles and storing what it found:
//! actors and issues (deduplicated across articles by canonical name and
//! alias), their mentions, and stance suggestions.
//!
//! Re-analysing an article replaces only its machine suggestions that no
//! one has reviewed (`origin_kind = 'extractor'`, `review_state =
//! 'suggested'`); accepted, rejected, edited and analyst-made assessments
//! stay, and a new suggestion that repeats one of them is not added again.
//! Existing actors keep the kind, affiliation and colour the analyst gave them.
//! Each article records which extractor ("name/version") last analysed it,
//! so an analysis by an older model can be found and redone.

use std::collections::{HashMap, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use standpoint_core::extract::{ExtractedStance, Extraction, Extractor, Mention};
use standpoint_core::model::{ActorKind, Origin, Polarity, ReviewState, Span, TargetKind};

use crate::error::{Result, StoreError};
use crate::history;
use crate::rows;
use crate::Store;

/// How many articles are extracted in parallel before their results are
/// stored: enough to keep every core busy, few enough that cancel and
/// progress stay prompt and memory stays small.
const EXTRACTION_BATCH: usize = 32;

/// Sent before each article is analysed, and once at the end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AnalyseProgress {
    pub done: usize,
    pub total: usize,
    /// The article being analysed now; `None` in the final report.
    pub article_id: Option<i64>,
}

/// What analysis did to one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AnalysedArticle {
    pub article_id: i64,
    pub title: String,
    pub actors: usize,
    pub issues: usize,
    /// Suggestions stored by this run.
    pub suggestions: usize,
    /// Earlier unreviewed suggestions this run replaced.
    pub replaced: usize,
    /// Analyst decisions and non-machine assessments left untouched.
    pub kept: usize,
    /// What the extractor reported, and anything the store had to skip.
    pub diagnostics: Vec<String>,
}

/// An article whose extraction failed (the extractor panicked): nothing of
/// it was stored or removed, and the rest of the batch went on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FailedArticle {
    pub article_id: i64,
    pub title: String,
    /// What went wrong, for the report ("the extractor failed: index out of bounds …").
    pub error: String,
}

/// The result of one [`Store::analyse`] call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AnalyseReport {
    /// "rules/0.3": the extractor's name and version.
    pub extractor: String,
    pub articles: Vec<AnalysedArticle>,
    /// Articles the extractor failed on; their earlier results stay as they were.
    pub failed: Vec<FailedArticle>,
    /// Requested ids with no article.
    pub missing: Vec<i64>,
    /// True when the cancel flag stopped the run early.
    pub cancelled: bool,
}

/// Which articles an analysis covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "scope", content = "ids", rename_all = "snake_case")]
pub enum AnalyseScope {
    /// Every article.
    All,
    /// The articles the current extractor did not analyse: never analysed,
    /// or analysed by another extractor or version.
    Outdated,
    /// These articles.
    Articles(Vec<i64>),
}

/// How current the workspace's analysis is, for the extractor at hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AnalysisStatus {
    /// "rules/…": the extractor that would analyse now.
    pub extractor: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub articles: usize,
    /// Articles it did not analyse (see [`AnalyseScope::Outdated`]).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub outdated: usize,
}

impl AnalyseReport {
    pub fn suggestions(&self) -> usize {
        self.articles.iter().map(|a| a.suggestions).sum()
    }
}

impl Store {
    /// The articles `scope` names, in id order; `extractor_label` ("name/version",
    /// as in [`AnalyseReport::extractor`]) decides which are outdated.
    pub fn articles_in_scope(&self, scope: &AnalyseScope, extractor_label: &str) -> Result<Vec<i64>> {
        match scope {
            AnalyseScope::All => self.article_ids(),
            AnalyseScope::Outdated => {
                let mut statement = self
                    .conn
                    .prepare("SELECT id FROM articles WHERE analysed_with IS NOT ?1 ORDER BY id")?;
                let ids = statement
                    .query_map([extractor_label], |row| row.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                Ok(ids)
            }
            AnalyseScope::Articles(ids) => Ok(ids.clone()),
        }
    }

    /// How many articles there are and how many `extractor_label` did not analyse.
    pub fn analysis_status(&self, extractor_label: &str) -> Result<AnalysisStatus> {
        let (articles, outdated): (i64, i64) = self.conn.query_row(ANALYSIS_STATUS_SQL, [extractor_label], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?;
        Ok(AnalysisStatus {
            extractor: extractor_label.to_owned(),
            articles: articles as usize,
            outdated: outdated as usize,
        })
    }

    /// Runs `extractor` over the articles `ids`: extraction in parallel batches
    /// over all cores, then each article stored in its own transaction.
    pub fn analyse(
        &mut self,
        ids: &[i64],
        extractor: &dyn Extractor,
        progress: &mut dyn FnMut(AnalyseProgress),
        cancel: &AtomicBool,
    ) -> Result<AnalyseReport> {
        let mut report = AnalyseReport {
            extractor: extractor.label(),
            articles: Vec::new(),
            failed: Vec::new(),
            missing: Vec::new(),
            cancelled: false,
        };
        let mut done = 0;
        'batches: for batch in ids.chunks(EXTRACTION_BATCH) {
            if cancel.load(Ordering::Relaxed) {
                report.cancelled = true;
                break;
            }
            let mut articles = Vec::with_capacity(batch.len());
            for &article_id in batch {
                let article = self
                    .conn
                    .query_row("SELECT title, text FROM articles WHERE id = ?1", [article_id], |row| {
                        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
                    })
                    .optional()?;
                articles.push((article_id, article));
            }
            // Extraction runs outside any transaction and on every core: it
            // touches no data, and it is the part of analysis that scales. A
            // panic in a rule costs only its own article.
            let extractions: Vec<Option<std::result::Result<Extraction, String>>> = articles
                .par_iter()
                .map(|(_, article)| article.as_ref().map(|(_, text)| extract_guarded(extractor, text)))
                .collect();
            for ((article_id, article), extraction) in articles.into_iter().zip(extractions) {
                if cancel.load(Ordering::Relaxed) {
                    report.cancelled = true;
                    break 'batches;
                }
                progress(AnalyseProgress {
                    done,
                    total: ids.len(),
                    article_id: Some(article_id),
                });
                done += 1;
                let (Some((title, text)), Some(extraction)) = (article, extraction) else {
                    report.missing.push(article_id);
                    continue;
                };
                let extraction = match extraction {
                    Ok(extraction) => extraction,
                    Err(error) => {
                        report.failed.push(FailedArticle {
                            article_id,
                            title,
                            error,
                        });
                        continue;
                    }
                };
                let tx = self.conn.transaction()?;
                let mut outcome = store_extraction(&tx, article_id, &text, &extraction, extractor)?;
                tx.execute(
                    "UPDATE articles SET analysed_with = ?1 WHERE id = ?2",
                    params![report.extractor, article_id],
                )?;
                history::discard_redo(&tx)?;
                tx.commit()?;
                outcome.title = title;
                report.articles.push(outcome);
            }
        }
        let done = report.articles.len() + report.failed.len() + report.missing.len();
        progress(AnalyseProgress {
            done,
            total: ids.len(),
            article_id: None,
        });
        Ok(report)
    }
}

/// Runs the extractor on one text; a panic becomes an error message.
fn extract_guarded(extractor: &dyn Extractor, text: &str) -> std::result::Result<Extraction, String> {
    // The extractor only reads `text`; nothing it could leave half-changed
    // outlives the call, so resuming after its panic is sound.
    catch_unwind(AssertUnwindSafe(|| extractor.extract(text))).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        format!("the extractor failed on this article: {message}")
    })
}

fn store_extraction(
    tx: &Transaction,
    article_id: i64,
    text: &str,
    extraction: &Extraction,
    extractor: &dyn Extractor,
) -> Result<AnalysedArticle> {
    let mut diagnostics = extraction.diagnostics.clone();
    tx.execute("DELETE FROM mentions WHERE article_id = ?1", [article_id])?;
    let replaced = tx.execute(
        "DELETE FROM assessments WHERE article_id = ?1 AND origin_kind = 'extractor' AND review_state = 'suggested'",
        [article_id],
    )?;
    let kept: i64 = tx.query_row(
        "SELECT count(*) FROM assessments WHERE article_id = ?1",
        [article_id],
        |r| r.get(0),
    )?;

    let mut actor_ids: HashMap<&str, i64> = HashMap::new();
    for actor in &extraction.actors {
        let id = resolve_actor(tx, &actor.name, actor.kind)?;
        actor_ids.insert(actor.name.as_str(), id);
        for mention in &actor.mentions {
            if store_mention(tx, article_id, text, MentionTarget::Actor(id), mention)? {
                learn_actor_alias(tx, id, &mention.text)?;
            } else {
                diagnostics.push(format!(
                    "skipped mention {:?} of {}: span outside the text",
                    mention.text, actor.name
                ));
            }
        }
    }
    for actor in &extraction.actors {
        if let (Some(affiliation), Some(&id)) = (&actor.affiliation, actor_ids.get(actor.name.as_str())) {
            link_affiliation(tx, id, affiliation)?;
        }
    }
    let mut issue_ids: HashMap<&str, i64> = HashMap::new();
    for issue in &extraction.issues {
        let id = resolve_issue(tx, &issue.name)?;
        issue_ids.insert(issue.name.as_str(), id);
        for mention in &issue.mentions {
            if !store_mention(tx, article_id, text, MentionTarget::Issue(id), mention)? {
                diagnostics.push(format!(
                    "skipped mention {:?} of {}: span outside the text",
                    mention.text, issue.name
                ));
            }
        }
    }

    let mut context = Suggesting {
        article_id,
        text,
        actor_ids: &actor_ids,
        issue_ids: &issue_ids,
        extractor,
        said: stances_said(tx, article_id)?,
    };
    let mut suggestions = 0;
    for stance in &extraction.stances {
        match store_suggestion(tx, &mut context, stance) {
            Ok(true) => suggestions += 1,
            Ok(false) => {}
            Err(StoreError::Invalid(reason)) => diagnostics.push(format!(
                "skipped stance {} → {} ({}): {reason}",
                stance.holder,
                stance.target,
                stance.polarity.as_str()
            )),
            Err(other) => return Err(other),
        }
    }
    Ok(AnalysedArticle {
        article_id,
        title: String::new(),
        actors: actor_ids.len(),
        issues: issue_ids.len(),
        suggestions,
        replaced,
        kept: kept as usize,
        diagnostics,
    })
}

/// The id of the actor called `name` (by canonical name, then alias),
/// created with `kind` when there is none. Shared with the DNA import.
pub(crate) fn resolve_actor(tx: &Transaction, name: &str, kind: ActorKind) -> Result<i64> {
    if let Some(id) = find_actor(tx, name)? {
        return Ok(id);
    }
    tx.execute(
        "INSERT INTO actors (name, kind) VALUES (?1, ?2)",
        params![name.trim(), kind.as_str()],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The actor whose canonical name or alias is `name` (case-insensitive).
pub(crate) fn find_actor(tx: &Transaction, name: &str) -> Result<Option<i64>> {
    find_named(tx, Named::Actor, name)
}

/// The id of the issue called `name` (by name, then alias), created when missing.
pub(crate) fn resolve_issue(tx: &Transaction, name: &str) -> Result<i64> {
    let name = name.trim();
    if let Some(id) = find_named(tx, Named::Issue, name)? {
        return Ok(id);
    }
    tx.execute("INSERT INTO issues (name) VALUES (?1)", [name])?;
    Ok(tx.last_insert_rowid())
}

/// What a name can be looked up as: actors and issues both answer to their
/// own name first, then to any alias an analyst gave them.
#[derive(Clone, Copy)]
enum Named {
    Actor,
    Issue,
}

fn find_named(tx: &Transaction, named: Named, name: &str) -> Result<Option<i64>> {
    let sql = match named {
        Named::Actor => {
            "SELECT id FROM actors WHERE name = ?1 UNION ALL SELECT actor_id FROM actor_aliases WHERE alias = ?1 LIMIT 1"
        }
        Named::Issue => {
            "SELECT id FROM issues WHERE name = ?1 UNION ALL SELECT issue_id FROM issue_aliases WHERE alias = ?1 LIMIT 1"
        }
    };
    let id = tx
        .prepare_cached(sql)?
        .query_row([name.trim()], |row| row.get(0))
        .optional()?;
    Ok(id)
}

/// Remembers a proper-name mention ("the Pentagon") as an alias, so the
/// next article that names the actor that way finds the same actor.
/// Lower-case mentions ("the ministry", "he") depend on context and are
/// never learnt; a name another actor already uses is left alone.
fn learn_actor_alias(tx: &Transaction, actor_id: i64, surface: &str) -> Result<()> {
    let surface = surface.trim();
    if surface.is_empty() || !surface.chars().any(char::is_uppercase) || find_actor(tx, surface)?.is_some() {
        return Ok(());
    }
    tx.execute(
        "INSERT INTO actor_aliases (actor_id, alias) VALUES (?1, ?2)",
        params![actor_id, surface],
    )?;
    Ok(())
}

/// Sets the affiliation of an actor that has none to the actor named
/// `affiliation`, when that actor exists. An analyst's choice is never replaced.
pub(crate) fn link_affiliation(tx: &Transaction, actor_id: i64, affiliation: &str) -> Result<()> {
    let Some(parent) = find_actor(tx, affiliation)? else {
        return Ok(());
    };
    if parent == actor_id || crate::actors::is_affiliated_to(tx, parent, actor_id)? {
        return Ok(());
    }
    tx.execute(
        "UPDATE actors SET affiliation_id = ?1 WHERE id = ?2 AND affiliation_id IS NULL",
        params![parent, actor_id],
    )?;
    Ok(())
}

#[derive(Clone, Copy)]
enum MentionTarget {
    Actor(i64),
    Issue(i64),
}

/// Stores a mention whose span lies on character boundaries of `text`;
/// returns false (and stores nothing) otherwise.
fn store_mention(
    tx: &Transaction,
    article_id: i64,
    text: &str,
    target: MentionTarget,
    mention: &Mention,
) -> Result<bool> {
    let Some(surface) = mention.span.slice(text) else {
        return Ok(false);
    };
    let (actor, issue) = match target {
        MentionTarget::Actor(id) => (Some(id), None),
        MentionTarget::Issue(id) => (None, Some(id)),
    };
    tx.prepare_cached(
        "INSERT INTO mentions (article_id, actor_id, issue_id, start, end, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        article_id,
        actor,
        issue,
        mention.span.start as i64,
        mention.span.end as i64,
        surface
    ])?;
    Ok(true)
}

/// Checks an optional span against the text.
fn checked(span: Option<Span>, text: &str, what: &str) -> Result<Option<Span>> {
    match span {
        Some(span) if span.slice(text).is_none() => Err(StoreError::Invalid(format!(
            "{what} span {}..{} is outside the text",
            span.start, span.end
        ))),
        other => Ok(other),
    }
}

/// What makes two stances of one article the same: holder, target actor,
/// target issue, polarity and evidence span.
type StanceKey = (i64, Option<i64>, Option<i64>, Polarity, usize, usize);

/// Everything storing the suggestions of one article needs.
struct Suggesting<'a> {
    article_id: i64,
    text: &'a str,
    actor_ids: &'a HashMap<&'a str, i64>,
    issue_ids: &'a HashMap<&'a str, i64>,
    extractor: &'a dyn Extractor,
    /// The stances the article already holds (the analyst's, and those
    /// stored by this run), so none is suggested twice.
    said: HashSet<StanceKey>,
}

/// The keys of the assessments an article holds now. Read once per article:
/// checking each suggestion with a query would scan the table.
fn stances_said(tx: &Transaction, article_id: i64) -> Result<HashSet<StanceKey>> {
    let mut statement = tx.prepare(
        "SELECT holder_id, target_actor_id, target_issue_id, polarity, evidence_start, evidence_end
         FROM assessments WHERE article_id = ?1",
    )?;
    let keys = statement
        .query_map([article_id], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                rows::closed(3, row.get(3)?, Polarity::parse)?,
                row.get::<_, i64>(4)? as usize,
                row.get::<_, i64>(5)? as usize,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(keys)
}

/// Stores one suggestion; `Ok(false)` when the article already holds the
/// same stance (an analyst's decision, or an earlier line of this run).
fn store_suggestion(tx: &Transaction, context: &mut Suggesting, stance: &ExtractedStance) -> Result<bool> {
    let Suggesting {
        article_id,
        text,
        actor_ids,
        issue_ids,
        extractor,
        ..
    } = *context;
    let holder = match actor_ids.get(stance.holder.as_str()) {
        Some(&id) => id,
        None => find_actor(tx, &stance.holder)?
            .ok_or_else(|| StoreError::Invalid(format!("holder {:?} is not among the actors found", stance.holder)))?,
    };
    let (target_actor, target_issue) = match stance.target_kind {
        TargetKind::Actor => {
            let id = match actor_ids.get(stance.target.as_str()) {
                Some(&id) => id,
                None => find_actor(tx, &stance.target)?.ok_or_else(|| {
                    StoreError::Invalid(format!("target {:?} is not among the actors found", stance.target))
                })?,
            };
            (Some(id), None)
        }
        TargetKind::Issue => {
            let id = match issue_ids.get(stance.target.as_str()) {
                Some(&id) => id,
                None => resolve_issue(tx, &stance.target)?,
            };
            (None, Some(id))
        }
    };
    if !(0.0..=1.0).contains(&stance.confidence) {
        return Err(StoreError::Invalid(format!(
            "confidence {} is not in [0, 1]",
            stance.confidence
        )));
    }
    let evidence_text = stance
        .evidence
        .slice(text)
        .ok_or_else(|| StoreError::Invalid("evidence span is outside the text".to_owned()))?;
    let cue = checked(Some(stance.cue), text, "cue")?;
    let holder_span = checked(stance.holder_span, text, "holder")?;
    let target_span = checked(stance.target_span, text, "target")?;
    let key = (
        holder,
        target_actor,
        target_issue,
        stance.polarity,
        stance.evidence.start,
        stance.evidence.end,
    );
    if !context.said.insert(key) {
        return Ok(false);
    }
    let origin = Origin::Extractor {
        name: extractor.name().to_owned(),
        version: extractor.version().to_owned(),
    };
    rows::insert_assessment(
        tx,
        &rows::NewRow {
            article_id,
            holder_id: holder,
            target_actor,
            target_issue,
            polarity: stance.polarity,
            confidence: stance.confidence,
            evidence: stance.evidence,
            evidence_text,
            cue,
            holder_span,
            target_span,
            rule: Some(&stance.rule),
            origin: &origin,
            review: ReviewState::Suggested,
            decided_by: None,
        },
    )?;
    Ok(true)
}

/// How many articles there are and how many an extractor (`?1`) did not
/// analyse (read from the index `articles_analysed_with`).
pub(crate) const ANALYSIS_STATUS_SQL: &str =
    "SELECT count(*), count(*) FILTER (WHERE analysed_with IS NOT ?1) FROM articles";
