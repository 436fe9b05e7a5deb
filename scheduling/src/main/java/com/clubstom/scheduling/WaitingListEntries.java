package com.clubstom.scheduling;

import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every waiting list entry, the open ones by when they were added (first come, first offered). */
interface WaitingListEntries extends MongoRepository<WaitingListEntry, UUID> {

	List<WaitingListEntry> findByStatusOrderByAddedAtAsc(WaitingListStatus status);

	List<WaitingListEntry> findByPatientIdAndStatus(UUID patientId, WaitingListStatus status);
}
