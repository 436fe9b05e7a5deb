package com.clubstom.finance;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clubstom.kernel.Money;

/**
 * A business day of the cash desk: the cash in the till when it began, what came in and went out by method and by
 * category, the cash when it ended (or now, while the day is open), and its operations in order.
 *
 * @param closing the day's closing record, or {@code null} while it is open
 */
public record DailyCashReport(LocalDate day, Money openingCash, List<CashOperation> operations, CashDay closing) {

	public boolean isClosed() {
		return closing != null && closing.closed();
	}

	/** The cash in the till at the end of the day: the opening cash and the day's cash operations. */
	public Money closingCash() {
		return openingCash.plus(Money.sum(operations.stream().filter(operation -> operation.method().isCash())
				.map(CashOperation::signed).toList()));
	}

	public Money income() {
		return Money.sum(operations.stream().map(CashOperation::signed).filter(Money::isPositive).toList());
	}

	public Money outgoings() {
		return Money.sum(operations.stream().map(CashOperation::signed).filter(Money::isNegative).toList()).negate();
	}

	/** In and out per method: the till, the card terminal, the bank account, the insurers. */
	public Map<PaymentMethod, Flow> byMethod() {
		var flows = new EnumMap<PaymentMethod, Flow>(PaymentMethod.class);
		for (var operation : operations) {
			flows.merge(operation.method(), Flow.of(operation.signed()), Flow::plus);
		}
		return flows;
	}

	/** In and out per category, in the order categories are listed, each split by method. */
	public Map<CashCategory, Map<PaymentMethod, Money>> byCategory() {
		var totals = new LinkedHashMap<CashCategory, Map<PaymentMethod, Money>>();
		for (var category : CashCategory.values()) {
			for (var operation : operations) {
				if (operation.category() == category) {
					totals.computeIfAbsent(category, any -> new EnumMap<>(PaymentMethod.class))
							.merge(operation.method(), operation.signed(), Money::plus);
				}
			}
		}
		return totals;
	}

	/** Money in and out, both positive. */
	public record Flow(Money in, Money out) {

		static Flow of(Money signed) {
			return signed.isNegative() ? new Flow(Money.ZERO, signed.negate()) : new Flow(signed, Money.ZERO);
		}

		Flow plus(Flow other) {
			return new Flow(in.plus(other.in), out.plus(other.out));
		}

		public Money net() {
			return in.minus(out);
		}
	}
}
