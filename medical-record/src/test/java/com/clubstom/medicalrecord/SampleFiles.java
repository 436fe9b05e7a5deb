package com.clubstom.medicalrecord;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.springframework.core.io.ByteArrayResource;

/** Test fixture: files as a doctor's computer holds them — a camera's JPEG, a screenshot, a scanned PDF, a DICOM export. */
final class SampleFiles {

	/** The smallest lossy WebP (one pixel), as browsers' feature tests use it. */
	static final byte[] WEBP = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

	/** A one-page PDF with nothing on it: header, catalogue, page tree, page, trailer. */
	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
			+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
			+ "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	private SampleFiles() {
	}

	static byte[] jpeg(int width, int height) {
		return picture("jpeg", width, height);
	}

	static byte[] png(int width, int height) {
		return picture("png", width, height);
	}

	/** The 128-byte preamble, "DICM", then a little of the file meta information. */
	static byte[] dicom() {
		var bytes = new byte[512];
		System.arraycopy("DICM".getBytes(StandardCharsets.US_ASCII), 0, bytes, 128, 4);
		return bytes;
	}

	static Upload upload(String name, String contentType, byte[] bytes) {
		return new Upload(name, contentType, bytes.length, new ByteArrayResource(bytes));
	}

	private static byte[] picture(String format, int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new Color(0x20, 0x20, 0x24));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0xE6, 0xE2, 0xD6));
		g.fillRoundRect(width / 3, height / 4, width / 3, height / 2, width / 10, height / 10);
		g.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}
}
