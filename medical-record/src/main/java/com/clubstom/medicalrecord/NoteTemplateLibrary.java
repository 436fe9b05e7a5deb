package com.clubstom.medicalrecord;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import com.clubstom.audit.Actor;
import com.clubstom.audit.Actors;

/**
 * The clinic's wording for visit notes: doctors pick a template per section and adapt it; doctors and the owner keep the
 * library (write, rewrite, retire). A new clinic starts with {@link StandardNoteTemplates}.
 */
@Service
public class NoteTemplateLibrary {

	private final NoteTemplates templates;
	private final Clock clock;
	private final ObjectProvider<Actors> actors;

	NoteTemplateLibrary(NoteTemplates templates, Clock clock, ObjectProvider<Actors> actors) {
		this.templates = templates;
		this.clock = clock;
		this.actors = actors;
	}

	/** The templates on offer, by section, each section's by title. */
	public Map<NoteSection, List<NoteTemplate>> offered() {
		var bySection = new EnumMap<NoteSection, List<NoteTemplate>>(NoteSection.class);
		for (var section : NoteSection.values()) {
			bySection.put(section, new java.util.ArrayList<>());
		}
		templates.findByActiveTrueOrderBySectionAscTitleAsc().forEach(template -> bySection.get(template.section()).add(template));
		return bySection;
	}

	/** Every template, retired ones too, for the library page. */
	public List<NoteTemplate> all() {
		return templates.findAllByOrderBySectionAscTitleAsc();
	}

	public Optional<NoteTemplate> find(UUID id) {
		return templates.findById(id);
	}

	/** @throws InvalidVisitException when the title, section or text break a rule */
	public NoteTemplate write(String title, NoteSection section, String text) {
		return templates.save(NoteTemplate.write(title, section, text, clock.instant(), actor()));
	}

	/**
	 * @throws InvalidVisitException when the title, section or text break a rule
	 * @throws NoteTemplateChangedMeanwhileException when someone saved it since {@code seenVersion}
	 */
	public void rewrite(UUID id, long seenVersion, String title, NoteSection section, String text) {
		save(id, seenVersion, template -> template.rewrite(title, section, text, clock.instant(), actor()));
	}

	public void retire(UUID id, long seenVersion) {
		save(id, seenVersion, template -> template.retire(clock.instant(), actor()));
	}

	boolean isEmpty() {
		return templates.count() == 0;
	}

	private void save(UUID id, long seenVersion, java.util.function.Consumer<NoteTemplate> change) {
		var template = templates.findById(id).orElseThrow(() -> new InvalidVisitException("template", "note-template.unknown"));
		if (template.version() != seenVersion) {
			throw new NoteTemplateChangedMeanwhileException();
		}
		change.accept(template);
		try {
			templates.save(template);
		}
		catch (OptimisticLockingFailureException savedMeanwhile) {
			throw new NoteTemplateChangedMeanwhileException();
		}
	}

	private String actor() {
		return actors.getIfAvailable(() -> Actor::system).current().username();
	}

	/** Someone saved the template since it was shown; nothing was overwritten. */
	public static class NoteTemplateChangedMeanwhileException extends RuntimeException {

		NoteTemplateChangedMeanwhileException() {
			super("The note template was changed meanwhile");
		}
	}
}
