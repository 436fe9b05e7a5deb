package com.clubstom.web.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.clubstom.staff.Role;
import com.clubstom.web.StaffOnDuty;

/**
 * A working day at «Жемчуг»: the application runs on a random port against the test MongoDB, one person of every role
 * has an account (so nobody lands on first-run setup), and a fresh Chromium sits at the front desk for each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clubstom.clinic.name=Стоматология «Жемчуг»")
@Import(StaffOnDuty.class)
abstract class InTheClinic {

	@LocalServerPort int port;
	@Autowired StaffOnDuty staff;

	Browser person;

	@BeforeEach
	void theStaffAreInAndABrowserIsOpen() {
		for (var role : Role.values()) {
			staff.usernameOf(role);
		}
		person = new Browser(port);
	}

	@AfterEach
	void theBrowserIsClosed() {
		person.close();
	}

	/** Opens the sign-in page and signs in as the person holding {@code role}. */
	void signInAs(Role role) {
		person.open("/login");
		person.signIn(staff.usernameOf(role), StaffOnDuty.PASSWORD);
	}
}
