package com.clubstom.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its own chromedriver (both from apt; nothing is downloaded at test time), headless, at the
 * size of the front desk's 1366-px laptop.
 */
final class Chromium {

	private Chromium() {
	}

	static ChromeDriver start() {
		try {
			var profile = Files.createTempDirectory("clubstom-chromium");
			var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
			var options = new ChromeOptions();
			options.setBinary("/usr/bin/chromium");
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--lang=ru-RU", "--user-data-dir=" + profile);
			var driver = new ChromeDriver(service, options);
			driver.manage().window().setSize(new Dimension(1366, 860));
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
			return driver;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Saves what the browser shows to {@code target/screenshots/<name>.png}, for people to look at. */
	static Path screenshot(ChromeDriver driver, String name) {
		try {
			var target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
