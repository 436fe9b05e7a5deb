package com.clubstom.medicalrecord;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored services of the catalogue. */
interface ClinicalServices extends MongoRepository<ClinicalService, UUID> {

	Optional<ClinicalService> findFirstByDetailsCode(String code);
}
