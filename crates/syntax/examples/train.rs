//! Rebuilds the committed model from UD English EWT:
//! `cargo run --release -p standpoint-syntax --example train [-- EWT_DIR [OUT]]`.
//! EWT_DIR defaults to $UD_EWT_DIR or ../shared/ud-english-ewt; OUT to the crate's
//! model/en_ewt.bin. Same data and seed give the same bytes. Set SYNTAX_DEV=1 to score
//! dev after every parser epoch (slower; for choosing settings), SYNTAX_SEED=N to train
//! with another seed (a change smaller than the seed-to-seed spread is noise).

use standpoint_syntax::{conllu, train, Parser};
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = args
        .get(1)
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("UD_EWT_DIR").map(PathBuf::from))
        .unwrap_or_else(|| train::shared_path("ud-english-ewt"));
    let out = args
        .get(2)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("model/en_ewt.bin"));
    let read = |name: &str| {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("cannot read {}: {e}", path.display());
            std::process::exit(2);
        });
        conllu::read(&text)
    };
    let train_set = read("en_ewt-ud-train.conllu");
    let dev_set = read("en_ewt-ud-dev.conllu");
    let mut cfg = train::Config::default();
    let env_num = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<usize>().ok());
    if let Some(v) = env_num("SYNTAX_TAGGER_EPOCHS") {
        cfg.tagger_epochs = v;
    }
    if let Some(v) = env_num("SYNTAX_PARSER_EPOCHS") {
        cfg.parser_epochs = v;
    }
    if let Some(v) = env_num("SYNTAX_MIN_AMBIGUITY") {
        cfg.min_ambiguity_count = v as u32;
    }
    if let Some(v) = env_num("SYNTAX_FOLDS") {
        cfg.folds = v;
    }
    if let Some(v) = env_num("SYNTAX_EXPLORE_FROM") {
        cfg.explore_from = v;
    }
    if let Some(v) = env_num("SYNTAX_SEED") {
        cfg.seed = v as u64;
    }
    if let Some(v) = env_num("SYNTAX_PRUNE_TAGGER") {
        cfg.prune_tagger = v as u32;
    }
    if let Some(v) = env_num("SYNTAX_PRUNE_MOVES") {
        cfg.prune_moves = v as u32;
    }
    if let Some(v) = env_num("SYNTAX_PRUNE_LABELS") {
        cfg.prune_labels = v as u32;
    }
    eprintln!("training on {} sentences with {cfg:?}", train_set.len());
    let per_epoch_dev = std::env::var_os("SYNTAX_DEV").is_some();
    let model = train::train_model(&train_set, per_epoch_dev.then_some(&dev_set[..]), &cfg, &mut |m| {
        eprintln!("{m}")
    });
    let bytes = model.to_bytes();
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("cannot write {}: {e}", out.display());
        std::process::exit(2);
    }
    let (tag_rows, move_rows, label_rows) = model.sizes();
    println!(
        "wrote {} ({} bytes; tagger {tag_rows} rows, moves {move_rows} rows, labels {label_rows} rows)",
        out.display(),
        bytes.len()
    );
    let s = train::evaluate(&Parser::new(model), &dev_set);
    println!(
        "dev: upos={:.4} lemma={:.4} uas={:.4} las={:.4} las_full={:.4}",
        s.upos, s.lemma, s.uas, s.las, s.las_full
    );
}
