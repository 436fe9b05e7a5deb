package com.clubstom.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Many front desks press "Book" for the same slot at the same moment: the database lets exactly one through, and every
 * other one is told who is busy. No lock in this JVM takes part: each booking is its own MongoDB transaction.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import({ FrontDesk.class, ClinicForTheWeek.class })
class DoubleBookingTests {

	static final int DESKS = 12;
	static final String LETTERS = "абвгдежзиклмнопрст";

	@Autowired Scheduling scheduling;
	@Autowired ClinicForTheWeek clinic;

	@Test
	void ofManyPatientsBookedWithOneDoctorAtOnceExactlyOneGetsTheSlot() throws Exception {
		var doctor = clinic.aDoctor("Нарасхватов");
		var chair = clinic.aChair();
		var service = clinic.aService("Лечение кариеса", 60);
		var patients = new ArrayList<com.clubstom.patients.PatientId>();
		for (int i = 0; i < DESKS; i++) {
			patients.add(clinic.aPatient("Торопыгина-" + LETTERS.charAt(i)));
		}

		var outcomes = atOnce(desk -> new Booking(patients.get(desk), doctor, chair, List.of(service),
				clinic.nextWeek(11, 0), null, null));

		assertThat(outcomes).filteredOn(AppointmentId.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(InvalidBookingException.class::isInstance).hasSize(DESKS - 1)
				.allSatisfy(refused -> assertThat(((InvalidBookingException) refused).violations())
						.contains(new Violation("doctorId", "booking.doctor.busy")));
		assertThat(scheduling.on(clinic.nextWeek(11, 0).toLocalDate())).filteredOn(a -> a.doctorId().equals(doctor))
				.hasSize(1);
	}

	@Test
	void onePatientBookedWithManyDoctorsAtOnceGetsExactlyOneAppointment() throws Exception {
		var patient = clinic.aPatient("Вездесущева");
		var service = clinic.aService("Консультация", 30);
		var doctors = new ArrayList<com.clubstom.staff.StaffMemberId>();
		var chairs = new ArrayList<com.clubstom.staff.ChairId>();
		for (int i = 0; i < DESKS; i++) {
			doctors.add(clinic.aDoctor("Врачев-" + LETTERS.charAt(i)));
			chairs.add(clinic.aChair());
		}

		var outcomes = atOnce(desk -> new Booking(patient, doctors.get(desk), chairs.get(desk), List.of(service),
				clinic.nextWeek(14, 0).plusMinutes(5 * (desk % 3)), null, null));

		assertThat(outcomes).filteredOn(AppointmentId.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(InvalidBookingException.class::isInstance).hasSize(DESKS - 1)
				.allSatisfy(refused -> assertThat(((InvalidBookingException) refused).violations())
						.containsExactly(new Violation("patientId", "booking.patient.busy")));
	}

	/** Every desk books at the same instant; each outcome is an id or the refusal. */
	private List<Object> atOnce(IntFunction<Booking> bookingOfDesk) throws Exception {
		var gate = new CountDownLatch(1);
		ExecutorService desks = Executors.newFixedThreadPool(DESKS);
		try {
			var futures = new ArrayList<Future<Object>>();
			for (int desk = 0; desk < DESKS; desk++) {
				var booking = bookingOfDesk.apply(desk);
				Callable<Object> press = () -> {
					gate.await();
					try {
						return scheduling.book(booking, false);
					}
					catch (InvalidBookingException refused) {
						return refused;
					}
				};
				futures.add(desks.submit(press));
			}
			gate.countDown();
			var outcomes = new ArrayList<Object>();
			for (var future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			desks.shutdownNow();
		}
	}
}
