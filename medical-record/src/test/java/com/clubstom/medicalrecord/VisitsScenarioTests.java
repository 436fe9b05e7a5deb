package com.clubstom.medicalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import com.clubstom.kernel.Money;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Position;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.StaffMemberId;

/**
 * A visit from opening to completion: the procedures priced from the catalogue, {@link VisitCompleted} published once with
 * the amounts finance charges, the chart showing what was done, and amendments announced on their own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(DoctorAtTheChair.class)
class VisitsScenarioTests {

	@Autowired ClinicalVisits visits;
	@Autowired ServiceCatalogue catalogue;
	@Autowired Charting charting;
	@Autowired PatientRegistry registry;
	@Autowired StaffDirectory staff;
	@Autowired TreatmentPlans plans;

	private StaffMemberId aDoctor() {
		return staff.hire(new StaffMemberDetails("Орлов", "Андрей", "Сергеевич", Position.DOCTOR, Set.of(Specialisation.THERAPIST),
				null, null, new CalendarColour("#3B5BDB"), null, null, null));
	}

	private ClinicalServiceId service(String code, String name, boolean perTooth, long roubles) {
		return catalogue.findByCode(code).map(ClinicalService::id)
				.orElseGet(() -> catalogue.add(new ServiceDetails(name, code, ServiceCategory.THERAPY, 30, perTooth),
						catalogue.today(), Money.roubles(roubles)));
	}

	private ClinicalServiceId filling() {
		return service("A16.07.002.001", "Восстановление зуба пломбой I, V класс (световой композит)", true, 6500);
	}

	private ClinicalServiceId consultation() {
		return service("B01.065.001", "Приём врача-стоматолога первичный", false, 2000);
	}

	private Visit aVisitWithAFillingOn36(PatientId patient, UUID appointment) {
		var visit = visits.openForAppointment(appointment, patient, aDoctor(), visits.today(), List.of(consultation(), filling()));
		visits.addProcedure(visit.id(), visit.version(),
				new ProcedureRequest(filling(), 36, Set.of(ToothSurface.OCCLUSAL), 1, "10 %", null, null));
		return visits.find(visit.id()).orElseThrow();
	}

	@Test
	void openingForAnAppointmentPrefillsTheBookedServicesThatNeedNoToothAndHappensOnce() {
		var patient = PatientsInTheChair.anAdult(registry, "Записанов");
		var appointment = UUID.randomUUID();
		var doctor = aDoctor();

		var opened = visits.openForAppointment(appointment, patient, doctor, visits.today(), List.of(consultation(), filling()));
		var again = visits.openForAppointment(appointment, patient, doctor, visits.today(), List.of(consultation(), filling()));

		assertThat(again.id()).isEqualTo(opened.id());
		assertThat(opened.current()).extracting(Procedure::code).containsExactly("B01.065.001");
		assertThat(opened.doctor().name()).isEqualTo("Орлов Андрей Сергеевич");
	}

	@Test
	void completingPublishesTheProceduresWithPricesAndDiscountsAndChartsTheFilling(Scenario scenario) {
		var patient = PatientsInTheChair.anAdult(registry, "Пломбов");
		var appointment = UUID.randomUUID();
		var visit = aVisitWithAFillingOn36(patient, appointment);

		scenario.stimulate(() -> visits.complete(visit.id(), visit.version()))
				.andWaitForEventOfType(VisitCompleted.class)
				.matching(completed -> completed.visitId().equals(visit.id().value()))
				.toArriveAndVerify(completed -> {
					assertThat(completed.appointmentId()).isEqualTo(appointment);
					assertThat(completed.patientId()).isEqualTo(patient.value());
					assertThat(completed.doctorId()).isEqualTo(visit.doctor().staffMemberId());
					assertThat(completed.by()).isEqualTo("orlov");
					assertThat(completed.procedures()).extracting(PerformedProcedure::code)
							.containsExactly("B01.065.001", "A16.07.002.001");
					var filling = completed.procedures().get(1);
					assertThat(filling.tooth()).isEqualTo(36);
					assertThat(filling.surfaces()).isEqualTo("O");
					assertThat(filling.unitPrice()).isEqualTo(Money.roubles(6500));
					assertThat(filling.discount()).isEqualTo(Money.roubles(650));
					assertThat(filling.total()).isEqualTo(Money.roubles(5850));
					assertThat(completed.procedures().get(0).total()).isEqualTo(Money.roubles(2000));
				});

		var tooth = charting.chartOf(patient).asOf(charting.now()).of(Tooth.of(36));
		assertThat(tooth.on(ToothSurface.OCCLUSAL)).contains(ToothCondition.FILLING);
		assertThat(visits.find(visit.id()).orElseThrow().status()).isEqualTo(VisitStatus.COMPLETED);
	}

	@Test
	void aVisitIsCompletedAndAnnouncedOnlyOnce(AssertablePublishedEvents events) {
		var patient = PatientsInTheChair.anAdult(registry, "Дважды");
		var visit = aVisitWithAFillingOn36(patient, UUID.randomUUID());
		visits.complete(visit.id(), visit.version());
		var completed = visits.find(visit.id()).orElseThrow();

		assertThatExceptionOfType(InvalidVisitException.class).isThrownBy(() -> visits.complete(visit.id(), completed.version()));
		assertThatExceptionOfType(InvalidVisitException.class).isThrownBy(() -> visits.addProcedure(visit.id(),
				completed.version(), new ProcedureRequest(consultation(), null, Set.of(), 1, null, null, null)));

		assertThat(events.ofType(VisitCompleted.class).matching(event -> event.visitId().equals(visit.id().value())))
				.hasSize(1);
	}

	@Test
	void aChangeFromAnOutdatedPageIsRefusedSoNothingIsOverwritten() {
		var patient = PatientsInTheChair.anAdult(registry, "Устаревший");
		var visit = aVisitWithAFillingOn36(patient, UUID.randomUUID());
		visits.writeNotes(visit.id(), visit.version(), new VisitNotes("боль от холодного", null, null, null, null));

		assertThatExceptionOfType(VisitChangedMeanwhileException.class).isThrownBy(() -> visits.writeNotes(visit.id(),
				visit.version(), new VisitNotes("жалоб нет", null, null, null, null)));
		assertThat(visits.find(visit.id()).orElseThrow().notes().complaints()).isEqualTo("боль от холодного");
	}

	@Test
	void aPerToothServiceNeedsItsToothAndAFillingItsSurfaces() {
		var patient = PatientsInTheChair.anAdult(registry, "Беззубов");
		var visit = visits.openDirectly(patient, aDoctor());

		assertThatExceptionOfType(InvalidVisitException.class)
				.isThrownBy(() -> visits.addProcedure(visit.id(), visit.version(),
						new ProcedureRequest(filling(), null, Set.of(), 1, null, null, null)))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new Violation("tooth", "visit.procedure.tooth.required")));
		assertThatExceptionOfType(InvalidVisitException.class)
				.isThrownBy(() -> visits.addProcedure(visit.id(), visit.version(),
						new ProcedureRequest(filling(), 36, Set.of(), 1, "200 %", null, null)))
				.satisfies(refused -> assertThat(refused.violations())
						.containsExactly(new Violation("discount", "visit.procedure.discount.invalid")));
	}

	@Test
	void anAmendmentIsAnnouncedWithWhatItAddsAndWithdraws(Scenario scenario) {
		var patient = PatientsInTheChair.anAdult(registry, "Исправленов");
		var visit = aVisitWithAFillingOn36(patient, UUID.randomUUID());
		visits.complete(visit.id(), visit.version());
		var completed = visits.find(visit.id()).orElseThrow();
		var consultation = completed.current().get(0);

		scenario.stimulate(() -> visits.amend(visit.id(), completed.version(), "консультация не проводилась", null, List.of(),
				Set.of(consultation.id())))
				.andWaitForEventOfType(VisitAmended.class)
				.matching(amended -> amended.visitId().equals(visit.id().value()))
				.toArriveAndVerify(amended -> {
					assertThat(amended.reason()).isEqualTo("консультация не проводилась");
					assertThat(amended.withdrawn()).extracting(PerformedProcedure::total).containsExactly(Money.roubles(2000));
					assertThat(amended.added()).isEmpty();
				});
		assertThat(visits.find(visit.id()).orElseThrow().total()).isEqualTo(Money.roubles(5850));
	}

	@Test
	void plannedWorkIsDoneAtThePriceAgreedInThePlanAndTheItemIsMarkedDone(Scenario scenario) {
		var patient = PatientsInTheChair.anAdult(registry, "Планов");
		var doctor = aDoctor();
		var plan = plans.draft(patient, "Рекомендуемый", doctor, "Санация", List.of(new NewPlanItem(filling(), 36,
				Set.of(ToothSurface.OCCLUSAL, ToothSurface.DISTAL), 1, Discount.amount(Money.roubles(500)), null)));
		plans.propose(plan, plans.find(patient, plan).orElseThrow().version());
		plans.accept(plan, plans.find(patient, plan).orElseThrow().version());
		var visit = visits.openDirectly(patient, doctor);
		var work = visits.plannedWorkFor(visit).get(0);

		visits.addProcedure(visit.id(), visit.version(), new ProcedureRequest(work.service(), work.tooth(), work.surfaces(),
				work.quantity(), null, null, work.itemId()));
		var recorded = visits.find(visit.id()).orElseThrow();
		assertThat(recorded.current()).singleElement().satisfies(line -> {
			assertThat(line.total()).isEqualTo(Money.roubles(6000));
			assertThat(line.planItemId()).isEqualTo(work.itemId());
		});
		assertThat(visits.plannedWorkFor(recorded)).isEmpty();

		scenario.stimulate(() -> visits.complete(visit.id(), recorded.version()))
				.andWaitForStateChange(() -> plans.find(patient, plan).orElseThrow().status(),
						status -> status == PlanStatus.COMPLETED)
				.andVerify(status -> assertThat(plans.outstandingWorkOf(patient)).isEmpty());
	}
}
