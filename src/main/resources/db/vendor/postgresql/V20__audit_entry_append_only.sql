-- The audit log is append-only in the database too, not only in the application: any UPDATE, DELETE or
-- TRUNCATE of audit_entry fails, whoever sends it. (The table's owner could still drop the triggers:
-- see docs/decisions/0003-append-only-audit-and-anonymous-ballots.md for a deployment with a separate owner.)
create function audit_entry_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_no_change
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
