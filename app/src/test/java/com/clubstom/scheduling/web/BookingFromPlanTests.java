package com.clubstom.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * Booking a treatment plan's stage: the calendar is opened with the patient and the stage's services, and the booking
 * form the next empty slot opens has them chosen, their durations adding up; what is no longer offered is left out.
 */
@ClubStomWebTest
@Import(ClinicDay.class)
class BookingFromPlanTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired ClinicDay clinic;
	@Autowired Scheduling scheduling;
	@Autowired ServiceCatalogue catalogue;

	static String chosen(Object service) {
		return "(?s).*<option value=\"" + service + "\"[^>]*selected=\"selected\".*";
	}

	@Test
	void theStagesServicesArriveChosenInTheBookingFormAndTheirDurationsAddUp() throws Exception {
		var doctor = clinic.aDoctor(ClinicDay.surname("Этапов"));
		var chair = clinic.aChair();
		var filling = clinic.aService("Восстановление зуба пломбой", 60);
		var anaesthesia = clinic.aService("Инфильтрационная анестезия", 10);
		var retired = clinic.aService("Серебрение зубов", 10);
		catalogue.retire(retired);
		var other = clinic.aService("Ортопантомография", 10);
		var patient = clinic.aPatient(ClinicDay.surname("Этапова"));
		var admin = user(staff.signedIn(Role.ADMINISTRATOR));

		mvc.perform(get("/calendar").param("date", clinic.nextWeek().toString()).param("doctor", doctor.toString())
				.param("patient", patient.toString()).param("services", filling.toString(), anaesthesia.toString()).with(admin))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-booking-patient=\"" + patient + "\""),
						containsString("data-booking-services=\"" + filling + "," + anaesthesia + "\""))));
		mvc.perform(CalendarPagesTests.htmx(get("/calendar/appointments/new"), "modal-root").param("date", clinic.nextWeek().toString())
				.param("time", "10:00").param("doctor", doctor.toString()).param("patient", patient.toString())
				.param("services", filling.toString(), anaesthesia.toString(), retired.toString(), "not-a-service").with(admin))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Этапова"), matchesPattern(chosen(filling)), matchesPattern(chosen(anaesthesia)),
						not(matchesPattern(chosen(other))), not(containsString("value=\"" + retired + "\"")))));

		mvc.perform(CalendarPagesTests.htmx(post("/calendar/appointments"), "booking-dialog").with(csrf()).with(admin)
				.param("patientId", patient.toString()).param("doctorId", doctor.toString()).param("chairId", chair.toString())
				.param("services", filling.toString(), anaesthesia.toString()).param("date", clinic.nextWeek().toString())
				.param("time", "10:00"))
				.andExpect(status().isOk());

		assertThat(scheduling.ofPatient(patient)).singleElement().satisfies(booked -> {
			assertThat(booked.slot().minutes()).isEqualTo(70);
			assertThat(booked.services()).hasSize(2);
		});
	}

	@Test
	void withoutAPatientOrForSomeoneWhoDoesNotBookTheServicesAreNotCarried() throws Exception {
		var service = clinic.aService("Восстановление зуба пломбой", 60);
		var patient = clinic.aPatient(ClinicDay.surname("Чужова"));

		mvc.perform(get("/calendar").param("services", service.toString()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(not(containsString("data-booking-services=\""))));
		mvc.perform(get("/calendar").param("patient", patient.toString()).param("services", service.toString())
				.with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(not(containsString("data-booking-services=\""))));
		mvc.perform(get("/calendar/appointments/new").param("services", service.toString()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isForbidden());
	}
}
