//! The analyst's review: accepting, rejecting and editing assessments, and
//! adding new ones from selected text. Each call is one transaction and one
//! history entry, stamped with who decided ("analyst") and when.

use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use standpoint_core::model::{Origin, Polarity, ReviewState, Span};

use crate::error::{Result, StoreError};
use crate::history::{Recording, Table};
use crate::rows;
use crate::{Store, ANALYST};

/// The target of an assessment the analyst makes or edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum AssessmentTarget {
    Actor(i64),
    Issue(i64),
}

/// An assessment the analyst adds by selecting text in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NewAssessment {
    pub article_id: i64,
    pub holder_id: i64,
    pub target: AssessmentTarget,
    pub polarity: Polarity,
    /// The selected evidence: UTF-8 byte offsets into the article text.
    pub evidence: Span,
    pub cue: Option<Span>,
    pub holder_span: Option<Span>,
    pub target_span: Option<Span>,
    /// Defaults to 1: the analyst read it.
    pub confidence: Option<f64>,
}

fn exists(tx: &Transaction, table: &str, id: i64) -> Result<bool> {
    let sql = format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)");
    Ok(tx.query_row(&sql, [id], |row| row.get(0))?)
}

fn require(tx: &Transaction, table: &'static str, what: &'static str, id: i64) -> Result<()> {
    if exists(tx, table, id)? {
        Ok(())
    } else {
        Err(StoreError::NotFound { what, id })
    }
}

fn target_columns(tx: &Transaction, target: AssessmentTarget) -> Result<(Option<i64>, Option<i64>)> {
    match target {
        AssessmentTarget::Actor(id) => require(tx, "actors", "actor", id).map(|_| (Some(id), None)),
        AssessmentTarget::Issue(id) => require(tx, "issues", "issue", id).map(|_| (None, Some(id))),
    }
}

/// The text a span covers, or an `Invalid` error naming what is wrong.
fn slice<'a>(text: &'a str, span: Span, what: &str) -> Result<&'a str> {
    if span.start > span.end {
        return Err(StoreError::Invalid(format!("{what} span starts after it ends")));
    }
    span.slice(text).ok_or_else(|| {
        StoreError::Invalid(format!(
            "{what} span {}..{} is not within the text on character boundaries",
            span.start, span.end
        ))
    })
}

impl Store {
    /// Sets an assessment's review state (accept, reject, or back to suggested).
    pub fn set_review(&mut self, id: i64, state: ReviewState) -> Result<()> {
        let tx = self.conn.transaction()?;
        require(&tx, "assessments", "assessment", id)?;
        let recording = Recording::start(&tx, vec![(Table::Assessments, id)])?;
        tx.execute(
            "UPDATE assessments SET review_state = ?1, decided_by = ?2,
                 decided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             WHERE id = ?3",
            params![state.as_str(), ANALYST, id],
        )?;
        let label = format!("{} {}", verb(state), describe(&tx, id)?);
        recording.finish(&tx, ANALYST, "set_review", &label)?;
        tx.commit()?;
        Ok(())
    }

    /// Changes who holds the stance, its target and polarity; the
    /// assessment becomes `edited`.
    pub fn edit_assessment(
        &mut self,
        id: i64,
        holder_id: i64,
        target: AssessmentTarget,
        polarity: Polarity,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        require(&tx, "assessments", "assessment", id)?;
        require(&tx, "actors", "actor", holder_id)?;
        let (target_actor, target_issue) = target_columns(&tx, target)?;
        let recording = Recording::start(&tx, vec![(Table::Assessments, id)])?;
        tx.execute(
            "UPDATE assessments SET holder_id = ?1, target_actor_id = ?2, target_issue_id = ?3, polarity = ?4,
                 review_state = 'edited', decided_by = ?5,
                 decided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
             WHERE id = ?6",
            params![holder_id, target_actor, target_issue, polarity.as_str(), ANALYST, id],
        )?;
        let label = format!("edit assessment {id} to {}", describe(&tx, id)?);
        recording.finish(&tx, ANALYST, "edit_assessment", &label)?;
        tx.commit()?;
        Ok(())
    }

    /// Adds an analyst's own assessment (accepted from the start); returns its id.
    pub fn add_assessment(&mut self, new: &NewAssessment) -> Result<i64> {
        let tx = self.conn.transaction()?;
        let text: String = tx
            .query_row("SELECT text FROM articles WHERE id = ?1", [new.article_id], |row| {
                row.get(0)
            })
            .optional()?
            .ok_or(StoreError::NotFound {
                what: "article",
                id: new.article_id,
            })?;
        require(&tx, "actors", "actor", new.holder_id)?;
        let (target_actor, target_issue) = target_columns(&tx, new.target)?;
        let evidence_text = slice(&text, new.evidence, "evidence")?;
        if evidence_text.trim().is_empty() {
            return Err(StoreError::Invalid(
                "the evidence is empty: select the words that state the stance".to_owned(),
            ));
        }
        for (span, what) in [
            (new.cue, "cue"),
            (new.holder_span, "holder"),
            (new.target_span, "target"),
        ] {
            if let Some(span) = span {
                slice(&text, span, what)?;
            }
        }
        let confidence = new.confidence.unwrap_or(1.0);
        if !(0.0..=1.0).contains(&confidence) {
            return Err(StoreError::Invalid(format!("confidence {confidence} is not in [0, 1]")));
        }
        let mut recording = Recording::start(&tx, Vec::new())?;
        let id = rows::insert_assessment(
            &tx,
            &rows::NewRow {
                article_id: new.article_id,
                holder_id: new.holder_id,
                target_actor,
                target_issue,
                polarity: new.polarity,
                confidence,
                evidence: new.evidence,
                evidence_text,
                cue: new.cue,
                holder_span: new.holder_span,
                target_span: new.target_span,
                rule: None,
                origin: &Origin::Analyst,
                review: ReviewState::Accepted,
                decided_by: Some(ANALYST),
            },
        )?;
        recording.inserted(Table::Assessments, id);
        let label = format!("add {}", describe(&tx, id)?);
        recording.finish(&tx, ANALYST, "add_assessment", &label)?;
        tx.commit()?;
        Ok(id)
    }
}

fn verb(state: ReviewState) -> &'static str {
    match state {
        ReviewState::Accepted => "accept",
        ReviewState::Rejected => "reject",
        ReviewState::Edited => "mark edited",
        ReviewState::Suggested => "reopen",
    }
}

/// An assessment as a history label names it: "'Russia' supports 'the deal'".
fn describe(tx: &Transaction, id: i64) -> Result<String> {
    let (holder, target, polarity): (String, String, String) = tx.query_row(
        "SELECT h.name, coalesce(t.name, i.name), s.polarity FROM assessments s
         JOIN actors h ON h.id = s.holder_id
         LEFT JOIN actors t ON t.id = s.target_actor_id
         LEFT JOIN issues i ON i.id = s.target_issue_id
         WHERE s.id = ?1",
        [id],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    let verb = if polarity == Polarity::Support.as_str() {
        "supports"
    } else {
        "opposes"
    };
    Ok(format!("'{holder}' {verb} '{target}'"))
}
