package com.clubstom.web.security;

import static com.clubstom.staff.Role.ACCOUNTANT;
import static com.clubstom.staff.Role.ADMINISTRATOR;
import static com.clubstom.staff.Role.ASSISTANT;
import static com.clubstom.staff.Role.DOCTOR;
import static com.clubstom.staff.Role.OWNER;

import java.util.Arrays;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import com.clubstom.staff.Role;

/**
 * The access table: every page and endpoint with the roles that may use it. A context's pages are added here when the
 * context lands; whatever is not listed is denied. {@code AccessRulesTests} checks every role against every row.
 */
final class AccessRules {

	/** Every staff role: pages the whole clinic uses. */
	static final Role[] ALL_STAFF = Role.values();

	/** The front desk and the owner: register patients, edit everything on the card, documents and insurance. */
	static final Role[] PATIENT_KEEPERS = { OWNER, ADMINISTRATOR };

	/** Clinical staff edit a patient's contacts (the patient says the number changed while in the chair). */
	static final Role[] PATIENT_CONTACT_EDITORS = { OWNER, ADMINISTRATOR, DOCTOR, ASSISTANT };

	/** Who sees the clinical record (questionnaire, dental chart, diagnoses): clinical staff and the owner. */
	static final Role[] CLINICAL_READERS = { OWNER, DOCTOR, ASSISTANT };

	/** Who writes the clinical record: the doctor and the assistant at the chair. */
	static final Role[] CLINICIANS = { DOCTOR, ASSISTANT };

	/**
	 * Who sees treatment plans (teeth and services, no findings or diagnoses): clinical staff, the owner and the front
	 * desk, which presents them, prints them for signing, records the patient's answer and books the stages.
	 */
	static final Role[] PLAN_READERS = { OWNER, ADMINISTRATOR, DOCTOR, ASSISTANT };

	/** Who sees patients' accounts and takes their money: the front desk, the accountant and the owner. */
	static final Role[] CASHIERS = { OWNER, ACCOUNTANT, ADMINISTRATOR };

	/** Who keeps the books: the cash desk, discounts and corrections, the tax certificate. */
	static final Role[] BOOKKEEPERS = { OWNER, ACCOUNTANT };

	/** Who keeps the payroll: every person's statement and the month's overview. */
	static final Role[] PAYROLL_KEEPERS = { OWNER, ACCOUNTANT };

	/** Who reads payroll statements: the keepers, and doctors their own (checked per person by the page). */
	static final Role[] PAYROLL_READERS = { OWNER, ACCOUNTANT, DOCTOR };

	private AccessRules() {
	}

	static void pages(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests,
			UnmappedRoutes unmappedRoutes) {
		requests
				// public: sign-in, first-run setup, static assets, error pages, the load balancer's health probe
				.requestMatchers("/login", FirstRunSetupFilter.SETUP, "/error").permitAll()
				.requestMatchers("/assets/**", "/webjars/**", "/favicon.ico").permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
				// the shell
				.requestMatchers(HttpMethod.GET, "/").hasAnyRole(names(ALL_STAFF))
				.requestMatchers("/settings/clinic").hasRole(OWNER.name())
				// scheduling: everyone reads the calendar and follows its live stream; the front desk and the owner book,
				// move and cancel; doctors and assistants move the statuses of their own appointments (checked per
				// appointment by the calendar)
				.requestMatchers(HttpMethod.GET, "/calendar/appointments/new", "/calendar/patients").hasAnyRole(names(OWNER, ADMINISTRATOR))
				.requestMatchers(HttpMethod.GET, "/calendar", "/calendar/stream", "/calendar/appointments/*").hasAnyRole(names(ALL_STAFF))
				.requestMatchers(HttpMethod.POST, "/calendar/appointments/*/status").hasAnyRole(names(OWNER, ADMINISTRATOR, DOCTOR, ASSISTANT))
				.requestMatchers(HttpMethod.POST, "/calendar/appointments", "/calendar/appointments/*/move").hasAnyRole(names(OWNER, ADMINISTRATOR))
				// the clinical record on the card: clinical staff write it, the owner reads it, the front desk and the
				// accountant see none of it (the card itself leaves the clinical tabs out for them)
				.requestMatchers(HttpMethod.GET, "/patients/*/tabs/chart", "/patients/*/chart/**",
						"/patients/*/tabs/questionnaire", "/patients/*/questionnaire/**").hasAnyRole(names(CLINICAL_READERS))
				.requestMatchers("/patients/*/chart/**", "/patients/*/questionnaire/**").hasAnyRole(names(CLINICIANS))
				// clinical visits: clinical staff and the owner read them, doctors and assistants open and record them
				// (from the calendar: seating the patient is checked per appointment); doctors and the owner keep the
				// clinic's note templates
				.requestMatchers(HttpMethod.GET, "/patients/*/tabs/visits", "/patients/*/visits/**").hasAnyRole(names(CLINICAL_READERS))
				.requestMatchers(HttpMethod.POST, "/patients/*/visits", "/patients/*/visits/**").hasAnyRole(names(CLINICIANS))
				.requestMatchers(HttpMethod.POST, "/calendar/appointments/*/visit").hasAnyRole(names(CLINICIANS))
				.requestMatchers("/visits/templates", "/visits/templates/**").hasAnyRole(names(OWNER, DOCTOR))
				// treatment plans: doctors and assistants make and change them (the catalogue search and the item form are
				// theirs); plan readers see and print them and record whether the patient accepted or declined
				.requestMatchers(HttpMethod.GET, "/patients/*/plans/services", "/patients/*/plans/*/stages/*/items/new")
				.hasAnyRole(names(CLINICIANS))
				.requestMatchers(HttpMethod.GET, "/patients/*/tabs/plans", "/patients/*/plans", "/patients/*/plans/**")
				.hasAnyRole(names(PLAN_READERS))
				.requestMatchers(HttpMethod.POST, "/patients/*/plans/*/acceptance", "/patients/*/plans/*/declining")
				.hasAnyRole(names(PLAN_READERS))
				.requestMatchers("/patients/*/plans", "/patients/*/plans/**").hasAnyRole(names(CLINICIANS))
				// the medical record: patients' files — clinical readers see, view and download them; doctors and assistants
				// upload, describe and archive
				.requestMatchers(HttpMethod.GET, "/patients/*/files/new").hasAnyRole(names(CLINICIANS))
				.requestMatchers(HttpMethod.GET, "/patients/*/tabs/files", "/patients/*/files/**").hasAnyRole(names(CLINICAL_READERS))
				.requestMatchers("/patients/*/files", "/patients/*/files/**").hasAnyRole(names(CLINICIANS))
				// finance: the patient's account — the front desk, the accountant and the owner see it, take payments, deposits
				// and refunds (the front desk within its limit, checked by the ledger) and print receipts and statements; the
				// tax certificate is the bookkeepers' (checked by the page too)
				.requestMatchers(HttpMethod.GET, "/patients/*/finance/tax-certificate").hasAnyRole(names(BOOKKEEPERS))
				.requestMatchers(HttpMethod.GET, "/patients/*/tabs/finance", "/patients/*/finance/postings/new",
						"/patients/*/finance/entries/*/receipt", "/patients/*/finance/statement").hasAnyRole(names(CASHIERS))
				.requestMatchers(HttpMethod.POST, "/patients/*/finance/postings").hasAnyRole(names(CASHIERS))
				// finance: the cash desk — the bookkeepers alone
				.requestMatchers("/finance", "/finance/operations/**", "/finance/days/**").hasAnyRole(names(BOOKKEEPERS))
				// scheduling: the card's appointments tab
				.requestMatchers(HttpMethod.GET, "/patients/*/tabs/appointments").hasAnyRole(names(ALL_STAFF))
				// patients: everyone searches and opens cards (the accountant sees names and contacts only); the front desk
				// registers, edits, archives and keeps documents; clinical staff may correct contacts
				.requestMatchers(HttpMethod.GET, "/patients/new", "/patients/*/edit", "/patients/*/documents",
						"/patients/*/tabs/documents").hasAnyRole(names(PATIENT_KEEPERS))
				.requestMatchers("/patients/*/contacts", "/patients/*/contacts/edit").hasAnyRole(names(PATIENT_CONTACT_EDITORS))
				.requestMatchers(HttpMethod.GET, "/patients", "/patients/*", "/patients/*/*", "/patients/*/tabs/profile")
				.hasAnyRole(names(ALL_STAFF))
				.requestMatchers("/patients/**").hasAnyRole(names(PATIENT_KEEPERS))
				// staff: everyone sees the catalogue, profiles, photos and working hours; the owner manages people, accounts,
				// hours and chairs (pay schemes get their own rows: owner and accountant)
				// pay schemes: the owner and the accountant; a person may read their own (checked by the page itself)
				.requestMatchers(HttpMethod.GET, "/staff/*/pay").hasAnyRole(names(ALL_STAFF))
				.requestMatchers("/staff/*/pay", "/staff/*/pay/**").hasAnyRole(names(OWNER, ACCOUNTANT))
				.requestMatchers(HttpMethod.GET, "/staff/new", "/staff/*/edit", "/staff/*/hours/edit").hasRole(OWNER.name())
				.requestMatchers(HttpMethod.GET, "/staff", "/staff/*", "/staff/*/photo", "/staff/*/photo/thumbnail",
						"/staff/*/hours").hasAnyRole(names(ALL_STAFF))
				.requestMatchers("/staff/**").hasRole(OWNER.name())
				.requestMatchers("/settings/chairs", "/settings/chairs/**").hasRole(OWNER.name())
				// scheduling: waiting list — everyone on staff reads it (who waits, the freed time); the front desk and the
				// owner add patients, pick them in the dialog, withdraw them and mark them booked
				.requestMatchers(HttpMethod.GET, "/calendar/waiting-list").hasAnyRole(names(ALL_STAFF))
				.requestMatchers("/calendar/waiting-list/**").hasAnyRole(names(PATIENT_KEEPERS))
				// payroll: the owner and the accountant see the month's overview and everyone's statement; a doctor sees only
				// their own (checked by the page); assistants and the front desk see no payroll at all. Before any wider
				// /finance row, which would otherwise catch these paths first.
				.requestMatchers(HttpMethod.GET, "/finance/payroll").hasAnyRole(names(PAYROLL_KEEPERS))
				.requestMatchers(HttpMethod.GET, "/finance/payroll/me", "/finance/payroll/*").hasAnyRole(names(PAYROLL_READERS))
				.requestMatchers("/finance/payroll", "/finance/payroll/**").denyAll()
				// everyone changes their own password
				.requestMatchers("/account/password").hasAnyRole(names(ALL_STAFF))
				// the service catalogue and price list: everyone looks services and prices up; the owner and the accountant
				// change them, import and export
				.requestMatchers(HttpMethod.GET, "/services", "/services/*").hasAnyRole(names(ALL_STAFF))
				.requestMatchers("/services/**").hasAnyRole(names(OWNER, ACCOUNTANT))
				// the audit trail of access to personal data
				.requestMatchers("/audit", "/audit/**").hasRole(OWNER.name())
				// API description for integrators: signed-in staff only
				.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**")
				.hasAnyRole(names(ALL_STAFF))
				// operations
				.requestMatchers(HttpMethod.GET, "/actuator/info", "/actuator/metrics", "/actuator/metrics/**",
						"/actuator/modulith")
				.hasRole(OWNER.name())
				// deny by default; a signed-in person asking for a page that does not exist gets 404, not 403
				.anyRequest().access(unmappedRoutes);
	}

	static void api(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
				.requestMatchers(HttpMethod.GET, "/api/me", "/api/clinic").hasAnyRole(names(ALL_STAFF))
				// finance: a patient's account for those who take payments; a day of the cash desk for the bookkeepers
				.requestMatchers(HttpMethod.GET, "/api/patients/*/account").hasAnyRole(names(CASHIERS))
				.requestMatchers(HttpMethod.GET, "/api/cash-desk/days/*").hasAnyRole(names(BOOKKEEPERS))
				.requestMatchers(HttpMethod.GET, "/api/patients/*/visits", "/api/visits/*").hasAnyRole(names(CLINICAL_READERS))
				.requestMatchers(HttpMethod.GET, "/api/patients/*/chart", "/api/patients/*/questionnaire")
				.hasAnyRole(names(CLINICAL_READERS))
				.requestMatchers(HttpMethod.GET, "/api/patients/*/files", "/api/files/*", "/api/files/*/content", "/api/files/*/thumbnail")
				.hasAnyRole(names(CLINICAL_READERS))
				.requestMatchers(HttpMethod.POST, "/api/patients/*/files").hasAnyRole(names(CLINICIANS))
				.requestMatchers(HttpMethod.GET, "/api/patients", "/api/patients/*").hasAnyRole(names(ALL_STAFF))
				.requestMatchers(HttpMethod.PATCH, "/api/patients/*/contacts").hasAnyRole(names(PATIENT_CONTACT_EDITORS))
				.requestMatchers("/api/patients", "/api/patients/**").hasAnyRole(names(PATIENT_KEEPERS))
				.requestMatchers(HttpMethod.GET, "/api/services", "/api/services/**").hasAnyRole(names(ALL_STAFF))
				// the calendar: everyone reads; the front desk books; statuses are checked per appointment
				.requestMatchers(HttpMethod.GET, "/api/appointments", "/api/appointments/*").hasAnyRole(names(ALL_STAFF))
				.requestMatchers(HttpMethod.POST, "/api/appointments/*/status").hasAnyRole(names(OWNER, ADMINISTRATOR, DOCTOR, ASSISTANT))
				.requestMatchers(HttpMethod.POST, "/api/appointments").hasAnyRole(names(OWNER, ADMINISTRATOR))
				.requestMatchers(HttpMethod.GET, "/api/icd10").hasAnyRole(names(ALL_STAFF))
				.anyRequest().denyAll();
	}

	static String[] names(Role... roles) {
		return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
	}
}
