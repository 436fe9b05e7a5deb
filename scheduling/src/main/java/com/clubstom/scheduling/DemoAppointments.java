package com.clubstom.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;
import com.clubstom.patients.PatientStatus;
import com.clubstom.patients.PatientSummary;
import com.clubstom.staff.Chair;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.WorkingHours;

/**
 * The {@code demo} profile's appointment book: ten weeks back and three weeks ahead of today for every demo doctor,
 * in their hours and chairs, for the demo patients, with the catalogue's services ({@link DemoAppointmentPlan}).
 * Written straight to MongoDB in one batch, like history imported from an earlier system: no transactions, no events
 * (reminders and reports need not hear of months at once), no audit. Runs after the demo services, chairs and hours
 * are in (orders 10 and 20) and only while no appointment exists, so restarts keep what was booked.
 */
@Component
@Profile("demo")
class DemoAppointments {

	private static final Logger LOG = LoggerFactory.getLogger(DemoAppointments.class);
	static final long SEED = 20_261_126L;
	/** How far ahead the book is filled. */
	static final int WEEKS = 3;
	/** How far back the clinic's history goes: months, so that finance and reports have seasons to show. */
	static final int HISTORY_WEEKS = 10;
	static final String WELL_KNOWN_PATIENT = "Петров Иван Сергеевич";
	private static final int CHILDREN_UNDER = 16;

	/** specialisation | minutes | service codes (the demo price list's); a kind whose code is missing is left out. */
	static final String VISITS = """
			THERAPIST|30|B01.065.001
			THERAPIST|45|B01.065.002,A06.07.003
			THERAPIST|60|B01.003.004.004,A16.07.002.001
			THERAPIST|90|B01.003.004.004,A16.07.002.002
			THERAPIST|90|B01.003.004.002,A16.07.030.001,A16.07.008.002
			THERAPIST|60|A16.07.030.003,A16.07.002.009
			PERIODONTIST|30|B01.065.002,A12.07.003
			PERIODONTIST|60|A16.07.039,A22.07.001
			PERIODONTIST|90|B01.003.004.004,A16.07.040
			SURGEON|30|B01.067.001
			SURGEON|45|B01.003.004.004,A16.07.001.002
			SURGEON|60|B01.003.004.002,A16.07.001.003
			SURGEON|90|B01.003.004.002,A16.07.024
			SURGEON|30|A16.07.013
			IMPLANTOLOGIST|30|B01.067.001,A06.07.004
			IMPLANTOLOGIST|90|B01.003.004.004,A16.07.054
			IMPLANTOLOGIST|90|B01.003.004.004,A16.07.054.001
			IMPLANTOLOGIST|30|A16.07.054.002
			ORTHOPAEDIST|30|B01.066.001
			ORTHOPAEDIST|60|A02.07.010.001,A16.07.004.003
			ORTHOPAEDIST|60|A16.07.004.001
			ORTHOPAEDIST|30|A16.07.049
			ORTHOPAEDIST|60|A16.07.003.002
			ORTHODONTIST|45|B01.063.001
			ORTHODONTIST|30|A16.07.048
			ORTHODONTIST|30|A16.07.048,A16.07.025
			ORTHODONTIST|45|A02.07.006,A02.07.010
			ORTHODONTIST|45|A23.07.002.027
			PAEDIATRIC_DENTIST|30|B01.064.003
			PAEDIATRIC_DENTIST|45|A11.07.022,A16.07.002.011
			PAEDIATRIC_DENTIST|30|A16.07.057.001
			PAEDIATRIC_DENTIST|45|A11.07.022,A16.07.009.001
			PAEDIATRIC_DENTIST|30|A11.07.013,A13.30.007
			HYGIENIST|60|A16.07.051
			HYGIENIST|75|A16.07.051.001
			HYGIENIST|90|A16.07.051.001,A13.30.007
			HYGIENIST|60|A16.07.050
			HYGIENIST|45|A12.07.003,A13.30.007,A11.07.012
			""";

	private final Appointments appointments;
	private final MongoTemplate mongo;
	private final Scheduling scheduling;
	private final StaffDirectory staff;
	private final WorkingHours hours;
	private final Chairs chairs;
	private final PatientRegistry patients;
	private final ServiceCatalogue catalogue;

	DemoAppointments(Appointments appointments, MongoTemplate mongo, Scheduling scheduling, StaffDirectory staff,
			WorkingHours hours, Chairs chairs, PatientRegistry patients, ServiceCatalogue catalogue) {
		this.appointments = appointments;
		this.mongo = mongo;
		this.scheduling = scheduling;
		this.staff = staff;
		this.hours = hours;
		this.chairs = chairs;
		this.patients = patients;
		this.catalogue = catalogue;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(40) // after the demo price list (order 10), chairs and working hours (order 20)
	void seed() {
		if (appointments.count() > 0) {
			return;
		}
		var started = System.nanoTime();
		var today = scheduling.today();
		var plan = new DemoAppointmentPlan(SEED + today.toEpochDay(), doctors(), chairs.active().stream().map(Chair::id).toList(),
				demoPatients(), visits(), wellKnownPatient().orElse(null), scheduling.now(), scheduling.zone());
		var book = plan.between(today.minusWeeks(HISTORY_WEEKS), today.plusWeeks(WEEKS));
		if (book.isEmpty()) {
			return; // no doctors with hours, no patients or no services: the owner's own clinic, left alone
		}
		try {
			mongo.insert(book, Appointment.class);
		}
		catch (DuplicateKeyException anotherNodeWasFaster) {
			// seeded concurrently by another node: the same ids, nothing to do
			return;
		}
		LOG.info("Demo data: {} appointments from {} to {} in {} ms", book.size(), today.minusWeeks(HISTORY_WEEKS),
				today.plusWeeks(WEEKS), (System.nanoTime() - started) / 1_000_000);
	}

	private List<DemoAppointmentPlan.Doctor> doctors() {
		var team = staff.catalogue(StaffCatalogueQuery.everyoneCurrent()).stream()
				.filter(member -> member.position().isDoctor()).toList();
		var schedules = hours.schedulesOf(team.stream().map(StaffMember::id).toList());
		return team.stream().map(member -> new DemoAppointmentPlan.Doctor(member.id(), member.details().specialisations(),
				schedules.get(member.id())::on)).toList();
	}

	private List<DemoAppointmentPlan.Patient> demoPatients() {
		var today = scheduling.today();
		var everyone = new ArrayList<DemoAppointmentPlan.Patient>();
		for (int page = 0;; page++) {
			var matches = patients.search(new PatientSearch("", PatientStatus.ACTIVE, null, PatientSearch.Order.NAME, page,
					PatientSearch.LARGEST_PAGE));
			for (PatientSummary patient : matches.items()) {
				var child = patient.birthDate() != null && patient.birthDate().plusYears(CHILDREN_UNDER).isAfter(today);
				everyone.add(new DemoAppointmentPlan.Patient(patient.id(), child));
			}
			if (!matches.hasNext()) {
				return everyone;
			}
		}
	}

	private Optional<PatientId> wellKnownPatient() {
		return patients.search(PatientSearch.forText(WELL_KNOWN_PATIENT)).items().stream()
				.filter(found -> found.fullName().equals(WELL_KNOWN_PATIENT)).map(PatientSummary::id).findFirst();
	}

	/** The kinds of visits of {@link #VISITS} whose services are all in the catalogue, with their names as listed. */
	private List<DemoAppointmentPlan.Visit> visits() {
		var kinds = new ArrayList<DemoAppointmentPlan.Visit>();
		for (var line : VISITS.strip().split("\n")) {
			var columns = line.strip().split("\\|");
			var services = Arrays.stream(columns[2].split(",")).map(catalogue::findByCode).flatMap(Optional::stream)
					.filter(service -> service.isActive())
					.map(service -> new BookedService(service.id().value(), service.code(), service.name(), service.durationMinutes()))
					.toList();
			if (services.size() == columns[2].split(",").length) {
				kinds.add(new DemoAppointmentPlan.Visit(Specialisation.valueOf(columns[0]), Integer.parseInt(columns[1]), services));
			}
		}
		return kinds;
	}
}
