/**
 * Scheduling: the clinic calendar, the screen the front desk lives in.
 * <p>
 * Owns appointments ({@link com.clubstom.scheduling.Appointment}): a patient with a doctor in a chair for one or more
 * services of the catalogue, at a {@link com.clubstom.scheduling.TimeSlot}, with a dated and attributed status history
 * (booked, confirmed, arrived, in chair, completed, no-show, cancelled). {@link com.clubstom.scheduling.Scheduling} books
 * and changes them under the slot rules (the doctor's working hours, no overlap for doctor, chair or patient, not in the
 * past) with the database deciding between two people booking one slot at once, and announces every change
 * ({@link com.clubstom.scheduling.AppointmentBooked} and the rest) for reminders, tasks and reports. The waiting list keeps
 * patients who want an earlier slot. Depends on patients, staff (working hours, chairs) and the service catalogue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling",
		allowedDependencies = { "patients", "staff", "medicalrecord", "audit", "kernel" })
package com.clubstom.scheduling;
