package com.clubstom.medicalrecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;

/**
 * The {@code demo} profile's treatment plans, drawn from the demo charts: a dozen patients (Петров Иван Сергеевич first)
 * were seen for a check-up three weeks ago, where the doctor who charts them found caries (recorded on the chart with
 * K02.1, unless caries were open already) and drew up a recommended plan (hygiene, then a composite filling per decayed
 * tooth, the class by its surfaces), for some with a budget alternative (glass-ionomer fillings). Петров Иван Сергеевич's recommended plan is
 * accepted and in progress (the hygiene done) and his budget one declined; among the others plans are proposed,
 * accepted, declined or still drafts. Runs only while no plan exists, after the price list and the charts.
 */
@Component
@Profile("demo")
class DemoPlans {

	private static final Logger LOG = LoggerFactory.getLogger(DemoPlans.class);
	private static final int PATIENTS = 12;
	private static final long SEED = 20_261_126L;
	private static final int[] CHEWING_TEETH = { 14, 15, 16, 17, 24, 25, 26, 27, 34, 35, 36, 37, 44, 45, 46, 47 };

	private static final String HYGIENE = "A16.07.051.001";
	private static final String BUDGET_HYGIENE = "A16.07.051";
	private static final String ANAESTHESIA = "B01.003.004.004";
	private static final String FILLING_CLASS_ONE = "A16.07.002.001";
	private static final String FILLING_CLASS_TWO = "A16.07.002.002";
	private static final String GLASS_IONOMER = "A16.07.002.010";

	/** What becomes of each patient's recommended plan, in turn; Петров's comes first. */
	private enum Outcome {
		IN_PROGRESS, PROPOSED, DECLINED, ACCEPTED, DRAFT
	}

	private final StoredTreatmentPlans plans;
	private final DentalCharts charts;
	private final ServiceCatalogue catalogue;
	private final StaffDirectory staff;
	private final PatientRegistry registry;
	private final Icd10 icd10;
	private final Clock clock;
	private final ZoneId zone;

	DemoPlans(StoredTreatmentPlans plans, DentalCharts charts, ServiceCatalogue catalogue, StaffDirectory staff,
			PatientRegistry registry, Icd10 icd10, Clock clock, @Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId zone) {
		this.icd10 = icd10;
		this.plans = plans;
		this.charts = charts;
		this.catalogue = catalogue;
		this.staff = staff;
		this.registry = registry;
		this.clock = clock;
		this.zone = zone;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(35) // after the price list (10) and the charts (30); before the appointments (40)
	void planTheDemoPatients() {
		if (plans.count() > 0 || catalogue.findByCode(FILLING_CLASS_ONE).isEmpty()) {
			return;
		}
		var doctors = staff.catalogue(StaffCatalogueQuery.everyoneCurrent()).stream()
				.filter(member -> member.position().isDoctor()).toList();
		if (doctors.isEmpty()) {
			return;
		}
		var made = new ArrayList<TreatmentPlan>();
		var outcomes = Outcome.values();
		var random = new Random(SEED);
		var planned = toPlan();
		for (int index = 0; index < planned.size(); index++) {
			made.addAll(plansFor(planned.get(index), doctorOf(planned.get(index), doctors), outcomes[index % outcomes.length],
					random));
		}
		charts.saveAll(planned);
		plans.saveAll(made);
		LOG.info("Demo data: {} treatment plans for {} patients", made.size(), planned.size());
	}

	/** Петров's chart first, then the next charts in the order stored. */
	private List<DentalChart> toPlan() {
		var petrov = registry.search(PatientSearch.forText("Петров Иван Сергеевич")).items().stream().findFirst()
				.flatMap(found -> charts.findById(found.id().value()));
		var others = charts.findAll().stream()
				.filter(chart -> petrov.map(first -> !first.patient().equals(chart.patient())).orElse(true)).limit(PATIENTS - 1);
		return Stream.concat(petrov.stream(), others).toList();
	}

	/** The check-up: caries on one to three sound chewing teeth, each with its diagnosis (unless caries are open already). */
	private void examine(DentalChart chart, Clinician doctor, Instant at, Random random) {
		var now = clock.instant();
		if (!decayed(chart, now).isEmpty()) {
			return;
		}
		var state = chart.asOf(now);
		var sound = java.util.Arrays.stream(CHEWING_TEETH).mapToObj(Tooth::of).filter(tooth -> state.of(tooth).isHealthy())
				.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		java.util.Collections.shuffle(sound, random);
		var moment = at;
		for (var tooth : sound.subList(0, Math.min(sound.size(), 1 + random.nextInt(3)))) {
			var surfaces = switch (random.nextInt(3)) {
				case 0 -> Set.of(ToothSurface.OCCLUSAL);
				case 1 -> Set.of(ToothSurface.OCCLUSAL, ToothSurface.DISTAL);
				default -> Set.of(ToothSurface.MESIAL, ToothSurface.OCCLUSAL);
			};
			moment = moment.plus(Duration.ofMinutes(1));
			chart.record(tooth, ToothCondition.CARIES, surfaces, null, moment, doctor);
			chart.diagnose(tooth, icd10.find("K02.1").orElseThrow(), moment.atZone(zone).toLocalDate(),
					moment.atZone(zone).toLocalDate(), null, moment, doctor);
		}
	}

	private static Map<Tooth, Set<ToothSurface>> decayed(DentalChart chart, Instant now) {
		var decayed = new java.util.TreeMap<Tooth, Set<ToothSurface>>();
		chart.asOf(now).teeth().values().forEach(tooth -> {
			var surfaces = java.util.EnumSet.noneOf(ToothSurface.class);
			tooth.surfaces().forEach((surface, condition) -> {
				if (condition == ToothCondition.CARIES) {
					surfaces.add(surface);
				}
			});
			if (!surfaces.isEmpty()) {
				decayed.put(tooth.tooth(), surfaces);
			}
		});
		return decayed;
	}

	private List<TreatmentPlan> plansFor(DentalChart chart, StaffMember doctor, Outcome outcome, Random random) {
		var today = LocalDate.now(clock.withZone(zone));
		var drawnUp = today.minusDays(outcome == Outcome.DRAFT ? 1 : 21);
		var at = drawnUp.atTime(11, 30).atZone(zone).toInstant();
		var by = new Clinician(DemoCharts.DOCTORS.stream().filter(known -> known.fullName().equals(doctor.fullName()))
				.map(Clinician::username).findFirst().orElse("doctor"), doctor.fullName());
		var patient = chart.patient();
		examine(chart, by, at.minus(Duration.ofMinutes(30)), random);
		var decayed = decayed(chart, clock.instant());

		var recommended = draft(patient, "Рекомендуемый", doctor, drawnUp, at, by, "Этап 1. Профессиональная гигиена");
		add(recommended, recommended.stages().get(0).id(), HYGIENE, null, Set.of(), 1, at, by);
		if (!decayed.isEmpty()) {
			var treatment = recommended.addStage("Этап 2. Лечение кариеса", at, by).id();
			add(recommended, treatment, ANAESTHESIA, null, Set.of(), decayed.size(), at, by);
			decayed.forEach((tooth, surfaces) -> add(recommended, treatment, classOf(surfaces), tooth.number(), surfaces, 1, at, by));
		}
		var result = new ArrayList<>(List.of(recommended));
		if (outcome == Outcome.DRAFT) {
			return result;
		}
		recommended.propose(at.plus(Duration.ofMinutes(20)), by);
		var answered = at.plus(Duration.ofDays(outcome == Outcome.PROPOSED ? 0 : 2));
		var frontDesk = new Clinician("admin", "Кузнецова Марина Игоревна");
		switch (outcome) {
			case IN_PROGRESS, ACCEPTED -> recommended.accept(answered, frontDesk);
			case DECLINED -> recommended.decline("Лечение отложено по семейным обстоятельствам", answered, frontDesk);
			default -> {
			}
		}
		if (outcome == Outcome.IN_PROGRESS) {
			var hygiene = recommended.items().get(0).id();
			// done before visits were recorded in ClubStom: no visit to point at
			recommended.markDone(hygiene, new WorkDone(answered.plus(Duration.ofDays(5)), by.username(), null), by);
		}
		if (outcome == Outcome.IN_PROGRESS || outcome == Outcome.PROPOSED) {
			result.add(budget(patient, doctor, drawnUp, at, by, decayed, outcome == Outcome.IN_PROGRESS, frontDesk, answered));
		}
		return result;
	}

	/** The budget alternative: the usual hygiene and glass-ionomer fillings; declined when the patient chose the other. */
	private TreatmentPlan budget(PatientId patient, StaffMember doctor, LocalDate drawnUp, Instant at, Clinician by,
			Map<Tooth, Set<ToothSurface>> decayed, boolean declined, Clinician frontDesk, Instant answered) {
		var plan = draft(patient, "Бюджетный", doctor, drawnUp, at, by, "Этап 1. Санация");
		var stage = plan.stages().get(0).id();
		add(plan, stage, BUDGET_HYGIENE, null, Set.of(), 1, at, by);
		decayed.forEach((tooth, surfaces) -> add(plan, stage, GLASS_IONOMER, tooth.number(), surfaces, 1, at, by));
		plan.propose(at.plus(Duration.ofMinutes(25)), by);
		if (declined) {
			plan.decline("Выбран рекомендуемый вариант", answered, frontDesk);
		}
		return plan;
	}

	private static TreatmentPlan draft(PatientId patient, String title, StaffMember doctor, LocalDate day, Instant at,
			Clinician by, String firstStage) {
		return TreatmentPlan.draft(patient, title, doctor.id(), doctor.fullName(), day, firstStage, at, by);
	}

	/** Adds the service with this code to the stage, when the price list has it. */
	private void add(TreatmentPlan plan, UUID stage, String code, Integer tooth, Set<ToothSurface> surfaces, int quantity,
			Instant at, Clinician by) {
		catalogue.findByCode(code).ifPresent(service -> plan.addItem(stage, service, tooth, surfaces, quantity, null, null, at, by));
	}

	/** Class I (one chewing surface) or class II and up (a contact surface too), as Black classifies cavities. */
	private static String classOf(Set<ToothSurface> surfaces) {
		return surfaces.contains(ToothSurface.MESIAL) || surfaces.contains(ToothSurface.DISTAL) ? FILLING_CLASS_TWO
				: FILLING_CLASS_ONE;
	}

	private StaffMember doctorOf(DentalChart chart, List<StaffMember> doctors) {
		var charted = chart.findings().isEmpty() ? null : chart.findings().get(0).recordedBy().fullName();
		return doctors.stream().filter(doctor -> doctor.fullName().equals(charted)).findFirst().orElse(doctors.get(0));
	}
}
