package com.clubstom.finance;

import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The accrued pay, by person and month; only {@link Payroll} uses it. */
interface PayrollAccruals extends MongoRepository<PayrollAccrual, String> {

	List<PayrollAccrual> findByStaffMemberIdAndMonthOrderByDayAscAtAsc(UUID staffMemberId, String month);

	List<PayrollAccrual> findByMonth(String month);

	/** Everything accrued for a visit, its amendments' corrections included, the earliest first. */
	List<PayrollAccrual> findByVisitIdOrderByAtAsc(UUID visitId);

	boolean existsBySource(String source);
}
