package com.clubstom.finance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.VisitAmended;
import com.clubstom.medicalrecord.VisitCompleted;
import com.clubstom.staff.PaySchemes;
import com.clubstom.staff.PayTerms;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.StaffStatus;

/**
 * The payroll's API: what each person earned and was paid, per month.
 * <p>
 * <b>Accrual.</b> A completed visit accrues the doctor's and the assistants' pay for its procedures under the terms each
 * had on the visit's day ({@link VisitPay}), dated that day. An amendment corrects it on the day it is made: the
 * procedures it withdraws take back exactly the lines they were paid, the ones it adds are paid under the terms of the
 * visit's day. Payouts come from the cash desk ({@link SalaryPaid}). Events arrive at least once: each is written once,
 * under a key of its own, checked inside the listener's transaction with the unique key as the last guard.
 * <p>
 * <b>The month's salary</b> is the one in the terms in effect on the month's last day, whole (not prorated): the
 * terms that close the month settle it, and a statement reads the same whatever day it is opened. Nobody is paid a
 * salary for a month that began after their dismissal.
 */
@Service
public class Payroll {

	private final PayrollAccruals accruals;
	private final PayrollVisits visits;
	private final SalaryPayouts payouts;
	private final PaySchemes pay;
	private final StaffDirectory staff;
	private final TransactionOperations transactions;

	Payroll(PayrollAccruals accruals, PayrollVisits visits, SalaryPayouts payouts, PaySchemes pay, StaffDirectory staff,
			TransactionOperations transactions) {
		this.accruals = accruals;
		this.visits = visits;
		this.payouts = payouts;
		this.pay = pay;
		this.staff = staff;
		this.transactions = transactions;
	}

	/** Accrues what the visit earned each person who took part; a visit heard before changes nothing. */
	void accrue(VisitCompleted completed) {
		transactions.executeWithoutResult(status -> {
			if (visits.existsById(completed.visitId())) {
				return;
			}
			var visit = visits.insert(PayrollVisit.of(completed));
			VisitPay.earned(PayrollAccrual.visitSource(visit.visitId()), completed.doctorId(), completed.assistantId(),
					completed.procedures(), person -> termsOn(person, visit.day()))
					.forEach((person, lines) -> accruals.insert(
							PayrollAccrual.forVisit(visit, person, lines, completed.completedAt(), completed.by())));
		});
	}

	/**
	 * Corrects the pay for an amended visit: reverses the lines paid for each withdrawn procedure (the earliest not yet
	 * reversed, when the same procedure was paid twice) and accrues the added ones; an amendment heard before changes
	 * nothing. A withdrawn procedure nobody was paid for takes nothing back.
	 */
	void accrue(VisitAmended amended) {
		var source = PayrollAccrual.amendmentSource(amended.amendmentId());
		var day = LocalDate.ofInstant(amended.at(), staff.clinicZone());
		transactions.executeWithoutResult(status -> {
			if (accruals.existsBySource(source)) {
				return;
			}
			var visit = visits.findById(amended.visitId());
			var visitDay = visit.map(PayrollVisit::day).orElse(day);
			var lines = new LinkedHashMap<UUID, List<AccrualLine>>();
			reversals(source, amended).forEach((person, reversed) -> lines.computeIfAbsent(person, key -> new ArrayList<>())
					.addAll(reversed));
			VisitPay.earned(source, amended.doctorId(), visit.map(PayrollVisit::assistantId).orElse(null), amended.added(),
					person -> termsOn(person, visitDay))
					.forEach((person, added) -> lines.computeIfAbsent(person, key -> new ArrayList<>()).addAll(added));
			lines.forEach((person, personsLines) -> accruals.insert(PayrollAccrual.forAmendment(amended.amendmentId(),
					amended.visitId(), visitDay, amended.patientId(), day, person, personsLines, amended.at(), amended.by())));
		});
	}

	/** Keeps a payout from the cash desk towards the person's month; one heard before changes nothing. */
	void recordPayout(SalaryPaid paid) {
		transactions.executeWithoutResult(status -> {
			if (!payouts.existsById(paid.operationId())) {
				payouts.insert(SalaryPayout.of(paid));
			}
		});
	}

	/** The person's statement for the month; empty when no staff member has the id. */
	public Optional<PayrollStatement> statementOf(StaffMemberId person, YearMonth month) {
		return staff.find(person).map(member -> statement(member, month,
				accruals.findByStaffMemberIdAndMonthOrderByDayAscAtAsc(person.value(), month.toString()),
				payouts.findByStaffMemberIdAndMonthOrderByDayAscAtAsc(person.value(), month.toString())));
	}

	/**
	 * What is still to be paid to the person for the month (the cash desk's hint when paying a salary); negative when
	 * overpaid, zero for an unknown person.
	 */
	public Money owedTo(StaffMemberId person, YearMonth month) {
		return statementOf(person, month).map(PayrollStatement::owed).orElse(Money.ZERO);
	}

	/**
	 * The month's payroll: everyone on the team (working or on leave), and anyone dismissed who still had pay accrued or
	 * paid in the month, in the catalogue's order (by surname).
	 */
	public PayrollOverview overview(YearMonth month) {
		var accrued = accruals.findByMonth(month.toString()).stream()
				.collect(Collectors.groupingBy(accrual -> accrual.staffMemberId().value()));
		var paid = payouts.findByMonth(month.toString()).stream()
				.collect(Collectors.groupingBy(payout -> payout.staffMemberId().value()));
		var people = new ArrayList<PayrollSummary>();
		for (var member : staff.catalogue(new StaffCatalogueQuery("", null, StaffCatalogueQuery.Shown.ALL))) {
			var id = member.id().value();
			var active = accrued.containsKey(id) || paid.containsKey(id);
			if (member.status().isCurrent() || active) {
				people.add(PayrollSummary.of(statement(member, month, accrued.getOrDefault(id, List.of()),
						paid.getOrDefault(id, List.of()))));
			}
		}
		return new PayrollOverview(month, people);
	}

	/** The month today falls in, in the clinic's time zone. */
	public YearMonth currentMonth() {
		return YearMonth.from(pay.today());
	}

	private PayrollStatement statement(StaffMember member, YearMonth month, List<PayrollAccrual> accrued,
			List<SalaryPayout> paid) {
		var terms = pay.effectiveOn(member.id(), month.atEndOfMonth()).orElse(null);
		var dismissedBefore = member.status() == StaffStatus.DISMISSED && member.dismissedOn() != null
				&& member.dismissedOn().isBefore(month.atDay(1));
		var salary = terms == null || terms.salary() == null || dismissedBefore ? Money.ZERO : terms.salary();
		return new PayrollStatement(member.id(), member.fullName(), member.position(), month, terms, salary, accrued, paid);
	}

	/**
	 * The lines the withdrawn procedures were paid, each taken back once: for each withdrawn procedure, the earliest
	 * procedure of the visit with the same figures whose lines were not reversed yet.
	 */
	private Map<UUID, List<AccrualLine>> reversals(String source, VisitAmended amended) {
		var earlier = accruals.findByVisitIdOrderByAtAsc(amended.visitId());
		var taken = new HashSet<String>();
		earlier.forEach(accrual -> accrual.lines().stream().filter(AccrualLine::isReversal)
				.forEach(line -> taken.add(line.reverses())));
		var reversals = new LinkedHashMap<UUID, List<AccrualLine>>();
		for (int index = 0; index < amended.withdrawn().size(); index++) {
			var fingerprint = VisitPay.fingerprint(amended.withdrawn().get(index));
			var paidFor = earlier.stream().flatMap(accrual -> accrual.lines().stream())
					.filter(line -> !line.isReversal() && line.fingerprint().equals(fingerprint) && !taken.contains(line.procedure()))
					.map(AccrualLine::procedure).findFirst();
			if (paidFor.isEmpty()) {
				continue;
			}
			taken.add(paidFor.get());
			var place = source + "#w" + index;
			for (var accrual : earlier) {
				accrual.lines().stream().filter(line -> !line.isReversal() && line.procedure().equals(paidFor.get()))
						.forEach(line -> reversals.computeIfAbsent(accrual.staffMemberId().value(), key -> new ArrayList<>())
								.add(line.reversedAs(place)));
			}
		}
		return reversals;
	}

	private Optional<PayTerms> termsOn(UUID person, LocalDate day) {
		return pay.effectiveOn(new StaffMemberId(person), day);
	}
}
