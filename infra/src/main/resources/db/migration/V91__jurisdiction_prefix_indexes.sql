-- Read models select a county or street office by code prefix (street_office_code LIKE '520121%'). Under the
-- database's C.UTF-8 collation PostgreSQL cannot answer LIKE from a plain B-tree index, so each of these reads
-- scanned its whole table: at province size a county's spending progress read all 60,720 funding rows four
-- times to find its 690 (docs/PERFORMANCE.md, "Tuning G"). Pattern-ops indexes answer a prefix LIKE under any
-- collation, prepared statements included (their custom plans see the pattern). assessment_fact has had one
-- since V40. Adding an index changes no row, so nothing needs rebuilding.
CREATE INDEX funding_ledger_entry_jurisdiction_prefix_idx ON funding_ledger_entry (jurisdiction_code varchar_pattern_ops);
CREATE INDEX compound_view_street_office_prefix_idx ON compound_view (street_office_code varchar_pattern_ops);
CREATE INDEX review_case_unit_jurisdiction_prefix_idx ON review_case (unit_jurisdiction text_pattern_ops);
CREATE INDEX measure_proposal_unit_jurisdiction_prefix_idx ON measure_proposal (unit_jurisdiction text_pattern_ops);
CREATE INDEX dashboard_fact_year_unit_prefix_idx ON dashboard_fact (year, unit_id text_pattern_ops);
