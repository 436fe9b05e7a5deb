package com.clubstom.scheduling.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** The calendar's API: a day as JSON, booking with each broken rule named, status steps under the same rights as the page. */
@ClubStomWebTest
class AppointmentsApiTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired ClinicDay clinic;

	@Test
	void theFrontDeskBooksOverTheApiAndTheSecondBookingOfTheSlotIsRefusedNamingTheDoctor() throws Exception {
		var doctor = clinic.aDoctor(ClinicDay.surname("Апиев"));
		var chair = clinic.aChair();
		var service = clinic.aService("Осмотр", 30);
		var first = clinic.aPatient(ClinicDay.surname("Апиева"));
		var body = """
				{"patientId": "%s", "doctorId": "%s", "chairId": "%s", "services": ["%s"], "start": "%s"}""";

		mvc.perform(post("/api/appointments").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR)))
				.contentType(MediaType.APPLICATION_JSON).content(body.formatted(first, doctor, chair, service, clinic.nextWeek(10, 0))))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/appointments/")))
				.andExpect(jsonPath("$.status").value("BOOKED"))
				.andExpect(jsonPath("$.end").value(clinic.nextWeek(10, 30).toString() + ":00"))
				.andExpect(jsonPath("$.services[0].minutes").value(30))
				.andExpect(jsonPath("$.history[0].by").value(staff.usernameOf(Role.ADMINISTRATOR)));

		mvc.perform(post("/api/appointments").with(csrf()).with(user(staff.signedIn(Role.OWNER)))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(clinic.aPatient(ClinicDay.surname("Вторая")), doctor, clinic.aChair(), service, clinic.nextWeek(10, 15))))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[*].field", hasItem("doctorId")))
				.andExpect(jsonPath("$.errors[*].message", hasItem("Врач в это время занят: у него другой приём")));

		mvc.perform(get("/api/appointments").param("date", clinic.nextWeek().toString()).param("doctor", doctor.toString())
				.with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(1))
				.andExpect(jsonPath("$[0].patientId").value(first.toString()));
	}

	@Test
	void theAccountantReadsButNeitherBooksNorMovesStatuses() throws Exception {
		var id = clinic.book(clinic.aPatient(ClinicDay.surname("Читаемая")), clinic.aDoctor(ClinicDay.surname("Читаев")),
				clinic.aChair(), clinic.aService("Осмотр", 30), clinic.nextWeek(11, 0));

		mvc.perform(get("/api/appointments/" + id).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id.toString()));
		mvc.perform(post("/api/appointments").with(csrf()).with(user(staff.signedIn(Role.ACCOUNTANT)))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/appointments/" + id + "/status").with(csrf()).with(user(staff.signedIn(Role.ACCOUNTANT)))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CONFIRMED\", \"version\": 0}"))
				.andExpect(status().isForbidden());
	}

	@Test
	void aStepThatMayNotFollowIsAConflict() throws Exception {
		var id = clinic.book(clinic.aPatient(ClinicDay.surname("Шаговая")), clinic.aDoctor(ClinicDay.surname("Шагов")),
				clinic.aChair(), clinic.aService("Осмотр", 30), clinic.nextWeek(12, 0));

		mvc.perform(post("/api/appointments/" + id + "/status").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR)))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"COMPLETED\", \"version\": 0}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.current").value("BOOKED"));
		mvc.perform(post("/api/appointments/" + id + "/status").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR)))
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CONFIRMED\", \"version\": 0}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CONFIRMED"))
				.andExpect(jsonPath("$.version").value(1));
	}
}
