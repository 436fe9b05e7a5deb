package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.clubstom.kernel.FileFormat;

/** What the uploader says about a file: real teeth, sensible texts, no day to come; the kind follows the content. */
class FileDescriptionTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void teethAreFdiNumbersKeptOnceInOrder() {
		var description = new FileDescription(FileKind.X_RAY, "  Прицельный снимок  ", " ", Arrays.asList(37, 36, 36, null), TODAY, null);

		assertThat(description.teeth()).containsExactly(36, 37);
		assertThat(description.title()).isEqualTo("Прицельный снимок");
		assertThat(description.description()).isNull();
		assertThat(description.check(TODAY)).isEmpty();
	}

	@Test
	void aToothThatDoesNotExistIsRefusedByItsNumber() {
		assertThat(FileDescription.none().ofTeeth(List.of(36, 19, 56)).check(TODAY))
				.containsExactly(new Violation("teeth", "files.teeth.unknown", List.of("19")));
		assertThat(FileDescription.none().ofTeeth(List.of(55, 85)).check(TODAY)).isEmpty();
	}

	@Test
	void aDayToComeAndOverlongTextsAreRefused() {
		var description = new FileDescription(null, "т".repeat(FileLimits.TITLE_LENGTH + 1),
				"о".repeat(FileLimits.DESCRIPTION_LENGTH + 1), List.of(), TODAY.plusDays(1), null);

		assertThat(description.check(TODAY)).extracting(Violation::field).containsExactly("title", "description", "takenOn");
	}

	@Test
	void withoutAChoiceDicomIsAnXRayAPictureAPhotoAndAPdfADocument() {
		assertThat(FileKind.usualFor(FileFormat.DICOM)).isEqualTo(FileKind.X_RAY);
		assertThat(FileKind.usualFor(FileFormat.WEBP)).isEqualTo(FileKind.PHOTO);
		assertThat(FileKind.usualFor(FileFormat.PDF)).isEqualTo(FileKind.DOCUMENT);
		assertThat(FileKind.DOCUMENT.suits(FileFormat.JPEG)).isTrue();
		assertThat(FileKind.PHOTO.suits(FileFormat.DICOM)).isFalse();
	}
}
