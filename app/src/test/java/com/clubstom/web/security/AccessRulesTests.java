package com.clubstom.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.clubstom.staff.Role;
import com.clubstom.web.ClubStomWebTest;
import com.clubstom.web.StaffOnDuty;

/** Every role against every page and endpoint: each sees exactly what the access table grants, nothing more. */
@ClubStomWebTest
class AccessRulesTests {

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
	private static final Set<Role> OWNER_ONLY = EnumSet.of(Role.OWNER);
	private static final Set<Role> FRONT_DESK = EnumSet.of(Role.OWNER, Role.ADMINISTRATOR);
	private static final Set<Role> PAYROLL_KEEPERS = EnumSet.of(Role.OWNER, Role.ACCOUNTANT);

	@Autowired MockMvc mvc;
	@Autowired StaffOnDuty staff;

	static Stream<Arguments> pages() {
		return Stream.of(
				Arguments.of(HttpMethod.GET, "/", EVERYONE),
				Arguments.of(HttpMethod.GET, "/settings/clinic", OWNER_ONLY),
				Arguments.of(HttpMethod.GET, "/calendar", EVERYONE),
				Arguments.of(HttpMethod.GET, "/calendar?view=week", EVERYONE),
				Arguments.of(HttpMethod.GET, "/calendar?view=month", EVERYONE),
				Arguments.of(HttpMethod.GET, "/calendar/appointments/new", FRONT_DESK),
				Arguments.of(HttpMethod.GET, "/calendar/patients?q=%D0%B0", FRONT_DESK),
				Arguments.of(HttpMethod.GET, "/patients", EVERYONE),
				Arguments.of(HttpMethod.GET, "/patients/new", FRONT_DESK),
				Arguments.of(HttpMethod.GET, "/audit", OWNER_ONLY),
				Arguments.of(HttpMethod.GET, "/visits/templates", EnumSet.of(Role.OWNER, Role.DOCTOR)),
				// payroll: the overview for its keepers; "my pay" also for doctors (a redirect to their own statement)
				Arguments.of(HttpMethod.GET, "/finance/payroll", PAYROLL_KEEPERS),
				Arguments.of(HttpMethod.GET, "/finance/payroll?month=2026-11", PAYROLL_KEEPERS),
				Arguments.of(HttpMethod.GET, "/finance/payroll/me", EnumSet.of(Role.OWNER, Role.ACCOUNTANT, Role.DOCTOR)),
				Arguments.of(HttpMethod.GET, "/v3/api-docs", EVERYONE),
				Arguments.of(HttpMethod.GET, "/swagger-ui.html", EVERYONE),
				Arguments.of(HttpMethod.GET, "/actuator/info", OWNER_ONLY),
				Arguments.of(HttpMethod.GET, "/actuator/metrics", OWNER_ONLY),
				Arguments.of(HttpMethod.GET, "/actuator/modulith", OWNER_ONLY));
	}

	static Stream<Arguments> everyRoleOnEveryPage() {
		return withEveryRole(pages());
	}

	/** Each row (method, path, roles allowed) once for every role. */
	private static Stream<Arguments> withEveryRole(Stream<Arguments> rows) {
		return rows.flatMap(row -> EnumSet.allOf(Role.class).stream()
				.map(role -> Arguments.of(row.get()[0], row.get()[1], row.get()[2], role)));
	}

	@ParameterizedTest(name = "{3} {0} {1}")
	@MethodSource("everyRoleOnEveryPage")
	void eachRoleOpensOnlyThePagesGrantedToIt(HttpMethod method, String path, Set<Role> allowed, Role role) throws Exception {
		var status = mvc.perform(get(path).with(user(staff.signedIn(role)))).andReturn().getResponse().getStatus();
		if (allowed.contains(role)) {
			assertThat(status).as("%s may use %s", role, path).isIn(200, 302);
		}
		else {
			assertThat(status).as("%s may not use %s", role, path).isEqualTo(403);
		}
	}

	/** The patient's files, by a patient on record and a file nobody has: the allowed get past the rules (200, 404, 422). */
	static Stream<Arguments> patientFiles() {
		var clinicalReaders = EnumSet.of(Role.OWNER, Role.DOCTOR, Role.ASSISTANT);
		var clinicians = EnumSet.of(Role.DOCTOR, Role.ASSISTANT);
		return Stream.of(
				Arguments.of(HttpMethod.GET, "/patients/{patient}/tabs/files", clinicalReaders),
				Arguments.of(HttpMethod.GET, "/patients/{patient}/files", clinicalReaders),
				Arguments.of(HttpMethod.GET, "/patients/{patient}/files/new", clinicians),
				Arguments.of(HttpMethod.GET, "/patients/{patient}/files/teeth/36", clinicalReaders),
				Arguments.of(HttpMethod.GET, "/patients/{patient}/files/{file}", clinicalReaders),
				Arguments.of(HttpMethod.GET, "/patients/{patient}/files/{file}/content", clinicalReaders),
				Arguments.of(HttpMethod.GET, "/patients/{patient}/files/{file}/thumbnail", clinicalReaders),
				Arguments.of(HttpMethod.POST, "/patients/{patient}/files", clinicians),
				Arguments.of(HttpMethod.POST, "/patients/{patient}/files/{file}/description", clinicians),
				Arguments.of(HttpMethod.POST, "/patients/{patient}/files/{file}/archive", clinicians),
				Arguments.of(HttpMethod.GET, "/api/patients/{patient}/files", clinicalReaders),
				Arguments.of(HttpMethod.GET, "/api/files/{file}", clinicalReaders),
				Arguments.of(HttpMethod.GET, "/api/files/{file}/content", clinicalReaders),
				Arguments.of(HttpMethod.GET, "/api/files/{file}/thumbnail", clinicalReaders),
				Arguments.of(HttpMethod.POST, "/api/patients/{patient}/files", clinicians));
	}

	static Stream<Arguments> everyRoleOnThePatientsFiles() {
		return withEveryRole(patientFiles());
	}

	@ParameterizedTest(name = "{3} {0} {1}")
	@MethodSource("everyRoleOnThePatientsFiles")
	void eachRoleReachesThePatientsFilesOnlyAsGranted(HttpMethod method, String path, Set<Role> allowed, Role role,
			@Autowired com.clubstom.patients.web.PatientsOnFile patients) throws Exception {
		var address = path.replace("{patient}", patients.anAdultWithDocuments("Доступова", "Анна", "Ильинична").toString())
				.replace("{file}", java.util.UUID.randomUUID().toString());
		var request = method == HttpMethod.GET ? get(address)
				: org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(address).with(csrf());
		var signedIn = address.startsWith("/api/") ? httpBasic(staff.usernameOf(role), StaffOnDuty.PASSWORD)
				: user(staff.signedIn(role));
		var status = mvc.perform(request.with(signedIn)).andReturn().getResponse().getStatus();
		if (allowed.contains(role)) {
			assertThat(status).as("%s may use %s %s", role, method, path).isIn(200, 404, 422);
		}
		else {
			assertThat(status).as("%s may not use %s %s", role, method, path).isEqualTo(403);
		}
	}

	/** Patients' accounts: the front desk, the accountant and the owner; the tax certificate the bookkeepers only. */
	static Stream<Arguments> patientAccounts() {
		var cashiers = EnumSet.of(Role.OWNER, Role.ACCOUNTANT, Role.ADMINISTRATOR);
		var bookkeepers = EnumSet.of(Role.OWNER, Role.ACCOUNTANT);
		return withEveryRole(Stream.of(
				Arguments.of(HttpMethod.GET, "/patients/{patient}/tabs/finance", cashiers),
				Arguments.of(HttpMethod.GET, "/patients/{patient}/finance/postings/new", cashiers),
				Arguments.of(HttpMethod.POST, "/patients/{patient}/finance/postings", cashiers),
				Arguments.of(HttpMethod.GET, "/patients/{patient}/finance/entries/{entry}/receipt", cashiers),
				Arguments.of(HttpMethod.GET, "/patients/{patient}/finance/statement", cashiers),
				Arguments.of(HttpMethod.GET, "/patients/{patient}/finance/tax-certificate?year=2025", bookkeepers),
				Arguments.of(HttpMethod.GET, "/api/patients/{patient}/account", cashiers),
				Arguments.of(HttpMethod.GET, "/finance", bookkeepers),
				Arguments.of(HttpMethod.GET, "/finance/operations/new", bookkeepers),
				Arguments.of(HttpMethod.POST, "/finance/operations", bookkeepers),
				Arguments.of(HttpMethod.GET, "/finance/operations/{entry}/correction", bookkeepers),
				Arguments.of(HttpMethod.POST, "/finance/operations/{entry}/correction", bookkeepers),
				Arguments.of(HttpMethod.GET, "/finance/days/2020-01-01/closing", bookkeepers),
				Arguments.of(HttpMethod.GET, "/api/cash-desk/days/2020-01-01", bookkeepers)));
	}

	@ParameterizedTest(name = "{3} {0} {1}")
	@MethodSource("patientAccounts")
	void eachRoleReachesPatientsAccountsOnlyAsGranted(HttpMethod method, String path, Set<Role> allowed, Role role,
			@Autowired com.clubstom.patients.web.PatientsOnFile patients) throws Exception {
		var address = path.replace("{patient}", patients.anAdultWithDocuments("Счетова", "Анна", "Ильинична").toString())
				.replace("{entry}", java.util.UUID.randomUUID().toString());
		var request = method == HttpMethod.GET ? get(address) : post(address).with(csrf());
		var signedIn = address.startsWith("/api/") ? httpBasic(staff.usernameOf(role), StaffOnDuty.PASSWORD)
				: user(staff.signedIn(role));
		var status = mvc.perform(request.with(signedIn)).andReturn().getResponse().getStatus();
		if (allowed.contains(role)) {
			// an unknown receipt or operation answers 404 to those allowed: the rules let them through
			assertThat(status).as("%s may use %s %s", role, method, path).isIn(200, 404);
		}
		else {
			assertThat(status).as("%s may not use %s %s", role, method, path).isEqualTo(403);
		}
	}

	@ParameterizedTest(name = "signed out: {1}")
	@MethodSource("pages")
	void signedOutPeopleAreSentToTheLoginPage(HttpMethod method, String path, Set<Role> allowed) throws Exception {
		mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	/** Treatment plans: seen, printed and answered by plan readers, made and changed by doctors and assistants. */
	static Stream<Arguments> treatmentPlans() {
		var readers = EnumSet.of(Role.OWNER, Role.ADMINISTRATOR, Role.DOCTOR, Role.ASSISTANT);
		var planners = EnumSet.of(Role.DOCTOR, Role.ASSISTANT);
		var patient = "/patients/" + java.util.UUID.randomUUID();
		var plan = patient + "/plans/" + java.util.UUID.randomUUID();
		return Stream.of(
				Arguments.of(HttpMethod.GET, patient + "/tabs/plans", readers),
				Arguments.of(HttpMethod.GET, patient + "/plans", readers),
				Arguments.of(HttpMethod.GET, plan + "/print", readers),
				Arguments.of(HttpMethod.GET, patient + "/plans/services?q=a", planners),
				Arguments.of(HttpMethod.GET, plan + "/stages/" + java.util.UUID.randomUUID() + "/items/new", planners),
				Arguments.of(HttpMethod.POST, patient + "/plans", planners),
				Arguments.of(HttpMethod.POST, plan + "/proposal?version=1", planners),
				Arguments.of(HttpMethod.POST, plan + "/acceptance?version=1", readers),
				Arguments.of(HttpMethod.POST, plan + "/declining?version=1", readers),
				Arguments.of(HttpMethod.POST, patient + "/chart/planned-work", planners))
				.flatMap(row -> EnumSet.allOf(Role.class).stream()
						.map(role -> Arguments.of(row.get()[0], row.get()[1], row.get()[2], role)));
	}

	@ParameterizedTest(name = "{3} {0} {1}")
	@MethodSource("treatmentPlans")
	void treatmentPlansAreSeenByThePlanReadersAndMadeByClinicians(HttpMethod method, String path, Set<Role> allowed, Role role)
			throws Exception {
		var request = method == HttpMethod.GET ? get(path) : post(path).with(csrf());
		var status = mvc.perform(request.with(user(staff.signedIn(role)))).andReturn().getResponse().getStatus();
		if (allowed.contains(role)) {
			// an unknown patient or plan answers 404 to those allowed: the rules let them through
			assertThat(status).as("%s may use %s %s", role, method, path).isNotEqualTo(403);
		}
		else {
			assertThat(status).as("%s may not use %s %s", role, method, path).isEqualTo(403);
		}
	}

	/**
	 * A payroll statement of a person nobody has: its keepers get past the rules (404); everyone else is refused, a
	 * doctor by the page (not their own statement: PayrollPagesTests shows them their own), assistants and the front
	 * desk by the rules. Nothing under /finance/payroll changes anything.
	 */
	static Stream<Arguments> payrollStatements() {
		var statement = "/finance/payroll/" + java.util.UUID.randomUUID();
		return withEveryRole(Stream.of(
				Arguments.of(HttpMethod.GET, statement, PAYROLL_KEEPERS),
				Arguments.of(HttpMethod.GET, statement + "?month=2026-11", PAYROLL_KEEPERS),
				Arguments.of(HttpMethod.POST, "/finance/payroll", Set.of()),
				Arguments.of(HttpMethod.POST, statement, Set.of())));
	}

	@ParameterizedTest(name = "{3} {0} {1}")
	@MethodSource("payrollStatements")
	void payrollStatementsAreOpenedOnlyByThePayrollKeepersAndTheirOwner(HttpMethod method, String path, Set<Role> allowed,
			Role role) throws Exception {
		var request = method == HttpMethod.GET ? get(path) : post(path).with(csrf());
		var status = mvc.perform(request.with(user(staff.signedIn(role)))).andReturn().getResponse().getStatus();
		if (allowed.contains(role)) {
			assertThat(status).as("%s may use %s %s", role, method, path).isEqualTo(404);
		}
		else {
			assertThat(status).as("%s may not use %s %s", role, method, path).isEqualTo(403);
		}
	}

	@Test
	void onlyTheOwnerRenamesTheClinic() throws Exception {
		for (var role : EnumSet.complementOf(EnumSet.of(Role.OWNER))) {
			mvc.perform(post("/settings/clinic").param("name", "Чужое название").with(csrf()).with(user(staff.signedIn(role))))
					.andExpect(status().isForbidden());
		}
	}

	@Test
	void theHealthProbeIsPublicAndTellsOnlyTheStatus() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist()).andExpect(jsonPath("$.details").doesNotExist());
	}

	@Test
	void everyRoleReadsItsOwnAccountThroughTheApiWithBasicAuthentication() throws Exception {
		for (var role : Role.values()) {
			mvc.perform(get("/api/me").with(httpBasic(staff.usernameOf(role), StaffOnDuty.PASSWORD)))
					.andExpect(status().isOk()).andExpect(jsonPath("$.username").value(staff.usernameOf(role)))
					.andExpect(jsonPath("$.roles[0]").value(role.name()))
					.andExpect(header().doesNotExist("Set-Cookie"));
		}
	}

	@Test
	void theApiAnswersRefusalsAsProblemJson() throws Exception {
		mvc.perform(get("/api/me")).andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/api/not-an-endpoint").with(httpBasic(staff.usernameOf(Role.OWNER), StaffOnDuty.PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.instance").value("/api/not-an-endpoint"));
		mvc.perform(get("/api/me").with(httpBasic(staff.usernameOf(Role.DOCTOR), "wrong password")))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void stateChangingPageRequestsWithoutCsrfTokenAreRefused() throws Exception {
		var signedIn = (MockHttpSession) mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin().user(staff.usernameOf(Role.OWNER)).password(StaffOnDuty.PASSWORD))
				.andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
		mvc.perform(get("/settings/clinic").session(signedIn)).andExpect(status().isOk()); // the page hands out the token
		mvc.perform(post("/settings/clinic").param("name", "Без токена").session(signedIn)).andExpect(status().isForbidden());
		mvc.perform(post("/settings/clinic").param("name", "С токеном").param("opens", "08:00").param("closes", "21:00")
				.session(signedIn).with(csrf()))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/settings/clinic?saved"));
	}

	@Test
	void aSignedInPersonAskingForAPageThatDoesNotExistGetsNotFoundRatherThanForbidden() throws Exception {
		mvc.perform(get("/no-such-page").with(user(staff.signedIn(Role.DOCTOR)))).andExpect(status().isNotFound());
		mvc.perform(get("/no-such-page")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	/**
	 * Deny by default must not hide a built page by accident: every page a controller serves is granted to at least one
	 * role in the access table (a new controller without a row fails here).
	 */
	@Test
	void everyPageServedByAControllerIsGrantedToSomeRole(
			@Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers) throws Exception {
		var paths = controllers.getHandlerMethods().keySet().stream()
				.filter(info -> info.getMethodsCondition().getMethods().isEmpty()
						|| info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET))
				.flatMap(info -> info.getPatternValues().stream())
				.filter(path -> !path.contains("{") && !path.startsWith("/api/") && !path.equals("/error"))
				.distinct().toList();
		assertThat(paths).contains("/", "/settings/clinic", "/login", "/setup", "/patients", "/audit");
		for (var path : paths) {
			var grantedToSomeone = false;
			for (var role : Role.values()) {
				var status = mvc.perform(get(path).with(user(staff.signedIn(role)))).andReturn().getResponse().getStatus();
				grantedToSomeone |= status != 403;
			}
			assertThat(grantedToSomeone).as("%s is granted to some role in AccessRules", path).isTrue();
		}
	}
}
