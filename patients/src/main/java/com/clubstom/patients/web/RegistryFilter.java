package com.clubstom.patients.web;

import com.clubstom.patients.PatientSearch;
import com.clubstom.patients.PatientStatus;

/**
 * The registry's search bar as request parameters ({@code ?q=иван&status=active&tag=VIP&sort=name&page=0}); the
 * address always reflects what is shown, so a search can be bookmarked or sent to a colleague.
 *
 * @param status {@code active} (default), {@code archived} or {@code all}
 * @param sort {@code name} (default), {@code registered} or {@code changed}
 */
record RegistryFilter(String q, String status, String tag, String sort, Integer page) {

	static final int PAGE_SIZE = 25;

	RegistryFilter {
		q = q == null ? "" : q.strip();
		status = status == null || status.isBlank() ? "active" : status;
		tag = tag == null ? "" : tag.strip();
		sort = sort == null || sort.isBlank() ? "name" : sort;
		page = page == null || page < 0 ? 0 : page;
	}

	PatientSearch toSearch() {
		var wantedStatus = switch (status) {
			case "archived" -> PatientStatus.ARCHIVED;
			case "all" -> null;
			default -> PatientStatus.ACTIVE;
		};
		var order = switch (sort) {
			case "registered" -> PatientSearch.Order.REGISTERED;
			case "changed" -> PatientSearch.Order.CHANGED;
			default -> PatientSearch.Order.NAME;
		};
		return new PatientSearch(q, wantedStatus, tag, order, page, PAGE_SIZE);
	}
}
