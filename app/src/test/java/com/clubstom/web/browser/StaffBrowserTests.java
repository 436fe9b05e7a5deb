package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import com.clubstom.staff.Role;
import com.clubstom.web.StaffOnDuty;

/**
 * The owner takes on a doctor: profile with a photo and working hours, then her account; the doctor signs in with the
 * temporary password, must choose her own, and finds her profile. An administrator sees no pay on it.
 */
class StaffBrowserTests extends InTheClinic {

	private static final String HER_OWN_PASSWORD = "Gutta-percha-31";



	@Test
	void theOwnerTakesOnADoctorWhoSignsInChoosesHerPasswordAndSeesHerProfile() throws IOException {
		person.open("/login");
		person.signIn(staff.usernameOf(Role.OWNER), StaffOnDuty.PASSWORD);
		person.visible("a.nav__link[href='/staff']").click();
		person.visible("[data-testid=new-staff-member]").click();

		person.type("lastName", "Миронова");
		person.type("firstName", "Ольга");
		person.type("middleName", "Андреевна");
		new Select(person.driver.findElement(By.id("position"))).selectByValue("DOCTOR");
		person.driver.findElement(By.cssSelector("input[name=specialisations][value=THERAPIST]")).click();
		person.type("phone", "8 916 555-77-88");
		person.type("hireDate", "01.09.2024");
		person.visible("[data-testid=save-staff-member]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=staff-name]"),
				"Миронова Ольга Андреевна"));
		var profile = person.driver.getCurrentUrl();

		// a photo, checked by its content and shown as a thumbnail
		person.driver.findElement(By.id("staff-photo-file")).sendKeys(aPortrait().toString());
		person.visible("[data-testid=upload-photo]").click();
		person.visible("[data-testid=staff-photo]");

		// working hours: Monday 09:00-15:00
		person.visible("[data-testid=edit-hours]").click();
		person.visible("[data-testid=hours-dialog]");
		setTime("days[0].shifts[0].start", "09:00");
		setTime("days[0].shifts[0].end", "15:00");
		person.visible("[data-testid=save-hours]").click();
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=hours-week]"), "09:00"));

		// her account, with a temporary password shown once
		person.visible("[data-testid=open-account]");
		person.type("account-username", "mironova.o");
		person.visible("[data-testid=open-account]").click();
		var temporary = person.visible("[data-testid=temporary-password-value]").getText();
		assertThat(temporary).hasSize(12);
		person.screenshot("staff-profile");

		// the doctor signs in, must choose her own password, then finds her profile
		person.driver.findElement(By.cssSelector("[data-testid=sign-out]")).click();
		person.visible("[data-testid=login-logout]");
		person.signIn("mironova.o", temporary);
		person.visible("[data-testid=password-required]");
		person.type("currentPassword", temporary);
		person.type("newPassword", HER_OWN_PASSWORD);
		person.type("repeatPassword", HER_OWN_PASSWORD);
		person.screenshot("password-required");
		person.visible("[data-testid=change-password]").click();
		person.visible("[data-testid=dashboard-greeting]");
		assertThat(person.visible(".toast").getText()).contains("Пароль изменён");

		person.visible("a.nav__link[href='/staff']").click();
		person.type("q", "миронова");
		person.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=staff-card]"), 1));
		person.screenshot("staff-catalogue");
		person.driver.get(profile);
		assertThat(person.visible("[data-testid=staff-name]").getText()).isEqualTo("Миронова Ольга Андреевна");
		person.visible("[data-testid=staff-photo]");
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=hours-week]"), "15:00"));
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=account-section]"))).isEmpty();
		person.screenshot("staff-own-profile");

		// an administrator opens the same profile: no pay, no account management
		person.driver.findElement(By.cssSelector("[data-testid=sign-out]")).click();
		person.visible("[data-testid=login-logout]");
		person.signIn(staff.usernameOf(Role.ADMINISTRATOR), StaffOnDuty.PASSWORD);
		person.visible("[data-testid=dashboard-greeting]");
		person.driver.get(profile);
		person.visible("[data-testid=staff-name]");
		person.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=hours-week]"), "15:00"));
		assertThat(person.driver.findElements(By.cssSelector("#staff-pay, [data-testid=account-section]"))).isEmpty();
		person.driver.get(profile + "/pay");
		assertThat(person.visible(".error-page h1").getText()).isEqualTo("Нет доступа");
	}

	private void setTime(String fieldId, String time) {
		var field = person.driver.findElement(By.id(fieldId));
		person.driver.executeScript("arguments[0].value = arguments[1];", field, time);
	}

	/** A small real PNG portrait, made on the spot. */
	private static Path aPortrait() throws IOException {
		var image = new BufferedImage(320, 400, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(0x0D7680));
		graphics.fillRect(0, 0, 320, 400);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(100, 80, 120, 120);
		graphics.fillRoundRect(60, 230, 200, 200, 80, 80);
		graphics.dispose();
		var file = Files.createTempFile("portrait", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}
}
