package com.clubstom.audit;

/**
 * Who acted and from where.
 *
 * @param username the staff member's login, or {@code "system"} for work nobody triggered by hand (demo seeding, event
 *        listeners)
 * @param fullName the person's name as shown in the trail
 * @param address the client's IP address, empty when there is no request
 */
public record Actor(String username, String fullName, String address) {

	public static final String SYSTEM = "system";

	public Actor {
		username = username == null || username.isBlank() ? SYSTEM : username;
		fullName = fullName == null ? username : fullName;
		address = address == null ? "" : address;
	}

	public static Actor system() {
		return new Actor(SYSTEM, "ClubStom", "");
	}

	public boolean isSystem() {
		return SYSTEM.equals(username);
	}
}
