/**
 * Patients: the clinic's registry of the people it treats.
 * <p>
 * Owns the patient's identity (name, date of birth, sex), contacts, identity documents and health-insurance (ДМС) policy,
 * the legal representative of a minor, the consent to processing of personal data (152-FZ), tags and notes, the
 * active/archived status (patients are never deleted: medical records must be retained), and the search over all of it.
 * <p>
 * The patient card is one page whose tabs other contexts contribute by implementing {@link
 * com.clubstom.patients.PatientCardTab} (and header alerts through {@link com.clubstom.patients.PatientAlerts}); this
 * context never knows them. Other contexts use {@link com.clubstom.patients.PatientRegistry} and listen to
 * {@link com.clubstom.patients.PatientRegistered}, {@link com.clubstom.patients.PatientDetailsChanged},
 * {@link com.clubstom.patients.PatientArchived} and {@link com.clubstom.patients.PatientRestored}. Every view and change
 * of a patient's data is recorded in the shared audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patients")
package com.clubstom.patients;
