package com.clubstom.architecture.samples.alpha.events;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/** Breaks "domain events live in their context's base package": published from a sub-package. */
public record NoteArchived(UUID noteId) implements DomainEvent {
}
