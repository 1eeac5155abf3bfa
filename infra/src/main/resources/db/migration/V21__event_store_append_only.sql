-- History is never edited: corrections are new events. Axon only ever inserts into domainevententry,
-- so the database refuses updates, deletes and truncation from any client. (A superuser can still
-- disable this; the audit chain is what detects that, see docs/AUDIT.md.)
CREATE FUNCTION domain_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'domainevententry is append-only: corrections are new events';
END;
$$;
CREATE TRIGGER domainevententry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON domainevententry
    FOR EACH STATEMENT EXECUTE FUNCTION domain_event_is_append_only();
