package com.clubstom.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;
import com.clubstom.patients.PatientStatus;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;

/**
 * The {@code demo} profile's waiting list: a handful of patients put on it by the administrator over the last days,
 * waiting for the demo doctors (Орлов, Ким, Смирнова), for a hygiene or a filling, mornings or evenings. Runs after the
 * staff, the patients and the price list are in, and only while the list is empty, so restarts keep what was changed.
 */
@Component
@Profile("demo")
class DemoWaitingList {

	private static final Logger LOG = LoggerFactory.getLogger(DemoWaitingList.class);
	private static final String ADMIN = "admin";
	private static final String ADMIN_NAME = "Кузнецова Марина Игоревна";

	private final WaitingListEntries entries;
	private final PatientRegistry patients;
	private final StaffDirectory staff;
	private final ServiceCatalogue catalogue;
	private final Clock clock;

	DemoWaitingList(WaitingListEntries entries, PatientRegistry patients, StaffDirectory staff, ServiceCatalogue catalogue,
			Clock clock) {
		this.entries = entries;
		this.patients = patients;
		this.staff = staff;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(50) // after the demo staff, patients (start-up runners) and the price list (order 10)
	void seed() {
		if (entries.count() > 0) {
			return;
		}
		var doctors = staff.catalogue(StaffCatalogueQuery.everyoneCurrent()).stream()
				.filter(member -> member.position().isDoctor()).toList();
		var people = patients.search(new PatientSearch("", PatientStatus.ACTIVE, null, PatientSearch.Order.REGISTERED, 0, 12))
				.items().stream().map(found -> found.id()).toList();
		if (doctors.isEmpty() || people.size() < 6) {
			return;
		}
		var orlov = doctor(doctors, "Орлов", 0);
		var kim = doctor(doctors, "Ким", 1);
		var smirnova = doctor(doctors, "Смирнова", 2);
		var today = staff.today();
		var petrov = patients.search(PatientSearch.forText("Петров Иван Сергеевич")).items().stream().findFirst()
				.map(found -> found.id()).orElse(people.get(0));
		// a service-only wish needs its service; without the price list it waits for a doctor instead
		var hygiene = service("A16.07.051");
		var added = List.of(
				entry(petrov, orlov, null, today, today.plusWeeks(2), PartOfDay.MORNING, "Может прийти за час до приёма", 6),
				entry(people.get(1), hygiene == null ? kim : null, hygiene, today, null, PartOfDay.EVENING, "После работы, с 18:00", 5),
				entry(people.get(2), kim, null, today, today.plusWeeks(3), PartOfDay.ANY, null, 4),
				entry(people.get(3), smirnova, service("A16.07.002.001"), today.plusDays(2), today.plusWeeks(4),
						PartOfDay.AFTERNOON, "Болит 36, просит пораньше", 3),
				entry(people.get(4), orlov, null, today, null, PartOfDay.ANY, "Любое время, живёт рядом", 2),
				entry(people.get(5), kim, service("B01.065.002"), today, today.plusWeeks(1), PartOfDay.MORNING, null, 1));
		entries.saveAll(added);
		LOG.info("Demo data: {} patients on the waiting list", added.size());
	}

	private WaitingListEntry entry(PatientId patient, StaffMemberId doctor, WantedService service, LocalDate from,
			LocalDate until, PartOfDay partOfDay, String note, int daysAgo) {
		var at = clock.instant().minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(37L * daysAgo));
		return WaitingListEntry.add(patient, doctor, service, from, until, partOfDay, note, at, ADMIN, ADMIN_NAME);
	}

	/** A service of the demo price list; {@code null} when it is not there (the entry then wants its doctor only). */
	private WantedService service(String code) {
		return catalogue.findByCode(code).map(found -> new WantedService(found.id().value(), found.code(), found.name()))
				.orElse(null);
	}

	private static StaffMemberId doctor(List<StaffMember> doctors, String lastName, int fallback) {
		return doctors.stream().filter(member -> member.fullName().startsWith(lastName + " ")).findFirst()
				.or(() -> Optional.of(doctors.get(fallback % doctors.size()))).map(StaffMember::id).orElseThrow();
	}
}
