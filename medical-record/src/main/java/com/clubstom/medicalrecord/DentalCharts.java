package com.clubstom.medicalrecord;

import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored dental charts, one per patient, keyed by the patient's id. */
interface DentalCharts extends MongoRepository<DentalChart, UUID> {
}
