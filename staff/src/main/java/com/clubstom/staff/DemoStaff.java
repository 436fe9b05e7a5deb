package com.clubstom.staff;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's staff: ten doctors of different specialisations with biographies, education,
 * certificates (one about to expire, one expired) and drawn portrait photos, three assistants, two administrators, the
 * accountant and the owner. People whose names match the demo login accounts ({@link DemoAccounts}) are linked to
 * them. Runs only while {@code staff_members} is empty, so restarts keep what was changed.
 */
@Component
@Profile("demo")
@Order(20)
class DemoStaff implements ApplicationRunner {

	private static final String MGMSU = "Московский государственный медико-стоматологический университет им. А. И. Евдокимова";
	private static final String SECHENOV = "Первый МГМУ им. И. М. Сеченова";
	private static final String PIROGOV = "РНИМУ им. Н. И. Пирогова";
	private static final String RUDN = "Российский университет дружбы народов";

	private final StaffDirectory directory;
	private final Roster roster;
	private final Accounts accounts;

	DemoStaff(StaffDirectory directory, Roster roster, Accounts accounts) {
		this.directory = directory;
		this.roster = roster;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (roster.count() > 0) {
			return;
		}
		var today = directory.today();
		var accountsByName = new HashMap<String, StaffAccountId>();
		DemoAccounts.PEOPLE.forEach((username, person) -> accounts.findForSignIn(username)
				.ifPresent(account -> accountsByName.put(person.getKey(), account.id())));
		var n = 0;
		for (var person : people(today)) {
			var details = new StaffMemberDetails(person.last, person.first, person.middle, person.position,
					person.specialisations, person.phone, person.email, CalendarColour.fromPalette(n++),
					person.biography, person.education, person.hired);
			var id = directory.hire(details);
			person.certificates.forEach(certificate -> directory.addCertificate(id, certificate));
			if (person.position == Position.DOCTOR || person.position == Position.ASSISTANT) {
				directory.changePhoto(id, portrait(details.calendarColour(), person.female, person.position == Position.DOCTOR));
			}
			var account = accountsByName.get(details.fullName());
			if (account != null) {
				directory.linkAccount(id, account);
			}
		}
	}

	private static List<Person> people(LocalDate today) {
		var soon = today.plusDays(30);
		var lastMonth = today.minusDays(20);
		var later = today.plusYears(3);
		return List.of(
				doctor("Орлов", "Андрей", "Сергеевич", false, EnumSet.of(Specialisation.THERAPIST, Specialisation.PERIODONTIST),
						"Лечит кариес и его осложнения под микроскопом, восстанавливает зубы прямыми реставрациями. Ведёт пациентов с заболеваниями дёсен.",
						MGMSU + ", стоматология (2008). Ординатура по терапевтической стоматологии (2010).",
						LocalDate.of(2016, 9, 1), List.of(
								new Certificate("Аккредитация: стоматология терапевтическая", "Минздрав России", "7724 0311 2045", later),
								new Certificate("Эндодонтия с использованием микроскопа", "StomaDent Academy", null, null))),
				doctor("Ким", "Виктор", "Александрович", false, EnumSet.of(Specialisation.SURGEON, Specialisation.IMPLANTOLOGIST),
						"Хирург-имплантолог: удаление зубов любой сложности, имплантация, синус-лифтинг, костная пластика.",
						SECHENOV + ", стоматология (2006). Ординатура по хирургической стоматологии (2008).",
						LocalDate.of(2015, 3, 10), List.of(
								new Certificate("Аккредитация: стоматология хирургическая", "Минздрав России", "7724 0198 3321", soon),
								new Certificate("Имплантация системами Straumann", "ITI", "ITI-2021-5567", null))),
				doctor("Лебедева", "Наталья", "Игоревна", true, EnumSet.of(Specialisation.ORTHODONTIST),
						"Исправляет прикус у детей и взрослых: брекет-системы, элайнеры, съёмные аппараты.",
						PIROGOV + ", стоматология (2011). Ординатура по ортодонтии, МГМСУ (2013).",
						LocalDate.of(2018, 1, 15), List.of(
								new Certificate("Аккредитация: ортодонтия", "Минздрав России", "7724 0456 1187", later),
								new Certificate("Лечение на элайнерах Invisalign", "Align Technology", null, lastMonth))),
				doctor("Григорьев", "Павел", "Николаевич", false, EnumSet.of(Specialisation.ORTHOPAEDIST),
						"Протезирование на зубах и имплантатах: коронки, виниры, мостовидные и съёмные протезы.",
						MGMSU + ", стоматология (2004). Ординатура по ортопедической стоматологии (2006).",
						LocalDate.of(2014, 6, 2), List.of(
								new Certificate("Аккредитация: стоматология ортопедическая", "Минздрав России", "7724 0087 9054", later))),
				doctor("Смирнова", "Анна", "Владимировна", true, EnumSet.of(Specialisation.PAEDIATRIC_DENTIST, Specialisation.THERAPIST),
						"Детский стоматолог: лечение молочных и постоянных зубов, герметизация фиссур, адаптационные приёмы для самых маленьких.",
						SECHENOV + ", стоматология (2013). Ординатура по детской стоматологии (2015).",
						LocalDate.of(2019, 8, 20), List.of(
								new Certificate("Аккредитация: стоматология детская", "Минздрав России", "7724 0623 4410", later))),
				doctor("Волков", "Дмитрий", "Андреевич", false, EnumSet.of(Specialisation.IMPLANTOLOGIST, Specialisation.ORTHOPAEDIST),
						"Полная реабилитация на имплантатах: All-on-4, All-on-6, цифровое планирование и навигационные шаблоны.",
						RUDN + ", стоматология (2009). Ординатура по хирургической стоматологии, МГМСУ (2011).",
						LocalDate.of(2017, 2, 1), List.of(
								new Certificate("Аккредитация: стоматология хирургическая", "Минздрав России", "7724 0352 7781", later))),
				doctor("Фёдорова", "Екатерина", "Сергеевна", true, EnumSet.of(Specialisation.HYGIENIST),
						"Профессиональная гигиена полости рта, Air Flow, отбеливание, обучение чистке зубов.",
						"Медицинский колледж № 2, стоматология профилактическая (2015); " + MGMSU + ", курсы гигиенистов (2017).",
						LocalDate.of(2020, 4, 6), List.of(
								new Certificate("Гигиенист стоматологический", "Минздрав России", "7724 0777 0012", later))),
				doctor("Захаров", "Игорь", "Валерьевич", false, EnumSet.of(Specialisation.PERIODONTIST, Specialisation.SURGEON),
						"Лечение пародонтита, лоскутные операции, пластика мягких тканей вокруг зубов и имплантатов.",
						SECHENOV + ", стоматология (2007). Ординатура по пародонтологии (2009).",
						LocalDate.of(2016, 11, 14), List.of(
								new Certificate("Аккредитация: стоматология общей практики", "Минздрав России", "7724 0244 6605", later))),
				doctor("Никитина", "Ольга", "Михайловна", true, EnumSet.of(Specialisation.THERAPIST),
						"Эстетическая реставрация и лечение зубов, композитные виниры.",
						PIROGOV + ", стоматология (2014). Ординатура по терапевтической стоматологии (2016).",
						LocalDate.of(2021, 9, 1), List.of(
								new Certificate("Аккредитация: стоматология терапевтическая", "Минздрав России", "7724 0911 3390", later))),
				doctor("Попов", "Артём", "Евгеньевич", false, EnumSet.of(Specialisation.ORTHODONTIST, Specialisation.PAEDIATRIC_DENTIST),
						"Ранняя ортодонтия у детей, миофункциональные трейнеры, лечение на брекетах.",
						MGMSU + ", стоматология (2015). Ординатура по ортодонтии (2017).",
						LocalDate.of(2022, 3, 1), List.of(
								new Certificate("Аккредитация: ортодонтия", "Минздрав России", "7724 1020 5588", later))),
				other("Белова", "Ольга", "Петровна", true, Position.ASSISTANT, "Ассистент хирурга и имплантолога.",
						"Медицинский колледж № 5, сестринское дело (2012).", LocalDate.of(2017, 5, 15)),
				other("Тарасова", "Юлия", "Андреевна", true, Position.ASSISTANT, "Ассистент терапевтов, четырёхрукая работа.",
						"Медицинский колледж № 2, стоматология (2016).", LocalDate.of(2019, 10, 1)),
				other("Сергеева", "Дарья", "Олеговна", true, Position.ASSISTANT, "Ассистент ортодонта и детского стоматолога.",
						"Медицинский колледж № 1, сестринское дело (2019).", LocalDate.of(2021, 2, 8)),
				other("Кузнецова", "Марина", "Игоревна", true, Position.ADMINISTRATOR, "Старший администратор: запись, расписание врачей, ДМС.",
						"РЭУ им. Г. В. Плеханова, менеджмент (2010).", LocalDate.of(2015, 9, 1)),
				other("Павлова", "Ксения", "Денисовна", true, Position.ADMINISTRATOR, "Администратор вечерней смены.",
						"МГУТУ им. К. Г. Разумовского, сервис (2018).", LocalDate.of(2020, 7, 13)),
				other("Морозова", "Татьяна", "Николаевна", true, Position.ACCOUNTANT, "Главный бухгалтер: расчёты с пациентами, зарплата, отчётность.",
						"Финансовый университет при Правительстве РФ, бухгалтерский учёт (2005).", LocalDate.of(2014, 6, 2)),
				other("Соколова", "Елена", "Викторовна", true, Position.OWNER, "Основатель и руководитель клиники, стоматолог-терапевт по образованию.",
						MGMSU + ", стоматология (2000); MBA, РАНХиГС (2012).", LocalDate.of(2014, 6, 1)));
	}

	private static int phones;

	private static Person doctor(String last, String first, String middle, boolean female, Set<Specialisation> specialisations,
			String biography, String education, LocalDate hired, List<Certificate> certificates) {
		return new Person(last, first, middle, female, Position.DOCTOR, specialisations, biography, education, hired, certificates);
	}

	private static Person other(String last, String first, String middle, boolean female, Position position, String biography,
			String education, LocalDate hired) {
		return new Person(last, first, middle, female, position, Set.of(), biography, education, hired, List.of());
	}

	/** A portrait drawn for the demo: a head-and-shoulders silhouette on the person's colour, a white coat for doctors. */
	static byte[] portrait(CalendarColour colour, boolean female, boolean whiteCoat) {
		var size = 320;
		var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			var base = Color.decode(colour.hex());
			g.setPaint(new GradientPaint(0, 0, base.brighter(), 0, size, base.darker()));
			g.fillRect(0, 0, size, size);
			var skin = new Color(0xF1, 0xD2, 0xBC);
			var hair = female ? new Color(0x5A, 0x3A, 0x22) : new Color(0x3B, 0x2F, 0x2A);
			// shoulders
			var shoulders = new Path2D.Double();
			shoulders.moveTo(40, size);
			shoulders.curveTo(40, 230, 100, 205, 160, 205);
			shoulders.curveTo(220, 205, 280, 230, 280, size);
			shoulders.closePath();
			g.setColor(whiteCoat ? new Color(0xF8, 0xFA, 0xFB) : new Color(0x2F, 0x3E, 0x4E));
			g.fill(shoulders);
			// neck and collar
			g.setColor(skin);
			g.fillRect(140, 170, 40, 45);
			var collar = new Path2D.Double();
			collar.moveTo(130, 208);
			collar.lineTo(160, 250);
			collar.lineTo(190, 208);
			collar.closePath();
			g.setColor(whiteCoat ? new Color(0x4C, 0xA3, 0xAB) : Color.WHITE);
			g.fill(collar);
			// hair behind the head
			g.setColor(hair);
			if (female) {
				g.fill(new Ellipse2D.Double(100, 70, 120, 150));
			}
			// head
			g.setColor(skin);
			g.fill(new Ellipse2D.Double(115, 85, 90, 105));
			// hair on top
			g.setColor(hair);
			g.fill(new Ellipse2D.Double(110, 72, 100, female ? 58 : 48));
			if (whiteCoat) {
				g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
				g.setColor(new Color(0x8A, 0x96, 0xA3));
				var stethoscope = new Path2D.Double();
				stethoscope.moveTo(118, 225);
				stethoscope.curveTo(110, 275, 150, 290, 160, 290);
				stethoscope.curveTo(170, 290, 210, 275, 202, 225);
				g.draw(stethoscope);
			}
		}
		finally {
			g.dispose();
		}
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}

	private record Person(String last, String first, String middle, boolean female, Position position,
			Set<Specialisation> specialisations, String biography, String education, LocalDate hired,
			List<Certificate> certificates, String phone, String email) {

		Person(String last, String first, String middle, boolean female, Position position,
				Set<Specialisation> specialisations, String biography, String education, LocalDate hired,
				List<Certificate> certificates) {
			this(last, first, middle, female, position, specialisations, biography, education, hired, certificates,
					"+7916" + String.format("%07d", 4_200_000 + ++phones * 1_137), transliterated(last, first) + "@clubstom.demo");
		}
	}

	private static final Map<Character, String> LATIN = latin();

	private static String transliterated(String last, String first) {
		var text = (first.substring(0, 1) + "." + last).toLowerCase(java.util.Locale.ROOT);
		var out = new StringBuilder();
		for (var c : text.toCharArray()) {
			out.append(LATIN.getOrDefault(c, String.valueOf(c)));
		}
		return out.toString();
	}

	private static Map<Character, String> latin() {
		var russian = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
		var latin = new String[] { "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
				"r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya" };
		var map = new HashMap<Character, String>();
		for (int i = 0; i < russian.length(); i++) {
			map.put(russian.charAt(i), latin[i]);
		}
		return Map.copyOf(map);
	}
}
