package com.clubstom.staff.web;

import java.util.Arrays;

import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffCatalogueQuery;

/**
 * The catalogue's search bar as request parameters ({@code ?q=орлов&specialisation=SURGEON&status=current}); the
 * address always reflects what is shown.
 *
 * @param status {@code current} (working and on leave, the default), {@code dismissed} or {@code all}
 * @param specialisation a {@link Specialisation} name, or blank for any
 */
record CatalogueFilter(String q, String specialisation, String status) {

	CatalogueFilter {
		q = q == null ? "" : q.strip();
		specialisation = specialisation == null ? "" : specialisation.strip();
		status = status == null || status.isBlank() ? "current" : status;
	}

	StaffCatalogueQuery toQuery() {
		var wanted = Arrays.stream(Specialisation.values()).filter(s -> s.name().equals(specialisation)).findFirst()
				.orElse(null);
		var shown = switch (status) {
			case "dismissed" -> StaffCatalogueQuery.Shown.DISMISSED;
			case "all" -> StaffCatalogueQuery.Shown.ALL;
			default -> StaffCatalogueQuery.Shown.CURRENT;
		};
		return new StaffCatalogueQuery(q, wanted, shown);
	}
}
