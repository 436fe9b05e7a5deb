package com.clubstom.patients;

import java.util.List;

/**
 * A page of search results and how many patients match in all. Counting stops at {@link #COUNT_LIMIT} (the list then
 * says "more than …"): an exact count of a huge result helps nobody and would cost time on every keystroke.
 */
public record PatientMatches(List<PatientSummary> items, long total, boolean totalIsLowerBound, int page, int size) {

	public static final int COUNT_LIMIT = 10_000;

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public long firstShown() {
		return items.isEmpty() ? 0 : (long) page * size + 1;
	}

	public long lastShown() {
		return (long) page * size + items.size();
	}
}
