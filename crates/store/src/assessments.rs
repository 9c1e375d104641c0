//! Reading assessments back as `standpoint_core::model::Assessment` records,
//! narrowed by an [`AssessmentFilter`] — the one query behind the matrix,
//! the CSV exports, the networks and the review list.

use std::collections::HashMap;
use std::sync::Arc;

use rusqlite::types::Value;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use standpoint_core::matrix::{Grouping, LaidOutMatrix, Layout, Matrix, TargetKey};
use standpoint_core::model::{
    ActorKind, ActorRef, Assessment, LeanAssessment, Polarity, ReviewState, TargetKind, TargetRef,
};
use standpoint_core::shifts::{find as find_shifts, ShiftSpec, Shifts};
use standpoint_core::timeline::EvidenceQuote;

use crate::error::Result;
use crate::rows;
use crate::Store;

/// Which assessments to read. Every field narrows; the default reads every
/// assessment that the analyst has not rejected.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct AssessmentFilter {
    /// Only these assessments (by id: an edge's or a time point's `assessment_ids`).
    pub ids: Option<Vec<i64>>,
    pub article_ids: Option<Vec<i64>>,
    /// Inclusive bounds on the article's publication date, `YYYY-MM-DD`.
    /// Articles without a date are left out once either bound is set.
    pub published_from: Option<String>,
    pub published_to: Option<String>,
    /// Article sources (outlets), compared exactly.
    pub sources: Option<Vec<String>>,
    pub min_confidence: Option<f64>,
    /// `None`: all but rejected.
    pub review_states: Option<Vec<ReviewState>>,
    pub holder_kinds: Option<Vec<ActorKind>>,
    pub target_kinds: Option<Vec<TargetKind>>,
    pub holder_ids: Option<Vec<i64>>,
    /// Only stances on these targets (a matrix column, or a cell with `holder_ids`).
    pub targets: Option<Vec<TargetKey>>,
    /// Only analyst-confirmed assessments: accepted or edited.
    pub accepted_only: bool,
}

/// Checks that `text` is a calendar day written `YYYY-MM-DD` (the one
/// rule for date bounds; the CLI parses `--from`/`--to` with it too).
pub fn check_day(text: &str) -> std::result::Result<(), String> {
    let valid = text.len() == 10 && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok();
    if valid {
        Ok(())
    } else {
        Err(format!("{text:?} is not a calendar day written YYYY-MM-DD"))
    }
}

impl AssessmentFilter {
    /// Refuses bounds that would silently filter everything out.
    pub fn check(&self) -> Result<()> {
        for (bound, day) in [("start", &self.published_from), ("end", &self.published_to)] {
            if let Some(day) = day {
                check_day(day).map_err(|reason| crate::StoreError::Invalid(format!("the {bound} date {reason}")))?;
            }
        }
        Ok(())
    }
}

const SELECT: &str = "SELECT s.id, s.article_id, a.title, a.published, a.source,
        h.id, h.name, h.kind, h.affiliation_id, ha.name,
        s.target_actor_id, s.target_issue_id, coalesce(ta.name, ti.name),
        s.polarity, s.confidence, s.evidence_text, s.evidence_start, s.evidence_end,
        s.cue_start, s.cue_end, s.holder_start, s.holder_end, s.target_start, s.target_end,
        s.origin_kind, s.origin_name, s.origin_version, s.review_state
    FROM assessments s
    JOIN articles a ON a.id = s.article_id
    JOIN actors h ON h.id = s.holder_id
    LEFT JOIN actors ha ON ha.id = h.affiliation_id
    LEFT JOIN actors ta ON ta.id = s.target_actor_id
    LEFT JOIN issues ti ON ti.id = s.target_issue_id";

/// The lean read: the same rows and order as [`SELECT`], only the columns
/// counting needs; dates and names are left to a lookup per distinct
/// article, actor or issue. The joins are added only when the filter
/// reads them (the foreign keys make them drop nothing).
const SELECT_LEAN: &str = "SELECT s.id, s.article_id, s.holder_id, s.target_actor_id, s.target_issue_id, s.polarity,
        s.review_state
    FROM assessments s";
const JOIN_ARTICLES: &str = " JOIN articles a ON a.id = s.article_id";
const JOIN_HOLDERS: &str = " JOIN actors h ON h.id = s.holder_id";

/// The lean read's statement for `filter` and its parameters. Unfiltered
/// but for the review state (the matrix at open), it reads the index
/// `assessments_lean` alone, not the rows.
pub(crate) fn lean_sql(filter: &AssessmentFilter) -> (String, Vec<Value>) {
    let (clause, values) = where_clause(filter);
    let articles = if filter.published_from.is_some() || filter.published_to.is_some() || filter.sources.is_some() {
        JOIN_ARTICLES
    } else {
        ""
    };
    let holders = if filter.holder_kinds.is_some() {
        JOIN_HOLDERS
    } else {
        ""
    };
    (format!("{SELECT_LEAN}{articles}{holders}{clause}{ORDER}"), values)
}

/// The one order every read lists assessments in: by article, then position.
const ORDER: &str = " ORDER BY s.article_id, s.evidence_start, s.id";

/// A JSON array bound as one parameter and read with `json_each`, so a
/// list of any length needs one placeholder.
fn json_list<T: Serialize>(items: &[T]) -> Value {
    Value::Text(serde_json::to_string(items).unwrap_or_else(|_| "[]".to_owned()))
}

fn where_clause(filter: &AssessmentFilter) -> (String, Vec<Value>) {
    let mut conditions: Vec<String> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    let mut bind = |condition: &str, value: Value, conditions: &mut Vec<String>| {
        values.push(value);
        conditions.push(condition.replace('?', &format!("?{}", values.len())));
    };
    if let Some(ids) = &filter.ids {
        bind(
            "s.id IN (SELECT value FROM json_each(?))",
            json_list(ids),
            &mut conditions,
        );
    }
    if let Some(ids) = &filter.article_ids {
        bind(
            "s.article_id IN (SELECT value FROM json_each(?))",
            json_list(ids),
            &mut conditions,
        );
    }
    if let Some(from) = &filter.published_from {
        bind(
            "substr(a.published, 1, 10) >= ?",
            Value::Text(from.clone()),
            &mut conditions,
        );
    }
    if let Some(to) = &filter.published_to {
        bind(
            "substr(a.published, 1, 10) <= ?",
            Value::Text(to.clone()),
            &mut conditions,
        );
    }
    if let Some(sources) = &filter.sources {
        bind(
            "a.source IN (SELECT value FROM json_each(?))",
            json_list(sources),
            &mut conditions,
        );
    }
    if let Some(min) = filter.min_confidence {
        bind("s.confidence >= ?", Value::Real(min), &mut conditions);
    }
    let states: Vec<&str> = match (&filter.review_states, filter.accepted_only) {
        (_, true) => {
            let confirmed = [ReviewState::Accepted, ReviewState::Edited];
            let wanted = filter.review_states.as_deref().unwrap_or(&confirmed);
            confirmed
                .iter()
                .filter(|s| wanted.contains(s))
                .map(|s| s.as_str())
                .collect()
        }
        (Some(states), false) => states.iter().map(|s| s.as_str()).collect(),
        (None, false) => ReviewState::ALL
            .iter()
            .filter(|s| **s != ReviewState::Rejected)
            .map(|s| s.as_str())
            .collect(),
    };
    bind(
        "s.review_state IN (SELECT value FROM json_each(?))",
        json_list(&states),
        &mut conditions,
    );
    if let Some(kinds) = &filter.holder_kinds {
        let kinds: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
        bind(
            "h.kind IN (SELECT value FROM json_each(?))",
            json_list(&kinds),
            &mut conditions,
        );
    }
    if let Some(kinds) = &filter.target_kinds {
        let actor = kinds.contains(&TargetKind::Actor);
        let issue = kinds.contains(&TargetKind::Issue);
        match (actor, issue) {
            (true, true) => {}
            (true, false) => conditions.push("s.target_actor_id IS NOT NULL".to_owned()),
            (false, true) => conditions.push("s.target_issue_id IS NOT NULL".to_owned()),
            (false, false) => conditions.push("0".to_owned()),
        }
    }
    if let Some(ids) = &filter.holder_ids {
        bind(
            "s.holder_id IN (SELECT value FROM json_each(?))",
            json_list(ids),
            &mut conditions,
        );
    }
    if let Some(targets) = &filter.targets {
        let ids = |kind: TargetKind| -> Vec<i64> { targets.iter().filter(|t| t.kind == kind).map(|t| t.id).collect() };
        let (actors, issues) = (json_list(&ids(TargetKind::Actor)), json_list(&ids(TargetKind::Issue)));
        values.push(actors);
        values.push(issues);
        conditions.push(format!(
            "(s.target_actor_id IN (SELECT value FROM json_each(?{})) OR s.target_issue_id IN (SELECT value FROM json_each(?{})))",
            values.len() - 1,
            values.len()
        ));
    }
    let clause = if conditions.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", conditions.join(" AND "))
    };
    (clause, values)
}

fn assessment_row(row: &rusqlite::Row) -> rusqlite::Result<Assessment> {
    let affiliation = match (row.get::<_, Option<i64>>(8)?, row.get::<_, Option<String>>(9)?) {
        (Some(id), Some(name)) => Some((id, name)),
        _ => None,
    };
    let holder = ActorRef {
        id: row.get(5)?,
        name: row.get(6)?,
        kind: rows::closed(7, row.get(7)?, ActorKind::parse)?,
        affiliation,
    };
    let target_name: String = row.get(12)?;
    let target = match (row.get::<_, Option<i64>>(10)?, row.get::<_, Option<i64>>(11)?) {
        (Some(id), _) => TargetRef {
            id,
            name: target_name,
            kind: TargetKind::Actor,
        },
        (None, Some(id)) => TargetRef {
            id,
            name: target_name,
            kind: TargetKind::Issue,
        },
        (None, None) => {
            return Err(rusqlite::Error::FromSqlConversionFailure(
                10,
                rusqlite::types::Type::Null,
                "assessment without a target".into(),
            ))
        }
    };
    Ok(Assessment {
        id: row.get(0)?,
        article_id: row.get(1)?,
        article_title: row.get(2)?,
        published: row.get(3)?,
        source: row.get(4)?,
        holder,
        target,
        polarity: rows::closed(13, row.get(13)?, Polarity::parse)?,
        confidence: row.get(14)?,
        evidence_text: row.get(15)?,
        evidence: rows::required_span(16, row.get(16)?, row.get(17)?)?,
        cue: rows::span(row.get(18)?, row.get(19)?),
        holder_span: rows::span(row.get(20)?, row.get(21)?),
        target_span: rows::span(row.get(22)?, row.get(23)?),
        origin: rows::origin(24, row.get(24)?, row.get(25)?, row.get(26)?)?,
        review: rows::closed(27, row.get(27)?, ReviewState::parse)?,
    })
}

impl Store {
    /// The assessments `filter` lets through, by article then position in the text.
    pub fn assessments(&self, filter: &AssessmentFilter) -> Result<Vec<Assessment>> {
        filter.check()?;
        let (clause, values) = where_clause(filter);
        let sql = format!("{SELECT}{clause}{ORDER}");
        let mut statement = self.conn.prepare(&sql)?;
        let list = statement
            .query_map(rusqlite::params_from_iter(values), assessment_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(list)
    }

    /// The assessments `filter` lets through, as counting reads them
    /// ([`LeanAssessment`]: no text, spans or origin), in the order of
    /// [`Store::assessments`]. What the matrix, the networks, the blocs, the
    /// timeline and the shifts read: at a million assessments it costs a fraction of the full read,
    /// in time and memory, and gives the same matrix and network.
    pub fn lean_assessments(&self, filter: &AssessmentFilter) -> Result<Vec<LeanAssessment>> {
        self.lean_read(filter, true)
    }

    /// The lean read; without `dates`, every `published` is left `None`
    /// (for the matrix, which never reads time: its date is a look-up per
    /// article, and an article's row holds its text).
    fn lean_read(&self, filter: &AssessmentFilter, dates: bool) -> Result<Vec<LeanAssessment>> {
        filter.check()?;
        let (sql, values) = lean_sql(filter);
        let mut statement = self.conn.prepare(&sql)?;
        let mut names = Names::new(&self.conn)?;
        let mut list = Vec::new();
        // Rows come by article: its date is read once for its run of rows.
        let mut article: Option<(i64, Option<Arc<str>>)> = None;
        let mut rows = statement.query(rusqlite::params_from_iter(values))?;
        while let Some(row) = rows.next()? {
            let article_id: i64 = row.get(1)?;
            let published = match &article {
                _ if !dates => None,
                Some((id, published)) if *id == article_id => published.clone(),
                _ => {
                    let published = names.published(article_id)?;
                    article = Some((article_id, published.clone()));
                    published
                }
            };
            let target = match (row.get::<_, Option<i64>>(3)?, row.get::<_, Option<i64>>(4)?) {
                (Some(id), _) => names.target(TargetKind::Actor, id)?,
                (None, Some(id)) => names.target(TargetKind::Issue, id)?,
                (None, None) => {
                    return Err(rusqlite::Error::FromSqlConversionFailure(
                        3,
                        rusqlite::types::Type::Null,
                        "assessment without a target".into(),
                    )
                    .into())
                }
            };
            // Borrowed, not a String per row: a lean read may be a million rows.
            let polarity = rows::closed_str(
                5,
                row.get_ref(5)?.as_str().map_err(rusqlite::Error::from)?,
                Polarity::parse,
            )?;
            let review = rows::closed_str(
                6,
                row.get_ref(6)?.as_str().map_err(rusqlite::Error::from)?,
                ReviewState::parse,
            )?;
            list.push(LeanAssessment {
                id: row.get(0)?,
                article_id,
                published,
                holder: names.holder(row.get(2)?)?,
                target,
                polarity,
                review,
            });
        }
        Ok(list)
    }

    /// One assessment, whatever its review state.
    pub fn assessment(&self, id: i64) -> Result<Assessment> {
        let filter = AssessmentFilter {
            ids: Some(vec![id]),
            review_states: Some(ReviewState::ALL.to_vec()),
            ..AssessmentFilter::default()
        };
        self.assessments(&filter)?
            .pop()
            .ok_or(crate::StoreError::NotFound { what: "assessment", id })
    }

    /// The shifts among the assessments `filter` lets through: found on the
    /// lean read, then only the quoted assessments read in full for their
    /// evidence (core's one shift rule, the same shifts as the full read).
    pub fn shifts(&self, filter: &AssessmentFilter, spec: &ShiftSpec) -> Result<Shifts> {
        self.shifts_among(&self.lean_assessments(filter)?, spec)
    }

    /// The shifts among `assessments` already read lean (a reader that also
    /// looks names up in them), their evidence quoted from the store.
    pub fn shifts_among(&self, assessments: &[LeanAssessment], spec: &ShiftSpec) -> Result<Shifts> {
        let found = find_shifts(assessments, spec);
        let filter = AssessmentFilter {
            ids: Some(found.quoted_ids()),
            review_states: Some(ReviewState::ALL.to_vec()),
            ..AssessmentFilter::default()
        };
        let quotes = self
            .assessments(&filter)?
            .iter()
            .map(|a| (a.id, EvidenceQuote::of(a)))
            .collect();
        Ok(found.quote(&quotes))
    }

    /// The sources (outlets) of all articles, for a filter's choices.
    pub fn sources(&self) -> Result<Vec<String>> {
        let mut statement = self.conn.prepare(SOURCES_SQL)?;
        let list = statement
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(list)
    }

    /// The matrix of the assessments `filter` lets through, its rows and
    /// columns ordered and grouped as `layout` says (core's one rule for
    /// every reader: the app draws it as is, the CLI prints it as is).
    pub fn matrix(&self, filter: &AssessmentFilter, layout: &Layout) -> Result<LaidOutMatrix> {
        let matrix = Matrix::build(&self.lean_read(filter, false)?);
        let actors = match layout.group {
            // Blocs come from the matrix itself; only kind and affiliation read the actors.
            Grouping::None | Grouping::Blocs => Vec::new(),
            Grouping::Affiliation | Grouping::Kind => self.target_actors(&matrix)?,
        };
        Ok(matrix.laid_out(layout, &actors))
    }

    /// The target actors of `matrix`, with their kind and affiliation.
    fn target_actors(&self, matrix: &Matrix) -> Result<Vec<ActorRef>> {
        let ids: Vec<i64> = matrix
            .targets
            .iter()
            .filter(|t| t.kind == TargetKind::Actor)
            .map(|t| t.id)
            .collect();
        let mut statement = self.conn.prepare(
            "SELECT a.id, a.name, a.kind, a.affiliation_id, p.name FROM actors a
             LEFT JOIN actors p ON p.id = a.affiliation_id
             WHERE a.id IN (SELECT value FROM json_each(?1))",
        )?;
        let list = statement
            .query_map([json_list(&ids)], |row| {
                Ok(ActorRef {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    kind: rows::closed(2, row.get(2)?, ActorKind::parse)?,
                    affiliation: match (row.get::<_, Option<i64>>(3)?, row.get::<_, Option<String>>(4)?) {
                        (Some(id), Some(name)) => Some((id, name)),
                        _ => None,
                    },
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(list)
    }
}

/// The articles' dates and the actors and issues a lean read names, each
/// read once and shared by every row that names it.
struct Names<'c> {
    published: rusqlite::CachedStatement<'c>,
    actor: rusqlite::CachedStatement<'c>,
    issue: rusqlite::CachedStatement<'c>,
    holders: HashMap<i64, Arc<ActorRef>>,
    targets: HashMap<(TargetKind, i64), Arc<TargetRef>>,
}

impl<'c> Names<'c> {
    fn new(conn: &'c rusqlite::Connection) -> rusqlite::Result<Names<'c>> {
        Ok(Names {
            published: conn.prepare_cached("SELECT published FROM articles WHERE id = ?1")?,
            actor: conn.prepare_cached(
                "SELECT a.name, a.kind, a.affiliation_id, p.name FROM actors a
                 LEFT JOIN actors p ON p.id = a.affiliation_id WHERE a.id = ?1",
            )?,
            issue: conn.prepare_cached("SELECT name FROM issues WHERE id = ?1")?,
            holders: HashMap::new(),
            targets: HashMap::new(),
        })
    }

    fn missing(what: &str, id: i64) -> rusqlite::Error {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Null,
            format!("an assessment names {what} {id}, which is not stored").into(),
        )
    }

    fn published(&mut self, article_id: i64) -> rusqlite::Result<Option<Arc<str>>> {
        let published: Option<String> = self
            .published
            .query_row([article_id], |row| row.get(0))
            .optional()?
            .ok_or_else(|| Names::missing("article", article_id))?;
        Ok(published.map(Arc::from))
    }

    /// The holder as [`SELECT`] reads it: with its affiliation when that actor exists.
    fn holder(&mut self, id: i64) -> rusqlite::Result<Arc<ActorRef>> {
        if let Some(actor) = self.holders.get(&id) {
            return Ok(actor.clone());
        }
        let actor = self
            .actor
            .query_row([id], |row| {
                Ok(ActorRef {
                    id,
                    name: row.get(0)?,
                    kind: rows::closed(1, row.get(1)?, ActorKind::parse)?,
                    affiliation: match (row.get::<_, Option<i64>>(2)?, row.get::<_, Option<String>>(3)?) {
                        (Some(id), Some(name)) => Some((id, name)),
                        _ => None,
                    },
                })
            })
            .optional()?
            .ok_or_else(|| Names::missing("actor", id))?;
        let actor = Arc::new(actor);
        self.holders.insert(id, actor.clone());
        Ok(actor)
    }

    /// A target by kind and id, named as the actors or issues table names it.
    fn target(&mut self, kind: TargetKind, id: i64) -> rusqlite::Result<Arc<TargetRef>> {
        if let Some(target) = self.targets.get(&(kind, id)) {
            return Ok(target.clone());
        }
        let (statement, what) = match kind {
            TargetKind::Actor => (&mut self.actor, "actor"),
            TargetKind::Issue => (&mut self.issue, "issue"),
        };
        let name: String = statement
            .query_row([id], |row| row.get(0))
            .optional()?
            .ok_or_else(|| Names::missing(what, id))?;
        let target = Arc::new(TargetRef { id, name, kind });
        self.targets.insert((kind, id), target.clone());
        Ok(target)
    }
}

/// The distinct article sources, in order (read from the index `articles_source`).
pub(crate) const SOURCES_SQL: &str = "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source";
