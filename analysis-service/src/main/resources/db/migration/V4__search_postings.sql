-- Search as posting lists (StatementSearch, docs/ui.md): every term row carries its statement's time, and one index
-- holds each term's statements newest first, so a word's matches are read in result order and the read stops at the
-- end of the page (no sort of all matches of a common word, no scan of all statements for a deep page).
-- The table is rebuilt by one insert-select rather than updated in place: an UPDATE of every row with a correlated
-- subquery took more than 15 minutes and grew an H2 file from 4 to 17 GB at 9 million rows; the copy and the three
-- indexes take minutes (docs/deploy.md, upgrades). Plain SQL: runs unchanged on H2 and PostgreSQL.
create table statement_term_v4 (
    term         varchar(100) not null,
    statement_id varchar(80)  not null,
    article_id   bigint       not null,
    published_at timestamp with time zone
);

insert into statement_term_v4 (term, statement_id, article_id, published_at)
    select t.term, t.statement_id, t.article_id, s.published_at
    from statement s join statement_term t on t.statement_id = s.id;

drop table statement_term;

alter table statement_term_v4 rename to statement_term;

alter table statement_term add primary key (term, statement_id);
create index ix_sterm_statement on statement_term (statement_id);
create index ix_sterm_article on statement_term (article_id);
create index ix_sterm_recent on statement_term (term, published_at desc nulls last, statement_id desc);
