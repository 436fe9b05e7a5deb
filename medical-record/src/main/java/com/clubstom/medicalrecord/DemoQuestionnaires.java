package com.clubstom.medicalrecord;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;
import com.clubstom.patients.PatientSummary;

/**
 * The {@code demo} profile's medical questionnaires ({@link SampleAnamneses}) for the demo patients, recorded by the demo
 * doctor and assistant over the years. Runs after the patients context's demo registry (order 20) and only while no
 * questionnaire is on file, so restarts keep what was recorded.
 */
@Component
@Profile("demo")
@Order(30)
class DemoQuestionnaires implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoQuestionnaires.class);
	static final long SEED = 20_261_125L;

	private final MedicalQuestionnaires questionnaires;
	private final PatientRegistry registry;
	private final TransactionOperations transactions;
	private final Clock clock;
	private final ZoneId zone;

	DemoQuestionnaires(MedicalQuestionnaires questionnaires, PatientRegistry registry, TransactionOperations transactions,
			Clock clock, @Value("${clubstom.clinic.time-zone:Europe/Moscow}") ZoneId zone) {
		this.questionnaires = questionnaires;
		this.registry = registry;
		this.transactions = transactions;
		this.clock = clock;
		this.zone = zone;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (questionnaires.count() > 0) {
			return;
		}
		var samples = new SampleAnamneses(SEED, zone);
		var now = ZonedDateTime.now(clock.withZone(zone));
		var filled = new ArrayList<MedicalQuestionnaire>();
		for (var patient : everyPatient()) {
			samples.questionnaireOf(patient, now).ifPresent(filled::add);
		}
		// one transaction for all, so the events are published like a recording's
		transactions.executeWithoutResult(status -> questionnaires.saveAll(filled));
		LOG.info("Demo data: recorded medical questionnaires of {} patients", filled.size());
	}

	/** Every patient on file, active and archived, by name. */
	private List<PatientSummary> everyPatient() {
		var everyone = new ArrayList<PatientSummary>();
		for (int page = 0;; page++) {
			var matches = registry.search(new PatientSearch("", null, null, PatientSearch.Order.NAME, page,
					PatientSearch.LARGEST_PAGE));
			everyone.addAll(matches.items());
			if (!matches.hasNext()) {
				return everyone;
			}
		}
	}
}
