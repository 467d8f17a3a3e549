-- The audit log is append-only in the database too, not only in the application: any UPDATE or DELETE of
-- audit_entry fails, whoever sends it. H2 runs Java triggers only; it has no TRUNCATE trigger (PostgreSQL,
-- the production database, refuses TRUNCATE as well).
create trigger audit_entry_no_change
    before update, delete on audit_entry
    for each row call 'it.lombardia.codesign.audit.AppendOnlyTrigger';
