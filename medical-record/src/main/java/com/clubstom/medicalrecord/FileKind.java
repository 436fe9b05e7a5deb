package com.clubstom.medicalrecord;

import com.clubstom.kernel.FileFormat;

/** What a patient's file is to the clinic; the gallery groups by it. Chosen by whoever uploads, or told by the content. */
public enum FileKind {

	/** An X-ray: a periapical or bitewing film, an OPG, a CBCT slice; a picture or a DICOM file. */
	X_RAY,
	/** A clinical photo: the smile, a tooth before and after; a picture. */
	PHOTO,
	/** A document: a consent, a referral, a specialist's report; anything accepted. */
	DOCUMENT;

	/** The kind a file of {@code format} is taken for when the uploader chooses none: DICOM an X-ray, a picture a photo. */
	public static FileKind usualFor(FileFormat format) {
		return format == FileFormat.DICOM ? X_RAY : format.isImage() ? PHOTO : DOCUMENT;
	}

	/** Whether a file of {@code format} can be of this kind: a photo is a picture, an X-ray a picture or DICOM. */
	public boolean suits(FileFormat format) {
		return switch (this) {
			case PHOTO -> format.isImage();
			case X_RAY -> format.isImage() || format == FileFormat.DICOM;
			case DOCUMENT -> true;
		};
	}
}
