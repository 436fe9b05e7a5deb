package com.clubstom.staff;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/**
 * An uploaded staff photo, checked and with its thumbnail made. What the file is comes from its first bytes (magic
 * numbers), never from its name or the browser's content type: a PDF renamed {@code .jpg} is refused.
 * <p>
 * JPEG and PNG are decoded with ImageIO (a file that claims to be one but does not decode is refused) and the
 * thumbnail is a {@value #THUMBNAIL_SIZE}×{@value #THUMBNAIL_SIZE} JPEG cropped to fill the square. The JDK's ImageIO
 * has no WebP reader: a WebP photo is accepted by its bytes and stored as is; its thumbnail is made only when a WebP
 * plugin happens to be on the classpath, otherwise the original also serves as the thumbnail (browsers scale it).
 *
 * @param original the uploaded bytes, unchanged
 * @param contentType {@code image/jpeg}, {@code image/png} or {@code image/webp}
 * @param thumbnail a square JPEG, or the original (WebP without a decoder)
 */
record Portrait(byte[] original, String contentType, byte[] thumbnail, String thumbnailContentType) {

	static final int MAXIMUM_BYTES = 5 * 1024 * 1024;
	static final int THUMBNAIL_SIZE = 256;

	/**
	 * Checks an upload and makes its thumbnail.
	 *
	 * @throws PhotoRejectedException {@code staff-photo.empty}, {@code staff-photo.too-large},
	 *         {@code staff-photo.unsupported} (not JPEG, PNG or WebP) or {@code staff-photo.unreadable} (damaged)
	 */
	static Portrait of(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new PhotoRejectedException("staff-photo.empty");
		}
		if (bytes.length > MAXIMUM_BYTES) {
			throw new PhotoRejectedException("staff-photo.too-large");
		}
		var type = contentTypeOf(bytes);
		if (type == null) {
			throw new PhotoRejectedException("staff-photo.unsupported");
		}
		var image = decode(bytes);
		if (image == null) {
			if (type.equals("image/webp")) {
				// no WebP reader in the JDK: keep the original, it doubles as the thumbnail
				return new Portrait(bytes, type, bytes, type);
			}
			throw new PhotoRejectedException("staff-photo.unreadable");
		}
		return new Portrait(bytes, type, thumbnailOf(image), "image/jpeg");
	}

	/** The image type by its magic bytes, or {@code null} for anything but JPEG, PNG and WebP. */
	static String contentTypeOf(byte[] bytes) {
		if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
			return "image/webp";
		}
		return null;
	}

	private static BufferedImage decode(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException damaged) {
			return null;
		}
	}

	/** Scales the image to cover the square and cuts off what sticks out, centred. */
	static byte[] thumbnailOf(BufferedImage image) {
		var size = THUMBNAIL_SIZE;
		var scale = Math.max((double) size / image.getWidth(), (double) size / image.getHeight());
		var width = (int) Math.ceil(image.getWidth() * scale);
		var height = (int) Math.ceil(image.getHeight() * scale);
		var square = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		var g = square.createGraphics();
		try {
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, size, size);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(image, (size - width) / 2, (size - height) / 2, width, height, null);
		}
		finally {
			g.dispose();
		}
		return jpeg(square, 0.85f);
	}

	static byte[] jpeg(BufferedImage image, float quality) {
		var out = new ByteArrayOutputStream();
		var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (var stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			var parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static boolean startsWith(byte[] bytes, int offset, int... expected) {
		if (bytes.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Portrait that && Arrays.equals(original, that.original);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(original);
	}

	@Override
	public String toString() {
		return "Portrait[" + contentType + ", " + original.length + " bytes]";
	}
}
