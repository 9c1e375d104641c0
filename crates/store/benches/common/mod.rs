//! What the store benches share: the extraction a synthetic extractor
//! returns, actors that are all mentioned on one span and stances that all
//! rest on it, so each bench only says who stands where; the dated news of
//! the change and open benches and their drifting extractor; peak memory.
//!
//! Not every bench uses every item (hence the `dead_code` allowances).

use std::io::Write;
use std::path::Path;

use standpoint_core::extract::{ExtractedActor, ExtractedStance, Extraction, Extractor, Mention};
use standpoint_core::model::{ActorKind, Polarity, Span, TargetKind};

/// One synthetic stance of an actor on another: holder, target, polarity.
pub type Stance = (String, String, Polarity);

/// The extraction of `text` naming `actors` (countries, each mentioned on
/// `span`) and `stances`, each with `span` as evidence and cue; rule names
/// are `{rule}:{index}`.
pub fn extraction(text: &str, span: Span, actors: Vec<String>, stances: Vec<Stance>, rule: &str) -> Extraction {
    let mention = text[span.start..span.end].to_owned();
    Extraction {
        actors: actors
            .into_iter()
            .map(|name| ExtractedActor {
                name,
                kind: ActorKind::Country,
                affiliation: None,
                mentions: vec![Mention {
                    text: mention.clone(),
                    span,
                }],
            })
            .collect(),
        issues: Vec::new(),
        stances: stances
            .into_iter()
            .enumerate()
            .map(|(k, (holder, target, polarity))| ExtractedStance {
                holder,
                target,
                target_kind: TargetKind::Actor,
                polarity,
                confidence: 0.5,
                evidence: span,
                cue: span,
                holder_span: None,
                target_span: None,
                rule: format!("{rule}:{k}"),
            })
            .collect(),
        diagnostics: Vec::new(),
    }
}

#[allow(dead_code)]
pub const ACTORS: usize = 200;
#[allow(dead_code)]
pub const OUTLETS: [&str; 8] = ["Reuters", "BBC", "AP", "AFP", "DW", "Le Monde", "El País", "NHK"];

/// Reads the article number from "Report N." and suggests three stances on
/// the first sentence; the polarity turns every 2 500 articles.
#[allow(dead_code)]
pub struct Drifting;

impl Extractor for Drifting {
    fn name(&self) -> &str {
        "drifting"
    }
    fn version(&self) -> &str {
        "1"
    }
    fn extract(&self, text: &str) -> Extraction {
        let end = text.find('.').map_or(text.len(), |i| i + 1);
        let n: usize = text
            .trim_start_matches("Report ")
            .split('.')
            .next()
            .and_then(|d| d.parse().ok())
            .unwrap_or(0);
        let span = Span::new(0, end);
        let name = |i: usize| format!("Actor {:03}", i % ACTORS);
        let pairs: Vec<(usize, usize)> = (0..3).map(|k| (n * 7 + k, n * 13 + k * 31 + 1)).collect();
        let mut names: Vec<String> = pairs.iter().flat_map(|&(h, t)| [name(h), name(t)]).collect();
        names.sort();
        names.dedup();
        let stances = pairs
            .iter()
            .map(|&(h, t)| {
                let support = (n / 2_500 + h % ACTORS + t % ACTORS).is_multiple_of(2);
                let polarity = if support { Polarity::Support } else { Polarity::Oppose };
                (name(h), name(t), polarity)
            })
            .collect();
        extraction(text, span, names, stances, "drifting")
    }
}

/// Writes `count` dated news articles as JSON Lines ("Report N. …", five
/// years evenly spread, eight outlets in turn), for [`Drifting`] to read.
#[allow(dead_code)]
pub fn dated_articles(file: &Path, count: usize) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(file).expect("create"));
    let first = chrono::NaiveDate::from_ymd_opt(2019, 1, 1).expect("date");
    for i in 0..count {
        // Five years of news, evenly spread.
        let day = first + chrono::Days::new((i as u64 * 1826) / count.max(1) as u64);
        let record = serde_json::json!({
            "title": format!("Report {i}"),
            "text": format!("Report {i}. Officials met again and spoke about the talks."),
            "source": OUTLETS[i % OUTLETS.len()],
            "date": day.to_string(),
        });
        writeln!(out, "{record}").expect("write");
    }
    out.flush().expect("write");
}

/// The process's peak resident memory in MB (Linux `VmHWM`).
#[allow(dead_code)]
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Starts a new peak: `VmHWM` falls back to the current resident size (Linux).
#[allow(dead_code)]
pub fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}
