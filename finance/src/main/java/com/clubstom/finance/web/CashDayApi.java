package com.clubstom.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.clubstom.finance.CashDesk;
import com.clubstom.finance.CashOperation;
import com.clubstom.finance.DailyCashReport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A business day of the cash desk for the accounting system: the figures, the flows and the operations. */
@RestController
@Tag(name = "Finance")
class CashDayApi {

	private final CashDesk cashDesk;

	CashDayApi(CashDesk cashDesk) {
		this.cashDesk = cashDesk;
	}

	@GetMapping("/api/cash-desk/days/{day}")
	@Operation(summary = "The daily cash report: opening and closing cash, in and out by method, the operations")
	CashDayResource day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return CashDayResource.of(cashDesk.reportFor(day));
	}

	/** Amounts with two decimals, in roubles; operations' amounts are signed (negative goes out). */
	record CashDayResource(LocalDate day, boolean closed, BigDecimal openingCash, BigDecimal income, BigDecimal outgoings,
			BigDecimal closingCash, Map<String, Flow> byMethod, List<OperationResource> operations) {

		static CashDayResource of(DailyCashReport report) {
			var byMethod = report.byMethod().entrySet().stream().collect(Collectors.toMap(flow -> flow.getKey().name(),
					flow -> new Flow(flow.getValue().in().amount(), flow.getValue().out().amount())));
			return new CashDayResource(report.day(), report.isClosed(), report.openingCash().amount(), report.income().amount(),
					report.outgoings().amount(), report.closingCash().amount(), byMethod,
					report.operations().stream().map(OperationResource::of).toList());
		}
	}

	record Flow(BigDecimal in, BigDecimal out) {
	}

	record OperationResource(UUID id, long number, String kind, String category, String method, BigDecimal amount,
			String comment, UUID corrects, String by) {

		static OperationResource of(CashOperation operation) {
			return new OperationResource(operation.id(), operation.number(), operation.kind().name(), operation.category().name(),
					operation.method().name(), operation.signed().amount(), operation.comment(), operation.corrects(), operation.by());
		}
	}
}
