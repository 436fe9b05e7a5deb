package com.clubstom.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ServiceCategory;
import com.clubstom.medicalrecord.ServiceDetails;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.Booking;
import com.clubstom.scheduling.PartOfDay;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.scheduling.WaitingList;
import com.clubstom.scheduling.WaitingListEntry;
import com.clubstom.scheduling.WaitingListStatus;
import com.clubstom.scheduling.WaitingRequest;
import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.Position;
import com.clubstom.staff.Role;
import com.clubstom.staff.Shift;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingHours;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The waiting list page: the front desk puts a patient on it through the dialog (picked by a live search, refused
 * input shown beside the field and kept), sees the time a cancellation freed with the patients it suits and a link
 * that books one, and withdraws a patient; the rest of the clinic only reads.
 */
@ClubStomWebTest
class WaitingListPageTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired StaffDirectory directory;
	@Autowired WorkingHours hours;
	@Autowired Chairs chairs;
	@Autowired ServiceCatalogue catalogue;
	@Autowired Scheduling scheduling;
	@Autowired WaitingList waitingList;
	@Autowired AuditTrail audit;

	static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true").header("HX-Target", "waiting-dialog");
	}

	/** A doctor working 09:00–18:00 every day, so a time next week is always bookable. */
	private StaffMemberId aDoctor(String lastName) {
		var doctor = directory.hire(new StaffMemberDetails(lastName, "Олег", "Викторович", Position.DOCTOR,
				Set.of(Specialisation.THERAPIST), null, null, new CalendarColour("#0D7680"), null, null, null));
		var week = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		for (var day : DayOfWeek.values()) {
			week.put(day, List.of(Shift.of("09:00", "18:00")));
		}
		hours.changeWeeklyShifts(doctor, week);
		return doctor;
	}

	private PatientId aPatient(String lastName) {
		return patients.anAdultWithDocuments(lastName, "Ольга", "Сергеевна");
	}

	private WaitingListEntry waiting(PatientId patient, StaffMemberId doctor, String note) {
		var id = waitingList.add(new WaitingRequest(patient, doctor, null, null, null, PartOfDay.MORNING, note));
		return waitingList.find(id).orElseThrow();
	}

	@Test
	void everyoneSeesWhoIsWaitingButOnlyTheFrontDeskSeesTheButtons() throws Exception {
		var doctor = aDoctor("Листов");
		waiting(aPatient("Ждунова"), doctor, "может прийти за час");

		mvc.perform(get("/calendar/waiting-list").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Лист ожидания"), containsString("Ждунова Ольга Сергеевна"),
						containsString("Листов Олег Викторович"), containsString("Утро (до 12:00)"),
						containsString("может прийти за час"), containsString("data-testid=\"add-to-waiting-list\""),
						containsString("data-testid=\"withdraw\""), containsString("/assets/css/waiting-list.css"))));
		mvc.perform(get("/calendar/waiting-list").with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Ждунова Ольга Сергеевна"),
						not(containsString("data-testid=\"add-to-waiting-list\"")), not(containsString("data-testid=\"withdraw\"")))));
		mvc.perform(get("/calendar/waiting-list").param("lang", "en").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(content().string(allOf(containsString("Waiting list"), containsString("Morning (before 12:00)"),
						not(containsString("Лист ожидания")))));
	}

	@Test
	void theFrontDeskPicksAPatientBySearchAndPutsThemOnTheList() throws Exception {
		var doctor = aDoctor("Выборов");
		var patient = aPatient("Искомова");
		var admin = user(staff.signedIn(Role.ADMINISTRATOR));

		mvc.perform(get("/calendar/waiting-list/new").header("HX-Request", "true").with(admin))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"waiting-dialog\""), containsString("Выборов Олег Викторович"),
						containsString("hx-get=\"/calendar/waiting-list/patients\""), containsString("Начните вводить"))));
		mvc.perform(get("/calendar/waiting-list/patients").param("patientQuery", "искомова").header("HX-Request", "true")
				.with(admin))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"waiting-patient-choices\""),
						containsString("value=\"" + patient + "\""), containsString("Искомова Ольга Сергеевна"),
						containsString("12.03.1984"))));

		mvc.perform(htmx(post("/calendar/waiting-list")).param("patientId", patient.toString())
				.param("doctorId", doctor.toString()).param("partOfDay", "EVENING").param("note", "после работы")
				.with(csrf()).with(admin))
				.andExpect(status().isOk()).andExpect(header().string("HX-Redirect", "/calendar/waiting-list"))
				.andExpect(flash().attribute("toastCode", "waitinglist.added"));

		assertThat(waitingList.waiting()).filteredOn(entry -> entry.patientId().equals(patient)).singleElement()
				.satisfies(entry -> {
					assertThat(entry.doctorId()).contains(doctor);
					assertThat(entry.partOfDay()).isEqualTo(PartOfDay.EVENING);
					assertThat(entry.from()).isEqualTo(waitingList.today());
					assertThat(entry.note()).isEqualTo("после работы");
					assertThat(entry.addedByName()).isEqualTo(StaffOnDuty.fullNameOf(Role.ADMINISTRATOR));
				});
		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.CREATE), 0, 10).entries())
				.anySatisfy(recorded -> assertThat(recorded.section()).isEqualTo(WaitingList.SECTION));
	}

	@Test
	void aPatientWithoutDoctorOrServiceIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
		var patient = aPatient("Неполнова");

		mvc.perform(htmx(post("/calendar/waiting-list")).param("patientId", patient.toString()).param("note", "звонить вечером")
				.param("until", "2020-01-01").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Redirect"))
				.andExpect(content().string(allOf(containsString("id=\"waiting-dialog\""),
						containsString("data-error-for=\"doctorId\">Укажите врача или услугу"),
						containsString("data-error-for=\"until\">Дата «по» раньше даты «с»"),
						containsString("звонить вечером"), containsString("Неполнова Ольга Сергеевна"),
						containsString("value=\"" + patient + "\" checked=\"checked\""))));
		mvc.perform(htmx(post("/calendar/waiting-list")).param("lang", "en").param("note", "call in the evening")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("data-error-for=\"patientId\">Choose a patient"),
						containsString("data-error-for=\"doctorId\">Choose a doctor or a service"),
						containsString("call in the evening"))));

		assertThat(waitingList.waiting()).noneMatch(entry -> entry.patientId().equals(patient));
	}

	@Test
	void theFrontDeskWithdrawsAPatient() throws Exception {
		var entry = waiting(aPatient("Передумова"), aDoctor("Уходов"), null);

		mvc.perform(post("/calendar/waiting-list/" + entry.id() + "/withdraw").with(csrf())
				.with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("toastCode", "waitinglist.withdrawn"));

		assertThat(waitingList.find(entry.id()).orElseThrow().status()).isEqualTo(WaitingListStatus.WITHDRAWN);
		mvc.perform(get("/calendar/waiting-list").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(content().string(not(containsString("Передумова Ольга Сергеевна"))));
	}

	@Test
	void aCancelledTimeIsSuggestedToTheWaitingPatientWithALinkThatBooksThem() throws Exception {
		var doctor = aDoctor("Освобождаев");
		var chair = chairs.add("Кресло ожидания " + ThreadLocalRandom.current().nextInt(1_000_000), null);
		var service = catalogue.add(new ServiceDetails("Осмотр перед листом ожидания",
				String.format("A16.07.%03d.%03d", ThreadLocalRandom.current().nextInt(1000), ThreadLocalRandom.current().nextInt(1000)),
				ServiceCategory.THERAPY, 30, false), catalogue.today(), Money.roubles(2000));
		var day = waitingList.today().plusDays(7);
		var appointment = scheduling.book(new Booking(aPatient("Отменяева"), doctor, chair, List.of(service),
				day.atTime(10, 0), null, null), false);
		var entry = waiting(aPatient("Торопова"), doctor, "хочет пораньше");

		scheduling.changeStatus(appointment, 0, AppointmentStatus.CANCELLED, "уехала");
		await().atMost(Duration.ofSeconds(10)).until(() -> waitingList.suggestions().stream()
				.anyMatch(suggestion -> suggestion.slot().appointmentId().equals(appointment)));

		mvc.perform(get("/calendar/waiting-list").with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"freed-slot\""), containsString("10:00–10:30"),
						containsString("отмена"), containsString("Осмотр перед листом ожидания"),
						containsString("Торопова Ольга Сергеевна"), containsString("хочет пораньше"),
						containsString("href=\"/calendar?date=" + day + "&amp;doctor=" + doctor + "&amp;patient="
								+ entry.patientId() + "\""))));
	}
}
