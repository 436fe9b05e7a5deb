package com.clubstom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import com.clubstom.finance.PatientAccounts;
import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.medicalrecord.ProcedureRequest;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ServiceCategory;
import com.clubstom.medicalrecord.ServiceDetails;
import com.clubstom.medicalrecord.VisitCompleted;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.scheduling.AppointmentId;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.Booking;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.Position;
import com.clubstom.staff.Shift;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.WorkingHours;

/**
 * {@link VisitCompleted} reaches the other contexts even when the application stops between completing the visit and
 * delivering the event: the first run completes the visit with its asynchronous deliveries cut off (as if the power went
 * out right after the commit), the second run starts on the same database, finds the publication incomplete in the event
 * publication registry and delivers it, so scheduling completes the appointment and finance charges the patient, once:
 * the same completion delivered once more after the restart charges nothing more.
 */
class VisitCompletedSurvivesARestartTests {

	/** Not a throw-away name: the database must outlive the first run. It is dropped at the end. */
	private final String database = "clubstom-restart-" + UUID.randomUUID();

	@Test
	void theAppointmentIsCompletedByTheSecondRunFromTheIncompletePublication() {
		AppointmentId appointment;
		PatientId patient;
		try (var first = start(true)) {
			var held = aVisitCompletedAtTheChair(first);
			appointment = held.appointment();
			patient = held.patient();

			assertThat(first.getBean(Scheduling.class).find(appointment).orElseThrow().status())
					.as("nothing was delivered before the stop").isEqualTo(AppointmentStatus.IN_CHAIR);
			assertThat(first.getBean(PatientAccounts.class).ledgerOf(patient).isEmpty()).as("nor charged").isTrue();
			assertThat(first.getBean(EventPublicationRegistry.class).findIncompletePublications())
					.anySatisfy(publication -> assertThat(publication.getEvent()).isInstanceOfSatisfying(VisitCompleted.class,
							// read back from the registry's JSON: the amounts and their currency survive it
							completed -> assertThat(completed.procedures()).anySatisfy(line -> {
								assertThat(line.unitPrice()).isEqualTo(Money.roubles(2000));
								assertThat(line.discount()).isEqualTo(Money.of("100.00"));
								assertThat(line.total()).isEqualTo(Money.of("1900"));
							})));
		}

		try (var second = start(false)) {
			var scheduling = second.getBean(Scheduling.class);
			await().atMost(Duration.ofSeconds(20))
					.until(() -> scheduling.find(appointment).orElseThrow().status() == AppointmentStatus.COMPLETED);
			await().atMost(Duration.ofSeconds(10)).until(() -> second.getBean(EventPublicationRegistry.class)
					.findIncompletePublications().stream().noneMatch(publication -> publication.getEvent() instanceof VisitCompleted));
			var accounts = second.getBean(PatientAccounts.class);
			assertThat(accounts.ledgerOf(patient).lines()).singleElement()
					.satisfies(line -> assertThat(line.entry().amount()).isEqualTo(Money.of("-3900"))); // the booked consultation and the one added at 5 % off

			// the same completion once more, after the restart: nothing more is charged
			var day = second.getBean(Scheduling.class).today().plusDays(7);
			var completion = second.getBean(ClinicalVisits.class).completionsBetween(day, day).stream()
					.filter(completed -> completed.patientId().equals(patient.value())).findFirst().orElseThrow();
			second.getBean(TransactionOperations.class)
					.executeWithoutResult(status -> second.publishEvent(completion));
			await().atMost(Duration.ofSeconds(10)).until(() -> second.getBean(EventPublicationRegistry.class)
					.findIncompletePublications().stream().noneMatch(publication -> publication.getEvent() instanceof VisitCompleted));
			assertThat(accounts.ledgerOf(patient).lines()).hasSize(1);
			assertThat(accounts.balanceOf(patient).debt()).isEqualTo(Money.of("3900"));
			second.getBean(MongoTemplate.class).getDb().drop();
		}
	}

	/** The application on the test database; with {@code powerCut}, asynchronous work (event delivery) never runs. */
	private ConfigurableApplicationContext start(boolean powerCut) {
		var application = new SpringApplicationBuilder(ClubStomApplication.class);
		if (powerCut) {
			application.initializers(context -> ((GenericApplicationContext) context).registerBean("taskExecutor",
					Executor.class, () -> task -> {
						// the power is out: the task is lost
					}));
		}
		return application.run("--server.port=0", "--spring.mongodb.database=" + database,
				"--spring.modulith.events.republish-outstanding-events-on-restart=true");
	}

	private record Held(AppointmentId appointment, PatientId patient) {
	}

	private static Held aVisitCompletedAtTheChair(ConfigurableApplicationContext context) {
		var staff = context.getBean(StaffDirectory.class);
		var doctor = staff.hire(new StaffMemberDetails("Рестартов", "Андрей", "Сергеевич", Position.DOCTOR,
				Set.of(Specialisation.THERAPIST), null, null, new CalendarColour("#3B5BDB"), null, null, null));
		var week = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		for (var day : DayOfWeek.values()) {
			week.put(day, List.of(new Shift(LocalTime.of(9, 0), LocalTime.of(18, 0), null)));
		}
		context.getBean(WorkingHours.class).changeWeeklyShifts(doctor, week);
		var chair = context.getBean(Chairs.class).add("Кресло 1", null);
		var catalogue = context.getBean(ServiceCatalogue.class);
		ClinicalServiceId consultation = catalogue.add(new ServiceDetails("Приём врача-стоматолога первичный", "B01.065.001",
				ServiceCategory.DIAGNOSTICS_AND_XRAY, 30, false), catalogue.today(), Money.roubles(2000));
		PatientId patient = context.getBean(PatientsOnFile.class).anAdultWithDocuments("Перезапусков", "Иван", "Петрович");
		var scheduling = context.getBean(Scheduling.class);
		var appointment = scheduling.book(new Booking(patient, doctor, chair, List.of(consultation),
				scheduling.today().plusDays(7).atTime(10, 0), null, null), false);
		scheduling.changeStatus(appointment, 0, AppointmentStatus.ARRIVED, null);
		scheduling.changeStatus(appointment, 1, AppointmentStatus.IN_CHAIR, null);

		var visits = context.getBean(ClinicalVisits.class);
		var visit = visits.openForAppointment(appointment.value(), patient, doctor, scheduling.today().plusDays(7),
				List.of(consultation));
		visits.addProcedure(visit.id(), visit.version(), new ProcedureRequest(consultation, null, Set.of(), 1, "5 %", null, null));
		visits.complete(visit.id(), visits.find(visit.id()).orElseThrow().version());
		return new Held(appointment, patient);
	}
}
