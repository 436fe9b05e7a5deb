package com.clubstom.medicalrecord;

/** An open visit is being recorded at the chair; a completed one is signed off and changes only by amendment. */
public enum VisitStatus {
	OPEN, COMPLETED
}
