//! Unit tests of the store: opening and migrating, import with dedupe and
//! rollback, analysis with a fake extractor (re-analysis keeps decisions),
//! review with undo/redo, actor curation, search and byte offsets.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use standpoint_core::extract::{ExtractedActor, ExtractedIssue, ExtractedStance, Extraction, Extractor, Mention};
use standpoint_core::import::ImportOptions;
use standpoint_core::matrix::Layout;
use standpoint_core::model::{ActorKind, Polarity, ReviewState, Span, TargetKind};

use super::*;

/// A test extractor: finds fixed actor names and turns "<holder> <cue> <target>"
/// inside one sentence into a stance. It only locates text, so what the
/// store does with offsets is what is being tested.
struct FakeExtractor {
    version: &'static str,
}

const ACTORS: &[(&str, &str, ActorKind)] = &[
    ("Russia", "Russia", ActorKind::Country),
    ("Syrian government", "Syrian government", ActorKind::GovernmentBody),
    ("the Pentagon", "US Department of Defense", ActorKind::GovernmentBody),
    ("José Müller", "José Müller", ActorKind::Person),
    ("the Kremlin", "Kremlin", ActorKind::GovernmentBody),
];
const CUES: &[(&str, Polarity)] = &[
    ("backs", Polarity::Support),
    ("condemns", Polarity::Oppose),
    ("opposes", Polarity::Oppose),
];
const ISSUE: &str = "the deal";

fn sentences(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (index, c) in text.char_indices() {
        if c == '.' {
            spans.push(Span::new(start, index + 1));
            start = index + 1;
            while text[start..].starts_with(' ') {
                start += 1;
            }
        }
    }
    if start < text.len() {
        spans.push(Span::new(start, text.len()));
    }
    spans
}

fn find_all(text: &str, needle: &str) -> Vec<Span> {
    text.match_indices(needle)
        .map(|(i, m)| Span::new(i, i + m.len()))
        .collect()
}

impl Extractor for FakeExtractor {
    fn name(&self) -> &str {
        "fake"
    }
    fn version(&self) -> &str {
        self.version
    }
    fn extract(&self, text: &str) -> Extraction {
        let mut extraction = Extraction::default();
        for (surface, name, kind) in ACTORS {
            let mentions: Vec<Mention> = find_all(text, surface)
                .into_iter()
                .map(|span| Mention {
                    text: surface.to_string(),
                    span,
                })
                .collect();
            if !mentions.is_empty() {
                extraction.actors.push(ExtractedActor {
                    name: name.to_string(),
                    kind: *kind,
                    affiliation: None,
                    mentions,
                });
            }
        }
        let issue_mentions: Vec<Mention> = find_all(text, ISSUE)
            .into_iter()
            .map(|span| Mention {
                text: ISSUE.into(),
                span,
            })
            .collect();
        if !issue_mentions.is_empty() {
            extraction.issues.push(ExtractedIssue {
                name: "US–Russia deal".into(),
                mentions: issue_mentions,
            });
        }
        for sentence in sentences(text) {
            let body = &text[sentence.start..sentence.end];
            for (cue, polarity) in CUES {
                let Some(cue_at) = body.find(cue) else { continue };
                let holder = ACTORS
                    .iter()
                    .filter_map(|(s, n, _)| body[..cue_at].find(s).map(|i| (i, s, n)))
                    .min();
                let target_actor = ACTORS
                    .iter()
                    .filter_map(|(s, n, _)| body[cue_at..].find(s).map(|i| (i, s, n)))
                    .min();
                let Some((h_at, h_surface, h_name)) = holder else {
                    continue;
                };
                let (target, target_kind, t_span) = match (target_actor, body[cue_at..].find(ISSUE)) {
                    (Some((t_at, t_surface, t_name)), _) => {
                        let start = sentence.start + cue_at + t_at;
                        (
                            t_name.to_string(),
                            TargetKind::Actor,
                            Span::new(start, start + t_surface.len()),
                        )
                    }
                    (None, Some(i_at)) => {
                        let start = sentence.start + cue_at + i_at;
                        (
                            "US–Russia deal".to_string(),
                            TargetKind::Issue,
                            Span::new(start, start + ISSUE.len()),
                        )
                    }
                    (None, None) => continue,
                };
                let cue_start = sentence.start + cue_at;
                let h_start = sentence.start + h_at;
                extraction.stances.push(ExtractedStance {
                    holder: h_name.to_string(),
                    target,
                    target_kind,
                    polarity: *polarity,
                    confidence: 0.7,
                    evidence: sentence,
                    cue: Span::new(cue_start, cue_start + cue.len()),
                    holder_span: Some(Span::new(h_start, h_start + h_surface.len())),
                    target_span: Some(t_span),
                    rule: format!("fake:{cue}"),
                });
            }
        }
        extraction
    }
}

const SEED: &str = "Russia backs the Syrian government. The Pentagon is uneasy: the Pentagon opposes the deal. \
                    José Müller condemns Russia “firmly” – again 🙂.";

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write fixture");
    path
}

fn import(store: &mut Store, paths: &[PathBuf]) -> ImportReport {
    store
        .import_paths(paths, &ImportOptions::default(), &mut |_| {}, &AtomicBool::new(false))
        .expect("import runs")
}

fn analyse_all(store: &mut Store, version: &'static str) -> AnalyseReport {
    let ids = store.article_ids().expect("ids");
    store
        .analyse(&ids, &FakeExtractor { version }, &mut |_| {}, &AtomicBool::new(false))
        .expect("analyse runs")
}

/// A store holding one article where the Kremlin acts and is criticised by a
/// person with accented names, not yet analysed.
fn kremlin_store() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    import(
        &mut store,
        &[write(
            dir.path(),
            "k.txt",
            "Yesterday the Kremlin backs the Syrian government. José Müller condemns the Kremlin.",
        )],
    );
    (store, dir)
}

/// A store holding the seed text, analysed once.
/// Two stores the lean-read tests compare on: the DNA sample (many
/// dated statements) and the seed article with one suggestion accepted and
/// one rejected (decisions weigh and filter).
fn dna_and_reviewed_seed() -> (Store, Store, tempfile::TempDir) {
    let mut dna = Store::open_in_memory().expect("store");
    dna.import_dna(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/dna/sample.dna"))
        .expect("import");
    let (mut seed, dir) = seeded();
    let list = seed.assessments(&AssessmentFilter::default()).expect("list");
    seed.set_review(list[0].id, ReviewState::Accepted).expect("accept");
    seed.set_review(list[1].id, ReviewState::Rejected).expect("reject");
    (dna, seed, dir)
}

/// Makes storing an article titled "poison" fail as a full disk would
/// (a real SQL error, "disk on fire"); `DROP TRIGGER poison` ends it.
fn poison_titled(store: &Store) {
    store
        .conn
        .execute_batch(
            "CREATE TEMP TRIGGER poison BEFORE INSERT ON articles WHEN new.title = 'poison'
             BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;",
        )
        .expect("trigger");
}

fn seeded() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    let report = import(&mut store, &[write(dir.path(), "seed.txt", SEED)]);
    assert_eq!(report.imported, 1, "{report:?}");
    analyse_all(&mut store, "1");
    (store, dir)
}

fn all_states() -> AssessmentFilter {
    AssessmentFilter {
        review_states: Some(ReviewState::ALL.to_vec()),
        ..AssessmentFilter::default()
    }
}

fn triples(store: &Store) -> Vec<(String, String, Polarity, ReviewState)> {
    let mut list: Vec<_> = store
        .assessments(&all_states())
        .expect("assessments")
        .into_iter()
        .map(|a| (a.holder.name, a.target.name, a.polarity, a.review))
        .collect();
    list.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    list
}

fn kind(kind: ActorKind) -> ActorEdit {
    ActorEdit {
        kind: Some(kind),
        ..ActorEdit::default()
    }
}

fn colour(colour: Option<&str>) -> ActorEdit {
    ActorEdit {
        colour: Some(colour.map(str::to_owned)),
        ..ActorEdit::default()
    }
}

fn affiliation(affiliation: Option<i64>) -> ActorEdit {
    ActorEdit {
        affiliation: Some(affiliation),
        ..ActorEdit::default()
    }
}

fn actor_id(store: &Store, name: &str) -> i64 {
    store
        .actors()
        .expect("actors")
        .into_iter()
        .find(|a| a.name == name)
        .map(|a| a.id)
        .expect("actor exists")
}

// ---- opening and migrations ----

#[test]
fn new_workspace_is_migrated_and_marked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("w.standpoint");
    let store = Store::open(&path).expect("create");
    let (app, version, mode): (i64, i64, String) = store
        .conn
        .query_row("SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version), (SELECT journal_mode FROM pragma_journal_mode)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .expect("pragmas");
    assert_eq!((app, version, mode.as_str()), (APPLICATION_ID, latest_version(), "wal"));
    let foreign_keys: i64 = store
        .conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .expect("pragma");
    assert_eq!(foreign_keys, 1);
    drop(store);
    // Reopening finds it up to date and keeps its content.
    let mut store = Store::open(&path).expect("reopen");
    let report = import(&mut store, &[write(dir.path(), "a.txt", "Some text.")]);
    assert_eq!(report.imported, 1);
    drop(store);
    assert_eq!(Store::open(&path).expect("reopen").articles().expect("list").len(), 1);
}

#[test]
fn a_file_from_a_newer_program_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("future.standpoint");
    drop(Store::open(&path).expect("create"));
    let conn = rusqlite::Connection::open(&path).expect("raw open");
    conn.pragma_update(None, "user_version", latest_version() + 1)
        .expect("bump");
    drop(conn);
    match Store::open(&path) {
        Err(err @ StoreError::NewerThanProgram { .. }) => {
            assert_eq!(err.code(), "newer_than_program");
            assert!(err.to_string().contains("newer Standpoint"), "{err}");
        }
        other => panic!("expected NewerThanProgram, got {:?}", other.err()),
    }
}

#[test]
fn other_files_are_not_workspaces() {
    let dir = tempfile::tempdir().expect("tempdir");
    let foreign = dir.path().join("other.sqlite");
    let conn = rusqlite::Connection::open(&foreign).expect("raw open");
    conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');")
        .expect("schema");
    drop(conn);
    assert!(matches!(Store::open(&foreign), Err(StoreError::NotAWorkspace { .. })));

    let stamped = dir.path().join("stamped.sqlite");
    let conn = rusqlite::Connection::open(&stamped).expect("raw open");
    conn.pragma_update(None, "application_id", 42).expect("stamp");
    drop(conn);
    let err = Store::open(&stamped).err().expect("refused");
    assert!(err.to_string().contains("application id"), "{err}");

    let text = write(dir.path(), "notes.txt", &"plain text, not a database\n".repeat(200));
    let err = Store::open(&text).err().expect("refused");
    assert_eq!(err.code(), "not_a_workspace", "{err}");
    assert_eq!(
        std::fs::read_to_string(&text).expect("still there").len(),
        27 * 200,
        "file untouched"
    );
}

// ---- import ----

#[test]
fn same_text_twice_is_one_article_and_reports_the_duplicate() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    let first = write(dir.path(), "first.txt", SEED);
    let copy = write(dir.path(), "copy.md", SEED);
    let report = import(&mut store, &[first, copy]);
    assert_eq!(
        (report.imported, report.duplicates, report.failed),
        (1, 1, 0),
        "{report:?}"
    );
    let ImportOutcome::Imported { article_id, .. } = &report.items[0].outcome else {
        panic!("{report:?}")
    };
    match &report.items[1].outcome {
        ImportOutcome::Duplicate { article_id: of, .. } => assert_eq!(of, article_id),
        other => panic!("expected duplicate, got {other:?}"),
    }
    assert_eq!(store.articles().expect("list").len(), 1);
}

#[test]
fn bad_files_fail_alone_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    let good = write(dir.path(), "good.txt", "A good article about Russia.");
    let empty = write(dir.path(), "empty.txt", "");
    let missing = dir.path().join("missing.txt");
    let report = import(&mut store, &[empty, missing, good]);
    assert_eq!((report.imported, report.failed), (1, 2), "{report:?}");
    let codes: Vec<&str> = report
        .items
        .iter()
        .filter_map(|i| match &i.outcome {
            ImportOutcome::Failed { code, .. } => Some(code.as_str()),
            _ => None,
        })
        .collect();
    assert!(codes.contains(&"empty") && codes.contains(&"not_found"), "{codes:?}");
}

#[test]
fn a_failure_halfway_through_a_file_stores_nothing_of_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    let lines = [
        r#"{"id": "1", "title": "First", "text": "First article text."}"#,
        r#"{"id": "2", "title": "poison", "text": "Second article text."}"#,
        r#"{"id": "3", "title": "Third", "text": "Third article text."}"#,
    ];
    let file = write(dir.path(), "batch.jsonl", &lines.join("\n"));
    // A real SQL failure on the second record, as a full disk would give.
    poison_titled(&store);
    let report = import(&mut store, std::slice::from_ref(&file));
    assert_eq!((report.imported, report.failed), (0, 3), "{report:?}");
    assert!(report
        .items
        .iter()
        .all(|i| matches!(&i.outcome, ImportOutcome::Failed { reason, .. } if reason.contains("disk on fire"))));
    assert!(
        store.articles().expect("list").is_empty(),
        "the first record was rolled back"
    );
    assert!(
        store.search("First", 10).expect("search").is_empty(),
        "FTS rolled back too"
    );

    store.conn.execute_batch("DROP TRIGGER poison").expect("drop trigger");
    let report = import(&mut store, &[file]);
    assert_eq!(report.imported, 3, "{report:?}");
}

#[test]
fn files_stored_in_one_batch_fail_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    let files = vec![
        write(dir.path(), "a.txt", "poison\n\nAlpha text."),
        write(dir.path(), "b.jsonl", r#"{"title": "poison", "text": "Beta text."}"#),
        write(dir.path(), "c.txt", "Gamma text."),
    ];
    poison_titled(&store);
    // The three files are read into one batch: the middle one's failure rolls back only it.
    let report = import(&mut store, &files);
    assert_eq!((report.imported, report.failed), (2, 1), "{report:?}");
    let names: Vec<&str> = report.items.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["a.txt", "b.jsonl:1", "c.txt"], "items in file order");
    assert!(
        matches!(&report.items[1].outcome, ImportOutcome::Failed { reason, .. } if reason.contains("disk on fire"))
    );
    let titles: Vec<String> = store.articles().expect("list").into_iter().map(|a| a.title).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert_eq!(
        store.search("Beta", 10).expect("search").len(),
        0,
        "FTS rolled back with it"
    );
    assert_eq!(store.search("Gamma", 10).expect("search").len(), 1);
}

#[test]
fn cancelling_stops_the_file_being_read_and_keeps_those_done() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    let files = vec![
        write(dir.path(), "a.txt", "Alpha text."),
        write(dir.path(), "b.txt", "Beta text."),
    ];
    let cancel = AtomicBool::new(false);
    let mut seen = 0;
    let report = store
        .import_paths(
            &files,
            &ImportOptions::default(),
            &mut |p| {
                if p.current.is_some() {
                    seen += 1;
                    // Cancel as b.txt starts: the cancel reaches into its reading.
                    if seen == 2 {
                        cancel.store(true, std::sync::atomic::Ordering::Relaxed);
                    }
                }
            },
            &cancel,
        )
        .expect("import");
    assert!(report.cancelled);
    assert_eq!((seen, report.imported, report.files), (2, 1, 1), "{report:?}");
    assert_eq!(report.items.len(), 1, "the cancelled file has no line: {report:?}");
}

// ---- analysis ----

#[test]
fn analysis_stores_actors_mentions_and_suggestions_with_exact_offsets() {
    let (store, _dir) = seeded();
    let article_id = store.article_ids().expect("ids")[0];
    let article = store.article(article_id).expect("article");
    assert_eq!(article.text, SEED, "text stored exactly");
    assert_eq!(article.summary.stance_count, 3);
    for mention in &article.mentions {
        assert_eq!(
            mention.span.slice(&article.text),
            Some(mention.text.as_str()),
            "{mention:?}"
        );
    }
    let names: Vec<&str> = article.mentions.iter().map(|m| m.of.name.as_str()).collect();
    assert!(
        names.contains(&"José Müller") && names.contains(&"US–Russia deal"),
        "{names:?}"
    );

    let list = store.assessments(&AssessmentFilter::default()).expect("assessments");
    assert_eq!(list.len(), 3);
    for assessment in &list {
        assert_eq!(
            assessment.evidence.slice(&article.text),
            Some(assessment.evidence_text.as_str())
        );
        assert_eq!(assessment.review, ReviewState::Suggested);
        assert!(assessment.origin.is_machine());
    }
    let muller = list
        .iter()
        .find(|a| a.holder.name == "José Müller")
        .expect("Müller's stance");
    // The evidence runs past curly quotes, an en dash and an emoji: bytes, not chars.
    assert_eq!(muller.evidence_text, "José Müller condemns Russia “firmly” – again 🙂.");
    assert_eq!(muller.evidence.end, SEED.len());
    assert_eq!(muller.cue.and_then(|c| c.slice(SEED)), Some("condemns"));
    assert_eq!(muller.holder_span.and_then(|s| s.slice(SEED)), Some("José Müller"));
    let pentagon = list
        .iter()
        .find(|a| a.holder.name == "US Department of Defense")
        .expect("Pentagon");
    assert_eq!(
        (pentagon.target.name.as_str(), pentagon.target.kind),
        ("US–Russia deal", TargetKind::Issue)
    );
    let aliases = store
        .actors()
        .expect("actors")
        .into_iter()
        .find(|a| a.name == "US Department of Defense")
        .expect("DoD")
        .aliases;
    assert_eq!(
        aliases,
        vec!["the Pentagon".to_owned()],
        "proper-name mention learnt as alias"
    );
}

#[test]
fn actors_are_shared_across_articles() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    import(
        &mut store,
        &[
            write(dir.path(), "a.txt", SEED),
            write(dir.path(), "b.txt", "Russia backs the Syrian government again."),
        ],
    );
    analyse_all(&mut store, "1");
    let actors = store.actors().expect("actors");
    let russia: Vec<_> = actors.iter().filter(|a| a.name == "Russia").collect();
    assert_eq!(russia.len(), 1);
    assert_eq!(russia[0].as_holder, 2);
    assert_eq!(actors.len(), 4, "{actors:?}");
}

#[test]
fn re_analysis_replaces_suggestions_and_keeps_analyst_decisions() {
    let (mut store, _dir) = seeded();
    let list = store.assessments(&AssessmentFilter::default()).expect("list");
    let by_holder = |name: &str| list.iter().find(|a| a.holder.name == name).expect("holder").id;
    let accepted = by_holder("Russia");
    let rejected = by_holder("José Müller");
    store.set_review(accepted, ReviewState::Accepted).expect("accept");
    store.set_review(rejected, ReviewState::Rejected).expect("reject");
    let article_id = store.article_ids().expect("ids")[0];
    let russia = actor_id(&store, "Russia");
    let added = store
        .add_assessment(&NewAssessment {
            article_id,
            holder_id: russia,
            target: AssessmentTarget::Actor(actor_id(&store, "José Müller")),
            polarity: Polarity::Oppose,
            evidence: Span::new(0, 35),
            cue: None,
            holder_span: None,
            target_span: None,
            confidence: None,
        })
        .expect("add");

    let report = analyse_all(&mut store, "2");
    assert_eq!(
        report.articles[0].replaced, 1,
        "only the untouched suggestion is replaced"
    );
    assert_eq!(report.articles[0].kept, 3);
    assert_eq!(
        report.articles[0].suggestions, 1,
        "decided stances are not suggested again"
    );
    let after = store.assessments(&all_states()).expect("list");
    assert_eq!(after.len(), 4);
    let state = |id: i64| after.iter().find(|a| a.id == id).map(|a| a.review);
    assert_eq!(state(accepted), Some(ReviewState::Accepted));
    assert_eq!(state(rejected), Some(ReviewState::Rejected));
    assert_eq!(state(added), Some(ReviewState::Accepted));
    let fresh = after
        .iter()
        .find(|a| a.review == ReviewState::Suggested)
        .expect("new suggestion");
    assert_eq!(
        fresh.origin,
        standpoint_core::model::Origin::Extractor {
            name: "fake".into(),
            version: "2".into()
        }
    );
    // Mentions were replaced, not doubled.
    let article = store.article(article_id).expect("article");
    assert_eq!(article.mentions.len(), 6, "{:?}", article.mentions);
}

// ---- review and history ----

#[test]
fn review_decisions_undo_and_redo() {
    let (mut store, _dir) = seeded();
    let id = store.assessments(&AssessmentFilter::default()).expect("list")[0].id;
    store.set_review(id, ReviewState::Accepted).expect("accept");
    let (who, at): (Option<String>, Option<String>) = store
        .conn
        .query_row(
            "SELECT decided_by, decided_at FROM assessments WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("row");
    assert_eq!(who.as_deref(), Some(ANALYST));
    assert!(at.is_some());
    store.set_review(id, ReviewState::Rejected).expect("reject");
    assert_eq!(store.assessment(id).expect("one").review, ReviewState::Rejected);

    let undone = store.undo().expect("undo reject");
    assert_eq!(undone.action, "set_review");
    assert_eq!(store.assessment(id).expect("one").review, ReviewState::Accepted);
    store.undo().expect("undo accept");
    assert_eq!(store.assessment(id).expect("one").review, ReviewState::Suggested);
    assert!(matches!(store.undo(), Err(StoreError::NothingTo("undo"))));
    store.redo().expect("redo accept");
    assert_eq!(store.assessment(id).expect("one").review, ReviewState::Accepted);
    // A new action discards what was left to redo.
    store.undo().expect("undo accept again");
    let other = store.assessments(&AssessmentFilter::default()).expect("list")[1].id;
    store.set_review(other, ReviewState::Accepted).expect("accept another");
    assert!(matches!(store.redo(), Err(StoreError::NothingTo("redo"))));
    let state = store.history_state().expect("state");
    assert_eq!((state.can_undo, state.can_redo), (true, false));
}

#[test]
fn edit_and_add_validate_and_undo() {
    let (mut store, _dir) = seeded();
    let id = store.assessments(&AssessmentFilter::default()).expect("list")[0].id;
    let muller = actor_id(&store, "José Müller");
    let russia = actor_id(&store, "Russia");
    store
        .edit_assessment(id, muller, AssessmentTarget::Actor(russia), Polarity::Oppose)
        .expect("edit");
    let edited = store.assessment(id).expect("one");
    assert_eq!(
        (
            edited.holder.name.as_str(),
            edited.target.name.as_str(),
            edited.polarity,
            edited.review
        ),
        ("José Müller", "Russia", Polarity::Oppose, ReviewState::Edited)
    );
    assert!(matches!(
        store.edit_assessment(id, 9999, AssessmentTarget::Actor(russia), Polarity::Oppose),
        Err(StoreError::NotFound { what: "actor", .. })
    ));
    store.undo().expect("undo edit");
    assert_eq!(store.assessment(id).expect("one").review, ReviewState::Suggested);

    let article_id = store.article_ids().expect("ids")[0];
    let e_acute = SEED.find('é').expect("é");
    let new = |evidence| NewAssessment {
        article_id,
        holder_id: muller,
        target: AssessmentTarget::Actor(russia),
        polarity: Polarity::Oppose,
        evidence,
        cue: None,
        holder_span: None,
        target_span: None,
        confidence: None,
    };
    // Inside the two bytes of "é": not a character boundary.
    assert!(matches!(
        store.add_assessment(&new(Span::new(e_acute + 1, e_acute + 5))),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store.add_assessment(&new(Span::new(0, SEED.len() + 1))),
        Err(StoreError::Invalid(_))
    ));
    let sentence_start = SEED.find("José").expect("José");
    let added = store
        .add_assessment(&new(Span::new(sentence_start, SEED.len())))
        .expect("add");
    let stored = store.assessment(added).expect("one");
    assert_eq!(stored.origin, standpoint_core::model::Origin::Analyst);
    assert_eq!(stored.evidence_text, &SEED[sentence_start..]);
    store.undo().expect("undo add");
    assert!(matches!(store.assessment(added), Err(StoreError::NotFound { .. })));
    store.redo().expect("redo add");
    assert_eq!(store.assessment(added).expect("back").review, ReviewState::Accepted);
    let history = store.history(10).expect("history");
    assert_eq!(history[0].action, "add_assessment");
    assert!(history.iter().all(|h| h.who == ANALYST));
}

// ---- actors ----

#[test]
fn merge_moves_everything_and_undoes_as_one_step() {
    let (mut store, dir) = kremlin_store();
    import(&mut store, &[write(dir.path(), "r.txt", "Russia opposes the deal.")]);
    analyse_all(&mut store, "1");
    let kremlin = actor_id(&store, "Kremlin");
    let russia = actor_id(&store, "Russia");
    let before = triples(&store);
    store.merge_actors(kremlin, russia).expect("merge");
    assert!(store.actors().expect("actors").iter().all(|a| a.name != "Kremlin"));
    let merged = store
        .actors()
        .expect("actors")
        .into_iter()
        .find(|a| a.id == russia)
        .expect("Russia");
    assert_eq!((merged.as_holder, merged.as_target), (2, 1));
    assert!(
        merged.aliases.contains(&"Kremlin".to_owned()) && merged.aliases.contains(&"the Kremlin".to_owned()),
        "{:?}",
        merged.aliases
    );
    assert_eq!(merged.mentions, 3);

    // Re-analysis now resolves "the Kremlin" to Russia instead of recreating it.
    analyse_all(&mut store, "2");
    assert!(store.actors().expect("actors").iter().all(|a| a.name != "Kremlin"));

    let (mut fresh, _dir2) = kremlin_store();
    analyse_all(&mut fresh, "1");
    let kremlin = actor_id(&fresh, "Kremlin");
    let muller = actor_id(&fresh, "José Müller");
    let before_fresh = triples(&fresh);
    fresh.merge_actors(kremlin, muller).expect("merge");
    fresh.undo().expect("undo merge");
    assert_eq!(triples(&fresh), before_fresh, "undo restores every assessment");
    assert_eq!(actor_id(&fresh, "Kremlin"), kremlin, "same id back");
    assert!(fresh
        .actors()
        .expect("actors")
        .iter()
        .find(|a| a.id == muller)
        .expect("Müller")
        .aliases
        .is_empty());
    fresh.redo().expect("redo merge");
    assert!(fresh.actors().expect("actors").iter().all(|a| a.name != "Kremlin"));
    assert_ne!(before, triples(&store));
}

#[test]
fn rename_alias_kind_colour_and_affiliation() {
    let (mut store, _dir) = seeded();
    let dod = actor_id(&store, "US Department of Defense");
    let russia = actor_id(&store, "Russia");
    assert!(matches!(
        store.rename_actor(dod, "Russia"),
        Err(StoreError::NameTaken { .. })
    ));
    assert!(matches!(store.rename_actor(dod, "  "), Err(StoreError::Invalid(_))));
    store.rename_actor(dod, "Pentagon").expect("rename");
    let actor = store
        .actors()
        .expect("actors")
        .into_iter()
        .find(|a| a.id == dod)
        .expect("dod");
    assert_eq!(actor.name, "Pentagon");
    assert!(actor.aliases.contains(&"US Department of Defense".to_owned()));
    assert!(
        matches!(store.add_alias(russia, "pentagon"), Err(StoreError::NameTaken { .. })),
        "names compare case-insensitively"
    );
    store.add_alias(russia, "Moscow").expect("alias");
    store.edit_actor(dod, &kind(ActorKind::Organisation)).expect("kind");
    assert!(matches!(
        store.edit_actor(dod, &colour(Some("red"))),
        Err(StoreError::Invalid(_))
    ));
    store.edit_actor(dod, &colour(Some("#A1B2C3"))).expect("colour");
    let us = store.create_actor("United States", ActorKind::Country).expect("create");
    store.edit_actor(dod, &affiliation(Some(us))).expect("affiliation");
    assert!(
        matches!(
            store.edit_actor(us, &affiliation(Some(dod))),
            Err(StoreError::Invalid(_))
        ),
        "no cycles"
    );
    let actor = store
        .actors()
        .expect("actors")
        .into_iter()
        .find(|a| a.id == dod)
        .expect("dod");
    assert_eq!(
        (actor.kind, actor.colour.as_deref(), actor.affiliation),
        (
            ActorKind::Organisation,
            Some("#a1b2c3"),
            Some((us, "United States".to_owned()))
        )
    );
    let holder = store
        .assessments(&AssessmentFilter {
            holder_ids: Some(vec![dod]),
            ..Default::default()
        })
        .expect("list");
    assert_eq!(holder[0].holder.affiliation, Some((us, "United States".to_owned())));
    for _ in 0..6 {
        store.undo().expect("undo");
    }
    let actor = store
        .actors()
        .expect("actors")
        .into_iter()
        .find(|a| a.id == dod)
        .expect("dod");
    assert_eq!(
        (actor.name.as_str(), actor.kind, actor.colour),
        ("US Department of Defense", ActorKind::GovernmentBody, None)
    );
}

#[test]
fn undo_never_deletes_an_actor_that_analysis_has_since_used() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    let created = store.create_actor("Russia", ActorKind::Country).expect("create");
    import(
        &mut store,
        &[write(dir.path(), "a.txt", "Russia backs the Syrian government.")],
    );
    analyse_all(&mut store, "1");
    assert_eq!(actor_id(&store, "Russia"), created, "analysis used the analyst's actor");
    match store.undo() {
        Err(StoreError::Conflict { reason, .. }) => assert!(reason.contains("merge it instead"), "{reason}"),
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        store.assessments(&AssessmentFilter::default()).expect("list").len(),
        1,
        "nothing was lost"
    );
    let state = store.history_state().expect("state");
    assert_eq!(
        (state.can_undo, state.can_redo),
        (true, false),
        "the entry stays undoable later"
    );
}

#[test]
fn issues_rename_and_merge() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    import(&mut store, &[write(dir.path(), "a.txt", "Russia opposes the deal.")]);
    analyse_all(&mut store, "1");
    let deal = store.issues().expect("issues")[0].id;
    let other = store.create_issue("Intelligence-sharing deal").expect("create");
    store.merge_issues(deal, other).expect("merge");
    let issues = store.issues().expect("issues");
    assert_eq!(issues.len(), 1);
    assert_eq!((issues[0].as_target, issues[0].mentions), (1, 1));
    assert_eq!(issues[0].aliases, vec!["US–Russia deal".to_owned()]);
    store
        .rename_issue(other, "US–Russia intelligence-sharing deal")
        .expect("rename");
    analyse_all(&mut store, "2");
    assert_eq!(
        store.issues().expect("issues").len(),
        1,
        "re-analysis finds the issue by alias"
    );
}

// ---- filters, search, matrix ----

#[test]
fn filters_narrow_the_assessments() {
    let (mut store, _dir) = seeded();
    let list = store.assessments(&AssessmentFilter::default()).expect("list");
    store.set_review(list[0].id, ReviewState::Accepted).expect("accept");
    store.set_review(list[1].id, ReviewState::Rejected).expect("reject");
    assert_eq!(
        store.assessments(&AssessmentFilter::default()).expect("list").len(),
        2,
        "rejected hidden by default"
    );
    let accepted = store
        .assessments(&AssessmentFilter {
            accepted_only: true,
            ..Default::default()
        })
        .expect("list");
    assert_eq!(accepted.iter().map(|a| a.id).collect::<Vec<_>>(), vec![list[0].id]);
    assert!(store
        .assessments(&AssessmentFilter {
            min_confidence: Some(0.9),
            ..Default::default()
        })
        .expect("list")
        .is_empty());
    let issues = store
        .assessments(&AssessmentFilter {
            target_kinds: Some(vec![TargetKind::Issue]),
            ..all_states()
        })
        .expect("list");
    assert!(issues.iter().all(|a| a.target.kind == TargetKind::Issue) && issues.len() == 1);
    let persons = store
        .assessments(&AssessmentFilter {
            holder_kinds: Some(vec![ActorKind::Person]),
            ..all_states()
        })
        .expect("list");
    assert_eq!(persons.len(), 1);
    let dated = store
        .assessments(&AssessmentFilter {
            published_from: Some("2000-01-01".into()),
            ..Default::default()
        })
        .expect("list");
    assert!(dated.is_empty(), "undated articles drop out of a date range");
    let none = store
        .assessments(&AssessmentFilter {
            article_ids: Some(vec![]),
            ..Default::default()
        })
        .expect("list");
    assert!(none.is_empty());
    let matrix = store
        .matrix(&AssessmentFilter::default(), &Layout::default())
        .expect("matrix")
        .matrix;
    assert_eq!(matrix.assessment_count(), 2);
}

/// The lean read gives the rows of the full read, and the same matrix,
/// networks (every setting) and blocs: on the DNA sample (people with
/// affiliations, issues, dates, several sources) and on the seed article
/// (actors as targets, an analyst decision, a rejection).
#[test]
fn the_lean_read_gives_the_same_matrix_networks_and_blocs() {
    use standpoint_core::blocs::signed_blocs;
    use standpoint_core::matrix::Matrix;
    use standpoint_core::model::{Assessment, LeanAssessment, StanceRecord};
    use standpoint_core::network::{
        self, Duplicates, Level, Network, NetworkSpec, Normalisation, OneModeOptions, Qualifier, TwoModeOptions,
        TwoModeWeight,
    };

    fn same_network(full: &Network, lean: &Network, what: &str) {
        assert_eq!(full.rows, lean.rows, "{what}: rows");
        assert_eq!(full.columns, lean.columns, "{what}: columns");
        assert_eq!(full.edges, lean.edges, "{what}: ties");
        for edge in &full.edges {
            assert_eq!(
                full.edge_assessments(edge),
                lean.edge_assessments(edge),
                "{what}: evidence"
            );
        }
    }

    let mut specs = Vec::new();
    for level in [Level::Actor, Level::Affiliation] {
        for duplicates in Duplicates::ALL.iter().copied() {
            for weight in [TwoModeWeight::Total, TwoModeWeight::Net] {
                specs.push(NetworkSpec::TwoMode(TwoModeOptions {
                    level,
                    weight,
                    duplicates,
                }));
            }
            for qualifier in Qualifier::ALL.iter().copied() {
                for normalisation in Normalisation::ALL.iter().copied() {
                    specs.push(NetworkSpec::OneMode(OneModeOptions {
                        level,
                        qualifier,
                        normalisation,
                        duplicates,
                    }));
                }
            }
        }
    }

    let (dna, seed, _dir) = dna_and_reviewed_seed();
    let sources = dna.sources().expect("sources");
    let filters = [
        AssessmentFilter::default(),
        all_states(),
        AssessmentFilter {
            holder_kinds: Some(vec![ActorKind::Person]),
            ..AssessmentFilter::default()
        },
        AssessmentFilter {
            published_from: Some("2005-01-01".into()),
            sources: Some(sources[..1].to_vec()),
            ..AssessmentFilter::default()
        },
    ];
    for (name, store) in [("dna", &dna), ("seed", &seed)] {
        for filter in &filters {
            let full: Vec<Assessment> = store.assessments(filter).expect("full");
            let lean: Vec<LeanAssessment> = store.lean_assessments(filter).expect("lean");
            let what = format!("{name} {filter:?}");
            let key = |a: &dyn StanceRecord| {
                (
                    a.id(),
                    a.article_id(),
                    a.published().map(str::to_owned),
                    a.holder().clone(),
                    a.target().clone(),
                    a.polarity(),
                    a.review(),
                )
            };
            let full_keys: Vec<_> = full.iter().map(|a| key(a)).collect();
            let lean_keys: Vec<_> = lean.iter().map(|a| key(a)).collect();
            assert_eq!(full_keys, lean_keys, "{what}: rows");
            assert_eq!(Matrix::build(&full), Matrix::build(&lean), "{what}: matrix");
            // The store's matrix: counts only, read without dates.
            assert_eq!(
                store.matrix(filter, &Layout::default()).expect("matrix"),
                Matrix::build(&full).laid_out(&Layout::default(), &[]),
                "{what}: the store's matrix"
            );
            assert_eq!(signed_blocs(&full), signed_blocs(&lean), "{what}: blocs");
            for spec in &specs {
                same_network(
                    &network::build(&full, *spec),
                    &network::build(&lean, *spec),
                    &format!("{what} {spec:?}"),
                );
            }
        }
    }
    let everything = dna.lean_assessments(&AssessmentFilter::default()).expect("lean");
    assert_eq!(everything.len(), 40, "the sample's statements");
    assert!(everything.iter().any(|a| a.holder.affiliation.is_some()));
    assert!(everything.iter().any(|a| a.published.is_some()));
    let uncoloured = network::build_uncoloured(&everything, NetworkSpec::OneMode(OneModeOptions::default()));
    let coloured = network::build(&everything, NetworkSpec::OneMode(OneModeOptions::default()));
    assert_eq!(uncoloured.edges, coloured.edges);
    assert!(uncoloured.rows.iter().all(|node| node.bloc.is_none()));
    assert!(coloured.rows.iter().any(|node| node.bloc.is_some()));
}

/// The shifts found on the lean read, with only their quotes read in full,
/// are the shifts of the full read, and so is the timeline: every period,
/// minimum and crediting, on the DNA sample (dated, with affiliations) and
/// on the seed article with an analyst decision that weighs double.
#[test]
fn the_lean_read_gives_the_same_shifts_and_timeline() {
    use standpoint_core::shifts::{shifts, ShiftSpec};
    use standpoint_core::timeline::{timeline, Period, TimelineSpec};

    let (dna, seed, _dir) = dna_and_reviewed_seed();
    // Russia backs the Syrian government in January and condemns it in March.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut turn = Store::open_in_memory().expect("open");
    let lines: Vec<String> = [
        ("2016-01-05", "backs", "Monday"),
        ("2016-01-20", "backs", "Wednesday"),
        ("2016-03-02", "condemns", "Wednesday"),
        ("2016-03-15", "condemns", "Tuesday"),
        ("2016-03-28", "backs", "Monday"),
    ]
    .iter()
    .map(|(date, verb, day)| {
        format!(
            r#"{{"title": "Syria {date}", "date": "{date}", "source": "Wire", "text": "Russia {verb} the Syrian government, officials said on {day}."}}"#
        )
    })
    .collect();
    import(&mut turn, &[write(dir.path(), "turn.jsonl", &lines.join("\n"))]);
    analyse_all(&mut turn, "1");
    let list = turn.assessments(&AssessmentFilter::default()).expect("list");
    turn.set_review(list[2].id, ReviewState::Accepted).expect("accept");
    let mut specs = Vec::new();
    for period in [None, Some(Period::Week), Some(Period::Month), Some(Period::Quarter)] {
        for affiliation in [false, true] {
            for min_evidence in [0.0, 1.0, 2.0] {
                specs.push(ShiftSpec {
                    timeline: TimelineSpec {
                        period,
                        affiliation,
                        ..TimelineSpec::default()
                    },
                    min_evidence,
                });
            }
        }
    }
    let mut shifted = 0;
    for (name, store) in [("dna", &dna), ("seed", &seed), ("turn", &turn)] {
        for filter in [AssessmentFilter::default(), all_states()] {
            let full = store.assessments(&filter).expect("full");
            let lean = store.lean_assessments(&filter).expect("lean");
            for spec in &specs {
                let what = format!("{name} {filter:?} {spec:?}");
                let found = store.shifts(&filter, spec).expect("lean shifts");
                assert_eq!(found, shifts(&full, spec), "{what}: shifts");
                assert_eq!(store.shifts_among(&lean, spec).expect("shifts among"), found, "{what}");
                assert_eq!(
                    timeline(&lean, &spec.timeline),
                    timeline(&full, &spec.timeline),
                    "{what}: timeline"
                );
                shifted += found.shifts.len();
            }
        }
    }
    assert!(shifted > 0, "some spec finds a shift to compare");
}

#[test]
fn search_finds_words_with_snippets_and_survives_hostile_queries() {
    let (store, _dir) = seeded();
    let hits = store.search("pentagon", 10).expect("search");
    assert_eq!(hits.len(), 1);
    let snippet = &hits[0].snippet;
    assert!(!snippet.highlights.is_empty());
    for span in &snippet.highlights {
        assert_eq!(
            span.slice(&snippet.text).map(str::to_lowercase).as_deref(),
            Some("pentagon")
        );
    }
    assert_eq!(store.search("muller", 10).expect("diacritics folded").len(), 1);
    assert_eq!(store.search("pent*", 10).expect("prefix").len(), 1);
    assert!(store
        .search("pentagon zebra", 10)
        .expect("all words required")
        .is_empty());
    for hostile in [
        "\"",
        "AND(",
        "NEAR(a b",
        "*",
        "OR",
        "-",
        "title:x",
        "\"unbalanced",
        "a\"b",
        "^",
        "'; DROP TABLE articles; --",
        "",
    ] {
        store
            .search(hostile, 10)
            .unwrap_or_else(|e| panic!("{hostile:?} failed: {e}"));
    }
    assert_eq!(store.search("\"Russia\"", 10).expect("quoted").len(), 1);
    assert_eq!(store.articles().expect("still there").len(), 1);
}

#[test]
fn deleting_an_article_removes_its_assessments() {
    let (mut store, _dir) = seeded();
    let id = store.article_ids().expect("ids")[0];
    store.delete_article(id).expect("delete");
    assert!(store.assessments(&all_states()).expect("list").is_empty());
    assert!(store.search("Russia", 5).expect("search").is_empty());
    assert!(matches!(store.delete_article(id), Err(StoreError::NotFound { .. })));
    assert!(!store.actors().expect("actors").is_empty(), "actors stay");
}

#[test]
fn a_deleted_article_comes_back_with_undo() {
    let (mut store, _dir) = seeded();
    let id = store.article_ids().expect("ids")[0];
    let before = triples(&store);
    store.delete_article(id).expect("delete");
    assert_eq!(
        store.history_state().expect("state").undo_label.as_deref(),
        Some("delete article 'seed.txt'")
    );
    store.undo().expect("undo delete");
    assert_eq!(triples(&store), before, "every assessment is back");
    assert_eq!(
        store.search("Pentagon", 5).expect("search").len(),
        1,
        "and searchable again"
    );
    assert_eq!(store.article(id).expect("article").mentions.len(), 6);
    store.redo().expect("redo delete");
    assert!(store.articles().expect("articles").is_empty());
}

/// An extractor with a bug: it panics on some texts, as a rule indexing
/// past the start of a document would.
struct PanickyExtractor;

impl Extractor for PanickyExtractor {
    fn name(&self) -> &str {
        "fake"
    }
    fn version(&self) -> &str {
        "panicky"
    }
    fn extract(&self, text: &str) -> Extraction {
        if text.contains("boom") {
            let tokens: Vec<&str> = Vec::new();
            let _ = tokens[text.len()];
        }
        FakeExtractor { version: "panicky" }.extract(text)
    }
}

#[test]
fn a_panicking_extractor_fails_its_article_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    import(
        &mut store,
        &[
            write(dir.path(), "a.txt", "Russia backs the Syrian government."),
            write(dir.path(), "b.txt", "Russia opposes the deal and boom."),
            write(dir.path(), "c.txt", "José Müller condemns Russia."),
        ],
    );
    let ids = store.article_ids().expect("ids");
    let report = store
        .analyse(&ids, &PanickyExtractor, &mut |_| {}, &AtomicBool::new(false))
        .expect("the batch runs to its end");
    assert_eq!(report.articles.len(), 2, "{report:?}");
    assert_eq!(report.failed.len(), 1, "{report:?}");
    let failed = &report.failed[0];
    assert_eq!(failed.title, "b.txt");
    assert!(failed.error.contains("index out of bounds"), "{}", failed.error);
    assert_eq!(report.suggestions(), 2);
    assert_eq!(
        store.assessments(&all_states()).expect("list").len(),
        2,
        "nothing stored for the failed article"
    );
}

#[test]
fn every_action_names_itself_for_undo_and_redo() {
    let (mut store, _dir) = kremlin_store();
    analyse_all(&mut store, "1");
    let kremlin = actor_id(&store, "Kremlin");
    let muller = actor_id(&store, "José Müller");
    let id = store.assessments(&AssessmentFilter::default()).expect("list")[0].id;
    let label = |store: &Store| store.history_state().expect("state").undo_label;
    assert_eq!(label(&store), None, "analysis is not an analyst action");

    store.set_review(id, ReviewState::Accepted).expect("accept");
    assert_eq!(
        label(&store).as_deref(),
        Some("accept 'Kremlin' supports 'Syrian government'")
    );
    store.edit_actor(kremlin, &colour(Some("#112233"))).expect("colour");
    assert_eq!(label(&store).as_deref(), Some("set colour of 'Kremlin' to #112233"));
    store.merge_actors(kremlin, muller).expect("merge");
    assert_eq!(label(&store).as_deref(), Some("merge 'Kremlin' into 'José Müller'"));

    store.undo().expect("undo");
    let state = store.history_state().expect("state");
    assert_eq!(state.undo_label.as_deref(), Some("set colour of 'Kremlin' to #112233"));
    assert_eq!(state.redo_label.as_deref(), Some("merge 'Kremlin' into 'José Müller'"));
}

#[test]
fn the_targets_filter_picks_a_cell_in_the_store() {
    let (store, _dir) = seeded();
    let all = store.assessments(&all_states()).expect("list");
    let first = &all[0];
    let key = standpoint_core::matrix::TargetKey {
        kind: first.target.kind,
        id: first.target.id,
    };
    let cell = store
        .assessments(&AssessmentFilter {
            holder_ids: Some(vec![first.holder.id]),
            targets: Some(vec![key]),
            ..all_states()
        })
        .expect("cell");
    let expected: Vec<i64> = all
        .iter()
        .filter(|a| a.holder.id == first.holder.id && a.target.kind == key.kind && a.target.id == key.id)
        .map(|a| a.id)
        .collect();
    assert_eq!(cell.iter().map(|a| a.id).collect::<Vec<_>>(), expected);
    let none = store
        .assessments(&AssessmentFilter {
            targets: Some(Vec::new()),
            ..all_states()
        })
        .expect("none");
    assert!(none.is_empty());
}

// ---- which extractor made each article's analysis ----

fn outdated(store: &Store, label: &str) -> Vec<i64> {
    let ids = store
        .articles_in_scope(&AnalyseScope::Outdated, label)
        .expect("outdated");
    let status = store.analysis_status(label).expect("status");
    assert_eq!(status.outdated, ids.len(), "the status counts what the scope lists");
    assert_eq!(status.articles, store.article_ids().expect("ids").len());
    ids
}

#[test]
fn outdated_articles_are_those_another_version_analysed_or_none() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    import(
        &mut store,
        &[
            write(dir.path(), "a.txt", "Russia opposes the deal."),
            write(dir.path(), "b.txt", "Nothing happened here today."),
        ],
    );
    let ids = store.article_ids().expect("ids");
    assert_eq!(outdated(&store, "fake/1"), ids, "never analysed");
    store
        .analyse(
            &ids[..1],
            &FakeExtractor { version: "1" },
            &mut |_| {},
            &AtomicBool::new(false),
        )
        .expect("analyse");
    assert_eq!(outdated(&store, "fake/1"), ids[1..]);
    // An article with no suggestions counts as analysed too.
    analyse_all(&mut store, "1");
    assert!(outdated(&store, "fake/1").is_empty());
    assert_eq!(outdated(&store, "fake/2"), ids);
    // Recording the extractor leaves the full-text index as it was, and whole.
    let segments = |store: &Store| -> i64 {
        store
            .conn
            .query_row("SELECT count(*) FROM articles_fts_data", [], |r| r.get(0))
            .expect("fts data")
    };
    let before = segments(&store);
    analyse_all(&mut store, "2");
    assert_eq!(
        segments(&store),
        before,
        "analysis wrote nothing to the full-text index"
    );
    store
        .conn
        .execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')", [])
        .expect("the full-text index is consistent");
}

#[test]
fn migrating_a_version_1_workspace_remembers_who_analysed_each_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.standpoint");
    let mut store = Store::open(&path).expect("create");
    import(
        &mut store,
        &[
            write(dir.path(), "a.txt", "Russia opposes the deal."),
            write(dir.path(), "b.txt", "Nothing happened here today."),
        ],
    );
    let ids = store.article_ids().expect("ids");
    let report = analyse_all(&mut store, "1");
    assert!(report.suggestions() > 0);
    drop(store);
    // The file as version 1 wrote it: no column, suggestions with their origin.
    let conn = rusqlite::Connection::open(&path).expect("raw open");
    conn.execute_batch(
        "DROP TRIGGER articles_hash_unique_insert; DROP TRIGGER articles_hash_unique_update; DROP VIEW article_hash_owners;
         DROP TRIGGER articles_hash_insert; DROP TRIGGER articles_hash_update; DROP TRIGGER articles_hash_delete;
         DROP TABLE article_hashes; DROP TABLE article_hashes_recent;
         DROP INDEX articles_analysed_with; DROP INDEX articles_source;
         ALTER TABLE articles DROP COLUMN analysed_with; PRAGMA user_version = 1;",
    )
    .expect("back to version 1");
    drop(conn);
    let store = Store::open(&path).expect("migrates");
    // The article with suggestions knows its extractor; the one without cannot.
    assert_eq!(outdated(&store, "fake/1"), ids[1..]);
}

#[test]
fn the_page_cache_can_be_made_smaller_for_a_reading_connection() {
    let store = Store::open_in_memory().expect("open");
    let size = |store: &Store| -> i64 {
        store
            .conn
            .query_row("PRAGMA cache_size", [], |row| row.get(0))
            .expect("size")
    };
    assert_eq!(size(&store), -65_536);
    store.set_page_cache_mb(16).expect("set");
    assert_eq!(size(&store), -16_384);
}

/// The lean read at open (every assessment but the rejected) reads the
/// index `assessments_lean` alone, not the rows with their evidence text.
#[test]
fn the_lean_read_reads_its_index_alone() {
    let (store, _dir) = seeded();
    let (sql, values) = assessments::lean_sql(&AssessmentFilter::default());
    let mut statement = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).expect("plan");
    let plan: Vec<String> = statement
        .query_map(rusqlite::params_from_iter(values), |row| row.get(3))
        .expect("plan")
        .collect::<rusqlite::Result<_>>()
        .expect("plan");
    assert!(
        plan.iter().any(|step| step.contains("COVERING INDEX assessments_lean")),
        "{plan:#?}"
    );
    assert!(!plan.iter().any(|step| step.contains("TEMP B-TREE")), "{plan:#?}");
}

/// The sources list and the analysis status read small covering indexes,
/// not every article row with its text.
#[test]
fn sources_and_analysis_status_read_their_indexes_alone() {
    let (store, _dir) = seeded();
    let plan = |sql: &str, values: &[&dyn rusqlite::ToSql]| -> Vec<String> {
        let mut statement = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).expect("plan");
        statement
            .query_map(values, |row| row.get(3))
            .expect("plan")
            .collect::<rusqlite::Result<_>>()
            .expect("plan")
    };
    let sources = plan(assessments::SOURCES_SQL, &[]);
    assert!(
        sources
            .iter()
            .any(|step| step.contains("COVERING INDEX articles_source")),
        "{sources:#?}"
    );
    let status = plan(analysis::ANALYSIS_STATUS_SQL, &[&"rules/1"]);
    assert!(
        status
            .iter()
            .any(|step| step.contains("COVERING INDEX articles_analysed_with")),
        "{status:#?}"
    );
}

fn outcome_id(item: &ImportItem) -> (bool, i64) {
    match &item.outcome {
        ImportOutcome::Imported { article_id, .. } => (true, *article_id),
        ImportOutcome::Duplicate { article_id, .. } => (false, *article_id),
        other => panic!("{other:?}"),
    }
}

/// A workspace as version 4 made it (a UNIQUE index on the whole content
/// hash) migrates to the hash tables: articles keep their ids and the
/// rows that refer to them, search still finds them, a stored text
/// imported again is a duplicate of its article, and a new one is stored.
#[test]
fn migrating_a_version_4_workspace_keeps_articles_and_dedupe() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("v4.standpoint");
    let texts = [
        "Russia backs the deal in Geneva.",
        "The Pentagon opposes the deal.",
        "Nothing happened in Oslo today.",
    ];
    let conn = rusqlite::Connection::open(&path).expect("raw open");
    for sql in [
        include_str!("../migrations/0001_initial.sql"),
        include_str!("../migrations/0002_analysed_with.sql"),
        include_str!("../migrations/0003_lean_index.sql"),
        include_str!("../migrations/0004_article_indexes.sql"),
    ] {
        conn.execute_batch(sql).expect("old schema");
    }
    conn.pragma_update(None, "application_id", APPLICATION_ID).expect("id");
    conn.pragma_update(None, "user_version", 4).expect("version");
    for (i, text) in texts.iter().enumerate() {
        conn.execute(
            "INSERT INTO articles (text, title, origin_name, format, content_hash) VALUES (?1, ?2, ?2, 'text', ?3)",
            rusqlite::params![text, format!("t{i}.txt"), standpoint_core::import::content_hash(text)],
        )
        .expect("article");
    }
    // Enough text that rebuilding `articles` frees many pages.
    for i in 0..200 {
        let text = format!("Report {i}: {}", "the talks went on. ".repeat(100));
        conn.execute(
            "INSERT INTO articles (text, title, origin_name, format, content_hash) VALUES (?1, ?2, ?2, 'text', ?3)",
            rusqlite::params![text, format!("r{i}.txt"), standpoint_core::import::content_hash(&text)],
        )
        .expect("bulk article");
    }
    conn.execute_batch(
        "INSERT INTO actors (id, name, kind) VALUES (1, 'Pentagon', 'government_body');
         INSERT INTO mentions (article_id, actor_id, start, end, text) VALUES (2, 1, 4, 12, 'Pentagon');
         DELETE FROM articles WHERE id = 1;",
    )
    .expect("mention, and a gap in the ids");
    drop(conn);

    let mut store = Store::open(&path).expect("migrates");
    let (version, foreign_keys, unique_indexes): (i64, i64, i64) = store
        .conn
        .query_row(
            "SELECT (SELECT user_version FROM pragma_user_version), (SELECT foreign_keys FROM pragma_foreign_keys),
                    (SELECT count(*) FROM pragma_index_list('articles') WHERE \"unique\")",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("pragmas");
    assert_eq!((version, foreign_keys, unique_indexes), (latest_version(), 1, 0));
    let (free, pages): (i64, i64) = store
        .conn
        .query_row(
            "SELECT (SELECT freelist_count FROM pragma_freelist_count), (SELECT page_count FROM pragma_page_count)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("page counts");
    assert!(
        free * 4 <= pages,
        "the rebuilt table's old pages are reclaimed: {free} of {pages} free"
    );
    assert_eq!(store.article_ids().expect("ids")[..2], [2, 3]);
    assert_eq!(store.article(2).expect("article").mentions.len(), 1, "no cascade");
    assert_eq!(store.search("Oslo", 5).expect("search")[0].article.id, 3);
    store
        .conn
        .execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')", [])
        .expect("the full-text index is consistent");

    let report = import(
        &mut store,
        &[
            write(dir.path(), "again.txt", texts[2]),
            write(dir.path(), "gone.txt", texts[0]),
            write(dir.path(), "gone-again.txt", texts[0]),
        ],
    );
    let outcomes: Vec<(bool, i64)> = report.items.iter().map(outcome_id).collect();
    assert_eq!(outcomes, vec![(false, 3), (true, 204), (false, 204)], "{report:?}");
}

/// No two articles share a content hash, whoever writes: the database
/// refuses the second, as the UNIQUE constraint did; an undone delete
/// whose text was imported again since fails and changes nothing.
#[test]
fn the_database_refuses_a_second_article_with_the_same_hash() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    let seed = write(dir.path(), "seed.txt", SEED);
    let other = write(dir.path(), "other.txt", "Another text.");
    let (_, id) = outcome_id(&import(&mut store, &[seed.clone(), other]).items[0]);
    let copy = store.conn.execute(
        "INSERT INTO articles (text, title, origin_name, format, content_hash)
         SELECT text, 'copy', origin_name, format, content_hash FROM articles WHERE id = ?1",
        [id],
    );
    assert!(copy.is_err_and(|e| e.to_string().contains("UNIQUE")));

    store.delete_article(id).expect("delete");
    let (imported, again) = outcome_id(&import(&mut store, &[seed]).items[0]);
    assert!(imported && again != id);
    assert!(store.undo().is_err(), "the text is stored again");
    assert_eq!(store.article_ids().expect("ids"), vec![id + 1, again]);
}

/// Moving the recent hashes into the large table keeps every article
/// findable, and a deleted article leaves neither table.
#[test]
fn sealed_and_recent_hashes_both_dedupe() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open_in_memory().expect("open");
    let texts: Vec<PathBuf> = (0..6)
        .map(|i| {
            write(
                dir.path(),
                &format!("{i}.txt"),
                &format!("Report number {i} on the deal."),
            )
        })
        .collect();
    import(&mut store, &texts[..3]);
    articles::seal_hashes_from(&store.conn, 3).expect("seal");
    import(&mut store, &texts[3..]);
    let count = |store: &Store, table: &str| -> i64 {
        store
            .conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .expect("count")
    };
    assert_eq!(
        (count(&store, "article_hashes"), count(&store, "article_hashes_recent")),
        (3, 3)
    );
    let report = import(&mut store, &texts);
    assert_eq!((report.imported, report.duplicates), (0, 6), "{report:?}");
    for id in [1, 4] {
        store.delete_article(id).expect("delete");
    }
    assert_eq!(
        (count(&store, "article_hashes"), count(&store, "article_hashes_recent")),
        (2, 2)
    );
    let report = import(&mut store, &texts);
    assert_eq!((report.imported, report.duplicates), (2, 4), "{report:?}");
}

/// The dedup lookup, run for every imported document, and the condition
/// of the uniqueness triggers, run for every stored article, search the
/// hash tables' keys and the articles' ids: they never scan.
#[test]
fn the_dedup_lookup_and_the_uniqueness_check_use_indexes() {
    let store = Store::open_in_memory().expect("open");
    let trigger_condition = "SELECT EXISTS (SELECT 1 FROM article_hash_owners
         WHERE key = substr(?1, 1, 16) AND content_hash = ?1 AND id IS NOT 7)";
    let triggers: String = store
        .conn
        .query_row(
            "SELECT group_concat(sql, ' ') FROM sqlite_master WHERE name LIKE 'articles_hash_unique_%'",
            [],
            |r| r.get(0),
        )
        .expect("the triggers");
    assert_eq!(triggers.matches("FROM article_hash_owners").count(), 2, "{triggers}");
    for sql in [articles::DEDUP_SQL, trigger_condition] {
        let mut statement = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).expect("plan");
        let plan: Vec<String> = statement
            .query_map(["0123456789abcdef0123"], |row| row.get(3))
            .expect("plan")
            .collect::<rusqlite::Result<_>>()
            .expect("plan");
        let searches = plan.iter().filter(|step| step.starts_with("SEARCH")).count();
        assert_eq!(searches, 4, "{sql}: {plan:#?}");
        // (`SELECT EXISTS` reads its one constant row: not a table scan.)
        let scans = plan
            .iter()
            .filter(|step| step.starts_with("SCAN") && *step != "SCAN CONSTANT ROW");
        assert_eq!(scans.count(), 0, "{sql}: {plan:#?}");
    }
}
