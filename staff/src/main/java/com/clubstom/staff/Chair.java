package com.clubstom.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A dental chair or a room where patients are seen («Кресло 1 — терапия», «Хирургический кабинет»). Shifts and
 * appointments point at it. A chair taken out of service is deactivated, never deleted, because old appointments keep
 * referring to it; its name must be unique among the active chairs (the partial unique index backs the check in
 * {@link Chairs} when two people add the same name at once).
 */
@AggregateRoot
@Document("chairs")
@CompoundIndex(name = "active_name_unique", def = "{'nameKey': 1}", unique = true, partialFilter = "{'active': true}")
public class Chair extends AbstractAggregateRoot<Chair> {

	static final int MAXIMUM_NAME_LENGTH = 60;
	static final int MAXIMUM_NOTES_LENGTH = 500;

	@Id
	@Identity
	private final UUID id;

	private String name;
	private String nameKey;
	private String equipmentNotes;
	private boolean active;

	@Version
	private Long version;

	@PersistenceCreator
	Chair(UUID id, String name, String equipmentNotes, boolean active, Long version) {
		this.id = id;
		this.name = name;
		this.nameKey = keyOf(name);
		this.equipmentNotes = equipmentNotes;
		this.active = active;
		this.version = version;
	}

	/**
	 * A new chair in service.
	 *
	 * @throws InvalidChairException when the name is blank or too long, or the notes are too long
	 */
	static Chair install(String name, String equipmentNotes) {
		requireValid(name, equipmentNotes);
		return new Chair(UUID.randomUUID(), name.strip(), blankToNull(equipmentNotes), true, null);
	}

	/** Renames the chair and replaces its equipment notes. */
	void describe(String newName, String newNotes) {
		requireValid(newName, newNotes);
		name = newName.strip();
		nameKey = keyOf(name);
		equipmentNotes = blankToNull(newNotes);
	}

	/** Out of service: no new shifts or appointments in it. Deactivating twice changes nothing. */
	void deactivate() {
		active = false;
	}

	/** Back in service. */
	void reactivate() {
		active = true;
	}

	/** The rules a chair's name and notes must keep, as field violations. */
	public static List<RuleViolation> check(String name, String notes) {
		var violations = new ArrayList<RuleViolation>();
		if (name == null || name.isBlank()) {
			violations.add(new RuleViolation("name", "chair.name.required"));
		}
		else if (name.strip().length() > MAXIMUM_NAME_LENGTH) {
			violations.add(new RuleViolation("name", "chair.name.too-long"));
		}
		if (notes != null && notes.strip().length() > MAXIMUM_NOTES_LENGTH) {
			violations.add(new RuleViolation("equipmentNotes", "chair.notes.too-long"));
		}
		return violations;
	}

	/** Names compare case-insensitively, with ё as е and runs of spaces as one. */
	static String keyOf(String name) {
		return name == null ? null
				: name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("ru")).replace('ё', 'е');
	}

	private static void requireValid(String name, String notes) {
		var violations = check(name, notes);
		if (!violations.isEmpty()) {
			throw new InvalidChairException(violations);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public ChairId id() {
		return new ChairId(id);
	}

	public String name() {
		return name;
	}

	String nameKey() {
		return nameKey;
	}

	public String equipmentNotes() {
		return equipmentNotes;
	}

	public boolean isActive() {
		return active;
	}

	public long version() {
		return version == null ? 0 : version;
	}
}
