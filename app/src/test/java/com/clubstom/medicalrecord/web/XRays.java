package com.clubstom.medicalrecord.web;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.springframework.mock.web.MockMultipartFile;

/** Test fixture: files as they arrive from the clinic's X-ray sensor and scanner, as multipart parts named {@code file}. */
final class XRays {

	/** What a PDF starts and ends with; enough for the content check. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

	private XRays() {
	}

	/** A greyscale JPEG, dark at the edges and light in the middle, like a film. */
	static byte[] film(int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, Color.DARK_GRAY, width / 2f, height / 2f, Color.LIGHT_GRAY, true));
		g.fillRect(0, 0, width, height);
		g.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}

	static MockMultipartFile part(String name, String contentType, byte[] bytes) {
		return new MockMultipartFile("file", name, contentType, bytes);
	}
}
