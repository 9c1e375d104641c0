//! Scores the embedded model on a CoNLL-U file over its gold tokens:
//! `cargo run --release -p standpoint-syntax --example evaluate -- FILE.conllu`.
//! Punctuation counts; LAS compares universal relations (CoNLL 2018), `las_full` the
//! full labels. Also scores the tokenizer and sentence splitter on the `# text` lines.
//! The last line is `upos=0.xxx uas=0.xxx las=0.xxx`.

use standpoint_syntax::{conllu, train, Parser};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: evaluate FILE.conllu");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        }
    };
    let gold = conllu::read(&text);
    let t0 = std::time::Instant::now();
    let parser = Parser::shared();
    let load = t0.elapsed();
    let t1 = std::time::Instant::now();
    let s = train::evaluate(parser, &gold);
    let took = t1.elapsed().as_secs_f64();
    let (tok_f1, sent_f1) = tokenization_scores(parser, &gold);
    println!("file: {path} ({} sentences, {} words)", gold.len(), s.words);
    println!(
        "model load: {:.3}s; tagging+parsing {:.0} words/s",
        load.as_secs_f64(),
        s.words as f64 / took
    );
    println!("tokens f1 (on the sentence texts): {tok_f1:.4}");
    println!("sentence splits f1 (on the joined texts): {sent_f1:.4}");
    println!("lemma: {:.4}", s.lemma);
    println!("las with subtypes: {:.4}", s.las_full);
    print_confusions(parser, &gold);
    let g = train::evaluate_with(parser, &gold, true);
    println!("with gold tags: uas={:.4} las={:.4}", g.uas, g.las);
    println!("upos={:.3} uas={:.3} las={:.3}", s.upos, s.uas, s.las);
}

/// Token F1 over each sentence's text, and sentence-boundary F1 over all texts joined
/// with spaces (paragraph structure is not in the file, so this is a lower bound).
fn tokenization_scores(parser: &Parser, gold: &[conllu::ConlluSentence]) -> (f64, f64) {
    let (mut tp, mut n_gold, mut n_pred) = (0usize, 0usize, 0usize);
    let mut joined = String::new();
    let mut gold_ends = std::collections::BTreeSet::new();
    for s in gold {
        let Some(text) = &s.text else { continue };
        // Gold spans: find each form in order in the text.
        let mut at = 0;
        let mut spans = std::collections::BTreeSet::new();
        let mut ok = true;
        for f in &s.forms {
            match text[at..].find(f.as_str()) {
                Some(p) => {
                    spans.insert((at + p, at + p + f.len()));
                    at += p + f.len();
                }
                None => ok = false,
            }
        }
        if !ok {
            continue;
        }
        let pred: std::collections::BTreeSet<(usize, usize)> = parser
            .tokenizer()
            .tokens(text)
            .iter()
            .map(|p| (p.start, p.end))
            .collect();
        tp += spans.intersection(&pred).count();
        n_gold += spans.len();
        n_pred += pred.len();
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(text);
        gold_ends.insert(joined.len());
    }
    let f1 = |tp: usize, g: usize, p: usize| 2.0 * tp as f64 / (g + p).max(1) as f64;
    let pred_ends: std::collections::BTreeSet<usize> = parser
        .tokenizer()
        .sentences(&joined)
        .iter()
        .filter_map(|s| s.last().map(|p| p.end))
        .collect();
    let stp = gold_ends.intersection(&pred_ends).count();
    (f1(tp, n_gold, n_pred), f1(stp, gold_ends.len(), pred_ends.len()))
}

/// The most frequent (gold → predicted) UPOS errors.
fn print_confusions(parser: &Parser, gold: &[conllu::ConlluSentence]) {
    let mut counts: std::collections::BTreeMap<(&str, &str), usize> = Default::default();
    for s in gold {
        let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        for (g, p) in s.upos.iter().zip(parser.tag(&forms)) {
            if *g != p {
                *counts.entry((g.as_str(), p.as_str())).or_default() += 1;
            }
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by_key(|e| std::cmp::Reverse(e.1));
    let top: Vec<String> = v.iter().take(12).map(|((g, p), n)| format!("{g}>{p} {n}")).collect();
    println!("upos confusions (gold>predicted): {}", top.join(", "));
}
