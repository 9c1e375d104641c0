//! Training and evaluation over CoNLL-U data: the jackknifed tagger (the parser learns
//! from tags as noisy as it will see), the lemmatiser, the parser, and the CoNLL 2018
//! style scores. Deterministic: one seeded generator, sorted outputs.

use crate::conllu::ConlluSentence;
use crate::lemma::Lemmatizer;
use crate::model::Model;
use crate::parse::{self, ParserModel, TrainSentence};
use crate::tagger;
use crate::{Parser, Rel, Upos};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// xorshift64*: small, fast, and the same sequence everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Training settings (chosen on EWT dev).
#[derive(Clone, Debug)]
pub struct Config {
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    /// Epoch from which the parser follows its own mistakes.
    pub explore_from: usize,
    /// Folds for jackknifed tags (1 = train the parser on gold tags).
    pub folds: usize,
    pub seed: u64,
    /// Rows updated fewer times than these in training are dropped.
    pub prune_tagger: u32,
    pub prune_moves: u32,
    pub prune_labels: u32,
    /// Words seen fewer times in training get no ambiguity class (tag set) feature.
    pub min_ambiguity_count: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            tagger_epochs: 8,
            parser_epochs: 10,
            explore_from: 1,
            folds: 5,
            seed: 20260101,
            prune_tagger: 1,
            prune_moves: 2,
            prune_labels: 2,
            min_ambiguity_count: 3,
        }
    }
}

/// Scores over gold tokens, as the CoNLL 2018 shared task counts them (punctuation
/// included; LAS on universal relations, `las_full` with subtypes).
#[derive(Clone, Copy, Debug, Default)]
pub struct Scores {
    pub words: usize,
    pub upos: f64,
    pub lemma: f64,
    pub uas: f64,
    pub las: f64,
    pub las_full: f64,
}

pub fn evaluate(parser: &Parser, gold: &[ConlluSentence]) -> Scores {
    evaluate_with(parser, gold, false)
}

/// As [`evaluate`]; with `gold_tags` the parser gets the gold UPOS tags.
pub fn evaluate_with(parser: &Parser, gold: &[ConlluSentence], gold_tags: bool) -> Scores {
    let (mut n, mut upos, mut lemma, mut uas, mut las, mut las_full) = (0usize, 0usize, 0, 0, 0, 0);
    for s in gold {
        let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        let out = if gold_tags {
            parser.parse_tagged(&forms, &s.upos)
        } else {
            parser.parse_words(&forms)
        };
        for (i, (u, l, h, r)) in out.iter().enumerate() {
            n += 1;
            upos += usize::from(*u == s.upos[i]);
            lemma += usize::from(*l == s.lemmas[i]);
            if *h == s.heads[i] {
                uas += 1;
                las += usize::from(r.universal() == s.rels[i].universal());
                las_full += usize::from(*r == s.rels[i]);
            }
        }
    }
    let f = |x: usize| x as f64 / n.max(1) as f64;
    Scores {
        words: n,
        upos: f(upos),
        lemma: f(lemma),
        uas: f(uas),
        las: f(las),
        las_full: f(las_full),
    }
}

/// Tokens of the treebank that end in a period and are not all dots ("Mr.", "U.S.").
pub fn abbreviations(train: &[ConlluSentence]) -> Vec<String> {
    let mut set = BTreeSet::new();
    for s in train {
        for f in &s.forms {
            if f.len() > 1 && f.ends_with('.') && f.chars().any(char::is_alphabetic) && !f.contains('@') {
                set.insert(f.to_string());
            }
        }
    }
    set.into_iter().collect()
}

fn tag_pairs(sents: &[&ConlluSentence]) -> Vec<(Vec<String>, Vec<Upos>)> {
    sents.iter().map(|s| (s.forms.clone(), s.upos.clone())).collect()
}

/// Trains every part on `train`. `dev`, when given, is scored after each parser epoch
/// (reported through `log`, never used for training).
pub fn train_model(
    train: &[ConlluSentence],
    dev: Option<&[ConlluSentence]>,
    cfg: &Config,
    log: &mut dyn FnMut(&str),
) -> Model {
    let t0 = std::time::Instant::now();
    let all: Vec<&ConlluSentence> = train.iter().collect();
    let tagger_model = tagger::train(
        &tag_pairs(&all),
        cfg.tagger_epochs,
        cfg.seed,
        cfg.prune_tagger,
        cfg.min_ambiguity_count,
    );
    log(&format!(
        "tagger: {} rows, {:.1}s",
        tagger_model.weights.len(),
        t0.elapsed().as_secs_f64()
    ));
    if let Some(dev) = dev {
        let (mut right, mut total) = (0, 0);
        for s in dev {
            let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            total += forms.len();
            right += tagger_model
                .tag(&forms)
                .iter()
                .zip(&s.upos)
                .filter(|(a, b)| a == b)
                .count();
        }
        log(&format!("tagger dev upos={:.4}", right as f64 / total.max(1) as f64));
        for probe in ["Russia backs the Assad regime .", "The plan was n't backed by France ."] {
            let forms: Vec<&str> = probe.split(' ').collect();
            let tags: Vec<&str> = tagger_model.tag(&forms).iter().map(|t| t.as_str()).collect();
            log(&format!("  {probe} -> {}", tags.join(" ")));
        }
        if std::env::var_os("SYNTAX_TAGGER_ONLY").is_some() {
            return Model::default();
        }
    }

    let mut words = Vec::new();
    for s in train {
        for i in 0..s.forms.len() {
            words.push((s.forms[i].clone(), s.upos[i], s.lemmas[i].clone()));
        }
    }
    let lemmatizer = Lemmatizer::train(&words);

    // Jackknifed tags: each fold tagged by a tagger that never saw it.
    let mut predicted: Vec<Vec<Upos>> = train.iter().map(|s| s.upos.clone()).collect();
    if cfg.folds > 1 {
        for k in 0..cfg.folds {
            let rest: Vec<&ConlluSentence> = train
                .iter()
                .enumerate()
                .filter(|(i, _)| i % cfg.folds != k)
                .map(|(_, s)| s)
                .collect();
            let fold_tagger = tagger::train(
                &tag_pairs(&rest),
                cfg.tagger_epochs,
                cfg.seed + 1 + k as u64,
                cfg.prune_tagger,
                cfg.min_ambiguity_count,
            );
            for (i, s) in train.iter().enumerate() {
                if i % cfg.folds == k {
                    let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
                    predicted[i] = fold_tagger.tag(&forms);
                }
            }
        }
        let (mut right, mut total) = (0, 0);
        for (s, p) in train.iter().zip(&predicted) {
            total += s.upos.len();
            right += s.upos.iter().zip(p).filter(|(a, b)| a == b).count();
        }
        log(&format!(
            "jackknife: {} folds, tag accuracy {:.4}, {:.1}s",
            cfg.folds,
            right as f64 / total.max(1) as f64,
            t0.elapsed().as_secs_f64()
        ));
    }

    let label_set: Vec<Rel> = {
        let seen: BTreeSet<Rel> = train
            .iter()
            .flat_map(|s| s.rels.iter().copied())
            .chain([Rel::Root])
            .collect();
        seen.into_iter().collect()
    };
    let sentences: Vec<TrainSentence> = train
        .iter()
        .zip(&predicted)
        .map(|(s, tags)| {
            let n = s.forms.len();
            let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
            let (infos, _) = tagger::infos(&forms, &tagger_model.dict);
            TrainSentence {
                words: infos.iter().map(|i| i.lower).collect(),
                ambiguity: infos.iter().map(|i| i.ambiguity).collect(),
                suffix: infos.iter().map(|i| i.suffix[2]).collect(),
                tags: tags.iter().map(|t| t.index() as u8).collect(),
                heads: s.heads.iter().map(|h| h.unwrap_or(n)).collect(),
                labels: s
                    .rels
                    .iter()
                    .map(|r| label_set.iter().position(|x| x == r).unwrap_or(0) as u8)
                    .collect(),
            }
        })
        .collect();
    let abbreviations = abbreviations(train);
    let mut model = Model {
        abbreviations,
        tagger: tagger_model,
        lemmatizer,
        parser: ParserModel::default(),
    };
    let parser_model = {
        let base = model.clone();
        let mut report = |epoch: usize, t: &parse::Trained| {
            let Some(dev) = dev else { return };
            let mut m = base.clone();
            m.parser = t.finish(cfg.prune_moves, cfg.prune_labels);
            let (moves, labels) = (m.parser.moves.len(), m.parser.labels.len());
            let s = evaluate(&Parser::new(m), dev);
            log(&format!(
                "parser epoch {}: dev upos={:.4} uas={:.4} las={:.4} ({moves} move rows, {labels} label rows) {:.1}s",
                epoch + 1,
                s.upos,
                s.uas,
                s.las,
                t0.elapsed().as_secs_f64()
            ));
        };
        let cb: Option<parse::EpochReport> = if dev.is_some() { Some(&mut report) } else { None };
        let trained = parse::train(&sentences, label_set, cfg.parser_epochs, cfg.explore_from, cfg.seed, cb);
        if let (Some(dev), Ok(levels)) = (dev, std::env::var("SYNTAX_SWEEP")) {
            // Pruning sweep on dev: "moves,labels;moves,labels;…".
            for pair in levels.split(';') {
                let mut it = pair.split(',').filter_map(|x| x.trim().parse::<u32>().ok());
                let (Some(pm), Some(pl)) = (it.next(), it.next()) else {
                    continue;
                };
                let mut m = model.clone();
                m.parser = trained.finish(pm, pl);
                let size = m.to_bytes().len();
                let s = evaluate(&Parser::new(m), dev);
                log(&format!(
                    "prune moves<{pm} labels<{pl}: {size} bytes, dev uas={:.4} las={:.4}",
                    s.uas, s.las
                ));
            }
        }
        trained.finish(cfg.prune_moves, cfg.prune_labels)
    };
    model.parser = parser_model;
    log(&format!("trained in {:.1}s", t0.elapsed().as_secs_f64()));
    model
}

/// `../shared/<name>` beside the repository, where the treebank and corpus live (a git
/// worktree sits one level deeper than the main checkout, so both are tried).
pub fn shared_path(name: &str) -> PathBuf {
    let crate_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    ["../../../shared", "../../../../shared"]
        .iter()
        .map(|rel| crate_dir.join(rel).join(name))
        .find(|p| p.exists())
        .unwrap_or_else(|| crate_dir.join("../../../shared").join(name))
}
