package com.clubstom.finance;

import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The ledger's entries; only ever inserted. */
interface LedgerEntries extends MongoRepository<LedgerEntry, UUID> {

	List<LedgerEntry> findByPatientIdOrderByNumberAsc(UUID patientId);

	/** The signed amounts alone: what a balance is summed from, without reading the lines. */
	List<EntryAmount> findAmountsByPatientId(UUID patientId);

	boolean existsBySourceKey(String sourceKey);

	/** Only the amount of an entry (a DTO projection: the rest is not read). */
	record EntryAmount(com.clubstom.kernel.Money amount) {
	}
}
