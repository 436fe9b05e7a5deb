package com.clubstom.medicalrecord;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.clubstom.kernel.Money;
import com.clubstom.patients.ContactChannel;
import com.clubstom.patients.PatientContacts;
import com.clubstom.patients.PatientDetails;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.Sex;
import com.clubstom.staff.Position;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;

/**
 * Benchmark data: with {@code --clubstom.generate.patient-record=VISITS} ({@code ./clubstom generate-patient-record})
 * registers «Долгов Архип Семёнович», a patient of many years, with that many completed visits (200 unless told), 50
 * X-rays and photos ({@code clubstom.generate.patient-images}), findings on the chart and two treatment plans, then stops
 * the application. The visits are built as the clinic builds them ({@link Visit}) but written in one batch, like history
 * imported from an earlier system: no transactions, no events. The pictures go through {@link PatientFiles}, so they are
 * checked and thumbnailed as uploads are.
 */
@Component
@ConditionalOnProperty("clubstom.generate.patient-record")
class PatientRecordGenerator {

	static final String LAST_NAME = "Долгов";
	private static final Logger LOG = LoggerFactory.getLogger(PatientRecordGenerator.class);
	private static final int[] TEETH = { 16, 17, 26, 27, 36, 37, 46, 47, 15, 25, 35, 45, 11, 21 };

	private final PatientRegistry registry;
	private final StaffDirectory staff;
	private final ServiceCatalogue catalogue;
	private final Charting charting;
	private final TreatmentPlans plans;
	private final PatientFiles files;
	private final MongoTemplate mongo;
	private final Clock clock;
	private final ZoneId zone;
	private final int visits;
	private final int images;
	private final ConfigurableApplicationContext context;

	PatientRecordGenerator(PatientRegistry registry, StaffDirectory staff, ServiceCatalogue catalogue, Charting charting,
			TreatmentPlans plans, PatientFiles files, MongoTemplate mongo, Clock clock,
			@Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId zone,
			@Value("${clubstom.generate.patient-record}") int visits,
			@Value("${clubstom.generate.patient-images:50}") int images, ConfigurableApplicationContext context) {
		this.registry = registry;
		this.staff = staff;
		this.catalogue = catalogue;
		this.charting = charting;
		this.plans = plans;
		this.files = files;
		this.mongo = mongo;
		this.clock = clock;
		this.zone = zone;
		this.visits = visits;
		this.images = images;
		this.context = context;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100) // after the demo data it draws on (services, doctors, their visits), seeded when the application is ready
	void run() {
		var exitCode = 0;
		try {
			generate();
		}
		catch (RuntimeException failed) {
			LOG.error("Generating the patient record failed", failed);
			exitCode = 1;
		}
		var code = exitCode;
		System.exit(SpringApplication.exit(context, () -> code));
	}

	private void generate() {
		var started = System.nanoTime();
		var random = new Random(20_261_125L);
		var doctor = staff.catalogue(StaffCatalogueQuery.everyoneCurrent()).stream()
				.filter(member -> member.position() == Position.DOCTOR).findFirst()
				.orElseThrow(() -> new IllegalStateException("No doctor on staff: run with the demo profile"));
		var priced = catalogue.all().stream().filter(ClinicalService::isActive).filter(ClinicalService::isPriced).toList();
		var patient = registry.register(new PatientDetails(LAST_NAME, "Архип", "Семёнович", LocalDate.of(1961, 5, 17), Sex.MALE,
				new PatientContacts("+7903" + String.format("%07d", random.nextInt(10_000_000)), List.of(), null, null,
						ContactChannel.SMS), null, List.of("Постоянный"), null, null, null, null), today().minusYears(8), true);
		var treating = new Practitioner(doctor.id().value(), doctor.fullName());
		var clinician = new Clinician("generator", doctor.fullName());
		var written = new ArrayList<Visit>(visits);
		for (int index = 0; index < visits; index++) {
			var day = today().minusDays(3L + (long) index * 14);
			var at = day.atTime(10, 0).atZone(zone).toInstant();
			var visit = Visit.open(patient, null, day, treating, null, at, "generator");
			for (int line = 0; line < 2 + random.nextInt(3); line++) {
				var service = priced.get(random.nextInt(priced.size()));
				var tooth = service.perTooth() ? Tooth.of(TEETH[random.nextInt(TEETH.length)]) : null;
				var outcome = tooth == null ? null : ChartOutcomes.of(service.code()).orElse(null);
				var surfaces = outcome != null && outcome.needsSurfaces() ? Set.of(ToothSurface.OCCLUSAL) : Set.<ToothSurface>of();
				var price = service.priceOn(day).orElse(Money.ZERO);
				visit.add(new Procedure(UUID.randomUUID(), service.id().value(), service.code(), service.name(), tooth, surfaces, 1,
						price, Money.ZERO, null, null, outcome, at, "generator", null));
			}
			visit.writeNotes(new VisitNotes("Жалоб нет.", null, "Без патологических изменений.", "Проведено по плану.",
					"Контрольный осмотр через 6 месяцев."));
			visit.complete(at.plusSeconds(3600), clinician);
			written.add(visit);
		}
		mongo.insertAll(written);
		charting.recordFinding(patient, Tooth.of(36), ToothCondition.CARIES, Set.of(ToothSurface.OCCLUSAL), null);
		charting.recordFinding(patient, Tooth.of(46), ToothCondition.FILLING, Set.of(ToothSurface.OCCLUSAL), null);
		aPlan(patient, doctor.id(), priced, "Рекомендуемый");
		aPlan(patient, doctor.id(), priced, "Бюджетный");
		for (int index = 0; index < images; index++) {
			var picture = switch (index % 3) {
				case 0 -> DemoPictures.bitewing(index, index % 2 == 0);
				case 1 -> DemoPictures.periapical(index);
				default -> DemoPictures.smile(index);
			};
			files.upload(patient, new Upload("snimok-" + index + ".jpg", "image/jpeg", picture.length, new ByteArrayResource(picture)),
					new FileDescription(index % 3 == 2 ? FileKind.PHOTO : FileKind.X_RAY, "Снимок " + (index + 1), null,
							List.of(TEETH[index % TEETH.length]), today().minusDays(index * 30L), null));
		}
		LOG.info("Generated the record of {} ({}): {} visits, {} images, 2 plans, in {} ms", LAST_NAME, patient, visits, images,
				(System.nanoTime() - started) / 1_000_000);
	}

	private void aPlan(PatientId patient, com.clubstom.staff.StaffMemberId doctor, List<ClinicalService> priced, String title) {
		var items = priced.stream().filter(ClinicalService::perTooth).limit(4)
				.map(service -> new NewPlanItem(service.id(), 36, ChartOutcomes.of(service.code())
						.filter(ToothCondition::needsSurfaces).map(needed -> Set.of(ToothSurface.OCCLUSAL)).orElse(Set.of()), 1, null,
						null))
				.toList();
		plans.draft(patient, title, doctor, "Этап 1. Санация", items);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}
}
