package com.clubstom.medicalrecord;

/** Who recorded something in the clinical record: the staff member's login and their name as it was then. */
public record Clinician(String username, String fullName) {
}
