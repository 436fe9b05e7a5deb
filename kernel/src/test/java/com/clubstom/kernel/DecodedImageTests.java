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

	@Test
	void aPhonePhotoLyingOnItsSideIsTurnedUprightAsTheCameraSays() throws IOException {
		var sideways = withOrientation(picture("jpeg", 400, 300), 6); // stored 400×300, shown 300×400

		var image = DecodedImage.read(sideways, 640);

		assertThat(image.width()).isEqualTo(300);
		assertThat(image.height()).isEqualTo(400);
		var thumbnail = read(image.thumbnailFitting(200));
		assertThat(thumbnail.getWidth()).isEqualTo(150);
		assertThat(thumbnail.getHeight()).isEqualTo(200);
		// the transparent band on the stored picture's left is on top once turned right (black in a JPEG)
		assertThat(new Color(thumbnail.getRGB(75, 2)).getGreen()).isLessThan(40);
		assertThat(new Color(thumbnail.getRGB(75, 190)).getGreen()).isGreaterThan(80);
	}

	@Test
	void orientationsAreReadInEitherByteOrderAndNonsenseIsUpright() {
		assertThat(ExifOrientation.ofExif(exif(8, true))).isEqualTo(ExifOrientation.TURNED_LEFT);
		assertThat(ExifOrientation.ofExif(exif(3, false))).isEqualTo(ExifOrientation.UPSIDE_DOWN);
		assertThat(ExifOrientation.ofExif(exif(9, true))).isEqualTo(ExifOrientation.UPRIGHT);
		assertThat(ExifOrientation.ofExif(Arrays.copyOf(exif(6, true), 16))).isEqualTo(ExifOrientation.UPRIGHT);
		assertThat(ExifOrientation.ofExif("XMP data".getBytes())).isEqualTo(ExifOrientation.UPRIGHT);
	}

	/** The JPEG with an APP1 EXIF segment holding only the orientation, right after its JFIF header. */
	private static byte[] withOrientation(byte[] jpeg, int orientation) {
		var exif = exif(orientation, true);
		var app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
		var insertAt = 4 + app0Length;
		var out = new ByteArrayOutputStream();
		out.write(jpeg, 0, insertAt);
		out.write(0xFF);
		out.write(0xE1);
		out.write((exif.length + 2) >> 8);
		out.write((exif.length + 2) & 0xFF);
		out.write(exif, 0, exif.length);
		out.write(jpeg, insertAt, jpeg.length - insertAt);
		return out.toByteArray();
	}

	/** "Exif", two zeros, a TIFF header and one directory with one entry: the orientation, a SHORT. */
	private static byte[] exif(int orientation, boolean bigEndian) {
		var tiff = java.nio.ByteBuffer.allocate(6 + 8 + 2 + 12 + 4)
				.order(bigEndian ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN);
		tiff.put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42).putInt(8);
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putInt(0);
		return tiff.array();
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
