package com.clubstom.finance;

import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The payouts made towards payroll statements, under the cash desk operation's id; only {@link Payroll} uses it. */
interface SalaryPayouts extends MongoRepository<SalaryPayout, UUID> {

	List<SalaryPayout> findByStaffMemberIdAndMonthOrderByDayAscAtAsc(UUID staffMemberId, String month);

	List<SalaryPayout> findByMonth(String month);
}
