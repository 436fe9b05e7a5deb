package com.clubstom.medicalrecord.web;

/** A diagnosis of the visit as the page lists it: the tooth (null for the mouth), the ICD-10 code and its title. */
public record VisitDiagnosisLine(int index, Integer tooth, String code, String title) {
}
