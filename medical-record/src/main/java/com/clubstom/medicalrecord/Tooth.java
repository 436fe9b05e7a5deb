package com.clubstom.medicalrecord;

import java.util.List;
import java.util.stream.IntStream;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A tooth in FDI two-digit notation: the quadrant (1-4 permanent, 5-8 primary, clockwise from the patient's upper right)
 * and the position counted from the midline (1-8 permanent, 1-5 primary). 36 is the lower left first molar, 55 the upper
 * right second primary molar.
 */
@ValueObject
public record Tooth(int number) implements Comparable<Tooth> {

	/** Upper jaw from the patient's right to left, then lower jaw from right to left: the order the chart draws. */
	public static final List<Tooth> PERMANENT_UPPER = row(1, 2, 8);
	public static final List<Tooth> PERMANENT_LOWER = row(4, 3, 8);
	public static final List<Tooth> PRIMARY_UPPER = row(5, 6, 5);
	public static final List<Tooth> PRIMARY_LOWER = row(8, 7, 5);

	public Tooth {
		if (!isValid(number)) {
			throw new IllegalArgumentException("Not a tooth in FDI notation: " + number);
		}
	}

	public static Tooth of(int number) {
		return new Tooth(number);
	}

	/** Whether {@code number} names a tooth: 11-18, 21-28, 31-38, 41-48, 51-55, 61-65, 71-75, 81-85. */
	public static boolean isValid(int number) {
		int quadrant = number / 10;
		int position = number % 10;
		return quadrant >= 1 && quadrant <= 8 && position >= 1 && position <= (quadrant <= 4 ? 8 : 5);
	}

	public int quadrant() {
		return number / 10;
	}

	public int position() {
		return number % 10;
	}

	public boolean isPrimary() {
		return quadrant() >= 5;
	}

	/** The upper jaw: quadrants 1, 2 and primary 5, 6. */
	public boolean isUpper() {
		int quadrant = quadrant();
		return quadrant == 1 || quadrant == 2 || quadrant == 5 || quadrant == 6;
	}

	/** The patient's right side (drawn on the viewer's left): quadrants 1, 4, 5, 8. */
	public boolean isOnPatientsRight() {
		int quadrant = quadrant();
		return quadrant == 1 || quadrant == 4 || quadrant == 5 || quadrant == 8;
	}

	/** Incisors and canines: they have an incisal edge rather than an occlusal surface. */
	public boolean isAnterior() {
		return position() <= 3;
	}

	public Kind kind() {
		int position = position();
		if (isPrimary()) {
			return position <= 2 ? Kind.INCISOR : position == 3 ? Kind.CANINE : Kind.MOLAR;
		}
		return position <= 2 ? Kind.INCISOR : position == 3 ? Kind.CANINE : position <= 5 ? Kind.PREMOLAR : Kind.MOLAR;
	}

	/** The permanent tooth that replaces this primary one (55 -> 15); a permanent tooth is its own. */
	public Tooth successor() {
		return isPrimary() ? new Tooth((quadrant() - 4) * 10 + position()) : this;
	}

	@Override
	public int compareTo(Tooth other) {
		return Integer.compare(number, other.number);
	}

	@Override
	public String toString() {
		return Integer.toString(number);
	}

	/** The sort of tooth, which decides its drawing. */
	public enum Kind {
		INCISOR, CANINE, PREMOLAR, MOLAR
	}

	private static List<Tooth> row(int rightQuadrant, int leftQuadrant, int teeth) {
		var right = IntStream.iterate(teeth, position -> position >= 1, position -> position - 1)
				.mapToObj(position -> new Tooth(rightQuadrant * 10 + position));
		var left = IntStream.rangeClosed(1, teeth).mapToObj(position -> new Tooth(leftQuadrant * 10 + position));
		return java.util.stream.Stream.concat(right, left).toList();
	}
}
