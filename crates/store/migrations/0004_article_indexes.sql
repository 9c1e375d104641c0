-- Two questions the first screen asks of every article: which sources there
-- are (the filter's list) and how many the current extractor has not
-- analysed (the Analyse button). Without these indexes each was a scan of
-- the article rows, text and all (75-235 ms at 30k articles in a debug
-- build); with them each reads a small covering index.
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_analysed_with ON articles(analysed_with);
