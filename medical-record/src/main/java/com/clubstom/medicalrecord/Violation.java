package com.clubstom.medicalrecord;

/**
 * A broken rule of the medical record, named as the form field it concerns and the message code that explains it
 * ({@code i18n/services.properties}, {@code i18n/questionnaire.properties}).
 */
public record Violation(String field, String code) {
}
