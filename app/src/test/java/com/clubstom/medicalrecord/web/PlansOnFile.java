package com.clubstom.medicalrecord.web;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.clubstom.kernel.Money;
import com.clubstom.medicalrecord.ClinicalServiceId;
import com.clubstom.medicalrecord.NewPlanItem;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.medicalrecord.ServiceCategory;
import com.clubstom.medicalrecord.ServiceDetails;
import com.clubstom.medicalrecord.ToothSurface;
import com.clubstom.medicalrecord.TreatmentPlanId;
import com.clubstom.medicalrecord.TreatmentPlans;
import com.clubstom.patients.PatientId;
import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Position;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffMemberDetails;
import com.clubstom.staff.StaffMemberId;

/**
 * Test fixture: services of the catalogue priced from the new year (each with a code of its own), a doctor on the staff,
 * and plans made straight through {@link TreatmentPlans}, so page tests start from "a patient with a proposed plan".
 */
@Component
public class PlansOnFile {

	private static final AtomicInteger NEXT_CODE = new AtomicInteger(100);

	private final ServiceCatalogue catalogue;
	private final TreatmentPlans plans;
	private final StaffDirectory staff;

	PlansOnFile(ServiceCatalogue catalogue, TreatmentPlans plans, StaffDirectory staff) {
		this.catalogue = catalogue;
		this.plans = plans;
		this.staff = staff;
	}

	/** A filling done per tooth at 6 500 ₽, named as the demo price list names it, with a code no other test uses. */
	public ClinicalServiceId aFilling() {
		return aService("Пломба из светоотверждаемого композита", true, "6500");
	}

	/**
	 * The nomenclature's composite restoration (A16.07.002.001) at 6 500 ₽: its code tells the chart it leaves a filling.
	 * One per catalogue, so it is found when an earlier test added it.
	 */
	public ClinicalServiceId aCompositeRestoration() {
		return catalogue.findByCode("A16.07.002.001").map(service -> service.id())
				.orElseGet(() -> catalogue.add(new ServiceDetails("Восстановление зуба пломбой (световой композит)", "A16.07.002.001",
						ServiceCategory.THERAPY, 60, true), catalogue.today().withDayOfYear(1), Money.of("6500")));
	}

	/** Professional hygiene, for the whole mouth, at 7 500 ₽. */
	public ClinicalServiceId aHygiene() {
		return aService("Профессиональная гигиена полости рта", false, "7500");
	}

	public ClinicalServiceId aService(String name, boolean perTooth, String price) {
		var code = String.format("A16.%02d.%03d", 50 + (int) (ProcessHandle.current().pid() % 49), NEXT_CODE.incrementAndGet() % 1000);
		return catalogue.add(new ServiceDetails(name, code, ServiceCategory.THERAPY, 60, perTooth),
				catalogue.today().withDayOfYear(1), Money.of(price));
	}

	public StaffMemberId aDoctor(String lastName) {
		return staff.hire(new StaffMemberDetails(lastName, "Андрей", "Сергеевич", Position.DOCTOR, Set.of(Specialisation.THERAPIST),
				null, null, new CalendarColour("#0D7680"), null, null, null));
	}

	/** A draft "Рекомендуемый" by {@code doctor}: a filling on 36 (occlusal) in its first stage. */
	public TreatmentPlanId aDraftWithAFillingOn36(PatientId patient, StaffMemberId doctor, ClinicalServiceId filling) {
		return plans.draft(patient, "Рекомендуемый", doctor, "Этап 1. Санация",
				List.of(new NewPlanItem(filling, 36, Set.of(ToothSurface.OCCLUSAL), 1, null, null)));
	}

	/** The same plan, proposed to the patient. */
	public TreatmentPlanId aProposedPlan(PatientId patient, StaffMemberId doctor, ClinicalServiceId filling) {
		var plan = aDraftWithAFillingOn36(patient, doctor, filling);
		plans.propose(plan, versionOf(patient, plan));
		return plan;
	}

	/** The same plan, accepted by the patient. */
	public TreatmentPlanId anAcceptedPlan(PatientId patient, StaffMemberId doctor, ClinicalServiceId filling) {
		var plan = aProposedPlan(patient, doctor, filling);
		plans.accept(plan, versionOf(patient, plan));
		return plan;
	}

	public long versionOf(PatientId patient, TreatmentPlanId plan) {
		return plans.planOf(patient, plan).version();
	}

	public TreatmentPlans plans() {
		return plans;
	}
}
