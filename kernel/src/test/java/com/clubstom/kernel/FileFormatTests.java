package com.clubstom.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files are told apart by their first bytes; names and media types only say what they claim to be. */
class FileFormatTests {

	@Test
	void eachFormatIsKnownByItsMagicNumber() {
		assertThat(FileFormat.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'))).contains(FileFormat.JPEG);
		assertThat(FileFormat.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D))).contains(FileFormat.PNG);
		assertThat(FileFormat.of(ascii("RIFF\u0024\0\0\0WEBPVP8 "))).contains(FileFormat.WEBP);
		assertThat(FileFormat.of(ascii("%PDF-1.4\n%âãÏÓ"))).contains(FileFormat.PDF);
		assertThat(FileFormat.of(dicom())).contains(FileFormat.DICOM);
	}

	@Test
	void whatIsNoneOfThemIsUnknown() {
		assertThat(FileFormat.of(ascii("<html><body>not a picture</body></html>"))).isEmpty();
		assertThat(FileFormat.of(ascii("RIFF\u0024\0\0\0WAVEfmt "))).isEmpty(); // a sound, not a WebP
		assertThat(FileFormat.of(bytes(0xFF, 0xD8))).isEmpty(); // too short to be a JPEG
		assertThat(FileFormat.of(new byte[0])).isEmpty();
		assertThat(FileFormat.of(Arrays.copyOf(dicom(), 131))).isEmpty(); // cut before the end of "DICM"
	}

	@ParameterizedTest(name = "{0} promises {1}")
	@CsvSource({ "Снимок 36.JPG, JPEG", "photo.jpeg, JPEG", "scan.png, PNG", "smile.webp, WEBP", "договор.pdf, PDF",
			"CT_0001.dcm, DICOM" })
	void theExtensionSaysWhatAFileClaimsToBe(String name, FileFormat format) {
		assertThat(FileFormat.byExtension(name)).contains(format);
	}

	@Test
	void namesWithoutAKnownExtensionPromiseNothing() {
		assertThat(FileFormat.byExtension("IM000001")).isEmpty();
		assertThat(FileFormat.byExtension("notes.txt")).isEmpty();
		assertThat(FileFormat.byExtension("trailing.")).isEmpty();
		assertThat(FileFormat.extensionOf("archive.tar.GZ")).contains("gz");
	}

	@Test
	void mediaTypesAreReadWithoutParametersAndTheCommonMisspelling() {
		assertThat(FileFormat.byContentType("image/jpeg")).contains(FileFormat.JPEG);
		assertThat(FileFormat.byContentType("image/jpg")).contains(FileFormat.JPEG);
		assertThat(FileFormat.byContentType("Application/PDF; name=x.pdf")).contains(FileFormat.PDF);
		assertThat(FileFormat.byContentType("application/octet-stream")).isEmpty();
		assertThat(FileFormat.byContentType(null)).isEmpty();
	}

	/** The 128-byte preamble, then "DICM" and the start of the file meta information. */
	static byte[] dicom() {
		var bytes = new byte[140];
		System.arraycopy(ascii("DICM"), 0, bytes, 128, 4);
		return bytes;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] bytes(int... values) {
		var bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}
}
