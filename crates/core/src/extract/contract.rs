//! The extraction contract of DESIGN.md: JSON Lines of articles in, JSON Lines
//! of actors and stances out, one record per input line, in order.
//!
//! This is what `standpoint extract` runs and what the scorer reads. It needs no
//! database. A malformed input line is an error that names its line number.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use super::{Extraction, Extractor};

/// Why a contract run stopped.
#[derive(Debug, thiserror::Error)]
pub enum ContractError {
    #[error("input line {line}: not a JSON article ({reason})")]
    BadLine { line: usize, reason: String },
    #[error("input line {line}: the article has no \"text\"")]
    NoText { line: usize },
    #[error("input line {line}: not UTF-8 text (byte {byte} of the line is invalid)")]
    NotUtf8 { line: usize, byte: usize },
    #[error("reading or writing failed: {0}")]
    Io(#[from] std::io::Error),
}

#[derive(Deserialize)]
struct InputArticle {
    id: serde_json::Value,
    text: Option<String>,
}

#[derive(Serialize)]
struct OutputActor<'a> {
    name: &'a str,
    kind: &'a str,
    mentions: Vec<&'a str>,
    affiliation: Option<&'a str>,
}

#[derive(Serialize)]
struct OutputStance<'a> {
    holder: &'a str,
    target: &'a str,
    target_kind: &'a str,
    polarity: &'a str,
    evidence: &'a str,
    confidence: f64,
    cue: &'a str,
    rule: &'a str,
}

#[derive(Serialize)]
struct OutputRecord<'a> {
    id: String,
    actors: Vec<OutputActor<'a>>,
    stances: Vec<OutputStance<'a>>,
}

/// Builds the contract's output record for one article.
pub fn record(id: &str, text: &str, extraction: &Extraction) -> serde_json::Value {
    let mut actors: Vec<OutputActor> = extraction
        .actors
        .iter()
        .map(|actor| OutputActor {
            name: &actor.name,
            kind: actor.kind.as_str(),
            mentions: distinct(actor.mentions.iter().map(|m| m.text.as_str())),
            affiliation: actor.affiliation.as_deref(),
        })
        .collect();
    actors.extend(extraction.issues.iter().map(|issue| OutputActor {
        name: &issue.name,
        kind: "issue",
        mentions: distinct(issue.mentions.iter().map(|m| m.text.as_str())),
        affiliation: None,
    }));
    let stances = extraction
        .stances
        .iter()
        .map(|stance| OutputStance {
            holder: &stance.holder,
            target: &stance.target,
            target_kind: stance.target_kind.as_str(),
            polarity: stance.polarity.as_str(),
            evidence: stance.evidence.slice(text).unwrap_or(""),
            confidence: stance.confidence,
            cue: stance.cue.slice(text).unwrap_or(""),
            rule: &stance.rule,
        })
        .collect();
    serde_json::to_value(OutputRecord {
        id: id.to_owned(),
        actors,
        stances,
    })
    .expect("contract records are plain data")
}

/// Reads articles from `input`, extracts each, writes one record per line to
/// `output`. Returns the number of articles written. A byte-order mark
/// before the first line is skipped; a line that is not UTF-8 is an error
/// naming that line.
pub fn run(input: &mut dyn BufRead, output: &mut dyn Write, extractor: &dyn Extractor) -> Result<usize, ContractError> {
    let mut written = 0;
    let mut bytes = Vec::new();
    for line_number in 1.. {
        bytes.clear();
        if input.read_until(b'\n', &mut bytes)? == 0 {
            break;
        }
        let mut content = bytes.as_slice();
        if line_number == 1 {
            content = content.strip_prefix("\u{feff}".as_bytes()).unwrap_or(content);
        }
        let line = std::str::from_utf8(content).map_err(|error| ContractError::NotUtf8 {
            line: line_number,
            byte: error.valid_up_to() + 1,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let article: InputArticle = serde_json::from_str(line).map_err(|err| ContractError::BadLine {
            line: line_number,
            reason: err.to_string(),
        })?;
        let text = article.text.ok_or(ContractError::NoText { line: line_number })?;
        let id = match article.id {
            serde_json::Value::String(id) => id,
            other => other.to_string(),
        };
        let extraction = extractor.extract(&text);
        serde_json::to_writer(&mut *output, &record(&id, &text, &extraction)).map_err(std::io::Error::from)?;
        output.write_all(b"\n")?;
        written += 1;
    }
    output.flush()?;
    Ok(written)
}

fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}
