package com.clubstom.medicalrecord.web;

import java.nio.charset.StandardCharsets;

import org.springframework.mock.web.MockMultipartFile;

import com.clubstom.medicalrecord.ClinicPictures;

/** Test fixture: files as they arrive from the clinic's X-ray sensor and scanner, as multipart parts named {@code file}. */
final class XRays {

	/** What a PDF starts and ends with; enough for the content check. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

	private XRays() {
	}

	/** A greyscale JPEG, dark at the edges and light in the middle, like a film. */
	static byte[] film(int width, int height) {
		return ClinicPictures.film(width, height);
	}

	static MockMultipartFile part(String name, String contentType, byte[] bytes) {
		return new MockMultipartFile("file", name, contentType, bytes);
	}
}
