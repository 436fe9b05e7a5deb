package com.clubstom.medicalrecord;

/**
 * The five surfaces of a tooth's crown. The letter depends on the tooth: the chewing surface is occlusal (O) on premolars
 * and molars and the incisal edge (I) on incisors and canines; the outer surface is buccal (B) at the back and
 * vestibular (V) at the front; the inner one is palatal (P) in the upper jaw and lingual (L) in the lower.
 */
public enum ToothSurface {

	MESIAL, OCCLUSAL, DISTAL, VESTIBULAR, ORAL;

	/** The letter charts use for this surface of {@code tooth}: M, O/I, D, B/V, L/P. */
	public String letterOn(Tooth tooth) {
		return switch (this) {
			case MESIAL -> "M";
			case DISTAL -> "D";
			case OCCLUSAL -> tooth.isAnterior() ? "I" : "O";
			case VESTIBULAR -> tooth.isAnterior() ? "V" : "B";
			case ORAL -> tooth.isUpper() ? "P" : "L";
		};
	}

	/** The surfaces as the chart writes them for {@code tooth}, in chart order: "MOD"; empty for none or no tooth. */
	public static String lettersOn(Tooth tooth, java.util.Set<ToothSurface> surfaces) {
		var letters = new StringBuilder();
		if (tooth != null) {
			for (var surface : values()) {
				if (surfaces.contains(surface)) {
					letters.append(surface.letterOn(tooth));
				}
			}
		}
		return letters.toString();
	}

	/** The surface a letter names on {@code tooth}, accepting either letter of a pair (O or I, B or V, L or P). */
	public static ToothSurface ofLetter(String letter) {
		return switch (letter.trim().toUpperCase(java.util.Locale.ROOT)) {
			case "M" -> MESIAL;
			case "D" -> DISTAL;
			case "O", "I" -> OCCLUSAL;
			case "B", "V" -> VESTIBULAR;
			case "L", "P" -> ORAL;
			default -> throw new IllegalArgumentException("Not a tooth surface: " + letter);
		};
	}
}
