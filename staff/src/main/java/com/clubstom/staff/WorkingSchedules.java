package com.clubstom.staff;

import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every staff member's working schedule, stored under the staff member's id; only {@link WorkingHours} uses it. */
interface WorkingSchedules extends MongoRepository<WorkingSchedule, UUID> {
}
