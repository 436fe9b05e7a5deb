package com.clubstom.medicalrecord;

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
