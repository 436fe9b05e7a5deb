package com.clubstom.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file is, told by its first bytes (magic numbers), never by its name or the browser's content type:
 * a PDF renamed {@code .jpg} is still a PDF. Staff photos and patient files (X-rays, photos, documents) accept only
 * these formats.
 */
public enum FileFormat {

	/** {@code FF D8 FF} */
	JPEG("JPEG", "image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
	/** {@code 89 50 4E 47 0D 0A 1A 0A} */
	PNG("PNG", "image/png", "png"),
	/** {@code RIFF}, four bytes of length, {@code WEBP} */
	WEBP("WebP", "image/webp", "webp"),
	/** {@code %PDF-} */
	PDF("PDF", "application/pdf", "pdf"),
	/** {@code DICM} after the 128-byte preamble of a DICOM Part 10 file */
	DICOM("DICOM", "application/dicom", "dcm", "dicom");

	/** How many leading bytes {@link #of(byte[])} needs to tell every format apart. */
	public static final int HEAD_LENGTH = 132;

	private static final int DICOM_PREAMBLE = 128;

	private final String displayName;
	private final String contentType;
	private final List<String> extensions;

	FileFormat(String displayName, String contentType, String... extensions) {
		this.displayName = displayName;
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	/** The format's name as people write it in any language: "JPEG", "WebP", "DICOM". */
	public String displayName() {
		return displayName;
	}

	/** The media type to serve the file with. */
	public String contentType() {
		return contentType;
	}

	/** The file name extensions of the format, lower case without the dot, the usual one first. */
	public List<String> extensions() {
		return extensions;
	}

	/** A picture a browser shows: JPEG, PNG or WebP. */
	public boolean isImage() {
		return this == JPEG || this == PNG || this == WEBP;
	}

	/** The format of a file whose first bytes are {@code head} (at least {@link #HEAD_LENGTH} when there are so many). */
	public static Optional<FileFormat> of(byte[] head) {
		if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		if (startsWith(head, 0, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		if (startsWith(head, DICOM_PREAMBLE, 'D', 'I', 'C', 'M')) {
			return Optional.of(DICOM);
		}
		return Optional.empty();
	}

	/** The format a file name's extension promises ({@code "Снимок 36.JPG"} -> JPEG), if it is one of these. */
	public static Optional<FileFormat> byExtension(String fileName) {
		return extensionOf(fileName).flatMap(extension -> Arrays.stream(values())
				.filter(format -> format.extensions.contains(extension)).findFirst());
	}

	/** The extension of {@code fileName}, lower case without the dot; empty when the name has none. */
	public static Optional<String> extensionOf(String fileName) {
		if (fileName == null) {
			return Optional.empty();
		}
		var dot = fileName.lastIndexOf('.');
		return dot < 0 || dot == fileName.length() - 1 ? Optional.empty()
				: Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/** The format a media type names ({@code image/jpeg; charset=...} -> JPEG), if it is one of these. */
	public static Optional<FileFormat> byContentType(String contentType) {
		if (contentType == null) {
			return Optional.empty();
		}
		var bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
				.filter(format -> format.contentType.equals(bare) || format == JPEG && bare.equals("image/jpg")).findFirst();
	}

	private static boolean startsWith(byte[] bytes, int offset, int... expected) {
		if (bytes == null || bytes.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}
}
