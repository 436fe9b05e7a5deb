package com.clubstom.staff.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clubstom.staff.Chair;
import com.clubstom.staff.ChairId;
import com.clubstom.staff.Chairs;
import com.clubstom.staff.InvalidChairException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * The clinic's chairs and rooms (owner only): the list, adding and editing in a modal dialog with the errors beside the
 * fields, taking a chair out of service and back. After a change the page is shown again with a toast.
 */
@Controller
@RequestMapping("/settings/chairs")
class ChairsController {

	private static final String PAGE = "/settings/chairs";

	private final Chairs chairs;

	ChairsController(Chairs chairs) {
		this.chairs = chairs;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("chairs", chairs.all());
		return "staff/chairs";
	}

	@GetMapping("/new")
	String addForm(Model model) {
		return dialog(new ChairInput(), null, model);
	}

	@PostMapping
	Object add(@ModelAttribute("chair") ChairInput input, BindingResult errors, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		FormErrors.report(Chair.check(input.getName(), input.getEquipmentNotes()), errors);
		if (errors.hasErrors()) {
			return dialog(input, null, model);
		}
		try {
			chairs.add(input.getName(), input.getEquipmentNotes());
			return backToList("chair.added", htmx, redirect);
		}
		catch (InvalidChairException invalid) {
			FormErrors.report(invalid.violations(), errors);
			return dialog(input, null, model);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		var chair = existing(id);
		return dialog(ChairInput.of(chair), chair, model);
	}

	@PostMapping("/{id}")
	Object save(@PathVariable UUID id, @ModelAttribute("chair") ChairInput input, BindingResult errors, HtmxRequest htmx,
			Model model, RedirectAttributes redirect) {
		var chair = existing(id);
		FormErrors.report(Chair.check(input.getName(), input.getEquipmentNotes()), errors);
		if (errors.hasErrors()) {
			return dialog(input, chair, model);
		}
		try {
			chairs.describe(chair.id(), input.getName(), input.getEquipmentNotes());
			return backToList("chair.saved", htmx, redirect);
		}
		catch (InvalidChairException invalid) {
			FormErrors.report(invalid.violations(), errors);
			return dialog(input, chair, model);
		}
	}

	@PostMapping("/{id}/deactivate")
	Object deactivate(@PathVariable UUID id, HtmxRequest htmx, RedirectAttributes redirect) {
		chairs.deactivate(existing(id).id());
		return backToList("chair.deactivated", htmx, redirect);
	}

	@PostMapping("/{id}/reactivate")
	Object reactivate(@PathVariable UUID id, HtmxRequest htmx, RedirectAttributes redirect) {
		try {
			chairs.reactivate(existing(id).id());
			return backToList("chair.reactivated", htmx, redirect);
		}
		catch (InvalidChairException nameTakenMeanwhile) {
			redirect.addFlashAttribute("chairError", "chair.reactivate.name-taken");
			return htmx.isHtmxRequest() ? new HtmxRedirectView(PAGE) : "redirect:" + PAGE;
		}
	}

	private String dialog(ChairInput input, Chair stored, Model model) {
		model.addAttribute("chair", input);
		model.addAttribute("stored", stored);
		model.addAttribute("action", stored == null ? PAGE : PAGE + "/" + stored.id());
		return "staff/chairs :: dialog";
	}

	private static Object backToList(String toastCode, HtmxRequest htmx, RedirectAttributes redirect) {
		redirect.addFlashAttribute("toastCode", toastCode);
		return htmx.isHtmxRequest() ? new HtmxRedirectView(PAGE) : "redirect:" + PAGE;
	}

	private Chair existing(UUID id) {
		return chairs.find(new ChairId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
