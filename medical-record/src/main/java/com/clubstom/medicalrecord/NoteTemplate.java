package com.clubstom.medicalrecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A clinic's wording for a section of a visit's notes ("Кариес дентина: объективно"), which doctors insert and then adapt.
 * The clinic edits its templates; a retired one is no longer offered. Two editors are kept apart by {@link Version}.
 */
@AggregateRoot
@Document("note_templates")
public class NoteTemplate {

	public static final int TITLE_MAX_LENGTH = 120;

	@Id
	@Identity
	private final UUID id;

	private String title;
	private NoteSection section;
	private String text;
	private boolean active;
	private Instant changedAt;
	private String changedBy;

	@Version
	private Long version;

	@PersistenceCreator
	NoteTemplate(UUID id, String title, NoteSection section, String text, boolean active, Instant changedAt, String changedBy,
			Long version) {
		this.id = id;
		this.title = title;
		this.section = section;
		this.text = text;
		this.active = active;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.version = version;
	}

	/** @throws InvalidVisitException when the title, section or text break a rule */
	static NoteTemplate write(String title, NoteSection section, String text, Instant at, String by) {
		var template = new NoteTemplate(UUID.randomUUID(), null, null, null, true, at, by, null);
		template.rewrite(title, section, text, at, by);
		return template;
	}

	/** @throws InvalidVisitException when the title, section or text break a rule */
	void rewrite(String newTitle, NoteSection newSection, String newText, Instant at, String by) {
		var violations = new ArrayList<Violation>();
		var cleanTitle = newTitle == null ? "" : newTitle.strip();
		var cleanText = newText == null ? "" : newText.strip();
		if (cleanTitle.isEmpty()) {
			violations.add(new Violation("title", "note-template.title.required"));
		}
		else if (cleanTitle.length() > TITLE_MAX_LENGTH) {
			violations.add(new Violation("title", "note-template.title.too-long"));
		}
		if (newSection == null) {
			violations.add(new Violation("section", "note-template.section.required"));
		}
		if (cleanText.isEmpty()) {
			violations.add(new Violation("text", "note-template.text.required"));
		}
		else if (cleanText.length() > VisitNotes.SECTION_MAX_LENGTH) {
			violations.add(new Violation("text", "visit.notes.too-long"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidVisitException(violations);
		}
		title = cleanTitle;
		section = newSection;
		text = cleanText;
		changedAt = at;
		changedBy = by;
	}

	void retire(Instant at, String by) {
		active = false;
		changedAt = at;
		changedBy = by;
	}

	public UUID id() {
		return id;
	}

	public String title() {
		return title;
	}

	public NoteSection section() {
		return section;
	}

	public String text() {
		return text;
	}

	public boolean isActive() {
		return active;
	}

	public Instant changedAt() {
		return changedAt;
	}

	public String changedBy() {
		return changedBy;
	}

	/** The version the editor saw: 0 for a template never saved, and a new one with every save. */
	public long version() {
		return version == null ? 0 : version + 1;
	}
}
