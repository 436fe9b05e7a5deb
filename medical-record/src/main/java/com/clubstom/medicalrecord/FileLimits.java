package com.clubstom.medicalrecord;

import com.clubstom.kernel.FileFormat;

/**
 * How large a patient's file may be, by format, in one place: pictures and PDFs up to 20 MB (a full-resolution
 * intraoral photo is 5–12 MB, a scanned referral far less), DICOM up to 60 MB (a CBCT export of a region). The
 * application's multipart limit ({@code spring.servlet.multipart.max-file-size}) stays just above {@link #LARGEST}.
 */
public final class FileLimits {

	private static final long MEGABYTE = 1024 * 1024;

	public static final long PICTURE = 20 * MEGABYTE;
	public static final long PDF = 20 * MEGABYTE;
	public static final long DICOM = 60 * MEGABYTE;
	/** The largest file of any format. */
	public static final long LARGEST = DICOM;

	/** Titles are a line, descriptions a short paragraph, file names as long as file systems keep them. */
	public static final int TITLE_LENGTH = 200;
	public static final int DESCRIPTION_LENGTH = 2000;
	public static final int FILE_NAME_LENGTH = 180;

	private FileLimits() {
	}

	/** The largest file of {@code format}, in bytes. */
	public static long of(FileFormat format) {
		return switch (format) {
			case JPEG, PNG, WEBP -> PICTURE;
			case PDF -> PDF;
			case DICOM -> DICOM;
		};
	}

	/** {@link #of} in whole megabytes, as messages state it. */
	public static long megabytesOf(FileFormat format) {
		return of(format) / MEGABYTE;
	}
}
