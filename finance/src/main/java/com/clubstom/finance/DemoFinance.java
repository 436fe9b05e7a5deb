package com.clubstom.finance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.medicalrecord.VisitCompleted;
import com.clubstom.patients.PatientId;
import com.clubstom.staff.ClinicProfile;
import com.clubstom.staff.DemoCredentials;
import com.clubstom.staff.PaySchemes;
import com.clubstom.staff.PayTerms;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;

/**
 * The {@code demo} profile's money, day by day over the clinic's history (the ten weeks of the demo appointments): each
 * completed demo visit charged and mostly paid at the desk that day (by card, in cash, some by the insurer, a few left
 * owing, a few prepaid by a deposit, one refund); rent, utilities, materials, medicines and advertising; salary advances
 * on the 20th and the rest of the month's pay on the 5th, as payroll states it; cash taken to the bank when the till
 * fills; and every past day closed in the evening. Today stays open. Runs after the demo visits (order 45), once.
 */
@Component
@Profile("demo")
class DemoFinance {

	private static final Logger LOG = LoggerFactory.getLogger(DemoFinance.class);
	static final int HISTORY_WEEKS = 10;
	private static final long SEED = 20_261_125L;
	private static final String DESK = DemoCredentials.USERNAMES.get(1);
	private static final String ACCOUNTANT = DemoCredentials.USERNAMES.get(4);
	private static final Money CHANGE_FUND = Money.roubles(10_000);
	private static final Money TILL_LIMIT = Money.roubles(40_000);
	private static final String[] MATERIALS = { "Композиты и адгезивы", "Слепочные массы", "Эндодонтические файлы и гуттаперча",
			"Боры и полиры", "Расходные материалы для гигиены" };

	private final PatientAccounts accounts;
	private final CashDesk cashDesk;
	private final CashDays days;
	private final Payroll payroll;
	private final ClinicalVisits visits;
	private final StaffDirectory staff;
	private final PaySchemes paySchemes;
	private final ClinicProfile clinic;
	private final PayrollVisits heardByPayroll;
	private final org.springframework.core.env.Environment environment;

	DemoFinance(PatientAccounts accounts, CashDesk cashDesk, CashDays days, Payroll payroll, ClinicalVisits visits,
			StaffDirectory staff, PaySchemes paySchemes, ClinicProfile clinic, PayrollVisits heardByPayroll,
			org.springframework.core.env.Environment environment) {
		this.accounts = accounts;
		this.cashDesk = cashDesk;
		this.days = days;
		this.payroll = payroll;
		this.visits = visits;
		this.staff = staff;
		this.paySchemes = paySchemes;
		this.clinic = clinic;
		this.heardByPayroll = heardByPayroll;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(50) // after the demo visits (order 45), whose completions it charges and pays
	void seed() {
		// a history is there already, or the benchmark's generator writes one of its own (LedgerGenerator)
		if (days.findFirstByClosedTrueOrderByDayDesc().isPresent() || environment.containsProperty("clubstom.generate.ledger")) {
			return;
		}
		var started = System.nanoTime();
		var random = new Random(SEED);
		var today = accounts.today();
		var from = today.minusWeeks(HISTORY_WEEKS);
		var completions = visits.completionsBetween(from, today);
		awaitPayrollHearing(completions);
		var byDay = completions.stream()
				.sorted(Comparator.comparing(VisitCompleted::day).thenComparing(VisitCompleted::visitId))
				.collect(Collectors.groupingBy(VisitCompleted::day));
		cashDesk.recordOn(new CashRequest(CashKind.INCOME, CashCategory.OTHER_INCOME, CHANGE_FUND, PaymentMethod.CASH,
				"Размен на начало работы кассы", null, null), from, at(from, 8, 45), ACCOUNTANT);
		var charged = 0;
		for (var day = from; !day.isAfter(today); day = day.plusDays(1)) {
			var ofTheDay = byDay.getOrDefault(day, List.of());
			for (int index = 0; index < ofTheDay.size(); index++) {
				// paid one after another through the day, from half past nine
				var paidAt = notLaterThanNow(at(day, 9, 30).plus(Duration.ofMinutes(20L * index + random.nextInt(15))));
				settle(ofTheDay.get(index), paidAt, random, today);
				charged++;
			}
			if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				runningCosts(day, random);
				salaries(day);
			}
			if (day.isBefore(today)) {
				bankTheSurplus(day);
				cashDesk.closeOn(day, at(day, 20, 30), ACCOUNTANT);
			}
		}
		LOG.info("Demo finance: {} visits charged and settled, {} days of the cash desk, in {} ms", charged,
				java.time.temporal.ChronoUnit.DAYS.between(from, today) + 1, (System.nanoTime() - started) / 1_000_000);
	}

	/** The visit's charge (idempotent: the listener may have made it), and how the patient settled it at the desk. */
	private void settle(VisitCompleted visit, Instant paidAt, Random random, LocalDate today) {
		var patient = new PatientId(visit.patientId());
		var charge = Charge.of(visit);
		accounts.charge(charge);
		var total = Money.sum(charge.lines().stream().map(ChargeLine::total).toList());
		var draw = random.nextInt(100);
		if (draw < 6 && total.compareTo(Money.roubles(15_000)) > 0) {
			// a prepayment in the morning, before the treatment; the rest (if any) after it
			var deposit = Money.roubles(15_000);
			accounts.postOn(patient, Posting.deposit(deposit, PaymentMethod.CARD), visit.day(), at(visit.day(), 8, 50), DESK);
			var rest = accounts.balanceOf(patient).debt();
			if (rest.isPositive()) {
				accounts.postOn(patient, Posting.payment(rest, PaymentMethod.CARD), visit.day(), paidAt, DESK);
			}
			return;
		}
		if (draw < 14 && !visit.day().isBefore(today.minusWeeks(3))) {
			return; // still owing: the front desk will call
		}
		if (draw < 16 && total.isPositive()) {
			// paid in cash with 5 000 ₽ more for the next stage, which was then put off: the 5 000 ₽ are handed back
			var owed = accounts.balanceOf(patient).debt();
			accounts.postOn(patient, Posting.deposit(owed.plus(Money.roubles(5_000)), PaymentMethod.CASH), visit.day(), paidAt, DESK);
			accounts.postOn(patient, Posting.refund(Money.roubles(5_000), PaymentMethod.CASH, "Лечение следующего этапа перенесено"),
					visit.day(), paidAt.plus(Duration.ofMinutes(20)), ACCOUNTANT);
			return;
		}
		var method = draw < 26 ? PaymentMethod.INSURANCE : draw < 55 ? PaymentMethod.CASH : PaymentMethod.CARD;
		var debt = accounts.balanceOf(patient).debt();
		if (debt.isPositive()) {
			var posting = Posting.payment(debt, method);
			accounts.postOn(patient, method == PaymentMethod.INSURANCE ? posting.byInsurer("СОГАЗ") : posting, visit.day(), paidAt,
					DESK);
		}
	}

	private void runningCosts(LocalDate day, Random random) {
		var month = monthName(day);
		if (day.getDayOfMonth() == 3) {
			expense(day, CashKind.EXPENSE, CashCategory.RENT, Money.roubles(180_000), PaymentMethod.TRANSFER,
					"Аренда помещения за " + month);
		}
		if (day.getDayOfMonth() == 10) {
			expense(day, CashKind.EXPENSE, CashCategory.UTILITIES, Money.roubles(18_000 + random.nextInt(8_000)),
					PaymentMethod.TRANSFER, "Электроэнергия, вода, отопление");
		}
		if (day.getDayOfMonth() == 15) {
			expense(day, CashKind.EXPENSE, CashCategory.MARKETING, Money.roubles(25_000), PaymentMethod.TRANSFER,
					"Контекстная реклама, " + month);
			expense(day, CashKind.EXPENSE, CashCategory.EQUIPMENT_SERVICE, Money.roubles(14_500), PaymentMethod.TRANSFER,
					"Техническое обслуживание стоматологической установки");
		}
		switch (day.getDayOfWeek()) {
			case TUESDAY, FRIDAY -> expense(day, CashKind.PURCHASE, CashCategory.MATERIALS,
					Money.roubles(12_000 + random.nextInt(26_000)), PaymentMethod.TRANSFER, MATERIALS[random.nextInt(MATERIALS.length)]);
			case WEDNESDAY -> expense(day, CashKind.PURCHASE, CashCategory.MEDICINES, Money.roubles(1_500 + random.nextInt(2_500)),
					PaymentMethod.CASH, "Анестетики, антисептики");
			case SATURDAY -> {
				if (day.getDayOfMonth() <= 7) {
					expense(day, CashKind.PURCHASE, CashCategory.OFFICE_SUPPLIES, Money.roubles(2_000 + random.nextInt(1_500)),
							PaymentMethod.CASH, "Бумага, моющие средства");
				}
			}
			default -> {
				// nothing bought on the other days
			}
		}
	}

	/** The 20th: an advance of 40 % of the salary for the month; the 5th: what payroll says is owed for the last month. */
	private void salaries(LocalDate day) {
		if (day.getDayOfMonth() != 5 && day.getDayOfMonth() != 20) {
			return;
		}
		for (var person : staff.catalogue(StaffCatalogueQuery.everyoneCurrent())) {
			var month = day.getDayOfMonth() == 20 ? YearMonth.from(day) : YearMonth.from(day).minusMonths(1);
			var amount = day.getDayOfMonth() == 20
					? paySchemes.effectiveOn(person.id(), day).map(PayTerms::salary)
							.map(salary -> Money.of(salary.amount().multiply(java.math.BigDecimal.valueOf(0.4)))).orElse(Money.ZERO)
					: payroll.owedTo(person.id(), month);
			if (amount.isPositive()) {
				cashDesk.recordOn(new CashRequest(CashKind.SALARY,
						day.getDayOfMonth() == 20 ? CashCategory.SALARY_ADVANCE : CashCategory.SALARY, amount, PaymentMethod.TRANSFER,
						null, person.id().value(), month), day, at(day, 11, 0), ACCOUNTANT);
			}
		}
	}

	/** The evening: the cash above the change fund goes to the bank once the till holds more than it should. */
	private void bankTheSurplus(LocalDate day) {
		var till = cashDesk.reportFor(day).closingCash();
		if (till.compareTo(TILL_LIMIT) > 0) {
			cashDesk.recordOn(new CashRequest(CashKind.BANK_DEPOSIT, CashCategory.BANK_DEPOSIT, till.minus(CHANGE_FUND),
					PaymentMethod.CASH, "Инкассация", null, null), day, at(day, 19, 50), ACCOUNTANT);
		}
	}

	/** A cost of the day; one meant for cash is paid from the bank account when the till does not hold enough. */
	private void expense(LocalDate day, CashKind kind, CashCategory category, Money amount, PaymentMethod method, String comment) {
		var paidBy = method.isCash() && cashDesk.reportFor(day).closingCash().compareTo(amount) < 0 ? PaymentMethod.TRANSFER
				: method;
		cashDesk.recordOn(new CashRequest(kind, category, amount, paidBy, comment, null, null), day, at(day, 13, 30), ACCOUNTANT);
	}

	/** Payroll hears the demo visits asynchronously: their accruals must be in before the 5th's pay is worked out. */
	private void awaitPayrollHearing(List<VisitCompleted> completions) {
		var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (heardByPayroll.count() < completions.size() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** The moment on the day in the clinic's time; today's are kept in the past (the day is not over yet). */
	private Instant at(LocalDate day, int hour, int minute) {
		return notLaterThanNow(day.atTime(LocalTime.of(hour, minute)).atZone(clinic.timeZone()).toInstant());
	}

	private static Instant notLaterThanNow(Instant moment) {
		var now = Instant.now().minus(Duration.ofMinutes(5));
		return moment.isAfter(now) ? now : moment;
	}

	private static String monthName(LocalDate day) {
		return day.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.forLanguageTag("ru"));
	}
}
