package com.clubstom.medicalrecord;

import java.util.Set;
import java.util.UUID;

/**
 * A procedure as the doctor enters it: the service, the tooth (FDI number) and surfaces where it was done on one, how
 * many, the discount as typed ("10 %", "500"), the assistant's staff id and the plan item it carries out (both optional).
 */
public record ProcedureRequest(ClinicalServiceId service, Integer tooth, Set<ToothSurface> surfaces, int quantity,
		String discount, UUID assistant, UUID planItem) {

	public ProcedureRequest {
		surfaces = surfaces == null ? Set.of() : Set.copyOf(surfaces);
	}
}
