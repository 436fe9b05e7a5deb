/**
 * Audit: the clinic's tamper-evident record of who looked at or changed whose personal and medical data, when, and from
 * which address.
 * <p>
 * A shared mechanism below every context that holds such data: a context calls {@link com.clubstom.audit.AuditTrail}
 * when its data is viewed, changed or exported, and depends on nothing else here, so no context ever needs another one
 * to be audited. Entries are append-only and hash-chained; {@link com.clubstom.audit.AuditTrail#verify()} shows whether
 * the chain is intact. Who is acting comes from the application through {@link com.clubstom.audit.Actors}.
 * <p>
 * The owner reads the trail on the audit page ({@code /audit}, in the internal {@code web} package): filtered by patient,
 * staff member, action and period, exported as CSV (the export is itself recorded), and verified on demand. A hash chain
 * shows entries changed, deleted or moved inside the trail; entries cut off its end, or a tail rewritten wholesale by
 * someone with write access to the database, show only against an earlier export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package com.clubstom.audit;
