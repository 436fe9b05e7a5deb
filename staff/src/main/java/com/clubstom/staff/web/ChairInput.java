package com.clubstom.staff.web;

import com.clubstom.staff.Chair;

/** What the owner types in the chair dialog. */
class ChairInput {

	private String name;
	private String equipmentNotes;

	static ChairInput of(Chair chair) {
		var input = new ChairInput();
		input.setName(chair.name());
		input.setEquipmentNotes(chair.equipmentNotes());
		return input;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEquipmentNotes() {
		return equipmentNotes;
	}

	public void setEquipmentNotes(String equipmentNotes) {
		this.equipmentNotes = equipmentNotes;
	}
}
