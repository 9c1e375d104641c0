-- Standpoint workspace schema, version 1.
--
-- Offsets: every *_start / *_end column is a UTF-8 BYTE offset into
-- articles.text (half-open: start inclusive, end exclusive). The text is
-- stored exactly as import produced it, so offsets never drift.
-- Timestamps are ISO 8601 UTC strings made by SQLite itself.
-- Closed sets (kinds, polarity, review state) are stored by their core
-- `as_str` spelling and checked here so a bad value can never be stored.

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    text         TEXT NOT NULL,
    title        TEXT NOT NULL,
    source       TEXT,
    url          TEXT,
    author       TEXT,
    published    TEXT,
    external_id  TEXT,
    origin_name  TEXT NOT NULL,
    format       TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    imported_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE actors (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind           TEXT NOT NULL CHECK (kind IN ('country', 'government_body', 'person',
                       'organisation', 'international_org', 'armed_group', 'party', 'company', 'group')),
    affiliation_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    colour         TEXT CHECK (colour IS NULL OR (length(colour) = 7 AND colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]')),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (affiliation_id IS NULL OR affiliation_id <> id)
);

CREATE INDEX actors_affiliation ON actors(affiliation_id);

-- Other names an actor goes by ("the Pentagon"); analysis resolves names
-- through these, so a merged or renamed actor keeps catching its mentions.
CREATE TABLE actor_aliases (
    id       INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias    TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

CREATE TABLE issues (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE issue_aliases (
    id       INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    alias    TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE INDEX issue_aliases_issue ON issue_aliases(issue_id);

-- Where an actor or an issue occurs in an article (machine output of analysis).
CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id   INTEGER REFERENCES actors(id) ON DELETE CASCADE,
    issue_id   INTEGER REFERENCES issues(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    CHECK ((actor_id IS NULL) <> (issue_id IS NULL)),
    CHECK (start >= 0 AND end >= start)
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_actor ON mentions(actor_id);
CREATE INDEX mentions_issue ON mentions(issue_id);

CREATE TABLE assessments (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    holder_id       INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    target_actor_id INTEGER REFERENCES actors(id) ON DELETE CASCADE,
    target_issue_id INTEGER REFERENCES issues(id) ON DELETE CASCADE,
    polarity        TEXT NOT NULL CHECK (polarity IN ('support', 'oppose')),
    confidence      REAL NOT NULL CHECK (confidence >= 0.0 AND confidence <= 1.0),
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    -- The evidence sentence as text: articles never change, so this copy
    -- cannot go stale, and listing 100 000 assessments need not slice texts.
    evidence_text   TEXT NOT NULL,
    cue_start       INTEGER,
    cue_end         INTEGER,
    holder_start    INTEGER,
    holder_end      INTEGER,
    target_start    INTEGER,
    target_end      INTEGER,
    -- The extractor rule that fired ("verb:backs"); NULL for analyst work.
    rule            TEXT,
    -- origin_kind 'extractor': origin_name/origin_version = extractor name and version;
    -- 'dna_import': origin_name = the DNA coder; 'analyst': both NULL.
    origin_kind     TEXT NOT NULL CHECK (origin_kind IN ('extractor', 'analyst', 'dna_import')),
    origin_name     TEXT,
    origin_version  TEXT,
    review_state    TEXT NOT NULL CHECK (review_state IN ('suggested', 'accepted', 'rejected', 'edited')),
    -- Who made the last review decision and when ("analyst"); NULL while untouched.
    decided_by      TEXT,
    decided_at      TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK ((target_actor_id IS NULL) <> (target_issue_id IS NULL)),
    CHECK (evidence_start >= 0 AND evidence_end >= evidence_start),
    CHECK ((cue_start IS NULL) = (cue_end IS NULL)),
    CHECK ((holder_start IS NULL) = (holder_end IS NULL)),
    CHECK ((target_start IS NULL) = (target_end IS NULL))
);
-- (article, position): the order assessments are listed in, so reading needs no sort.
CREATE INDEX assessments_article ON assessments(article_id, evidence_start);
CREATE INDEX assessments_holder ON assessments(holder_id);
CREATE INDEX assessments_target_actor ON assessments(target_actor_id);
CREATE INDEX assessments_target_issue ON assessments(target_issue_id);

-- Append-only log of analyst actions. `changes` is a JSON list of row
-- images {table, id, before, after} (before NULL = the action inserted the
-- row, after NULL = it deleted it): undo writes the befores back, redo the
-- afters. Rows are never deleted and their images never change; only
-- `state` moves between 'done' and 'undone', and 'discarded' once a new
-- action or an analysis run makes a redo meaningless.
CREATE TABLE history (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    who      TEXT NOT NULL,
    action   TEXT NOT NULL,
    summary  TEXT NOT NULL,
    changes  TEXT NOT NULL,
    state    TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded')),
    state_at TEXT
);
CREATE INDEX history_state ON history(state, id);

-- Full-text search over title and text, kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
