//! Training and measuring the scorer on gold data.
//!
//! Gold records are those of `corpus/news/gold.jsonl` (DESIGN.md, "Gold
//! annotation guidelines"). Matching follows the project's scorer
//! (`eval/score.py`) rule for rule, so that a candidate's label, the
//! threshold chosen on training folds and the figures printed by the
//! `crossval` example mean what the scorer means: entities match when their
//! normalised key sets meet, issue targets also on shared content words or
//! the same evidence sentence, triples are distinct per article.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use super::calibration::{Calibration, Point};
use super::contract;
use super::{Decision, Entity, Extraction, Label, Prepared, RuleExtractor, Scorer, Settings};
use crate::model::Polarity;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub name: String,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub mentions: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldStance {
    pub holder: String,
    pub target: String,
    #[serde(default)]
    pub target_kind: Option<String>,
    pub polarity: String,
    #[serde(default)]
    pub evidence: String,
    #[serde(default)]
    pub evidence_alt: Vec<String>,
    #[serde(default = "yes")]
    pub explicit: bool,
}

fn yes() -> bool {
    true
}

/// One annotated article.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    #[serde(default)]
    pub fold: u8,
    pub text: String,
    #[serde(default)]
    pub actors: Vec<GoldEntity>,
    #[serde(default)]
    pub issues: Vec<GoldEntity>,
    #[serde(default)]
    pub stances: Vec<GoldStance>,
}

#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error("gold line {line}: {reason}")]
    BadLine { line: usize, reason: String },
    #[error("reading the gold set failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Reads a gold JSON Lines file.
pub fn read_gold(input: &mut dyn BufRead) -> Result<Vec<GoldArticle>, GoldError> {
    let mut articles = Vec::new();
    for (index, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let article = serde_json::from_str(&line).map_err(|e| GoldError::BadLine {
            line: index + 1,
            reason: e.to_string(),
        })?;
        articles.push(article);
    }
    Ok(articles)
}

const STOP: &[&str] = &[
    "the", "a", "an", "of", "on", "in", "to", "for", "and", "with", "between", "over", "about", "its", "their", "his",
    "her", "s", "by", "at", "from", "as",
];

/// The scorer's normal form of a name: no accents, lower case, no
/// possessive, words of letters and digits, no leading article.
pub fn norm(text: &str) -> String {
    let folded: String = text
        .nfkd()
        .filter(|c| !is_combining(*c))
        .collect::<String>()
        .to_lowercase();
    let no_possessive = strip_possessive(&folded);
    let words: Vec<&str> = no_possessive
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    for article in ["the ", "a ", "an "] {
        if let Some(rest) = joined.strip_prefix(article) {
            return rest.to_owned();
        }
    }
    joined
}

fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// Removes `'s` / `’s` at a word end (the scorer's `[’']s\b`).
fn strip_possessive(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] == '\'' || chars[i] == '’')
            && chars.get(i + 1) == Some(&'s')
            && chars.get(i + 2).is_none_or(|c| !(c.is_alphanumeric() || *c == '_'))
        {
            i += 2;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn content_words(text: &str) -> HashSet<String> {
    norm(text)
        .split(' ')
        .filter(|w| !w.is_empty() && !STOP.contains(w))
        .map(str::to_owned)
        .collect()
}

fn same_sentence(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a.contains(&b) || b.contains(&a) {
        return true;
    }
    let wa: HashSet<&str> = a.split(' ').collect();
    let wb: HashSet<&str> = b.split(' ').collect();
    wa.intersection(&wb).count() as f64 >= 0.6 * wa.len().min(wb.len()) as f64
}

type Keys = HashMap<String, HashSet<String>>;

fn entity_keys<'a>(entities: impl Iterator<Item = (&'a str, Option<&'a str>, Vec<&'a str>)>, gold: bool) -> Keys {
    let mut keys = Keys::new();
    for (name, kind, mentions) in entities {
        let mut found: HashSet<String> = std::iter::once(norm(name))
            .chain(mentions.iter().map(|m| norm(m)))
            .collect();
        let n = norm(name);
        let words: Vec<&str> = n.split(' ').filter(|w| !w.is_empty()).collect();
        if gold && kind == Some("person") && words.len() > 1 {
            found.insert(words[words.len() - 1].to_owned());
        }
        found.remove("");
        keys.insert(n, found);
    }
    keys
}

fn keys_of(name: &str, table: &Keys) -> HashSet<String> {
    table.get(&norm(name)).cloned().unwrap_or_else(|| {
        let n = norm(name);
        if n.is_empty() {
            HashSet::new()
        } else {
            HashSet::from([n])
        }
    })
}

fn gold_keys(article: &GoldArticle) -> Keys {
    entity_keys(
        // Like the scorer: gold issues are not entities with keys.
        article.actors.iter().map(|e| {
            (
                e.name.as_str(),
                e.kind.as_deref(),
                e.mentions.iter().map(String::as_str).collect(),
            )
        }),
        true,
    )
}

/// A system stance as the scorer sees it.
struct SysStance<'a> {
    holder: &'a str,
    target: &'a str,
    issue: bool,
    polarity: Polarity,
    evidence: &'a str,
}

fn target_matches(g: &GoldStance, s: &SysStance, gk: &Keys, sk: &Keys) -> bool {
    let gold_target = keys_of(&g.target, gk);
    let sys_target = keys_of(s.target, sk);
    if !gold_target.is_disjoint(&sys_target) {
        return true;
    }
    if g.target_kind.as_deref() != Some("issue") {
        return false;
    }
    let gw = content_words(&g.target);
    let sw: HashSet<String> = sys_target.iter().flat_map(|k| content_words(k)).collect();
    if !gw.is_empty() && !sw.is_empty() {
        let inter = gw.intersection(&sw).count() as f64;
        let union = gw.union(&sw).count() as f64;
        if inter / union >= 0.25 {
            return true;
        }
    }
    if !s.issue {
        return false;
    }
    std::iter::once(&g.evidence)
        .chain(&g.evidence_alt)
        .any(|e| same_sentence(e, s.evidence))
}

fn polarity_of(text: &str) -> Option<Polarity> {
    Polarity::parse(&text.to_lowercase())
}

/// Counts behind the scores, summed over articles.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub gold: usize,
    pub gold_explicit: usize,
    pub system: usize,
    pub matched: usize,
    pub matched_explicit: usize,
    pub gold_actors: usize,
    pub found_actors: usize,
    pub system_actors: usize,
    pub true_actors: usize,
    /// The reported stances by confidence, a tenth wide each: how many,
    /// how many the gold holds, and their confidences summed.
    pub reliability: [Bin; 10],
}

/// Reported stances whose confidence falls in one tenth of [0, 1].
#[derive(Debug, Clone, Copy, Default)]
pub struct Bin {
    pub reported: usize,
    pub right: usize,
    pub confidence: f64,
    /// (confidence − 1 if right else 0)², summed: the Brier score's parts.
    pub squared_error: f64,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.gold_explicit += other.gold_explicit;
        self.system += other.system;
        self.matched += other.matched;
        self.matched_explicit += other.matched_explicit;
        self.gold_actors += other.gold_actors;
        self.found_actors += other.found_actors;
        self.system_actors += other.system_actors;
        self.true_actors += other.true_actors;
        for (bin, other) in self.reliability.iter_mut().zip(other.reliability) {
            bin.reported += other.reported;
            bin.right += other.right;
            bin.confidence += other.confidence;
            bin.squared_error += other.squared_error;
        }
    }

    /// Brier score of the reported stances' confidences: the mean squared
    /// distance from 1 for a stance the gold holds, from 0 for one it does
    /// not. Lower is better; unlike the calibration error it also rewards
    /// telling right from wrong.
    pub fn brier(&self) -> f64 {
        let total: usize = self.reliability.iter().map(|b| b.reported).sum();
        self.reliability.iter().map(|b| b.squared_error).sum::<f64>() / total.max(1) as f64
    }

    /// Expected calibration error: how far, weighted by the stances in each
    /// tenth, the share right is from the mean confidence given.
    pub fn calibration_error(&self) -> f64 {
        let total: usize = self.reliability.iter().map(|b| b.reported).sum();
        self.reliability
            .iter()
            .filter(|b| b.reported > 0)
            .map(|b| (b.right as f64 - b.confidence).abs())
            .sum::<f64>()
            / total.max(1) as f64
    }

    /// Stance precision, recall and F1.
    pub fn stance(&self) -> (f64, f64, f64) {
        prf(self.matched, self.system, self.gold)
    }

    pub fn explicit_recall(&self) -> f64 {
        ratio(self.matched_explicit, self.gold_explicit)
    }

    /// Actor precision, recall and F1.
    pub fn actor(&self) -> (f64, f64, f64) {
        let p = ratio(self.true_actors, self.system_actors);
        let r = ratio(self.found_actors, self.gold_actors);
        (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn prf(matched: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let p = ratio(matched, system);
    let r = ratio(matched, gold);
    (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
}

/// Scores one article's extraction as `eval/score.py` does.
pub fn score(article: &GoldArticle, text: &str, extraction: &Extraction) -> Counts {
    judge(article, text, extraction).0
}

/// [`score`], and for each of the extraction's stances whether the gold
/// holds it (its holder, target and polarity matched a gold stance).
fn judge(article: &GoldArticle, text: &str, extraction: &Extraction) -> (Counts, Vec<bool>) {
    let record = contract::record(&article.id, text, extraction);
    let gk = gold_keys(article);
    let sys_entities: Vec<(String, Option<String>, Vec<String>)> = record["actors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    (
                        e["name"].as_str().unwrap_or("").to_owned(),
                        e["kind"].as_str().map(str::to_owned),
                        e["mentions"]
                            .as_array()
                            .map(|m| m.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect())
                            .unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let sk = entity_keys(
        sys_entities
            .iter()
            .map(|(n, k, m)| (n.as_str(), k.as_deref(), m.iter().map(String::as_str).collect())),
        false,
    );
    let issue_names: HashSet<String> = sys_entities
        .iter()
        .filter(|(_, k, _)| k.as_deref() == Some("issue"))
        .map(|(n, _, _)| norm(n))
        .collect();
    let mut counts = Counts::default();
    let gold_sets: Vec<&HashSet<String>> = gk.values().collect();
    let sys_sets: Vec<&HashSet<String>> = sk
        .iter()
        .filter(|(name, _)| !issue_names.contains(*name))
        .map(|(_, k)| k)
        .collect();
    counts.gold_actors = gold_sets.len();
    counts.found_actors = gold_sets
        .iter()
        .filter(|g| sys_sets.iter().any(|s| !g.is_disjoint(s)))
        .count();
    counts.system_actors = sys_sets.len();
    counts.true_actors = sys_sets
        .iter()
        .filter(|s| gold_sets.iter().any(|g| !g.is_disjoint(s)))
        .count();

    // Distinct triples, first of each kept.
    let mut seen = HashSet::new();
    let gold: Vec<&GoldStance> = article
        .stances
        .iter()
        .filter(|g| polarity_of(&g.polarity).is_some())
        .filter(|g| seen.insert((norm(&g.holder), norm(&g.target), g.polarity.to_lowercase())))
        .collect();
    let mut seen = HashSet::new();
    let reported: Vec<_> = extraction
        .stances
        .iter()
        .filter(|s| seen.insert((norm(&s.holder), norm(&s.target), s.polarity)))
        .collect();
    let system: Vec<SysStance> = reported
        .iter()
        .map(|s| SysStance {
            holder: &s.holder,
            target: &s.target,
            issue: s.target_kind == crate::model::TargetKind::Issue,
            polarity: s.polarity,
            evidence: s.evidence.slice(text).unwrap_or(""),
        })
        .collect();
    counts.gold = gold.len();
    counts.gold_explicit = gold.iter().filter(|g| g.explicit).count();
    counts.system = system.len();
    let mut used = vec![false; system.len()];
    let mut ordered = gold.clone();
    ordered.sort_by_key(|g| !g.explicit);
    for g in ordered {
        let holder_keys = keys_of(&g.holder, &gk);
        let polarity = polarity_of(&g.polarity);
        let hit = system.iter().enumerate().position(|(i, s)| {
            !used[i]
                && !holder_keys.is_disjoint(&keys_of(s.holder, &sk))
                && target_matches(g, s, &gk, &sk)
                && Some(s.polarity) == polarity
        });
        // The scorer takes the first unused system triple in order that
        // matches holder and target; a polarity mismatch before it does not stop it.
        if let Some(i) = hit {
            used[i] = true;
            counts.matched += 1;
            if g.explicit {
                counts.matched_explicit += 1;
            }
        }
    }
    for (s, right) in reported.iter().zip(&used) {
        let bin = &mut counts.reliability[((s.confidence * 10.0) as usize).min(9)];
        bin.reported += 1;
        bin.right += usize::from(*right);
        bin.confidence += s.confidence;
        bin.squared_error += (s.confidence - f64::from(u8::from(*right))).powi(2);
    }
    let right: HashSet<_> = reported
        .iter()
        .zip(&used)
        .filter(|(_, right)| **right)
        .map(|(s, _)| (norm(&s.holder), norm(&s.target), s.polarity))
        .collect();
    let each = extraction
        .stances
        .iter()
        .map(|s| right.contains(&(norm(&s.holder), norm(&s.target), s.polarity)))
        .collect();
    (counts, each)
}

/// The keys of everything `prepared` found: its actors and issues.
fn prepared_keys(prepared: &Prepared) -> Keys {
    fn texts(mentions: &[super::Mention]) -> Vec<&str> {
        mentions.iter().map(|m| m.text.as_str()).collect()
    }
    entity_keys(
        prepared
            .actors
            .iter()
            .map(|a| (a.name.as_str(), None, texts(&a.mentions)))
            .chain(
                prepared
                    .issues
                    .iter()
                    .map(|i| (i.name.as_str(), None, texts(&i.mentions))),
            ),
        false,
    )
}

/// The label of each proposal of `prepared`: the polarity of a gold stance
/// whose holder and target match it and whose evidence is its sentence.
pub fn labels(article: &GoldArticle, prepared: &Prepared) -> Vec<Label> {
    labels_in(article, prepared, Within::Sentence)
}

/// Like [`labels`], but a gold stance matches in any sentence of the article.
pub fn pair_labels(article: &GoldArticle, prepared: &Prepared) -> Vec<Label> {
    labels_in(article, prepared, Within::Article)
}

/// Where a gold stance must be stated to label a candidate.
#[derive(Clone, Copy, PartialEq)]
enum Within {
    /// In the candidate's own sentence (its evidence).
    Sentence,
    /// Anywhere in the article.
    Article,
}

fn labels_in(article: &GoldArticle, prepared: &Prepared, within: Within) -> Vec<Label> {
    let gk = gold_keys(article);
    let text = &article.text;
    let sk = prepared_keys(prepared);
    prepared
        .proposals
        .iter()
        .map(|p| {
            let target = match p.target {
                Entity::Actor(a) => prepared.actors[a].name.as_str(),
                Entity::Issue(i) => prepared.issues[i].name.as_str(),
            };
            let evidence = p.evidence.slice(text).unwrap_or("");
            let s = SysStance {
                holder: &prepared.actors[p.holder].name,
                target,
                issue: matches!(p.target, Entity::Issue(_)),
                polarity: Polarity::Support,
                evidence,
            };
            let holder_keys = keys_of(s.holder, &sk);
            article
                .stances
                .iter()
                .find(|g| {
                    (within == Within::Article
                        || std::iter::once(&g.evidence)
                            .chain(&g.evidence_alt)
                            .any(|e| same_sentence(e, evidence)))
                        && !keys_of(&g.holder, &gk).is_disjoint(&holder_keys)
                        && target_matches(g, &s, &gk, &sk)
                })
                .and_then(|g| polarity_of(&g.polarity))
                .map_or(Label::None, Label::Stance)
        })
        .collect()
}

/// What became of one candidate under a scorer, judged by its labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A labelled candidate kept with its gold polarity.
    KeptRight,
    /// A labelled candidate kept with the other polarity.
    Flipped,
    /// A labelled candidate not kept.
    Missed,
    /// Kept without a label, though its pair is a gold stance in another sentence.
    SpuriousPairElsewhere,
    /// Kept, and no gold stance has its pair.
    Spurious,
}

impl Outcome {
    /// The outcome of a candidate with `label` and `pair_label` (see
    /// [`pair_labels`]) that the scorer `kept` with a polarity or dropped;
    /// `None` for an unlabelled candidate rightly dropped.
    pub fn of(label: Label, pair_label: Label, kept: Option<Polarity>) -> Option<Outcome> {
        Some(match (label, kept) {
            (Label::Stance(gold), Some(polarity)) if gold == polarity => Outcome::KeptRight,
            (Label::Stance(_), Some(_)) => Outcome::Flipped,
            (Label::Stance(_), None) => Outcome::Missed,
            (Label::None, Some(_)) if pair_label != Label::None => Outcome::SpuriousPairElsewhere,
            (Label::None, Some(_)) => Outcome::Spurious,
            (Label::None, None) => return None,
        })
    }
}

/// An article prepared once, with its gold labels, for repeated training.
pub struct Example {
    pub article: GoldArticle,
    pub prepared: Prepared,
    pub labels: Vec<Label>,
    pub pair_labels: Vec<Label>,
}

/// Prepares every article (the expensive part, done once).
pub fn examples(articles: Vec<GoldArticle>) -> Vec<Example> {
    let extractor = RuleExtractor::with_scorer(Scorer::default());
    articles
        .into_iter()
        .map(|article| {
            let prepared = extractor.prepare(&article.text);
            let labels = labels(&article, &prepared);
            let pair_labels = pair_labels(&article, &prepared);
            Example {
                article,
                prepared,
                labels,
                pair_labels,
            }
        })
        .collect()
}

/// Rule floors tried: never keep rule findings outright, or keep those at or
/// above a confidence.
const RULE_FLOORS: [Option<f64>; 4] = [None, Some(0.0), Some(0.6), Some(0.75)];

/// Thresholds tried: 0.10, 0.15, … 0.80.
const THRESHOLD_STEPS: usize = 15;

fn threshold_at(step: usize) -> f64 {
    0.1 + 0.05 * step as f64
}

/// Each threshold's F1 averaged with its neighbours': the inner
/// cross-validation's F1 over thresholds is jagged (a few hundred
/// stances), and its single highest point is chosen by noise as much as
/// by the model.
fn smoothed(f1s: &[f64]) -> Vec<f64> {
    (0..f1s.len())
        .map(|i| {
            let around = &f1s[i.saturating_sub(1)..(i + 2).min(f1s.len())];
            around.iter().sum::<f64>() / around.len() as f64
        })
        .collect()
}

/// Trains a scorer on `train` and picks its threshold by an inner
/// cross-validation over the training articles' own folds.
pub fn train(train: &[&Example], settings: Settings) -> Scorer {
    let data = |set: &[&Example]| -> Vec<(Vec<String>, Label)> {
        set.iter()
            .flat_map(|e| {
                e.prepared
                    .proposals
                    .iter()
                    .zip(e.labels.iter().zip(&e.pair_labels))
                    // A candidate whose pair is a gold stance stated in another
                    // sentence is not a clean negative: the annotator marked one
                    // evidence sentence of several. Such candidates teach nothing.
                    .filter(|(_, (l, pl))| !(**l == Label::None && **pl != Label::None))
                    .map(|(p, (l, _))| (p.features.clone(), *l))
            })
            .collect()
    };
    let folds: Vec<u8> = {
        let mut f: Vec<u8> = train.iter().map(|e| e.article.fold).collect();
        f.sort_unstable();
        f.dedup();
        f
    };
    // Out-of-fold decisions for every training article, then the threshold
    // that maximises F1 over them.
    let mut held: Vec<(&Example, Scorer)> = Vec::new();
    if folds.len() > 1 {
        for fold in &folds {
            let inner: Vec<&Example> = train.iter().copied().filter(|e| e.article.fold != *fold).collect();
            let scorer = Scorer::train(&data(&inner), settings);
            for e in train.iter().filter(|e| e.article.fold == *fold) {
                held.push((e, scorer.clone()));
            }
        }
    }
    let mut scorer = Scorer::train(&data(train), settings);
    if !held.is_empty() {
        // Both decision settings at once: whether rule findings are kept
        // outright (and from which confidence) changes the best threshold.
        let mut best = (f64::MIN, 0.5, None);
        for rule_floor in RULE_FLOORS {
            let f1s: Vec<f64> = (0..THRESHOLD_STEPS)
                .map(|step| {
                    let mut counts = Counts::default();
                    for (e, s) in &held {
                        let mut s = s.clone();
                        s.threshold = threshold_at(step);
                        s.rule_floor = rule_floor;
                        let extraction = RuleExtractor::with_scorer(s).finish(&e.prepared);
                        counts.add(score(&e.article, &e.article.text, &extraction));
                    }
                    counts.stance().2
                })
                .collect();
            for (step, f1) in smoothed(&f1s).into_iter().enumerate() {
                if f1 > best.0 {
                    best = (f1, threshold_at(step), rule_floor);
                }
            }
        }
        scorer.threshold = best.1;
        scorer.rule_floor = best.2;
        scorer.calibration = calibration(&held, &scorer);
    }
    scorer
}

/// The confidence maps fitted on what the inner cross-validation's scorers,
/// with `chosen`'s threshold and rule floor, suggested for articles they
/// were not trained on: each suggestion's source, raw number, and whether
/// the gold holds it.
fn calibration(held: &[(&Example, Scorer)], chosen: &Scorer) -> Calibration {
    let mut points = Vec::new();
    for (e, s) in held {
        let mut s = s.clone();
        s.threshold = chosen.threshold;
        s.rule_floor = chosen.rule_floor;
        s.calibration = Calibration::default();
        let decided: Vec<(usize, Decision)> = e
            .prepared
            .proposals
            .iter()
            .enumerate()
            .filter_map(|(i, p)| s.decide(&p.features, p.rule_verdict).map(|d| (i, d)))
            .collect();
        let (extraction, traced) = e.prepared.traced_extraction(&decided, &Calibration::default());
        let (_, right) = judge(&e.article, &e.article.text, &extraction);
        for (right, (order, sentences)) in right.into_iter().zip(traced) {
            let decision = decided[order].1;
            points.push(Point {
                source: decision.source,
                raw: decision.probability,
                sentences,
                right,
            });
        }
    }
    Calibration::fit(&points)
}

/// Scores `test` with `scorer`.
pub fn evaluate(test: &[&Example], scorer: &Scorer) -> Counts {
    let extractor = RuleExtractor::with_scorer(scorer.clone());
    let mut counts = Counts::default();
    for e in test {
        let extraction = extractor.finish(&e.prepared);
        counts.add(score(&e.article, &e.article.text, &extraction));
    }
    counts
}

/// Which actors an extraction got wrong, for reading misses on training
/// folds: gold actors no reported actor matches (marked "(found, not
/// reported)" when the rules recognised them but did not report them), and
/// reported actors no gold actor matches.
pub fn actor_misses(e: &Example, extraction: &Extraction) -> (Vec<String>, Vec<String>) {
    let gk = gold_keys(&e.article);
    let keys = |actors: &[super::ExtractedActor]| -> Vec<(String, HashSet<String>)> {
        actors
            .iter()
            .map(|a| {
                let table = entity_keys(
                    std::iter::once((
                        a.name.as_str(),
                        None,
                        a.mentions.iter().map(|m| m.text.as_str()).collect(),
                    )),
                    false,
                );
                (a.name.clone(), table.into_values().next().unwrap_or_default())
            })
            .collect()
    };
    let reported = keys(&extraction.actors);
    let all = keys(&e.prepared.actors);
    let missed = gk
        .iter()
        .filter(|(_, g)| !reported.iter().any(|(_, s)| !g.is_disjoint(s)))
        .map(|(name, g)| {
            if all.iter().any(|(_, s)| !g.is_disjoint(s)) {
                format!("{name} (found, not reported)")
            } else {
                name.clone()
            }
        })
        .collect();
    let spurious = reported
        .iter()
        .filter(|(_, s)| !gk.values().any(|g| !g.is_disjoint(s)))
        .map(|(name, _)| name.clone())
        .collect();
    (missed, spurious)
}

/// Why gold stances have no labelled candidate, counted over `examples`:
/// [holder not recognised, target not recognised, both recognised but never
/// labelled in a candidate, labelled]. Read on training folds only.
pub fn recall_losses(examples: &[&Example]) -> [usize; 4] {
    let mut out = [0; 4];
    uncovered_pairs(examples, &mut out);
    out
}

/// The gold stances whose holder and target are both recognised but that no
/// labelled candidate covers, one line each (holder -> target || evidence),
/// those whose holder is not recognised (`holder not recognised: `) and
/// those whose target is not recognised (`target not recognised: `
/// holder -> target [kind]), counting every gold stance into `out` as
/// `recall_losses` does. A labelled candidate covers a gold stance as the
/// scoring matches them: an issue target stated in the same sentence counts.
pub fn uncovered_pairs(examples: &[&Example], out: &mut [usize; 4]) -> Vec<String> {
    let mut lines = Vec::new();
    for e in examples {
        let gk = gold_keys(&e.article);
        let sk = prepared_keys(&e.prepared);
        let labelled: Vec<(&str, &str, bool, &str)> = e
            .prepared
            .proposals
            .iter()
            .zip(&e.labels)
            .filter(|(_, l)| **l != Label::None)
            .map(|(p, _)| {
                let target = match p.target {
                    Entity::Actor(a) => e.prepared.actors[a].name.as_str(),
                    Entity::Issue(i) => e.prepared.issues[i].name.as_str(),
                };
                let evidence = p.evidence.slice(&e.article.text).unwrap_or("");
                let issue = matches!(p.target, Entity::Issue(_));
                (e.prepared.actors[p.holder].name.as_str(), target, issue, evidence)
            })
            .collect();
        for g in &e.article.stances {
            let holder = keys_of(&g.holder, &gk);
            let holder_found = sk.values().any(|s| !holder.is_disjoint(s));
            let target_found = sk.iter().any(|(name, _)| {
                let s = SysStance {
                    holder: "",
                    target: name,
                    issue: true,
                    polarity: Polarity::Support,
                    evidence: "",
                };
                target_matches(g, &s, &gk, &sk)
            });
            let covered = labelled.iter().any(|&(h, t, issue, evidence)| {
                !holder.is_disjoint(&keys_of(h, &sk))
                    && target_matches(
                        g,
                        &SysStance {
                            holder: h,
                            target: t,
                            issue,
                            polarity: Polarity::Support,
                            evidence,
                        },
                        &gk,
                        &sk,
                    )
            });
            // The evidence sentence's candidate holders and targets.
            let mut hs: Vec<&str> = Vec::new();
            let mut ts: Vec<&str> = Vec::new();
            for p in &e.prepared.proposals {
                let evidence = p.evidence.slice(&e.article.text).unwrap_or("");
                if !same_sentence(&g.evidence, evidence) {
                    continue;
                }
                let h = e.prepared.actors[p.holder].name.as_str();
                let t = match p.target {
                    Entity::Actor(a) => e.prepared.actors[a].name.as_str(),
                    Entity::Issue(i) => e.prepared.issues[i].name.as_str(),
                };
                if !hs.contains(&h) {
                    hs.push(h);
                }
                if !ts.contains(&t) {
                    ts.push(t);
                }
            }
            let hin = hs.iter().any(|h| !holder.is_disjoint(&keys_of(h, &sk)));
            let slot = if covered {
                3
            } else if !holder_found {
                lines.push(format!(
                    "holder not recognised: {} -> {} ({}) || {}",
                    g.holder, g.target, g.polarity, g.evidence
                ));
                0
            } else if !target_found {
                lines.push(format!(
                    "target not recognised: {} -> {} [{}] ({}) || {} || H{} holders={:?} targets={:?}",
                    g.holder,
                    g.target,
                    g.target_kind.as_deref().unwrap_or("?"),
                    g.polarity,
                    g.evidence,
                    hin as u8,
                    hs,
                    ts
                ));
                1
            } else {
                lines.push(format!(
                    "{} -> {} ({}) || {} || H{} holders={:?} targets={:?}",
                    g.holder, g.target, g.polarity, g.evidence, hin as u8, hs, ts
                ));
                2
            };
            out[slot] += 1;
        }
    }
    lines
}

/// What the rules alone score on `test` (the baseline the scorer must beat).
pub fn evaluate_rules(test: &[&Example]) -> Counts {
    let extractor = RuleExtractor::rules_only();
    let mut counts = Counts::default();
    for e in test {
        counts.add(score(&e.article, &e.article.text, &extractor.finish(&e.prepared)));
    }
    counts
}

/// What a perfect scorer would reach with these candidates: every labelled
/// proposal kept with its gold polarity. The ceiling candidate generation sets.
pub fn evaluate_oracle(test: &[&Example]) -> Counts {
    let mut counts = Counts::default();
    for e in test {
        let decided: Vec<(usize, super::Decision)> = e
            .labels
            .iter()
            .enumerate()
            .filter_map(|(i, l)| match l {
                Label::Stance(polarity) => Some((i, super::Decision::of_rule(*polarity, 1.0))),
                Label::None => None,
            })
            .collect();
        counts.add(score(
            &e.article,
            &e.article.text,
            &e.prepared.extraction(&decided, &Calibration::default()),
        ));
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_follows_the_scorer() {
        assert_eq!(norm("The Kremlin's"), "kremlin");
        assert_eq!(norm("US–Russia  deal"), "us russia deal");
        assert_eq!(norm("Élysée Palace"), "elysee palace");
        assert_eq!(norm("an EU"), "eu");
        assert_eq!(norm("Russia’s support"), "russia support");
    }

    #[test]
    fn outcomes_judge_a_kept_or_dropped_candidate_by_its_labels() {
        let (support, oppose) = (Polarity::Support, Polarity::Oppose);
        let gold = Label::Stance(support);
        assert_eq!(Outcome::of(gold, gold, Some(support)), Some(Outcome::KeptRight));
        assert_eq!(Outcome::of(gold, gold, Some(oppose)), Some(Outcome::Flipped));
        assert_eq!(Outcome::of(gold, gold, None), Some(Outcome::Missed));
        assert_eq!(
            Outcome::of(Label::None, gold, Some(support)),
            Some(Outcome::SpuriousPairElsewhere)
        );
        assert_eq!(
            Outcome::of(Label::None, Label::None, Some(oppose)),
            Some(Outcome::Spurious)
        );
        assert_eq!(Outcome::of(Label::None, gold, None), None);
    }

    #[test]
    fn an_issue_target_stated_in_the_same_sentence_is_covered() {
        // No word of the gold issue's name is in the system's: the two meet
        // only by their sentence, as the scoring matches them.
        let article: GoldArticle = serde_json::from_str(
            r#"{"id": "a", "text": "France opposes the new fuel tax.",
                "actors": [{"name": "France", "type": "country"}],
                "stances": [{"holder": "France", "target": "levy on petrol", "target_kind": "issue",
                             "polarity": "oppose", "evidence": "France opposes the new fuel tax."}]}"#,
        )
        .unwrap();
        let examples = examples(vec![article]);
        let read: Vec<&Example> = examples.iter().collect();
        assert_eq!(recall_losses(&read), [0, 0, 0, 1]);
        assert!(uncovered_pairs(&read, &mut [0; 4]).is_empty());
    }

    #[test]
    fn same_sentence_tolerates_small_differences() {
        assert!(same_sentence(
            "Russia backs the Assad regime.",
            "Russia backs the Assad regime, while"
        ));
        assert!(!same_sentence(
            "Russia backs Assad.",
            "The US opposes the deal strongly today."
        ));
    }

    #[test]
    fn a_lone_peak_of_f1_is_smoothed_away() {
        // A spike at one threshold loses to a broad plateau.
        let f1s = [0.30, 0.36, 0.37, 0.36, 0.30, 0.38, 0.30];
        let s = smoothed(&f1s);
        let best = (0..s.len()).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap();
        assert_eq!(best, 2);
        assert!((s[0] - 0.33).abs() < 1e-9, "an end averages with its one neighbour");
    }
}
