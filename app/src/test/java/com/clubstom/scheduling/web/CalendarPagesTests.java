package com.clubstom.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The calendar's pages: the day with a column per doctor, filters remembered per person, booking with its refusals beside
 * the fields, drag-and-drop moves with an undo, and the status steps each role may take.
 */
@ClubStomWebTest
@Import(ClinicDay.class)
class CalendarPagesTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired ClinicDay clinic;
	@Autowired Scheduling scheduling;

	static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request, String target) {
		return request.header("HX-Request", "true").header("HX-Target", target);
	}

	@Test
	void theDayShowsAColumnPerDoctorWithTheAppointmentsOfEach() throws Exception {
		var doctor = clinic.aDoctor(ClinicDay.surname("Колонкин"));
		var chair = clinic.aChair();
		var patient = clinic.aPatient(ClinicDay.surname("Видимова"));
		var id = clinic.book(patient, doctor, chair, clinic.aService("Осмотр", 30), clinic.nextWeek(10, 0));

		mvc.perform(get("/calendar").param("date", clinic.nextWeek().toString()).param("doctor", doctor.toString())
				.with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"column-head-" + doctor + "\""),
						containsString("data-testid=\"appointment-" + id + "\""), containsString("10:00–10:30"),
						containsString("Осмотр"), containsString("09:00–18:00"), containsString("data-may-book=\"false\""))));
	}

	@Test
	void aCardEscapesWhatItShowsSpeaksThePersonsLanguageAndNamesTheDoctorWhenColumnsAreChairs() throws Exception {
		var doctor = ClinicDay.surname("Карточкин");
		var chair = clinic.aChair();
		var service = clinic.aService("Пломба <Filtek> & \"полировка\"", 30);
		var id = clinic.book(clinic.aPatient(ClinicDay.surname("Экранова")), clinic.aDoctor(doctor), chair, service,
				clinic.nextWeek(15, 0));

		mvc.perform(get("/calendar").param("date", clinic.nextWeek().toString()).param("by", "chair")
				.param("chair", chair.toString()).param("lang", "en").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"appointment-" + id + "\""),
						containsString("data-appointments-url=\"/calendar/appointments\""),
						containsString("Пломба &lt;Filtek&gt; &amp; &quot;полировка&quot;"), not(containsString("<Filtek>")),
						containsString("<span class=\"appointment__status\" title=\"Booked\">Booked</span>"),
						containsString("aria-label=\"" + "Экранова"),
						containsString("<div class=\"appointment__who\">" + doctor + " Андрей Сергеевич</div>"),
						containsString("15:00–15:30"), containsString("is-movable"))));
	}

	@Test
	void filtersAreRememberedForThePersonAndNotForOthers() throws Exception {
		var watched = clinic.aDoctor(ClinicDay.surname("Наблюдаев"));
		var other = clinic.aDoctor(ClinicDay.surname("Другов"));
		var admin = staff.signedIn(Role.ADMINISTRATOR);

		mvc.perform(get("/calendar").param("date", clinic.nextWeek().toString()).param("doctor", watched.toString())
				.param("colour", "status").with(user(admin))).andExpect(status().isOk());

		mvc.perform(get("/calendar").param("date", clinic.nextWeek().toString()).with(user(admin)))
				.andExpect(content().string(allOf(containsString("data-testid=\"column-head-" + watched + "\""),
						not(containsString("data-testid=\"column-head-" + other + "\"")),
						containsString("grid-board--colour-status"))));
		mvc.perform(get("/calendar").param("date", clinic.nextWeek().toString()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(containsString("data-testid=\"column-head-" + other + "\"")));
	}

	@Test
	void anAdministratorBooksFromTheDialogAndTheCalendarIsToldToRefresh() throws Exception {
		var doctor = clinic.aDoctor(ClinicDay.surname("Записин"));
		var chair = clinic.aChair();
		var service = clinic.aService("Профессиональная гигиена", 60);
		var patient = clinic.aPatient(ClinicDay.surname("Гигиенова"));

		mvc.perform(htmx(get("/calendar/appointments/new"), "modal-root").param("date", clinic.nextWeek().toString())
				.param("time", "11:00").param("doctor", doctor.toString()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"booking-dialog\""), containsString("value=\"11:00\""))));
		// from the waiting list: the calendar hands the patient on to the form
		mvc.perform(get("/calendar").param("date", clinic.nextWeek().toString()).param("doctor", doctor.toString())
				.param("patient", patient.toString()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(containsString("data-booking-patient=\"" + patient + "\"")));
		mvc.perform(htmx(get("/calendar/appointments/new"), "modal-root").param("patient", patient.toString())
				.with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(containsString("Гигиенова")));

		mvc.perform(htmx(post("/calendar/appointments"), "booking-dialog").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR)))
				.param("patientId", patient.toString()).param("doctorId", doctor.toString()).param("chairId", chair.toString())
				.param("services", service.toString()).param("date", clinic.nextWeek().toString()).param("time", "11:00"))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger-After-Settle", "calendar-changed"))
				.andExpect(header().string("HX-Trigger", containsString("toast")));

		assertThat(scheduling.ofPatient(patient)).singleElement().satisfies(booked -> {
			assertThat(booked.slot().start()).isEqualTo(clinic.nextWeek(11, 0));
			assertThat(booked.slot().minutes()).isEqualTo(60);
		});
	}

	@Test
	void bookingOverAnotherPatientIsRefusedBesideTheDoctorAndEverythingTypedStays() throws Exception {
		var doctor = clinic.aDoctor(ClinicDay.surname("Занятин"));
		var chair = clinic.aChair();
		var service = clinic.aService("Лечение кариеса", 60);
		clinic.book(clinic.aPatient(ClinicDay.surname("Первая")), doctor, chair, service, clinic.nextWeek(12, 0));
		var second = clinic.aPatient(ClinicDay.surname("Вторая"));

		mvc.perform(htmx(post("/calendar/appointments"), "booking-dialog").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR)))
				.param("patientId", second.toString()).param("patientName", "Вторая Мария").param("doctorId", doctor.toString())
				.param("chairId", clinic.aChair().toString()).param("services", service.toString())
				.param("date", clinic.nextWeek().toString()).param("time", "12:30").param("comment", "после работы"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"booking-dialog\""),
						containsString("data-error-for=\"doctorId\""), containsString("Врач в это время занят"),
						containsString("после работы"), containsString("value=\"12:30\""))));
		assertThat(scheduling.ofPatient(second)).isEmpty();
	}

	@Test
	void missingPartsAreNamedBesideTheirFieldsInEnglishToo() throws Exception {
		mvc.perform(htmx(post("/calendar/appointments"), "booking-dialog").with(csrf()).with(user(staff.signedIn(Role.OWNER)))
				.param("lang", "en").param("date", clinic.nextWeek().toString()).param("time", "10:00"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Choose a patient or register a new one"),
						containsString("Choose a doctor"), containsString("Choose a chair"), containsString("Choose at least one service"))));
	}

	@Test
	void aDragMovesTheAppointmentAndOffersTheWayBack() throws Exception {
		var doctor = clinic.aDoctor(ClinicDay.surname("Двигаев"));
		var chair = clinic.aChair();
		var id = clinic.book(clinic.aPatient(ClinicDay.surname("Переносова")), doctor, chair, clinic.aService("Осмотр", 30),
				clinic.nextWeek(9, 0));

		mvc.perform(htmx(post("/calendar/appointments/" + id + "/move"), "calendar-undo").with(csrf())
				.with(user(staff.signedIn(Role.ADMINISTRATOR))).param("version", "0")
				.param("start", clinic.nextWeek(14, 15).toString()).param("minutes", "45"))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger-After-Settle", "calendar-changed"))
				.andExpect(content().string(allOf(containsString("data-testid=\"undo-bar\""), containsString("14:15–15:00"),
						containsString("value=\"" + clinic.nextWeek(9, 0) + "\""))));
		assertThat(scheduling.find(id).orElseThrow().slot().start()).isEqualTo(clinic.nextWeek(14, 15));

		mvc.perform(htmx(post("/calendar/appointments/" + id + "/move"), "calendar-undo").with(csrf())
				.with(user(staff.signedIn(Role.ADMINISTRATOR))).param("version", "0")
				.param("start", clinic.nextWeek(16, 0).toString()).param("minutes", "30"))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger", containsString("toast")))
				.andExpect(content().string(not(containsString("undo-bar"))));
		assertThat(scheduling.find(id).orElseThrow().slot().start()).isEqualTo(clinic.nextWeek(14, 15));
	}

	@Test
	void aMoveOutsideTheDoctorsHoursIsRefusedWithAToast() throws Exception {
		var doctor = clinic.aDoctor(ClinicDay.surname("Вечерний"));
		var id = clinic.book(clinic.aPatient(ClinicDay.surname("Поздняя")), doctor, clinic.aChair(), clinic.aService("Осмотр", 30),
				clinic.nextWeek(9, 0));

		mvc.perform(htmx(post("/calendar/appointments/" + id + "/move"), "calendar-undo").with(csrf())
				.with(user(staff.signedIn(Role.OWNER))).param("version", "0")
				.param("start", clinic.nextWeek(19, 0).toString()).param("minutes", "30"))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger", containsString("\\u0412\\u0440\\u0430\\u0447")));
		assertThat(scheduling.find(id).orElseThrow().slot().start()).isEqualTo(clinic.nextWeek(9, 0));
	}

	@Test
	void aDoctorMovesTheStatusOfTheirOwnAppointmentsOnlyAndTheAccountantNone() throws Exception {
		var mine = clinic.theSignedInDoctor();
		var colleague = clinic.aDoctor(ClinicDay.surname("Коллегов"));
		var service = clinic.aService("Осмотр", 30);
		var own = clinic.book(clinic.aPatient(ClinicDay.surname("Своя")), mine, clinic.aChair(), service, clinic.nextWeek(10, 0));
		var theirs = clinic.book(clinic.aPatient(ClinicDay.surname("Чужая")), colleague, clinic.aChair(), service,
				clinic.nextWeek(10, 0));

		mvc.perform(get("/calendar/appointments/" + own).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("data-testid=\"status-ARRIVED\""),
						not(containsString("data-testid=\"reschedule\"")))));
		mvc.perform(get("/calendar/appointments/" + theirs).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(not(containsString("data-testid=\"status-"))));

		mvc.perform(htmx(post("/calendar/appointments/" + own + "/status"), "appointment-dialog").with(csrf())
				.with(user(staff.signedIn(Role.DOCTOR))).param("version", "0").param("status", "ARRIVED"))
				.andExpect(status().isOk());
		assertThat(scheduling.find(own).orElseThrow().status()).isEqualTo(AppointmentStatus.ARRIVED);
		mvc.perform(get("/calendar").param("date", clinic.nextWeek().toString()).param("doctor", mine.toString())
				.with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("data-testid=\"waiting-room\""), containsString("Ожидают приёма: 1"))));
		mvc.perform(post("/calendar/appointments/" + theirs + "/status").with(csrf()).with(user(staff.signedIn(Role.DOCTOR)))
				.param("version", "0").param("status", "ARRIVED"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/calendar/appointments/" + theirs + "/status").with(csrf()).with(user(staff.signedIn(Role.ACCOUNTANT)))
				.param("version", "0").param("status", "CONFIRMED"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/calendar/appointments/" + theirs + "/move").with(csrf()).with(user(staff.signedIn(Role.DOCTOR)))
				.param("version", "0").param("start", clinic.nextWeek(15, 0).toString()).param("minutes", "30"))
				.andExpect(status().isForbidden());
		assertThat(scheduling.find(theirs).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void anAssistantMovesTheStatusesInTheChairOfTheirShift() throws Exception {
		var chair = clinic.aChair();
		clinic.theSignedInAssistantAt(chair);
		var doctor = clinic.aDoctor(ClinicDay.surname("Ассистируемый"));
		var service = clinic.aService("Осмотр", 30);
		var inTheirChair = clinic.book(clinic.aPatient(ClinicDay.surname("Креслова")), doctor, chair, service, clinic.nextWeek(11, 0));
		var elsewhere = clinic.book(clinic.aPatient(ClinicDay.surname("Другокреслова")), doctor, clinic.aChair(), service,
				clinic.nextWeek(12, 0));

		mvc.perform(post("/calendar/appointments/" + inTheirChair + "/status").with(csrf()).with(user(staff.signedIn(Role.ASSISTANT)))
				.param("version", "0").param("status", "CONFIRMED"))
				.andExpect(status().isOk());
		mvc.perform(post("/calendar/appointments/" + elsewhere + "/status").with(csrf()).with(user(staff.signedIn(Role.ASSISTANT)))
				.param("version", "0").param("status", "CONFIRMED"))
				.andExpect(status().isForbidden());
	}

	@Test
	void aCancellationNeedsItsReasonBesideTheField() throws Exception {
		var id = clinic.book(clinic.aPatient(ClinicDay.surname("Отменяева")), clinic.aDoctor(ClinicDay.surname("Отменин")),
				clinic.aChair(), clinic.aService("Осмотр", 30), clinic.nextWeek(13, 0));

		mvc.perform(htmx(post("/calendar/appointments/" + id + "/status"), "appointment-dialog").with(csrf())
				.with(user(staff.signedIn(Role.ADMINISTRATOR))).param("version", "0").param("status", "CANCELLED").param("reason", " "))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-error-for=\"reason\""), containsString("Укажите причину отмены"))));

		mvc.perform(htmx(post("/calendar/appointments/" + id + "/status"), "appointment-dialog").with(csrf())
				.with(user(staff.signedIn(Role.ADMINISTRATOR))).param("version", "0").param("status", "CANCELLED")
				.param("reason", "заболела"))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger-After-Settle", "calendar-changed"));
		assertThat(scheduling.find(id).orElseThrow().last(AppointmentStatus.CANCELLED)).get()
				.satisfies(cancelled -> assertThat(cancelled.reason()).isEqualTo("заболела"));
	}

	@Test
	void onlyTheFrontDeskAndTheOwnerOpenTheBookingForm() throws Exception {
		for (var role : new Role[] { Role.DOCTOR, Role.ASSISTANT, Role.ACCOUNTANT }) {
			mvc.perform(get("/calendar/appointments/new").with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
			mvc.perform(post("/calendar/appointments").with(csrf()).with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/calendar/appointments/new").with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isOk());
	}

	@Test
	void theWeekAndTheMonthShowOneDoctorsDaysAndTheCounts() throws Exception {
		var doctor = clinic.aDoctor(ClinicDay.surname("Недельный"));
		clinic.book(clinic.aPatient(ClinicDay.surname("Неделева")), doctor, clinic.aChair(), clinic.aService("Осмотр", 30),
				clinic.nextWeek(15, 0));

		mvc.perform(get("/calendar").param("date", clinic.nextWeek().toString()).param("view", "week")
				.param("focus", doctor.toString()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("data-testid=\"column-" + clinic.nextWeek() + "\""),
						containsString("15:00–15:30"))));
		mvc.perform(get("/calendar").param("date", clinic.nextWeek().toString()).param("view", "month")
				.param("doctor", doctor.toString()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("data-testid=\"month-day-" + clinic.nextWeek() + "\""),
						containsString("1 приём"))));
	}

	@Test
	void theLiveStreamIsOpenToEveryRole() throws Exception {
		for (var role : Role.values()) {
			mvc.perform(get("/calendar/stream").with(user(staff.signedIn(role)))).andExpect(request().asyncStarted());
		}
	}
}
