package com.clubstom.medicalrecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.InputStreamSource;

import com.clubstom.kernel.DecodedImage;
import com.clubstom.kernel.FileFormat;
import com.clubstom.kernel.UnreadableImageException;

/**
 * An upload that passed the checks, ready to store: what it is by its bytes, its safe name and, for a picture, its size
 * and thumbnail. Every refusal names the file ({@code {0}}), so several files uploaded at once are told apart.
 */
record CheckedFile(String fileName, FileFormat format, Integer width, Integer height, byte[] thumbnail,
		InputStreamSource content) {

	/** The thumbnail's longer side in pixels: sharp in the gallery's tiles on a high-density screen. */
	static final int THUMBNAIL_SIDE = 320;

	/**
	 * Checks one upload: not empty; JPEG, PNG, WebP, PDF or DICOM by its bytes; its extension and media type agree with
	 * them (a PDF renamed {@code .jpg} is refused); within the format's {@link FileLimits limit}; of a format that suits
	 * {@code kind} (when chosen); a picture decodes to the end.
	 *
	 * @throws InvalidPatientFileException naming the broken rule
	 */
	static CheckedFile of(Upload upload, FileKind kind) {
		var name = upload.fileName() == null ? "" : upload.fileName();
		var head = head(upload);
		if (upload.size() <= 0 || head.length == 0) {
			throw refused("file", "files.file.empty", name);
		}
		var format = FileFormat.of(head).orElseThrow(() -> refused("file", "files.file.unsupported", name));
		var claimed = FileFormat.byExtension(name).or(() -> FileFormat.byContentType(upload.declaredContentType()));
		if (claimed.isPresent() && claimed.get() != format) {
			throw refused("file", "files.file.not." + claimed.get(), name, format.displayName());
		}
		var extension = FileFormat.extensionOf(name);
		if (extension.isPresent() && FileFormat.byExtension(name).isEmpty()) {
			throw refused("file", "files.file.extension", name, extension.get(), format.displayName());
		}
		if (upload.size() > FileLimits.of(format)) {
			throw refused("file", "files.file.too-large", name, String.valueOf(FileLimits.megabytesOf(format)),
					format.displayName());
		}
		if (kind != null && !kind.suits(format)) {
			throw refused("kind", "files.kind.unsuitable." + kind, name);
		}
		var safeName = safeName(name, format);
		if (!format.isImage()) {
			return new CheckedFile(safeName, format, null, null, null, upload.content());
		}
		try (var content = new BufferedInputStream(upload.content().getInputStream())) {
			var image = DecodedImage.read(content, 2 * THUMBNAIL_SIDE);
			return new CheckedFile(safeName, format, image.width(), image.height(), image.thumbnailFitting(THUMBNAIL_SIDE),
					upload.content());
		}
		catch (UnreadableImageException damaged) {
			throw refused("file", "files.file.unreadable", name, format.displayName());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	/** The name without any folder the browser sent, characters no file system takes, or a leading dot; shortened to fit. */
	static String safeName(String uploaded, FileFormat format) {
		var normalised = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC);
		var name = normalised.substring(Math.max(normalised.lastIndexOf('/'), normalised.lastIndexOf('\\')) + 1)
				.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").replaceAll("\\s+", " ").strip().replaceFirst("^[.\\s]+", "");
		var extension = FileFormat.extensionOf(name).map(found -> name.substring(name.length() - found.length() - 1)).orElse("");
		var base = name.substring(0, name.length() - extension.length()).strip();
		if (base.isEmpty()) {
			return "file." + format.extensions().get(0);
		}
		var room = FileLimits.FILE_NAME_LENGTH - extension.length();
		return (base.length() > room ? base.substring(0, room).strip() : base) + extension;
	}

	private static byte[] head(Upload upload) {
		if (upload.content() == null) {
			return new byte[0];
		}
		try (var content = upload.content().getInputStream()) {
			return content.readNBytes(FileFormat.HEAD_LENGTH);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static InvalidPatientFileException refused(String field, String code, String... arguments) {
		return new InvalidPatientFileException(new ArrayList<>(List.of(new Violation(field, code, List.of(arguments)))));
	}
}
