package com.clubstom.medicalrecord.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import com.clubstom.medicalrecord.InvalidVisitException;
import com.clubstom.medicalrecord.NoteSection;
import com.clubstom.medicalrecord.NoteTemplateLibrary;
import com.clubstom.medicalrecord.NoteTemplateLibrary.NoteTemplateChangedMeanwhileException;

/**
 * The clinic's library of note templates ({@code /visits/templates}): doctors and the owner write new wording, rewrite
 * and retire it; doctors insert it into visits. Each answer is the library redrawn; a refused form keeps what was typed.
 */
@Controller
@RequestMapping("/visits/templates")
class NoteTemplatesController {

	private static final String LIBRARY = "visits/templates :: library";

	private final NoteTemplateLibrary library;

	NoteTemplatesController(NoteTemplateLibrary library) {
		this.library = library;
	}

	@GetMapping
	String page(Model model) {
		describe(model);
		return "visits/templates";
	}

	/** A template's row turned into its form. */
	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		var template = library.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("editing", id);
		model.addAttribute("edited", NoteTemplateForm.of(template));
		describe(model);
		return LIBRARY;
	}

	@PostMapping
	String write(@ModelAttribute("written") NoteTemplateForm form, Model model) {
		try {
			library.write(form.getTitle(), form.getSection(), form.getText());
			model.addAttribute("written", new NoteTemplateForm());
			model.addAttribute("toastCode", "note-template.saved");
		}
		catch (InvalidVisitException refused) {
			model.addAttribute("writtenErrors", ViolationsByField.of(refused.violations()));
		}
		describe(model);
		return LIBRARY;
	}

	@PostMapping("/{id}")
	String rewrite(@PathVariable UUID id, @ModelAttribute("edited") NoteTemplateForm form, Model model) {
		try {
			library.rewrite(id, form.getVersion(), form.getTitle(), form.getSection(), form.getText());
			model.addAttribute("toastCode", "note-template.saved");
		}
		catch (InvalidVisitException refused) {
			model.addAttribute("editing", id);
			model.addAttribute("editedErrors", ViolationsByField.of(refused.violations()));
		}
		catch (NoteTemplateChangedMeanwhileException changedMeanwhile) {
			model.addAttribute("editing", id);
			model.addAttribute("editedErrors", Map.of("title", "note-template.changed-meanwhile"));
		}
		describe(model);
		return LIBRARY;
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable UUID id, @ModelAttribute("edited") NoteTemplateForm form, Model model) {
		try {
			library.retire(id, form.getVersion());
			model.addAttribute("toastCode", "note-template.retired");
		}
		catch (NoteTemplateChangedMeanwhileException changedMeanwhile) {
			model.addAttribute("toastErrorCode", "note-template.changed-meanwhile");
		}
		describe(model);
		return LIBRARY;
	}

	private void describe(Model model) {
		model.addAttribute("templates", library.all());
		model.addAttribute("sections", NoteSection.values());
		if (!model.containsAttribute("written")) {
			model.addAttribute("written", new NoteTemplateForm());
		}
		if (!model.containsAttribute("writtenErrors")) {
			model.addAttribute("writtenErrors", Map.of());
		}
		if (!model.containsAttribute("editedErrors")) {
			model.addAttribute("editedErrors", Map.of());
		}
	}
}
