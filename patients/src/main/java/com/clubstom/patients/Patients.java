package com.clubstom.patients;

import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The patient registry's storage. Searching is done by {@link PatientSearchQueries}, which reads only what a list shows. */
interface Patients extends MongoRepository<Patient, UUID> {
}
