package com.clubstom.staff;

/** A doctor's field of dentistry; a doctor has one or more, nobody else has any. */
public enum Specialisation {

	THERAPIST, SURGEON, ORTHOPAEDIST, ORTHODONTIST, PERIODONTIST, PAEDIATRIC_DENTIST, IMPLANTOLOGIST, HYGIENIST
}
