package com.clubstom.patients;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Realistic, deterministic Russian patients for the demo clinic and for benchmarks: the same seed, day and index always
 * give the same person, so patient {@code i} can be made without making the ones before it.
 * <p>
 * Surnames take their female form where Russian grammar has one (Иванов/Иванова, Троицкий/Троицкая, Толстой/Толстая) and
 * stay the same where it has none (Ковальчук, Шевченко, Черных, Петросян); patronymics come from a table of male names
 * (Сергеевич/Сергеевна, Ильич/Ильинична, Никитич/Никитична); names follow their era (no Зинаида born in 2015, no Милана
 * born in 1950), and some carry ё (Семёнов, Королёв, Пётр, Алёна, Фёдор), which search treats as е. Every generated
 * {@link PatientDetails} passes {@link PatientRules#check}; patients under 18 have a parent (now and then a
 * grandmother as guardian) of the same family as legal representative.
 * <p>
 * Mobile numbers are a bijection of the index onto 25 Moscow mobile codes × 10⁷ subscriber numbers, so no two indexes
 * below {@value #MOBILE_NUMBERS} share a number (nor, below 20 million, a home number: a second bijection onto 495/499).
 */
final class SamplePatients {

	/** How many distinct mobile numbers (and so patients with distinct phones) the generator can make. */
	static final long MOBILE_NUMBERS = 250_000_000L;

	// index -> (MOBILE_MULTIPLIER * index + MOBILE_OFFSET) mod MOBILE_NUMBERS is a bijection: the multiplier is prime
	// to 2 and 5, the only prime factors of MOBILE_NUMBERS
	static final long MOBILE_MULTIPLIER = 86_028_157L;
	static final long MOBILE_OFFSET = 13_579_246L;
	private static final String[] MOBILE_CODES = { "903", "905", "906", "909", "910", "915", "916", "917", "919", "925",
			"926", "929", "936", "958", "962", "963", "964", "965", "966", "967", "968", "977", "985", "995", "999" };
	private static final long HOME_NUMBERS = 20_000_000L;
	private static final long HOME_MULTIPLIER = 7_654_321L;
	private static final String[] HOME_CODES = { "495", "499" };
	private static final long SUBSCRIBERS = 10_000_000L;

	private static final int YOUNGEST = 2;
	private static final int ADULT = 18;
	private static final int REGISTRATION_YEARS = 3;

	private final long seed;
	private final ZonedDateTime now;
	private final LocalDate today;

	/** @param now the moment the data is made, in the clinic's zone: ages and registration dates count back from it */
	SamplePatients(long seed, ZonedDateTime now) {
		this.seed = seed;
		this.now = now.truncatedTo(ChronoUnit.MILLIS);
		this.today = now.toLocalDate();
	}

	LocalDate today() {
		return today;
	}

	/**
	 * One patient, as the front desk would have registered them: their details, when they were registered (in the last
	 * three years, never before they were a year old), whether their consent is on file (about 92 %), and when they were
	 * archived (about 2 %, otherwise {@code null}).
	 */
	Sample sample(long index) {
		var random = new SplittableRandom(mix(seed, index));
		var details = details(index, random);
		var registeredAt = registrationMoment(random, details.birthDate());
		var consentGiven = random.nextInt(100) < 92;
		Instant archivedAt = null;
		if (random.nextInt(100) < 2) {
			var sinceRegistration = Duration.between(registeredAt, now.toInstant()).toMinutes();
			archivedAt = registeredAt.plus(Duration.ofMinutes(1 + random.nextLong(Math.max(2, sinceRegistration))));
		}
		return new Sample(index, details, registeredAt, consentGiven, archivedAt);
	}

	/** The details of patient {@code index}. */
	PatientDetails details(long index) {
		return sample(index).details();
	}

	/**
	 * The patient as an aggregate, registered through the domain exactly as the front desk does (search keys and all) by
	 * the given member of staff at {@link Sample#registeredAt()}, with consent and archiving as sampled.
	 */
	Patient patient(long index, String username, String fullName) {
		return patient(sample(index), username, fullName);
	}

	Patient patient(Sample sample, String username, String fullName) {
		var registered = new StaffMark(sample.registeredAt(), username, fullName);
		var details = sample.details();
		var consent = PersonalDataConsent.notGiven();
		if (sample.consentGiven()) {
			var signedOn = sample.registeredAt().atZone(now.getZone()).toLocalDate();
			consent = new PersonalDataConsent(true, signedOn,
					details.representative() != null && PatientRules.needsRepresentative(details.birthDate(), signedOn),
					registered);
		}
		var patient = Patient.register(details, consent, registered, today);
		if (sample.archivedAt() != null) {
			patient.archive(new StaffMark(sample.archivedAt(), username, fullName));
		}
		return patient;
	}

	/** The primary mobile number of patient {@code index}: {@code +7 9XX XXX-XX-XX}, different for every index. */
	static String mobilePhone(long index) {
		if (index < 0 || index >= MOBILE_NUMBERS) {
			throw new IllegalArgumentException("no distinct mobile number for index " + index);
		}
		var number = Math.floorMod(Math.addExact(Math.multiplyExact(MOBILE_MULTIPLIER, index), MOBILE_OFFSET),
				MOBILE_NUMBERS);
		return "+7" + MOBILE_CODES[(int) (number / SUBSCRIBERS)] + sevenDigits(number % SUBSCRIBERS);
	}

	/** A Moscow home number of patient {@code index} ({@code +7 495} or {@code +7 499}), different for every index. */
	static String homePhone(long index) {
		var number = Math.floorMod(Math.multiplyExact(HOME_MULTIPLIER, index % HOME_NUMBERS) + 3_141_592L, HOME_NUMBERS);
		return "+7" + HOME_CODES[(int) (number / SUBSCRIBERS)] + sevenDigits(number % SUBSCRIBERS);
	}

	/** A parent's mobile, for teenagers who have a phone of their own; never the primary number of a sample patient. */
	private static String parentPhone(long index) {
		return mobilePhone(MOBILE_NUMBERS - 1 - index);
	}

	private static String sevenDigits(long subscriber) {
		return String.format("%07d", subscriber);
	}

	/**
	 * One patient's details from {@code random}.
	 */
	private PatientDetails details(long index, SplittableRandom random) {
		var age = age(random);
		var birthDate = today.minusYears(age).minusDays(random.nextInt(365));
		var sex = random.nextInt(100) < 56 ? Sex.FEMALE : Sex.MALE;
		var birthYear = birthDate.getYear();
		var surname = pick(random, SURNAMES);
		var father = maleName(random, birthYear - 24 - random.nextInt(14));
		var firstName = sex == Sex.MALE ? maleName(random, birthYear).name() : femaleName(random, birthYear);
		// a few people have no patronymic (foreign citizens, some registrations from abroad)
		var middleName = random.nextInt(100) < 2 ? null : sex == Sex.MALE ? father.sonsPatronymic() : father.daughtersPatronymic();
		var lastName = surname.form(sex);

		LegalRepresentative representative = null;
		String phone = mobilePhone(index);
		if (age < ADULT) {
			var relation = representativeRelation(random);
			var parentFirstName = switch (relation) {
				case FATHER -> father.name();
				case GUARDIAN -> femaleName(random, birthYear - 50);
				default -> femaleName(random, birthYear - 22 - random.nextInt(14));
			};
			var parentPatronymic = maleName(random, birthYear - 55 - random.nextInt(15));
			var parentSex = relation == LegalRepresentative.Relation.FATHER ? Sex.MALE : Sex.FEMALE;
			var parentName = FullName.of(surname.form(parentSex), parentFirstName,
					parentSex == Sex.MALE ? parentPatronymic.sonsPatronymic() : parentPatronymic.daughtersPatronymic());
			// a child's number is the parent's; a teenager has their own
			var parentPhone = age < PatientRules.ADULT_CONSENT_AGE ? phone : parentPhone(index);
			var passportYear = Math.max(1997, Math.min(today.getYear(), birthYear - 10 + random.nextInt(25)));
			representative = new LegalRepresentative(parentName, relation, parentPhone, "паспорт 45 "
					+ twoDigits(passportYear % 100) + " " + String.format("%06d", random.nextInt(1_000_000)));
		}

		var otherPhones = age >= ADULT && random.nextInt(100) < 15 ? List.of(homePhone(index)) : List.<String>of();
		var email = age >= 14 && random.nextInt(100) < (age < ADULT ? 25 : 44) ? email(random, firstName, lastName, birthYear)
				: null;
		var address = random.nextInt(100) < 88 ? address(random) : null;
		var insurance = age >= 3 && random.nextInt(100) < 15 ? insurance(random) : null;
		var contacts = new PatientContacts(phone, otherPhones, email, address, channel(random, email, age));
		var tags = tags(random, age, insurance != null);
		var notes = random.nextInt(100) < 10 ? note(random, sex, age) : null;
		var document = document(random, age, birthDate);
		return new PatientDetails(lastName, firstName, middleName, birthDate, sex, contacts,
				referral(random, age, insurance != null), tags, notes, representative, document, insurance);
	}

	/** Ages 2 to 90 the way a family dental clinic sees them. */
	private static int age(SplittableRandom random) {
		var band = random.nextInt(100);
		if (band < 14) {
			return YOUNGEST + random.nextInt(13); // 2-14
		}
		if (band < 18) {
			return 15 + random.nextInt(3); // 15-17
		}
		if (band < 36) {
			return 18 + random.nextInt(13); // 18-30
		}
		if (band < 62) {
			return 31 + random.nextInt(15); // 31-45
		}
		if (band < 82) {
			return 46 + random.nextInt(15); // 46-60
		}
		if (band < 95) {
			return 61 + random.nextInt(15); // 61-75
		}
		return 76 + random.nextInt(15); // 76-90
	}

	/** On a weekday or Saturday during opening hours, in the last three years, and not before the first birthday. */
	private Instant registrationMoment(SplittableRandom random, LocalDate birthDate) {
		var earliest = today.minusYears(REGISTRATION_YEARS);
		if (earliest.isBefore(birthDate.plusYears(1))) {
			earliest = birthDate.plusYears(1);
		}
		var days = ChronoUnit.DAYS.between(earliest, today);
		var day = earliest.plusDays(random.nextLong(days + 1));
		if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1).isBefore(earliest) ? day.plusDays(1) : day.minusDays(1);
		}
		var time = LocalTime.of(9, 0).plusMinutes(random.nextInt(11 * 60)).plusSeconds(random.nextInt(60));
		var moment = day.atTime(time).atZone(now.getZone());
		if (moment.isAfter(now)) {
			moment = now.minusMinutes(1 + random.nextInt(600));
		}
		return moment.toInstant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static LegalRepresentative.Relation representativeRelation(SplittableRandom random) {
		var roll = random.nextInt(100);
		return roll < 70 ? LegalRepresentative.Relation.MOTHER
				: roll < 97 ? LegalRepresentative.Relation.FATHER : LegalRepresentative.Relation.GUARDIAN;
	}

	private static String email(SplittableRandom random, String firstName, String lastName, int birthYear) {
		var first = latin(firstName);
		var last = latin(lastName);
		var local = switch (random.nextInt(5)) {
			case 0 -> first + "." + last;
			case 1 -> last + "." + first.charAt(0);
			case 2 -> first + "." + last + twoDigits(birthYear % 100);
			case 3 -> first.charAt(0) + last + birthYear;
			default -> last + twoDigits(random.nextInt(100));
		};
		return local + "@" + pick(random, EMAIL_DOMAINS);
	}

	private static String address(SplittableRandom random) {
		var place = random.nextInt(100) < 92 ? "г. Москва" : pick(random, NEAR_MOSCOW);
		var house = new StringBuilder(place).append(", ").append(pick(random, STREETS)).append(", д. ")
				.append(1 + random.nextInt(random.nextInt(100) < 80 ? 60 : 180));
		var roll = random.nextInt(100);
		if (roll < 18) {
			house.append(", корп. ").append(1 + random.nextInt(5));
		}
		else if (roll < 24) {
			house.append(", стр. ").append(1 + random.nextInt(3));
		}
		if (random.nextInt(100) < 94) {
			house.append(", кв. ").append(1 + random.nextInt(420));
		}
		return house.toString();
	}

	private static ContactChannel channel(SplittableRandom random, String email, int age) {
		var roll = random.nextInt(100);
		if (email != null && roll < 10) {
			return ContactChannel.EMAIL;
		}
		if (age >= 70) {
			return roll < 80 ? ContactChannel.CALL : ContactChannel.SMS;
		}
		return roll < 40 ? ContactChannel.CALL : roll < 68 ? ContactChannel.WHATSAPP : roll < 85 ? ContactChannel.TELEGRAM
				: ContactChannel.SMS;
	}

	private static ReferralSource referral(SplittableRandom random, int age, boolean insured) {
		if (insured && random.nextInt(100) < 60) {
			return ReferralSource.INSURANCE_COMPANY;
		}
		if (age < ADULT && random.nextInt(100) < 45) {
			return ReferralSource.RETURNING_FAMILY;
		}
		var roll = random.nextInt(100);
		if (roll < 8) {
			return null; // not asked
		}
		return roll < 33 ? ReferralSource.RECOMMENDATION : roll < 40 ? ReferralSource.RETURNING_FAMILY
				: roll < 58 ? ReferralSource.SEARCH_ENGINE : roll < 70 ? ReferralSource.MAPS
						: roll < 78 ? ReferralSource.SOCIAL_MEDIA : roll < 86 ? ReferralSource.REVIEW_SITE
								: roll < 91 ? ReferralSource.ADVERTISING : roll < 97 ? ReferralSource.PASSING_BY
										: ReferralSource.OTHER;
	}

	private static List<String> tags(SplittableRandom random, int age, boolean insured) {
		var tags = new ArrayList<String>();
		if (insured && random.nextInt(100) < 80) {
			tags.add("ДМС");
		}
		if (random.nextInt(100) < 20) {
			var pool = age < ADULT ? CHILD_TAGS : ADULT_TAGS;
			tags.add(pick(random, pool));
			if (random.nextInt(100) < 25) {
				tags.add(pick(random, pool));
			}
		}
		return tags.stream().distinct().toList();
	}

	private static String note(SplittableRandom random, Sex sex, int age) {
		if (sex == Sex.FEMALE && age >= 20 && age <= 42 && random.nextInt(100) < 10) {
			return "Беременность, II триместр — рентген только по строгим показаниям, анестетик без вазоконстриктора";
		}
		return age < ADULT ? pick(random, CHILD_NOTES) : pick(random, ADULT_NOTES);
	}

	/** Passports (about 60 % of those 14 and older) and birth certificates (about 70 % of children). */
	private IdentityDocument document(SplittableRandom random, int age, LocalDate birthDate) {
		if (age < 14) {
			if (random.nextInt(100) >= 70) {
				return null;
			}
			var issuedOn = min(birthDate.plusDays(5 + random.nextInt(35)), today);
			return new IdentityDocument(IdentityDocument.Type.BIRTH_CERTIFICATE,
					ROMAN[random.nextInt(ROMAN.length)] + "-МЮ", String.format("%06d", random.nextInt(1_000_000)),
					"Отдел ЗАГС Москвы № " + (1 + random.nextInt(40)) + " Управления ЗАГС Москвы", issuedOn);
		}
		if (random.nextInt(100) >= 60) {
			return null;
		}
		// issued at 14, replaced at 20 and 45; Soviet passports were exchanged for Russian ones in 1998-2004
		LocalDate issuedOn = null;
		for (var at : new int[] { 45, 20, 14 }) {
			var candidate = birthDate.plusYears(at).plusDays(3 + random.nextInt(60));
			if (!candidate.isAfter(today)) {
				issuedOn = candidate;
				break;
			}
		}
		if (issuedOn == null) {
			issuedOn = today.minusDays(random.nextInt(30));
			if (issuedOn.isBefore(birthDate.plusYears(14))) {
				issuedOn = birthDate.plusYears(14);
			}
		}
		if (issuedOn.isBefore(LocalDate.of(1998, 1, 1))) {
			issuedOn = LocalDate.of(1998, 1, 1).plusDays(random.nextInt(6 * 365));
		}
		var district = pick(random, DISTRICTS);
		var year = issuedOn.getYear();
		var issuedBy = year >= 2018 ? "ГУ МВД России по г. Москве"
				: year >= 2006 ? "Отделением УФМС России по гор. Москве по району " + district
						: "ОВД района " + district + " г. Москвы";
		return new IdentityDocument(IdentityDocument.Type.PASSPORT_RF, "45 " + twoDigits(year % 100),
				String.format("%06d", random.nextInt(1_000_000)), issuedBy, issuedOn);
	}

	/** A yearly ДМС policy from the first of a month in the last two years (so about a third have run out). */
	private InsurancePolicy insurance(SplittableRandom random) {
		var insurer = pick(random, INSURERS);
		var validFrom = today.minusDays(random.nextInt(720)).withDayOfMonth(1);
		var validUntil = validFrom.plusYears(1).minusDays(1);
		var number = insurer.getValue() + "-ДМС-" + String.format("%07d", random.nextInt(10_000_000)) + "/"
				+ twoDigits(validFrom.getYear() % 100);
		return new InsurancePolicy(insurer.getKey(), number, validFrom, validUntil);
	}

	private static MaleName maleName(SplittableRandom random, int bornIn) {
		var era = Era.of(bornIn);
		for (int attempt = 0;; attempt++) {
			var name = pick(random, MALE_NAMES);
			if (name.era() == Era.ANY || name.era() == era || attempt > 20) {
				return name;
			}
		}
	}

	private static String femaleName(SplittableRandom random, int bornIn) {
		var era = Era.of(bornIn);
		for (int attempt = 0;; attempt++) {
			var name = pick(random, FEMALE_NAMES);
			if (name.era() == Era.ANY || name.era() == era || attempt > 20) {
				return name.name();
			}
		}
	}

	private static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String twoDigits(int value) {
		return String.format("%02d", value);
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** SplitMix64's finaliser over seed and index: neighbouring indexes get unrelated streams. */
	private static long mix(long seed, long index) {
		var z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static String latin(String cyrillic) {
		var latin = new StringBuilder();
		for (var letter : cyrillic.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
			latin.append(TRANSLIT.getOrDefault(letter, String.valueOf(letter)));
		}
		return latin.toString();
	}

	/**
	 * One sampled patient.
	 *
	 * @param archivedAt {@code null} for a patient who is still active
	 */
	record Sample(long index, PatientDetails details, Instant registeredAt, boolean consentGiven, Instant archivedAt) {
	}

	/** Which generation a first name belongs to: Зинаида and Геннадий are grandparents, Милана and Тимофей children. */
	enum Era {
		OLD, ANY, NEW;

		static Era of(int bornIn) {
			return bornIn < 1972 ? OLD : bornIn >= 2005 ? NEW : ANY;
		}
	}

	/** A male first name with the patronymics his children carry. */
	record MaleName(String name, String sonsPatronymic, String daughtersPatronymic, Era era) {
	}

	record FemaleName(String name, Era era) {
	}

	/** A surname in its male form; the female form follows Russian grammar or, for invariable surnames, is the same. */
	record Surname(String male, boolean invariable) {

		String female() {
			if (invariable) {
				return male;
			}
			if (male.endsWith("ий") || male.endsWith("ый") || male.endsWith("ой")) {
				return male.substring(0, male.length() - 2) + "ая";
			}
			if (male.endsWith("ов") || male.endsWith("ев") || male.endsWith("ёв") || male.endsWith("ин")
					|| male.endsWith("ын")) {
				return male + "а";
			}
			return male;
		}

		String form(Sex sex) {
			return sex == Sex.FEMALE ? female() : male;
		}
	}

	private static MaleName m(String name, String son, String daughter) {
		return new MaleName(name, son, daughter, Era.ANY);
	}

	private static MaleName m(String name, String son, String daughter, Era era) {
		return new MaleName(name, son, daughter, era);
	}

	static final List<MaleName> MALE_NAMES = List.of(
			m("Александр", "Александрович", "Александровна"), m("Алексей", "Алексеевич", "Алексеевна"),
			m("Анатолий", "Анатольевич", "Анатольевна", Era.OLD), m("Андрей", "Андреевич", "Андреевна"),
			m("Антон", "Антонович", "Антоновна"), m("Аркадий", "Аркадьевич", "Аркадьевна", Era.OLD),
			m("Арсений", "Арсеньевич", "Арсеньевна", Era.NEW), m("Артём", "Артёмович", "Артёмовна"),
			m("Богдан", "Богданович", "Богдановна", Era.NEW), m("Борис", "Борисович", "Борисовна", Era.OLD),
			m("Вадим", "Вадимович", "Вадимовна"), m("Валерий", "Валерьевич", "Валерьевна", Era.OLD),
			m("Василий", "Васильевич", "Васильевна"), m("Вениамин", "Вениаминович", "Вениаминовна", Era.OLD),
			m("Виктор", "Викторович", "Викторовна"), m("Виталий", "Витальевич", "Витальевна"),
			m("Владимир", "Владимирович", "Владимировна"), m("Владислав", "Владиславович", "Владиславовна"),
			m("Всеволод", "Всеволодович", "Всеволодовна"), m("Вячеслав", "Вячеславович", "Вячеславовна"),
			m("Геннадий", "Геннадьевич", "Геннадьевна", Era.OLD), m("Георгий", "Георгиевич", "Георгиевна"),
			m("Глеб", "Глебович", "Глебовна", Era.NEW), m("Григорий", "Григорьевич", "Григорьевна"),
			m("Даниил", "Даниилович", "Данииловна", Era.NEW), m("Денис", "Денисович", "Денисовна"),
			m("Дмитрий", "Дмитриевич", "Дмитриевна"), m("Евгений", "Евгеньевич", "Евгеньевна"),
			m("Егор", "Егорович", "Егоровна"), m("Ефим", "Ефимович", "Ефимовна", Era.OLD),
			m("Захар", "Захарович", "Захаровна", Era.NEW), m("Иван", "Иванович", "Ивановна"),
			m("Игорь", "Игоревич", "Игоревна"), m("Илья", "Ильич", "Ильинична"),
			m("Кирилл", "Кириллович", "Кирилловна"), m("Константин", "Константинович", "Константиновна"),
			m("Кузьма", "Кузьмич", "Кузьминична", Era.NEW), m("Лев", "Львович", "Львовна", Era.NEW),
			m("Леонид", "Леонидович", "Леонидовна", Era.OLD), m("Лука", "Лукич", "Лукинична", Era.NEW),
			m("Макар", "Макарович", "Макаровна", Era.NEW), m("Максим", "Максимович", "Максимовна"),
			m("Марк", "Маркович", "Марковна", Era.NEW), m("Матвей", "Матвеевич", "Матвеевна", Era.NEW),
			m("Михаил", "Михайлович", "Михайловна"), m("Мирон", "Миронович", "Мироновна", Era.NEW),
			m("Никита", "Никитич", "Никитична"), m("Николай", "Николаевич", "Николаевна"),
			m("Олег", "Олегович", "Олеговна"), m("Павел", "Павлович", "Павловна"),
			m("Пётр", "Петрович", "Петровна"), m("Платон", "Платонович", "Платоновна", Era.NEW),
			m("Родион", "Родионович", "Родионовна"), m("Роман", "Романович", "Романовна"),
			m("Руслан", "Русланович", "Руслановна"), m("Савва", "Саввич", "Саввична", Era.NEW),
			m("Семён", "Семёнович", "Семёновна"), m("Сергей", "Сергеевич", "Сергеевна"),
			m("Станислав", "Станиславович", "Станиславовна"), m("Степан", "Степанович", "Степановна"),
			m("Тимофей", "Тимофеевич", "Тимофеевна", Era.NEW), m("Тимур", "Тимурович", "Тимуровна"),
			m("Тихон", "Тихонович", "Тихоновна", Era.NEW), m("Фёдор", "Фёдорович", "Фёдоровна"),
			m("Филипп", "Филиппович", "Филипповна"), m("Фома", "Фомич", "Фоминична", Era.NEW),
			m("Эдуард", "Эдуардович", "Эдуардовна", Era.OLD), m("Юрий", "Юрьевич", "Юрьевна"),
			m("Яков", "Яковлевич", "Яковлевна", Era.OLD), m("Ярослав", "Ярославович", "Ярославовна"));

	private static FemaleName f(String name) {
		return new FemaleName(name, Era.ANY);
	}

	private static FemaleName f(String name, Era era) {
		return new FemaleName(name, era);
	}

	static final List<FemaleName> FEMALE_NAMES = List.of(
			f("Анна"), f("Мария"), f("Елена"), f("Ольга"), f("Наталья"), f("Татьяна"), f("Ирина"), f("Светлана"),
			f("Екатерина"), f("Юлия"), f("Анастасия"), f("Дарья"), f("Полина"), f("Алёна"), f("Ксения"), f("Виктория"),
			f("Александра"), f("Марина"), f("Евгения"), f("Вера"), f("Надежда"), f("Любовь"), f("Елизавета"),
			f("Маргарита"), f("Оксана"), f("Кристина"), f("Яна"), f("Алина"), f("Карина"), f("Валерия"), f("Диана"),
			f("Софья"), f("Инна"), f("Жанна"), f("Лариса"), f("Олеся"), f("Лилия"), f("Эльвира"), f("Снежана"),
			f("Вероника"),
			f("Валентина", Era.OLD), f("Галина", Era.OLD), f("Людмила", Era.OLD), f("Нина", Era.OLD),
			f("Тамара", Era.OLD), f("Раиса", Era.OLD), f("Римма", Era.OLD), f("Зинаида", Era.OLD),
			f("Клавдия", Era.OLD), f("Антонина", Era.OLD), f("Лидия", Era.OLD), f("Зоя", Era.OLD), f("Нелли", Era.OLD),
			f("Милана", Era.NEW), f("Ева", Era.NEW), f("Злата", Era.NEW), f("Василиса", Era.NEW), f("Есения", Era.NEW),
			f("Мирослава", Era.NEW), f("Стефания", Era.NEW), f("Агата", Era.NEW), f("Таисия", Era.NEW),
			f("Ульяна", Era.NEW), f("Алиса", Era.NEW), f("Варвара", Era.NEW), f("Арина", Era.NEW), f("Кира", Era.NEW),
			f("Амелия", Era.NEW));

	private static final List<String> DECLINED_SURNAMES = List.of(
			"Иванов", "Петров", "Смирнов", "Соколов", "Кузнецов", "Попов", "Лебедев", "Козлов", "Новиков", "Морозов",
			"Волков", "Соловьёв", "Васильев", "Зайцев", "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов",
			"Воробьёв", "Фёдоров", "Михайлов", "Беляев", "Тарасов", "Белов", "Комаров", "Орлов", "Киселёв", "Макаров",
			"Андреев", "Ковалёв", "Ильин", "Гусев", "Титов", "Кузьмин", "Кудрявцев", "Баранов", "Куликов", "Алексеев",
			"Степанов", "Яковлев", "Сорокин", "Сергеев", "Романов", "Захаров", "Борисов", "Королёв", "Герасимов",
			"Пономарёв", "Григорьев", "Лазарев", "Медведев", "Ершов", "Никитин", "Соболев", "Рябов", "Поляков",
			"Цветков", "Данилов", "Жуков", "Фролов", "Журавлёв", "Николаев", "Крылов", "Максимов", "Сидоров", "Осипов",
			"Белоусов", "Федотов", "Дорофеев", "Егоров", "Матвеев", "Бобров", "Дмитриев", "Калинин", "Анисимов",
			"Петухов", "Антонов", "Тимофеев", "Никифоров", "Веселов", "Филиппов", "Марков", "Большаков", "Суханов",
			"Миронов", "Ширяев", "Александров", "Коновалов", "Шестаков", "Казаков", "Ефимов", "Денисов", "Громов",
			"Фомин", "Давыдов", "Мельников", "Щербаков", "Блинов", "Колесников", "Карпов", "Афанасьев", "Власов",
			"Маслов", "Исаков", "Тихонов", "Аксёнов", "Гаврилов", "Родионов", "Котов", "Горбунов", "Кудряшов", "Быков",
			"Зуев", "Третьяков", "Савельев", "Панов", "Рыбаков", "Суворов", "Абрамов", "Воронов", "Мухин", "Архипов",
			"Трофимов", "Мартынов", "Емельянов", "Горшков", "Чернов", "Овчинников", "Селезнёв", "Панфилов", "Копылов",
			"Михеев", "Галкин", "Назаров", "Лобанов", "Лукин", "Беляков", "Потапов", "Некрасов", "Хохлов", "Жданов",
			"Наумов", "Воронцов", "Ермаков", "Дроздов", "Игнатьев", "Савин", "Логинов", "Горбачёв", "Муравьёв",
			"Лихачёв", "Белозёров", "Бобылёв", "Синицын", "Лисицын", "Голицын",
			"Вишневский", "Покровский", "Троицкий", "Островский", "Успенский", "Заболоцкий", "Дубровский", "Жуковский",
			"Толстой", "Донской", "Луговой", "Полевой", "Боровой", "Белый");

	private static final List<String> INVARIABLE_SURNAMES = List.of(
			"Ковальчук", "Шевчук", "Полищук", "Кравчук", "Ткачук", "Гончарук", "Бондаренко", "Шевченко", "Коваленко",
			"Ткаченко", "Кравченко", "Савченко", "Лысенко", "Литвиненко", "Мельник", "Черных", "Седых", "Белых",
			"Долгих", "Петросян", "Саркисян", "Григорян", "Акопян", "Беридзе", "Ким", "Цой", "Пак");

	static final List<Surname> SURNAMES = java.util.stream.Stream.concat(
			DECLINED_SURNAMES.stream().map(name -> new Surname(name, false)),
			INVARIABLE_SURNAMES.stream().map(name -> new Surname(name, true))).toList();

	private static final List<String> STREETS = List.of(
			"ул. Тверская", "ул. Арбат", "ул. Профсоюзная", "ул. Новослободская", "ул. Большая Якиманка", "ул. Покровка",
			"ул. Маросейка", "ул. Бутырская", "ул. Дмитрия Ульянова", "ул. Вавилова", "ул. Академика Королёва",
			"ул. Земляной Вал", "ул. Остоженка", "ул. Пятницкая", "ул. Садовая-Кудринская", "ул. Люблинская",
			"ул. Мосфильмовская", "ул. Удальцова", "ул. Марксистская", "ул. Беговая", "ул. Лесная", "ул. Народного Ополчения",
			"ул. Генерала Белобородова", "ул. Островитянова", "ул. Кировоградская", "ул. Тёплый Стан", "ул. Перерва",
			"Ленинский пр-т", "пр-т Мира", "Кутузовский пр-т", "Мичуринский пр-т", "пр-т Вернадского",
			"Ленинградский пр-т", "Волгоградский пр-т", "Комсомольский пр-т", "Нахимовский пр-т", "Варшавское ш.",
			"Каширское ш.", "Дмитровское ш.", "Щёлковское ш.", "Рублёвское ш.", "Чистопрудный б-р", "Страстной б-р",
			"Цветной б-р", "Сретенский б-р", "Кривоколенный пер.", "Большой Козихинский пер.", "наб. Тараса Шевченко",
			"Фрунзенская наб.", "Краснопресненская наб.");

	private static final List<String> NEAR_MOSCOW = List.of("Московская обл., г. Химки", "Московская обл., г. Мытищи",
			"Московская обл., г. Красногорск", "Московская обл., г. Балашиха", "Московская обл., г. Одинцово",
			"г. Москва, г. Зеленоград");

	private static final List<String> DISTRICTS = List.of("Хамовники", "Арбат", "Тверской", "Басманный", "Пресненский",
			"Замоскворечье", "Таганский", "Якиманка", "Мещанский", "Красносельский", "Сокол", "Аэропорт", "Строгино",
			"Тёплый Стан", "Ясенево", "Марьино", "Митино", "Бибирево", "Гольяново", "Раменки");

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };

	private static final List<Map.Entry<String, String>> INSURERS = List.of(Map.entry("СОГАЗ", "0126"),
			Map.entry("Ингосстрах", "0432"), Map.entry("РЕСО-Гарантия", "0518"), Map.entry("АльфаСтрахование", "0207"),
			Map.entry("Ренессанс страхование", "0971"));

	private static final List<String> EMAIL_DOMAINS = List.of("mail.ru", "mail.ru", "yandex.ru", "yandex.ru", "gmail.com",
			"bk.ru", "inbox.ru", "list.ru", "rambler.ru", "ya.ru");

	private static final List<String> ADULT_TAGS = List.of("VIP", "ортодонтия", "имплантация", "имплантация",
			"боится боли", "боится боли", "семейный договор", "сотрудник клиники", "гигиена раз в полгода",
			"нужна премедикация", "рвотный рефлекс", "протезирование", "долг по оплате");

	private static final List<String> CHILD_TAGS = List.of("ортодонтия", "ортодонтия", "боится боли", "семейный договор",
			"гигиена раз в полгода", "рвотный рефлекс", "лечение под седацией");

	private static final List<String> ADULT_NOTES = List.of("Предпочитает утренние приёмы",
			"Предпочитает вечерние приёмы, после 18:00", "Аллергия на лидокаин — см. анкету",
			"Аллергия на пенициллин и латекс — см. анкету",
			"Гипертония: перед анестезией измерить давление",
			"Принимает антикоагулянты — удаление согласовать с терапевтом",
			"Сахарный диабет 2 типа, приём назначать после завтрака",
			"Напоминать о приёме за сутки в WhatsApp, не звонить на работу",
			"Очень тревожится, перед лечением нужна беседа с врачом",
			"Слабослышащий, говорить громко и лицом к пациенту",
			"Счета за лечение — на имя супруги (налоговый вычет)",
			"Плохо переносит долгие приёмы, планировать не более часа");

	private static final List<String> CHILD_NOTES = List.of("Приходит с бабушкой, договор подписан матерью",
			"Боится бормашины: первый приём — адаптационный", "Аллергия на лидокаин — см. анкету",
			"Носит пластинку, контроль раз в месяц", "Приводить к первому приёму утром, после 12 капризничает");

	private static final Map<Character, String> TRANSLIT = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
			Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
			Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
			Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
			Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
			Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
			Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
			Map.entry('я', "ya"), Map.entry('-', "-"));
}
