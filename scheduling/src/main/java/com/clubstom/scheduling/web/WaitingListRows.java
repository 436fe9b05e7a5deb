package com.clubstom.scheduling.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.clubstom.kernel.PhoneNumber;
import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.patients.Patient;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.scheduling.FreedSlot;
import com.clubstom.scheduling.PartOfDay;
import com.clubstom.scheduling.SlotSuggestion;
import com.clubstom.scheduling.WaitingListEntry;
import com.clubstom.scheduling.WantedService;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMember;
import com.clubstom.staff.StaffMemberId;

/**
 * Turns waiting list entries and freed slots into the page's lines: names of patients, doctors and services instead of
 * ids, each looked up once per page.
 */
@Component
class WaitingListRows {

	private final PatientRegistry patients;
	private final StaffDirectory staff;
	private final ServiceCatalogue catalogue;

	WaitingListRows(PatientRegistry patients, StaffDirectory staff, ServiceCatalogue catalogue) {
		this.patients = patients;
		this.staff = staff;
		this.catalogue = catalogue;
	}

	/** One page's lookups: every name is read once however often it appears. */
	Names names() {
		return new Names();
	}

	/** A waiting patient as the list shows them. */
	record Waiting(String id, String patientId, String patientName, String phone, String doctorName, String serviceName,
			LocalDate from, LocalDate until, PartOfDay partOfDay, String note, LocalDate addedOn, String addedBy,
			boolean lapsed) {
	}

	/** A freed slot with the waiting patients it suits. */
	record Freed(LocalDate day, LocalTime start, LocalTime end, String doctorId, String doctorName, String services,
			FreedSlot.Cause cause, List<Waiting> suggested) {
	}

	final class Names {

		private final Map<PatientId, Optional<Patient>> patientsSeen = new HashMap<>();
		private final Map<StaffMemberId, String> doctorsSeen = new HashMap<>();
		private final Map<String, String> servicesSeen = new HashMap<>();
		private final ZoneId zone = staff.clinicZone();

		Waiting waiting(WaitingListEntry entry, LocalDate today) {
			var patient = patientsSeen.computeIfAbsent(entry.patientId(), patients::find);
			return new Waiting(entry.id().toString(), entry.patientId().toString(),
					patient.map(Patient::fullName).orElse("—"), patient.map(Names::phoneOf).orElse("—"),
					entry.doctorId().map(this::doctor).orElse(null), entry.service().map(WantedService::name).orElse(null),
					entry.from(), entry.until(), entry.partOfDay(), entry.note(),
					entry.addedAt().atZone(zone).toLocalDate(), entry.addedByName(), entry.hasLapsedBy(today));
		}

		Freed freed(SlotSuggestion suggestion, LocalDate today) {
			var slot = suggestion.slot();
			var services = String.join(", ", slot.serviceCodes().stream().map(this::service).toList());
			return new Freed(slot.day(), slot.slot().start().toLocalTime(), slot.slot().end().toLocalTime(),
					slot.doctorId().toString(), doctor(slot.doctorId()), services, slot.cause(),
					suggestion.patients().stream().map(entry -> waiting(entry, today)).toList());
		}

		private String doctor(StaffMemberId id) {
			return doctorsSeen.computeIfAbsent(id, key -> staff.find(key).map(StaffMember::fullName).orElse("—"));
		}

		private String service(String code) {
			return servicesSeen.computeIfAbsent(code, key -> catalogue.findByCode(key).map(ClinicalService::name).orElse(key));
		}

		private static String phoneOf(Patient patient) {
			return PhoneNumber.display(patient.details().contacts() == null ? null : patient.details().contacts().phone());
		}
	}
}
