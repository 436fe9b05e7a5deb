package com.clubstom.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

import com.clubstom.scheduling.AppointmentStatus;

/**
 * What the calendar shows: a day, week or month; columns per doctor or per chair; the doctors, services, chair and
 * statuses filtered to; colours by doctor or by status; and in the week view whose week. Read from the address, so every
 * view can be bookmarked and the browser's back button works.
 */
public record CalendarQuery(LocalDate date, View view, Columns by, Set<UUID> doctors, Set<UUID> services, UUID chair,
		Set<AppointmentStatus> statuses, Colouring colour, UUID focus) {

	public enum View {
		DAY, WEEK, MONTH
	}

	public enum Columns {
		DOCTOR, CHAIR
	}

	public enum Colouring {
		DOCTOR, STATUS
	}

	/** Cancelled and missed appointments free their time: hidden unless asked for. */
	static final Set<AppointmentStatus> USUAL_STATUSES = EnumSet.of(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED,
			AppointmentStatus.ARRIVED, AppointmentStatus.IN_CHAIR, AppointmentStatus.COMPLETED);

	public CalendarQuery {
		doctors = Set.copyOf(doctors);
		services = Set.copyOf(services);
		statuses = statuses.isEmpty() ? USUAL_STATUSES : Set.copyOf(statuses);
	}

	/** Reads the address's parameters; anything unreadable falls back to the default rather than failing the page. */
	static CalendarQuery read(String date, String view, String by, List<String> doctors, List<String> services,
			String chair, List<String> statuses, String colour, String focus, LocalDate today) {
		return new CalendarQuery(dateOr(date, today), parse(View.class, view, View.DAY), parse(Columns.class, by, Columns.DOCTOR),
				ids(doctors), ids(services), id(chair), enums(statuses), parse(Colouring.class, colour, Colouring.DOCTOR), id(focus));
	}

	/** The Monday of the date's week. */
	public LocalDate weekStart() {
		return date.with(DayOfWeek.MONDAY);
	}

	/** The same view moved one step: a day, a week or a month. */
	public CalendarQuery step(int steps) {
		var moved = switch (view) {
			case DAY -> date.plusDays(steps);
			case WEEK -> date.plusWeeks(steps);
			case MONTH -> date.plusMonths(steps);
		};
		return on(moved);
	}

	public CalendarQuery on(LocalDate day) {
		return new CalendarQuery(day, view, by, doctors, services, chair, statuses, colour, focus);
	}

	public CalendarQuery as(View other) {
		return new CalendarQuery(date, other, by, doctors, services, chair, statuses, colour, focus);
	}

	public boolean showsStatus(AppointmentStatus status) {
		return statuses.contains(status);
	}

	public boolean filtersDoctors() {
		return !doctors.isEmpty();
	}

	/** {@code /calendar?date=…&view=…}: the address of this view. */
	public String path() {
		var uri = UriComponentsBuilder.fromPath("/calendar").queryParam("date", date).queryParam("view", lower(view))
				.queryParam("by", lower(by)).queryParam("colour", lower(colour));
		doctors.stream().sorted().forEach(doctor -> uri.queryParam("doctor", doctor));
		services.stream().sorted().forEach(service -> uri.queryParam("service", service));
		if (chair != null) {
			uri.queryParam("chair", chair);
		}
		if (!statuses.equals(USUAL_STATUSES)) {
			statuses.stream().sorted().forEach(status -> uri.queryParam("status", status.name()));
		}
		if (focus != null) {
			uri.queryParam("focus", focus);
		}
		return uri.build().toUriString();
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(java.util.Locale.ROOT);
	}

	private static LocalDate dateOr(String text, LocalDate fallback) {
		try {
			return text == null || text.isBlank() ? fallback : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException unreadable) {
			return fallback;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text, E fallback) {
		try {
			return text == null || text.isBlank() ? fallback : Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return fallback;
		}
	}

	private static Set<AppointmentStatus> enums(List<String> texts) {
		var found = EnumSet.noneOf(AppointmentStatus.class);
		if (texts != null) {
			texts.forEach(text -> {
				var status = parse(AppointmentStatus.class, text, null);
				if (status != null) {
					found.add(status);
				}
			});
		}
		return found;
	}

	private static Set<UUID> ids(List<String> texts) {
		return texts == null ? Set.of()
				: texts.stream().map(CalendarQuery::id).filter(java.util.Objects::nonNull)
						.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static UUID id(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}
}
