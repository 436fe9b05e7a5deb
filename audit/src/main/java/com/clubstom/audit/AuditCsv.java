package com.clubstom.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes audit entries as CSV that Excel and LibreOffice open as they are: UTF-8 with a byte order mark (without it Excel
 * shows Cyrillic as mojibake), comma-separated, CRLF line ends, and quoted as RFC 4180 says (a field holding a comma, a
 * quote or a line break is put in quotes, quotes inside are doubled).
 * <p>
 * Texts that people typed (names, labels) could start with {@code =}, {@code +}, {@code -} or {@code @}, which a
 * spreadsheet would run as a formula when the file is opened; such cells get a leading apostrophe, as OWASP advises
 * against CSV injection.
 */
final class AuditCsv {

	static final char BYTE_ORDER_MARK = '\uFEFF';
	static final String LINE_END = "\r\n";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

	private final Writer out;
	private final ZoneId zone;

	AuditCsv(Writer out, ZoneId zone) {
		this.out = out;
		this.zone = zone;
	}

	/** The byte order mark and the header row; the time column names the clinic's time zone the times are shown in. */
	void header() {
		write(String.valueOf(BYTE_ORDER_MARK));
		row(List.of("Entry", "Time (" + zone.getId() + ")", "Username", "Name", "Address", "Action", "Subject kind",
				"Subject id", "Subject", "Section", "Changed fields"));
	}

	void entry(AuditEntryView entry) {
		row(List.of(Long.toString(entry.sequence()), TIME.format(entry.at().atZone(zone)), text(entry.actorUsername()),
				text(entry.actorName()), text(entry.address()), entry.action().name(), text(entry.subjectKind()),
				entry.subjectId() == null ? "" : entry.subjectId().toString(), text(entry.subjectLabel()),
				text(entry.section()), text(String.join(", ", entry.changedFields()))));
	}

	void flush() {
		try {
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void row(List<String> cells) {
		var line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(quoted(cells.get(i)));
		}
		write(line.append(LINE_END).toString());
	}

	/** RFC 4180: quote when the value holds a separator, a quote or a line break (or would lose edge spaces). */
	static String quoted(String value) {
		if (value.isEmpty()) {
			return value;
		}
		var needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0 || value.indexOf(';') >= 0 || Character.isWhitespace(value.charAt(0))
				|| Character.isWhitespace(value.charAt(value.length() - 1));
		return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	/** A typed text, defused if a spreadsheet would take it for a formula. */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		var first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value
				: value;
	}

	private void write(String text) {
		try {
			out.write(text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
