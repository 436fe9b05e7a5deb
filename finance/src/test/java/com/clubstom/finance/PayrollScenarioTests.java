package com.clubstom.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.PerformedProcedure;
import com.clubstom.medicalrecord.VisitAmended;
import com.clubstom.medicalrecord.VisitCompleted;
import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.PaySchemes;
import com.clubstom.staff.PayTerms;
import com.clubstom.staff.Percent;
import com.clubstom.staff.Position;
import com.clubstom.staff.ProductionBase;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.StaffMemberId;

/**
 * Payroll hears of completed and amended visits and of salary paid at the cash desk: each accrues or pays once however
 * often it is heard, an amendment reverses what its withdrawn procedures were paid, and the month's statement adds up.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PayrollScenarioTests {

	@Autowired Payroll payroll;
	@Autowired StaffDirectory staff;
	@Autowired PaySchemes pay;
	@Autowired CompletedEventPublications completed;

	StaffMemberId hire(String lastName, Position position, PayTerms terms) {
		var person = staff.hire(new StaffMemberDetails(lastName, "Андрей", "Сергеевич", position,
				position == Position.DOCTOR ? Set.of(Specialisation.THERAPIST) : Set.of(), null, null,
				new CalendarColour("#3B5BDB"), null, null, null));
		pay.setTerms(person, pay.today().withDayOfMonth(1), terms, 0);
		return person;
	}

	/** A therapist on 30 % of production after discount and 1 500 ₽ per endodontic treatment, with a 20 000 ₽ salary. */
	StaffMemberId aDoctor(String lastName) {
		return hire(lastName, Position.DOCTOR, PayTerms.none().withSalary(Money.roubles(20_000))
				.withProductionShare(Percent.of("30"), ProductionBase.AFTER_DISCOUNT)
				.withServiceRate("A16.07.030", Money.roubles(1_500)));
	}

	/** An assistant on a 45 000 ₽ salary and 5 % of the production they assist. */
	StaffMemberId anAssistant(String lastName) {
		return hire(lastName, Position.ASSISTANT,
				PayTerms.none().withSalary(Money.roubles(45_000)).withAssistantShare(Percent.of("5")));
	}

	static PerformedProcedure filling() {
		return new PerformedProcedure(UUID.randomUUID(), "A16.07.002.001", "Пломба", 36, "O", 1, Money.roubles(6_500),
				Money.roubles(650), null, null);
	}

	static PerformedProcedure rootCanal() {
		return new PerformedProcedure(UUID.randomUUID(), "A16.07.030", "Эндодонтическое лечение", 46, "", 2,
				Money.roubles(9_000), null, null, null);
	}

	VisitCompleted aVisit(StaffMemberId doctor, StaffMemberId assistant, PerformedProcedure... procedures) {
		return new VisitCompleted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), doctor.value(),
				assistant == null ? null : assistant.value(), pay.today(), now(), List.of(procedures), "orlov");
	}

	/** Now as MongoDB keeps it (milliseconds), so that an event read back from the publication registry equals the one sent. */
	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	YearMonth thisMonth() {
		return payroll.currentMonth();
	}

	Money earnedBy(StaffMemberId person) {
		return payroll.statementOf(person, thisMonth()).orElseThrow().earned();
	}

	/** How many deliveries of the event the payroll's listener has finished (patients' accounts hear visits too). */
	long deliveriesOf(Object event) {
		return completed.findAll().stream().filter(publication -> event.equals(publication.getEvent()))
				.filter(publication -> publication instanceof TargetEventPublication target
						&& target.getTargetIdentifier().getValue().contains("PayFollowsTheWork"))
				.count();
	}

	@Test
	void aVisitHeardTwiceAccruesTheDoctorsAndTheAssistantsPayOnce(Scenario scenario) {
		var doctor = aDoctor("Орлов");
		var assistant = anAssistant("Белова");
		var visit = aVisit(doctor, assistant, filling(), rootCanal());

		scenario.publish(visit).andWaitForStateChange(() -> earnedBy(doctor), earned -> earned.isPositive());
		scenario.publish(visit).andWaitForStateChange(() -> deliveriesOf(visit), count -> count == 2);

		var statement = payroll.statementOf(doctor, thisMonth()).orElseThrow();
		assertThat(statement.accruals()).singleElement().satisfies(accrual -> {
			assertThat(accrual.visitId()).isEqualTo(visit.visitId());
			assertThat(accrual.patientId()).isEqualTo(visit.patientId());
			assertThat(accrual.day()).isEqualTo(visit.day());
			assertThat(accrual.isCorrection()).isFalse();
			assertThat(accrual.lines()).extracting(AccrualLine::kind)
					.containsExactly(AccrualKind.PRODUCTION_SHARE, AccrualKind.SERVICE_RATE);
		});
		// 30 % of 5 850 ₽ for the filling; 2 × 1 500 ₽ for the root canals
		assertThat(statement.subtotal(AccrualKind.PRODUCTION_SHARE)).isEqualTo(Money.of("1755"));
		assertThat(statement.subtotal(AccrualKind.SERVICE_RATE)).isEqualTo(Money.of("3000"));
		// 5 % of 5 850 ₽ and of 18 000 ₽
		assertThat(earnedBy(assistant)).isEqualTo(Money.of("1192.50"));
	}

	@Test
	void anAmendmentTakesBackWhatAWithdrawnProcedureWasPaidAndPaysForAnAddedOneOnce(Scenario scenario) {
		var doctor = aDoctor("Поправкин");
		var assistant = anAssistant("Ассистентова");
		var filling = filling();
		var visit = aVisit(doctor, assistant, filling, rootCanal());
		scenario.publish(visit).andWaitForStateChange(() -> earnedBy(assistant), earned -> earned.isPositive());
		var anaesthesia = new PerformedProcedure(UUID.randomUUID(), "A11.07.022", "Анестезия", null, null, 1,
				Money.roubles(1_000), null, null, null);
		var amended = new VisitAmended(visit.visitId(), UUID.randomUUID(), visit.appointmentId(), visit.patientId(),
				doctor.value(), "Пломба записана не тому пациенту", List.of(anaesthesia), List.of(filling), now(), "orlov");

		scenario.publish(amended).andWaitForStateChange(() -> payroll.statementOf(doctor, thisMonth()).orElseThrow().accruals()
				.size(), count -> count == 2);
		scenario.publish(amended).andWaitForStateChange(() -> deliveriesOf(amended), count -> count == 2);

		var statement = payroll.statementOf(doctor, thisMonth()).orElseThrow();
		var correction = statement.accruals().get(1);
		assertThat(correction.isCorrection()).isTrue();
		assertThat(correction.amendmentId()).isEqualTo(amended.amendmentId());
		assertThat(correction.visitId()).isEqualTo(visit.visitId());
		assertThat(correction.visitDay()).isEqualTo(visit.day());
		assertThat(correction.lines()).extracting(AccrualLine::amount).containsExactly(Money.of("-1755"), Money.of("300"));
		assertThat(correction.lines().get(0).reverses()).isEqualTo(statement.accruals().get(0).lines().get(0).procedure());
		// 1 755 ₽ less 1 755 ₽, plus 30 % of 1 000 ₽, plus the root canals' 3 000 ₽
		assertThat(statement.earned()).isEqualTo(Money.of("3300"));
		assertThat(statement.subtotal(AccrualKind.PRODUCTION_SHARE)).isEqualTo(Money.of("300"));
		// the visit's assistant had 5 % of 5 850 ₽ and 18 000 ₽ (1 192,50 ₽), loses the filling's 292,50 ₽ and gains 5 % of
		// the anaesthesia (50 ₽), though the amendment does not name them
		assertThat(earnedBy(assistant)).isEqualTo(Money.of("950"));
	}

	@Test
	void aProcedureWithdrawnTwiceByTwoAmendmentsIsTakenBackOnlyAsOftenAsItWasPaid(Scenario scenario) {
		var doctor = aDoctor("Дважды");
		var filling = filling();
		var visit = aVisit(doctor, null, filling);
		scenario.publish(visit).andWaitForStateChange(() -> earnedBy(doctor), earned -> earned.isPositive());
		var first = new VisitAmended(visit.visitId(), UUID.randomUUID(), null, visit.patientId(), doctor.value(), "Ошибка",
				List.of(), List.of(filling), now(), "orlov");
		var second = new VisitAmended(visit.visitId(), UUID.randomUUID(), null, visit.patientId(), doctor.value(), "Ошибка",
				List.of(), List.of(filling), now(), "orlov");

		scenario.publish(first).andWaitForStateChange(() -> earnedBy(doctor), Money::isZero);
		scenario.publish(second).andWaitForStateChange(() -> deliveriesOf(second), count -> count == 1);

		assertThat(earnedBy(doctor)).isEqualTo(Money.ZERO);
	}

	@Test
	void salaryPaidAtTheCashDeskReducesWhatIsOwedOnceHoweverOftenItIsHeard(Scenario scenario) {
		var assistant = anAssistant("Выплатова");
		var paid = new SalaryPaid(UUID.randomUUID(), assistant.value(), thisMonth().toString(), Money.roubles(20_000),
				PaymentMethod.CASH, pay.today(), now(), "morozova");
		assertThat(payroll.owedTo(assistant, thisMonth())).isEqualTo(Money.roubles(45_000));

		scenario.publish(paid).andWaitForStateChange(() -> payroll.owedTo(assistant, thisMonth()),
				owed -> owed.equals(Money.roubles(25_000)));
		scenario.publish(paid).andWaitForStateChange(() -> deliveriesOf(paid), count -> count == 2);

		var statement = payroll.statementOf(assistant, thisMonth()).orElseThrow();
		assertThat(statement.payouts()).singleElement().satisfies(payout -> {
			assertThat(payout.operationId()).isEqualTo(paid.operationId());
			assertThat(payout.method()).isEqualTo(PaymentMethod.CASH);
			assertThat(payout.amount()).isEqualTo(Money.roubles(20_000));
			assertThat(payout.day()).isEqualTo(pay.today());
		});
		assertThat(statement.owed()).isEqualTo(Money.roubles(25_000));
		assertThat(payroll.owedTo(assistant, thisMonth())).isEqualTo(Money.roubles(25_000));
		assertThat(payroll.owedTo(assistant, thisMonth().minusMonths(1))).isEqualTo(Money.ZERO);
	}

	@Test
	void theStatementAddsTheSalaryToWhatTheVisitsEarnedAndShowsAnOverpaymentAsNegative(Scenario scenario) {
		var doctor = aDoctor("Итогов");
		var visit = aVisit(doctor, null, filling());
		scenario.publish(visit).andWaitForStateChange(() -> earnedBy(doctor), earned -> earned.isPositive());
		var paid = new SalaryPaid(UUID.randomUUID(), doctor.value(), thisMonth().toString(), Money.roubles(25_000),
				PaymentMethod.TRANSFER, pay.today(), now(), "morozova");
		payroll.recordPayout(paid);

		var statement = payroll.statementOf(doctor, thisMonth()).orElseThrow();
		assertThat(statement.name()).isEqualTo("Итогов Андрей Сергеевич");
		assertThat(statement.salary()).isEqualTo(Money.roubles(20_000));
		assertThat(statement.earned()).isEqualTo(Money.of("1755"));
		assertThat(statement.accrued()).isEqualTo(Money.of("21755"));
		assertThat(statement.paid()).isEqualTo(Money.roubles(25_000));
		assertThat(statement.owed()).isEqualTo(Money.of("-3245"));
		assertThat(statement.isOverpaid()).isTrue();
		assertThat(statement.kindsEarned()).containsExactly(AccrualKind.PRODUCTION_SHARE);

		var overview = payroll.overview(thisMonth());
		assertThat(overview.people()).filteredOn(line -> line.staffMember().equals(doctor)).singleElement()
				.satisfies(line -> {
					assertThat(line.accrued()).isEqualTo(Money.of("21755"));
					assertThat(line.paid()).isEqualTo(Money.roubles(25_000));
					assertThat(line.owed()).isEqualTo(Money.of("-3245"));
				});
	}

	@Test
	void aMonthWithoutWorkOwesTheSalaryOfTheTermsInEffectOnItsLastDay() {
		var assistant = anAssistant("Окладова");
		var nextMonth = thisMonth().plusMonths(1);
		pay.setTerms(assistant, nextMonth.atDay(15), PayTerms.none().withSalary(Money.roubles(50_000)),
				pay.payHistoryOf(assistant).version());

		assertThat(payroll.statementOf(assistant, thisMonth()).orElseThrow().accrued()).isEqualTo(Money.roubles(45_000));
		assertThat(payroll.statementOf(assistant, nextMonth).orElseThrow().accrued()).isEqualTo(Money.roubles(50_000));
		assertThat(payroll.statementOf(assistant, thisMonth().minusMonths(2)).orElseThrow().accrued()).isEqualTo(Money.ZERO);
		assertThat(payroll.statementOf(new StaffMemberId(UUID.randomUUID()), thisMonth())).isEmpty();
	}

	@Test
	void aVisitBeforeTheTermsBeganEarnsNothing(Scenario scenario) {
		var doctor = aDoctor("Раннев");
		var early = new VisitCompleted(UUID.randomUUID(), null, UUID.randomUUID(), doctor.value(), null,
				LocalDate.of(2020, 3, 2), Instant.parse("2020-03-02T09:00:00Z"), List.of(filling()), "orlov");

		scenario.publish(early).andWaitForStateChange(() -> deliveriesOf(early), count -> count == 1);

		assertThat(payroll.statementOf(doctor, YearMonth.of(2020, 3)).orElseThrow().accruals()).isEmpty();
	}
}
