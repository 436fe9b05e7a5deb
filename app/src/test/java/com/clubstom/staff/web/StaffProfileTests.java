package com.clubstom.staff.web;

import static com.clubstom.staff.web.StaffCatalogueTests.htmx;
import static com.clubstom.staff.web.StaffOnFile.aUniqueSurname;
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

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.staff.Role;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffStatus;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** A staff member's profile and the owner's actions on it: edit, photo, status, certificates. */
@ClubStomWebTest
@Import(StaffOnFile.class)
class StaffProfileTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired StaffOnFile people;

	@Test
	void everyRoleSeesTheProfileAndOnlyTheOwnerItsActionsAndAccount() throws Exception {
		var id = people.aSurgeon(aUniqueSurname("Ким"));

		mvc.perform(get("/staff/" + id).with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Виктор Андреевич"), containsString("Удаляет зубы любой сложности"),
						containsString("МГМСУ им. А. И. Евдокимова"), containsString("kim@clinic.ru"), containsString("Хирург"),
						containsString("hx-get=\"/staff/" + id + "/hours\""), containsString("hx-get=\"/staff/" + id + "/account\""),
						containsString("data-testid=\"edit-staff-member\""), containsString("data-testid=\"staff-photo-form\""),
						containsString("hx-encoding=\"multipart/form-data\""), containsString("data-testid=\"set-status-DISMISSED\""),
						containsString("data-testid=\"add-certificate-form\""), containsString("data-testid=\"staff-initials\""),
						not(containsString("data-testid=\"staff-statistics\"")))));
		for (var role : new Role[] { Role.ADMINISTRATOR, Role.DOCTOR, Role.ASSISTANT, Role.ACCOUNTANT }) {
			mvc.perform(get("/staff/" + id).with(user(staff.signedIn(role)))).andExpect(status().isOk())
					.andExpect(content().string(allOf(containsString("Виктор Андреевич"),
							containsString("hx-get=\"/staff/" + id + "/hours\""),
							not(containsString("/staff/" + id + "/account")), not(containsString("edit-staff-member")),
							not(containsString("staff-photo-form")), not(containsString("add-certificate-form")))));
		}
	}

	@Test
	void certificatesAboutToExpireAndExpiredOnesAreFlagged() throws Exception {
		var id = people.aSurgeon(aUniqueSurname("Захаров"));
		people.withCertificatesNeedingAttention(id);

		mvc.perform(get("/staff/" + id).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("Аккредитация: хирургия"), containsString("Минздрав России · № 7724"),
						containsString("data-testid=\"certificate-expiring\""), containsString("скоро истекает"),
						containsString("data-testid=\"certificate-expired\""), containsString("истёк"))));
	}

	@Test
	void theOwnerAddsAndRemovesCertificatesInPlace() throws Exception {
		var id = people.aSurgeon(aUniqueSurname("Попов"));
		var owner = user(staff.signedIn(Role.OWNER));

		mvc.perform(htmx(post("/staff/" + id + "/certificates"), "staff-certificates").param("title", "")
				.param("validUntil", "99.99.2030").with(csrf()).with(owner))
				.andExpect(content().string(allOf(containsString("data-error-for=\"title\""), containsString("Обязательное поле"),
						containsString("Введите дату в формате ДД.ММ.ГГГГ"))));
		mvc.perform(htmx(post("/staff/" + id + "/certificates"), "staff-certificates").param("title", "Ортодонтия")
				.param("issuer", "МГМСУ").param("validUntil", "01.01.2040").with(csrf()).with(owner))
				.andExpect(status().isOk()).andExpect(header().exists("HX-Trigger"))
				.andExpect(content().string(allOf(containsString("Ортодонтия"), containsString("до 01.01.2040"),
						not(containsString("<html")))));
		var version = people.directory().find(id).orElseThrow().version();

		mvc.perform(post("/staff/" + id + "/certificates/0/remove").param("version", String.valueOf(version - 1))
				.with(csrf()).with(owner)).andExpect(content().string(containsString("data-testid=\"certificates-changed\"")));
		mvc.perform(post("/staff/" + id + "/certificates/0/remove").param("version", String.valueOf(version))
				.with(csrf()).with(owner)).andExpect(status().isOk());
		assertThat(people.directory().find(id).orElseThrow().certificates()).isEmpty();
		mvc.perform(post("/staff/" + id + "/certificates").param("title", "X").with(csrf()).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isForbidden());
	}

	@Test
	void theOwnersEditIsSavedAndAStaleOneIsRefusedWithWhoChangedIt() throws Exception {
		var surname = aUniqueSurname("Орлов");
		var id = people.aSurgeon(surname);
		var seen = people.directory().find(id).orElseThrow().version();
		var owner = user(staff.signedIn(Role.OWNER));

		mvc.perform(get("/staff/" + id + "/edit").with(owner)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("value=\"" + surname + "\""), containsString("value=\"SURGEON\" id=\"specialisations2\" name=\"specialisations\" checked"),
						containsString("name=\"version\" value=\"" + seen + "\""))));
		mvc.perform(htmx(post("/staff/" + id), "modal-root").param("lastName", surname).param("firstName", "Виктор")
				.param("position", "DOCTOR").param("specialisations", "THERAPIST").param("calendarColour", "#0D7680")
				.param("version", String.valueOf(seen)).with(csrf()).with(owner))
				.andExpect(header().string("HX-Redirect", "/staff/" + id));
		assertThat(people.directory().find(id).orElseThrow().details().specialisations()).containsExactly(Specialisation.THERAPIST);

		mvc.perform(htmx(post("/staff/" + id), "modal-root").param("lastName", surname).param("firstName", "Виктор")
				.param("position", "DOCTOR").param("specialisations", "ORTHODONTIST").param("calendarColour", "#0D7680")
				.param("version", String.valueOf(seen)).with(csrf()).with(owner))
				.andExpect(header().doesNotExist("HX-Redirect"))
				.andExpect(content().string(allOf(containsString("data-testid=\"staff-conflict\""),
						containsString("Сотрудника изменили, пока вы редактировали."), containsString(staff.usernameOf(Role.OWNER)))));
		assertThat(people.directory().find(id).orElseThrow().details().specialisations()).containsExactly(Specialisation.THERAPIST);
		mvc.perform(get("/staff/" + id + "/edit").with(user(staff.signedIn(Role.ADMINISTRATOR)))).andExpect(status().isForbidden());
		mvc.perform(post("/staff/" + id).param("lastName", "Иной").with(csrf()).with(user(staff.signedIn(Role.ADMINISTRATOR))))
				.andExpect(status().isForbidden());
	}

	@Test
	void aPhotoIsUploadedByTheOwnerAndServedToEveryoneWithCachingHeaders() throws Exception {
		var id = people.anAssistant(aUniqueSurname("Белова"));
		var jpeg = new MockMultipartFile("photo", "me.jpg", "image/jpeg", image("jpeg", 640, 480));

		mvc.perform(multipart("/staff/" + id + "/photo").file(jpeg).header("HX-Request", "true").with(csrf())
				.with(user(staff.signedIn(Role.OWNER))))
				.andExpect(header().string("HX-Redirect", "/staff/" + id));

		var thumbnail = mvc.perform(get("/staff/" + id + "/photo/thumbnail").with(user(staff.signedIn(Role.ACCOUNTANT))))
				.andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
				.andExpect(header().string("Cache-Control", containsString("max-age"))).andExpect(header().exists("ETag"))
				.andReturn().getResponse();
		var decoded = ImageIO.read(new ByteArrayInputStream(thumbnail.getContentAsByteArray()));
		assertThat(decoded.getWidth()).isEqualTo(256);
		assertThat(decoded.getHeight()).isEqualTo(256);
		mvc.perform(get("/staff/" + id + "/photo/thumbnail").header("If-None-Match", thumbnail.getHeader("ETag"))
				.with(user(staff.signedIn(Role.DOCTOR)))).andExpect(status().isNotModified());
		mvc.perform(get("/staff/" + id + "/photo").with(user(staff.signedIn(Role.DOCTOR)))).andExpect(status().isOk())
				.andExpect(content().bytes(jpeg.getBytes()));
		mvc.perform(get("/staff/" + id).with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(content().string(allOf(containsString("data-testid=\"staff-photo\""),
						containsString("src=\"/staff/" + id + "/photo/thumbnail?v="), not(containsString("staff-initials")))));
	}

	@Test
	void aPdfRenamedToJpgAndAnOversizedFileAreRefusedWithATranslatedMessage() throws Exception {
		var id = people.anAssistant(aUniqueSurname("Сергеева"));
		var pdf = new MockMultipartFile("photo", "photo.jpg", "image/jpeg",
				"%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII));
		var huge = new byte[5 * 1024 * 1024 + 10];
		huge[0] = (byte) 0x89;
		System.arraycopy(new byte[] { 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, 0, huge, 1, 7);

		mvc.perform(multipart("/staff/" + id + "/photo").file(pdf).header("HX-Request", "true").with(csrf())
				.with(user(staff.signedIn(Role.OWNER))))
				.andExpect(header().doesNotExist("HX-Redirect"))
				.andExpect(content().string(allOf(containsString("data-testid=\"photo-error\""),
						containsString("Это не фотография: подходят JPEG, PNG и WebP"))));
		mvc.perform(multipart("/staff/" + id + "/photo").file(new MockMultipartFile("photo", "big.png", "image/png", huge))
				.param("lang", "en").header("HX-Request", "true").with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(content().string(containsString("The file is larger than 5 MB")));
		assertThat(people.directory().find(id).orElseThrow().hasPhoto()).isFalse();
		mvc.perform(get("/staff/" + id + "/photo/thumbnail").with(user(staff.signedIn(Role.OWNER)))).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheOwnerUploadsPhotosAndSetsTheStatus() throws Exception {
		var id = people.anAssistant(aUniqueSurname("Тарасова"));
		var png = new MockMultipartFile("photo", "me.png", "image/png", image("png", 300, 300));

		for (var role : new Role[] { Role.ADMINISTRATOR, Role.DOCTOR, Role.ASSISTANT, Role.ACCOUNTANT }) {
			mvc.perform(multipart("/staff/" + id + "/photo").file(png).with(csrf()).with(user(staff.signedIn(role))))
					.andExpect(status().isForbidden());
			mvc.perform(post("/staff/" + id + "/status").param("status", "DISMISSED").with(csrf()).with(user(staff.signedIn(role))))
					.andExpect(status().isForbidden());
		}
		assertThat(people.directory().find(id).orElseThrow().status()).isEqualTo(StaffStatus.WORKING);
	}

	@Test
	void theOwnerSendsOnLeaveAndDismissesWithTheDateShown() throws Exception {
		var id = people.anAssistant(aUniqueSurname("Павлова"));
		var owner = user(staff.signedIn(Role.OWNER));

		mvc.perform(post("/staff/" + id + "/status").param("status", "ON_LEAVE").with(csrf()).with(owner))
				.andExpect(status().is3xxRedirection());
		assertThat(people.directory().find(id).orElseThrow().status()).isEqualTo(StaffStatus.ON_LEAVE);
		mvc.perform(htmx(post("/staff/" + id + "/status"), "main").param("status", "DISMISSED").with(csrf()).with(owner))
				.andExpect(header().string("HX-Redirect", "/staff/" + id));

		mvc.perform(get("/staff/" + id).with(owner))
				.andExpect(content().string(allOf(containsString("Уволен(а) "), containsString("data-testid=\"set-status-WORKING\""),
						not(containsString("data-testid=\"set-status-DISMISSED\"")))));
	}

	@Test
	void anUnknownStaffMemberIsNotFound() throws Exception {
		mvc.perform(get("/staff/" + UUID.randomUUID()).with(user(staff.signedIn(Role.DOCTOR)))).andExpect(status().isNotFound());
		mvc.perform(get("/staff/" + UUID.randomUUID() + "/photo").with(user(staff.signedIn(Role.DOCTOR))))
				.andExpect(status().isNotFound());
	}

	static byte[] image(String format, int width, int height) throws IOException {
		var picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = picture.createGraphics();
		g.setColor(new Color(0x3B5BDB));
		g.fillRect(0, 0, width, height);
		g.dispose();
		var out = new ByteArrayOutputStream();
		ImageIO.write(picture, format, out);
		return out.toByteArray();
	}
}
