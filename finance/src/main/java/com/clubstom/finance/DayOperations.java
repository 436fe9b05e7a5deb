package com.clubstom.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.clubstom.kernel.Money;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/**
 * A business day's operations in their order, as the daily report lists them, read from the driver's documents field by
 * field. A busy clinic's day has well over a thousand; the general mapping took some five microseconds each (a third of
 * the report's time), this a fraction of it. Every field {@link CashOperation}'s persistence constructor takes is read
 * under the name the mapping writes it, dates with the mapping's own conversions, inside the caller's transaction when
 * there is one; {@code DayOperationsTests} holds it to what the repository reads.
 */
@Component
class DayOperations {

	private final MongoTemplate mongo;

	DayOperations(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The operations of {@code day} by their number. */
	List<CashOperation> of(LocalDate day) {
		var conversions = mongo.getConverter().getConversionService();
		var operations = new ArrayList<CashOperation>();
		// the collection of the template: bound to the transaction's session while one is open
		for (var document : mongo.getCollection(CashOperation.COLLECTION)
				.find(Filters.eq("day", mongo.getConverter().convertToMongoType(day))).sort(Sorts.ascending("number"))) {
			operations.add(read(document, conversions));
		}
		return operations;
	}

	private static CashOperation read(Document document, ConversionService conversions) {
		return new CashOperation(document.get("_id", UUID.class), date(document.get("day"), conversions),
				((Number) document.get("number")).longValue(), enumOf(CashKind.class, document.getString("kind")),
				enumOf(CashCategory.class, document.getString("category")), money(document.get("amount"), conversions),
				enumOf(PaymentMethod.class, document.getString("method")), document.getString("comment"),
				document.get("staffMemberId", UUID.class), document.getString("payrollMonth"), document.get("patientId", UUID.class),
				document.get("ledgerEntryId", UUID.class), document.getString("receiptNumber"), document.get("corrects", UUID.class),
				date(document.get("correctsDay"), conversions), instant(document.get("at"), conversions), document.getString("by"),
				document.getString("sourceKey"));
	}

	private static LocalDate date(Object stored, ConversionService conversions) {
		return stored == null ? null : conversions.convert(stored, LocalDate.class);
	}

	private static Instant instant(Object stored, ConversionService conversions) {
		if (stored instanceof Date date) {
			return date.toInstant();
		}
		return stored == null ? null : conversions.convert(stored, Instant.class);
	}

	private static Money money(Object stored, ConversionService conversions) {
		if (!(stored instanceof Document money)) {
			return null;
		}
		var amount = money.get("amount");
		return new Money(amount instanceof Decimal128 decimal ? decimal.bigDecimalValue() : conversions.convert(amount, BigDecimal.class),
				Currency.getInstance(money.getString("currency")));
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}
}
