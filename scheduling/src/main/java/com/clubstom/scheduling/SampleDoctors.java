package com.clubstom.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Chair;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.InvalidChairException;
import com.clubstom.staff.Position;
import com.clubstom.staff.Shift;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.WorkingHours;

/**
 * Benchmark data, staff side ({@link AppointmentGenerator}): brings the clinic up to the wanted number of doctors, gives
 * each a chair of their own and the hours Monday to Saturday 09:00–21:00 there, through the staff context's API (so the
 * calendar reads them as it reads any other). A doctor's own chair keeps the generated days free of chair clashes.
 */
final class SampleDoctors {

	private static final Logger LOG = LoggerFactory.getLogger(SampleDoctors.class);
	static final LocalTime OPENS = LocalTime.of(9, 0);
	static final LocalTime CLOSES = LocalTime.of(21, 0);

	private static final List<String[]> NAMES = List.of(new String[] { "Алексеев", "Роман", "Игоревич" },
			new String[] { "Белякова", "Светлана", "Олеговна" }, new String[] { "Воронин", "Максим", "Петрович" },
			new String[] { "Гусева", "Ирина", "Александровна" }, new String[] { "Денисов", "Кирилл", "Андреевич" },
			new String[] { "Ершова", "Полина", "Викторовна" }, new String[] { "Жуков", "Станислав", "Юрьевич" },
			new String[] { "Зайцева", "Вера", "Николаевна" }, new String[] { "Исаев", "Тимур", "Маратович" },
			new String[] { "Калинина", "Алина", "Сергеевна" }, new String[] { "Лаптев", "Григорий", "Ильич" },
			new String[] { "Миронова", "Дарья", "Павловна" }, new String[] { "Носков", "Евгений", "Борисович" },
			new String[] { "Осипова", "Людмила", "Андреевна" }, new String[] { "Панов", "Олег", "Витальевич" },
			new String[] { "Родионова", "Яна", "Дмитриевна" }, new String[] { "Савин", "Илья", "Константинович" },
			new String[] { "Титова", "Маргарита", "Олеговна" }, new String[] { "Устинов", "Фёдор", "Семёнович" },
			new String[] { "Филиппова", "Нина", "Романовна" });
	private static final List<Specialisation> FIELDS = List.of(Specialisation.THERAPIST, Specialisation.SURGEON,
			Specialisation.ORTHOPAEDIST, Specialisation.ORTHODONTIST, Specialisation.PERIODONTIST,
			Specialisation.PAEDIATRIC_DENTIST, Specialisation.IMPLANTOLOGIST, Specialisation.HYGIENIST);

	private final StaffDirectory staff;
	private final Chairs chairs;
	private final WorkingHours hours;

	SampleDoctors(StaffDirectory staff, Chairs chairs, WorkingHours hours) {
		this.staff = staff;
		this.chairs = chairs;
		this.hours = hours;
	}

	/** At least {@code wanted} current doctors, each in a chair of their own, Monday to Saturday 09:00–21:00. */
	List<StaffMember> prepare(int wanted) {
		var doctors = new ArrayList<>(doctors());
		var names = doctors.stream().map(StaffMember::fullName).toList();
		for (int n = 0; doctors.size() < wanted && n < NAMES.size(); n++) {
			var name = NAMES.get(n);
			if (names.contains(String.join(" ", name))) {
				continue;
			}
			var details = new StaffMemberDetails(name[0], name[1], name[2], Position.DOCTOR,
					EnumSet.of(FIELDS.get(n % FIELDS.size())), null, null, CalendarColour.fromPalette(doctors.size()), null,
					null, staff.today().minusYears(1 + n % 7));
			doctors.add(staff.find(staff.hire(details)).orElseThrow());
		}
		var seats = chairsFor(doctors.size());
		for (int n = 0; n < doctors.size(); n++) {
			var week = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
			var shift = new Shift(OPENS, CLOSES, seats.get(n).id());
			for (var day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)) {
				week.put(day, List.of(shift));
			}
			if (!week.equals(hours.scheduleOf(doctors.get(n).id()).weeklyShifts())) {
				hours.changeWeeklyShifts(doctors.get(n).id(), Map.copyOf(week));
			}
		}
		LOG.info("{} doctors, each Monday to Saturday {}–{} in a chair of their own", doctors.size(), OPENS, CLOSES);
		return List.copyOf(doctors);
	}

	private List<StaffMember> doctors() {
		return staff.catalogue(StaffCatalogueQuery.everyoneCurrent()).stream().filter(member -> member.position().isDoctor())
				.toList();
	}

	/** The chairs in service, with numbered ones added until there is one per doctor. */
	private List<Chair> chairsFor(int doctors) {
		for (int number = 1; chairs.active().size() < doctors; number++) {
			if (number > 1_000) {
				throw new IllegalStateException("Could not add chairs up to " + doctors);
			}
			try {
				chairs.add("Кресло " + number, null);
			}
			catch (InvalidChairException nameTaken) {
				// "Кресло 1" may be the demo's: try the next number
			}
		}
		return chairs.active();
	}
}
