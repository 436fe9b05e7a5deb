package com.clubstom.medicalrecord.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An amendment as the completed visit's form sends it: the reason, the notes as corrected, lines withdrawn, one line added. */
public class AmendmentForm {

	private String reason;
	private NotesForm notes = new NotesForm();
	private List<UUID> withdrawn = List.of();
	private ProcedureForm added = new ProcedureForm();

	Set<UUID> withdrawnSet() {
		return new HashSet<>(withdrawn);
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public NotesForm getNotes() {
		return notes;
	}

	public void setNotes(NotesForm notes) {
		this.notes = notes;
	}

	public List<UUID> getWithdrawn() {
		return withdrawn;
	}

	public void setWithdrawn(List<UUID> withdrawn) {
		this.withdrawn = withdrawn == null ? List.of() : withdrawn;
	}

	public ProcedureForm getAdded() {
		return added;
	}

	public void setAdded(ProcedureForm added) {
		this.added = added;
	}
}
