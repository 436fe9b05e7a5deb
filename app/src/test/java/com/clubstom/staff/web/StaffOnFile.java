package com.clubstom.staff.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Certificate;
import com.clubstom.staff.Position;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.StaffMemberId;

/**
 * Test fixture: staff members hired straight through the directory, each with a surname nobody else in the shared
 * test database has, so searches find exactly them.
 */
@Component
public class StaffOnFile {

	private final StaffDirectory directory;

	StaffOnFile(StaffDirectory directory) {
		this.directory = directory;
	}

	/** "Ким" followed by letters no other test uses. */
	public static String aUniqueSurname(String base) {
		var letters = "абвгдежзиклмнопрстуфхцчшэюя";
		var suffix = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			suffix.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return base + "-" + suffix;
	}

	public StaffMemberId aSurgeon(String lastName) {
		return directory.hire(new StaffMemberDetails(lastName, "Виктор", "Андреевич", Position.DOCTOR,
				Set.of(Specialisation.SURGEON, Specialisation.IMPLANTOLOGIST), "+79161112233", "kim@clinic.ru",
				new CalendarColour("#0D7680"), "Удаляет зубы любой сложности, ставит имплантаты.",
				"МГМСУ им. А. И. Евдокимова, 2008", LocalDate.of(2016, 9, 1)));
	}

	public StaffMemberId anOrthodontist(String lastName) {
		return directory.hire(new StaffMemberDetails(lastName, "Наталья", null, Position.DOCTOR,
				Set.of(Specialisation.ORTHODONTIST), null, null, new CalendarColour("#9C36B5"), null, null, null));
	}

	public StaffMemberId anAssistant(String lastName) {
		return directory.hire(new StaffMemberDetails(lastName, "Ольга", "Петровна", Position.ASSISTANT, Set.of(),
				"+79162223344", null, new CalendarColour("#C2255C"), null, null, null));
	}

	/** One certificate expiring in 30 days, one expired yesterday. */
	public void withCertificatesNeedingAttention(StaffMemberId id) {
		var today = directory.today();
		directory.addCertificate(id, new Certificate("Аккредитация: хирургия", "Минздрав России", "7724", today.plusDays(30)));
		directory.addCertificate(id, new Certificate("Курс по имплантации", "ITI", null, today.minusDays(1)));
	}

	public StaffDirectory directory() {
		return directory;
	}
}
