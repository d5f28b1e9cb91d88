-- Indexes for the read side (search and speaker pages), measured with web-ui's bench/RenderBench (docs/ui.md).
-- Plain SQL: runs unchanged on H2 and PostgreSQL.

-- search with an outlet filter (often with a date range), newest first
create index ix_statement_outlet_published on statement (outlet, published_at);
-- a person's statements (speaker page, search by entityId), newest first
create index ix_statement_entity_published on statement (entity_id, published_at);
