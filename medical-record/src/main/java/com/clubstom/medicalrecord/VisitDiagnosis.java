package com.clubstom.medicalrecord;

import org.jmolecules.ddd.annotation.ValueObject;

/** A diagnosis made at a visit: the ICD-10 code (its name is the classifier's, in the reader's language), for a tooth or for the mouth ({@code tooth} null). */
@ValueObject
public record VisitDiagnosis(Tooth tooth, String code) {
}
