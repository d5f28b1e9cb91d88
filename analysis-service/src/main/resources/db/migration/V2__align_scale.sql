-- Alignment at scale (docs/alignment-scale.md): blocking keys carry their statement's time so that the candidates
-- of a key are read newest first (up to a little after the new statement's time) from one index, without touching
-- the table rows; existing keys take the time of their statement.
alter table blocking_key add column published_at timestamp with time zone;

update blocking_key set published_at = (select s.published_at from statement s where s.id = blocking_key.statement_id);

create index ix_bkey_recent on blocking_key (key_value, published_at desc, article_id, statement_id);

-- an article's keys are deleted through its statements (ix_bkey_statement): one index less to maintain per key row
drop index ix_bkey_article;
