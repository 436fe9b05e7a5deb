package com.clubstom.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Pictures are decoded to the end before they are trusted, and thumbnailed without holding them at full size. */
class DecodedImageTests {

	@Test
	void aJpegIsDecodedWithItsOwnSizeAndAThumbnailFittingTheLongerSide() throws IOException {
		var image = DecodedImage.read(picture("jpeg", 4000, 3000), 640);

		assertThat(image.width()).isEqualTo(4000);
		assertThat(image.height()).isEqualTo(3000);
		var thumbnail = read(image.thumbnailFitting(320));
		assertThat(thumbnail.getWidth()).isEqualTo(320);
		assertThat(thumbnail.getHeight()).isEqualTo(240);
	}

	@Test
	void aTallPngGetsASquareThumbnailCoveringItAndTransparencyTurnsWhite() throws IOException {
		var image = DecodedImage.read(picture("png", 300, 900), 512);

		var square = image.thumbnailCovering(256);

		assertThat(FileFormat.of(square)).contains(FileFormat.JPEG);
		var thumbnail = read(square);
		assertThat(thumbnail.getWidth()).isEqualTo(256);
		assertThat(thumbnail.getHeight()).isEqualTo(256);
		assertThat(new Color(thumbnail.getRGB(2, 2)).getGreen()).isGreaterThan(240); // the transparent corner
	}

	@Test
	void aSmallPictureIsNotEnlarged() throws IOException {
		var thumbnail = read(DecodedImage.read(picture("png", 120, 80), 640).thumbnailFitting(320));

		assertThat(thumbnail.getWidth()).isEqualTo(120);
		assertThat(thumbnail.getHeight()).isEqualTo(80);
	}

	@Test
	void aWebpIsDecodedByThePlugin() {
		var webp = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="); // one lossless pixel

		var image = DecodedImage.read(webp, 640);

		assertThat(image.width()).isEqualTo(1);
		assertThat(FileFormat.of(image.thumbnailFitting(320))).contains(FileFormat.JPEG);
	}

	@Test
	void aJpegCutInHalfIsRefusedThoughItsDecoderOnlyWarns() throws IOException {
		var jpeg = picture("jpeg", 800, 600);

		assertThatExceptionOfType(UnreadableImageException.class)
				.isThrownBy(() -> DecodedImage.read(Arrays.copyOf(jpeg, jpeg.length / 2), 640));
	}

	@Test
	void aPngCutShortAndBytesOfNoPictureAreRefused() throws IOException {
		var png = picture("png", 800, 600);

		assertThatExceptionOfType(UnreadableImageException.class)
				.isThrownBy(() -> DecodedImage.read(Arrays.copyOf(png, png.length / 2), 640));
		assertThatExceptionOfType(UnreadableImageException.class)
				.isThrownBy(() -> DecodedImage.read("%PDF-1.4".getBytes(), 640));
	}

	/** A picture with a transparent band on the left where the format keeps transparency, encoded in {@code format}. */
	static byte[] picture(String format, int width, int height) throws IOException {
		var transparent = format.equals("png");
		var image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = width / 10; x < width; x++) {
				image.setRGB(x, y, (x + y) % 64 < 32 ? 0xFF0D7680 : 0xFFFFA500);
			}
		}
		var encoded = new ByteArrayOutputStream();
		if (!ImageIO.write(image, format, encoded)) {
			throw new IOException("No writer for " + format);
		}
		return encoded.toByteArray();
	}

	private static BufferedImage read(byte[] jpeg) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(jpeg));
	}
}
