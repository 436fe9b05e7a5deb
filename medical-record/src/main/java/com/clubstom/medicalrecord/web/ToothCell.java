package com.clubstom.medicalrecord.web;

import java.util.List;

/**
 * One tooth as the chart draws it: its number, the drawing for its kind and jaw, the classes that colour its states, the
 * five surfaces of its crown in drawing position, and the codes of its diagnoses.
 *
 * @param kind {@code incisor}, {@code canine}, {@code premolar} or {@code molar}
 * @param states CSS classes such as {@code tooth--crown tooth--root-canal-treated}, empty for a healthy tooth
 * @param summaryCodes the message codes of its conditions, for the tooltip and screen readers
 * @param planned the services planned on it and not yet done (treatment plans), for its mark and tooltip
 */
record ToothCell(int number, String kind, boolean upper, boolean primary, String states, List<SurfaceCell> surfaces,
		List<String> diagnosisCodes, List<String> summaryCodes, boolean selected, List<String> planned) {

	public boolean hasPlannedWork() {
		return !planned.isEmpty();
	}

	/** The drawing's position in the crown diagram: {@code top}, {@code right}, {@code bottom}, {@code left}, {@code centre}. */
	record SurfaceCell(String position, String letter, String condition) {

		/** The outline of this part of the crown diagram (a ring of four parts round a centre, 40 by 40). */
		public String path() {
			return switch (position) {
				case "top" -> "M7.3 7.3A18 18 0 0 1 32.7 7.3L25.7 14.3A8 8 0 0 0 14.3 14.3Z";
				case "right" -> "M32.7 7.3A18 18 0 0 1 32.7 32.7L25.7 25.7A8 8 0 0 0 25.7 14.3Z";
				case "bottom" -> "M32.7 32.7A18 18 0 0 1 7.3 32.7L14.3 25.7A8 8 0 0 0 25.7 25.7Z";
				case "left" -> "M7.3 32.7A18 18 0 0 1 7.3 7.3L14.3 14.3A8 8 0 0 0 14.3 25.7Z";
				default -> "M12 20A8 8 0 1 0 28 20A8 8 0 1 0 12 20Z";
			};
		}
	}
}
