package com.clubstom.medicalrecord;

/**
 * A broken rule of the catalogue, named as the form field it concerns and the message code that explains it
 * ({@code i18n/services.properties}).
 */
public record Violation(String field, String code) {
}
