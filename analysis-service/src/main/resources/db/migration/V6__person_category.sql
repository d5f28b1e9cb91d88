-- What a registry entry names, as the API's "kind": person | organisation | media | place (docs/api.md, speakers).
-- The column "kind" stays the registry's matching class (PERSON | INSTITUTION). Rows from before this version have no
-- category; the service fills it at start (RegistryService.classifyAll), and new entries get it when they are made.
alter table person add column category varchar(20);
create index ix_person_category on person (category);
-- GET /api/speakers lists entries named as a statement's intermediary ("told the Baltic Ledger", "citing the union")
create index ix_statement_intermediary on statement (intermediary);
