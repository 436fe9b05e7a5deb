package com.clubstom.medicalrecord;

import java.util.List;

/**
 * Which teeth the chart shows: a small child's primary teeth, a schoolchild's mixed dentition (both sets, primary teeth
 * between the permanent rows) or an adult's permanent teeth. Chosen by age, switchable on the chart.
 */
public enum Dentition {

	PERMANENT, MIXED, PRIMARY;

	/** Primary teeth until six, mixed until twelve, permanent after. */
	public static Dentition forAge(int years) {
		return years < 6 ? PRIMARY : years <= 12 ? MIXED : PERMANENT;
	}

	/** The rows the chart draws, top to bottom. */
	public List<List<Tooth>> rows() {
		return switch (this) {
			case PERMANENT -> List.of(Tooth.PERMANENT_UPPER, Tooth.PERMANENT_LOWER);
			case PRIMARY -> List.of(Tooth.PRIMARY_UPPER, Tooth.PRIMARY_LOWER);
			case MIXED -> List.of(Tooth.PERMANENT_UPPER, Tooth.PRIMARY_UPPER, Tooth.PRIMARY_LOWER, Tooth.PERMANENT_LOWER);
		};
	}
}
