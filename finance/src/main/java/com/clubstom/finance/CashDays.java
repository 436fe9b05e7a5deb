package com.clubstom.finance;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The cash desk's business days. */
interface CashDays extends MongoRepository<CashDay, String> {

	/** The latest closed day before {@code day}: its closing cash is where the next days start. */
	Optional<CashDay> findFirstByClosedTrueAndDayBeforeOrderByDayDesc(LocalDate day);

	Optional<CashDay> findFirstByClosedTrueOrderByDayDesc();
}
