package com.clubstom.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The "Appointments" tab of the patient card: everyone on the staff sees it, upcoming visits soonest first and the
 * history latest first, each with doctor, chair, services, a coloured status and the day's link to the calendar; a
 * cancellation keeps its reason. Every look is in the audit trail.
 */
@ClubStomWebTest
class PatientAppointmentsTabTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired AppointmentsOnFile appointments;
	@Autowired AuditTrail audit;

	static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true").header("HX-Target", "tab-panel");
	}

	/** Two visits done or missed, one cancelled, one next week and one the week after. */
	private PatientId aPatientWithAHistory() {
		var patient = patients.anAdultWithDocuments("Приёмова", "Вера", "Ильинична");
		var doctor = appointments.aDoctor("Зубарев", "Глеб", "#2B8A3E");
		var chair = appointments.aChair("Кресло у окна");
		var checkUp = appointments.aService("Осмотр и консультация", 30);
		var filling = appointments.aService("Пломба из светового композита", 60);
		var today = appointments.today();

		var completed = appointments.book(patient, doctor, chair, filling, today.minusDays(20).atTime(10, 0), 60);
		appointments.moveOn(completed, null, AppointmentStatus.ARRIVED, AppointmentStatus.IN_CHAIR, AppointmentStatus.COMPLETED);
		var missed = appointments.book(patient, doctor, chair, checkUp, today.minusDays(10).atTime(11, 30), 30);
		appointments.moveOn(missed, null, AppointmentStatus.NO_SHOW);
		var cancelled = appointments.book(patient, doctor, chair, checkUp, today.plusDays(3).atTime(9, 0), 30);
		appointments.moveOn(cancelled, "Заболела, перезвонит", AppointmentStatus.CANCELLED);
		var confirmed = appointments.book(patient, doctor, chair, filling, today.plusDays(7).atTime(15, 0), 60);
		appointments.moveOn(confirmed, null, AppointmentStatus.CONFIRMED);
		appointments.book(patient, doctor, chair, checkUp, today.plusDays(14).atTime(16, 45), 30);
		return patient;
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Role.class)
	void everyRoleFindsTheTabOnTheCardAndOpensIt(Role role) throws Exception {
		var patient = aPatientWithAHistory();

		mvc.perform(get("/patients/" + patient).with(user(staff.signedIn(role)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"tab-appointments\""),
						containsString("/patients/" + patient + "/tabs/appointments"))));
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/appointments")).with(user(staff.signedIn(role))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-testid=\"appointments-tab\"")));
	}

	@Test
	void upcomingVisitsComeSoonestFirstAndTheHistoryLatestFirstWithStatusesAndTheCancellationReason() throws Exception {
		var patient = aPatientWithAHistory();
		var today = appointments.today();

		var page = mvc.perform(htmx(get("/patients/" + patient + "/tabs/appointments")).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Предстоящие приёмы"), containsString("Прошедшие и отменённые"),
						containsString("Зубарев Глеб Олегович"), containsString("--dot:#2B8A3E"), containsString("Кресло у окна"),
						containsString("Пломба из светового композита"), containsString("15:00–16:00"),
						containsString("status-badge--CONFIRMED"), containsString(">Подтверждён<"),
						containsString(">Записан<"), containsString(">Завершён<"), containsString(">Не пришёл<"),
						containsString("status-badge--CANCELLED"), containsString(">Отменён<"),
						containsString("Причина: Заболела, перезвонит"),
						containsString("href=\"/calendar?date=" + today.plusDays(7) + "\""))))
				.andReturn().getResponse().getContentAsString();

		var upcoming = page.substring(page.indexOf("data-testid=\"appointments-upcoming\""), page.indexOf("data-testid=\"appointments-past\""));
		var past = page.substring(page.indexOf("data-testid=\"appointments-past\""));
		assertThat(upcoming.indexOf("date=" + today.plusDays(7))).isPositive().isLessThan(upcoming.indexOf("date=" + today.plusDays(14)));
		assertThat(upcoming).doesNotContain("date=" + today.plusDays(3));
		// the cancelled one was for the future: it belongs to the history, ahead of what is over
		assertThat(past.indexOf("date=" + today.plusDays(3))).isPositive()
				.isLessThan(past.indexOf("date=" + today.minusDays(10)));
		assertThat(past.indexOf("date=" + today.minusDays(10))).isLessThan(past.indexOf("date=" + today.minusDays(20)));
	}

	@Test
	void theTabSpeaksEnglish() throws Exception {
		var patient = aPatientWithAHistory();

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/appointments")).param("lang", "en").with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("Upcoming appointments"), containsString("Past and cancelled"),
						containsString(">Confirmed<"), containsString(">No-show<"), containsString("Reason: Заболела, перезвонит"),
						containsString("Open this day in the calendar"))));
	}

	@Test
	void aPatientWithoutAppointmentsIsToldSo() throws Exception {
		var patient = patients.anAdultWithDocuments("Новикова", "Анна", "Сергеевна");

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/appointments")).with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Предстоящих приёмов нет."), containsString("Прошедших приёмов нет."))));
	}

	@Test
	void everyLookIsRecordedInTheAuditTrail() throws Exception {
		var patient = aPatientWithAHistory();

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/appointments")).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk());

		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.VIEW), 0, 10).entries())
				.anySatisfy(entry -> {
					assertThat(entry.section()).isEqualTo(Scheduling.SECTION);
					assertThat(entry.actorUsername()).isEqualTo(staff.usernameOf(Role.ASSISTANT));
				});
	}

	@Test
	void anUnknownPatientIsNotFoundAndSomeoneSignedOutIsSentToSignIn() throws Exception {
		mvc.perform(htmx(get("/patients/" + UUID.randomUUID() + "/tabs/appointments")).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isNotFound());
		mvc.perform(get("/patients/" + UUID.randomUUID() + "/tabs/appointments"))
				.andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}
}
