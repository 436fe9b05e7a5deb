package com.clubstom.medicalrecord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

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
import com.clubstom.patients.PatientStatus;

/**
 * The {@code demo} profile's dental charts: for most of the demo patients, two years of check-ups by the demo doctors
 * (caries found and later filled, a root canal crowned, wisdom teeth gone, an implant), with ICD-10 diagnoses, so the
 * chart, its history and its timeline have something to show. The well-known patient Петров Иван Сергеевич always has
 * a chart. Runs only while no chart exists, so restarts keep what was recorded.
 */
@Component
@Profile("demo")
class DemoCharts {

	private static final Logger LOG = LoggerFactory.getLogger(DemoCharts.class);
	private static final long SEED = 20_261_125L;
	private static final int PATIENTS = 160;

	static final List<Clinician> DOCTORS = List.of(new Clinician("doctor", "Орлов Андрей Сергеевич"),
			new Clinician("kim", "Ким Виктор Александрович"), new Clinician("smirnova", "Смирнова Анна Владимировна"));

	private static final int[] CHEWING_TEETH = { 14, 15, 16, 17, 24, 25, 26, 27, 34, 35, 36, 37, 44, 45, 46, 47 };
	private static final int[] WISDOM_TEETH = { 18, 28, 38, 48 };

	private final DentalCharts charts;
	private final PatientRegistry registry;
	private final Icd10 icd10;
	private final Clock clock;
	private final ZoneId zone;

	DemoCharts(DentalCharts charts, PatientRegistry registry, Icd10 icd10, Clock clock,
			@Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId zone) {
		this.charts = charts;
		this.registry = registry;
		this.icd10 = icd10;
		this.clock = clock;
		this.zone = zone;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(30) // after the patients are in
	void chartTheDemoPatients() {
		if (charts.count() > 0) {
			return;
		}
		var random = new Random(SEED);
		var patients = new ArrayList<PatientId>();
		registry.search(PatientSearch.forText("Петров Иван Сергеевич")).items().forEach(found -> patients.add(found.id()));
		registry.search(new PatientSearch("", PatientStatus.ACTIVE, null, PatientSearch.Order.REGISTERED, 0, PatientSearch.LARGEST_PAGE))
				.items().forEach(found -> patients.add(found.id()));
		registry.search(new PatientSearch("", PatientStatus.ACTIVE, null, PatientSearch.Order.REGISTERED, 1, PatientSearch.LARGEST_PAGE))
				.items().forEach(found -> patients.add(found.id()));
		var charted = patients.stream().distinct().limit(PATIENTS)
				.filter(patient -> patients.indexOf(patient) == 0 || random.nextInt(10) < 7)
				.map(patient -> chartOf(patient, random)).toList();
		charts.saveAll(charted);
		LOG.info("Demo data: {} dental charts with {} findings", charted.size(),
				charted.stream().mapToInt(chart -> chart.findings().size()).sum());
	}

	/** Two years of a patient's mouth: a first examination, then a few treatment visits and check-ups. */
	private DentalChart chartOf(PatientId patient, Random random) {
		var chart = DentalChart.of(patient);
		var today = LocalDate.now(clock.withZone(zone));
		var doctor = DOCTORS.get(random.nextInt(DOCTORS.size()));
		var examined = today.minusDays(90 + random.nextInt(600));
		var visit = new Visit(chart, doctor, moment(examined, 10, random), today);

		for (int wisdom : WISDOM_TEETH) {
			if (random.nextInt(3) == 0) {
				visit.find(wisdom, ToothCondition.MISSING);
			}
		}
		var decayed = new ArrayList<Integer>();
		for (int i = 0; i < 1 + random.nextInt(4); i++) {
			int tooth = CHEWING_TEETH[random.nextInt(CHEWING_TEETH.length)];
			if (!decayed.contains(tooth)) {
				decayed.add(tooth);
				visit.find(tooth, ToothCondition.CARIES, surfacesOf(random));
				visit.diagnose(tooth, random.nextInt(4) == 0 ? "K02.2" : "K02.1");
			}
		}
		if (random.nextInt(3) == 0) {
			int tooth = CHEWING_TEETH[random.nextInt(CHEWING_TEETH.length)];
			visit.find(tooth, ToothCondition.FILLING, Set.of(ToothSurface.OCCLUSAL, ToothSurface.DISTAL));
			visit.find(tooth, ToothCondition.ROOT_CANAL_TREATED);
			visit.find(tooth, ToothCondition.CROWN);
		}
		if (random.nextInt(4) == 0) {
			visit.diagnoseMouth("K05.1");
		}

		// treatment: every caries filled within a few weeks, one at a visit
		var day = examined;
		for (int tooth : decayed) {
			day = day.plusDays(7 + random.nextInt(21));
			if (day.isAfter(today.minusDays(1))) {
				break; // still to be treated
			}
			visit = new Visit(chart, doctor, moment(day, 9 + random.nextInt(8), random), today);
			var surfaces = chart.asOf(visit.at).of(Tooth.of(tooth)).surfaces().keySet();
			visit.find(tooth, ToothCondition.FILLING, surfaces);
		}
		if (random.nextInt(6) == 0 && day.plusDays(60).isBefore(today)) {
			visit = new Visit(chart, DOCTORS.get(1), moment(day.plusDays(60), 12, random), today);
			visit.find(46, ToothCondition.IMPLANT);
			visit.find(46, ToothCondition.CROWN);
		}
		return chart;
	}

	private Instant moment(LocalDate day, int hour, Random random) {
		return day.atTime(hour, random.nextInt(4) * 15).atZone(zone).toInstant();
	}

	private static Set<ToothSurface> surfacesOf(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> Set.of(ToothSurface.OCCLUSAL);
			case 1 -> Set.of(ToothSurface.OCCLUSAL, ToothSurface.MESIAL);
			case 2 -> Set.of(ToothSurface.DISTAL);
			default -> Set.of(ToothSurface.VESTIBULAR);
		};
	}

	/** The entries of one sitting, a minute apart, by one doctor. */
	private final class Visit {

		private final DentalChart chart;
		private final Clinician doctor;
		private final LocalDate today;
		private Instant at;

		Visit(DentalChart chart, Clinician doctor, Instant at, LocalDate today) {
			this.chart = chart;
			this.doctor = doctor;
			this.at = at;
			this.today = today;
		}

		void find(int tooth, ToothCondition condition) {
			find(tooth, condition, Set.of());
		}

		void find(int tooth, ToothCondition condition, Set<ToothSurface> surfaces) {
			chart.record(Tooth.of(tooth), condition, surfaces, null, next(), doctor);
		}

		void diagnose(int tooth, String code) {
			var made = next();
			chart.diagnose(Tooth.of(tooth), icd10.find(code).orElseThrow(), made.atZone(zone).toLocalDate(), today, null, made, doctor);
		}

		void diagnoseMouth(String code) {
			var made = next();
			chart.diagnose(null, icd10.find(code).orElseThrow(), made.atZone(zone).toLocalDate(), today, null, made, doctor);
		}

		private Instant next() {
			at = at.plus(Duration.ofMinutes(1));
			return at;
		}
	}
}
