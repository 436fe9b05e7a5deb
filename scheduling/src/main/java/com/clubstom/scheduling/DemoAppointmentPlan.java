package com.clubstom.scheduling;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingPeriod;

/**
 * The demo clinic's appointment book, worked out in memory: for every doctor's working day between two dates, six to
 * ten visits of the doctor's kinds with gaps between them, each in the shift's chair (or a free one no colleague's shift
 * holds), for a patient who has nothing else that day (children go to the paediatric dentist). What happened to each
 * follows from the clock: the past mostly completed with a few no-shows and cancellations, today's done, in the chair,
 * waiting or still to come, the future booked or confirmed. Each status history is a path the real workflow allows,
 * dated between the booking and now. The same seed gives the same book.
 */
final class DemoAppointmentPlan {

	static final int MOST_A_DAY = 10;
	static final int FEWEST_A_DAY = 6;
	static final String FRONT_DESK = "admin";

	static final List<String> CANCELLATION_REASONS = List.of("Болезнь, просит перенести", "Командировка, перезвонит",
			"Перенос по просьбе пациента", "Семейные обстоятельства", "Не отпустили с работы", "Отъезд из города");
	private static final List<String> COMMENTS = List.of("Первичный пациент, по рекомендации", "ДМС, гарантийное письмо получено",
			"Просит напомнить за день", "Боится анестезии — предупредить врача", "Придёт с мамой", "Нужен снимок перед приёмом");

	/** A doctor: who, what they do (which kinds of visits they book), and when and where they work on a date. */
	record Doctor(StaffMemberId id, Set<Specialisation> specialisations, Function<LocalDate, List<WorkingPeriod>> hours) {
	}

	/** A kind of visit a specialist books: how long it takes and the services of the catalogue it is for. */
	record Visit(Specialisation specialisation, int minutes, List<BookedService> services) {
	}

	/** A patient the demo books; children are seen by the paediatric dentist. */
	record Patient(PatientId id, boolean child) {
	}

	/** One planned appointment before its fate is decided. */
	private static final class Draft {

		final UUID id;
		final Doctor doctor;
		final ChairId chair;
		final Visit visit;
		final TimeSlot slot;
		PatientId patient;
		AppointmentStatus forced;

		Draft(UUID id, Doctor doctor, ChairId chair, Visit visit, TimeSlot slot, PatientId patient) {
			this.id = id;
			this.doctor = doctor;
			this.chair = chair;
			this.visit = visit;
			this.slot = slot;
			this.patient = patient;
		}
	}

	private final long seed;
	private final List<Doctor> doctors;
	private final List<ChairId> chairs;
	private final List<Patient> adults;
	private final List<Patient> children;
	private final List<Visit> visits;
	private final PatientId wellKnown;
	private final LocalDateTime now;
	private final ZoneId zone;

	/**
	 * @param wellKnown the patient README talks about, who gets one appointment of each kind (completed, cancelled, missed,
	 *        upcoming) rather than random ones; {@code null} for none
	 * @param now the clinic's local time, which decides what has happened already
	 */
	DemoAppointmentPlan(long seed, List<Doctor> doctors, List<ChairId> chairs, List<Patient> patients, List<Visit> visits,
			PatientId wellKnown, LocalDateTime now, ZoneId zone) {
		this.seed = seed;
		this.doctors = List.copyOf(doctors);
		this.chairs = List.copyOf(chairs);
		this.adults = patients.stream().filter(patient -> !patient.child() && !patient.id().equals(wellKnown)).toList();
		this.children = patients.stream().filter(Patient::child).toList();
		this.visits = List.copyOf(visits);
		this.wellKnown = wellKnown;
		this.now = now;
		this.zone = zone;
	}

	/** The appointments from {@code from} to {@code to}, both included, by start. */
	List<Appointment> between(LocalDate from, LocalDate to) {
		var random = new Random(seed);
		var drafts = new ArrayList<Draft>();
		for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
			drafts.addAll(day(day, random));
		}
		drafts.sort(Comparator.comparing((Draft draft) -> draft.slot.start()).thenComparing(draft -> draft.id));
		tellTheWellKnownStory(drafts);
		return drafts.stream().map(draft -> fateOf(draft, random)).toList();
	}

	private List<Draft> day(LocalDate day, Random random) {
		var planned = new ArrayList<Draft>();
		var chairsBusy = new HashMap<ChairId, List<TimeSlot>>();
		var patientsBusy = new HashSet<PatientId>();
		var hoursOfTheDay = new HashMap<Doctor, List<WorkingPeriod>>();
		doctors.forEach(doctor -> hoursOfTheDay.put(doctor, doctor.hours().apply(day)));
		for (var doctor : doctors) {
			var kinds = visits.stream().filter(visit -> doctor.specialisations().contains(visit.specialisation())).toList();
			var periods = hoursOfTheDay.get(doctor);
			if (kinds.isEmpty() || periods.isEmpty()) {
				continue;
			}
			var target = FEWEST_A_DAY + random.nextInt(MOST_A_DAY - FEWEST_A_DAY + 1);
			var working = periods.stream().mapToInt(period -> minutesBetween(period.start(), period.end())).sum();
			var usual = (int) kinds.stream().mapToInt(Visit::minutes).average().orElse(60);
			// the spare time of the day, spread as gaps between the visits
			var meanGap = Math.max(0, (working - target * usual) / (target + 1));
			var placed = 0;
			var doctorsBusy = new ArrayList<TimeSlot>();
			for (var period : periods) {
				var time = day.atTime(period.start()).plusMinutes(gap(meanGap, random));
				var closes = day.atTime(period.end());
				while (placed < target) {
					var starts = time;
					var visit = kinds.get(random.nextInt(kinds.size()));
					if (starts.plusMinutes(visit.minutes()).isAfter(closes)) {
						// the day's last visit: something short still fits
						visit = kinds.stream().filter(shorter -> !starts.plusMinutes(shorter.minutes()).isAfter(closes))
								.findFirst().orElse(null);
						if (visit == null) {
							break;
						}
					}
					var slot = TimeSlot.of(starts, visit.minutes());
					var chair = freeChair(doctor, period.chairId(), slot, chairsBusy, hoursOfTheDay);
					var patient = freePatient(doctor, patientsBusy, random);
					if (chair == null || patient == null || doctorsBusy.stream().anyMatch(slot::overlaps)) {
						time = time.plusMinutes(15);
						continue;
					}
					chairsBusy.computeIfAbsent(chair, key -> new ArrayList<>()).add(slot);
					doctorsBusy.add(slot);
					patientsBusy.add(patient);
					planned.add(new Draft(idOf(day, doctor, placed), doctor, chair, visit, slot, patient));
					placed++;
					time = slot.end().plusMinutes(gap(meanGap, random));
				}
			}
		}
		return planned;
	}

	/**
	 * The shift's own chair when free, else a free one no colleague's shift holds at that time, else none (the demo hours
	 * give some chairs to two doctors at once: the second books around the first rather than into a third one's room).
	 */
	private ChairId freeChair(Doctor doctor, ChairId own, TimeSlot slot, Map<ChairId, List<TimeSlot>> busy,
			Map<Doctor, List<WorkingPeriod>> hoursOfTheDay) {
		var candidates = new LinkedHashSet<ChairId>();
		if (own != null) {
			candidates.add(own);
		}
		chairs.stream().filter(chair -> !heldByAColleague(chair, doctor, slot, hoursOfTheDay)).forEach(candidates::add);
		return candidates.stream()
				.filter(chair -> busy.getOrDefault(chair, List.of()).stream().noneMatch(slot::overlaps))
				.findFirst().orElse(null);
	}

	private static boolean heldByAColleague(ChairId chair, Doctor doctor, TimeSlot slot,
			Map<Doctor, List<WorkingPeriod>> hoursOfTheDay) {
		return hoursOfTheDay.entrySet().stream().filter(hours -> !hours.getKey().equals(doctor))
				.flatMap(hours -> hours.getValue().stream())
				.anyMatch(period -> chair.equals(period.chairId()) && slot.start().toLocalTime().isBefore(period.end())
						&& period.start().isBefore(slot.end().toLocalTime()));
	}

	/** A patient with no other appointment that day: mostly children for the paediatric dentist, adults for the rest. */
	private PatientId freePatient(Doctor doctor, Set<PatientId> busy, Random random) {
		var forChildren = doctor.specialisations().contains(Specialisation.PAEDIATRIC_DENTIST) && !children.isEmpty()
				&& random.nextInt(10) < 8;
		var pool = forChildren ? children : adults;
		for (int attempt = 0; attempt < 30 && !pool.isEmpty(); attempt++) {
			var candidate = pool.get(random.nextInt(pool.size())).id();
			if (!busy.contains(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** A wait between two visits: mostly none or a quarter of an hour, sometimes longer, on the quarter-hour. */
	private static int gap(int meanGap, Random random) {
		if (meanGap == 0 || random.nextInt(3) == 0) {
			return 0;
		}
		return random.nextInt(2 * meanGap / 15 + 1) * 15;
	}

	/**
	 * The well-known patient's own appointments, each on a day of its own with a doctor for adults: a completed visit a
	 * fortnight ago, a cancellation last week, a missed one a few days ago and a confirmed one next week.
	 */
	private void tellTheWellKnownStory(List<Draft> drafts) {
		if (wellKnown == null) {
			return;
		}
		var today = now.toLocalDate();
		storyPart(drafts, today.minusDays(16), today.minusDays(10), AppointmentStatus.COMPLETED);
		storyPart(drafts, today.minusDays(9), today.minusDays(5), AppointmentStatus.CANCELLED);
		storyPart(drafts, today.minusDays(4), today.minusDays(1), AppointmentStatus.NO_SHOW);
		storyPart(drafts, today.plusDays(2), today.plusDays(9), AppointmentStatus.CONFIRMED);
	}

	private void storyPart(List<Draft> drafts, LocalDate from, LocalDate to, AppointmentStatus status) {
		drafts.stream()
				.filter(draft -> !draft.slot.date().isBefore(from) && !draft.slot.date().isAfter(to))
				.filter(draft -> !draft.doctor.specialisations().contains(Specialisation.PAEDIATRIC_DENTIST))
				.findFirst().ifPresent(draft -> {
					draft.patient = wellKnown;
					draft.forced = status;
				});
	}

	private Appointment fateOf(Draft draft, Random random) {
		var slot = draft.slot;
		var status = draft.forced != null ? draft.forced : statusOf(slot, random);
		var history = new History(random, slot);
		var booked = history.booked();
		if (status == AppointmentStatus.CONFIRMED || status != AppointmentStatus.BOOKED && random.nextInt(10) < 7) {
			history.confirmed(booked);
		}
		switch (status) {
			case ARRIVED -> history.step(AppointmentStatus.ARRIVED, now.minusMinutes(random.nextInt(10)), null);
			case IN_CHAIR -> {
				history.step(AppointmentStatus.ARRIVED, slot.start().minusMinutes(5 + random.nextInt(10)), null);
				history.step(AppointmentStatus.IN_CHAIR, slot.start().plusMinutes(random.nextInt(5)), null);
			}
			case COMPLETED -> {
				history.step(AppointmentStatus.ARRIVED, slot.start().minusMinutes(5 + random.nextInt(10)), null);
				history.step(AppointmentStatus.IN_CHAIR, slot.start().plusMinutes(random.nextInt(5)), null);
				history.step(AppointmentStatus.COMPLETED, slot.end().minusMinutes(random.nextInt(5)), null);
			}
			case NO_SHOW -> history.step(AppointmentStatus.NO_SHOW, slot.start().plusMinutes(20), null);
			case CANCELLED -> history.step(AppointmentStatus.CANCELLED, cancelledAt(slot, random),
					CANCELLATION_REASONS.get(random.nextInt(CANCELLATION_REASONS.size())));
			default -> {
			}
		}
		var comment = random.nextInt(7) == 0 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : null;
		return new Appointment(draft.id, draft.patient.value(), draft.doctor.id().value(), draft.chair.value(),
				draft.visit.services(), slot.date(), slot.start(), slot.end(), status, history.changes, comment, 0L);
	}

	/** What happened, as the clock has it now. */
	private AppointmentStatus statusOf(TimeSlot slot, Random random) {
		var today = now.toLocalDate();
		var roll = random.nextInt(100);
		if (!slot.end().isAfter(now)) {
			var cancelled = slot.date().isBefore(today) ? 8 : 4;
			return roll < cancelled ? AppointmentStatus.CANCELLED
					: roll < cancelled + 6 ? AppointmentStatus.NO_SHOW : AppointmentStatus.COMPLETED;
		}
		if (!slot.start().isAfter(now)) {
			return AppointmentStatus.IN_CHAIR;
		}
		if (slot.date().equals(today) && !slot.start().isAfter(now.plusMinutes(30))) {
			return roll < 70 ? AppointmentStatus.ARRIVED : AppointmentStatus.CONFIRMED;
		}
		if (roll < 5) {
			return AppointmentStatus.CANCELLED;
		}
		var confirmedShare = slot.date().isAfter(today.plusDays(2)) ? 25 : 65;
		return roll < 5 + confirmedShare ? AppointmentStatus.CONFIRMED : AppointmentStatus.BOOKED;
	}

	/** A cancellation comes between the booking and the visit, and never after now. */
	private static LocalDateTime cancelledAt(TimeSlot slot, Random random) {
		var wanted = slot.start().minusDays(random.nextInt(3)).withHour(10 + random.nextInt(8)).withMinute(random.nextInt(60));
		return wanted.isAfter(slot.start()) ? slot.start().minusHours(2) : wanted;
	}

	/** The dated steps of one appointment, each after the one before and none after now. */
	private final class History {

		final List<StatusChange> changes = new ArrayList<>();
		private final Random random;
		private final TimeSlot slot;
		private LocalDateTime last;

		History(Random random, TimeSlot slot) {
			this.random = random;
			this.slot = slot;
		}

		/** Booked one to three weeks ahead, in the front desk's hours; today's and tomorrow's some hours ago. */
		LocalDateTime booked() {
			var wanted = slot.start().minusDays(1 + random.nextInt(20)).withHour(9 + random.nextInt(11))
					.withMinute(random.nextInt(60));
			var latest = now.minusMinutes(30 + random.nextInt(600));
			last = wanted.isAfter(latest) ? latest : wanted;
			changes.add(new StatusChange(AppointmentStatus.BOOKED, instant(last), FRONT_DESK, null));
			return last;
		}

		/** The front desk's call the day before; for a visit further ahead, a call some time since the booking. */
		void confirmed(LocalDateTime booked) {
			var wanted = slot.start().minusDays(1).withHour(11 + random.nextInt(7)).withMinute(random.nextInt(60));
			if (!wanted.isAfter(booked) || wanted.isAfter(now)) {
				var room = Duration.between(booked, now).toMinutes();
				wanted = booked.plusMinutes(1 + (room > 2 ? random.nextLong(room - 1) : 0));
			}
			step(AppointmentStatus.CONFIRMED, wanted, null);
		}

		void step(AppointmentStatus status, LocalDateTime wanted, String reason) {
			var at = wanted.isAfter(last) ? wanted : last.plusMinutes(1);
			if (at.isAfter(now)) {
				at = last.isAfter(now) ? last : now;
			}
			last = at;
			changes.add(new StatusChange(status, instant(at), FRONT_DESK, reason));
		}
	}

	private Instant instant(LocalDateTime local) {
		return local.atZone(zone).toInstant().truncatedTo(ChronoUnit.SECONDS);
	}

	/** Derived from the day, the doctor and the place in the day: two nodes seeding at once write the same ids. */
	private static UUID idOf(LocalDate day, Doctor doctor, int n) {
		return UUID.nameUUIDFromBytes(("demo-appointment:" + day + ":" + doctor.id().value() + ":" + n)
				.getBytes(StandardCharsets.UTF_8));
	}

	private static int minutesBetween(LocalTime start, LocalTime end) {
		return (int) Duration.between(start, end).toMinutes();
	}
}
