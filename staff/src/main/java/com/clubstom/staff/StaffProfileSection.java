package com.clubstom.staff;

import java.util.Set;

/**
 * A part of the "Statistics" area of a staff member's profile, contributed by any context as a Spring bean (visits and
 * production from the medical record, pay from finance, …): the profile lists the sections visible to the signed-in
 * person in {@link #order()} and loads each with htmx from {@link #contentPath(StaffMemberId)}. Without any such bean
 * the profile shows no statistics area at all.
 * <p>
 * The contributing context serves the fragment and protects its path in the access rules; this context knows nothing
 * of it.
 */
public interface StaffProfileSection {

	/** Lower-case letters and hyphens, unique across the profile ("production"). */
	String key();

	/** The message code of the section's title. */
	String titleCode();

	/** Where the section stands: lower first. */
	int order();

	/** The path of the htmx fragment with the section's content for this staff member. */
	String contentPath(StaffMemberId member);

	/** Whether a person holding these roles (names such as {@code "OWNER"}) sees the section at all. */
	boolean isVisibleTo(Set<String> roles);
}
