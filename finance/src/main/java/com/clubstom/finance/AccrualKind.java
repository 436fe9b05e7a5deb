package com.clubstom.finance;

/** What a line of pay was accrued for: the components of a pay scheme that depend on the work done. */
public enum AccrualKind {

	/** The doctor's percentage of the price of a procedure they did (before or after the discount, as their terms say). */
	PRODUCTION_SHARE,

	/** The doctor's fixed amount for each procedure of a service their terms name, times the quantity. */
	SERVICE_RATE,

	/** The assistant's percentage of the price (after the discount) of a procedure they assisted at. */
	ASSISTANT_SHARE
}
