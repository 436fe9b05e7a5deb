package com.clubstom.scheduling.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What the booking dialog posts: an existing patient picked by the live search, or a new one registered on the spot
 * ({@code newPatient}); the doctor, chair, services, day, time and length; a comment. Text as typed, so that refused
 * input comes back unchanged.
 */
public class BookingForm {

	private String patientId;
	private String patientName;
	private boolean newPatient;
	private String lastName;
	private String firstName;
	private String middleName;
	private String birthDate;
	private String sex;
	private String phone;
	private String doctorId;
	private String chairId;
	private List<String> services = new ArrayList<>();
	private String date;
	private String time;
	private String minutes;
	private String comment;

	public String getPatientId() { return patientId; }
	public void setPatientId(String patientId) { this.patientId = patientId; }
	public String getPatientName() { return patientName; }
	public void setPatientName(String patientName) { this.patientName = patientName; }
	public boolean isNewPatient() { return newPatient; }
	public void setNewPatient(boolean newPatient) { this.newPatient = newPatient; }
	public String getLastName() { return lastName; }
	public void setLastName(String lastName) { this.lastName = lastName; }
	public String getFirstName() { return firstName; }
	public void setFirstName(String firstName) { this.firstName = firstName; }
	public String getMiddleName() { return middleName; }
	public void setMiddleName(String middleName) { this.middleName = middleName; }
	public String getBirthDate() { return birthDate; }
	public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
	public String getSex() { return sex; }
	public void setSex(String sex) { this.sex = sex; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getDoctorId() { return doctorId; }
	public void setDoctorId(String doctorId) { this.doctorId = doctorId; }
	public String getChairId() { return chairId; }
	public void setChairId(String chairId) { this.chairId = chairId; }
	public List<String> getServices() { return services; }
	public void setServices(List<String> services) { this.services = services == null ? new ArrayList<>() : services; }
	public String getDate() { return date; }
	public void setDate(String date) { this.date = date; }
	public String getTime() { return time; }
	public void setTime(String time) { this.time = time; }
	public String getMinutes() { return minutes; }
	public void setMinutes(String minutes) { this.minutes = minutes; }
	public String getComment() { return comment; }
	public void setComment(String comment) { this.comment = comment; }
}
