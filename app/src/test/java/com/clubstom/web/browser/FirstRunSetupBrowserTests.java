package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** First start on an empty database, clicked through in Chromium: the owner creates their account, then signs in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.mongodb.database=setup-browser-${random.uuid}")
class FirstRunSetupBrowserTests {

	@LocalServerPort int port;

	@Test
	void theOwnerSetsUpTheClinicAndSignsIn() {
		try (var owner = new Browser(port)) {
			owner.open("/");
			owner.wait.until(ExpectedConditions.urlContains("/setup"));
			owner.type("fullName", "Соколова Елена Викторовна");
			owner.type("username", "elena");
			owner.type("password", "Zub-2026-Klinika");
			owner.type("passwordConfirmation", "Zub-2026-Klinik");
			owner.driver.findElement(By.cssSelector("[data-testid=setup-form] button[type=submit]")).click();

			assertThat(owner.visible("[data-testid=setup-form] .field__error").getText()).contains("Пароли не совпадают");
			assertThat(owner.driver.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Соколова Елена Викторовна");
			owner.screenshot("setup");

			owner.type("password", "Zub-2026-Klinika");
			owner.type("passwordConfirmation", "Zub-2026-Klinika");
			owner.driver.findElement(By.cssSelector("[data-testid=setup-form] button[type=submit]")).click();
			owner.wait.until(ExpectedConditions.urlContains("/login?ready"));

			owner.signIn("elena", "Zub-2026-Klinika");
			assertThat(owner.visible("[data-testid=dashboard-greeting]").getText()).contains("Елена");
			owner.open("/setup"); // done once: a signed-in owner lands back on the dashboard
			assertThat(owner.visible("[data-testid=dashboard-greeting]").getText()).contains("Елена");
			assertThat(owner.driver.getCurrentUrl()).doesNotContain("/setup");
		}
	}
}
