package com.clubstom.staff;

import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The clinic's chairs and rooms as stored; only {@link Chairs} uses it. */
interface StoredChairs extends MongoRepository<Chair, UUID> {

	List<Chair> findByActiveTrueOrderByNameAsc();

	List<Chair> findAllByOrderByNameAsc();

	boolean existsByNameKeyAndActiveTrueAndIdNot(String nameKey, UUID id);
}
