package com.clubstom.staff;

import com.clubstom.kernel.Money;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's pay schemes, from the first day of last month: doctors on 25–35 % of their production
 * after discount, every third of them with a small salary on top; assistants on a salary plus 5 % of the assisted
 * doctor's production; administrators and the accountant on a salary; the first doctor with a raise from the first day
 * of next month. Runs once the application is ready (the demo staff must exist first), before the demo visits are
 * completed (so that payroll accrues them), and only while {@code pay_histories} is empty, so restarts keep what was
 * changed.
 */
@Component
@Profile("demo")
class DemoPay {

	private final PaySchemes pay;
	private final Roster roster;
	private final MongoTemplate mongo;

	DemoPay(PaySchemes pay, Roster roster, MongoTemplate mongo) {
		this.pay = pay;
		this.roster = roster;
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(25) // before the demo visits are completed (order 45): payroll accrues them under these terms as they complete
	void seed() {
		if (mongo.estimatedCount(PayHistory.class) > 0 || roster.count() == 0) {
			return;
		}
		var today = pay.today();
		var from = PayHistory.earliestEffectiveFrom(today);
		var people = roster.findAll().stream().filter(member -> member.status() != StaffStatus.DISMISSED)
				.sorted(Comparator.comparing(StaffMember::fullName)).toList();
		var doctors = 0;
		for (var member : people) {
			var terms = switch (member.position()) {
				case DOCTOR -> {
					var n = doctors++;
					var doctor = PayTerms.none().withProductionShare(Percent.of(String.valueOf(25 + 5 * (n % 3))),
							ProductionBase.AFTER_DISCOUNT);
					yield n % 3 == 2 ? doctor.withSalary(Money.roubles(15_000)) : doctor;
				}
				case ASSISTANT -> PayTerms.none().withSalary(Money.roubles(45_000)).withAssistantShare(Percent.of("5"));
				case ADMINISTRATOR -> PayTerms.none().withSalary(Money.roubles(55_000));
				case ACCOUNTANT -> PayTerms.none().withSalary(Money.of("72500.00"));
				case OWNER -> null;
			};
			if (terms == null) {
				continue;
			}
			try {
				pay.setTerms(member.id(), from, terms, 0);
				if (member.position() == Position.DOCTOR && doctors == 1) {
					var raise = terms.withProductionShare(Percent.of("28"), ProductionBase.AFTER_DISCOUNT);
					pay.setTerms(member.id(), today.with(TemporalAdjusters.firstDayOfNextMonth()), raise, 1);
				}
			}
			catch (PaySchemes.PaySchemeChangedMeanwhileException anotherNodeWasFaster) {
				// seeded concurrently by another node: nothing to do
			}
		}
	}
}
