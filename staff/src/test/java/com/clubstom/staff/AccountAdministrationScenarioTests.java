package com.clubstom.staff;

import static com.clubstom.staff.StaffFixtures.A_STRONG_PASSWORD;
import static com.clubstom.staff.StaffFixtures.DOCTOR_ORLOV;
import static com.clubstom.staff.StaffFixtures.aNewUsername;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditSubject;
import com.clubstom.audit.AuditTrail;

/** The owner manages accounts; every change is announced and written to the audit trail. */
@ApplicationModuleTest
// a database of its own: the last-owner rule depends on exactly which owners exist
@TestPropertySource(properties = "spring.mongodb.database=clubstom-staff-test-a-${random.uuid}")
class AccountAdministrationScenarioTests {

	@Autowired AccountAdministration administration;
	@Autowired Accounts accounts;
	@Autowired PasswordEncoder passwords;
	@Autowired AuditTrail audit;

	@Test
	void aNewAccountGetsATemporaryPasswordThatMustBeChangedAtFirstSignIn() {
		var username = aNewUsername();

		var temporary = administration.openAccount(username, DOCTOR_ORLOV, Set.of(Role.DOCTOR));

		var signIn = accounts.findForSignIn(username).orElseThrow();
		assertThat(passwords.matches(temporary.value(), signIn.passwordHash())).isTrue();
		assertThat(signIn.mustChangePassword()).isTrue();
		assertThat(PasswordPolicy.violations(temporary.value(), username)).isEmpty();
		assertThat(temporary.toString()).doesNotContain(temporary.value());
		assertThat(trailOf(temporary.accountId())).extracting(entry -> entry.action()).containsExactly(AuditAction.CREATE);
	}

	@Test
	void choosingAnOwnPasswordEndsTheObligation() {
		var username = aNewUsername();
		var temporary = administration.openAccount(username, DOCTOR_ORLOV, Set.of(Role.DOCTOR));

		assertThatExceptionOfType(Accounts.WrongPasswordException.class)
				.isThrownBy(() -> accounts.changeOwnPassword(username, "not-the-one", A_STRONG_PASSWORD));
		assertThatExceptionOfType(Accounts.WeakPasswordException.class)
				.isThrownBy(() -> accounts.changeOwnPassword(username, temporary.value(), "short1"));
		assertThatExceptionOfType(Accounts.WeakPasswordException.class)
				.isThrownBy(() -> accounts.changeOwnPassword(username, temporary.value(), temporary.value()))
				.satisfies(weak -> assertThat(weak.violations()).containsExactly("password.same-as-current"));
		accounts.changeOwnPassword(username, temporary.value(), A_STRONG_PASSWORD);

		var signIn = accounts.findForSignIn(username).orElseThrow();
		assertThat(passwords.matches(A_STRONG_PASSWORD, signIn.passwordHash())).isTrue();
		assertThat(signIn.mustChangePassword()).isFalse();
		assertThat(trailOf(temporary.accountId())).extracting(entry -> entry.changedFields()).first()
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly("password");
	}

	@Test
	void aResetIssuesANewTemporaryPasswordAndAnnouncesIt(Scenario scenario) {
		var username = aNewUsername();
		var id = administration.openAccount(username, DOCTOR_ORLOV, Set.of(Role.DOCTOR)).accountId();

		scenario.stimulate(() -> administration.resetPassword(id)).andWaitForEventOfType(StaffAccountPasswordReset.class)
				.toArriveAndVerify((event, temporary) -> {
					assertThat(event.accountId()).isEqualTo(id);
					assertThat(passwords.matches(temporary.value(), accounts.findForSignIn(username).orElseThrow().passwordHash()))
							.isTrue();
				});
		assertThat(trailOf(id)).extracting(entry -> entry.changedFields()).first().asInstanceOf(
				org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly("password");
	}

	@Test
	void lockingRefusesSignInUntilUnlocked(Scenario scenario) {
		var username = aNewUsername();
		var id = administration.openAccount(username, DOCTOR_ORLOV, Set.of(Role.DOCTOR)).accountId();

		scenario.stimulate(() -> administration.lock(id)).andWaitForEventOfType(AccountLocked.class)
				.toArriveAndVerify(event -> assertThat(event.username()).isEqualTo(username));
		assertThat(accounts.findForSignIn(username).orElseThrow().isLockedAt(java.time.Instant.now())).isTrue();

		administration.unlock(id);
		assertThat(accounts.findForSignIn(username).orElseThrow().isLockedAt(java.time.Instant.now())).isFalse();
	}

	@Test
	void aDeactivatedAccountCannotSignInButKeepsItsHistory() {
		var username = aNewUsername();
		var id = administration.openAccount(username, DOCTOR_ORLOV, Set.of(Role.DOCTOR)).accountId();

		administration.deactivate(id);

		assertThat(accounts.findForSignIn(username).orElseThrow().enabled()).isFalse();
		assertThat(administration.find(id)).isPresent();
		administration.reactivate(id);
		assertThat(accounts.findForSignIn(username).orElseThrow().enabled()).isTrue();
	}

	@Test
	void rolesAreAssignedAndAnnounced(Scenario scenario) {
		var id = administration.openAccount(aNewUsername(), DOCTOR_ORLOV, Set.of(Role.DOCTOR)).accountId();

		scenario.stimulate(() -> administration.assignRoles(id, Set.of(Role.DOCTOR, Role.ADMINISTRATOR)))
				.andWaitForEventOfType(StaffAccountRolesChanged.class)
				.toArriveAndVerify(event -> assertThat(event.roles()).containsExactlyInAnyOrder(Role.DOCTOR, Role.ADMINISTRATOR));
	}

	@Test
	void theClinicNeverLosesItsLastActiveOwner() {
		var only = administration.openAccount(aNewUsername(), "Соколова Елена Викторовна", Set.of(Role.OWNER)).accountId();

		assertThatExceptionOfType(AccountAdministration.LastOwnerException.class).isThrownBy(() -> administration.lock(only));
		assertThatExceptionOfType(AccountAdministration.LastOwnerException.class)
				.isThrownBy(() -> administration.assignRoles(only, Set.of(Role.DOCTOR)));
		assertThatExceptionOfType(AccountAdministration.LastOwnerException.class)
				.isThrownBy(() -> administration.deactivate(only));

		var second = administration.openAccount(aNewUsername(), "Ковалёв Пётр Ильич", Set.of(Role.OWNER)).accountId();
		administration.deactivate(only);
		assertThat(administration.find(only).orElseThrow().isEnabled()).isFalse();
		assertThat(administration.find(second).orElseThrow().isEnabled()).isTrue();
	}

	private java.util.List<com.clubstom.audit.AuditEntryView> trailOf(StaffAccountId id) {
		return audit.search(new AuditQuery(AuditSubject.STAFF_ACCOUNT, id.value(), null, null, null, null), 0, 10).entries();
	}
}
