package com.clubstom.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;

import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.patients.PatientId;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.StaffMemberId;

/**
 * The front desk puts patients on the waiting list; when an appointment is cancelled, missed or moved away the freed
 * time is suggested to the waiting patients it suits, and a booking that gives a patient what they wait for takes them
 * off the list.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({ FrontDesk.class, ClinicForTheWeek.class })
class WaitingListScenarioTests {

	@Autowired WaitingList waitingList;
	@Autowired Scheduling scheduling;
	@Autowired ClinicForTheWeek clinic;
	@Autowired FreedSlotRecorder recorder;
	@Autowired MongoTemplate mongo;

	/** A doctor of their own per test, so the tests sharing the database never suggest each other's patients. */
	record Surgery(StaffMemberId doctor, ChairId chair, ClinicalServiceId checkUp) {
	}

	Surgery aSurgery(String doctorName) {
		return new Surgery(clinic.aDoctor(doctorName), clinic.aChair(), clinic.aService("Осмотр", 30));
	}

	AppointmentId booked(Surgery surgery, String patientName, int hour) {
		return scheduling.book(new Booking(clinic.aPatient(patientName), surgery.doctor(), surgery.chair(),
				List.of(surgery.checkUp()), clinic.nextWeek(hour, 0), null, null), false);
	}

	WaitingListEntryId waitingFor(StaffMemberId doctor, PatientId patient, PartOfDay partOfDay) {
		return waitingList.add(new WaitingRequest(patient, doctor, null, null, null, partOfDay, "может за час"));
	}

	List<SlotSuggestion> suggestionsFor(AppointmentId freedBy) {
		return waitingList.suggestions().stream().filter(suggestion -> suggestion.slot().appointmentId().equals(freedBy))
				.toList();
	}

	@Test
	void aCancellationIsSuggestedToTheMatchingWaitingPatientAndARedeliveryChangesNothing(Scenario scenario,
			PublishedEvents events) {
		var surgery = aSurgery("Отменяев");
		var appointment = booked(surgery, "Отменившая", 10);
		var waiting = clinic.aPatient("Ожидающая");
		var entry = waitingFor(surgery.doctor(), waiting, PartOfDay.MORNING);
		var eveningsOnly = waitingFor(surgery.doctor(), clinic.aPatient("Вечерняя"), PartOfDay.EVENING);
		var anotherDoctors = waitingFor(clinic.aDoctor("Другой"), clinic.aPatient("Чужая"), PartOfDay.ANY);

		scenario.stimulate(() -> scheduling.changeStatus(appointment, 0, AppointmentStatus.CANCELLED, "заболела"))
				.andWaitForStateChange(() -> suggestionsFor(appointment), suggestions -> !suggestions.isEmpty())
				.andVerify(suggestions -> {
					var suggestion = suggestions.get(0);
					assertThat(suggestion.slot().doctorId()).isEqualTo(surgery.doctor());
					assertThat(suggestion.slot().slot()).isEqualTo(TimeSlot.of(clinic.nextWeek(10, 0), 30));
					assertThat(suggestion.slot().cause()).isEqualTo(FreedSlot.Cause.CANCELLED);
					assertThat(suggestion.patients()).extracting(WaitingListEntry::id).containsExactly(entry)
							.doesNotContain(eveningsOnly, anotherDoctors);
					assertThat(suggestion.patients().get(0).patientId()).isEqualTo(waiting);
				});

		var cancelled = events.ofType(AppointmentCancelled.class)
				.matching(event -> event.appointmentId().equals(appointment.value())).iterator().next();
		AopTestUtils.<FreedSlotRecorder>getTargetObject(recorder).on(cancelled);

		assertThat(suggestionsFor(appointment)).hasSize(1);
		assertThat(mongo.count(Query.query(Criteria.where("appointmentId").is(appointment.value())), FreedSlot.class))
				.isOne();
	}

	@Test
	void aNoShowAndAMoveAwayFreeTheirTimesToo(Scenario scenario) {
		var surgery = aSurgery("Свободнов");
		var missed = booked(surgery, "Непришедшая", 9);
		var moved = booked(surgery, "Перенесённая", 14);

		scenario.stimulate(() -> {
			scheduling.changeStatus(missed, 0, AppointmentStatus.NO_SHOW, null);
			scheduling.move(moved, 0, clinic.nextWeek(16, 0), 30, surgery.doctor(), surgery.chair(), false);
		}).andWaitForStateChange(() -> waitingList.suggestions().stream()
				.filter(suggestion -> suggestion.slot().doctorId().equals(surgery.doctor())).toList(),
				suggestions -> suggestions.size() == 2)
				.andVerify(suggestions -> assertThat(suggestions).extracting(suggestion -> suggestion.slot().cause(),
						suggestion -> suggestion.slot().slot().start())
						.containsExactly(org.assertj.core.groups.Tuple.tuple(FreedSlot.Cause.NO_SHOW, clinic.nextWeek(9, 0)),
								org.assertj.core.groups.Tuple.tuple(FreedSlot.Cause.RESCHEDULED, clinic.nextWeek(14, 0))));
	}

	@Test
	void aTimeAlreadyPastIsNotSuggested() {
		var surgery = aSurgery("Прошлов");
		var yesterday = clinic.nextWeek(10, 0).minusDays(8);
		var cancelled = new AppointmentCancelled(java.util.UUID.randomUUID(), clinic.aPatient("Вчерашняя").value(),
				surgery.doctor().value(), surgery.chair().value(), List.of("B01.065.002"), yesterday, yesterday.plusMinutes(30),
				"перепутала день", java.time.Instant.now(), "admin");

		AopTestUtils.<FreedSlotRecorder>getTargetObject(recorder).on(cancelled);

		assertThat(suggestionsFor(new AppointmentId(cancelled.appointmentId()))).isEmpty();
	}

	@Test
	void aFreedTimeBookedAgainIsNoLongerSuggestedAndThePatientWhoFreedItIsNeverOffered(Scenario scenario) {
		var surgery = aSurgery("Занятов");
		var patient = clinic.aPatient("Передумавшая");
		var appointment = scheduling.book(new Booking(patient, surgery.doctor(), surgery.chair(), List.of(surgery.checkUp()),
				clinic.nextWeek(11, 0), null, null), false);
		waitingFor(surgery.doctor(), patient, PartOfDay.ANY);

		scenario.stimulate(() -> scheduling.changeStatus(appointment, 0, AppointmentStatus.CANCELLED, "передумала"))
				.andWaitForStateChange(() -> suggestionsFor(appointment), suggestions -> !suggestions.isEmpty())
				.andVerify(suggestions -> assertThat(suggestions).singleElement()
						.satisfies(suggestion -> assertThat(suggestion.patients()).isEmpty()));

		booked(surgery, "Успевшая", 11);

		assertThat(suggestionsFor(appointment)).isEmpty();
	}

	@Test
	void bookingAWaitingPatientWithTheWantedDoctorTakesThemOffTheList(Scenario scenario) {
		var surgery = aSurgery("Записной");
		var patient = clinic.aPatient("Дождавшаяся");
		var entry = waitingFor(surgery.doctor(), patient, PartOfDay.EVENING);

		scenario.stimulate(() -> scheduling.book(new Booking(patient, surgery.doctor(), surgery.chair(),
				List.of(surgery.checkUp()), clinic.nextWeek(10, 0), null, null), false))
				.andWaitForStateChange(() -> waitingList.find(entry).orElseThrow().status(), status -> !status.isWaiting())
				.andVerify((status, appointment) -> {
					assertThat(status).isEqualTo(WaitingListStatus.BOOKED);
					assertThat(waitingList.find(entry).orElseThrow().bookedAppointment()).contains(appointment);
					assertThat(waitingList.waiting()).extracting(WaitingListEntry::id).doesNotContain(entry);
				});
	}

	@Test
	void matchingPatientsComeInTheOrderTheyWereAdded() {
		var doctor = clinic.aDoctor("Очередной");
		var first = waitingFor(doctor, clinic.aPatient("Первая"), PartOfDay.ANY);
		var second = waitingFor(doctor, clinic.aPatient("Вторая"), PartOfDay.ANY);
		var third = waitingFor(doctor, clinic.aPatient("Третья"), PartOfDay.ANY);
		waitingList.withdraw(second);

		assertThat(waitingList.matching(doctor, List.of(), TimeSlot.of(clinic.nextWeek(12, 0), 30)))
				.extracting(WaitingListEntry::id).containsExactly(first, third);
		assertThat(waitingList.find(second).orElseThrow().status()).isEqualTo(WaitingListStatus.WITHDRAWN);
	}

	@Test
	void aRequestMissingItsPartsIsRefusedNamingEachField() {
		var today = waitingList.today();

		assertThatExceptionOfType(InvalidWaitingRequestException.class)
				.isThrownBy(() -> waitingList.add(new WaitingRequest(null, null, null, today.minusDays(1), today.minusDays(2),
						PartOfDay.ANY, "x".repeat(501))))
				.satisfies(refused -> assertThat(refused.violations()).containsExactlyInAnyOrder(
						new Violation("patientId", "waitinglist.patient.required"),
						new Violation("doctorId", "waitinglist.wanted.required"),
						new Violation("from", "waitinglist.from.past"),
						new Violation("until", "waitinglist.until.before-from"),
						new Violation("note", "waitinglist.note.too-long")));
	}

	@Test
	void aPatientWaitsOnceForTheSameDoctorAndAnUnknownDoctorOrServiceIsRefused() {
		var doctor = clinic.aDoctor("Единственный");
		var patient = clinic.aPatient("Настойчивая");
		waitingFor(doctor, patient, PartOfDay.ANY);

		assertThatExceptionOfType(InvalidWaitingRequestException.class)
				.isThrownBy(() -> waitingFor(doctor, patient, PartOfDay.MORNING))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new Violation("patientId", "waitinglist.patient.already-waiting")));
		assertThatExceptionOfType(InvalidWaitingRequestException.class)
				.isThrownBy(() -> waitingList.add(new WaitingRequest(patient, new StaffMemberId(java.util.UUID.randomUUID()),
						new ClinicalServiceId(java.util.UUID.randomUUID()), LocalDate.now().plusDays(1), null, null, null)))
				.satisfies(refused -> assertThat(refused.violations()).containsExactlyInAnyOrder(
						new Violation("doctorId", "waitinglist.doctor.unknown"),
						new Violation("serviceId", "waitinglist.service.unknown")));
	}
}
