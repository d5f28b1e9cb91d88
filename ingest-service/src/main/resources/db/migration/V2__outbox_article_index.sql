CREATE INDEX ix_outbox_article ON outbox (article_id, status);
CREATE INDEX ix_article_version_article ON article_version (article_id, version);
