-- The lean read (the matrix, the timeline, the shifts, the networks) reads
-- these columns of every assessment in article order: from this index
-- alone, not from the rows, which also hold the evidence text and spans.
-- It begins with the columns of the article index, which it replaces.
CREATE INDEX IF NOT EXISTS assessments_lean ON assessments(
    article_id, evidence_start, id, holder_id, target_actor_id, target_issue_id, polarity, review_state
);
DROP INDEX IF EXISTS assessments_article;
