package com.clubstom.medicalrecord;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored medical questionnaires, one per patient. */
interface MedicalQuestionnaires extends MongoRepository<MedicalQuestionnaire, UUID> {

	Optional<MedicalQuestionnaire> findByPatientId(UUID patientId);

	List<MedicalQuestionnaire> findByPatientIdIn(Collection<UUID> patientIds);
}
