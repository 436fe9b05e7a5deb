package com.clubstom.staff;

import java.util.Arrays;

import com.clubstom.kernel.DecodedImage;
import com.clubstom.kernel.FileFormat;
import com.clubstom.kernel.UnreadableImageException;

/**
 * An uploaded staff photo, checked and with its thumbnail made. What the file is comes from its first bytes
 * ({@link FileFormat}), never from its name or the browser's content type: a PDF renamed {@code .jpg} is refused.
 * JPEG, PNG and WebP are decoded to the end ({@link DecodedImage}), so a file that claims to be one but is damaged is
 * refused too; the thumbnail is a {@value #THUMBNAIL_SIZE}×{@value #THUMBNAIL_SIZE} JPEG cropped to fill the square.
 *
 * @param original the uploaded bytes, unchanged
 * @param contentType {@code image/jpeg}, {@code image/png} or {@code image/webp}
 * @param thumbnail a square JPEG
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
		var format = FileFormat.of(bytes).filter(FileFormat::isImage)
				.orElseThrow(() -> new PhotoRejectedException("staff-photo.unsupported"));
		try {
			var image = DecodedImage.read(bytes, 2 * THUMBNAIL_SIZE);
			return new Portrait(bytes, format.contentType(), image.thumbnailCovering(THUMBNAIL_SIZE), FileFormat.JPEG.contentType());
		}
		catch (UnreadableImageException damaged) {
			throw new PhotoRejectedException("staff-photo.unreadable");
		}
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
