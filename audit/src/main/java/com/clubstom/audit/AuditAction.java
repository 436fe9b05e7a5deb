package com.clubstom.audit;

/** What was done to the data, in the clinic's words. */
public enum AuditAction {

	/** A card, tab, document or file was looked at. */
	VIEW,
	/** A record was created. */
	CREATE,
	/** A record was changed; the entry names the changed fields. */
	CHANGE,
	/** A record was archived (hidden from default lists, never deleted). */
	ARCHIVE,
	/** An archived record was brought back. */
	RESTORE,
	/** Data left the system: a CSV, a print, a download. */
	EXPORT
}
