package com.clubstom.medicalrecord;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a doctor finds on a tooth. Some conditions sit on surfaces (caries on O and D), some say whether and how the tooth
 * is there at all (missing, implant, bridge pontic, root remnant, impacted: one at a time), the rest describe the whole
 * tooth alongside others (a root-canal-treated tooth under a crown). {@link #HEALTHY} recorded on surfaces clears them;
 * recorded on the tooth, it clears everything.
 */
public enum ToothCondition {

	HEALTHY(Scope.ANY),
	CARIES(Scope.SURFACE),
	FILLING(Scope.SURFACE),
	TEMPORARY_FILLING(Scope.SURFACE),
	SEALANT(Scope.SURFACE),
	PULPITIS(Scope.TOOTH),
	PERIODONTITIS(Scope.TOOTH),
	ROOT_CANAL_TREATED(Scope.TOOTH),
	CROWN(Scope.TOOTH),
	MOBILE(Scope.TOOTH),
	MISSING(Scope.PRESENCE),
	IMPLANT(Scope.PRESENCE),
	BRIDGE_PONTIC(Scope.PRESENCE),
	ROOT_REMNANT(Scope.PRESENCE),
	IMPACTED(Scope.PRESENCE);

	/** The conditions that sit on surfaces, in the order the panel offers them. */
	public static final Set<ToothCondition> ON_SURFACES = EnumSet.of(CARIES, FILLING, TEMPORARY_FILLING, SEALANT);

	private final Scope scope;

	ToothCondition(Scope scope) {
		this.scope = scope;
	}

	/** Caries, fillings and sealants need the surfaces they are on. */
	public boolean needsSurfaces() {
		return scope == Scope.SURFACE;
	}

	/** Missing, implant, pontic, root remnant, impacted: says whether and how the tooth is there; one at a time. */
	public boolean isPresence() {
		return scope == Scope.PRESENCE;
	}

	/** Pulpitis, periodontitis, root canal treatment, crown, mobility: conditions of the whole tooth that add up. */
	public boolean isOfWholeTooth() {
		return scope == Scope.TOOTH;
	}

	/** A tooth that is gone keeps no surfaces and no other conditions, except the crown on an implant or a pontic. */
	boolean leavesNoNaturalTooth() {
		return this == MISSING || this == IMPLANT || this == BRIDGE_PONTIC;
	}

	private enum Scope {
		ANY, SURFACE, TOOTH, PRESENCE
	}
}
