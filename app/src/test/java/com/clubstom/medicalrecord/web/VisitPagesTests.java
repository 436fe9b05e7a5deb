package com.clubstom.medicalrecord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.Charting;
import com.clubstom.medicalrecord.ClinicPictures;
import com.clubstom.medicalrecord.FileDescription;
import com.clubstom.medicalrecord.FileKind;
import com.clubstom.medicalrecord.PatientFiles;
import com.clubstom.medicalrecord.Upload;
import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ServiceCategory;
import com.clubstom.medicalrecord.ServiceDetails;
import com.clubstom.medicalrecord.Tooth;
import com.clubstom.medicalrecord.ToothCondition;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.medicalrecord.Visit;
import com.clubstom.medicalrecord.VisitStatus;
import com.clubstom.patients.PatientId;
import com.clubstom.scheduling.AppointmentId;
import com.clubstom.scheduling.AppointmentStatus;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.scheduling.web.ClinicDay;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The visit, from the calendar's "Start the visit" to completion: the doctor records a filling, a refused line keeps what
 * was typed beside its message, completion charts the filling and completes the appointment; only clinical staff see it.
 */
@ClubStomWebTest
class VisitPagesTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired ClinicDay clinic;
	@Autowired Scheduling scheduling;
	@Autowired ClinicalVisits visits;
	@Autowired ServiceCatalogue catalogue;
	@Autowired Charting charting;
	@Autowired AuditTrail audit;
	@Autowired PlansOnFile plansOnFile;
	@Autowired PatientFiles files;

	/** Russian amounts group thousands with a no-break space. */
	private static final String NBSP = "\u00a0";
	private static final AtomicInteger SLOTS = new AtomicInteger();

	static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true");
	}

	private ClinicalServiceId filling() {
		return plansOnFile.aCompositeRestoration();
	}

	/** A patient booked with the signed-in doctor in a week or two (a time of their own), marked arrived. */
	private AppointmentId anArrivedPatient(PatientId patient) {
		var slot = SLOTS.incrementAndGet();
		var start = clinic.nextWeek().plusDays(1 + slot / 16).atTime(9, 0).plusMinutes(30L * (slot % 16));
		var appointment = clinic.book(patient, clinic.theSignedInDoctor(), clinic.aChair(), clinic.aService("Осмотр", 30),
				start);
		scheduling.changeStatus(appointment, 0, AppointmentStatus.ARRIVED, null);
		return appointment;
	}

	private Visit startedBy(Role role, AppointmentId appointment) throws Exception {
		var version = scheduling.find(appointment).orElseThrow().version();
		mvc.perform(htmx(post("/calendar/appointments/" + appointment + "/visit")).param("version", String.valueOf(version))
				.with(csrf()).with(user(staff.signedIn(role))))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Redirect", startsWith("/patients/")));
		return visits.ofAppointment(appointment.value()).orElseThrow();
	}

	@Test
	void theDoctorStartsTheVisitFromTheArrivedAppointmentAndSeatsThePatient() throws Exception {
		var patient = clinic.aPatient(ClinicDay.surname("Визитова"));
		var appointment = anArrivedPatient(patient);

		var visit = startedBy(Role.DOCTOR, appointment);

		assertThat(scheduling.find(appointment).orElseThrow().status()).isEqualTo(AppointmentStatus.IN_CHAIR);
		assertThat(visit.current()).extracting(line -> line.name()).containsExactly("Осмотр");
		mvc.perform(get("/patients/" + patient + "/visits/" + visit.id()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"visit-status\">Идёт приём"),
						containsString("Осмотр"), containsString("data-testid=\"complete-visit\""),
						containsString("Кариес дентина") /* the clinic's templates */, containsString("2" + NBSP + "500,00"))));
		mvc.perform(get("/calendar/appointments/" + appointment).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(containsString("data-testid=\"open-visit\"")));
	}

	@Test
	void aFillingWithoutItsToothIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
		var patient = clinic.aPatient(ClinicDay.surname("Пломбова"));
		var visit = startedBy(Role.DOCTOR, anArrivedPatient(patient));

		mvc.perform(htmx(post("/patients/" + patient + "/visits/" + visit.id() + "/procedures"))
				.param("version", String.valueOf(visit.version())).param("service", filling().value().toString())
				.param("surfaces", "O").param("discount", "300").with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Укажите зуб"), containsString("value=\"300\""),
						containsString("data-testid=\"procedure-surface-O\" checked"))));
		mvc.perform(htmx(post("/patients/" + patient + "/visits/" + visit.id() + "/procedures"))
				.param("version", String.valueOf(visit.version())).param("service", filling().value().toString())
				.param("tooth", "36").param("surfaces", "O").param("discount", "9000").param("lang", "en").with(csrf())
				.with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(containsString("The discount is more than the line&#39;s sum")));

		assertThat(visits.find(visit.id()).orElseThrow().current()).hasSize(1);
	}

	@Test
	void completingChartsTheFillingCompletesTheAppointmentAndLocksTheVisit() throws Exception {
		var patient = clinic.aPatient(ClinicDay.surname("Завершенова"));
		var appointment = anArrivedPatient(patient);
		var visit = startedBy(Role.DOCTOR, appointment);
		var doctor = user(staff.signedIn(Role.DOCTOR));
		var path = "/patients/" + patient + "/visits/" + visit.id();

		mvc.perform(htmx(post(path + "/procedures")).param("version", String.valueOf(visit.version()))
				.param("service", filling().value().toString()).param("tooth", "36").param("surfaces", "O").param("discount", "10 %")
				.with(csrf()).with(doctor))
				.andExpect(content().string(allOf(containsString("36 O"), containsString("650,00"), containsString("8" + NBSP + "350,00"))));
		var recorded = visits.find(visit.id()).orElseThrow();
		mvc.perform(htmx(post(path + "/complete")).param("version", String.valueOf(recorded.version())).with(csrf()).with(doctor))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger", containsString("toast")))
				.andExpect(content().string(allOf(containsString("Завершён"), not(containsString("data-testid=\"complete-visit\"")),
						containsString("data-testid=\"visit-amend\""))));

		assertThat(visits.find(visit.id()).orElseThrow().status()).isEqualTo(VisitStatus.COMPLETED);
		assertThat(charting.chartOf(patient).asOf(charting.now()).of(Tooth.of(36)).on(ToothSurface.OCCLUSAL))
				.contains(ToothCondition.FILLING);
		await().atMost(Duration.ofSeconds(10))
				.until(() -> scheduling.find(appointment).orElseThrow().status() == AppointmentStatus.COMPLETED);
		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.CHANGE), 0, 20).entries())
				.anySatisfy(entry -> assertThat(entry.changedFields()).containsExactly("completed"));
	}

	@Test
	void notesFromAnOutdatedPageAreKeptInTheFormWithAWarning() throws Exception {
		var patient = clinic.aPatient(ClinicDay.surname("Заметкова"));
		var visit = startedBy(Role.DOCTOR, anArrivedPatient(patient));
		visits.writeNotes(visit.id(), visit.version(),
				new com.clubstom.medicalrecord.VisitNotes("записал ассистент", null, null, null, null));

		mvc.perform(htmx(post("/patients/" + patient + "/visits/" + visit.id() + "/notes"))
				.param("version", String.valueOf(visit.version())).param("complaints", "боль от холодного в 36")
				.with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("data-testid=\"visit-changed-meanwhile\""),
						containsString("боль от холодного в 36"))));
		assertThat(visits.find(visit.id()).orElseThrow().notes().complaints()).isEqualTo("записал ассистент");
	}

	@Test
	void anAmendmentNeedsAReasonAndIsListedWithIt() throws Exception {
		var patient = clinic.aPatient(ClinicDay.surname("Поправкина"));
		var visit = startedBy(Role.DOCTOR, anArrivedPatient(patient));
		visits.complete(visit.id(), visit.version());
		var completed = visits.find(visit.id()).orElseThrow();
		var path = "/patients/" + patient + "/visits/" + visit.id() + "/amendments";
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(htmx(post(path)).param("version", String.valueOf(completed.version()))
				.param("withdrawn", completed.current().get(0).id().toString()).with(csrf()).with(doctor))
				.andExpect(content().string(containsString("Укажите причину исправления")));
		mvc.perform(htmx(post(path)).param("version", String.valueOf(completed.version())).param("reason", "осмотр не проводился")
				.param("withdrawn", completed.current().get(0).id().toString()).with(csrf()).with(doctor))
				.andExpect(content().string(allOf(containsString("data-testid=\"visit-amendment\""),
						containsString("осмотр не проводился"), containsString("отозвано процедур: 1"))));
		assertThat(visits.find(visit.id()).orElseThrow().current()).isEmpty();
	}

	@Test
	void theTabListsVisitsWithTheirSumsAndLetsCliniciansOpenOne() throws Exception {
		var patient = clinic.aPatient(ClinicDay.surname("Списковa"));
		startedBy(Role.DOCTOR, anArrivedPatient(patient));

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/visits")).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"visit-row\""), containsString("Идёт приём"),
						containsString("data-testid=\"open-visit\""))));
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/visits")).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"visit-row\""),
						not(containsString("data-testid=\"open-visit\"")))));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMINISTRATOR", "ACCOUNTANT" })
	void theFrontDeskAndTheAccountantSeeNoVisit(Role role) throws Exception {
		var patient = clinic.aPatient(ClinicDay.surname("Тайнова"));
		var visit = visits.openDirectly(patient, clinic.theSignedInDoctor());

		mvc.perform(get("/patients/" + patient + "/visits/" + visit.id()).with(user(staff.signedIn(role))))
				.andExpect(status().isForbidden());
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/visits")).with(user(staff.signedIn(role))))
				.andExpect(status().isForbidden());
		mvc.perform(htmx(post("/patients/" + patient + "/visits/" + visit.id() + "/complete")).param("version", "1")
				.with(csrf()).with(user(staff.signedIn(role)))).andExpect(status().isForbidden());
	}

	@Test
	void theOwnerReadsAVisitWithoutItsForms() throws Exception {
		var patient = clinic.aPatient(ClinicDay.surname("Владелицева"));
		var visit = visits.openDirectly(patient, clinic.theSignedInDoctor());

		mvc.perform(get("/patients/" + patient + "/visits/" + visit.id()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"visit\""),
						not(containsString("data-testid=\"procedure-form\"")), not(containsString("data-testid=\"complete-visit\"")))));
		mvc.perform(htmx(post("/patients/" + patient + "/visits/" + visit.id() + "/complete")).param("version", "1")
				.with(csrf()).with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isForbidden());
	}

	@Test
	void aDoctorOpensAVisitWithoutAnAppointmentFromTheTab() throws Exception {
		var patient = clinic.aPatient(ClinicDay.surname("Прямова"));
		var doctor = clinic.theSignedInDoctor();

		mvc.perform(htmx(post("/patients/" + patient + "/visits")).param("doctor", doctor.value().toString()).with(csrf())
				.with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(header().string("HX-Redirect", startsWith("/patients/" + patient + "/visits/")));
		assertThat(visits.historyOf(patient)).singleElement()
				.satisfies(visit -> assertThat(visit.appointmentId()).isEmpty());
	}


	@Test
	void theVisitPageShowsTheXRaysTakenAtItAndOffersToUploadMore() throws Exception {
		var patient = clinic.aPatient(ClinicDay.surname("Снимкова"));
		var visit = visits.openDirectly(patient, clinic.theSignedInDoctor());
		var xRay = files.upload(patient, new Upload("36-bitewing.jpg", "image/jpeg", ClinicPictures.periapical().length,
				new ByteArrayResource(ClinicPictures.periapical())),
				new FileDescription(FileKind.X_RAY, "Прицельный 36", null, List.of(36), null, visit.id().value()));
		files.upload(patient, new Upload("smile.jpg", "image/jpeg", ClinicPictures.smile().length,
				new ByteArrayResource(ClinicPictures.smile())), FileDescription.none());

		mvc.perform(htmx(get("/patients/" + patient + "/files/visits/" + visit.id())).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"visit-file-" + xRay.id() + "\""),
						containsString("Прицельный 36"), not(containsString("smile.jpg")), containsString("data-testid=\"visit-upload\""))));
		mvc.perform(htmx(get("/patients/" + patient + "/files/new")).param("visit", visit.id().toString())
				.with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(containsString("name=\"visitId\" value=\"" + visit.id() + "\"")));
	}

	@Test
	void theApiGivesTheVisitsWithTheirAmountsToClinicalReadersOnly() throws Exception {
		var patient = clinic.aPatient(ClinicDay.surname("Апиева"));
		var visit = visits.openDirectly(patient, clinic.theSignedInDoctor());
		visits.addProcedure(visit.id(), visit.version(), new com.clubstom.medicalrecord.ProcedureRequest(filling(), 36,
				java.util.Set.of(ToothSurface.OCCLUSAL), 1, "500", null, null));

		mvc.perform(get("/api/patients/" + patient + "/visits").with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].id").value(visit.id().toString()))
				.andExpect(jsonPath("$[0].status").value("OPEN"))
				.andExpect(jsonPath("$[0].procedures[0].code").value("A16.07.002.001"))
				.andExpect(jsonPath("$[0].procedures[0].tooth").value(36))
				.andExpect(jsonPath("$[0].procedures[0].surfaces").value("O"))
				.andExpect(jsonPath("$[0].procedures[0].total").value(6000.00))
				.andExpect(jsonPath("$[0].total").value(6000.00));
		mvc.perform(get("/api/visits/" + visit.id()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk()).andExpect(jsonPath("$.doctorId").value(clinic.theSignedInDoctor().value().toString()));
		mvc.perform(get("/api/visits/" + visit.id()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isForbidden());
		mvc.perform(get("/api/patients/" + patient + "/visits").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isForbidden());
	}
}
