package com.clubstom.medicalrecord;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixture for the browser: X-rays, a photo and a consent as files on the clinic computer's disk, drawn by the demo's
 * {@link DemoPictures} (this class shares its package to reach them), so an upload in Chromium looks like the real thing.
 */
public final class ClinicPictures {

	private ClinicPictures() {
	}

	/** A greyscale JPEG of any size, dark at the edges and light in the middle, like a film. */
	public static byte[] film(int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, Color.DARK_GRAY, width / 2f, height / 2f, Color.LIGHT_GRAY, true));
		g.fillRect(0, 0, width, height);
		g.dispose();
		return DemoPictures.jpeg(image);
	}

	public static Path bitewing(Path folder, String name) {
		return write(folder, name, DemoPictures.bitewing(7, true));
	}

	public static byte[] periapical() {
		return DemoPictures.periapical(8);
	}

	public static byte[] smile() {
		return DemoPictures.smile(9);
	}

	public static byte[] consentForm() {
		return DemoPictures.consentForm();
	}

	public static Path write(Path folder, String name, byte[] bytes) {
		try {
			return Files.write(folder.resolve(name), bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
