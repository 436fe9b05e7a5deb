package com.clubstom.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingPeriod;

/**
 * Benchmark data ({@link AppointmentGenerator}): lays out one doctor's working day as the front desk would have filled it,
 * about one appointment per 45 minutes of the doctor's hours, each one or two services of the price list, with a few
 * free minutes here and there. Past days are mostly completed (some cancelled, some no-shows), each step dated and
 * attributed as {@link Appointment#changeStatus} would have; days to come are booked or confirmed. Nothing overlaps for
 * the doctor, the chair (the doctor's own) or the patient (one appointment a day each).
 */
final class SampleDays {

	private static final int AVERAGE_MINUTES = 45;
	private static final int LONGEST = 60;
	private static final String BY = "admin";
	private static final List<String> COMMENTS = List.of("Первичный осмотр", "Просит позвонить накануне",
			"Повторный визит", "Боль при накусывании", "Приведёт ребёнка", "Оплата по ДМС");
	private static final List<String> REASONS = List.of("Пациент перенёс визит", "Заболел", "Не может прийти по работе");

	private final Random random;
	private final List<UUID> patients;
	private final List<BookedService> services;
	private final ZoneId zone;
	private final LocalDateTime now;

	/**
	 * @param services the price list's services of at most an hour, to book one or two of
	 * @param now the clinic's local time: what lies before it has happened
	 */
	SampleDays(long seed, List<UUID> patients, List<BookedService> services, ZoneId zone, LocalDateTime now) {
		this.random = new Random(seed);
		this.patients = List.copyOf(patients);
		this.services = services.stream().filter(service -> service.minutes() > 0 && service.minutes() <= LONGEST).toList();
		this.zone = zone;
		this.now = now;
		if (this.patients.isEmpty() || this.services.isEmpty()) {
			throw new IllegalArgumentException("Sample days need patients and services of at most " + LONGEST + " minutes");
		}
	}

	/**
	 * The doctor's appointments in one working period.
	 *
	 * @param busyPatients the patients already booked that date (by any doctor), added to
	 */
	List<Appointment> period(StaffMemberId doctor, LocalDate date, WorkingPeriod period, Set<UUID> busyPatients) {
		var available = (int) ChronoUnit.MINUTES.between(period.start(), period.end());
		var wanted = Math.max(1, Math.round(available / (float) AVERAGE_MINUTES));
		var booked = new ArrayList<List<BookedService>>();
		var lengths = new ArrayList<Integer>();
		var used = 0;
		for (int n = 0; n < wanted; n++) {
			var picked = pickServices();
			var minutes = length(picked);
			if (used + minutes > available) {
				break;
			}
			booked.add(picked);
			lengths.add(minutes);
			used += minutes;
		}
		// what is left is spread in five-minute pieces before, between and after the appointments
		var gaps = new int[booked.size() + 1];
		for (int piece = 0; piece < (available - used) / TimeSlot.STEP_MINUTES; piece++) {
			gaps[random.nextInt(gaps.length)] += TimeSlot.STEP_MINUTES;
		}
		var day = new ArrayList<Appointment>(booked.size());
		var start = date.atTime(period.start());
		for (int n = 0; n < booked.size(); n++) {
			start = start.plusMinutes(gaps[n]);
			var slot = TimeSlot.of(start, lengths.get(n));
			day.add(appointment(doctor, period, slot, booked.get(n), patient(busyPatients)));
			start = slot.end();
		}
		return day;
	}

	private Appointment appointment(StaffMemberId doctor, WorkingPeriod period, TimeSlot slot, List<BookedService> booked,
			UUID patient) {
		var history = new ArrayList<StatusChange>();
		var bookedAt = slot.start().isAfter(now) ? now.minusDays(random.nextInt(30)).minusMinutes(random.nextInt(600))
				: slot.start().minusDays(1 + random.nextInt(30)).withHour(10 + random.nextInt(8));
		history.add(step(AppointmentStatus.BOOKED, bookedAt, null));
		// the front desk calls the day before, at noon
		var confirmedAt = slot.start().minusDays(1).withHour(12).withMinute(0);
		if (random.nextInt(2) == 0 && confirmedAt.isAfter(bookedAt) && confirmedAt.isBefore(now)) {
			history.add(step(AppointmentStatus.CONFIRMED, confirmedAt, null));
		}
		if (!slot.start().isAfter(now)) {
			var fate = random.nextInt(100);
			if (fate < 7) {
				var last = history.get(history.size() - 1).at().atZone(zone).toLocalDateTime();
				var cancelledAt = slot.start().minusHours(2 + random.nextInt(20));
				history.add(step(AppointmentStatus.CANCELLED, cancelledAt.isAfter(last) ? cancelledAt : last.plusMinutes(1),
						REASONS.get(random.nextInt(REASONS.size()))));
			}
			else if (fate < 12 && !slot.end().isAfter(now)) {
				history.add(step(AppointmentStatus.NO_SHOW, slot.end(), null));
			}
			else {
				history.add(step(AppointmentStatus.ARRIVED, slot.start().minusMinutes(5 + random.nextInt(10)), null));
				history.add(step(AppointmentStatus.IN_CHAIR, slot.start(), null));
				if (!slot.end().isAfter(now)) {
					history.add(step(AppointmentStatus.COMPLETED, slot.end(), null));
				}
			}
		}
		var comment = random.nextInt(100) < 8 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : null;
		// version 0, as a first save leaves it: a later change of a generated appointment is an update, not an insert
		return new Appointment(UUID.randomUUID(), patient, doctor.value(), period.chairId().value(), booked, slot.date(),
				slot.start(), slot.end(), history.get(history.size() - 1).status(), history, comment, 0L);
	}

	private StatusChange step(AppointmentStatus status, LocalDateTime at, String reason) {
		return new StatusChange(status, at.atZone(zone).toInstant().truncatedTo(ChronoUnit.MILLIS), BY, reason);
	}

	/** One service, sometimes two that fit in an hour together. */
	private List<BookedService> pickServices() {
		var first = services.get(random.nextInt(services.size()));
		if (random.nextInt(4) == 0) {
			var second = services.get(random.nextInt(services.size()));
			if (!second.equals(first) && first.minutes() + second.minutes() <= LONGEST) {
				return List.of(first, second);
			}
		}
		return List.of(first);
	}

	/** The services' minutes on the five-minute grid, at least a quarter of an hour. */
	private static int length(List<BookedService> picked) {
		var minutes = picked.stream().mapToInt(BookedService::minutes).sum();
		var rounded = (minutes + TimeSlot.STEP_MINUTES - 1) / TimeSlot.STEP_MINUTES * TimeSlot.STEP_MINUTES;
		return Math.max(15, rounded);
	}

	/** A patient not booked yet that date (a few tries: with a pool far larger than a day's bookings, always found). */
	private UUID patient(Set<UUID> busyPatients) {
		var patient = patients.get(random.nextInt(patients.size()));
		for (int attempt = 0; attempt < 20 && busyPatients.contains(patient); attempt++) {
			patient = patients.get(random.nextInt(patients.size()));
		}
		busyPatients.add(patient);
		return patient;
	}
}
