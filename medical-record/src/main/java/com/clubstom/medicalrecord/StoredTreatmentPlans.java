package com.clubstom.medicalrecord;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored treatment plans. */
interface StoredTreatmentPlans extends MongoRepository<TreatmentPlan, UUID> {

	List<TreatmentPlan> findByPatientId(UUID patientId);

	List<TreatmentPlan> findByPatientIdAndStatusIn(UUID patientId, Collection<PlanStatus> statuses);
}
