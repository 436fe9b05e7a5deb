package com.clubstom.scheduling;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import com.clubstom.staff.StaffMemberId;

/**
 * Today's appointments for the home page: the whole clinic's by time for the front desk, a doctor's own for the doctor,
 * with how many are still expected, in the clinic, done and missed. Cancelled ones are left out: they free the time.
 */
@Service
public class TodaysSchedule {

	private final Appointments appointments;
	private final AppointmentLines lines;
	private final Scheduling scheduling;

	TodaysSchedule(Appointments appointments, AppointmentLines lines, Scheduling scheduling) {
		this.appointments = appointments;
		this.lines = lines;
		this.scheduling = scheduling;
	}

	/** Every doctor's appointments today, by start. */
	public Day ofTheClinic() {
		var today = scheduling.today();
		return new Day(today, null, lines.of(held(today, null)));
	}

	/** The doctor's own appointments today, by start. */
	public Day of(StaffMemberId doctor) {
		var today = scheduling.today();
		return new Day(today, doctor, lines.of(held(today, doctor)));
	}

	private List<Appointment> held(LocalDate day, StaffMemberId doctor) {
		return appointments.findByDayOrderByStartAsc(day).stream()
				.filter(appointment -> appointment.status() != AppointmentStatus.CANCELLED)
				.filter(appointment -> doctor == null || appointment.doctorId().equals(doctor)).toList();
	}

	/**
	 * One day's schedule.
	 *
	 * @param doctor whose own schedule it is, or {@code null} for the whole clinic
	 */
	public record Day(LocalDate date, StaffMemberId doctor, List<AppointmentLine> lines) {

		/** Still expected: booked or confirmed. */
		public long expected() {
			return count(AppointmentStatus.BOOKED) + count(AppointmentStatus.CONFIRMED);
		}

		/** In the clinic now: arrived or in the chair. */
		public long arrived() {
			return count(AppointmentStatus.ARRIVED) + count(AppointmentStatus.IN_CHAIR);
		}

		public long completed() {
			return count(AppointmentStatus.COMPLETED);
		}

		public long noShows() {
			return count(AppointmentStatus.NO_SHOW);
		}

		public boolean isOwn() {
			return doctor != null;
		}

		private long count(AppointmentStatus status) {
			return lines.stream().filter(line -> line.status() == status).count();
		}
	}
}
