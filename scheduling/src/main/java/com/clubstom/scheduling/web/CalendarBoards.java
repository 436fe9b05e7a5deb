package com.clubstom.scheduling.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.Questionnaires;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSummary;
import com.clubstom.scheduling.BookedService;
import com.clubstom.scheduling.CalendarEntry;
import com.clubstom.scheduling.CalendarFilter;
import com.clubstom.scheduling.DayCount;
import com.clubstom.scheduling.Scheduling;
import com.clubstom.staff.Chair;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.ClinicProfile;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingHours;
import com.clubstom.staff.WorkingPeriod;
import com.clubstom.staff.WorkingSchedule;

/**
 * Lays out the day and week grids: which columns, where each appointment stands, what is shaded. One query for the
 * appointments (only what the cards show), one for the working hours, and the patients' names and questionnaire flags
 * in one go each, so that a day of twenty doctors draws as fast as a day of two. The doctors and chairs are read once
 * per page ({@link Staffing}) for the grid and the filters alike.
 */
@Component
class CalendarBoards {

	private final Scheduling scheduling;
	private final StaffDirectory staff;
	private final WorkingHours hours;
	private final Chairs chairs;
	private final ClinicProfile clinic;
	private final PatientRegistry patients;
	private final Questionnaires questionnaires;

	CalendarBoards(Scheduling scheduling, StaffDirectory staff, WorkingHours hours, Chairs chairs, ClinicProfile clinic,
			PatientRegistry patients, Questionnaires questionnaires) {
		this.scheduling = scheduling;
		this.staff = staff;
		this.hours = hours;
		this.chairs = chairs;
		this.clinic = clinic;
		this.patients = patients;
		this.questionnaires = questionnaires;
	}

	/** The clinic's doctors in the catalogue's order (current ones: working or on leave). */
	List<StaffMember> doctors() {
		return staff.catalogue(StaffCatalogueQuery.everyoneCurrent()).stream().filter(member -> member.position().isDoctor())
				.toList();
	}

	/** The doctors and every chair (in service or not), read once for a page. */
	Staffing staffing() {
		return new Staffing(doctors(), chairs.all());
	}

	/** The current doctors in the catalogue's order, and every chair by name. */
	record Staffing(List<StaffMember> doctors, List<Chair> chairs) {
	}

	/** One column per doctor (those working that day, those with appointments, or those filtered to) or per chair. */
	Board day(CalendarQuery query, boolean mayMove, Staffing staffing, CardMarkup markup) {
		var date = query.date();
		var shown = scheduling.entriesOn(date).stream().filter(matching(query)).toList();
		var doctors = staffing.doctors();
		var schedules = hours.schedulesOf(doctors.stream().map(StaffMember::id).toList());
		var texts = new Texts(shown, staffing, markup);
		var frame = frame(shown);
		var now = scheduling.now();
		var columns = new ArrayList<Board.Column>();
		if (query.by() == CalendarQuery.Columns.CHAIR) {
			for (var chair : staffing.chairs()) {
				var own = shown.stream().filter(appointment -> appointment.chairId().equals(chair.id())).toList();
				if ((chair.isActive() || !own.isEmpty()) && (query.chair() == null || query.chair().equals(chair.id().value()))) {
					columns.add(new Board.Column(chair.id().toString(), chair.name(), null, null, date, null,
							chair.id().toString(), date.equals(now.toLocalDate()), List.of(), cards(own, texts, frame, mayMove, now)));
				}
			}
		}
		else {
			for (var doctor : doctors) {
				var own = shown.stream().filter(appointment -> appointment.doctorId().equals(doctor.id())).toList();
				var schedule = schedules.get(doctor.id());
				var works = !schedule.on(date).isEmpty();
				var wanted = query.filtersDoctors() ? query.doctors().contains(doctor.id().value()) : works || !own.isEmpty();
				if (wanted) {
					columns.add(doctorColumn(doctor.id().toString(), doctor, schedule, date, own, texts, frame, mayMove, now, doctor.shortName()));
				}
			}
		}
		return new Board(frame.opens, frame.closes, columns, frame.hourLabels(), nowMinute(frame, now, Map.of(date, true)),
				waitingRoom(query, texts));
	}

	/** One person's week (a doctor, or a chair), Monday to Sunday. */
	Board week(CalendarQuery query, boolean mayMove, Staffing staffing, CardMarkup markup) {
		var monday = query.weekStart();
		var days = monday.datesUntil(monday.plusDays(7)).toList();
		var byChair = query.by() == CalendarQuery.Columns.CHAIR;
		var focus = focus(query, staffing);
		// only the person's week is read: the whole clinic's would be some 2 000 appointments
		var ofFocus = focus == null ? List.<CalendarEntry>of()
				: byChair ? scheduling.entriesOfChairBetween(new ChairId(focus), monday, monday.plusDays(6))
						: scheduling.entriesOfDoctorBetween(new StaffMemberId(focus), monday, monday.plusDays(6));
		var shown = ofFocus.stream().filter(matching(query)).toList();
		var doctors = staffing.doctors();
		var texts = new Texts(shown, staffing, markup);
		var frame = frame(shown);
		var now = scheduling.now();
		var columns = new ArrayList<Board.Column>();
		var doctor = byChair ? null : doctors.stream().filter(member -> member.id().value().equals(focus)).findFirst().orElse(null);
		var schedule = doctor == null ? null : hours.scheduleOf(doctor.id());
		for (var date : days) {
			var own = shown.stream().filter(appointment -> appointment.day().equals(date)).toList();
			var title = date.toString();
			if (doctor != null) {
				columns.add(doctorColumn(date.toString(), doctor, schedule, date, own, texts, frame, mayMove, now, title));
			}
			else {
				columns.add(new Board.Column(date.toString(), title, null, null, date, null, focus == null ? null : focus.toString(),
						date.equals(now.toLocalDate()), List.of(), cards(own, texts, frame, mayMove, now)));
			}
		}
		var isToday = new HashMap<LocalDate, Boolean>();
		days.forEach(date -> isToday.put(date, true));
		return new Board(frame.opens, frame.closes, columns, frame.hourLabels(), nowMinute(frame, now, isToday), List.of());
	}

	/** Who waits: one small query of the day's arrived appointments (the board's entries carry no history). */
	private List<Board.Waiting> waitingRoom(CalendarQuery query, Texts texts) {
		var zone = scheduling.zone();
		return scheduling.arrivedOn(query.date()).stream()
				.filter(appointment -> !query.filtersDoctors() || query.doctors().contains(appointment.doctorId().value()))
				.map(appointment -> {
					var doctor = texts.doctors.get(appointment.doctorId());
					var since = appointment.last(com.clubstom.scheduling.AppointmentStatus.ARRIVED).orElseThrow().at()
							.atZone(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
					return new Board.Waiting(appointment.id().toString(), texts.patientName(appointment.patientId()),
							doctor == null ? "" : doctor.fullName(), doctor == null ? "#495057" : doctor.calendarColour().hex(), since);
				}).sorted(Comparator.comparing(Board.Waiting::since)).toList();
	}

	/** Whose week: the one asked for, else the first doctor filtered to, else the first doctor (or chair). */
	UUID focus(CalendarQuery query, Staffing staffing) {
		if (query.focus() != null) {
			return query.focus();
		}
		if (query.by() == CalendarQuery.Columns.CHAIR) {
			return query.chair() != null ? query.chair()
					: staffing.chairs().stream().filter(Chair::isActive).findFirst().map(chair -> chair.id().value())
							.orElse(null);
		}
		return query.doctors().stream().findFirst()
				.orElseGet(() -> staffing.doctors().stream().findFirst().map(member -> member.id().value()).orElse(null));
	}

	/** The month around the date: per day the number of appointments of each doctor. */
	MonthSheet month(CalendarQuery query, Staffing staffing) {
		var first = query.date().withDayOfMonth(1);
		var last = first.plusMonths(1).minusDays(1);
		var from = first.with(java.time.DayOfWeek.MONDAY);
		var to = last.with(java.time.DayOfWeek.SUNDAY);
		var filter = new CalendarFilter(query.doctors(), query.services(), query.chair(), query.statuses());
		var byDay = scheduling.countsBetween(from, to, filter).stream().collect(Collectors.groupingBy(DayCount::day));
		var today = scheduling.today();
		var weeks = new ArrayList<List<MonthSheet.Day>>();
		for (var monday = from; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
			var week = new ArrayList<MonthSheet.Day>();
			for (var date = monday; date.isBefore(monday.plusDays(7)); date = date.plusDays(1)) {
				var ofDay = byDay.getOrDefault(date, List.of());
				var dots = new ArrayList<MonthSheet.Dot>();
				for (var doctor : staffing.doctors()) {
					ofDay.stream().filter(count -> count.doctor().equals(doctor.id())).findFirst().ifPresent(count -> dots
							.add(new MonthSheet.Dot(doctor.fullName(), doctor.calendarColour().hex(), count.appointments())));
				}
				var total = ofDay.stream().mapToInt(DayCount::appointments).sum();
				week.add(new MonthSheet.Day(date, date.getMonth() == first.getMonth(), date.equals(today), total, dots));
			}
			weeks.add(week);
		}
		return new MonthSheet(first, weeks);
	}

	private Board.Column doctorColumn(String key, StaffMember doctor, WorkingSchedule schedule, LocalDate date,
			List<CalendarEntry> own, Texts texts, Frame frame, boolean mayMove, LocalDateTime now, String title) {
		var periods = schedule.on(date);
		var away = periods.isEmpty() && schedule.exceptions().stream()
				.anyMatch(exception -> exception.isAbsence() && exception.covers(date));
		var chair = periods.stream().map(WorkingPeriod::chairId).filter(java.util.Objects::nonNull).findFirst()
				.map(Object::toString).orElse(null);
		return new Board.Column(key, title, schedule.display(date), doctor.calendarColour().hex(), date,
				doctor.id().toString(), chair, date.equals(now.toLocalDate()), shades(periods, away, frame),
				cards(own, texts, frame, mayMove, now));
	}

	private static Predicate<CalendarEntry> matching(CalendarQuery query) {
		return appointment -> query.showsStatus(appointment.status())
				&& (query.chair() == null || appointment.chairId().value().equals(query.chair()))
				&& (!query.filtersDoctors() || query.doctors().contains(appointment.doctorId().value()))
				&& (query.services().isEmpty()
						|| appointment.services().stream().map(BookedService::serviceId).anyMatch(query.services()::contains));
	}

	/** The cards of a column, as HTML. */
	private String cards(List<CalendarEntry> own, Texts texts, Frame frame, boolean mayMove, LocalDateTime now) {
		var cards = own.stream().map(appointment -> {
			var top = frame.minuteOf(appointment.slot().start().toLocalTime());
			var height = Math.max(appointment.slot().minutes(), 10);
			var doctor = texts.doctors.get(appointment.doctorId());
			return new Card(appointment, top, height, 0, 1, texts.patientName(appointment.patientId()),
					doctor == null ? "" : doctor.fullName(), doctor == null ? "#495057" : doctor.calendarColour().hex(),
					texts.chairName(appointment.chairId().value()),
					appointment.services().stream().map(BookedService::name).collect(Collectors.joining(", ")),
					texts.alerts.contains(appointment.patientId()), mayMove && appointment.status().isMovable());
		}).sorted(Comparator.comparingInt(Card::top)).toList();
		return texts.markup.of(inLanes(cards));
	}

	/** Cards sharing time (a cancelled one and its replacement) stand side by side. */
	static List<Card> inLanes(List<Card> sorted) {
		var placed = new ArrayList<Card>();
		var cluster = new ArrayList<Card>();
		var laneEnds = new ArrayList<Integer>();
		var clusterEnd = -1;
		for (var card : sorted) {
			if (card.top() >= clusterEnd && !cluster.isEmpty()) {
				placed.addAll(settle(cluster, laneEnds.size()));
				cluster.clear();
				laneEnds.clear();
			}
			var lane = 0;
			while (lane < laneEnds.size() && laneEnds.get(lane) > card.top()) {
				lane++;
			}
			if (lane == laneEnds.size()) {
				laneEnds.add(card.bottom());
			}
			else {
				laneEnds.set(lane, card.bottom());
			}
			cluster.add(card.inLane(lane, 1));
			clusterEnd = Math.max(cluster.size() == 1 ? card.bottom() : clusterEnd, card.bottom());
		}
		placed.addAll(settle(cluster, laneEnds.size()));
		return placed;
	}

	private static List<Card> settle(List<Card> cluster, int lanes) {
		return cluster.stream().map(card -> card.inLane(card.lane(), Math.max(lanes, 1))).toList();
	}

	private static List<Board.Shade> shades(List<WorkingPeriod> periods, boolean away, Frame frame) {
		var shades = new ArrayList<Board.Shade>();
		var cursor = 0;
		for (var period : periods) {
			var start = frame.minuteOf(period.start());
			if (start > cursor) {
				shades.add(new Board.Shade(cursor, start - cursor, false));
			}
			cursor = Math.max(cursor, frame.minuteOf(period.end()));
		}
		if (cursor < frame.minutes()) {
			shades.add(new Board.Shade(cursor, frame.minutes() - cursor, away));
		}
		return shades;
	}

	private static int nowMinute(Frame frame, LocalDateTime now, Map<LocalDate, Boolean> shownDays) {
		var time = now.toLocalTime();
		return shownDays.containsKey(now.toLocalDate()) && !time.isBefore(frame.opens) && time.isBefore(frame.closes)
				? frame.minuteOf(time) : -1;
	}

	/** The clinic's day, stretched to hold any appointment booked outside it. */
	private Frame frame(Collection<CalendarEntry> shown) {
		var day = clinic.workingDay();
		var opens = day.opens().truncatedTo(ChronoUnit.HOURS);
		var closes = day.closes();
		for (var appointment : shown) {
			var start = appointment.slot().start().toLocalTime();
			var end = appointment.slot().end().toLocalTime();
			if (start.isBefore(opens)) {
				opens = start.truncatedTo(ChronoUnit.HOURS);
			}
			if (end.isAfter(closes) || end.equals(LocalTime.MIDNIGHT)) {
				closes = end.equals(LocalTime.MIDNIGHT) ? LocalTime.of(23, 59) : end;
			}
		}
		if (closes.getMinute() != 0 && closes.isBefore(LocalTime.of(23, 0))) {
			closes = closes.truncatedTo(ChronoUnit.HOURS).plusHours(1);
		}
		return new Frame(opens, closes);
	}

	private record Frame(LocalTime opens, LocalTime closes) {

		int minuteOf(LocalTime time) {
			return (int) Math.max(0, Math.min(minutes(), ChronoUnit.MINUTES.between(opens, time)));
		}

		int minutes() {
			return (int) ChronoUnit.MINUTES.between(opens, closes);
		}

		/** "09:00", "10:00", …: a label at every full hour on the board. */
		List<String> hourLabels() {
			var labels = new ArrayList<String>();
			for (int minute = 0; minute < minutes(); minute += 60) {
				labels.add(opens.plusMinutes(minute).toString());
			}
			return labels;
		}
	}

	/** Names and flags of everyone on the board, each looked up once. */
	private final class Texts {

		final Map<PatientId, PatientSummary> patientsById;
		final java.util.Set<PatientId> alerts;
		final Map<StaffMemberId, StaffMember> doctors = new HashMap<>();
		final Map<UUID, String> chairNames = new LinkedHashMap<>();
		final CardMarkup markup;

		Texts(List<CalendarEntry> shown, Staffing staffing, CardMarkup markup) {
			this.markup = markup;
			var ids = new HashSet<PatientId>();
			shown.forEach(appointment -> ids.add(appointment.patientId()));
			patientsById = ids.isEmpty() ? Map.of() : patients.summariesOf(ids);
			alerts = ids.isEmpty() ? java.util.Set.of() : questionnaires.withCriticalAlerts(ids);
			staffing.doctors().forEach(doctor -> doctors.put(doctor.id(), doctor));
			shown.stream().map(CalendarEntry::doctorId).filter(id -> !doctors.containsKey(id)).distinct()
					.forEach(id -> staff.find(id).ifPresent(member -> doctors.put(id, member)));
			staffing.chairs().forEach(chair -> chairNames.put(chair.id().value(), chair.name()));
		}

		String patientName(PatientId id) {
			var summary = patientsById.get(id);
			return summary == null ? "—" : summary.fullName();
		}

		String chairName(UUID id) {
			return chairNames.getOrDefault(id, "—");
		}
	}
}
