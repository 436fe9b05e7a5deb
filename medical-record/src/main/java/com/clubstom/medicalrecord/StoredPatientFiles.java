package com.clubstom.medicalrecord;

import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** What describes patients' files, one document per file; the content is in the {@link FileStore}. */
interface StoredPatientFiles extends MongoRepository<PatientFile, UUID> {
}
