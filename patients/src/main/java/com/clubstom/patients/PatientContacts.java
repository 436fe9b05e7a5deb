package com.clubstom.patients;

import java.util.List;
import java.util.Objects;

/**
 * How to reach a patient: the part of the card clinical staff may correct too.
 *
 * @param phone the primary number, in international form
 * @param otherPhones further numbers (work, a relative's)
 */
public record PatientContacts(String phone, List<String> otherPhones, String email, String address,
		ContactChannel preferredChannel) {

	public PatientContacts {
		otherPhones = otherPhones == null ? List.of() : otherPhones.stream().filter(Objects::nonNull).distinct().toList();
		email = Text.clean(email);
		address = Text.clean(address);
	}

	/** Every number, primary first. */
	public List<String> allPhones() {
		var all = new java.util.ArrayList<String>();
		if (phone != null) {
			all.add(phone);
		}
		otherPhones.stream().filter(number -> !number.equals(phone)).forEach(all::add);
		return List.copyOf(all);
	}
}
