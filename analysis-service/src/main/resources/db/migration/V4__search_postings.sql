-- Search as posting lists (StatementSearch, docs/ui.md): every term row carries its statement's time, and one index
-- holds each term's statements newest first, so a word's matches are read in result order and the read stops at the
-- end of the page (no sort of all matches of a common word, no scan of all statements for a deep page).
-- Plain SQL: runs unchanged on H2 and PostgreSQL.
alter table statement_term add column published_at timestamp with time zone;

update statement_term set published_at = (select s.published_at from statement s where s.id = statement_term.statement_id);

create index ix_sterm_recent on statement_term (term, published_at desc nulls last, statement_id desc);
