-- A rendering that also carries a second cluster's utterance (a long paragraph rendering two remarks) is listed in that
-- cluster too, beside its own (docs/alignment.md, "Also renders"). Written when the neighbourhood is grouped again;
-- filled for stored articles by POST /api/admin/reanalyze after the upgrade.
create table statement_also (
    statement_id varchar(80)      not null,
    cluster_id   bigint           not null,
    weight       double precision not null,
    primary key (statement_id, cluster_id)
);
create index ix_salso_cluster on statement_also (cluster_id);
