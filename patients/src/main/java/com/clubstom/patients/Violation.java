package com.clubstom.patients;

/**
 * A rule a patient's details break: the field as named in forms and the API ({@code representative.fullName}) and the
 * message code that explains it in the clinic's language.
 */
public record Violation(String field, String code) {
}
