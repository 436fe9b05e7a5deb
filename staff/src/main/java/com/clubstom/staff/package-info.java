/**
 * Staff: the people who work in the clinic, where and when they work, and what they may do in ClubStom.
 * <p>
 * Owns staff members ({@link com.clubstom.staff.StaffMember}: position, specialisations, contacts, photo, calendar
 * colour, certificates, status) and the doctor catalogue ({@link com.clubstom.staff.StaffDirectory}); chairs and rooms
 * ({@link com.clubstom.staff.Chairs}); weekly working hours with vacations, sick leave and extra shifts
 * ({@link com.clubstom.staff.WorkingHours}, which scheduling asks whether someone works at a time); login accounts and
 * roles ({@link com.clubstom.staff.Accounts} for sign-in, {@link com.clubstom.staff.AccountAdministration} for the
 * owner's management, every change audited); and the clinic's own profile ({@link com.clubstom.staff.ClinicProfile}).
 * Upstream of every clinical context: it never depends on them. Other contexts contribute statistics to a profile
 * through {@link com.clubstom.staff.StaffProfileSection} and listen to the events published here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff")
package com.clubstom.staff;
