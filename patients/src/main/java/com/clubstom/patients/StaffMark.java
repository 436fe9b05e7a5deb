package com.clubstom.patients;

import java.time.Instant;

/** Who did something to a patient's record and when: shown on the card as "created by … on …". */
public record StaffMark(Instant at, String username, String fullName) {
}
