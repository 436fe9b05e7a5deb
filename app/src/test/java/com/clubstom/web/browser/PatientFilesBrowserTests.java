package com.clubstom.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import com.clubstom.audit.AuditAction;
import com.clubstom.audit.AuditQuery;
import com.clubstom.audit.AuditTrail;
import com.clubstom.medicalrecord.ClinicPictures;
import com.clubstom.medicalrecord.FileDescription;
import com.clubstom.medicalrecord.FileFilter;
import com.clubstom.medicalrecord.FileKind;
import com.clubstom.medicalrecord.PatientFile;
import com.clubstom.medicalrecord.PatientFiles;
import com.clubstom.medicalrecord.Upload;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.web.PatientsOnFile;
import com.clubstom.staff.Role;

/**
 * A doctor files a bitewing on the Files tab in a real Chromium (after a PDF renamed .jpg is refused beside the field),
 * opens it in the viewer, zooms, pans, brightens it, looks at the negative, and finds it again on tooth 36 of the chart.
 */
class PatientFilesBrowserTests extends InTheClinic {

	@Autowired PatientsOnFile patients;
	@Autowired PatientFiles files;
	@Autowired AuditTrail audit;

	@Test
	void aDoctorUploadsAnXRayOpensItInTheViewerZoomsAndBrightensItAndFindsItOnTheChart() throws IOException {
		var patient = patients.anAdultWithDocuments("Рентгенова", "Елена", "Павловна");
		onFile(patient, "periapical-36.jpg", ClinicPictures.periapical(), FileKind.X_RAY, "Прицельный снимок зуба 36", List.of(36), 40);
		onFile(patient, "smile.jpg", ClinicPictures.smile(), FileKind.PHOTO, "Фото улыбки до лечения", List.of(11, 12, 21, 22), 40);
		onFile(patient, "informed-consent.pdf", ClinicPictures.consentForm(), FileKind.DOCUMENT, "Информированное согласие",
				List.of(), 41);
		var folder = Files.createTempDirectory("clinic-computer");
		var bitewing = ClinicPictures.bitewing(folder, "Прикусной слева.jpg");
		var fake = ClinicPictures.write(folder, "снимок.jpg", ClinicPictures.consentForm());

		signInAs(Role.DOCTOR);
		person.open("/patients/" + patient);
		person.visible("[data-testid=tab-files]").click();
		person.visible("[data-testid=files-group-X_RAY]");

		// a PDF renamed .jpg is refused beside the file field; what was typed stays
		person.visible("[data-testid=upload-files]").click();
		person.visible("[data-testid=file-upload-dialog]");
		fileInput().sendKeys(fake.toString());
		new Select(person.visible("#file-upload-dialog [data-field=kind]")).selectByValue("X_RAY");
		type("#file-upload-dialog [data-field=teeth]", "34, 35, 36, 37");
		type("#file-upload-dialog [data-field=title]", "Прикусной снимок слева");
		person.visible("[data-testid=upload-submit]").click();
		assertThat(person.visible("[data-testid=file-errors]").getText())
				.contains("Файл «снимок.jpg» не является изображением JPEG: по содержимому это PDF");
		assertThat(person.visible("#file-upload-dialog [data-field=teeth]").getAttribute("value")).isEqualTo("34, 35, 36, 37");
		person.screenshot("files-upload-refused");

		// the real bitewing: the dialog closes, the gallery shows it among the X-rays
		person.driver.executeScript("arguments[0].value = ''", fileInput());
		fileInput().sendKeys(bitewing.toString());
		assertThat(person.visible("[data-dropzone-list]").getText()).contains("Прикусной слева.jpg");
		person.screenshot("files-upload-dialog");
		person.visible("[data-testid=upload-submit]").click();
		person.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=file-upload-dialog]")));
		assertThat(person.visible(".toast").getText()).contains("Файл загружен");
		var uploaded = files.listOf(patient, FileFilter.all()).stream()
				.filter(file -> "Прикусной снимок слева".equals(file.title())).findFirst().orElseThrow();
		assertThat(uploaded.teeth()).extracting(tooth -> tooth.number()).containsExactly(34, 35, 36, 37);
		var tile = person.visible("[data-testid=file-" + uploaded.id() + "]");
		assertThat(tile.getText()).contains("Прикусной снимок слева", "36");
		waitForPictures("[data-testid=files-tab] img");
		person.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".toast")));
		person.driver.executeScript("window.scrollTo(0, document.querySelector('.tabs').getBoundingClientRect().top + window.scrollY - 80)");
		person.screenshot("files-gallery");

		// the viewer: the picture on a dark stage, zoomed in twice, dragged, brighter and with more contrast, then negative
		tile.click();
		person.visible("[data-testid=file-viewer]");
		waitForPictures("[data-testid=viewer-image]");
		person.screenshot("files-viewer");
		person.visible("[data-testid=viewer-zoom-in]").click();
		person.visible("[data-testid=viewer-zoom-in]").click();
		assertThat(person.visible("[data-testid=viewer-zoom]").getText()).isEqualTo("156%");
		var stage = person.visible("[data-testid=viewer-stage]");
		new Actions(person.driver).clickAndHold(stage).moveByOffset(-140, -60).release().perform();
		assertThat(image().getAttribute("style")).contains("scale(1.5625)").doesNotContain("translate(0px, 0px)");
		press("[data-testid=viewer-brightness]", Keys.ARROW_RIGHT, 6);
		press("[data-testid=viewer-contrast]", Keys.ARROW_RIGHT, 4);
		assertThat(image().getAttribute("style")).contains("brightness(130%)", "contrast(120%)");
		person.screenshot("files-viewer-adjusted");
		person.visible("[data-testid=viewer-invert]").click();
		assertThat(image().getAttribute("style")).contains("invert(1)");
		person.screenshot("files-viewer-negative");
		person.visible("[data-testid=viewer-reset]").click();
		assertThat(image().getAttribute("style")).contains("brightness(100%) contrast(100%)").doesNotContain("invert");
		assertThat(person.visible("[data-testid=viewer-zoom]").getText()).isEqualTo("100%");
		assertThat(audit.search(AuditQuery.aboutPatient(patient.value()).withAction(AuditAction.VIEW), 0, 20).entries())
				.anySatisfy(entry -> assertThat(entry.changedFields()).containsExactly("file:" + uploaded.id()));
		person.visible("[data-testid=file-viewer] [data-close-dialog]").click();
		person.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-testid=file-viewer]")));

		// tooth 36 on the chart shows its pictures, newest first, and opens them in the viewer
		person.visible("[data-testid=tab-chart]").click();
		person.visible("[data-testid=tooth-36]").click();
		person.visible("[data-testid=tooth-files] [data-testid=tooth-file-" + uploaded.id() + "]");
		waitForPictures("[data-testid=tooth-files] img");
		assertThat(person.driver.findElements(By.cssSelector("[data-testid=tooth-files] li"))).hasSize(2);
		person.screenshot("files-chart-tooth");
		person.visible("[data-testid=tooth-file-" + uploaded.id() + "]").click();
		assertThat(person.visible("#file-viewer-title").getText()).isEqualTo("Прикусной снимок слева");
	}

	private PatientFile onFile(PatientId patient, String name, byte[] bytes, FileKind kind, String title, List<Integer> teeth,
			int daysAgo) {
		return files.upload(patient, new Upload(name, null, bytes.length, new ByteArrayResource(bytes)),
				new FileDescription(kind, title, null, teeth, files.today().minusDays(daysAgo), null));
	}

	private WebElement fileInput() {
		return person.driver.findElement(By.cssSelector("[data-testid=file-input]"));
	}

	private WebElement image() {
		return person.visible("[data-testid=viewer-image]");
	}

	private void type(String css, String text) {
		var field = person.visible(css);
		field.clear();
		field.sendKeys(text);
	}

	private void press(String css, Keys key, int times) {
		var slider = person.visible(css);
		for (int i = 0; i < times; i++) {
			slider.sendKeys(key);
		}
	}

	/** Waits until every picture the selector names has loaded (thumbnails load lazily, the original may take a moment). */
	private void waitForPictures(String css) {
		person.wait.until(driver -> (Boolean) person.driver.executeScript(
				"var all = document.querySelectorAll(arguments[0]); return all.length > 0 && Array.prototype.every.call(all, "
						+ "function (image) { return image.complete && image.naturalWidth > 0; });", css));
	}
}
