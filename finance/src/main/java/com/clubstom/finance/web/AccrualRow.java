package com.clubstom.finance.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.clubstom.finance.AccrualKind;
import com.clubstom.finance.AccrualLine;
import com.clubstom.finance.PayrollAccrual;

/**
 * A visit's pay as the statement shows it: the day, the visit it links to, and a row per line with amounts and rates
 * formatted for the reader's language. The link leads to the visit for those who may open clinical visits, and to the
 * patient's card for the accountant, who may not.
 *
 * @param link where the visit's date leads
 * @param toVisit whether {@code link} is the visit itself (otherwise the patient's card)
 * @param correction whether this is an amendment's correction rather than the visit's own pay
 */
record AccrualRow(LocalDate day, LocalDate visitDay, String link, boolean toVisit, boolean correction, String total,
		List<LineRow> lines) {

	static AccrualRow of(PayrollAccrual accrual, boolean opensVisits, Locale locale) {
		var link = opensVisits ? "/patients/" + accrual.patientId() + "/visits/" + accrual.visitId()
				: "/patients/" + accrual.patientId();
		return new AccrualRow(accrual.day(), accrual.visitDay(), link, opensVisits, accrual.isCorrection(),
				accrual.amount().display(locale), accrual.lines().stream().map(line -> LineRow.of(line, locale)).toList());
	}

	/** One line: the component, the procedure, what it was computed on, at which rate, and the amount. */
	record LineRow(AccrualKind kind, String code, String name, Integer tooth, int quantity, String basis, String rate,
			String amount, boolean reversal) {

		static LineRow of(AccrualLine line, Locale locale) {
			var rate = line.percent() != null ? percent(line.percent(), locale)
					: line.perService() != null ? line.perService().display(locale) : "";
			return new LineRow(line.kind(), line.code(), line.name(), line.tooth(), line.quantity(),
					line.basis().display(locale), rate, line.amount().display(locale), line.isReversal());
		}
	}

	/** {@code 27,5 %} in Russian, {@code 27.5 %} in English. */
	static String percent(BigDecimal percent, Locale locale) {
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale)).format(percent) + "\u00a0%";
	}
}
