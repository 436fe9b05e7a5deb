package com.clubstom.scheduling;

/**
 * A broken booking rule, named as the form field it concerns and the message code that explains it
 * ({@code i18n/scheduling.properties}).
 */
public record Violation(String field, String code) {
}
