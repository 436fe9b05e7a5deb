package com.clubstom.medicalrecord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.medicalrecord.FileDescription;
import com.clubstom.medicalrecord.FileFilter;
import com.clubstom.medicalrecord.FileKind;
import com.clubstom.medicalrecord.PatientFile;
import com.clubstom.medicalrecord.PatientFiles;
import com.clubstom.medicalrecord.Upload;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/**
 * The "Files" tab: doctors and assistants upload X-rays, photos and documents (checked by content, refusals beside the
 * field with the input kept), everyone treating the patient looks at them in the viewer and downloads them, every look
 * audited; the front desk and the accountant get neither the tab nor its addresses.
 */
@ClubStomWebTest
class PatientFilesPageTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired PatientsOnFile patients;
	@Autowired PatientFiles files;
	@Autowired AuditTrail audit;

	static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true");
	}

	static MockMultipartHttpServletRequestBuilder htmx(MockMultipartHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true");
	}

	private PatientId aPatient() {
		return patients.anAdultWithDocuments("Снимкова", "Ирина", "Олеговна");
	}

	private PatientFile anXRayOf(PatientId patient, int tooth) {
		var film = XRays.film(800, 600);
		return files.upload(patient, new Upload("36.jpg", "image/jpeg", film.length, new ByteArrayResource(film)),
				new FileDescription(FileKind.X_RAY, "Прицельный снимок", null, List.of(tooth), files.today(), null));
	}

	@Test
	void aDoctorUploadsAnXRayOfThirtySixAndTheGalleryShowsItUnderXRaysWithItsTooth() throws Exception {
		var patient = aPatient();

		mvc.perform(htmx(multipart("/patients/" + patient + "/files")).file(XRays.part("Прицельный 36.jpg", "image/jpeg", XRays.film(1200, 900)))
				.param("kind", "X_RAY").param("teeth", "36").param("takenOn", files.today().toString())
				.param("title", "Прицельный снимок после пломбирования").with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Retarget", "#patient-files"))
				.andExpect(header().string("HX-Trigger", containsString("toast")))
				.andExpect(header().string("HX-Trigger-After-Swap", containsString("files-uploaded")))
				.andExpect(content().string(allOf(containsString("data-testid=\"files-group-X_RAY\""),
						containsString("Прицельный снимок после пломбирования"), containsString("class=\"tooth-badge\">36<"),
						containsString("loading=\"lazy\""))));

		var stored = files.listOf(patient, FileFilter.all());
		assertThat(stored).singleElement().satisfies(file -> {
			assertThat(file.kind()).isEqualTo(FileKind.X_RAY);
			assertThat(file.width()).isEqualTo(1200);
			assertThat(file.uploadedBy().username()).isEqualTo(staff.usernameOf(Role.DOCTOR));
		});
	}

	@Test
	void severalFilesAtOnceAreFiledAlikeTheKindOfEachToldByItsContent() throws Exception {
		var patient = aPatient();

		mvc.perform(htmx(multipart("/patients/" + patient + "/files")).file(XRays.part("улыбка.jpg", "image/jpeg", XRays.film(400, 300)))
				.file(XRays.part("согласие.pdf", "application/pdf", XRays.PDF)).param("kind", "").param("teeth", "")
				.with(csrf()).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk()).andExpect(header().string("HX-Retarget", "#patient-files"))
				.andExpect(content().string(allOf(containsString("data-testid=\"files-group-PHOTO\""),
						containsString("data-testid=\"files-group-DOCUMENT\""), containsString("согласие.pdf"))));
	}

	@Test
	void aPdfRenamedJpgIsRefusedBesideTheFileFieldWithTheOtherFieldsKept() throws Exception {
		var patient = aPatient();

		mvc.perform(htmx(multipart("/patients/" + patient + "/files")).file(XRays.part("снимок.jpg", "image/jpeg", XRays.PDF))
				.param("kind", "X_RAY").param("teeth", "36, 37").param("takenOn", files.today().toString())
				.param("title", "Прицельный снимок").with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist("HX-Retarget"))
				.andExpect(content().string(allOf(containsString("id=\"file-upload-details\""), containsString("data-error-for=\"file\""),
						containsString("Файл «снимок.jpg» не является изображением JPEG: по содержимому это PDF"),
						containsString("value=\"36, 37\""), containsString("value=\"Прицельный снимок\""),
						containsString("<option value=\"X_RAY\" selected=\"selected\">"))));
		mvc.perform(htmx(multipart("/patients/" + patient + "/files")).file(XRays.part("scan.jpg", "image/jpeg", XRays.PDF))
				.param("lang", "en").with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(containsString("The file &quot;scan.jpg&quot; is not a JPEG picture: by its content it is PDF")));
		assertThat(files.listOf(patient, FileFilter.all())).isEmpty();
	}

	@Test
	void aPictureOverTwentyMegabytesIsRefusedSayingTheLimit() throws Exception {
		var patient = aPatient();
		var huge = Arrays.copyOf(XRays.film(100, 100), 21 * 1024 * 1024);

		mvc.perform(htmx(multipart("/patients/" + patient + "/files")).file(XRays.part("ОПТГ.jpg", "image/jpeg", huge))
				.with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Файл «ОПТГ.jpg» слишком большой: JPEG принимается размером до 20 МБ")));
		assertThat(files.listOf(patient, FileFilter.all())).isEmpty();
	}

	@Test
	void aToothThatDoesNotExistAndADayToComeAreRefusedBesideTheirFields() throws Exception {
		var patient = aPatient();

		mvc.perform(htmx(multipart("/patients/" + patient + "/files")).file(XRays.part("36.jpg", "image/jpeg", XRays.film(100, 100)))
				.param("teeth", "36 19").param("takenOn", files.today().plusDays(3).toString())
				.with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Нет такого зуба: 19"),
						containsString("Дата снимка не может быть в будущем"), containsString("data-error-for=\"teeth\""))));
		mvc.perform(htmx(multipart("/patients/" + patient + "/files")).param("teeth", "тридцать шесть")
				.with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(containsString("Нет такого зуба: тридцать")));
		mvc.perform(htmx(multipart("/patients/" + patient + "/files")).with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(containsString("Выберите хотя бы один файл")));
		assertThat(files.listOf(patient, FileFilter.all())).isEmpty();
	}

	@Test
	void theGalleryFiltersByToothAndKindAndListsNoFileContent() throws Exception {
		var patient = aPatient();
		var thirtySix = anXRayOf(patient, 36);
		var fortySix = anXRayOf(patient, 46);
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/files")).with(doctor)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"file-" + thirtySix.id() + "\""),
						containsString("data-testid=\"file-" + fortySix.id() + "\""), containsString("<option value=\"46\">Зуб 46</option>"),
						containsString("/files/" + thirtySix.id() + "/thumbnail"), not(containsString("/files/" + thirtySix.id() + "/content")))));
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/files")).param("tooth", "46").with(doctor))
				.andExpect(content().string(allOf(containsString("data-testid=\"file-" + fortySix.id() + "\""),
						not(containsString("data-testid=\"file-" + thirtySix.id() + "\"")))));
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/files")).param("kind", "DOCUMENT").with(doctor))
				.andExpect(content().string(allOf(containsString("data-testid=\"files-none\""),
						not(containsString("data-testid=\"files-group-X_RAY\"")))));
		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.VIEW), 0, 10).entries())
				.anySatisfy(entry -> assertThat(entry.section()).isEqualTo(PatientFiles.SECTION));
	}

	@Test
	void aPatientWithoutFilesSeesAnInvitationToUploadAndTheOwnerOnlyTheEmptyGallery() throws Exception {
		var patient = aPatient();

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/files")).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("Файлов пока нет"), containsString("data-testid=\"upload-files\""))));
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/files")).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(allOf(containsString("Файлы загружают врачи и ассистенты"),
						not(containsString("data-testid=\"upload-files\"")))));
	}

	@Test
	void theViewerShowsThePictureWhoseContentIsAuditedAsAViewAndTheDownloadAsAnExport() throws Exception {
		var patient = aPatient();
		var xRay = anXRayOf(patient, 36);
		var owner = user(staff.signedIn(Role.OWNER));
		var base = "/patients/" + patient + "/files/" + xRay.id();

		mvc.perform(htmx(get(base)).with(owner)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"file-viewer\""),
						containsString("src=\"" + base + "/content\""), containsString("data-testid=\"viewer-invert\""),
						containsString("800 × 600 пикс."), not(containsString("data-testid=\"describe-form\"")))));
		var shown = mvc.perform(get(base + "/content").with(owner)).andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/jpeg"))
				.andExpect(header().string("Content-Disposition", containsString("inline")))
				.andExpect(header().string("Cache-Control", allOf(containsString("no-cache"), containsString("private"))))
				.andExpect(header().string("ETag", "\"" + xRay.sha256() + "\"")).andReturn().getResponse();
		assertThat(shown.getContentAsByteArray()).hasSize((int) xRay.size());
		mvc.perform(get(base + "/content").param("download", "true").with(owner)).andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", allOf(containsString("attachment"), containsString("36.jpg"))));

		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()), 0, 20).entries())
				.filteredOn(entry -> entry.changedFields().contains("file:" + xRay.id()))
				.extracting(entry -> entry.action()).contains(AuditAction.VIEW, AuditAction.EXPORT);
	}

	@Test
	void thumbnailsAreKeptByTheBrowserForAYearAndAskedAgainOnlyByTheirTag() throws Exception {
		var patient = aPatient();
		var xRay = anXRayOf(patient, 36);
		var thumbnail = "/patients/" + patient + "/files/" + xRay.id() + "/thumbnail";
		var doctor = user(staff.signedIn(Role.DOCTOR));

		var etag = mvc.perform(get(thumbnail).with(doctor)).andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/jpeg"))
				.andExpect(header().string("Cache-Control", allOf(containsString("max-age=31536000"), containsString("private"),
						containsString("immutable"))))
				.andReturn().getResponse().getHeader("ETag");
		mvc.perform(get(thumbnail).header("If-None-Match", etag).with(doctor)).andExpect(status().isNotModified());
		mvc.perform(get("/patients/" + aPatient() + "/files/" + xRay.id() + "/thumbnail").with(doctor))
				.andExpect(status().isNotFound()); // another patient's address
	}

	@Test
	void aDoctorCorrectsTheDescriptionAndTheSlowerOfTwoIsToldWithTheirInputKept() throws Exception {
		var patient = aPatient();
		var xRay = anXRayOf(patient, 36);
		var doctor = user(staff.signedIn(Role.DOCTOR));
		var description = "/patients/" + patient + "/files/" + xRay.id() + "/description";

		mvc.perform(htmx(post(description)).param("version", String.valueOf(xRay.version())).param("kind", "X_RAY")
				.param("teeth", "36, 37").param("takenOn", files.today().toString()).param("title", "Прикусной снимок слева")
				.with(csrf()).with(doctor))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger", containsString("toast")))
				.andExpect(header().string("HX-Trigger-After-Settle", containsString("files-changed")))
				.andExpect(content().string(allOf(containsString("id=\"file-viewer-details\""), containsString("value=\"36, 37\""))));
		mvc.perform(htmx(post(description)).param("version", String.valueOf(xRay.version())).param("kind", "PHOTO")
				.param("teeth", "11").param("takenOn", files.today().toString()).param("title", "Опоздавший вариант")
				.with(csrf()).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"file-changed-meanwhile\""),
						containsString(StaffOnDuty.fullNameOf(Role.DOCTOR)), containsString("value=\"Опоздавший вариант\""))));
		assertThat(files.find(xRay.id()).orElseThrow().title()).isEqualTo("Прикусной снимок слева");
		mvc.perform(htmx(get("/patients/" + patient + "/files/" + xRay.id())).with(doctor)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"describe-form\""),
						containsString("value=\"Прикусной снимок слева\""), containsString("data-testid=\"archive-file\""))));
	}

	@Test
	void anArchivedFileLeavesTheGalleryAndTheChartButStaysOnRecord() throws Exception {
		var patient = aPatient();
		var xRay = anXRayOf(patient, 36);
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(htmx(post("/patients/" + patient + "/files/" + xRay.id() + "/archive")).with(csrf()).with(doctor))
				.andExpect(status().isOk())
				.andExpect(header().string("HX-Trigger-After-Settle", containsString("files-changed")))
				.andExpect(content().string(""));
		mvc.perform(htmx(get("/patients/" + patient + "/files/teeth/36")).with(doctor))
				.andExpect(content().string(allOf(containsString("Снимков и фото этого зуба нет"),
						not(containsString(xRay.id().toString())))));
		mvc.perform(get("/patients/" + patient + "/files/" + xRay.id() + "/content").with(doctor)).andExpect(status().isNotFound());
		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.ARCHIVE), 0, 5).entries()).hasSize(1);
	}

	@Test
	void theChartsToothPanelLoadsTheToothsPicturesThatOpenTheViewer() throws Exception {
		var patient = aPatient();
		var xRay = anXRayOf(patient, 36);
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(htmx(get("/patients/" + patient + "/tabs/chart")).param("tooth", "36").with(doctor))
				.andExpect(content().string(containsString("hx-get=\"/patients/" + patient + "/files/teeth/36\"")));
		mvc.perform(htmx(get("/patients/" + patient + "/files/teeth/36")).with(doctor)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"tooth-file-" + xRay.id() + "\""),
						containsString("hx-get=\"/patients/" + patient + "/files/" + xRay.id() + "\""))));
		mvc.perform(htmx(get("/patients/" + patient + "/files/teeth/37")).with(doctor))
				.andExpect(content().string(containsString("Снимков и фото этого зуба нет")));
		mvc.perform(htmx(get("/patients/" + patient + "/files/teeth/19")).with(doctor)).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMINISTRATOR", "ACCOUNTANT" })
	void theFrontDeskAndTheAccountantSeeNoFiles(Role role) throws Exception {
		var patient = aPatient();
		var xRay = anXRayOf(patient, 36);
		var signedIn = user(staff.signedIn(role));
		var base = "/patients/" + patient + "/files/" + xRay.id();

		mvc.perform(get("/patients/" + patient).with(signedIn)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("data-testid=\"tab-files\""))));
		mvc.perform(get("/patients/" + patient + "/files").with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(htmx(get("/patients/" + patient + "/tabs/files")).with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(htmx(get(base)).with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(get(base + "/content").with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(get(base + "/thumbnail").with(signedIn)).andExpect(status().isForbidden());
		mvc.perform(htmx(multipart("/patients/" + patient + "/files")).file(XRays.part("x.jpg", "image/jpeg", XRays.film(50, 50)))
				.with(csrf()).with(signedIn)).andExpect(status().isForbidden());
	}

	@Test
	void theOwnerLooksButNeitherUploadsDescribesNorArchives() throws Exception {
		var patient = aPatient();
		var xRay = anXRayOf(patient, 36);
		var owner = user(staff.signedIn(Role.OWNER));

		mvc.perform(get("/patients/" + patient + "/files").with(owner)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"tab-files\""),
						containsString("/patients/" + patient + "/tabs/files"))));
		mvc.perform(htmx(get("/patients/" + patient + "/files/new")).with(owner)).andExpect(status().isForbidden());
		mvc.perform(htmx(multipart("/patients/" + patient + "/files")).file(XRays.part("x.jpg", "image/jpeg", XRays.film(50, 50)))
				.with(csrf()).with(owner)).andExpect(status().isForbidden());
		mvc.perform(htmx(post("/patients/" + patient + "/files/" + xRay.id() + "/archive")).with(csrf()).with(owner))
				.andExpect(status().isForbidden());
		assertThat(files.find(xRay.id())).isPresent();
	}

	@Test
	void theUploadDialogOffersTheKindsTheDayAndTheTeeth() throws Exception {
		mvc.perform(htmx(get("/patients/" + aPatient() + "/files/new")).with(user(staff.signedIn(Role.ASSISTANT))))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"file-upload-dialog\""),
						containsString("hx-encoding=\"multipart/form-data\""), containsString("По содержимому файла"),
						containsString("name=\"file\" multiple"), containsString("value=\"" + files.today() + "\""))));
	}
}
