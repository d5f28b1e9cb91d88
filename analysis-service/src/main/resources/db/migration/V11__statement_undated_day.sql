-- The day an undated article's paragraph states before a statement ("am 6. August"), for alignment's occasion check
-- (docs/alignment.md, "Articles without a date"). Null for dated articles and for rows written before; filled for
-- stored articles by POST /api/admin/reanalyze after the upgrade.
alter table statement add column undated_day date;
