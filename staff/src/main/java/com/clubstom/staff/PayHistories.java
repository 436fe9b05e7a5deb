package com.clubstom.staff;

import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every staff member's pay history, stored under the staff member's id; only {@link PaySchemes} uses it. */
interface PayHistories extends MongoRepository<PayHistory, UUID> {
}
