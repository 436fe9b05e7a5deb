package com.clubstom.staff.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.springframework.validation.Errors;

import com.clubstom.staff.ChairId;
import com.clubstom.staff.ScheduleException;

/** The small form under the week: a vacation, a sick leave or an extra shift, from a date to a date. */
class ExceptionInput {

	private String kind = ScheduleException.Kind.VACATION.name();
	private String from;
	private String to;
	private String start;
	private String end;
	private String chairId;
	private String note;

	/** The typed exception; unreadable dates and times are reported beside their fields and make it {@code null}. */
	ScheduleException toException(Errors errors) {
		ScheduleException.Kind parsedKind = null;
		try {
			parsedKind = kind == null || kind.isBlank() ? null : ScheduleException.Kind.valueOf(kind);
		}
		catch (IllegalArgumentException unknown) {
			errors.rejectValue("kind", "hours.exception.kind.required");
		}
		var fromDate = date(from, "from", errors);
		var toDate = date(to, "to", errors);
		var extra = parsedKind == ScheduleException.Kind.EXTRA_SHIFT;
		var startTime = extra ? time(start, "start", errors) : null;
		var endTime = extra ? time(end, "end", errors) : null;
		ChairId chair = null;
		if (extra && chairId != null && !chairId.isBlank()) {
			try {
				chair = new ChairId(UUID.fromString(chairId.strip()));
			}
			catch (IllegalArgumentException unknown) {
				errors.rejectValue("chairId", "hours.shift.chair-unknown");
			}
		}
		return errors.hasErrors() ? null
				: new ScheduleException(fromDate, toDate, parsedKind, startTime, endTime, chair, note);
	}

	private static LocalDate date(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException unreadable) {
			try {
				return LocalDate.parse(typed.strip(), java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu"));
			}
			catch (DateTimeParseException stillUnreadable) {
				errors.rejectValue(field, "hours.date.invalid");
				return null;
			}
		}
	}

	private static LocalTime time(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(typed.strip().length() == 4 ? "0" + typed.strip() : typed.strip());
		}
		catch (DateTimeParseException unreadable) {
			errors.rejectValue(field, "hours.time.invalid");
			return null;
		}
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getStart() {
		return start;
	}

	public void setStart(String start) {
		this.start = start;
	}

	public String getEnd() {
		return end;
	}

	public void setEnd(String end) {
		this.end = end;
	}

	public String getChairId() {
		return chairId;
	}

	public void setChairId(String chairId) {
		this.chairId = chairId;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
