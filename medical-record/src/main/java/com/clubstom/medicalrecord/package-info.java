/**
 * Medical record: what the clinic does for patients and what it finds.
 * <p>
 * Starts with the catalogue of clinical services and their prices ({@link com.clubstom.medicalrecord.ServiceCatalogue}):
 * the clinic's names, codes of the Russian nomenclature of medical services (Minzdrav order 804н), durations and prices
 * effective from a date, so that what was planned or done earlier keeps its price. Treatment plans, visits, scheduling and
 * finance all point at it. The medical questionnaire ({@link com.clubstom.medicalrecord.Questionnaires}): the patient's
 * answers about allergies, medications, infections, pregnancy and blood pressure, versioned, with what is critical raised
 * on the patient card and announced in {@link com.clubstom.medicalrecord.QuestionnaireUpdated}. The patient's files
 * ({@link com.clubstom.medicalrecord.PatientFiles}): X-rays, clinical photos and documents, checked by their content,
 * kept in GridFS with their thumbnails, linked to teeth and visits, every look audited. Depends on patients and staff;
 * the dental chart, diagnoses, plans and visits join it here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Medical record")
package com.clubstom.medicalrecord;
