package com.clubstom.staff;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's chairs and working hours: five chairs and rooms, then weekly shifts for every doctor and
 * assistant of the demo staff (morning and evening shifts sharing chairs, split shifts, Saturdays, a two-on-two-off
 * pattern) and a vacation next month for the first doctor. Runs once the application is ready, after every seeding
 * runner (the demo staff must exist first); each part runs only while its collection is empty, so restarts keep what
 * was changed.
 */
@Component
@Profile("demo")
class DemoSchedules {

	static final List<String> CHAIRS = List.of("Кресло 1 — терапия", "Кресло 2 — терапия", "Кресло 3 — ортопедия",
			"Хирургический кабинет", "Кабинет гигиениста");

	private static final Map<String, String> EQUIPMENT = Map.of(
			"Кресло 1 — терапия", "Установка Sirona Intego, микроскоп Carl Zeiss",
			"Кресло 2 — терапия", "Установка Planmeca Compact i5, апекслокатор",
			"Кресло 3 — ортопедия", "Установка Sirona C8+, интраоральный сканер",
			"Хирургический кабинет", "Физиодиспенсер, хирургический набор для имплантации",
			"Кабинет гигиениста", "Air-flow, ультразвуковой скейлер");

	private final Chairs chairs;
	private final WorkingHours hours;
	private final MongoTemplate mongo;

	DemoSchedules(Chairs chairs, WorkingHours hours, MongoTemplate mongo) {
		this.chairs = chairs;
		this.hours = hours;
		this.mongo = mongo;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(20) // before the demo appointments (order 40), which book into these
	void seed() {
		if (mongo.estimatedCount(Chair.class) == 0) {
			CHAIRS.forEach(name -> {
				try {
					chairs.add(name, EQUIPMENT.get(name));
				}
				catch (InvalidChairException anotherNodeWasFaster) {
					// seeded concurrently by another node: nothing to do
				}
			});
		}
		if (mongo.estimatedCount(WorkingSchedule.class) == 0) {
			seedHours();
		}
	}

	private void seedHours() {
		var byName = chairs.active().stream().collect(java.util.stream.Collectors.toMap(Chair::name, Chair::id));
		var chairIds = CHAIRS.stream().map(byName::get).toList();
		if (chairIds.contains(null)) {
			return; // the owner renamed the demo chairs: leave their clinic alone
		}
		var clinical = Query.query(Criteria.where("details.position").in(Position.DOCTOR.name(), Position.ASSISTANT.name()))
				.with(Sort.by("sortName"));
		var doctors = new ArrayList<Document>();
		var assistants = new ArrayList<Document>();
		for (var member : mongo.find(clinical, Document.class, "staff_members")) {
			var details = member.get("details", Document.class);
			(Position.DOCTOR.name().equals(details.getString("position")) ? doctors : assistants).add(member);
		}
		for (int n = 0; n < doctors.size(); n++) {
			var chair = chairIds.get(chairOf(doctors.get(n), n));
			hours.changeWeeklyShifts(idOf(doctors.get(n)), weekOf(n, chair));
		}
		for (int n = 0; n < assistants.size(); n++) {
			// an assistant works beside a doctor: the same hours in the same chair
			var chair = chairIds.get(doctors.isEmpty() ? n % 3 : chairOf(doctors.get(n % doctors.size()), n));
			hours.changeWeeklyShifts(idOf(assistants.get(n)), weekOf(n, chair));
		}
		if (!doctors.isEmpty()) {
			var nextMonth = hours.today().with(TemporalAdjusters.firstDayOfNextMonth()).plusDays(6);
			hours.addException(idOf(doctors.get(0)), ScheduleException.vacation(nextMonth, nextMonth.plusDays(13),
					"Ежегодный отпуск"));
		}
	}

	/** Surgeons and implantologists work in the surgery, hygienists in their room, the rest share the three chairs. */
	private static int chairOf(Document doctor, int n) {
		var specialisations = doctor.get("details", Document.class).getList("specialisations", String.class, List.of());
		if (specialisations.contains(Specialisation.SURGEON.name()) || specialisations.contains(Specialisation.IMPLANTOLOGIST.name())) {
			return 3;
		}
		if (specialisations.contains(Specialisation.HYGIENIST.name())) {
			return 4;
		}
		if (specialisations.contains(Specialisation.ORTHOPAEDIST.name())) {
			return 2;
		}
		return (n / 2) % 2;
	}

	/**
	 * Five patterns in turn: a morning 5/2, an evening 5/2 (sharing the chair with the morning), split shifts with a
	 * Saturday, two-on-two-off as a week of long days, and short days with a Saturday.
	 */
	private static Map<DayOfWeek, List<Shift>> weekOf(int n, ChairId chair) {
		var week = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		switch (n % 5) {
			case 0 -> weekdays(week, List.of(shift("08:00", "14:30", chair)));
			case 1 -> weekdays(week, List.of(shift("14:30", "21:00", chair)));
			case 2 -> {
				for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
					week.put(day, List.of(shift("09:00", "13:00", chair), shift("15:00", "20:00", chair)));
				}
				week.put(DayOfWeek.SATURDAY, List.of(shift("10:00", "16:00", chair)));
			}
			case 3 -> {
				for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
					week.put(day, List.of(shift("09:00", "21:00", chair)));
				}
			}
			default -> {
				for (var day : List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)) {
					week.put(day, List.of(shift("10:00", "19:00", chair)));
				}
				week.put(DayOfWeek.SATURDAY, List.of(shift("09:00", "15:00", chair)));
			}
		}
		return week;
	}

	private static void weekdays(Map<DayOfWeek, List<Shift>> week, List<Shift> shifts) {
		for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
			week.put(day, shifts);
		}
	}

	private static Shift shift(String start, String end, ChairId chair) {
		return new Shift(LocalTime.parse(start), LocalTime.parse(end), chair);
	}

	private static StaffMemberId idOf(Document member) {
		return new StaffMemberId(member.get("_id", UUID.class));
	}
}
