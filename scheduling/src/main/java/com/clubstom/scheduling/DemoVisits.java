package com.clubstom.scheduling;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.ChartOutcomes;
import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.ClinicalVisits;
import com.clubstom.medicalrecord.NoteSection;
import com.clubstom.medicalrecord.NoteTemplate;
import com.clubstom.medicalrecord.NoteTemplateLibrary;
import com.clubstom.medicalrecord.ProcedureRequest;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ToothCondition;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.medicalrecord.VisitNotes;

/**
 * The {@code demo} profile's clinical visits: completed demo appointments (the latest ones, then a spread over the
 * clinic's history) get the visit that was held, with
 * the booked services done (those on teeth on a lower molar, fillings on its chewing surface), notes from the clinic's
 * templates, and completion, so their charts, the card's "Visits" tab and everything listening to {@code VisitCompleted}
 * have a history; patients seated in the chair today have their visit open. Runs after the demo appointments, once.
 */
@Component
@Profile("demo")
class DemoVisits {

	private static final Logger LOG = LoggerFactory.getLogger(DemoVisits.class);
	/** Enough for a lived-in demo; each one is a transaction writing the chart too. */
	static final int COMPLETED = 90;
	/** The latest ones are all held (this week's desk sees them); the older ones are spread over the clinic's history. */
	private static final int LATEST = 30;
	private static final int[] MOLARS = { 36, 46, 37, 47, 26, 16 };

	private final Appointments appointments;
	private final Scheduling scheduling;
	private final ClinicalVisits visits;
	private final ServiceCatalogue catalogue;
	private final NoteTemplateLibrary templates;

	DemoVisits(Appointments appointments, Scheduling scheduling, ClinicalVisits visits, ServiceCatalogue catalogue,
			NoteTemplateLibrary templates) {
		this.appointments = appointments;
		this.scheduling = scheduling;
		this.visits = visits;
		this.catalogue = catalogue;
		this.templates = templates;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(45) // after the demo appointments (order 40)
	void seed() {
		if (visits.anyOnRecord()) {
			return;
		}
		var started = System.nanoTime();
		var today = scheduling.today();
		var completed = appointments.findByDayBetweenOrderByStartAsc(today.minusWeeks(DemoAppointments.HISTORY_WEEKS), today)
				.stream().filter(appointment -> appointment.status() == AppointmentStatus.COMPLETED)
				.sorted(Comparator.comparing(Appointment::day).reversed()).toList();
		var held = spread(completed);
		held.forEach(appointment -> hold(appointment, true));
		appointments.findByDayAndStatusIn(today, List.of(AppointmentStatus.IN_CHAIR)).forEach(appointment -> hold(appointment, false));
		LOG.info("Demo visits: {} completed, held in {} ms", held.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/** All of the latest {@value #LATEST}, then every n-th of the older ones, {@value #COMPLETED} in all. */
	static List<Appointment> spread(List<Appointment> latestFirst) {
		if (latestFirst.size() <= COMPLETED) {
			return latestFirst;
		}
		var older = latestFirst.subList(LATEST, latestFirst.size());
		var step = (double) older.size() / (COMPLETED - LATEST);
		var held = new java.util.ArrayList<>(latestFirst.subList(0, LATEST));
		for (int index = 0; index < COMPLETED - LATEST; index++) {
			held.add(older.get((int) (index * step)));
		}
		return held;
	}

	private void hold(Appointment appointment, boolean complete) {
		var visit = visits.openForAppointment(appointment.id().value(), appointment.patientId(), appointment.doctorId(),
				appointment.day(), appointment.services().stream().map(service -> new ClinicalServiceId(service.serviceId())).toList());
		var tooth = MOLARS[Math.floorMod(appointment.patientId().value().hashCode(), MOLARS.length)];
		var filling = false;
		for (var booked : appointment.services()) {
			var service = catalogue.find(new ClinicalServiceId(booked.serviceId())).orElse(null);
			if (service == null || !service.perTooth()) {
				continue;
			}
			var onSurface = ChartOutcomes.of(service.code()).filter(ToothCondition::needsSurfaces).isPresent();
			filling |= onSurface;
			var current = visits.find(visit.id()).orElseThrow();
			visits.addProcedure(visit.id(), current.version(), new ProcedureRequest(service.id(), tooth,
					onSurface ? Set.of(ToothSurface.OCCLUSAL) : Set.of(), 1, null, null, null));
		}
		var current = visits.find(visit.id()).orElseThrow();
		visits.writeNotes(visit.id(), current.version(), notes(filling));
		if (complete && !visits.find(visit.id()).orElseThrow().current().isEmpty()) {
			visits.complete(visit.id(), visits.find(visit.id()).orElseThrow().version());
		}
	}

	/** The clinic's wording: a caries visit's when a filling was placed, a check-up's otherwise. */
	private VisitNotes notes(boolean filling) {
		var offered = templates.offered();
		return new VisitNotes(text(offered.get(NoteSection.COMPLAINTS), filling ? "Кариес" : "Профилактический осмотр"),
				filling ? text(offered.get(NoteSection.ANAMNESIS), "Кариес") : null,
				text(offered.get(NoteSection.OBJECTIVE), filling ? "Кариес дентина" : "Без патологии"),
				filling ? text(offered.get(NoteSection.TREATMENT), "Лечение кариеса (композит)") : null,
				filling ? text(offered.get(NoteSection.RECOMMENDATIONS), "После пломбирования") : null);
	}

	private static String text(List<NoteTemplate> section, String title) {
		return section.stream().filter(template -> template.title().equals(title)).map(NoteTemplate::text).findFirst()
				.orElse(null);
	}
}
