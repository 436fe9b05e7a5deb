package com.clubstom.medicalrecord.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.clubstom.medicalrecord.FileKind;
import com.clubstom.medicalrecord.PatientFile;
import com.clubstom.medicalrecord.Tooth;

/**
 * The Files tab's gallery: the patient's files grouped by kind (X-rays, photos, documents), each group newest first,
 * narrowed to a tooth and a kind when chosen, with how many files of each kind there are and which teeth have any (the
 * filters offer those).
 */
record FileGallery(List<Group> groups, Map<FileKind, Integer> counts, int total, List<Integer> teeth, Integer tooth,
		FileKind kind) {

	static FileGallery of(List<PatientFile> files, Integer tooth, FileKind kind) {
		var teeth = files.stream().flatMap(file -> file.teeth().stream()).map(Tooth::number).distinct().sorted().toList();
		var ofTooth = files.stream().filter(file -> tooth == null || file.teeth().contains(Tooth.of(tooth))).toList();
		var counts = new EnumMap<FileKind, Integer>(FileKind.class);
		for (var each : FileKind.values()) {
			counts.put(each, (int) ofTooth.stream().filter(file -> file.kind() == each).count());
		}
		var groups = Arrays.stream(FileKind.values()).filter(each -> kind == null || each == kind)
				.map(each -> new Group(each, ofTooth.stream().filter(file -> file.kind() == each).toList()))
				.filter(group -> !group.files().isEmpty()).toList();
		return new FileGallery(groups, counts, ofTooth.size(), teeth, tooth, kind);
	}

	/** Whether the patient has no files at all (rather than none the filters let through). */
	public boolean isEmpty() {
		return total == 0 && tooth == null;
	}

	/** The files of one kind, newest first. */
	record Group(FileKind kind, List<PatientFile> files) {

		/** The kind's icon in {@code file-icons.svg}. */
		public String icon() {
			return FileGallery.icon(kind);
		}
	}

	/** The icon of {@code kind} in {@code file-icons.svg}: the templates draw kinds with it. */
	static String icon(FileKind kind) {
		return switch (kind) {
			case X_RAY -> "x-ray";
			case PHOTO -> "image";
			case DOCUMENT -> "document";
		};
	}
}
