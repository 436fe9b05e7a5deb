package com.clubstom.medicalrecord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.clubstom.medicalrecord.NoteSection;
import com.clubstom.medicalrecord.NoteTemplateLibrary;
import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** The clinic's note templates: it starts with standard wording, doctors add and retire theirs, mistakes are named. */
@ClubStomWebTest
class NoteTemplatesPageTests {

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;
	@Autowired NoteTemplateLibrary library;

	@Test
	void theClinicStartsWithStandardRussianWordingForEverySection() throws Exception {
		mvc.perform(get("/visits/templates").with(user(staff.signedIn(Role.DOCTOR)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Шаблоны записей"), containsString("Кариес дентина"),
						containsString("После удаления зуба"), containsString("Профилактический осмотр"))));
		assertThat(library.offered().values()).allSatisfy(section -> assertThat(section).isNotEmpty());
	}

	@Test
	void aDoctorWritesATemplateAndAMissingTitleIsNamedBesideTheFieldKeepingTheText() throws Exception {
		var doctor = user(staff.signedIn(Role.DOCTOR));

		mvc.perform(post("/visits/templates").header("HX-Request", "true").param("section", "OBJECTIVE")
				.param("text", "Зуб 36 под пломбой, краевое прилегание нарушено.").with(csrf()).with(doctor))
				.andExpect(content().string(allOf(containsString("Укажите название шаблона"),
						containsString("краевое прилегание нарушено"))));
		mvc.perform(post("/visits/templates").header("HX-Request", "true").param("title", "Вторичный кариес")
				.param("section", "OBJECTIVE").param("text", "Зуб под пломбой, краевое прилегание нарушено.").with(csrf()).with(doctor))
				.andExpect(content().string(containsString("Вторичный кариес")));

		assertThat(library.offered().get(NoteSection.OBJECTIVE)).anySatisfy(
				template -> assertThat(template.title()).isEqualTo("Вторичный кариес"));
	}

	@Test
	void aRetiredTemplateIsNoLongerOffered() throws Exception {
		var template = library.write("Устаревшая формулировка", NoteSection.RECOMMENDATIONS, "Полоскать содой.");

		mvc.perform(post("/visits/templates/" + template.id() + "/retire").header("HX-Request", "true")
				.param("version", String.valueOf(template.version())).with(csrf()).with(user(staff.signedIn(Role.OWNER))))
				.andExpect(status().isOk());

		assertThat(library.offered().get(NoteSection.RECOMMENDATIONS))
				.noneSatisfy(offered -> assertThat(offered.id()).isEqualTo(template.id()));
	}

	@Test
	void assistantsUseTemplatesButDoNotKeepThem() throws Exception {
		mvc.perform(post("/visits/templates").param("title", "x").param("section", "OBJECTIVE").param("text", "y").with(csrf())
				.with(user(staff.signedIn(Role.ASSISTANT)))).andExpect(status().isForbidden());
	}
}
