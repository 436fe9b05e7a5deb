package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.clubstom.kernel.FileFormat;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;

/** The demo clinic's files: Петров has X-rays of his teeth, a photo, his consent and a CBCT, all real files of their formats. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("demo")
class DemoPatientFilesTests {

	@Autowired PatientFiles files;
	@Autowired PatientRegistry registry;

	@Test
	void petrovHasXRaysOfHisTeethAPhotoHisConsentAndACbct() throws IOException {
		var petrov = registry.search(PatientSearch.forText("Петров Иван Сергеевич")).items().get(0).id();

		var his = files.listOf(petrov, FileFilter.all());

		assertThat(his).extracting(PatientFile::format).contains(FileFormat.JPEG, FileFormat.PDF, FileFormat.DICOM);
		assertThat(his).filteredOn(file -> file.kind() == FileKind.X_RAY).hasSizeGreaterThanOrEqualTo(3)
				.allSatisfy(xRay -> assertThat(xRay.teeth()).isNotEmpty());
		assertThat(his).allSatisfy(file -> assertThat(file.takenOn()).isBeforeOrEqualTo(files.today()));
		for (var file : his) {
			try (var content = files.open(file.id()).orElseThrow().content()) {
				var bytes = content.readAllBytes();
				assertThat(FileFormat.of(bytes)).contains(file.format());
				if (file.isImage()) {
					assertThat(ImageIO.read(new java.io.ByteArrayInputStream(bytes)).getWidth()).isEqualTo(file.width());
					assertThat(files.thumbnail(file.id())).isPresent();
				}
			}
		}
	}

	@Test
	void theConsentIsAPdfWithItsCrossReferenceTable() {
		var pdf = new String(DemoPictures.consentForm(), java.nio.charset.StandardCharsets.US_ASCII);
		var startxref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.indexOf("\n%%EOF")).strip());

		assertThat(pdf).startsWith("%PDF-1.4").endsWith("%%EOF\n");
		assertThat(pdf.substring(startxref)).startsWith("xref\n0 6\n");
		assertThat(pdf.substring(pdf.indexOf("0000000000 65535 f \n") + 20).lines().limit(5))
				.allSatisfy(entry -> assertThat(pdf.substring(Integer.parseInt(entry.substring(0, 10)))).matches("(?s)\\d+ 0 obj.*"));
	}
}
