-- Scored pairs of statements that the grouping reads (docs/alignment.md, "Grouping"): every compared pair whose weight
-- reaches the edge minimum, stored once by the statement that arrived later. Clusters are formed from these pairs by
-- average linkage, so the same articles give the same clusters whatever their order. Filled for stored articles by
-- POST /api/admin/reanalyze after the upgrade.
create table statement_edge (
    statement_id varchar(80)      not null,
    other_id     varchar(80)      not null,
    weight       double precision not null,
    primary key (statement_id, other_id)
);
create index ix_sedge_other on statement_edge (other_id);

-- whether a rendering names its speaker itself; a speaker resolved from a pronoun or role noun does not keep two
-- renderings apart (docs/alignment.md, speaker agreement)
alter table statement add column speaker_named boolean default true not null;
