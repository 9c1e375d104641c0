-- Which extractor last analysed each article ("rules+scorer/0.2.0+1a2b3c4d"),
-- so that `analyse --outdated` re-analyses only what an older model made.
-- NULL: never analysed.
ALTER TABLE articles ADD COLUMN analysed_with TEXT;

-- Articles analysed before this column existed: the newest extractor
-- origin among their assessments, when they have one.
UPDATE articles SET analysed_with = (
    SELECT origin_name || '/' || origin_version
    FROM assessments
    WHERE assessments.article_id = articles.id AND origin_kind = 'extractor'
    ORDER BY id DESC
    LIMIT 1
);

-- The full-text index follows the title and text only: recording who
-- analysed an article must not re-index its text.
DROP TRIGGER articles_fts_update;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
