package com.clubstom.patients;

import java.util.Set;

/**
 * A tab of the patient card, contributed by any context as a Spring bean: the card lists the tabs visible to the
 * signed-in person in {@link #order()}, and loads a tab's content with htmx from {@link #contentPath(PatientId)} when it
 * is first opened. The card's address names the open tab ({@code /patients/{id}/{key}}), so it can be bookmarked.
 * <p>
 * The contributing context serves the fragment, protects its path in the access rules and records the view in the
 * audit trail; this context knows nothing of it.
 */
public interface PatientCardTab {

	/** The tab's part of the card address: lower-case letters and hyphens, unique across the card ("finance"). */
	String key();

	/** The message code of the tab's title. */
	String titleCode();

	/** Where the tab stands: lower first. Patients' own tabs use 10 (profile) and 20 (documents). */
	int order();

	/** The path of the htmx fragment with the tab's content for this patient. */
	String contentPath(PatientId patient);

	/** Whether a person holding these roles (names such as {@code "DOCTOR"}) sees the tab at all. */
	boolean isVisibleTo(Set<String> roles);
}
