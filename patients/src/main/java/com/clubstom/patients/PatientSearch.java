package com.clubstom.patients;

/**
 * What the registry is asked: free text (any part of a name in any case, {@code ё} as {@code е}, several words in any
 * order, phone digits in any format, a date of birth), a status and a tag, an order and a page.
 *
 * @param status {@code null} for active and archived alike
 * @param page zero-based
 */
public record PatientSearch(String text, PatientStatus status, String tag, Order order, int page, int size) {

	public static final int LARGEST_PAGE = 100;

	public PatientSearch {
		text = text == null ? "" : text.strip();
		tag = tag == null || tag.isBlank() ? null : tag.strip();
		order = order == null ? Order.NAME : order;
		page = Math.max(page, 0);
		size = size <= 0 ? 20 : Math.min(size, LARGEST_PAGE);
	}

	/** Active patients whose name or phone matches, by name, first page. */
	public static PatientSearch forText(String text) {
		return new PatientSearch(text, PatientStatus.ACTIVE, null, Order.NAME, 0, 20);
	}

	public enum Order {
		/** Surname, first name, patronymic. */
		NAME,
		/** Newest registrations first. */
		REGISTERED,
		/** Most recently changed first. */
		CHANGED
	}
}
