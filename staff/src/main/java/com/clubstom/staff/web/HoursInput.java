package com.clubstom.staff.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import com.clubstom.staff.ChairId;
import com.clubstom.staff.RuleViolation;
import com.clubstom.staff.Shift;
import com.clubstom.staff.WorkingSchedule;

/**
 * The week as the hours dialog shows it: seven days, Monday first, each with a few shift rows (start, end, chair). Empty
 * rows are days off; what was typed is kept as typed, so a refused form comes back unchanged.
 */
class HoursInput {

	/** Shift rows per day in the dialog: enough for a split shift and one more. */
	static final int ROWS_PER_DAY = 3;

	private static final Pattern SHIFT_FIELD = Pattern.compile("days\\[(\\d)]\\.shifts\\[(\\d+)]\\.(\\w+)");

	private List<DayInput> days = new ArrayList<>();

	HoursInput() {
		for (int day = 0; day < 7; day++) {
			days.add(new DayInput());
		}
	}

	static HoursInput of(WorkingSchedule schedule) {
		var input = new HoursInput();
		for (var day : DayOfWeek.values()) {
			var rows = input.days.get(day.getValue() - 1).getShifts();
			rows.clear();
			for (var shift : schedule.shiftsOn(day)) {
				rows.add(ShiftInput.of(shift));
			}
		}
		input.fillRows();
		return input;
	}

	/** Every day shows at least {@link #ROWS_PER_DAY} rows (more when more shifts were typed or stored). */
	HoursInput fillRows() {
		while (days.size() < 7) {
			days.add(new DayInput());
		}
		for (var day : days) {
			while (day.getShifts().size() < ROWS_PER_DAY) {
				day.getShifts().add(new ShiftInput());
			}
		}
		return this;
	}

	/**
	 * The typed week as shifts, each unreadable or half-filled row reported beside its field. The rows that are filled
	 * keep their place: {@link Week#report} puts the domain's verdict on the row the person typed.
	 */
	Week toWeek(Errors errors) {
		var week = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		var rowsOfShifts = new EnumMap<DayOfWeek, List<Integer>>(DayOfWeek.class);
		for (var day : DayOfWeek.values()) {
			var index = day.getValue() - 1;
			var rows = index < days.size() ? days.get(index).getShifts() : List.<ShiftInput>of();
			var shifts = new ArrayList<Shift>();
			var positions = new ArrayList<Integer>();
			for (int row = 0; row < rows.size(); row++) {
				var typed = rows.get(row);
				if (typed == null || typed.isBlank()) {
					continue;
				}
				var field = "days[" + index + "].shifts[" + row + "].";
				var start = time(typed.getStart(), field + "start", errors);
				var end = time(typed.getEnd(), field + "end", errors);
				var chair = chair(typed.getChairId(), field + "chairId", errors);
				if (start != null && end != null) {
					shifts.add(new Shift(start, end, chair));
					positions.add(row);
				}
			}
			if (!shifts.isEmpty()) {
				week.put(day, shifts);
				rowsOfShifts.put(day, positions);
			}
		}
		return new Week(week, rowsOfShifts);
	}

	private static LocalTime time(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			errors.rejectValue(field, field.endsWith("start") ? "hours.shift.start.required" : "hours.shift.end.required");
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

	private static ChairId chair(String typed, String field, Errors errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return new ChairId(UUID.fromString(typed.strip()));
		}
		catch (IllegalArgumentException unknown) {
			errors.rejectValue(field, "hours.shift.chair-unknown");
			return null;
		}
	}

	public List<DayInput> getDays() {
		return days;
	}

	public void setDays(List<DayInput> days) {
		this.days = days;
	}

	/** The typed week, and for each shift the form row it came from. */
	record Week(Map<DayOfWeek, List<Shift>> shifts, Map<DayOfWeek, List<Integer>> rows) {

		/** Puts each of the domain's violations beside the form row the shift was typed in. */
		void report(List<RuleViolation> violations, Errors errors) {
			var onRows = violations.stream().map(violation -> {
				var matcher = SHIFT_FIELD.matcher(violation.field());
				if (!matcher.matches()) {
					return violation;
				}
				var day = DayOfWeek.of(Integer.parseInt(matcher.group(1)) + 1);
				var position = Integer.parseInt(matcher.group(2));
				var row = rows.getOrDefault(day, List.of());
				var formRow = position < row.size() ? row.get(position) : position;
				return new RuleViolation("days[" + matcher.group(1) + "].shifts[" + formRow + "]." + matcher.group(3),
						violation.code());
			}).toList();
			FormErrors.report(onRows, errors);
		}
	}

	/** One weekday's rows. */
	static class DayInput {

		private List<ShiftInput> shifts = new ArrayList<>();

		public List<ShiftInput> getShifts() {
			return shifts;
		}

		public void setShifts(List<ShiftInput> shifts) {
			this.shifts = shifts;
		}
	}

	/** One shift row: times as typed ({@code 09:00}), the chair's id or empty. */
	static class ShiftInput {

		private String start;
		private String end;
		private String chairId;

		static ShiftInput of(Shift shift) {
			var input = new ShiftInput();
			input.setStart(shift.start().toString());
			input.setEnd(shift.end().toString());
			input.setChairId(shift.chairId() == null ? "" : shift.chairId().toString());
			return input;
		}

		boolean isBlank() {
			return (start == null || start.isBlank()) && (end == null || end.isBlank());
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
	}
}
