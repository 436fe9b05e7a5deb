package com.clubstom.scheduling.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clubstom.kernel.PhoneNumber;
import com.clubstom.medicalrecord.ClinicalService;
import com.clubstom.medicalrecord.ServiceCatalogue;
import com.clubstom.patients.PatientId;
import com.clubstom.patients.PatientRegistry;
import com.clubstom.patients.PatientSearch;
import com.clubstom.patients.PatientStatus;
import com.clubstom.patients.PatientSummary;
import com.clubstom.scheduling.InvalidWaitingRequestException;
import com.clubstom.scheduling.PartOfDay;
import com.clubstom.scheduling.UnknownWaitingListEntryException;
import com.clubstom.scheduling.WaitingList;
import com.clubstom.scheduling.WaitingListEntryId;
import com.clubstom.staff.StaffCatalogueQuery;
import com.clubstom.staff.StaffDirectory;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * The waiting list page: the freed slots still free with the waiting patients they suit (a link books one into the
 * calendar), and everyone waiting. The front desk adds patients in a dialog with a live patient search (errors beside
 * the fields, the input kept), withdraws them or marks them booked. The access rules let every role read the page and
 * only the owner and the administrator reach the rest.
 */
@Controller
@RequestMapping(WaitingListController.PAGE)
class WaitingListController {

	static final String PAGE = "/calendar/waiting-list";
	/** How many patients the picker offers for what was typed. */
	private static final int PICKER_SIZE = 8;

	private final WaitingList waitingList;
	private final WaitingListRows rows;
	private final PatientRegistry patients;
	private final StaffDirectory staff;
	private final ServiceCatalogue catalogue;

	WaitingListController(WaitingList waitingList, WaitingListRows rows, PatientRegistry patients, StaffDirectory staff,
			ServiceCatalogue catalogue) {
		this.waitingList = waitingList;
		this.rows = rows;
		this.patients = patients;
		this.staff = staff;
		this.catalogue = catalogue;
	}

	@GetMapping
	String page(Authentication signedIn, Model model) {
		var today = waitingList.today();
		var names = rows.names();
		model.addAttribute("freed", waitingList.suggestions().stream().map(suggestion -> names.freed(suggestion, today)).toList());
		model.addAttribute("waiting", waitingList.waiting().stream().map(entry -> names.waiting(entry, today)).toList());
		model.addAttribute("canEdit", keepsTheList(signedIn));
		return "scheduling/waiting-list";
	}

	/** The empty dialog; {@code patient} pre-selects a patient (from their card, from the calendar). */
	@GetMapping("/new")
	String newEntry(@RequestParam(required = false) String patient, Model model) {
		var input = new WaitingListInput();
		input.setPatientId(patient);
		input.setFrom(waitingList.today().toString());
		input.setPartOfDay(PartOfDay.ANY.name());
		return dialog(input, model);
	}

	/** The picker's choices for what was typed, the patient already chosen kept first. */
	@GetMapping("/patients")
	String patientChoices(@RequestParam(defaultValue = "") String patientQuery,
			@RequestParam(required = false) String patientId, Model model) {
		addPatientChoices(patientQuery, patientId, model);
		return "scheduling/waiting-list-dialog :: patient-choices";
	}

	@PostMapping
	Object add(@ModelAttribute("entry") WaitingListInput input, BindingResult errors, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		var request = input.toRequest(errors);
		if (!errors.hasErrors()) {
			try {
				waitingList.add(request);
				return backToPage("waitinglist.added", htmx, redirect);
			}
			catch (InvalidWaitingRequestException invalid) {
				for (var violation : invalid.violations()) {
					if (!errors.hasFieldErrors(violation.field())) {
						errors.rejectValue(violation.field(), violation.code());
					}
				}
			}
		}
		return dialog(input, model);
	}

	@PostMapping("/{id}/withdraw")
	Object withdraw(@PathVariable UUID id, HtmxRequest htmx, RedirectAttributes redirect) {
		try {
			waitingList.withdraw(new WaitingListEntryId(id));
		}
		catch (UnknownWaitingListEntryException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return backToPage("waitinglist.withdrawn", htmx, redirect);
	}

	@PostMapping("/{id}/booked")
	Object booked(@PathVariable UUID id, HtmxRequest htmx, RedirectAttributes redirect) {
		try {
			waitingList.markBooked(new WaitingListEntryId(id));
		}
		catch (UnknownWaitingListEntryException unknown) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return backToPage("waitinglist.marked-booked", htmx, redirect);
	}

	private String dialog(WaitingListInput input, Model model) {
		model.addAttribute("entry", input);
		model.addAttribute("doctors", staff.catalogue(StaffCatalogueQuery.everyoneCurrent()).stream()
				.filter(member -> member.position().isDoctor())
				.map(member -> new Choice(member.id().toString(), member.fullName())).toList());
		model.addAttribute("services", catalogue.all().stream().filter(ClinicalService::isActive)
				.sorted(Comparator.comparing(ClinicalService::name))
				.map(service -> new Choice(service.id().toString(), service.name())).toList());
		model.addAttribute("partsOfDay", PartOfDay.values());
		model.addAttribute("today", waitingList.today());
		addPatientChoices(input.getPatientQuery(), input.getPatientId(), model);
		return "scheduling/waiting-list-dialog :: dialog";
	}

	private void addPatientChoices(String query, String chosenId, Model model) {
		var choices = new ArrayList<PatientChoice>();
		var chosen = patientId(chosenId).flatMap(patients::find);
		chosen.ifPresent(patient -> choices.add(new PatientChoice(patient.id().toString(), patient.fullName(),
				patient.details().birthDate(), PhoneNumber.display(patient.details().contacts().phone()))));
		if (query != null && !query.isBlank()) {
			patients.search(new PatientSearch(query, PatientStatus.ACTIVE, null, PatientSearch.Order.NAME, 0, PICKER_SIZE))
					.items().stream().filter(found -> chosen.isEmpty() || !found.id().equals(chosen.get().id()))
					.map(PatientChoice::of).forEach(choices::add);
		}
		model.addAttribute("patientChoices", choices);
		model.addAttribute("chosenPatientId", chosen.map(patient -> patient.id().toString()).orElse(null));
		model.addAttribute("patientQuery", query == null ? "" : query);
	}

	private static Optional<PatientId> patientId(String text) {
		try {
			return text == null || text.isBlank() ? Optional.empty()
					: Optional.of(new PatientId(UUID.fromString(text.strip())));
		}
		catch (IllegalArgumentException unreadable) {
			return Optional.empty();
		}
	}

	private static Object backToPage(String toastCode, HtmxRequest htmx, RedirectAttributes redirect) {
		redirect.addFlashAttribute("toastCode", toastCode);
		return htmx.isHtmxRequest() ? new HtmxRedirectView(PAGE) : "redirect:" + PAGE;
	}

	/** The owner and the administrators keep the list; everyone else reads it. */
	private static boolean keepsTheList(Authentication signedIn) {
		return signedIn != null && signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.anyMatch(role -> role.equals("ROLE_OWNER") || role.equals("ROLE_ADMINISTRATOR"));
	}

	/** An option of a select: a doctor, a service. */
	record Choice(String id, String name) {
	}

	/** A patient the picker offers: name, date of birth and phone, enough to tell namesakes apart. */
	record PatientChoice(String id, String name, LocalDate birthDate, String phone) {

		static PatientChoice of(PatientSummary summary) {
			return new PatientChoice(summary.id().toString(), summary.fullName(), summary.birthDate(), summary.phoneDisplay());
		}
	}
}
