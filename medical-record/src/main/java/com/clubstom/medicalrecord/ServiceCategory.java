package com.clubstom.medicalrecord;

/** The sections of the price list, in the order a price list shows them. */
public enum ServiceCategory {
	DIAGNOSTICS_AND_XRAY, THERAPY, ENDODONTICS, PERIODONTICS, HYGIENE, SURGERY, IMPLANTOLOGY, PROSTHETICS, ORTHODONTICS,
	PAEDIATRIC
}
