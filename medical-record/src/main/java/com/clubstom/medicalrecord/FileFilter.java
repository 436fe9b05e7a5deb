package com.clubstom.medicalrecord;

import java.util.UUID;

/**
 * Which of a patient's files to list: those showing a tooth, of a kind, of a visit; null for any.
 *
 * @param tooth an FDI number; an invalid one lists nothing
 */
public record FileFilter(Integer tooth, FileKind kind, UUID visitId) {

	/** Every file of the patient. */
	public static FileFilter all() {
		return new FileFilter(null, null, null);
	}

	/** The files showing {@code tooth}. */
	public static FileFilter ofTooth(Tooth tooth) {
		return new FileFilter(tooth.number(), null, null);
	}
}
