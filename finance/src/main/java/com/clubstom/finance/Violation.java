package com.clubstom.finance;

/** A broken rule, named by the form field it belongs beside and the message code that explains it. */
public record Violation(String field, String code) {
}
