package com.clubstom.staff;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Everyone on the staff, present and past. The catalogue's search is a query in {@link StaffDirectory}. */
interface Roster extends MongoRepository<StaffMember, UUID> {

	Optional<StaffMember> findByAccountId(UUID accountId);
}
