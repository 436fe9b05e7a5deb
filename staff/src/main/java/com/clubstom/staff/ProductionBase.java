package com.clubstom.staff;

/** Which price a percentage of production is computed on. */
public enum ProductionBase {

	/** The list price of the services rendered. */
	BEFORE_DISCOUNT,

	/** What the patient is charged: the price after the discount. */
	AFTER_DISCOUNT
}
