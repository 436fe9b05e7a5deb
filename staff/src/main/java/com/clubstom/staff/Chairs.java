package com.clubstom.staff;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The clinic's chairs and rooms: the owner adds, renames and describes them, takes them out of service and back. Other
 * contexts (scheduling) read them through {@link #active()} and {@link #find(ChairId)}. Names are unique among the
 * chairs in service, compared without regard to case.
 */
@Service
public class Chairs {

	private static final Comparator<Chair> BY_NAME = Comparator.comparing(Chair::name,
			Collator.getInstance(Locale.forLanguageTag("ru")));

	private final StoredChairs chairs;

	Chairs(StoredChairs chairs) {
		this.chairs = chairs;
	}

	/**
	 * Puts a new chair in service.
	 *
	 * @throws InvalidChairException when the name is missing, too long or already used by a chair in service
	 */
	public ChairId add(String name, String equipmentNotes) {
		var chair = Chair.install(name, equipmentNotes);
		refuseTakenName(chair);
		return save(chair).id();
	}

	/**
	 * Renames the chair and replaces its equipment notes.
	 *
	 * @throws InvalidChairException when the new name is missing, too long or used by another chair in service
	 * @throws UnknownChairException when there is no such chair
	 */
	public void describe(ChairId id, String name, String equipmentNotes) {
		change(id, chair -> chair.describe(name, equipmentNotes));
	}

	/** Takes the chair out of service; it stays on record for old shifts and appointments. */
	public void deactivate(ChairId id) {
		change(id, Chair::deactivate);
	}

	/**
	 * Brings the chair back into service.
	 *
	 * @throws InvalidChairException when a chair in service has taken its name meanwhile
	 */
	public void reactivate(ChairId id) {
		change(id, Chair::reactivate);
	}

	/** The chairs in service, by name. */
	public List<Chair> active() {
		return chairs.findByActiveTrueOrderByNameAsc().stream().sorted(BY_NAME).toList();
	}

	/** Every chair, in service or not, by name. */
	public List<Chair> all() {
		return chairs.findAllByOrderByNameAsc().stream().sorted(BY_NAME).toList();
	}

	public Optional<Chair> find(ChairId id) {
		return chairs.findById(id.value());
	}

	private void change(ChairId id, Consumer<Chair> work) {
		var chair = find(id).orElseThrow(() -> new UnknownChairException(id));
		work.accept(chair);
		refuseTakenName(chair);
		save(chair);
	}

	private void refuseTakenName(Chair chair) {
		if (chair.isActive() && chairs.existsByNameKeyAndActiveTrueAndIdNot(chair.nameKey(), chair.id().value())) {
			throw nameTaken();
		}
	}

	private Chair save(Chair chair) {
		try {
			return chairs.save(chair);
		}
		catch (DuplicateKeyException addedMeanwhile) {
			throw nameTaken();
		}
	}

	private static InvalidChairException nameTaken() {
		return new InvalidChairException(List.of(new RuleViolation("name", "chair.name.taken")));
	}

	/** No chair has this id. */
	public static class UnknownChairException extends IllegalArgumentException {

		UnknownChairException(ChairId id) {
			super("No chair " + id);
		}
	}
}
