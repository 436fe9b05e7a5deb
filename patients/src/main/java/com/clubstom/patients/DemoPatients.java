package com.clubstom.patients;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The {@code demo} profile's patient registry: on a start with no patients at all, about {@value #HOW_MANY} patients
 * registered through the domain by the demo administrator over the last three years (about 92 % with consent on file, a
 * handful archived), among them the ones README and the browser tests talk about: {@value #PETROV} ({@code +7 916
 * 123-45-67}), {@value #SEMYONOVA} (ё in both names, no consent on file yet) and the child {@value #PETROVA_CHILD} with
 * her mother as representative. Idempotent: a database that has any patient is left alone.
 */
@Component
@Profile("demo")
@Order(20) // after the staff context's demo accounts (order 10); nothing depends on that
class DemoPatients implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoPatients.class);

	/** The demo administrator (staff's {@code DemoAccounts}), who registered everyone. */
	static final String ADMINISTRATOR_USERNAME = "admin";
	static final String ADMINISTRATOR_FULL_NAME = "Кузнецова Марина Игоревна";

	static final int HOW_MANY = 300;
	static final long SEED = 20_261_124L;
	private static final int BATCH = 100;

	static final String PETROV = "Петров Иван Сергеевич";
	static final String PETROV_PHONE = "+79161234567";
	static final String SEMYONOVA = "Семёнова Алёна Викторовна";
	static final String SEMYONOVA_PHONE = "+79035550101";
	static final String PETROVA_CHILD = "Петрова Мария Ивановна";
	static final String PETROVA_MOTHER = "Петрова Ольга Николаевна";
	static final String PETROVA_MOTHER_PHONE = "+79161234569";
	/** The well-known patients' numbers, which no sampled patient may have. */
	static final List<String> WELL_KNOWN_PHONES = List.of(PETROV_PHONE, SEMYONOVA_PHONE, PETROVA_MOTHER_PHONE);

	private final Patients patients;
	private final TransactionOperations transactions;
	private final Clock clock;
	private final ZoneId clinicZone;

	DemoPatients(Patients patients, TransactionOperations transactions, Clock clock,
			@Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId clinicZone) {
		this.patients = patients;
		this.transactions = transactions;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (patients.count() > 0) {
			return;
		}
		var started = System.nanoTime();
		var registry = demoRegistry(ZonedDateTime.now(clock.withZone(clinicZone)));
		// one transaction per batch, so the events of the registrations are published like the front desk's
		for (int from = 0; from < registry.size(); from += BATCH) {
			var batch = registry.subList(from, Math.min(from + BATCH, registry.size()));
			transactions.executeWithoutResult(status -> patients.saveAll(batch));
		}
		LOG.info("Demo data: registered {} patients ({} archived) in {} ms", registry.size(),
				registry.stream().filter(Patient::isArchived).count(), (System.nanoTime() - started) / 1_000_000);
	}

	/** The demo clinic's patients as of {@code now}, oldest registration first. */
	static List<Patient> demoRegistry(ZonedDateTime now) {
		var samples = new SamplePatients(SEED, now);
		var registry = new ArrayList<Patient>(HOW_MANY);
		wellKnown(samples.today(), now).forEach(registry::add);
		for (long index = 0; registry.size() < HOW_MANY; index++) {
			registry.add(samples.patient(index, ADMINISTRATOR_USERNAME, ADMINISTRATOR_FULL_NAME));
		}
		registry.sort((a, b) -> a.registered().at().compareTo(b.registered().at()));
		return registry;
	}

	private static List<Patient> wellKnown(LocalDate today, ZonedDateTime now) {
		var policyStart = today.minusMonths(2).withDayOfMonth(1);
		var petrovAt = now.minusDays(412).withHour(10).withMinute(15);
		var petrovRegistered = mark(petrovAt);
		var petrov = Patient.register(new PatientDetails("Петров", "Иван", "Сергеевич", LocalDate.of(1984, 3, 12),
				Sex.MALE,
				new PatientContacts(PETROV_PHONE, List.of(), "ivan.petrov@mail.ru",
						"г. Москва, ул. Лесная, д. 5, кв. 12", ContactChannel.CALL),
				ReferralSource.RECOMMENDATION, List.of("VIP", "ДМС"), "Предпочитает утренние приёмы", null,
				new IdentityDocument(IdentityDocument.Type.PASSPORT_RF, "45 04", "512734",
						"ОВД района Тверской г. Москвы", LocalDate.of(2004, 4, 2)),
				new InsurancePolicy("СОГАЗ", "0126-ДМС-0481516/" + String.format("%02d", policyStart.getYear() % 100),
						policyStart, policyStart.plusYears(1).minusDays(1))),
				consent(petrovAt, petrovRegistered, false), petrovRegistered, today);

		// no consent on file yet: the card shows the warning
		var semyonovaRegistered = mark(now.minusDays(19).withHour(17).withMinute(40));
		var semyonova = Patient.register(new PatientDetails("Семёнова", "Алёна", "Викторовна", LocalDate.of(1991, 7, 2),
				Sex.FEMALE,
				new PatientContacts(SEMYONOVA_PHONE, List.of(), "alena.semenova@yandex.ru",
						"г. Москва, Ленинский пр-т, д. 37, корп. 2, кв. 88", ContactChannel.WHATSAPP),
				ReferralSource.SEARCH_ENGINE, List.of("боится боли"), "Аллергия на лидокаин — см. анкету", null, null,
				null), PersonalDataConsent.notGiven(), semyonovaRegistered, today);

		var childAt = now.minusDays(3).withHour(11).withMinute(5);
		var childRegistered = mark(childAt);
		var child = Patient.register(new PatientDetails("Петрова", "Мария", "Ивановна",
				today.minusYears(7).minusDays(45), Sex.FEMALE,
				new PatientContacts(PETROVA_MOTHER_PHONE, List.of(), null, "г. Москва, ул. Лесная, д. 5, кв. 12",
						ContactChannel.CALL),
				ReferralSource.RETURNING_FAMILY, List.of("ортодонтия"), "Приходит с бабушкой, договор подписан матерью",
				new LegalRepresentative(PETROVA_MOTHER, LegalRepresentative.Relation.MOTHER, PETROVA_MOTHER_PHONE,
						"паспорт 45 12 345678"),
				new IdentityDocument(IdentityDocument.Type.BIRTH_CERTIFICATE, "V-МЮ", "634812",
						"Отдел ЗАГС Москвы № 21 Управления ЗАГС Москвы", today.minusYears(7).minusDays(30)),
				null), consent(childAt, childRegistered, true), childRegistered, today);
		return List.of(petrov, semyonova, child);
	}

	private static StaffMark mark(ZonedDateTime at) {
		return new StaffMark(at.toInstant().truncatedTo(ChronoUnit.MILLIS), ADMINISTRATOR_USERNAME,
				ADMINISTRATOR_FULL_NAME);
	}

	/** Signed at the front desk on the day of registration. */
	private static PersonalDataConsent consent(ZonedDateTime signedAt, StaffMark registered, boolean byRepresentative) {
		return new PersonalDataConsent(true, signedAt.toLocalDate(), byRepresentative, registered);
	}
}
