package com.clubstom.scheduling;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The freed slots, the coming ones by start. */
interface FreedSlots extends MongoRepository<FreedSlot, String> {

	List<FreedSlot> findByStartAfterOrderByStartAsc(LocalDateTime now);
}
