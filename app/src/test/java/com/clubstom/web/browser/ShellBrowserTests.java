package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ServiceCategory;
import com.clubstom.medicalrecord.ServiceDetails;
import com.clubstom.staff.Role;
import com.clubstom.web.StaffOnDuty;

/** The shell as the front desk uses it, in a real Chromium against the running application. */
class ShellBrowserTests extends InTheClinic {

	@Autowired ServiceCatalogue services;

	ChromeDriver browser;
	WebDriverWait wait;

	@BeforeEach
	void atTheFrontDesk() {
		browser = person.driver;
		wait = person.wait;
	}

	@Test
	void anAdministratorSignsInSwitchesLanguageSeesTheDashboardAndSignsOut() {
		var administrator = staff.usernameOf(Role.ADMINISTRATOR);
		open("/");
		wait.until(ExpectedConditions.urlContains("/login"));
		Chromium.screenshot(browser, "login");

		signIn(administrator, "not-my-password");
		assertThat(visible("[data-testid=login-error]").getText()).contains("Неверный логин или пароль");
		assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(administrator);

		signIn(administrator, StaffOnDuty.PASSWORD);
		assertThat(visible("[data-testid=dashboard-greeting]").getText()).contains("Марина");
		assertThat(visible("[data-testid=signed-in-user]").getText()).contains(StaffOnDuty.fullNameOf(Role.ADMINISTRATOR));
		assertThat(browser.findElement(By.cssSelector(".user__roles")).getText()).contains("Администратор");
		assertThat(browser.findElements(By.cssSelector("a.nav__link[href='/settings/clinic']"))).isEmpty();

		browser.findElement(By.cssSelector(".lang-switch a[lang=en]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=stat-active-accounts]"),
				"staff with access"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.cssSelector(".user__roles")).getText()).contains("Administrator");
		browser.findElement(By.cssSelector(".lang-switch a[lang=ru]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=stat-active-accounts]"),
				"сотрудников с доступом"));

		browser.findElement(By.cssSelector("[data-testid=sign-out]")).click();
		assertThat(visible("[data-testid=login-logout]").getText()).contains("Вы вышли из системы");
		open("/");
		wait.until(ExpectedConditions.urlContains("/login"));
	}

	@Test
	void theOwnerSeesTheDashboardAndRenamesTheClinicWithoutLeavingThePage() {
		open("/login");
		signIn(staff.usernameOf(Role.OWNER), StaffOnDuty.PASSWORD);
		visible("[data-testid=recent-sign-ins]");
		Chromium.screenshot(browser, "dashboard");

		browser.findElement(By.cssSelector("a.nav__link[href='/settings/clinic']")).click();
		var name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name")));
		name.clear();
		browser.findElement(By.cssSelector("#clinic-settings-form button[type=submit]")).click();
		assertThat(visible("[data-testid=name-error]").getText()).contains("Укажите название клиники");

		browser.findElement(By.id("name")).sendKeys("Стоматология «Жемчуг»");
		browser.findElement(By.cssSelector("#clinic-settings-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clinic-name"), "Стоматология «Жемчуг»"));
		assertThat(visible(".toast").getText()).contains("Настройки клиники сохранены");
		Chromium.screenshot(browser, "clinic-settings");

		services.add(new ServiceDetails("Лечение кариеса, пломба светового отверждения", "A16.07.002", ServiceCategory.THERAPY, 60, true),
				LocalDate.of(2026, 1, 1), Money.of("7500"));
		services.add(new ServiceDetails("Профессиональная гигиена полости рта", "A16.07.051", ServiceCategory.HYGIENE, 60, false),
				LocalDate.of(2026, 1, 1), Money.of("8200"));
		browser.findElement(By.cssSelector("a.nav__link[href='/services']")).click();
		// other browser tests of this clinic add services of their own (the calendar's): look for these two by name
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=service-results]"),
				"Профессиональная гигиена полости рта"));
		assertThat(visible("[data-testid=service-results]").getText()).contains("Лечение кариеса, пломба светового отверждения",
				"7 500,00 ₽");
		Chromium.screenshot(browser, "services");
	}

	@Test
	void aSessionThatExpiredDuringAnHtmxClickLandsOnTheLoginPage() {
		open("/login");
		signIn(staff.usernameOf(Role.OWNER), StaffOnDuty.PASSWORD);
		visible("[data-testid=dashboard-greeting]");

		// the server no longer knows this session: what the browser holds after a timeout
		browser.manage().deleteCookieNamed("JSESSIONID");
		browser.manage().addCookie(new Cookie("JSESSIONID", "expired-session"));
		browser.findElement(By.cssSelector("a.nav__link[href='/settings/clinic']")).click(); // hx-boost: an htmx request

		wait.until(ExpectedConditions.urlContains("/login?expired"));
		assertThat(visible("[data-testid=login-expired]").getText()).contains("Сеанс истёк");
		assertThat(browser.findElements(By.cssSelector(".auth"))).hasSize(1); // a whole login page, not a fragment in a page
	}

	@Test
	void aPageThatDoesNotExistShowsTheTranslated404InsideTheLayout() {
		open("/login");
		signIn(staff.usernameOf(Role.DOCTOR), StaffOnDuty.PASSWORD);
		visible("[data-testid=dashboard-greeting]");
		open("/no-such-page");
		assertThat(visible(".error-page h1").getText()).isEqualTo("Страница не найдена");
		assertThat(browser.findElements(By.cssSelector(".sidebar"))).hasSize(1);
		assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("at com.clubstom");
	}

	private void open(String path) {
		person.open(path);
	}

	private void signIn(String username, String password) {
		person.signIn(username, password);
	}

	private WebElement visible(String css) {
		return person.visible(css);
	}
}
