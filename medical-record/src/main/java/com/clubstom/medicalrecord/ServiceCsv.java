package com.clubstom.medicalrecord;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.clubstom.kernel.Money;

/**
 * The price list as a spreadsheet: {@code ;}-separated, UTF-8 with a byte order mark (so Excel reads Cyrillic right),
 * one header line {@value #HEADER}, fields in double quotes when they hold a {@code ;}, a quote or a line break (a quote
 * doubled inside). Categories are written as their constant names; prices as {@code 3500.00} (a comma and spaces in
 * the thousands are read too); dates as {@code 2026-01-01} (or {@code 01.01.2026}); the per-tooth flag as
 * {@code да}/{@code нет} (or true/false, yes/no, 1/0).
 */
public final class ServiceCsv {

	public static final String HEADER = "code;name;category;duration;perTooth;price;effectiveFrom";
	static final String[] COLUMNS = HEADER.split(";");
	static final char BOM = '\uFEFF';
	private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private ServiceCsv() {
	}

	/** One line of the price list as read, or the reasons it cannot be. */
	public record Row(int line, ServiceDetails details, Money price, LocalDate effectiveFrom, List<Violation> violations) {

		public boolean isValid() {
			return violations.isEmpty();
		}
	}

	/** The services with the price in effect on {@code date} and the date it took effect. */
	public static byte[] write(List<ClinicalService> services, LocalDate date) {
		var text = new StringBuilder().append(BOM).append(HEADER).append("\r\n");
		for (var service : services) {
			var price = service.prices().stream().filter(entry -> !entry.effectiveFrom().isAfter(date))
					.reduce((first, second) -> second).orElse(null);
			text.append(field(service.code())).append(';').append(field(service.name())).append(';')
					.append(service.category()).append(';').append(service.durationMinutes()).append(';')
					.append(service.perTooth() ? "да" : "нет").append(';')
					.append(price == null ? "" : price.price().amount().toPlainString()).append(';')
					.append(price == null ? "" : price.effectiveFrom().toString()).append("\r\n");
		}
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	private static String field(String value) {
		if (value == null) {
			return "";
		}
		if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

	/**
	 * The rows of a price list, each checked on its own (a header that is not {@value #HEADER} rejects line 1). Blank
	 * lines are skipped.
	 */
	public static List<Row> read(byte[] content) {
		var text = new String(content, StandardCharsets.UTF_8);
		if (!text.isEmpty() && text.charAt(0) == BOM) {
			text = text.substring(1);
		}
		var records = records(text);
		var rows = new ArrayList<Row>();
		if (records.isEmpty() || !String.join(";", records.get(0).fields()).strip().equalsIgnoreCase(HEADER)) {
			rows.add(new Row(1, null, null, null, List.of(new Violation("header", "service.csv.header"))));
			return rows;
		}
		for (var record : records.subList(1, records.size())) {
			if (record.fields().stream().allMatch(String::isBlank)) {
				continue;
			}
			rows.add(row(record));
		}
		return rows;
	}

	private static Row row(Record record) {
		var violations = new ArrayList<Violation>();
		var fields = record.fields();
		if (fields.size() != COLUMNS.length) {
			return new Row(record.line(), null, null, null, List.of(new Violation("row", "service.csv.columns")));
		}
		ServiceCategory category = null;
		if (!fields.get(2).isBlank()) {
			try {
				category = ServiceCategory.valueOf(fields.get(2).strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException unknown) {
				violations.add(new Violation("category", "service.category.unknown"));
			}
		}
		int duration = 0;
		try {
			duration = Integer.parseInt(fields.get(3).strip());
		}
		catch (NumberFormatException notANumber) {
			// reported by the details as an invalid duration
		}
		Boolean perTooth = flag(fields.get(4));
		if (perTooth == null) {
			violations.add(new Violation("perTooth", "service.per-tooth.invalid"));
		}
		var price = Money.parse(fields.get(5)).orElse(null);
		if (price == null && !fields.get(5).isBlank()) {
			violations.add(new Violation("price", "service.price.invalid"));
		}
		var effectiveFrom = date(fields.get(6));
		if (effectiveFrom == null && !fields.get(6).isBlank()) {
			violations.add(new Violation("effectiveFrom", "service.date.invalid"));
		}
		var details = new ServiceDetails(fields.get(1), fields.get(0), category, duration, Boolean.TRUE.equals(perTooth));
		for (var violation : details.violations()) {
			if (!(violation.field().equals("category") && category == null && !fields.get(2).isBlank())) {
				violations.add(violation);
			}
		}
		for (var violation : ClinicalService.checkPrice(effectiveFrom, price, null, null)) {
			if (violations.stream().noneMatch(known -> known.field().equals(violation.field()))) {
				violations.add(violation);
			}
		}
		return new Row(record.line(), details, price, effectiveFrom, violations);
	}

	private static LocalDate date(String text) {
		var plain = text.strip();
		try {
			return plain.contains(".") ? LocalDate.parse(plain, RUSSIAN_DATE) : LocalDate.parse(plain);
		}
		catch (DateTimeParseException unreadable) {
			return null;
		}
	}

	private static Boolean flag(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "да", "true", "yes", "1", "+" -> Boolean.TRUE;
			case "нет", "false", "no", "0", "-", "" -> Boolean.FALSE;
			default -> null;
		};
	}

	record Record(int line, List<String> fields) {
	}

	/** Splits the text into records of fields, quotes understood; each record knows the line it starts on. */
	static List<Record> records(String text) {
		var records = new ArrayList<Record>();
		var fields = new ArrayList<String>();
		var field = new StringBuilder();
		var quoted = false;
		var line = 1;
		var recordLine = 1;
		var index = 0;
		while (index < text.length()) {
			var c = text.charAt(index);
			if (quoted) {
				if (c == '"') {
					if (index + 1 < text.length() && text.charAt(index + 1) == '"') {
						field.append('"');
						index++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.toString().isBlank()) {
				field.setLength(0);
				quoted = true;
			}
			else if (c == ';') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n') {
					index++;
				}
				fields.add(field.toString());
				field.setLength(0);
				records.add(new Record(recordLine, List.copyOf(fields)));
				fields.clear();
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
			}
			index++;
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString());
			records.add(new Record(recordLine, List.copyOf(fields)));
		}
		return records;
	}
}
