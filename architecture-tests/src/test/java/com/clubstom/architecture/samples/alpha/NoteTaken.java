package com.clubstom.architecture.samples.alpha;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/** Breaks "domain events are records": a mutable class. */
public class NoteTaken implements DomainEvent {

	private UUID noteId;

	public UUID getNoteId() {
		return noteId;
	}

	public void setNoteId(UUID noteId) {
		this.noteId = noteId;
	}
}
