package com.clubstom.web.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person at the clinic's computer: one Chromium pointed at the running application, with the steps tests share. */
final class Browser implements AutoCloseable {

	final ChromeDriver driver = Chromium.start();
	final WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	private final int port;

	Browser(int port) {
		this.port = port;
	}

	void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	void signIn(String username, String password) {
		type("username", username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
	}

	/** Replaces what the field with this id holds by {@code text}. */
	void type(String fieldId, String text) {
		var field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(fieldId)));
		field.clear();
		field.sendKeys(text);
	}

	WebElement visible(String css) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	void screenshot(String name) {
		Chromium.screenshot(driver, name);
	}

	@Override
	public void close() {
		driver.quit();
	}
}
