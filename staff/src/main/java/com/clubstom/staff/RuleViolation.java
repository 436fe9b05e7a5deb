package com.clubstom.staff;

/** A rule that what was typed breaks: the field as forms name it and the message code that explains it. */
public record RuleViolation(String field, String code) {
}
