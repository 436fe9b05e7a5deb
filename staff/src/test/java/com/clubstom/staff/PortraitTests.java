package com.clubstom.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.clubstom.kernel.FileFormat;

/** What an uploaded staff photo must be, judged by its bytes, and the thumbnail made of it. */
class PortraitTests {

	@Test
	void aJpegIsAcceptedAndGetsASquareJpegThumbnail() throws IOException {
		var portrait = Portrait.of(image("jpeg", 800, 600));

		assertThat(portrait.contentType()).isEqualTo("image/jpeg");
		assertThat(portrait.thumbnailContentType()).isEqualTo("image/jpeg");
		assertThatItIsASquareJpegThumbnail(portrait.thumbnail());
	}

	@Test
	void aPngIsAcceptedKeptAsUploadedAndItsThumbnailIsAJpeg() throws IOException {
		var png = image("png", 300, 900);

		var portrait = Portrait.of(png);

		assertThat(portrait.contentType()).isEqualTo("image/png");
		assertThat(portrait.original()).isEqualTo(png);
		assertThatItIsASquareJpegThumbnail(portrait.thumbnail());
	}

	@Test
	void aPdfRenamedToJpgIsRefusedByItsContent() {
		var pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

		assertThatExceptionOfType(PhotoRejectedException.class).isThrownBy(() -> Portrait.of(pdf))
				.satisfies(rejected -> assertThat(rejected.code()).isEqualTo("staff-photo.unsupported"));
	}

	@Test
	void aFileOverFiveMegabytesIsRefused() {
		var huge = new byte[5 * 1024 * 1024 + 1];
		huge[0] = (byte) 0xFF;
		huge[1] = (byte) 0xD8;
		huge[2] = (byte) 0xFF;

		assertThatExceptionOfType(PhotoRejectedException.class).isThrownBy(() -> Portrait.of(huge))
				.satisfies(rejected -> assertThat(rejected.code()).isEqualTo("staff-photo.too-large"));
	}

	@Test
	void aDamagedJpegAndAnEmptyFileAreRefused() throws IOException {
		var damaged = Arrays.copyOf(image("jpeg", 100, 100), 20);

		assertThatExceptionOfType(PhotoRejectedException.class).isThrownBy(() -> Portrait.of(damaged))
				.satisfies(rejected -> assertThat(rejected.code()).isEqualTo("staff-photo.unreadable"));
		assertThatExceptionOfType(PhotoRejectedException.class).isThrownBy(() -> Portrait.of(new byte[0]))
				.satisfies(rejected -> assertThat(rejected.code()).isEqualTo("staff-photo.empty"));
	}

	@Test
	void aWebpIsDecodedAndGetsASquareJpegThumbnail() throws IOException {
		// the smallest lossy WebP (one pixel), as browsers' feature tests use it
		var webp = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

		var portrait = Portrait.of(webp);

		assertThat(portrait.contentType()).isEqualTo("image/webp");
		assertThatItIsASquareJpegThumbnail(portrait.thumbnail());
	}

	@Test
	void aFileThatOnlyStartsLikeAWebpIsRefusedAsDamaged() {
		var webp = new byte[64];
		System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
		System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);

		assertThatExceptionOfType(PhotoRejectedException.class).isThrownBy(() -> Portrait.of(webp))
				.satisfies(rejected -> assertThat(rejected.code()).isEqualTo("staff-photo.unreadable"));
	}

	@Test
	void theDemoPortraitsAreRealPngs() throws IOException {
		var png = DemoStaff.portrait(new CalendarColour("#0D7680"), true, true);

		assertThat(FileFormat.of(png)).contains(FileFormat.PNG);
		assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(320);
	}

	static byte[] image(String format, int width, int height) throws IOException {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new Color(0x0D7680));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.ORANGE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	private static void assertThatItIsASquareJpegThumbnail(byte[] thumbnail) throws IOException {
		assertThat(FileFormat.of(thumbnail)).contains(FileFormat.JPEG);
		var decoded = ImageIO.read(new ByteArrayInputStream(thumbnail));
		assertThat(decoded.getWidth()).isEqualTo(256);
		assertThat(decoded.getHeight()).isEqualTo(256);
	}
}
