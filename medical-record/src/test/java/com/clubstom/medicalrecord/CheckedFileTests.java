package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.clubstom.kernel.FileFormat;

/** An upload is judged by its bytes: what it claims to be must agree, it must fit its format's limit, a picture must decode. */
class CheckedFileTests {

	@Test
	void aCameraJpegIsAcceptedWithItsSizeAndAThumbnailOfThreeHundredTwentyPixels() {
		var checked = CheckedFile.of(SampleFiles.upload("IMG_2041.JPG", "image/jpeg", SampleFiles.jpeg(1600, 1200)), null);

		assertThat(checked.format()).isEqualTo(FileFormat.JPEG);
		assertThat(checked.width()).isEqualTo(1600);
		assertThat(checked.height()).isEqualTo(1200);
		assertThat(FileFormat.of(checked.thumbnail())).contains(FileFormat.JPEG);
		assertThat(checked.fileName()).isEqualTo("IMG_2041.JPG");
	}

	@Test
	void eachAcceptedFormatIsToldByItsContent() {
		assertThat(CheckedFile.of(SampleFiles.upload("screen.png", "image/png", SampleFiles.png(300, 200)), null).format())
				.isEqualTo(FileFormat.PNG);
		assertThat(CheckedFile.of(SampleFiles.upload("smile.webp", "image/webp", SampleFiles.WEBP), null).format())
				.isEqualTo(FileFormat.WEBP);
		var pdf = CheckedFile.of(SampleFiles.upload("направление.pdf", "application/pdf", SampleFiles.PDF), null);
		assertThat(pdf.format()).isEqualTo(FileFormat.PDF);
		assertThat(pdf.thumbnail()).isNull();
		var dicom = CheckedFile.of(SampleFiles.upload("IM000001", "application/octet-stream", SampleFiles.dicom()), null);
		assertThat(dicom.format()).isEqualTo(FileFormat.DICOM);
		assertThat(dicom.width()).isNull();
	}

	@Test
	void aPdfRenamedToJpgIsRefusedSayingWhatItReallyIs() {
		assertThat(refusal(SampleFiles.upload("снимок.jpg", "image/jpeg", SampleFiles.PDF), null))
				.isEqualTo(new Violation("file", "files.file.not.JPEG", List.of("снимок.jpg", "PDF")));
	}

	@Test
	void theBrowsersMediaTypeMustAgreeWhenTheNameHasNoExtension() {
		assertThat(refusal(SampleFiles.upload("scan", "image/png", SampleFiles.jpeg(40, 40)), null))
				.isEqualTo(new Violation("file", "files.file.not.PNG", List.of("scan", "JPEG")));
	}

	@Test
	void anExtensionOfNoAcceptedFormatIsRefused() {
		assertThat(refusal(SampleFiles.upload("notes.txt", "text/plain", SampleFiles.PDF), null))
				.isEqualTo(new Violation("file", "files.file.extension", List.of("notes.txt", "txt", "PDF")));
	}

	@Test
	void unknownContentAndEmptyFilesAreRefused() {
		assertThat(refusal(SampleFiles.upload("page.html", "text/html", "<html></html>".getBytes()), null).code())
				.isEqualTo("files.file.unsupported");
		assertThat(refusal(SampleFiles.upload("empty.jpg", "image/jpeg", new byte[0]), null).code()).isEqualTo("files.file.empty");
	}

	@Test
	void aPictureOverTwentyMegabytesIsRefusedWhileADicomOfThatSizeIsAccepted() {
		var bigJpeg = Arrays.copyOf(SampleFiles.jpeg(10, 10), (int) FileLimits.PICTURE + 1);
		var bigDicom = Arrays.copyOf(SampleFiles.dicom(), (int) FileLimits.PICTURE + 1);

		assertThat(refusal(SampleFiles.upload("big.jpg", "image/jpeg", bigJpeg), null))
				.isEqualTo(new Violation("file", "files.file.too-large", List.of("big.jpg", "20", "JPEG")));
		assertThat(CheckedFile.of(SampleFiles.upload("ct.dcm", "application/dicom", bigDicom), null).format())
				.isEqualTo(FileFormat.DICOM);
	}

	@Test
	void aTruncatedJpegIsRefusedAsDamaged() {
		var jpeg = SampleFiles.jpeg(800, 600);

		assertThat(refusal(SampleFiles.upload("cut.jpg", "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2)), null))
				.isEqualTo(new Violation("file", "files.file.unreadable", List.of("cut.jpg", "JPEG")));
	}

	@Test
	void aPhotoMustBeAPictureAndAnXRayAPictureOrDicom() {
		assertThat(refusal(SampleFiles.upload("report.pdf", "application/pdf", SampleFiles.PDF), FileKind.PHOTO))
				.isEqualTo(new Violation("kind", "files.kind.unsuitable.PHOTO", List.of("report.pdf")));
		assertThat(refusal(SampleFiles.upload("report.pdf", "application/pdf", SampleFiles.PDF), FileKind.X_RAY).code())
				.isEqualTo("files.kind.unsuitable.X_RAY");
		assertThat(CheckedFile.of(SampleFiles.upload("opg.dcm", "application/dicom", SampleFiles.dicom()), FileKind.X_RAY).format())
				.isEqualTo(FileFormat.DICOM);
	}

	@Test
	void namesLoseFoldersAndCharactersNoFileSystemTakes() {
		assertThat(CheckedFile.safeName("C:\\fakepath\\Снимок 36.jpg", FileFormat.JPEG)).isEqualTo("Снимок 36.jpg");
		assertThat(CheckedFile.safeName("../../etc/passwd.pdf", FileFormat.PDF)).isEqualTo("passwd.pdf");
		assertThat(CheckedFile.safeName("a<b>:\"c|?*\u0007.png", FileFormat.PNG)).isEqualTo("a_b___c____.png");
		assertThat(CheckedFile.safeName(".hidden", FileFormat.PDF)).isEqualTo("hidden");
		assertThat(CheckedFile.safeName("   ", FileFormat.DICOM)).isEqualTo("file.dcm");
		assertThat(CheckedFile.safeName("x".repeat(400) + ".jpeg", FileFormat.JPEG)).hasSize(FileLimits.FILE_NAME_LENGTH).endsWith(".jpeg");
	}

	private static Violation refusal(Upload upload, FileKind kind) {
		return assertThatExceptionOfType(InvalidPatientFileException.class).isThrownBy(() -> CheckedFile.of(upload, kind))
				.actual().violations().get(0);
	}
}
