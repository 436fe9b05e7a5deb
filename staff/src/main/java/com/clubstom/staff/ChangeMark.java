package com.clubstom.staff;

import java.time.Instant;

/** Who did something to a staff member's record and when ("added by owner on 03.03.2025"). */
public record ChangeMark(Instant at, String username) {
}
