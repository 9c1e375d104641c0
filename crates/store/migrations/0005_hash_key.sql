-- Deduplication looks an article up by its content hash. The UNIQUE index
-- on the hash (64 hex characters, a random key) made each import cost more
-- the more articles there were: each insert lands on a random page of it,
-- so a batch of 64 articles rewrote some 60 of its pages at 30k articles
-- (half of all the pages an import wrote) and a handful in a new workspace.
--
-- In its place two small tables map the hash's first 16 characters (64
-- bits; not unique) to the article: `article_hashes_recent` takes the new
-- articles and stays small (a few pages, whatever the workspace's size),
-- and import moves it into `article_hashes` in one sorted pass once it
-- holds 2,048 (`import.rs`), which rewrites each page of the large table
-- once per 2,048 articles rather than once per batch. A lookup reads both
-- and compares the whole hash; triggers keep both in step with `articles`
-- and refuse a second article with the same hash, as the UNIQUE constraint
-- did, for every writer (an undone delete brings an article back, and its
-- text may have been imported again since).
--
-- A column constraint cannot be dropped: the table is built anew with the
-- same columns in the same order, rows and ids unchanged (so the full-text
-- index, which follows `articles` by rowid, and the history's row images
-- stay valid). Foreign keys are off while migrations run (schema.rs), so
-- dropping the old table cascades to nothing; they are checked after.

CREATE TABLE articles_new (
    id            INTEGER PRIMARY KEY,
    text          TEXT NOT NULL,
    title         TEXT NOT NULL,
    source        TEXT,
    url           TEXT,
    author        TEXT,
    published     TEXT,
    external_id   TEXT,
    origin_name   TEXT NOT NULL,
    format        TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    analysed_with TEXT
);
INSERT INTO articles_new (id, text, title, source, url, author, published, external_id, origin_name, format,
                          content_hash, imported_at, analysed_with)
    SELECT id, text, title, source, url, author, published, external_id, origin_name, format,
           content_hash, imported_at, analysed_with
    FROM articles ORDER BY id;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;

CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_analysed_with ON articles(analysed_with);

CREATE TABLE article_hashes (
    key        TEXT NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE TABLE article_hashes_recent (
    key        TEXT NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
INSERT INTO article_hashes (key, article_id)
    SELECT substr(content_hash, 1, 16), id FROM articles ORDER BY 1, 2;

-- The articles filed under each key, from both tables: what the dedup
-- lookup (`articles.rs`) and the uniqueness triggers read. SQLite pushes a
-- condition on `key` into both arms, so each is an index search.
CREATE VIEW article_hash_owners AS
    SELECT h.key AS key, a.id AS id, a.title AS title, a.content_hash AS content_hash
    FROM article_hashes_recent h JOIN articles a ON a.id = h.article_id
    UNION ALL
    SELECT h.key, a.id, a.title, a.content_hash
    FROM article_hashes h JOIN articles a ON a.id = h.article_id;

-- `id IS NOT new.id`: an upsert of the row itself (undo) is no conflict.
CREATE TRIGGER articles_hash_unique_insert BEFORE INSERT ON articles
WHEN EXISTS (SELECT 1 FROM article_hash_owners
             WHERE key = substr(new.content_hash, 1, 16) AND content_hash = new.content_hash AND id IS NOT new.id)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: articles.content_hash');
END;
CREATE TRIGGER articles_hash_unique_update BEFORE UPDATE OF content_hash ON articles
WHEN EXISTS (SELECT 1 FROM article_hash_owners
             WHERE key = substr(new.content_hash, 1, 16) AND content_hash = new.content_hash AND id IS NOT new.id)
BEGIN
    SELECT RAISE(ABORT, 'UNIQUE constraint failed: articles.content_hash');
END;
CREATE TRIGGER articles_hash_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_hashes_recent (key, article_id) VALUES (substr(new.content_hash, 1, 16), new.id);
END;
CREATE TRIGGER articles_hash_update AFTER UPDATE OF id, content_hash ON articles BEGIN
    DELETE FROM article_hashes_recent WHERE key = substr(old.content_hash, 1, 16) AND article_id = old.id;
    DELETE FROM article_hashes WHERE key = substr(old.content_hash, 1, 16) AND article_id = old.id;
    INSERT INTO article_hashes_recent (key, article_id) VALUES (substr(new.content_hash, 1, 16), new.id);
END;
CREATE TRIGGER articles_hash_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_hashes_recent WHERE key = substr(old.content_hash, 1, 16) AND article_id = old.id;
    DELETE FROM article_hashes WHERE key = substr(old.content_hash, 1, 16) AND article_id = old.id;
END;

-- The full-text triggers went with the old table.
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
