/**
 * Staff: the people who work in the clinic and what they may do in ClubStom.
 * <p>
 * Owns login accounts (username, password hash, roles, enabled, sign-in lockout), the roles themselves
 * ({@link com.clubstom.staff.Role}) and the clinic's own profile (name, time zone, currency). Upstream of every clinical
 * context: it never depends on them. Other contexts use {@link com.clubstom.staff.Accounts} and
 * {@link com.clubstom.staff.ClinicProfile}, and listen to the events published here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package com.clubstom.staff;
