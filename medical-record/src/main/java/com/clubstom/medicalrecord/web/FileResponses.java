package com.clubstom.medicalrecord.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import com.clubstom.medicalrecord.OpenedFile;
import com.clubstom.medicalrecord.PatientFile;

/**
 * How a patient's file and its thumbnail travel over HTTP, for the card's pages and the API alike. The content is served
 * with the type detected from its bytes, under its original name, tagged with its SHA-256; browsers must ask again every
 * time ({@code no-cache}), so every look reaches the server and its audit trail, and an unchanged file costs a 304. A
 * thumbnail never changes (the content never does), so browsers keep it for a year without asking.
 */
final class FileResponses {

	private static final CacheControl CONTENT_CACHING = CacheControl.noCache().cachePrivate();
	private static final CacheControl THUMBNAIL_CACHING = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

	private FileResponses() {
	}

	/**
	 * The content to look at in the browser ({@code inline}) or to save ({@code attachment}). The stream is closed once
	 * written, or at once when the browser's copy is current.
	 */
	static ResponseEntity<Resource> content(OpenedFile opened, boolean attachment, WebRequest request) {
		var file = opened.file();
		var etag = "\"" + file.sha256() + "\"";
		if (request.checkNotModified(etag)) {
			closeQuietly(opened);
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CONTENT_CACHING).build();
		}
		var disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
				.filename(file.fileName(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).contentLength(file.size())
				.eTag(etag).cacheControl(CONTENT_CACHING).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
				.header("X-Content-Type-Options", "nosniff").body(new InputStreamResource(opened.content()));
	}

	/** A thumbnail (JPEG), cached by the browser for good. */
	static ResponseEntity<byte[]> thumbnail(PatientFile file, Supplier<byte[]> jpeg, WebRequest request) {
		var etag = "\"t-" + file.sha256() + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(THUMBNAIL_CACHING).build();
		}
		return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).eTag(etag).cacheControl(THUMBNAIL_CACHING)
				.header("X-Content-Type-Options", "nosniff").body(jpeg.get());
	}

	private static void closeQuietly(OpenedFile opened) {
		try {
			opened.content().close();
		}
		catch (IOException ignored) {
			// nothing was read from it
		}
	}
}
