package com.clubstom.medicalrecord;

import java.util.UUID;

/**
 * A member of staff who treats at a visit (the doctor, the assistant): their staff record's id, which finance pays by,
 * and their name as it was then, which the record shows.
 */
public record Practitioner(UUID staffMemberId, String name) {
}
