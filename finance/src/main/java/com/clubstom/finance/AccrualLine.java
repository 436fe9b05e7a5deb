package com.clubstom.finance;

import java.math.BigDecimal;

import org.jmolecules.ddd.annotation.ValueObject;

import com.clubstom.kernel.Money;

/**
 * One amount of pay for one procedure: what it was for ({@link AccrualKind}), the procedure as done (service code and
 * name, tooth, quantity), the production it was computed on, the rate (a percentage, or a fixed amount per service) and
 * the result. A reversal line (an amendment withdrew the procedure) carries the same figures with the amount negated and
 * names the line it reverses.
 *
 * @param procedure the procedure's place in the pay it belongs to ({@code visit:<id>#2}); reversals point at it
 * @param fingerprint the procedure's figures, by which an amendment's withdrawn procedure finds the lines it paid
 * @param basis the production the amount was computed on (for a service rate: the procedure's price after discount)
 * @param percent the percentage applied, for a production or assistant share; otherwise {@code null}
 * @param perService the fixed amount for one service, for a service rate; otherwise {@code null}
 * @param reverses the {@code procedure} this line reverses; {@code null} for a line that accrues
 */
@ValueObject
public record AccrualLine(AccrualKind kind, String procedure, String fingerprint, String code, String name, Integer tooth,
		int quantity, Money basis, BigDecimal percent, Money perService, Money amount, String reverses) {

	/** Whether the line takes back pay accrued earlier. */
	public boolean isReversal() {
		return reverses != null;
	}

	/** The same line taking back what it gave, as the part {@code procedure} of a correction. */
	AccrualLine reversedAs(String procedure) {
		return new AccrualLine(kind, procedure, fingerprint, code, name, tooth, quantity, basis.negate(), percent, perService,
				amount.negate(), this.procedure);
	}
}
