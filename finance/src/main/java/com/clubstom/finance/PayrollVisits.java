package com.clubstom.finance;

import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The completed visits payroll heard of, under the visit's id; only {@link Payroll} uses it. */
interface PayrollVisits extends MongoRepository<PayrollVisit, UUID> {
}
