package com.clubstom.medicalrecord.web;

import java.time.LocalDate;

/** A diagnosis as the chart lists it: for a tooth (or the mouth, when {@code tooth} is null), with its title translated. */
record DiagnosisLine(Integer tooth, String code, String title, LocalDate madeOn, String doctor, String note) {
}
