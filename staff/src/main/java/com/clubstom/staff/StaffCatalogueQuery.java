package com.clubstom.staff;

/**
 * What the staff catalogue shows: people whose name or phone contains {@code text} (case and ё ignored), with a
 * specialisation ({@code null}: any), in a {@link Shown status group}.
 */
public record StaffCatalogueQuery(String text, Specialisation specialisation, Shown shown) {

	public StaffCatalogueQuery {
		text = text == null ? "" : text.strip();
		shown = shown == null ? Shown.CURRENT : shown;
	}

	public static StaffCatalogueQuery everyoneCurrent() {
		return new StaffCatalogueQuery("", null, Shown.CURRENT);
	}

	/** Which people by status: the current team (working and on leave, the default), the dismissed, or all. */
	public enum Shown {
		CURRENT, DISMISSED, ALL
	}
}
