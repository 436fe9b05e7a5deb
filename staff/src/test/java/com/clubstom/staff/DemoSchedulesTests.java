package com.clubstom.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo clinic's chairs and working hours, seeded once the demo staff exist. */
@ApplicationModuleTest
@ActiveProfiles("demo")
class DemoSchedulesTests {

	@Autowired Chairs chairs;
	@Autowired WorkingHours hours;
	@Autowired DemoSchedules demoSchedules;
	@Autowired MongoTemplate mongo;

	@Test
	void theDemoClinicHasFiveChairsAndHoursForEveryDoctorAndAssistant() {
		assertThat(chairs.active()).extracting(Chair::name).containsExactlyInAnyOrderElementsOf(DemoSchedules.CHAIRS);
		var clinical = mongo.find(Query.query(Criteria.where("details.position").in("DOCTOR", "ASSISTANT")), Document.class,
				"staff_members");
		assertThat(clinical).isNotEmpty();
		for (var member : clinical) {
			var schedule = hours.scheduleOf(new StaffMemberId(member.get("_id", UUID.class)));
			assertThat(schedule.weeklyShifts()).as("hours of %s", member.get("sortName")).isNotEmpty();
		}
		assertThat(mongo.count(new Query(), WorkingSchedule.class)).isEqualTo(clinical.size());
		assertThat(mongo.findAll(WorkingSchedule.class)).anySatisfy(schedule -> assertThat(schedule.shiftsOn(DayOfWeek.SATURDAY)).isNotEmpty())
				.anySatisfy(schedule -> assertThat(schedule.shiftsOn(DayOfWeek.MONDAY)).hasSize(2))
				.anySatisfy(schedule -> assertThat(schedule.exceptions()).singleElement()
						.satisfies(vacation -> assertThat(vacation.kind()).isEqualTo(ScheduleException.Kind.VACATION)));
	}

	@Test
	void aRestartLeavesTheDemoHoursAsTheyAre() {
		var before = mongo.findAll(WorkingSchedule.class).stream().map(WorkingSchedule::version).toList();

		demoSchedules.seed();

		assertThat(chairs.all()).hasSize(DemoSchedules.CHAIRS.size());
		assertThat(mongo.findAll(WorkingSchedule.class).stream().map(WorkingSchedule::version).toList()).isEqualTo(before);
	}
}
