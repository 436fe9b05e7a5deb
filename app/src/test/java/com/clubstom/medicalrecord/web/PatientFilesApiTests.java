package com.clubstom.medicalrecord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.unit.DataSize;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.medicalrecord.FileFilter;
import com.clubstom.medicalrecord.FileLimits;
import com.clubstom.medicalrecord.PatientFiles;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** An X-ray unit's software files pictures through the API: the same checks as the card, problem answers, every download audited. */
@ClubStomWebTest
class PatientFilesApiTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired PatientFiles files;
	@Autowired AuditTrail audit;

	private RequestPostProcessor as(Role role) {
		return httpBasic(staff.usernameOf(role), StaffOnDuty.PASSWORD);
	}

	private PatientId aPatient() {
		return patients.anAdultWithDocuments("Апишина", "Вера", "Павловна");
	}

	@Test
	void anXRayIsUploadedAndAnsweredWithWhatDescribesIt() throws Exception {
		var patient = aPatient();
		var visit = UUID.randomUUID();

		mvc.perform(multipart("/api/patients/" + patient + "/files").file(XRays.part("IM_0036.jpg", "image/jpeg", XRays.film(640, 480)))
				.param("kind", "X_RAY").param("teeth", "36,37").param("visitId", visit.toString())
				.param("takenOn", files.today().toString()).param("title", "Прицельный снимок").with(as(Role.DOCTOR)))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", containsString("/api/files/")))
				.andExpect(jsonPath("$.patientId").value(patient.toString()))
				.andExpect(jsonPath("$.kind").value("X_RAY"))
				.andExpect(jsonPath("$.contentType").value("image/jpeg"))
				.andExpect(jsonPath("$.fileName").value("IM_0036.jpg"))
				.andExpect(jsonPath("$.sha256").isString())
				.andExpect(jsonPath("$.teeth[1]").value(37))
				.andExpect(jsonPath("$.visitId").value(visit.toString()))
				.andExpect(jsonPath("$.takenOn").value(files.today().toString()))
				.andExpect(jsonPath("$.uploadedBy").value(staff.usernameOf(Role.DOCTOR)))
				.andExpect(jsonPath("$.downloadUrl", endsWith("/content")))
				.andExpect(jsonPath("$.thumbnailUrl", endsWith("/thumbnail")));
	}

	@Test
	void aFakeImageIsRefusedWith422NamingTheFieldAndTheReason() throws Exception {
		mvc.perform(multipart("/api/patients/" + aPatient() + "/files").file(XRays.part("снимок.jpg", "image/jpeg", XRays.PDF))
				.param("teeth", "36,99").with(as(Role.ASSISTANT)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("teeth"))
				.andExpect(jsonPath("$.errors[0].message").value("Нет такого зуба: 99. Номера по FDI: постоянные 11–48, молочные 51–85"))
				.andExpect(jsonPath("$.errors[1].field").value("file"))
				.andExpect(jsonPath("$.errors[1].code").value("files.file.not.JPEG"))
				.andExpect(jsonPath("$.errors[1].message").value("Файл «снимок.jpg» не является изображением JPEG: по содержимому это PDF"));
		mvc.perform(multipart("/api/patients/" + aPatient() + "/files").param("takenOn", "вчера").with(as(Role.ASSISTANT)))
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("takenOn"));
	}

	@Test
	void aPictureOverItsLimitIsRefusedWith413() throws Exception {
		var huge = Arrays.copyOf(XRays.film(80, 80), 20 * 1024 * 1024 + 1);

		mvc.perform(multipart("/api/patients/" + aPatient() + "/files").file(XRays.part("big.jpg", "image/jpeg", huge))
				.with(as(Role.DOCTOR)))
				.andExpect(status().isContentTooLarge())
				.andExpect(jsonPath("$.errors[0].code").value("files.file.too-large"));
	}

	@Test
	void theListAndADownloadAreAuditedAndTheDownloadKeepsTheOriginalName() throws Exception {
		var patient = aPatient();
		mvc.perform(multipart("/api/patients/" + patient + "/files").file(XRays.part("Панорамный снимок.jpg", "image/jpeg",
				XRays.film(900, 400))).param("teeth", "46").with(as(Role.DOCTOR))).andExpect(status().isCreated());
		var stored = files.listOf(patient, FileFilter.all()).get(0);

		mvc.perform(get("/api/patients/" + patient + "/files").param("tooth", "46").with(as(Role.OWNER)))
				.andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(stored.id().toString()))
				.andExpect(jsonPath("$[0].kind").value("PHOTO"));
		mvc.perform(get("/api/patients/" + patient + "/files").param("tooth", "47").with(as(Role.OWNER)))
				.andExpect(jsonPath("$").isEmpty());
		mvc.perform(get("/api/files/" + stored.id()).with(as(Role.ASSISTANT))).andExpect(status().isOk())
				.andExpect(jsonPath("$.size").value(stored.size()));
		var download = mvc.perform(get("/api/files/" + stored.id() + "/content").with(as(Role.DOCTOR)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
				.andReturn().getResponse();
		assertThat(download.getContentAsByteArray()).hasSize((int) stored.size());
		mvc.perform(get("/api/files/" + stored.id() + "/thumbnail").with(as(Role.DOCTOR))).andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/jpeg"));

		var entries = audit.search(AuditQuery.aboutPatient(patient.value()), 0, 20).entries();
		assertThat(entries).filteredOn(entry -> entry.action() == AuditAction.EXPORT)
				.singleElement().satisfies(entry -> assertThat(entry.changedFields()).containsExactly("file:" + stored.id()));
		assertThat(entries).filteredOn(entry -> entry.action() == AuditAction.VIEW).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void anUnknownPatientOrFileIsNotFound() throws Exception {
		mvc.perform(multipart("/api/patients/" + UUID.randomUUID() + "/files").file(XRays.part("x.jpg", "image/jpeg", XRays.film(20, 20)))
				.with(as(Role.DOCTOR))).andExpect(status().isNotFound());
		mvc.perform(get("/api/patients/" + UUID.randomUUID() + "/files").with(as(Role.DOCTOR))).andExpect(status().isNotFound());
		mvc.perform(get("/api/files/" + UUID.randomUUID()).with(as(Role.DOCTOR))).andExpect(status().isNotFound());
		mvc.perform(get("/api/files/" + UUID.randomUUID() + "/content").with(as(Role.DOCTOR))).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMINISTRATOR", "ACCOUNTANT" })
	void theFrontDeskAndTheAccountantGetNoFilesThroughTheApi(Role role) throws Exception {
		var patient = aPatient();

		mvc.perform(get("/api/patients/" + patient + "/files").with(as(role))).andExpect(status().isForbidden());
		mvc.perform(multipart("/api/patients/" + patient + "/files").file(XRays.part("x.jpg", "image/jpeg", XRays.film(20, 20)))
				.with(as(role))).andExpect(status().isForbidden());
		mvc.perform(get("/api/files/" + UUID.randomUUID() + "/content").with(as(role))).andExpect(status().isForbidden());
		assertThat(files.listOf(patient, FileFilter.all())).isEmpty();
	}

	@Test
	void theContainerLetsTheLargestFileThroughAndStopsWhatNoRuleWouldAccept(@Autowired Environment environment) {
		var perFile = environment.getProperty("spring.servlet.multipart.max-file-size", DataSize.class);
		var perRequest = environment.getProperty("spring.servlet.multipart.max-request-size", DataSize.class);

		assertThat(perFile.toBytes()).isGreaterThan(FileLimits.LARGEST).isLessThanOrEqualTo(FileLimits.LARGEST + DataSize.ofMegabytes(1).toBytes());
		assertThat(perRequest.toBytes()).isGreaterThan(2 * FileLimits.LARGEST);
	}

	@Test
	void theOwnerReadsButDoesNotUpload() throws Exception {
		mvc.perform(multipart("/api/patients/" + aPatient() + "/files").file(XRays.part("x.jpg", "image/jpeg", XRays.film(20, 20)))
				.with(as(Role.OWNER))).andExpect(status().isForbidden());
	}
}
