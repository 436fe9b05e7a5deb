package com.clubstom.staff.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.clubstom.staff.CalendarColour;
import com.clubstom.staff.Position;
import com.clubstom.staff.Specialisation;
import com.clubstom.staff.StaffDirectory;
import com.clubstom.staff.StaffStatus;

/** What every staff page needs: the clinic's zone and date, the forms' choices. */
@ControllerAdvice(assignableTypes = { StaffCatalogueController.class, StaffProfileController.class })
class StaffPagesModel {

	private final StaffDirectory directory;

	StaffPagesModel(StaffDirectory directory) {
		this.directory = directory;
	}

	@ModelAttribute("clinicZone")
	ZoneId clinicZone() {
		return directory.clinicZone();
	}

	@ModelAttribute("today")
	LocalDate today() {
		return directory.today();
	}

	@ModelAttribute("staffChoices")
	Choices choices() {
		return Choices.ALL;
	}

	record Choices(Position[] positions, Specialisation[] specialisations, StaffStatus[] statuses,
			java.util.List<CalendarColour> palette) {

		static final Choices ALL = new Choices(Position.values(), Specialisation.values(), StaffStatus.values(),
				CalendarColour.PALETTE);
	}
}
