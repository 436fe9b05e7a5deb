package com.clubstom.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** All login accounts of the clinic. Only this context touches it; others go through {@link Accounts}. */
interface StaffAccounts extends MongoRepository<StaffAccount, UUID> {

	Optional<StaffAccount> findByUsername(String username);

	long countByEnabledTrue();

	long countByLockedUntilAfter(Instant now);

	long countByLastSignInAtAfter(Instant since);

	List<StaffAccount> findTop5ByLastSignInAtNotNullOrderByLastSignInAtDesc();
}
