package com.clubstom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo clinic's pay schemes, seeded once the demo staff exist. */
@ApplicationModuleTest
@ActiveProfiles("demo")
class DemoPayTests {

	@Autowired PaySchemes pay;
	@Autowired DemoPay demoPay;
	@Autowired MongoTemplate mongo;

	@Test
	void everyoneButTheOwnerIsPaidAndOneDoctorHasARaiseNextMonth() {
		var today = pay.today();
		var people = mongo.findAll(StaffMember.class);
		assertThat(people).isNotEmpty();
		for (var member : people) {
			var terms = pay.effectiveOn(member.id(), today);
			switch (member.position()) {
				case OWNER -> assertThat(terms).as(member.fullName()).isEmpty();
				case DOCTOR -> assertThat(terms.orElseThrow().productionShare().value().intValue()).as(member.fullName())
						.isBetween(25, 35);
				case ASSISTANT -> {
					assertThat(terms.orElseThrow().salary()).isNotNull();
					assertThat(terms.orElseThrow().assistantShare()).isEqualTo(Percent.of("5"));
				}
				default -> assertThat(terms.orElseThrow().salary()).as(member.fullName()).isNotNull();
			}
			if (member.position() == Position.DOCTOR) {
				assertThat(terms.orElseThrow().productionBase()).isEqualTo(ProductionBase.AFTER_DISCOUNT);
			}
		}
		var nextMonth = today.with(TemporalAdjusters.firstDayOfNextMonth());
		assertThat(mongo.findAll(PayHistory.class)).filteredOn(history -> history.entries().size() == 2).singleElement()
				.satisfies(raised -> assertThat(raised.entries().get(1).effectiveFrom()).isEqualTo(nextMonth));
	}

	@Test
	void aRestartLeavesTheDemoPayAsItIs() {
		var before = mongo.findAll(PayHistory.class).stream().map(PayHistory::version).toList();

		demoPay.seed();

		assertThat(mongo.findAll(PayHistory.class).stream().map(PayHistory::version).toList()).isEqualTo(before);
	}
}
