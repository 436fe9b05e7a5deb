package com.clubstom.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param entries the entries on this page
 * @param total how many entries match the query in all
 * @param page the page number, from 0
 * @param size the page size asked for
 */
public record AuditEntries(List<AuditEntryView> entries, long total, int page, int size) {

	public AuditEntries {
		entries = List.copyOf(entries);
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	/** How many pages the matching entries fill (at least one, so "page 1 of 1" reads right for no entries). */
	public int totalPages() {
		return size <= 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
	}

	/** The position of the first entry of this page among all matching ones, from 1 (0 when there are none). */
	public long firstPosition() {
		return entries.isEmpty() ? 0 : (long) page * size + 1;
	}

	/** The position of the last entry of this page among all matching ones (0 when there are none). */
	public long lastPosition() {
		return entries.isEmpty() ? 0 : (long) page * size + entries.size();
	}
}
