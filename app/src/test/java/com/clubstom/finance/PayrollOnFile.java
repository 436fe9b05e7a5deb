package com.clubstom.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.PerformedProcedure;
import com.clubstom.medicalrecord.VisitAmended;
import com.clubstom.medicalrecord.VisitCompleted;
import com.clubstom.staff.Accounts;
import com.clubstom.staff.PaySchemes;
import com.clubstom.staff.PayTerms;
import com.clubstom.staff.Percent;
import com.clubstom.staff.ProductionBase;
import com.clubstom.staff.Role;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.web.StaffOnFile;
import com.clubstom.web.StaffOnDuty;

/**
 * Test fixture: people on the payroll and the work they did, accrued straight through {@link Payroll} as its listeners
 * would (no waiting for asynchronous delivery), so that page tests read "the doctor completed a filling today".
 */
@Component
public class PayrollOnFile {

	private final Payroll payroll;
	private final PaySchemes pay;
	private final StaffOnFile people;
	private final Accounts accounts;
	private final UserDetailsService users;

	PayrollOnFile(Payroll payroll, PaySchemes pay, StaffOnFile people, Accounts accounts, UserDetailsService users) {
		this.payroll = payroll;
		this.pay = pay;
		this.people = people;
		this.accounts = accounts;
		this.users = users;
	}

	/** A staff member on the payroll and, when they sign in, the principal they sign in as. */
	public record Payee(StaffMemberId id, String name, UserDetails signedIn) {
	}

	/**
	 * A surgeon on a 20 000 ₽ salary and 30 % of production after discount from the first of this month, who signs in
	 * with a doctor's account of their own.
	 */
	public Payee aDoctorSigningIn(String lastName) {
		var doctor = people.aSurgeon(lastName);
		pay.setTerms(doctor, thisMonth().atDay(1), PayTerms.none().withSalary(Money.roubles(20_000))
				.withProductionShare(Percent.of("30"), ProductionBase.AFTER_DISCOUNT), 0);
		var username = "pay-" + UUID.randomUUID().toString().substring(0, 8);
		var fullName = lastName + " Виктор Андреевич";
		people.directory().linkAccount(doctor, accounts.openAccount(username, fullName, StaffOnDuty.PASSWORD, Set.of(Role.DOCTOR)));
		return new Payee(doctor, fullName, users.loadUserByUsername(username));
	}

	/** An assistant on a 45 000 ₽ salary and 5 % of the production they assist, without an account. */
	public Payee anAssistant(String lastName) {
		var assistant = people.anAssistant(lastName);
		pay.setTerms(assistant, thisMonth().atDay(1),
				PayTerms.none().withSalary(Money.roubles(45_000)).withAssistantShare(Percent.of("5")), 0);
		return new Payee(assistant, lastName + " Ольга Петровна", null);
	}

	/** A filling on 36 at 6 500 ₽ less 650 ₽ that {@code doctor} did today with {@code assistant}, completed and accrued. */
	public VisitCompleted aFillingToday(Payee doctor, Payee assistant) {
		var filling = new PerformedProcedure(UUID.randomUUID(), "A16.07.002.001", "Восстановление зуба пломбой", 36, "O", 1,
				Money.roubles(6_500), Money.roubles(650), null, null);
		var visit = new VisitCompleted(UUID.randomUUID(), null, UUID.randomUUID(), doctor.id().value(),
				assistant == null ? null : assistant.id().value(), today(), Instant.now(), List.of(filling), "orlov");
		payroll.accrue(visit);
		return visit;
	}

	/** A check-up and anaesthesia at 2 000 ₽ and 1 200 ₽ that {@code doctor} did today, completed and accrued. */
	public VisitCompleted aCheckUpToday(Payee doctor) {
		var checkUp = new PerformedProcedure(UUID.randomUUID(), "B01.065.001", "Приём врача-стоматолога первичный", null, null,
				1, Money.roubles(2_000), null, null, null);
		var anaesthesia = new PerformedProcedure(UUID.randomUUID(), "A11.07.022", "Аппликационная анестезия", null, null, 2,
				Money.roubles(600), null, null, null);
		var visit = new VisitCompleted(UUID.randomUUID(), null, UUID.randomUUID(), doctor.id().value(), null, today(),
				Instant.now(), List.of(checkUp, anaesthesia), "orlov");
		payroll.accrue(visit);
		return visit;
	}

	/** The visit amended today: its first procedure withdrawn, for {@code reason}. */
	public void firstProcedureWithdrawn(VisitCompleted visit, String reason) {
		payroll.accrue(new VisitAmended(visit.visitId(), UUID.randomUUID(), visit.appointmentId(), visit.patientId(),
				visit.doctorId(), reason, List.of(), List.of(visit.procedures().get(0)), Instant.now(), "orlov"));
	}

	/** Pay handed to the person at the cash desk today towards this month. */
	public void paid(Payee person, Money amount) {
		payroll.recordPayout(new SalaryPaid(UUID.randomUUID(), person.id().value(), thisMonth().toString(), amount, PaymentMethod.CASH,
				today(), Instant.now(), "t-accountant"));
	}

	public YearMonth thisMonth() {
		return payroll.currentMonth();
	}

	public LocalDate today() {
		return pay.today();
	}
}
