package com.clubstom.finance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;
import com.clubstom.staff.ClinicProfile;

/** Today in the clinic's time zone, the moment, and who is acting: what every posting is dated and signed with. */
@Component
class ClinicCalendar {

	private final ClinicProfile clinic;
	private final Clock clock;
	private final ObjectProvider<Actors> actors;

	ClinicCalendar(ClinicProfile clinic, Clock clock, ObjectProvider<Actors> actors) {
		this.clinic = clinic;
		this.clock = clock;
		this.actors = actors;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(clinic.timeZone()));
	}

	LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, clinic.timeZone());
	}

	Instant now() {
		return clock.instant();
	}

	String actor() {
		return actors.getIfAvailable(() -> Actor::system).current().username();
	}
}
