/**
 * The audit log: every change a feature reports with {@link it.lombardia.codesign.shared.AuditEvent}
 * is kept, with who made it and the thing before and after, and administrators can read it. Entries
 * are written in the transaction of the change and never changed or deleted afterwards: the database
 * refuses it too (a trigger on {@code audit_entry}, see {@link it.lombardia.codesign.audit.AppendOnlyTrigger}
 * for H2).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package it.lombardia.codesign.audit;
