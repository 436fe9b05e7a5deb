package com.clubstom.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.clubstom.patients.PatientId;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffMemberId;
import com.clubstom.staff.WorkingPeriod;

/**
 * The demo clinic's appointment book keeps the calendar's rules: nobody twice at once, every visit in the doctor's
 * hours, a believable day, and statuses that follow the clock along paths the workflow allows.
 */
class DemoAppointmentPlanTests {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
	// a Wednesday at lunchtime: the morning is over, the afternoon to come
	static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 12, 40);
	static final LocalDate TODAY = NOW.toLocalDate();

	static final ChairId THERAPY = new ChairId(UUID.randomUUID());
	static final ChairId SURGERY = new ChairId(UUID.randomUUID());
	static final ChairId HYGIENE = new ChairId(UUID.randomUUID());

	static final PatientId PETROV = new PatientId(UUID.randomUUID());

	// two surgeons given the same surgery at the same time, as the demo schedules do: the chair must still not clash
	final DemoAppointmentPlan.Doctor therapist = doctor(Set.of(Specialisation.THERAPIST), Map.of(
			DayOfWeek.MONDAY, List.of(period("09:00", "13:00", THERAPY), period("15:00", "20:00", THERAPY)),
			DayOfWeek.WEDNESDAY, List.of(period("09:00", "13:00", THERAPY), period("15:00", "20:00", THERAPY)),
			DayOfWeek.FRIDAY, List.of(period("09:00", "13:00", THERAPY), period("15:00", "20:00", THERAPY)),
			DayOfWeek.SATURDAY, List.of(period("10:00", "16:00", THERAPY))));
	final DemoAppointmentPlan.Doctor surgeon = doctor(Set.of(Specialisation.SURGEON, Specialisation.IMPLANTOLOGIST),
			weekdays(period("08:00", "14:30", SURGERY)));
	final DemoAppointmentPlan.Doctor implantologist = doctor(Set.of(Specialisation.IMPLANTOLOGIST), Map.of(
			DayOfWeek.MONDAY, List.of(period("09:00", "21:00", SURGERY)), DayOfWeek.TUESDAY, List.of(period("09:00", "21:00", SURGERY)),
			DayOfWeek.WEDNESDAY, List.of(period("09:00", "21:00", SURGERY)), DayOfWeek.SATURDAY, List.of(period("09:00", "21:00", SURGERY))));
	final DemoAppointmentPlan.Doctor paediatric = doctor(Set.of(Specialisation.PAEDIATRIC_DENTIST),
			weekdays(period("14:30", "21:00", null)));
	final DemoAppointmentPlan.Doctor hygienist = doctor(Set.of(Specialisation.HYGIENIST), weekdays(period("08:00", "14:30", HYGIENE)));
	final List<DemoAppointmentPlan.Doctor> doctors = List.of(therapist, surgeon, implantologist, paediatric, hygienist);

	final List<DemoAppointmentPlan.Patient> patients = patients();

	final List<Appointment> book = plan(20_261_126L).between(TODAY.minusWeeks(3), TODAY.plusWeeks(3));

	@Test
	void nobodyIsInTwoPlacesAtOnce() {
		assertNoOverlaps(Appointment::doctorId);
		assertNoOverlaps(Appointment::chairId);
		assertNoOverlaps(Appointment::patientId);
	}

	@Test
	void everyVisitLiesInTheDoctorsHoursAndTakesHalfAnHourToAnHourAndAHalf() {
		var byId = doctors.stream().collect(Collectors.toMap(DemoAppointmentPlan.Doctor::id, Function.identity()));
		assertThat(book).hasSizeGreaterThan(500).allSatisfy(appointment -> {
			var slot = appointment.slot();
			assertThat(slot.minutes()).isBetween(30, 90);
			assertThat(byId.get(appointment.doctorId()).hours().apply(slot.date()))
					.as("%s of %s", slot, appointment.doctorId())
					.anySatisfy(period -> assertThat(!slot.start().toLocalTime().isBefore(period.start())
							&& !slot.end().toLocalTime().isAfter(period.end())).isTrue());
			assertThat(appointment.day()).isEqualTo(slot.date()).isBetween(TODAY.minusWeeks(3), TODAY.plusWeeks(3));
		});
	}

	@Test
	void aDoctorWorksInTheShiftsChairAndNeverInARoomAColleaguesShiftHolds() {
		assertThat(book).filteredOn(appointment -> appointment.doctorId().equals(hygienist.id()))
				.isNotEmpty().allSatisfy(appointment -> assertThat(appointment.chairId()).isEqualTo(HYGIENE));
		assertThat(book).filteredOn(appointment -> appointment.doctorId().equals(therapist.id()))
				.isNotEmpty().allSatisfy(appointment -> assertThat(appointment.chairId()).isEqualTo(THERAPY));
		// the implantologist shares the surgery with the surgeon: in it, or in a room nobody else's shift holds then
		assertThat(book).filteredOn(appointment -> appointment.doctorId().equals(implantologist.id()))
				.anySatisfy(appointment -> assertThat(appointment.chairId()).isEqualTo(SURGERY));
		assertThat(book).allSatisfy(appointment -> {
			var own = doctors.stream().filter(doctor -> doctor.id().equals(appointment.doctorId())).findFirst().orElseThrow();
			var slot = appointment.slot();
			var inOwnShiftsChair = own.hours().apply(slot.date()).stream()
					.anyMatch(period -> appointment.chairId().equals(period.chairId()));
			var heldByAColleague = doctors.stream().filter(doctor -> !doctor.equals(own))
					.flatMap(doctor -> doctor.hours().apply(slot.date()).stream())
					.anyMatch(period -> appointment.chairId().equals(period.chairId())
							&& slot.start().toLocalTime().isBefore(period.end()) && period.start().isBefore(slot.end().toLocalTime()));
			assertThat(inOwnShiftsChair || !heldByAColleague).as("%s in %s", slot, appointment.chairId()).isTrue();
		});
	}

	@Test
	void aDoctorsDayHoldsSixToTenVisitsWithGaps() {
		var days = book.stream().collect(Collectors.groupingBy(appointment -> appointment.doctorId() + " " + appointment.day()));
		assertThat(days.values()).allSatisfy(day -> assertThat(day).hasSizeBetween(1, DemoAppointmentPlan.MOST_A_DAY));
		assertThat(days.values().stream().mapToInt(List::size).average().orElse(0)).isGreaterThanOrEqualTo(5.5);
		assertThat(days.values()).anySatisfy(day -> {
			var sorted = day.stream().map(Appointment::slot).sorted(Comparator.comparing(TimeSlot::start)).toList();
			assertThat(IntStream.range(1, sorted.size())
					.anyMatch(i -> sorted.get(i).start().isAfter(sorted.get(i - 1).end()))).isTrue();
		});
	}

	@Test
	void thePastIsMostlyCompletedTheFutureBookedOrConfirmedAndTodayAMix() {
		var past = book.stream().filter(appointment -> appointment.day().isBefore(TODAY)).toList();
		assertThat(past).allSatisfy(appointment -> assertThat(appointment.status())
				.isIn(AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED));
		assertThat(share(past, AppointmentStatus.COMPLETED)).isGreaterThan(0.75);
		assertThat(share(past, AppointmentStatus.NO_SHOW)).isBetween(0.02, 0.12);
		assertThat(share(past, AppointmentStatus.CANCELLED)).isBetween(0.03, 0.15);

		var future = book.stream().filter(appointment -> appointment.day().isAfter(TODAY)).toList();
		assertThat(future).allSatisfy(appointment -> assertThat(appointment.status())
				.isIn(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED, AppointmentStatus.CANCELLED));
		assertThat(share(future, AppointmentStatus.BOOKED)).isGreaterThan(0.3);
		assertThat(share(future, AppointmentStatus.CONFIRMED)).isGreaterThan(0.15);

		var today = book.stream().filter(appointment -> appointment.day().equals(TODAY)).toList();
		assertThat(today).allSatisfy(appointment -> {
			if (!appointment.slot().end().isAfter(NOW)) {
				assertThat(appointment.status()).isIn(AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED);
			}
			else if (!appointment.slot().start().isAfter(NOW)) {
				assertThat(appointment.status()).isEqualTo(AppointmentStatus.IN_CHAIR);
			}
			else {
				assertThat(appointment.status()).isIn(AppointmentStatus.ARRIVED, AppointmentStatus.CONFIRMED,
						AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED);
			}
		});
		assertThat(today).extracting(Appointment::status).contains(AppointmentStatus.COMPLETED, AppointmentStatus.IN_CHAIR);
		assertThat(today).extracting(Appointment::status).containsAnyOf(AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED);
	}

	@Test
	void everyHistoryIsAPathTheWorkflowAllowsDatedBetweenTheBookingAndNow() {
		var now = NOW.atZone(MOSCOW).toInstant();
		assertThat(book).allSatisfy(appointment -> {
			var history = appointment.history();
			assertThat(history.get(0).status()).isEqualTo(AppointmentStatus.BOOKED);
			assertThat(history.get(history.size() - 1).status()).isEqualTo(appointment.status());
			for (int i = 1; i < history.size(); i++) {
				assertThat(history.get(i - 1).status().canBecome(history.get(i).status())).as("%s", history).isTrue();
				assertThat(history.get(i).at()).isAfterOrEqualTo(history.get(i - 1).at());
			}
			assertThat(history).allSatisfy(step -> assertThat(step.at()).isBeforeOrEqualTo(now));
			assertThat(history.get(0).at()).isBefore(appointment.slot().start().atZone(MOSCOW).toInstant());
			assertThat(appointment.version()).isZero();
		});
		assertThat(book).filteredOn(appointment -> appointment.status() == AppointmentStatus.CANCELLED)
				.isNotEmpty().allSatisfy(cancelled -> assertThat(cancelled.last(AppointmentStatus.CANCELLED).orElseThrow().reason())
						.isIn(DemoAppointmentPlan.CANCELLATION_REASONS));
	}

	@Test
	void childrenGoToThePaediatricDentistAndAdultsToTheRest() {
		var children = patients.stream().filter(DemoAppointmentPlan.Patient::child).map(DemoAppointmentPlan.Patient::id)
				.collect(Collectors.toSet());
		assertThat(book).filteredOn(appointment -> !appointment.doctorId().equals(paediatric.id()))
				.allSatisfy(appointment -> assertThat(children).doesNotContain(appointment.patientId()));
		assertThat(book).filteredOn(appointment -> appointment.doctorId().equals(paediatric.id()))
				.anySatisfy(appointment -> assertThat(children).contains(appointment.patientId()));
	}

	@Test
	void theWellKnownPatientHasACompletedACancelledAMissedAndAnUpcomingVisit() {
		assertThat(book).filteredOn(appointment -> appointment.patientId().equals(PETROV)).extracting(Appointment::status)
				.containsExactly(AppointmentStatus.COMPLETED, AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW,
						AppointmentStatus.CONFIRMED);
	}

	@Test
	void theSameSeedGivesTheSameBook() {
		var again = plan(20_261_126L).between(TODAY.minusWeeks(3), TODAY.plusWeeks(3));

		assertThat(again).extracting(appointment -> appointment.id() + " " + appointment.slot() + " " + appointment.status())
				.containsExactlyElementsOf(book.stream()
						.map(appointment -> appointment.id() + " " + appointment.slot() + " " + appointment.status()).toList());
	}

	private void assertNoOverlaps(Function<Appointment, Object> whose) {
		var byWhoAndDay = book.stream().collect(Collectors.groupingBy(appointment -> whose.apply(appointment) + " " + appointment.day()));
		for (var sameDay : byWhoAndDay.values()) {
			for (int i = 0; i < sameDay.size(); i++) {
				for (int j = i + 1; j < sameDay.size(); j++) {
					assertThat(sameDay.get(i).slot().overlaps(sameDay.get(j).slot()))
							.as("%s and %s", sameDay.get(i).slot(), sameDay.get(j).slot()).isFalse();
				}
			}
		}
	}

	private static double share(Collection<Appointment> appointments, AppointmentStatus status) {
		return appointments.stream().filter(appointment -> appointment.status() == status).count() / (double) appointments.size();
	}

	private DemoAppointmentPlan plan(long seed) {
		return new DemoAppointmentPlan(seed, doctors, List.of(THERAPY, SURGERY, HYGIENE), patients, visits(), PETROV, NOW, MOSCOW);
	}

	private static List<DemoAppointmentPlan.Visit> visits() {
		var visits = new ArrayList<DemoAppointmentPlan.Visit>();
		for (var specialisation : Specialisation.values()) {
			visits.add(new DemoAppointmentPlan.Visit(specialisation, 30, List.of(service("Осмотр", 30))));
			visits.add(new DemoAppointmentPlan.Visit(specialisation, 60, List.of(service("Анестезия", 10), service("Лечение", 50))));
			visits.add(new DemoAppointmentPlan.Visit(specialisation, 90, List.of(service("Большое лечение", 90))));
		}
		return visits;
	}

	private static BookedService service(String name, int minutes) {
		return new BookedService(UUID.randomUUID(), "A16.07." + minutes, name, minutes);
	}

	private static List<DemoAppointmentPlan.Patient> patients() {
		var patients = new ArrayList<DemoAppointmentPlan.Patient>();
		patients.add(new DemoAppointmentPlan.Patient(PETROV, false));
		for (int i = 0; i < 300; i++) {
			patients.add(new DemoAppointmentPlan.Patient(new PatientId(UUID.randomUUID()), i % 6 == 0));
		}
		return patients;
	}

	private static DemoAppointmentPlan.Doctor doctor(Set<Specialisation> specialisations, Map<DayOfWeek, List<WorkingPeriod>> week) {
		return new DemoAppointmentPlan.Doctor(new StaffMemberId(UUID.randomUUID()), specialisations,
				date -> week.getOrDefault(date.getDayOfWeek(), List.of()));
	}

	private static Map<DayOfWeek, List<WorkingPeriod>> weekdays(WorkingPeriod period) {
		return Map.of(DayOfWeek.MONDAY, List.of(period), DayOfWeek.TUESDAY, List.of(period), DayOfWeek.WEDNESDAY, List.of(period),
				DayOfWeek.THURSDAY, List.of(period), DayOfWeek.FRIDAY, List.of(period));
	}

	private static WorkingPeriod period(String start, String end, ChairId chair) {
		return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end), chair, false);
	}
}
